"""Spatial expressions: words that turn a named place into an area or a located point.

- "la rive orientale de l'Euphrate", "the east bank of the Euphrates", "the Euphrates' east
  bank" -> the band on that side of the river line, over the stretch of river the story is about;
- "dans les environs d'Abu Kamal", "near Abu Kamal" -> a buffer around the place;
- "situé à la frontière syro-irakienne" -> the preceding place is said to lie on that
  border (recorded, and checked against the place's geometry);
- "Sapzurro, a village in Acandí", "the camp of X near Y", "le quartier X, à Y" -> a name no
  gazetteer knows, located by the words at (or near) a place that is known: an inferred point
  with the uncertainty the words leave (``located``).

Geometry is computed in a local azimuthal equidistant projection, so distances are in
metres, not degrees.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol, TypeVar

import shapely
from shapely.geometry import LineString, MultiLineString, Point
from shapely.geometry.base import BaseGeometry
from shapely.ops import substring

from geo.errors import GazetteerError
from geo.extract.mentions import Mention, Unresolved
from geo.gazetteer import Place, Places
from geo.lexicon import BEARING_KEYS, SIDE_KEYS, alternation, table, then_space, words_of_all
from geo.text import SUPPORTED_LANGS
from geo.text.document import Document

if TYPE_CHECKING:
    import pyproj  # (imported where a projection is made: most articles need none, ~0.04 CPU-s a process)

#: Width of a river bank band, and how far past the story's places it extends.
BANK_WIDTH_KM = 15.0
BANK_MARGIN_KM = 30.0
#: Radius of "near X" / "dans les environs de X".
NEAR_KM = 10.0
#: A place further than this from a river is not part of the river's story stretch.
STORY_RIVER_KM = 50.0



def _all(key: str) -> tuple[str, ...]:
    return words_of_all("spatial", key)


def _by_key(key: str, keys: tuple[str, ...]) -> dict[str, str]:
    """word -> its key (a side, a bearing) over every language's ``[spatial.<key>]``."""
    return {w: k for lang in SUPPORTED_LANGS for k in keys for w in table(lang, "spatial")[key][k]}


# The phrases are every language's (``[spatial]`` of the lexicons), read whatever the article's language.
_SIDE_OF = _by_key("sides", SIDE_KEYS)
_SIDES = alternation(_SIDE_OF)
_OF_THE = rf"(?:{alternation(_all('bank_of'))}\s*(?:{then_space(_all('bank_articles'))})?\s*)"
_BANK_RE = re.compile(
    rf"\b(?:{alternation(_all('bank_determiners'))}\s+)?{alternation(_all('bank_nouns'))}\s+(?:({_SIDES})\s+)?{_OF_THE}$"
    rf"|\b({_SIDES})\s+{alternation(_all('bank_nouns'))}\s+{_OF_THE}$"
    rf"|\b({_SIDES}){alternation(_all('bank_compounds'))}\s+{alternation(_all('bank_compound_of'))}\s+$"
)
# read after the river's name: "the Rhine's east bank"
_BANK_AFTER_RE = re.compile(rf"{alternation(_all('bank_possessive'))}\s+({_SIDES})\s+{alternation(_all('bank_nouns'))}\b")
_HEADS = rf"(?:{then_space(_all('near_heads'))})?"
_NEAR_RE = re.compile(rf"\b{then_space(_all('near'))}{_HEADS}$")
_ON_BORDER_RE = re.compile(
    rf"\b{alternation(_all('on_border_words'))}?\s*{alternation(_all('on_border_prepositions'))}\s+"
    rf"(?:{alternation(_all('on_border_articles'))}\s+)?$"
)
_DIRECTIONS = {w: 45 * n for w, n in ((w, BEARING_KEYS.index(k)) for w, k in _by_key("bearings", BEARING_KEYS).items())}
_MILES = frozenset(_all("mile_units"))
#: distances written in words, every language's (folded word -> km: "sixty", "une soixantaine de")
_DISTANCE_WORDS: dict[str, int] = {w: n for lang in SUPPORTED_LANGS for w, n in table(lang, "spatial")["distance_numbers"].items()}
_GLUED = r"\s*"  # (a word and the next, a space or none between)
_OFFSET_RE = re.compile(
    rf"\b(\d+(?:[.,]\d+)?|{alternation(_DISTANCE_WORDS)})\s*(?:{then_space(_all('offset_of'), _GLUED)})?"
    rf"({alternation([*_all('km_units'), *_MILES])})\s+(?:{then_space(_all('offset_to'))})?({alternation(_DIRECTIONS)})\s+"
    rf"{alternation(_all('offset_of'))}\s*{_HEADS}$"
)
# an unknown name located by the words ("X, a village near Y", "the camp of X in Y"): the noun of a
# small place before the name or in apposition after it says it is a place; "in"/"near" Y says where
_ART = then_space(_all("located_articles"))
_SMALL_PLACE = rf"(?:{_ART})?{alternation(_all('located_nouns'))}"
_ARTICLES = frozenset(w.rstrip("'") for w in _all("located_articles"))
_LOC_OF = then_space(_all("located_of"))
_WORD = r"[^\s,;.()]+"
_LOCATED_BEFORE_RE = re.compile(rf"(?:^|\s){_SMALL_PLACE}(?:\s+{_WORD}){{0,2}}?(?:\s+{_LOC_OF}|\s+)$")
_ALIAS = r"\s*(?:\([^()]{1,40}\)\s*)?"  # "Kajavan (Amiranlar)"
_APPOSITION = rf",?\s*{_SMALL_PLACE}(?:\s+{_WORD}){{0,2}}?"


@lru_cache(maxsize=16)
def _located_after(lang: str) -> re.Pattern[str]:
    """The words between an unknown name and the place that locates it, in the article's own
    language (its "in" words are grammar: the Dutch "en" is "and", the Spanish "a" is "to"):
    an alias in brackets, an apposition ("X, a village"), then "near" or "in" words, the
    ``located_in_after_comma`` ones only after a comma ("le camp de X, au Tchad": "du camp de X
    au Tchad" goes from X to Chad), then "the", a side ("in northern") or "the west of"."""
    t = table(lang, "spatial")
    art = rf"(?:{then_space(t['located_in_articles'])})?"
    tail = rf"\s+{art}(?:{_SIDES}\s+|(?:{_WORD}\s+){{1,2}}{_LOC_OF}(?:{_ART})?)?"
    return re.compile(
        rf"{_ALIAS}(?P<noun>{_APPOSITION})?\s*(?P<comma>,)?\s*"
        rf"(?:(?P<near>{then_space(_all('near'))}{_HEADS})|{alternation(t['located_in'])}{tail}"
        rf"|(?P<after_comma>{alternation(t['located_in_after_comma'])}){tail})$"
    )

# "Kagunga, village d'une île tanzanienne": the apposition ends on a country's adjective
_LOCATED_ADJ_RE = re.compile(rf"{_ALIAS}{_APPOSITION}\s+$")
# "X, a village 20 km north of Y": the name, then an apposition, then the offset
_OFFSET_NAMED_RE = re.compile(
    rf"\s*,?\s*(?:{_SMALL_PLACE}\s*)?(?:{then_space(_all('offset_to'), _GLUED)})?(?:{then_space(_all('distance_about'), _GLUED)})*$"
)  # (", à environ 60 km", ", à une soixantaine de kilomètres": the words of the offset before its number)
_COMPASS_SIDES = frozenset({"north", "south", "east", "west"})
#: how far (km) from the town it is "in" a place may lie: the town's land ("el corregimiento de X, en Y")
LOCATED_IN_KM = 15.0
_DIR_NAMES = {0: "north", 45: "north-east", 90: "east", 135: "south-east", 180: "south", 225: "south-west", 270: "west", 315: "north-west"}


@dataclass(frozen=True)
class SpatialExpr:
    """A spatial expression anchored on a mentioned place."""

    relation: str  # "bank" | "near" | "on_border"
    anchor: str  # the place id it is built on
    start: int
    end: int
    sentence: int
    side: str | None = None
    #: for "on_border": the place said to lie on the border
    subject: str | None = None
    #: for "offset": distance (km) and bearing (degrees); for inferred places, their name
    distance_km: float | None = None
    bearing: int | None = None
    name: str | None = None
    #: for "inferred_border" and "located": the name folded (from the Document), for its id
    name_key: str | None = None
    #: for "located": the rule that placed the name (see :data:`LOCATED_RULES`)
    rule: str | None = None

    @property
    def offset(self) -> tuple[float, int]:
        """(distance in km, bearing in degrees) of an "offset" expression."""
        if self.distance_km is None or self.bearing is None:
            raise ValueError(f"{self.relation} expression on {self.anchor}: no distance and bearing")
        return self.distance_km, self.bearing

    @property
    def area_id(self) -> str:
        """The id of the derived area feature."""
        if self.relation == "bank":
            return f"{self.anchor}~{self.side}-bank" if self.side else f"{self.anchor}~banks"
        if self.relation == "offset":
            km, bearing = self.offset
            return f"{self.anchor}~{km:g}km-{_DIR_NAMES[bearing]}"
        if self.relation in ("inferred_border", "located"):
            return "inferred:" + re.sub(r"[^a-z0-9]+", "-", self.name_key if self.name_key is not None else "place").strip("-")
        return f"{self.anchor}~{self.relation.replace('_', '-')}"


def find_spatial(
    doc: Document, mentions: list[Mention], gaz: Places, unresolved: Sequence[Unresolved] = (), every: Sequence[Mention] | None = None,
) -> list[SpatialExpr]:
    """Spatial expressions in the text, one per anchoring mention; ``unresolved`` names
    (see :func:`geo.extract.mentions.find_unresolved`) that the words locate become inferred places;
    ``every`` mention (later mentions and country adjectives too, default ``mentions``) may locate them."""
    out: list[SpatialExpr] = []
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.not_place is None and m.form != "adjective":
            by_sentence.setdefault(m.sentence, []).append(m)
    for s in doc.sentences:
        folded = doc.folded[s.start : s.end]
        ms = by_sentence.get(s.index, [])
        for k, m in enumerate(ms):
            rel_start = m.start - s.start
            before = folded[max(0, rel_start - 60) : rel_start]
            kind = gaz.places[m.place_id].kind
            off = _OFFSET_RE.search(before)
            if off and kind not in ("border", "river"):
                start = m.start - len(before) + off.start()
                named = [u for u in unresolved if u.sentence == s.index and u.end <= start and _OFFSET_NAMED_RE.match(doc.folded, u.end, start)]
                out.append(SpatialExpr(
                    "offset", m.place_id, named[-1].start if named else start, m.end, s.index, distance_km=_km(off.group(1), off.group(2)),
                    bearing=_DIRECTIONS[off.group(3)], name=named[-1].text if named else None,
                ))
                continue
            if kind == "river" and gaz.places[m.place_id].geometry.geom_type in ("LineString", "MultiLineString"):  # a bank needs a line
                b = _BANK_RE.search(before)
                a = None if b else _BANK_AFTER_RE.match(folded, m.end - s.start)
                if b:
                    word = b.group(1) or b.group(2) or b.group(3)
                    # no side word ("the bank of the Rhine"): both banks, the text names no side
                    out.append(SpatialExpr("bank", m.place_id, m.start - len(before) + b.start(), m.end, s.index,
                                           side=_SIDE_OF.get(word) if word else None))
                elif a:
                    out.append(SpatialExpr("bank", m.place_id, m.start, s.start + a.end(), s.index, side=_SIDE_OF[a.group(1)]))
                continue
            n = _NEAR_RE.search(before)
            if n and kind not in ("country", "border", "river"):
                out.append(SpatialExpr("near", m.place_id, m.start - len(before) + n.start(), m.end, s.index))
                continue
            if kind == "border":
                o = _ON_BORDER_RE.search(before)
                # the subject: the latest place before that is not itself a country, border or river
                subjects = [p for p in ms[:k] if gaz.places[p.place_id].kind not in ("country", "border", "river")]
                if not (o and o.group(0).strip()):
                    continue
                # an unknown name just before "on the border" (after any known place): a
                # crossing no gazetteer has
                near = [u for u in unresolved if u.sentence == s.index and u.end <= m.start and m.start - u.end <= 60
                        and not any(u.end <= p.start < m.start for p in ms[:k])]
                if near:
                    u = near[-1]
                    out.append(SpatialExpr("inferred_border", m.place_id, u.start, u.end, s.index, name=u.text, name_key=doc.folded[u.start : u.end]))
                elif subjects:
                    out.append(
                        SpatialExpr("on_border", m.place_id, m.start - len(before) + o.start(), m.end, s.index, subject=subjects[-1].place_id)
                    )
    placed = {e.name for e in out if e.name}
    located = located_names(doc, mentions if every is None else every, gaz, [u for u in unresolved if u.text not in placed], out)
    # "X, a village near Y": the words near Y place X, they make no area around Y of their own
    near_of = {(e.sentence, e.anchor) for e in located}
    return [e for e in out if not (e.relation == "near" and (e.sentence, e.anchor) in near_of)] + located


#: the rules that locate an unknown name, with what they say (the note of the inferred place)
LOCATED_RULES = {
    "located_near": "the text puts it near {anchor}",
    "located_in": "the text puts it in {anchor}",
    "located_by_adjective": "the text calls it a place of {anchor}",
}


def located_names(
    doc: Document, mentions: Sequence[Mention], gaz: Places, unresolved: Sequence[Unresolved], taken: Sequence[SpatialExpr] = (),
) -> list[SpatialExpr]:
    """Unknown names the words locate relative to a known place: "Sapzurro, a village in
    Acandí", "the camp of X near Y", "le quartier X, à Y", "Kagunga, village d'une île
    tanzanienne". The name must be called a small place (a noun of ``[spatial] located_nouns``
    before it or in apposition after it); the place that locates it is the next mention in the
    sentence, after "in"/"near" words. Every later occurrence of the name in the text is the
    same inferred place."""
    out: list[SpatialExpr] = []
    folded = doc.folded
    spans = [(x.start, x.end) for x in taken] + [(x.start, x.end) for x in mentions]
    for u in unresolved:
        key = folded[u.start : u.end]
        # every occurrence of the name (not inside a place's name): the first the words locate places them all
        where = [(a, b) for a, b in _whole_words(folded, key) if not any(x0 < b and a < x1 for x0, x1 in spans)]
        found = next(((a, b, *hit) for a, b in where if (hit := _locator(doc, mentions, gaz, a, b))), None)
        if found is None:
            continue
        first, first_end, m, rule = found
        # "in the west of Y", "in northern Y": that part of Y (an area)
        sides = [_SIDE_OF[w] for w in folded[first_end : m.start].split() if _SIDE_OF.get(w) in _COMPASS_SIDES]
        side = sides[-1] if sides and rule == "located_in" else None
        # where the words locate it, the span runs to the place that does ("X, a village near Y"): Y is
        # no place of the sentence's own; elsewhere the name alone
        out.extend(SpatialExpr("located", m.place_id, a, m.end if a == first else b, _sentence_at(doc, a), side=side, name=u.text,
                               name_key=key, rule=rule) for a, b in where)
    return out


_WORD_CHAR = re.compile(r"\w")


def _whole_words(text: str, key: str) -> list[tuple[int, int]]:
    r"""The spans where ``key`` stands in ``text`` with no word character right before or after:
    what ``re.finditer(rf"(?<!\w){re.escape(key)}(?!\w)", text)`` finds (left to right, none
    overlapping), without a pattern compiled for each name.

    >>> _whole_words("abu, abuja, al-abu", "abu"), _whole_words("abuabu abu", "abu")
    ([(0, 3), (15, 18)], [(7, 10)])
    """
    if not key:
        return [k.span() for k in re.finditer(rf"(?<!\w){re.escape(key)}(?!\w)", text)]
    out: list[tuple[int, int]] = []
    q = text.find(key)
    while q >= 0:
        end = q + len(key)
        if not (q and _WORD_CHAR.match(text, q - 1)) and not _WORD_CHAR.match(text, end):
            out.append((q, end))
            q = text.find(key, end)
        else:
            q = text.find(key, q + 1)
    return out


def _locator(doc: Document, mentions: Sequence[Mention], gaz: Places, start: int, end: int) -> tuple[Mention, str] | None:
    """The place that locates the unknown name at [start, end), and the rule, if the words do."""
    folded = doc.folded
    s = doc.sentences[_sentence_at(doc, start)]
    # the first place named after the name, within reach, in the same sentence
    after = [x for x in mentions if end <= x.start <= min(s.end, end + 90) and (x.not_place is None or x.form == "adjective")]
    m = min(after, key=lambda x: x.start, default=None)
    if m is None or gaz.places[m.place_id].kind in ("border", "river"):
        return None
    if m.form == "adjective":  # "Kagunga, village d'une île tanzanienne"
        ok = gaz.places[m.place_id].kind == "country" and _LOCATED_ADJ_RE.match(folded, end, m.start)
        return (m, "located_by_adjective") if ok else None
    a = _located_after(doc.lang or "en").match(folded, end, m.start)
    if a and a.group("after_comma") and not a.group("comma"):
        return None
    if a and (a.group("noun") or _noun_before(doc, max(s.start, start - 60), start)):
        return m, "located_near" if a.group("near") else "located_in"
    return None


def _noun_before(doc: Document, lo: int, start: int) -> bool:
    """Whether a small place's noun right before ``start`` calls the name one ("the village of
    X"), not a place named before the noun ("the Kabanjahe district of X": X is the larger
    area, the district is the other name's)."""
    b = _LOCATED_BEFORE_RE.search(doc.folded, lo, start)
    if b is None:
        return False
    words = doc.text[lo : b.start() + 1].split()
    return not (words and words[-1][:1].isupper() and doc.folded[b.start() + 1 : b.end()].split()[0] not in _ARTICLES)


def _sentence_at(doc: Document, offset: int) -> int:
    return next((s.index for s in doc.sentences if s.start <= offset < s.end), doc.sentences[-1].index)


def _km(value: str, unit: str) -> float:
    v = float(_DISTANCE_WORDS[value]) if value in _DISTANCE_WORDS else float(value.replace(",", "."))
    return round(v * 1.609, 1) if unit in _MILES else v


@lru_cache(maxsize=256)
def _aeqd(lon: float, lat: float) -> tuple[pyproj.Transformer, pyproj.Transformer]:
    """Degrees (WGS84, lon/lat) to metres of an azimuthal equidistant projection centred at
    (lon, lat), and back. Written as the PROJ pipeline that ``Transformer.from_crs`` picks
    between EPSG:4326 (always_xy) and ``+proj=aeqd +datum=WGS84 +units=m`` (no datum
    shift: degrees to radians, then aeqd): the same numbers, without PROJ's search for
    an operation between the two systems (~10 ms a centre)."""
    import pyproj

    aeqd = f"proj=aeqd lat_0={lat:.4f} lon_0={lon:.4f} x_0=0 y_0=0 ellps=WGS84"
    fwd = pyproj.Transformer.from_pipeline(f"proj=pipeline step proj=unitconvert xy_in=deg xy_out=rad step {aeqd}")
    inv = pyproj.Transformer.from_pipeline(f"proj=pipeline step inv {aeqd} step proj=unitconvert xy_in=rad xy_out=deg")
    return fwd, inv


_G = TypeVar("_G", bound=BaseGeometry)


class Transform(Protocol):
    """A change of coordinates that keeps the geometry's type."""

    def __call__(self, g: _G, /) -> _G: ...


def _transformed(g: _G, transformer: pyproj.Transformer) -> _G:
    # types-shapely types ``transformation`` for interleaved=True only (one (N, 2) array);
    # with interleaved=False shapely calls it as f(x, y), which Transformer.transform is
    return shapely.transform(g, transformer.transform, interleaved=False)  # type: ignore[arg-type]


def local_projection(geom: BaseGeometry) -> tuple[Transform, Transform]:
    """(to_metres, to_degrees) transform functions centred on ``geom``."""
    c = geom.centroid
    fwd, inv = _aeqd(round(c.x, 2), round(c.y, 2))

    def to_metres(g: _G) -> _G:
        return _transformed(g, fwd)

    def to_degrees(g: _G) -> _G:
        return _transformed(g, inv)

    return to_metres, to_degrees


def distance_km(a: BaseGeometry, b: BaseGeometry) -> float:
    """Shortest distance between two lon/lat geometries, in km."""
    to_m, _ = local_projection(shapely.union_all([a.centroid, b.centroid]))
    return to_m(a).distance(to_m(b)) / 1000.0


@dataclass(frozen=True)
class Area:
    """A derived area: its id, geometry (lon/lat), precision and how it was made."""

    id: str
    name: str
    geometry: BaseGeometry = field(repr=False)
    precision_km: float
    derived_from: str
    relation: str
    note: str
    kind: str = "area"


def derive_area(expr: SpatialExpr, gaz: Places, story: list[Place]) -> Area | None:
    """Build the area a spatial expression denotes, or None when it denotes no new area."""
    anchor = gaz[expr.anchor]
    if expr.relation == "near":
        to_m, to_deg = local_projection(anchor.geometry)
        radius = NEAR_KM * 1000 + anchor.precision_km * 1000
        geom: BaseGeometry = to_deg(to_m(anchor.geometry).buffer(radius, 32))
        if not geom.is_valid:  # an area as wide as a continent, projected back, may cross itself
            geom = shapely.make_valid(geom)
        return Area(
            expr.area_id, f"around {anchor.name}", geom, NEAR_KM, anchor.id, "near",
            f"'near' is read as within {NEAR_KM:g} km of {anchor.name}; the text gives no distance.",
        )
    if expr.relation == "bank":
        band, note = bank_area(anchor, expr.side, story)
        label = f"{expr.side} bank of the {anchor.name}" if expr.side else f"banks of the {anchor.name}"
        return Area(expr.area_id, label, band, BANK_WIDTH_KM, anchor.id, "bank", note)
    if expr.relation == "offset":
        c = anchor.geometry.centroid
        km, bearing = expr.offset
        import pyproj

        lon, lat, _ = pyproj.Geod(ellps="WGS84").fwd(c.x, c.y, bearing, km * 1000)
        precision = round(max(2.0, 0.2 * km) + anchor.precision_km, 1)
        label = f"{km:g} km {_DIR_NAMES[bearing]} of {anchor.name}"
        return Area(
            expr.area_id, expr.name or label, Point(round(lon, 5), round(lat, 5)), precision, anchor.id, "offset",
            f"In no gazetteer; placed from the words of the text: {label}. Distances and directions in news copy are "
            f"rough, so the uncertainty is a fifth of the distance plus {anchor.name}'s own.",
            kind="inferred point",
        )
    if expr.relation == "located":
        return located_area(expr, anchor)
    if expr.relation == "inferred_border":
        line = anchor.geometry
        others = [p for p in story if p.kind not in ("country", "border", "river", "region", "continent")]
        if others:
            target = shapely.union_all([p.geometry for p in others]).centroid
            pt = point_on(line, target)
            d = distance_km(pt, target)
            precision = round(max(15.0, min(60.0, 2 * d)), 1)
            where = f"the point of the {anchor.name} nearest the story's other places ({', '.join(dict.fromkeys(p.name for p in others))})"
        else:
            pt = line.interpolate(0.5, normalized=True)
            precision = round(line.length * 111.32 / 2, 1)
            where = f"the middle of the {anchor.name} (the story names no other place)"
        return Area(
            expr.area_id, expr.name or "unnamed place", Point(round(pt.x, 5), round(pt.y, 5)), precision, anchor.id, "inferred_border",
            f"In no gazetteer. The text puts it on the {anchor.name}; placed at {where}; the true place may be anywhere "
            f"within about {precision:g} km along the border.",
            kind="inferred point",
        )
    return None


def located_area(expr: SpatialExpr, anchor: Place) -> Area:
    """The inferred point of a name the words locate (:func:`located_names`): at the place that
    locates it, uncertain by that place's own extent plus what the words leave open ("near":
    :data:`NEAR_KM`; "in" a town: :data:`LOCATED_IN_KM`, its land; "in" a country or region,
    or called one of its places: half the area's bounding box)."""
    g = anchor.geometry
    where = anchor.name
    if expr.side and not isinstance(g, Point):
        from geo.extract.parts import part_of  # parts builds on this module

        g, where = part_of(g, expr.side), f"the {expr.side} of {anchor.name}"
    pt = g if isinstance(g, Point) else g.representative_point()
    if isinstance(g, Point):
        spread = NEAR_KM if expr.rule == "located_near" else LOCATED_IN_KM
        precision = round(spread + anchor.precision_km, 1)
    else:
        x0, y0, x1, y1 = g.bounds
        precision = round(max(anchor.precision_km, distance_km(Point(x0, y0), Point(x1, y1)) / 2), 1)
    says = LOCATED_RULES[expr.rule or "located_in"].format(anchor=anchor.name)
    return Area(
        expr.area_id, expr.name or "unnamed place", Point(round(pt.x, 5), round(pt.y, 5)), precision, anchor.id, "located",
        f"In no gazetteer; {says} (rule {expr.rule}), so it is drawn at {where}; the true place may be anywhere "
        f"within about {precision:g} km.",
        kind="inferred point",
    )


def bank_area(river: Place, side: str | None, story: list[Place]) -> tuple[BaseGeometry, str]:
    """The band of ``BANK_WIDTH_KM`` on one side of the river, over the story's stretch (on
    both sides when ``side`` is None: the text names a bank but not which)."""
    line = river.geometry
    if isinstance(line, MultiLineString):
        line = max(line.geoms, key=lambda g: g.length)
    if not isinstance(line, LineString):
        raise GazetteerError(f"{river.id}: a river's bank needs a line geometry, and this river is a {line.geom_type}")
    near = list({p.id: p for p in story if p.id != river.id and p.kind not in ("country", "border", "river", "region", "continent")}.values())
    near = [p for p in near if distance_km(p.geometry, line) <= STORY_RIVER_KM]
    to_m, to_deg = local_projection(shapely.union_all([p.geometry for p in near]) if near else line)
    line_m = to_m(line)
    if near:
        positions = [line_m.project(to_m(p.geometry.centroid)) for p in near]
        a = max(0.0, min(positions) - BANK_MARGIN_KM * 1000)
        b = min(line_m.length, max(positions) + BANK_MARGIN_KM * 1000)
        stretch = substring(line_m, a, b)
        names = ", ".join(p.name for p in near)
        where = f"the stretch within {BANK_MARGIN_KM:g} km of {names} (the places of the story near the river)"
    else:
        stretch = line_m
        where = "the whole river (no place of the story lies near it)"
    width = BANK_WIDTH_KM * 1000
    left = stretch.buffer(width, single_sided=True)
    right = stretch.buffer(-width, single_sided=True)
    if side is None:
        band = shapely.union_all([left, right])
        note = (f"A {BANK_WIDTH_KM:g} km band on both sides of the river line, over {where}: the text names a bank "
                "but not which side.")
        return to_deg(band.simplify(200)), note
    if side in ("left", "right"):
        band = left if side == "left" else right  # the line runs downstream
    else:
        dx, dy = {"east": (1, 0), "west": (-1, 0), "north": (0, 1), "south": (0, -1)}[side]
        c = stretch.centroid

        def toward(poly: BaseGeometry) -> float:
            p = poly.centroid
            return (p.x - c.x) * dx + (p.y - c.y) * dy

        band = max((left, right), key=toward)
    note = f"A {BANK_WIDTH_KM:g} km band on the {side} side of the river line, over {where}."
    return to_deg(band.simplify(200)), note


def point_on(line: BaseGeometry, near: Point) -> Point:
    """The point of ``line`` nearest ``near``."""
    return line.interpolate(line.project(near))


__all__ = ["SpatialExpr", "Area", "find_spatial", "derive_area", "located_names", "located_area", "bank_area", "distance_km", "local_projection", "point_on", "LineString"]

"""Spatial expressions: words that turn a named place into an area or a located point.

- "la rive orientale de l'Euphrate", "the east bank of the Euphrates", "the Euphrates' east
  bank" -> the band on that side of the river line, over the stretch of river the story is about;
- "dans les environs d'Abu Kamal", "near Abu Kamal" -> a buffer around the place;
- "situé à la frontière syro-irakienne" -> the preceding place is said to lie on that
  border (recorded, and checked against the place's geometry).

Geometry is computed in a local azimuthal equidistant projection, so distances are in
metres, not degrees.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Protocol, TypeVar

import pyproj
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
_OFFSET_RE = re.compile(
    rf"(\d+(?:[.,]\d+)?)\s*({alternation([*_all('km_units'), *_MILES])})\s+(?:{then_space(_all('offset_to'))})?({alternation(_DIRECTIONS)})\s+"
    rf"{alternation(_all('offset_of'))}\s*{_HEADS}$"
)
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
    #: for "inferred_border": the name folded (from the Document), for its id
    name_key: str | None = None

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
        if self.relation == "inferred_border":
            return "inferred:" + re.sub(r"[^a-z0-9]+", "-", self.name_key if self.name_key is not None else "place").strip("-")
        return f"{self.anchor}~{self.relation.replace('_', '-')}"


def find_spatial(doc: Document, mentions: list[Mention], gaz: Places, unresolved: Sequence[Unresolved] = ()) -> list[SpatialExpr]:
    """Spatial expressions in the text, one per anchoring mention; ``unresolved`` names
    (see :func:`geo.extract.mentions.find_unresolved`) that the words locate become inferred places."""
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
                named = [u for u in unresolved if u.sentence == s.index and 0 <= start - u.end <= 3]
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
    return out


def _km(value: str, unit: str) -> float:
    v = float(value.replace(",", "."))
    return round(v * 1.609, 1) if unit in _MILES else v


@lru_cache(maxsize=256)
def _aeqd(lon: float, lat: float) -> tuple[pyproj.Transformer, pyproj.Transformer]:
    """Degrees (WGS84, lon/lat) to metres of an azimuthal equidistant projection centred at
    (lon, lat), and back. Written as the PROJ pipeline that ``Transformer.from_crs`` picks
    between EPSG:4326 (always_xy) and ``+proj=aeqd +datum=WGS84 +units=m`` (no datum
    shift: degrees to radians, then aeqd): the same numbers, without PROJ's search for
    an operation between the two systems (~10 ms a centre)."""
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
        lon, lat, _ = pyproj.Geod(ellps="WGS84").fwd(c.x, c.y, bearing, km * 1000)
        precision = round(max(2.0, 0.2 * km) + anchor.precision_km, 1)
        label = f"{km:g} km {_DIR_NAMES[bearing]} of {anchor.name}"
        return Area(
            expr.area_id, expr.name or label, Point(round(lon, 5), round(lat, 5)), precision, anchor.id, "offset",
            f"In no gazetteer; placed from the words of the text: {label}. Distances and directions in news copy are "
            f"rough, so the uncertainty is a fifth of the distance plus {anchor.name}'s own.",
            kind="inferred point",
        )
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


__all__ = ["SpatialExpr", "Area", "find_spatial", "derive_area", "bank_area", "distance_km", "local_projection", "point_on", "LineString"]

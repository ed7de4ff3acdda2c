"""Parts of an area named by a compass word: "northern Mali", "the north of Mali",
"l'est du Tchad", "Siria orientale", "o leste da Ucrânia".

The words come from the ``[directions]`` table of the language's lexicon. The part is
drawn as that part of the area's polygon (the half or quarter beyond its centroid), flagged
as inferred from the words, with a precision as wide as the part: the text says only
"the north", not where in it.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Mapping, Sequence

import shapely
from shapely.geometry import MultiPolygon
from shapely.geometry.base import BaseGeometry

from geo.extract.mentions import Mention
from geo.extract.spatial import Area, SpatialExpr
from geo.gazetteer import Place, Places
from geo.lexicon import Lexicon, Phrase
from geo.text.document import Document, Word

#: the English adjective each direction is named with on the map
ADJECTIVES = {
    "north": "northern", "south": "southern", "east": "eastern", "west": "western",
    "northeast": "northeastern", "northwest": "northwestern", "southeast": "southeastern", "southwest": "southwestern",
}
DIRECTIONS = tuple(ADJECTIVES)


def part_of(geom: BaseGeometry, direction: str) -> BaseGeometry:
    """The part of ``geom`` beyond its centroid in ``direction`` (a half, or a quarter for
    the intercardinal directions).

    >>> from shapely.geometry import box
    >>> part_of(box(0, 0, 2, 2), "north").bounds
    (0.0, 1.0, 2.0, 2.0)
    >>> part_of(box(0, 0, 2, 2), "southwest").bounds
    (0.0, 0.0, 1.0, 1.0)
    """
    geom = _main_body(geom)
    x0, y0, x1, y1 = geom.bounds
    c = geom.centroid
    bx0, by0, bx1, by1 = x0, y0, x1, y1
    if "north" in direction:
        by0 = c.y
    if "south" in direction:
        by1 = c.y
    if "east" in direction:
        bx0 = c.x
    if "west" in direction:
        bx1 = c.x
    part = shapely.clip_by_rect(geom, bx0, by0, bx1, by1)
    return part if not part.is_empty else geom


#: a country's largest polygon is its body when it holds this share of the land: the
#: southeast of the United States is not drawn from a centre that Alaska pulls north-west,
#: nor southern France from one French Guiana pulls south (Japan's Honshu, 60%, is not)
_MAIN_BODY_SHARE = 0.7


def _main_body(geom: BaseGeometry) -> BaseGeometry:
    """The largest polygon of a multipolygon when it holds most of the land (areas weighted
    by the cosine of their latitude), else the whole."""
    if not isinstance(geom, MultiPolygon):
        return geom
    polys = list(geom.geoms)
    areas = [p.area * math.cos(math.radians(p.centroid.y)) for p in polys]
    k = max(range(len(polys)), key=areas.__getitem__)
    return polys[k] if areas[k] >= _MAIN_BODY_SHARE * sum(areas) else geom


def _motion(w: Word, lex: Lexicon) -> bool:
    """Whether ``w`` is a one-word motion predicate of the lexicon ("leave", "deixar")."""
    return any(p.kind == "motion" and len(p.words) == 1 for p in lex.predicates.get(w.lemma, ()) + lex.predicates.get(w.key, ()))


def _width_km(geom: BaseGeometry) -> float:
    x0, y0, x1, y1 = geom.bounds
    return 0.5 * 111.32 * math.hypot((x1 - x0) * math.cos(math.radians((y0 + y1) / 2)), y1 - y0)


#: per lexicon's directions and end (0: first word, -1: last word): its phrases by that word
_BY_WORD: dict[tuple[int, int], tuple[Mapping[Phrase, str], dict[str, list[tuple[Phrase, str]]]]] = {}


def _directions_by(lex: Lexicon, end: int) -> dict[str, list[tuple[Phrase, str]]]:
    """The direction phrases of ``lex`` (with their direction, in the lexicon's order) by their
    first (``end`` 0) or last (-1) word: a phrase is tried only where that word stands."""
    directions = lex.directions
    kept = _BY_WORD.get((id(directions), end))
    if kept is None or kept[0] is not directions:  # (the table itself is kept: its id is not reused)
        by: dict[str, list[tuple[Phrase, str]]] = {}
        for phrase, d in directions.items():
            by.setdefault(phrase[end], []).append((phrase, d))
        kept = _BY_WORD[(id(directions), end)] = (directions, by)
    return kept[1]


def _ending_at(words: tuple[Word, ...], j: int, lex: Lexicon) -> tuple[str, int] | None:
    """A direction phrase whose last word is ``j``: (direction, first word)."""
    if j < 0:
        return None  # (no phrase ends before the first word)
    best = None
    for phrase, d in _directions_by(lex, -1).get(words[j].key, ()):  # (the phrases ending on word j's key)
        k = j - len(phrase) + 1
        if k >= 0 and all(words[k + x].key == phrase[x] for x in range(len(phrase))):
            if best is None or k < best[1]:
                best = (d, k)
    return best


def _starting_at(words: tuple[Word, ...], i: int, lex: Lexicon) -> tuple[str, int] | None:
    """A direction phrase whose first word is ``i``: (direction, last word)."""
    best = None
    for phrase, d in (_directions_by(lex, 0).get(words[i].key, ()) if i < len(words) else ()):  # (those starting with it)
        if i + len(phrase) <= len(words) and all(words[i + x].key == phrase[x] for x in range(len(phrase))):
            if best is None or i + len(phrase) - 1 > best[1]:
                best = (d, i + len(phrase) - 1)
    return best


def find_parts(doc: Document, mentions: list[Mention], gaz: Places, lex: Lexicon) -> list[tuple[SpatialExpr, Area]]:
    """Every compass part of an area the text names, with the area it denotes.

    >>> t = "Les familles ont fui l'est de la Syrie."
    >>> d, g = build_document(t, "fr"), load_gazetteer()
    >>> [(e.area_id, a.name) for e, a in find_parts(d, find_mentions(d, g), g, load_lexicon("fr"))]
    [('syria~east', 'eastern Syria')]
    """
    starts = [w.start for w in doc.words]
    out: list[tuple[SpatialExpr, Area]] = []
    for m in mentions:
        if m.form == "adjective" and m.not_place in (None, "attribute"):
            # (an adjective qualifying a noun is no place, but the part it qualifies is: "el este chadiano")
            out.extend(_adjective_part(doc, m, gaz, lex, starts))
            continue
        if m.not_place is not None or m.form == "adjective":
            continue
        place = gaz.places.get(m.place_id)
        at = _mention_words(doc, m, starts)
        if place is None or place.geometry.geom_type not in ("Polygon", "MultiPolygon") or at is None:
            continue
        words, i, last = at
        found: tuple[str, int, int] | None = None  # direction, first word, last word of the expression
        before = _ending_at(words, i - 1, lex) if i >= 1 else None
        if before is not None:  # "northern Mali", "im nördlichen Syrien"
            found = (before[0], before[1], last)
        else:
            j = i - 1
            if j >= 1 and words[j].key in lex.determiners and words[j].key not in lex.of:
                j -= 1
            if j >= 1 and words[j].key in lex.of:  # "the north of Mali", "l'est du Tchad", "leste da Ucrânia"
                ends = j - 1
            elif lex.genitive_article and i >= 2 and words[i - 1].key in lex.determiners:
                ends = i - 2  # "in den Osten des Sudan": a genitive has its article, no "of"
            else:
                ends = -1
            d = _ending_at(words, ends, lex)
            if d is not None:
                found = (d[0], d[1], last)
        if found is None and lex.compass_after_place:
            after = _starting_at(words, last + 1, lex)
            if after is not None and len(words[last + 1].key) >= 7:  # "Siria orientale", not "le Tchad est"
                found = (after[0], i, after[1])
        if found is None:
            continue
        direction, w0, w1 = found
        expr = SpatialExpr(direction, m.place_id, words[w0].start, words[w1].end, m.sentence)
        out.append((expr, _part(doc, expr, place)))
    return out


def _mention_words(doc: Document, m: Mention, starts: list[int]) -> tuple[tuple[Word, ...], int, int] | None:
    """The words of the sentence of ``m`` and the indexes there of its first and last word
    (``starts``: every word's start in the document); None when it starts inside a word."""
    a = bisect_left(starts, m.start)
    if a >= len(doc.words) or doc.words[a].start != m.start:
        return None
    words = doc.words_of(m.sentence)
    i = a - (words[0].index if words else 0)
    last = i
    while last + 1 < len(words) and words[last + 1].end <= m.end:
        last += 1
    return words, i, last


def _adjective_part(doc: Document, m: Mention, gaz: Places, lex: Lexicon, starts: list[int]) -> list[tuple[SpatialExpr, Area]]:
    """A compass part a country's adjective qualifies, the noun of the part with its article:
    "l'est tchadien", "el norte mexicano", "nell'est ciadiano" (the direction before the
    adjective) or "the Chadian east", "im tschadischen Osten" (after it) — that part of the
    country, as "the east of Chad" is."""
    place = gaz.places.get(m.place_id)
    at = _mention_words(doc, m, starts)
    if place is None or place.kind != "country" or place.geometry.geom_type not in ("Polygon", "MultiPolygon") or at is None:
        return []
    words, i, last = at
    # the adjective after the noun where the language puts it there ("l'est tchadien"), else before it
    # ("the Chadian east"; "the northern Ukrainian regions" is no part: the noun is "regions")
    if lex.adjective_after_noun:
        d = _ending_at(words, i - 1, lex) if i >= 1 else None
        if d is None or d[1] < 1 or not (words[d[1] - 1].key in lex.determiners or words[d[1] - 1].key in lex.markers_flat):
            return []
        found = (d[0], d[1], last)
    else:
        d = _starting_at(words, last + 1, lex)
        if d is None or i < 1 or not (words[i - 1].key in lex.determiners or words[i - 1].key in lex.markers_flat):
            return []
        found = (d[0], i, d[1])
    expr = SpatialExpr(found[0], m.place_id, words[found[1]].start, words[found[2]].end, m.sentence)
    return [(expr, _part(doc, expr, place))]


def _part(doc: Document, expr: SpatialExpr, place: Place, named_last: bool = False) -> Area:
    """The area a compass expression denotes: that part of ``place``, its precision as wide
    as the part (``named_last``: the text did not name the place, it is the area named last)."""
    d, geom = expr.relation, part_of(place.geometry, expr.relation)
    how = (f"is read as the {d} part of {place.name}, the area named last before it, drawn beyond its centre" if named_last
           else f"is drawn as the {d} part of {place.name} beyond its centre")
    return Area(expr.area_id, f"{ADJECTIVES[d]} {place.name}", geom, round(_width_km(geom), 1), place.id, d,
                f"'{doc.text[expr.start:expr.end]}' {how}; the text does not say where in it.")


def _parallel_part(named_parts: Sequence[SpatialExpr], sentence: int, after: int, start: int, gaz: Places) -> Place | None:
    """The area of the last compass part named with its area ("no sul da Alemanha": Germany)
    between offset ``after`` (the last region named) and ``start``, in this sentence or the
    few before, if any: the area the text named last is that part's."""
    earlier = [e for e in named_parts if 0 <= sentence - e.sentence <= STORY_AREA_SENTENCES and after < e.start and e.end <= start
               and e.anchor in gaz.places and gaz.places[e.anchor].kind != "continent"]
    return gaz.places[earlier[-1].anchor] if earlier else None


#: how many sentences back the area a compass word refers to may have been named
STORY_AREA_SENTENCES = 3


def find_story_parts(doc: Document, mentions: list[Mention], gaz: Places, lex: Lexicon,
                     named_parts: Sequence[SpatialExpr] = ()) -> list[tuple[SpatialExpr, Area]]:
    """Compass parts of the area the story is in, named without the area's name: "the
    northern half of the enclave", "le nord du pays", "in den Norden des Landes" (a compass
    word, "of" and a word of ``[grammar] area_nouns`` or ``country_nouns``). The area is the
    last region (or country) named in this sentence or the few before; none named, nothing
    is drawn. A bare compass word after a compass part the sentence names with its area
    (``named_parts``: "from Bavaria, in the south of Germany, towards the north") is a part of that
    same area (rule ``parallel_compass_part``), not of a region named in between.

    >>> t = "Les combats continuent en Syrie. Les familles ont fui le nord du pays."
    >>> d, g = build_document(t, "fr"), load_gazetteer()
    >>> [(e.area_id, a.name) for e, a in find_story_parts(d, find_mentions(d, g), g, lex=load_lexicon("fr"))]
    [('syria~north', 'northern Syria')]
    """
    areas = [
        m for m in mentions
        if m.not_place is None and (p := gaz.places.get(m.place_id)) is not None
        and p.geometry.geom_type in ("Polygon", "MultiPolygon") and p.kind != "continent"
    ]
    out: list[tuple[SpatialExpr, Area]] = []
    if not areas:
        return out
    firsts = {phrase[0] for phrase in lex.directions}
    for s in doc.sentences:
        words = doc.words_of(s.index)
        for i in range(len(words)):
            if words[i].key not in firsts:
                continue
            hit = _starting_at(words, i, lex)
            if hit is None or (words[i].capitalised and i and not lex.nouns_capitalised):
                continue
            direction, last = hit
            j = last + 1
            if j < len(words) and words[j].key not in lex.of and words[j].key not in lex.determiners and not words[j].capitalised:
                j += 1  # "the northern half of", "la partie nord de"
            kind: str | None = None
            if j < len(words) and (words[j].key in lex.of or (lex.genitive_article and words[j].key in lex.determiners)):
                # ("des Landes": a German genitive has an article and no "of")
                j += 1 if words[j].key in lex.of else 0
                while j < len(words) and words[j].key in lex.determiners:
                    j += 1
                if j < len(words) and (words[j].key in lex.area_nouns or words[j].key in lex.country_nouns):
                    kind = "country" if words[j].key in lex.country_nouns else "region"
            if kind is None and (last + 1 == len(words) or words[last + 1].key not in lex.of) and (
                    (i >= 2 and words[i - 1].key in lex.determiners and words[i - 2].key not in lex.of
                     and (words[i - 2].key in lex.markers_flat or _motion(words[i - 2], lex)))
                    or (i >= 1 and words[i - 1].key in lex.markers_flat and words[i - 1].key not in lex.of
                        and words[i - 1].key not in lex.determiners and lex.bare_marker_compass)):
                # "to the south", "vers le sud", "no sul" (a preposition with its article), "leave
                # the north": that part of the region the story is in
                j, kind = last, "region"
            if kind is None:
                continue
            before = [m for m in areas if m.start < words[i].start and s.index - m.sentence <= STORY_AREA_SENTENCES
                      and gaz.places[m.place_id].kind == kind]
            parallel = _parallel_part(named_parts, s.index, before[-1].start if before else -1, words[i].start, gaz) \
                if j == last else None
            if parallel is not None:
                expr = SpatialExpr(direction, parallel.id, words[i].start, words[j].end, s.index)
                out.append((expr, _part(doc, expr, parallel, named_last=True)))
                continue
            if not before:
                continue
            place = gaz.places[before[-1].place_id]
            # "... die Grenze zu Griechenland. Im Ort Gevgelija ... in den Norden des Landes": a
            # town named after the last area says which of the areas named the story is in
            towns = [m for m in mentions if m.not_place is None and before[-1].start < m.start < words[i].start
                     and (p := gaz.places.get(m.place_id)) is not None and p.geometry.geom_type == "Point"]
            if towns:
                town = gaz.places[towns[-1].place_id].geometry
                holding = [m for m in before if gaz.places[m.place_id].geometry.contains(town)]
                if holding:
                    place = gaz.places[holding[-1].place_id]
            expr = SpatialExpr(direction, place.id, words[i].start, words[j].end, s.index)
            out.append((expr, _part(doc, expr, place, named_last=True)))
    return out

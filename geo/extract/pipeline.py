"""The pipeline, stage by stage: text -> mentions -> spatial expressions -> claims -> features."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from pathlib import Path

from geo.errors import InputError
from geo.extract.borders import find_borders, find_capitals
from geo.extract.frames import extract_frames
from geo.extract.mentions import find_mentions, find_unresolved
from geo.extract.parts import find_parts, find_story_parts
from geo.extract.spatial import derive_area, find_spatial
from geo.features import build_collection
from geo.gazetteer import ArticleResolver, Gazetteer, load_gazetteer
from geo.gazetteer.index import NameIndex, load_index
from geo.lexicon import Lexicon
from geo.lexicon import load as load_lexicon
from geo.records import Extraction, Resolved
from geo.text import check_language, detect_language
from geo.text.document import Document, build_document


def extract(
    text: str,
    published: dt.date | str | None,
    lang: str | None = None,
    gazetteer: Gazetteer | str | Path | None = None,
    source: str = "the article",
    use_index: bool = True,
) -> dict:
    """Extract the places, movements and events an article claims, as a FeatureCollection.

    >>> fc = extract("Selon l'OSDH, les combattants ont quitté Raqqa en direction de Palmyre.", "2017-11-14")
    >>> [f["id"] for f in fc["features"] if f["properties"]["kind"] == "movement"]
    ['movement:raqqa->palmyra@s1']
    """
    if isinstance(published, str):
        published = parse_date(published)
    base = load_gazetteer(gazetteer)  # a Gazetteer, a path to one, or None for the shipped one
    lang = check_language(lang) if lang else detect_language(text)
    doc = build_document(text, lang)
    lex = load_lexicon(lang)
    # names the curated gazetteer lacks are looked up in GeoNames / Natural Earth
    res = resolve(doc, base, load_index() if use_index else None, lex)
    places, mentions, framed = res.places, list(res.mentions), list(res.framed)
    spatial = find_spatial(doc, framed, places, res.unresolved)
    story = [places[m.place_id] for m in mentions if m.not_place is None]
    areas = {}
    for e in spatial:
        if e.area_id not in areas:
            a = derive_area(e, places, story)
            if a is not None:
                areas[e.area_id] = a
    # "northern Mali", "l'est du Tchad"; "the north of the country" (the area named last)
    for e, a in find_parts(doc, mentions, places, lex) + find_story_parts(doc, mentions, places, lex):
        spatial.append(e)
        areas.setdefault(e.area_id, a)
    claims, unmapped = extract_frames(doc, framed, spatial, places, published, source)
    meta = {
        "source": source,
        "lang": lang,
        "published": published.isoformat() if published else None,
        "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "text": text,
    }
    return build_collection(Extraction(
        text=text, mentions=tuple(mentions), spatial=tuple(spatial), areas=tuple(areas.values()), claims=tuple(claims),
        unmapped=tuple(unmapped), places=places, meta=meta, sentences=doc.sentences, unresolved=res.unresolved,
    ))


def resolve(doc: Document, gazetteer: Gazetteer, index: NameIndex | None, lex: Lexicon) -> Resolved:
    """Resolution: the names of ``doc`` as places (curated, else from ``index``), the
    border and capital phrases the words make, and the names no gazetteer knows. Returns
    the article's places as a record; ``gazetteer`` (shared, cached) is only read.

    >>> from geo.gazetteer import load_gazetteer
    >>> from geo.gazetteer.index import load_index
    >>> from geo.lexicon import load
    >>> d = build_document("Refugees reached the border between Chad and Sudan.", "en")
    >>> r = resolve(d, load_gazetteer(), load_index(), load("en"))
    >>> [m.place_id for m in r.framed], r.places.found
    (['border:country:SDN|country:TCD'], ('country:SDN', 'country:TCD', 'border:country:SDN|country:TCD'))
    >>> "country:TCD" in load_gazetteer()
    False
    """
    resolver = ArticleResolver(gazetteer, index)
    mentions = find_mentions(doc, resolver)
    unresolved = find_unresolved(doc, mentions)
    borders, parts_of_borders = find_borders(doc, mentions, resolver, lex)  # "the border with Belarus"
    capitals = find_capitals(doc, mentions, resolver, lex)  # "avant de gagner la capitale"
    # the countries named in a border phrase stay places on the map, but for the frames the
    # phrase means the border
    framed = sorted([m for k, m in enumerate(mentions) if k not in parts_of_borders] + borders + capitals, key=lambda m: m.start)
    everything = sorted(mentions + borders + capitals, key=lambda m: m.start)
    return Resolved(tuple(everything), tuple(framed), tuple(unresolved), resolver.result())


_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_date(value: str) -> dt.date:
    """Parse YYYY-MM-DD (a year from 1000 to 9000), or raise :class:`InputError` saying
    what was expected."""
    if not isinstance(value, str):
        raise InputError(f"published date {value!r} is a {type(value).__name__}: expected a string YYYY-MM-DD, e.g. \"2017-11-14\"")
    try:
        if not _DATE_RE.fullmatch(value.strip()):
            raise ValueError(value)
        date = dt.date.fromisoformat(value.strip())
    except ValueError as err:
        raise InputError(f"published date {value!r} is not a date: expected YYYY-MM-DD, e.g. 2017-11-14") from err
    if not 1000 <= date.year <= 9000:
        raise InputError(f"published date {value!r}: expected a year from 1000 to 9000")
    return date

"""The pipeline, stage by stage: text -> mentions -> spatial expressions -> claims -> features."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from pathlib import Path

from geo.errors import InputError
from geo.extract.borders import find_borders, find_capitals
from geo.extract.frames import extract_frames
from geo.extract.mentions import (
    LINKED,
    QUALIFIER,
    demonym_mentions,
    demonym_places,
    find_names,
    find_unresolved,
    link_mentions,
    respelled,
)
from geo.extract.parts import find_parts, find_story_parts
from geo.extract.spatial import derive_area, find_spatial
from geo.gazetteer import ArticleResolver, Gazetteer, load_gazetteer
from geo.gazetteer.index import NameIndex, load_index
from geo.lexicon import Lexicon
from geo.lexicon import load as load_lexicon
from geo.records import Extraction, Resolved
from geo.text import check_language, detect_language
from geo.text.document import Document, build_document


class Extractor:
    """The extraction pipeline with its resources: the gazetteer, the name index and the
    lexicons, loaded once and held here. Call it on a text to get an :class:`Extraction`.

    ``gazetteer``: a :class:`Gazetteer`, a path to a gazetteer file, or None for the one geo
    ships; ``index``: look names the gazetteer lacks up in the GeoNames / Natural Earth name
    index (True), or not (False: curated places only; a :class:`NameIndex` is used as given).

    >>> ex = Extractor(index=False)
    >>> x = ex("Selon l'OSDH, les combattants ont quitté Raqqa en direction de Palmyre.", "2017-11-14")
    >>> [(c.kind, c.origin, c.destination) for c in x.claims]
    [('movement', 'raqqa', 'palmyra')]
    >>> [f["id"] for f in x.to_geojson()["features"] if f["properties"]["kind"] == "movement"]
    ['movement:raqqa->palmyra@s1']
    """

    def __init__(self, gazetteer: Gazetteer | str | Path | None = None, *, index: bool | NameIndex = True):
        #: the curated places (shared and read only: an article's places are its own)
        self.gazetteer: Gazetteer = load_gazetteer(gazetteer)
        #: the name index names the gazetteer lacks are looked up in, or None
        self.index: NameIndex | None = load_index() if index is True else index or None
        self._lexicons: dict[str, Lexicon] = {}

    def lexicon(self, lang: str) -> Lexicon:
        """The words of ``lang`` (loaded on first use, then held)."""
        if lang not in self._lexicons:
            self._lexicons[lang] = load_lexicon(lang)
        return self._lexicons[lang]

    def __call__(
        self, text: str, published: dt.date | str | None = None, *, lang: str | None = None, source: str | None = None,
    ) -> Extraction:
        """Read one article: the places it names, the movements and events it claims.

        ``published`` (a date or YYYY-MM-DD) dates "yesterday" and "on Friday"; ``lang``
        is detected when not given; ``source`` names the article in the output (default
        "the article")."""
        if isinstance(published, str):
            published = parse_date(published)
        lang = check_language(lang) if lang else detect_language(text)
        source = "the article" if source is None else source
        doc = build_document(text, lang)
        lex = self.lexicon(lang)
        res = resolve(doc, self.gazetteer, self.index, lex)
        places, mentions, framed = res.places, list(res.mentions), list(res.framed)
        spatial = find_spatial(doc, framed, places, res.unresolved, mentions)
        story = [places[m.place_id] for m in mentions if m.not_place is None and m.form != LINKED]
        areas = {}
        for e in spatial:
            if e.area_id not in areas:
                a = derive_area(e, places, story)
                if a is not None:
                    areas[e.area_id] = a
        # "northern Mali", "l'est du Tchad"; "the north of the country" (the area named last)
        named = [m for m in mentions if m.form != LINKED]  # the parts read the names the scan found
        named_parts = find_parts(doc, named, places, lex)
        for e, a in named_parts + find_story_parts(doc, named, places, lex, [e for e, _ in named_parts]):
            spatial.append(e)
            areas.setdefault(e.area_id, a)
        claims, unmapped = extract_frames(doc, framed, spatial, places, published, source, res.demonyms)
        meta = {
            "source": source,
            "lang": lang,
            "published": published.isoformat() if published else None,
            "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "text": text,
        }
        return Extraction(
            text=text, mentions=tuple(mentions), spatial=tuple(spatial), areas=tuple(areas.values()), claims=tuple(claims),
            unmapped=tuple(unmapped), places=places, meta=meta, sentences=doc.sentences, unresolved=res.unresolved,
        )


def extract(
    text: str,
    published: dt.date | str | None,
    lang: str | None = None,
    gazetteer: Gazetteer | str | Path | None = None,
    source: str = "the article",
    use_index: bool = True,
) -> dict:
    """The extraction of one article as a FeatureCollection: the signature of the releases
    before :class:`Extractor` (positional ``lang``, ``use_index``), kept one release for
    the callers that use it; new code calls :func:`geo.extract` or an :class:`Extractor`.

    >>> fc = extract("Selon l'OSDH, les combattants ont quitté Raqqa en direction de Palmyre.", "2017-11-14")
    >>> [f["id"] for f in fc["features"] if f["properties"]["kind"] == "movement"]
    ['movement:raqqa->palmyra@s1']
    """
    return Extractor(gazetteer, index=use_index)(text, published, lang=lang, source=source).to_geojson()


def resolve(doc: Document, gazetteer: Gazetteer, index: NameIndex | None, lex: Lexicon) -> Resolved:
    """Resolution: the names of ``doc`` as places (curated, else from ``index``), the
    border and capital phrases the words make, and the names no gazetteer knows. Returns
    the article's places as a record; ``gazetteer`` (shared, cached) is only read.

    >>> d = build_document("Refugees reached the border between Chad and Sudan.", "en")
    >>> r = resolve(d, load_gazetteer(), load_index(), load_lexicon("en"))
    >>> [m.place_id for m in r.framed], r.places.found
    (['border:country:SDN|country:TCD'], ('country:SDN', 'country:TCD', 'border:country:SDN|country:TCD'))
    >>> "country:TCD" in load_gazetteer()
    False
    """
    resolver = ArticleResolver(gazetteer, index)
    mentions, rejected = find_names(doc, resolver)
    borders, parts_of_borders = find_borders(doc, mentions, resolver, lex)  # "the border with Belarus"
    demonyms = demonym_places(doc, resolver)  # "Eritreans": the country of a mover named by its people
    # "avant de gagner la capitale", "the Ukrainian capital"
    capitals = find_capitals(doc, mentions, resolver, lex, demonyms)
    # the countries named in a border phrase stay places on the map, but for the frames the
    # phrase means the border
    # (a town's abbreviated region, "Salem, Ore.", is on the map only)
    framed = sorted([m for k, m in enumerate(mentions) if k not in parts_of_borders and m.form != QUALIFIER] + borders + capitals,
                    key=lambda m: m.start)
    # the later mentions of the places found ("Raqqa ... Raqqa"): on the map, not in the frames
    linked = link_mentions(doc, mentions + borders + capitals, resolver)
    # the demonyms and country adjectives no name covers ("Russian officials"): on the map
    # (a place's mentions), not in the frames
    adjectives = demonym_mentions(doc, demonyms, mentions + borders + capitals + linked, resolver)
    everything = sorted(mentions + borders + capitals + linked + adjectives, key=lambda m: m.start)
    unresolved = find_unresolved(doc, mentions + linked + adjectives, rejected)  # with the reason the ranking gave
    # "Carpuganá" for the article's own "Capurganá": a name one edit from a place it names
    respelt, unresolved = respelled(doc, unresolved, mentions + linked)
    if respelt:
        framed = sorted(framed + respelt, key=lambda m: m.start)
        everything = sorted(everything + respelt, key=lambda m: m.start)
    return Resolved(tuple(everything), tuple(framed), tuple(unresolved), resolver.result(), demonyms)


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

"""Mentions: every place name in a text, with character offsets and its sentence.

Names are matched on keys (:func:`geo.text.name_key`) over runs of tokens, so case,
accents, apostrophes and elision (l'Euphrate, d'Abu Kamal), hyphenation and spacing
variants all meet. On top of the name index, general rules:

- an adjective maps to its place (syrienne -> Syria);
- a combining form plus an adjective (syro-irakienne, Syrian-Iraqi), or a border noun plus
  an adjective (frontière irakienne, said of a place in Syria), maps to the border between
  the two countries when the gazetteer has it;
- what only looks like a place is kept apart with a reason: a name inside a treaty or
  organisation name (la Convention de Genève, the Islamic State of Iraq), a capital or
  country standing for its government (Washington said, dirigée par Washington).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache, partial
from itertools import accumulate
from typing import TYPE_CHECKING

from geo.errors import GazetteerError
from geo.extract.dates import calendar_words
from geo.gazetteer import ArticleResolver, Gazetteer, NameEntry, Place, distance_to_country
from geo.gazetteer.ranking import FREQUENT_ZIPF, NAMESAKE_ABROAD, POP_MARGIN, SMALL_AND_FAR, Evidence, Name, Scene, rank_names  # noqa: F401 - the two figures are read here by frames and tests
from geo.lexicon import Lexicon, _phrase, alternation, load, rewrites, table, then_space, words_of_all
from geo.text import SUPPORTED_LANGS, Sentence, fold, frequency, joinable, name_key, skeleton_key, token_key
from geo.text.document import Document, Word

if TYPE_CHECKING:
    from shapely.geometry.base import BaseGeometry

    from geo.gazetteer.index import Candidate, NameIndex



@dataclass(frozen=True, slots=True)
class _Match:
    """A resolved name in a sentence, offsets into the text."""

    place_id: str
    start: int
    end: int
    form: str


@dataclass(frozen=True, slots=True)
class _Found:
    """A resolved name and its sentence."""

    sentence: Sentence
    match: _Match
    #: the sentence repeats an earlier one word for word
    duplicate: bool


@dataclass(frozen=True, slots=True)
class _Pending:
    """A name the index may mean, offsets into the text."""

    sentence: Sentence
    start: int
    end: int
    candidates: tuple[Candidate, ...]
    duplicate: bool


@dataclass(frozen=True, slots=True)
class _ScanHit:
    """A run of a sentence's words that names something: its tokens ``first`` to ``stop - 1``,
    the curated entries of that name, or else the index's candidates."""

    first: int
    stop: int
    entries: list[NameEntry]
    candidates: tuple[Candidate, ...]

#: Why a matched name is not a place where something happened.
NOT_PLACE_REASONS = ("treaty", "organisation", "government", "attribute")


@dataclass(frozen=True)
class Mention:
    """A place name found in the text."""

    place_id: str
    start: int
    end: int
    text: str
    sentence: int
    form: str = "name"
    #: ``None`` for a real place mention, else one of :data:`NOT_PLACE_REASONS`.
    not_place: str | None = None
    #: True when the sentence repeats an earlier one word for word (``Document.repeated``).
    duplicate: bool = False

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ValueError(f"mention {self.text!r}: bad offsets {self.start}..{self.end}")


def _all(key: str) -> tuple[str, ...]:
    """``[names] key`` of every language's lexicon: names are read with every language's words."""
    return words_of_all("names", key)


#: the border nouns of every language's ``[grammar]`` ("frontière syro-irakienne", "confine", "frontiera")
_BORDER_NOUNS = frozenset(" ".join(_phrase(w)) for lang in SUPPORTED_LANGS for w in table(lang, "grammar")["border_nouns"])

# Words that, right before a name, make it part of a treaty's name.
_TREATY_BEFORE = re.compile(rf"\b{alternation(_all('treaty_nouns'))}\s+{alternation(_all('treaty_of'))}\s*$")
_TREATY_AFTER = re.compile(rf"^\s*{alternation(_all('treaty_after'))}\b")
# Names of organisations that contain a place name ("Islamic State of Iraq and the Levant").
_ORG_ARTICLE = then_space(_all("organisation_articles"), " ")
_ORG_BEFORE = re.compile(
    rf"\b{alternation(_all('organisations'))}\s*{_ORG_ARTICLE}?([\w'-]+ {alternation(_all('and'))} {_ORG_ARTICLE}?)?$"
)
# Verbs of saying or deciding: a capital or country right before them stands for its government.
_GOV_AFTER = re.compile(rf"^\s*{alternation(_all('government_auxiliaries'))}?\s*{alternation(_all('government_verbs'))}\b")
_GOV_DETERMINERS = [w for w in _all("government_determiners") if not w.endswith("'")]
_GOV_ELIDED = [w for w in _all("government_determiners") if w.endswith("'")]
_GOV_BEFORE = re.compile(
    rf"\b{alternation(_all('government_before'))}(\s+{alternation(_GOV_DETERMINERS)}|\s*{alternation(_GOV_ELIDED)})?\s*$"
)
# ... but not one a marker of where a move starts opens ("families arriving from X said"), nor one
# a marker of where something is ("officials in X said", "des responsables à X ont déclaré"): a place
_PLACED_BEFORE = re.compile(
    rf"\b{alternation(words_of_all('markers', 'source') + words_of_all('markers', 'location') + words_of_all('markers', 'weak_goal'))}\s*$")


def find_mentions(doc: Document, gazetteer: Gazetteer | ArticleResolver) -> list[Mention]:
    """All place mentions in the article ``doc``, in order, with offsets into its text.

    With an :class:`~geo.gazetteer.ArticleResolver` that has an index, names the curated
    file lacks are looked up in GeoNames and Natural Earth, chosen by context, and kept
    among the article's places (a :class:`~geo.gazetteer.Gazetteer` alone: curated names only).

    >>> ms = find_mentions(build_document("Ils ont quitté l’Euphrate pour Abou-Kamal.", "fr"), load_gazetteer())
    >>> [(m.place_id, m.text) for m in ms]
    [('euphrates', 'Euphrate'), ('abu-kamal', 'Abou-Kamal')]
    """
    return find_names(doc, gazetteer)[0]


def find_names(doc: Document, gazetteer: Gazetteer | ArticleResolver) -> tuple[list[Mention], list[Rejected]]:
    """:func:`find_mentions`, and the names only the index knows that the ranking left
    unresolved, each with its reason (:data:`geo.gazetteer.ranking.REJECTIONS`)."""
    text, folded, lang = doc.text, doc.folded, doc.lang
    nouns_capitalised = load(lang).nouns_capitalised
    gazetteer = gazetteer if isinstance(gazetteer, ArticleResolver) else ArticleResolver(gazetteer)
    calendar = calendar_words(lang or "en")  # "am Montag": a weekday, not the town Montague
    found: list[_Found] = []
    pending: list[_Pending] = []
    for s in doc.sentences:
        duplicate = doc.repeated[s.index]
        toks = doc.words_of(s.index)
        raw = _scan(text, folded, toks, gazetteer, nouns_capitalised=nouns_capitalised, lang=lang, lo=s.start, hi=s.end,
                    dateline=_dateline_words(doc, s))
        raw = _contracted_names(raw, text, toks, gazetteer, lang)
        raw = [_region_over_town(raw, k, text, folded, s, toks, gazetteer) for k in range(len(raw))]
        curated = [h for h in raw if h.entries]
        for h in raw:
            if not h.entries and folded[toks[h.first].start : toks[h.stop - 1].end] not in calendar:
                pending.append(_Pending(s, toks[h.first].start, toks[h.stop - 1].end, h.candidates, duplicate))
        for m in _resolve(text, folded, s, toks, curated, gazetteer):
            found.append(_Found(s, m, duplicate))
    # where every noun is capitalised (German), "Truppen Cherson" is no person's name
    surnames = frozenset(doc.derived(_surnames)) if not nouns_capitalised else frozenset()
    resolved, rejected = resolve_candidates(doc, pending, found, gazetteer, surnames) if pending else ([], [])
    out: list[Mention] = []
    starts = sorted(f.match.start for f in found + resolved)
    for f in found + resolved:
        m = f.match
        start, end = _field_span(text, folded, f.sentence, m) if m.form == "name" else (m.start, m.end)
        if end > m.end and (k := bisect_right(starts, m.start)) < len(starts) and starts[k] < end:
            end = m.end  # (the words after the name hold another name: they head no facility of this one)
        out.append(
            Mention(
                place_id=m.place_id,
                start=start,
                end=end,
                text=text[start:end],
                sentence=f.sentence.index,
                form=m.form,
                not_place=_not_place(text, folded, f.sentence, m.start, m.end, gazetteer.places[m.place_id].kind, gazetteer,
                                     m.place_id, m.form),
                duplicate=f.duplicate,
            )
        )
    return sorted(out, key=lambda m: m.start), rejected


@cache
def _contracted_articles(lang: str) -> dict[str, str]:
    """The language's prepositions merged with an article (``[names] contracted_articles``), with that article."""
    return dict(e.split(">", 1) for e in table(lang, "names")["contracted_articles"])


#: what ends a place name's first word (Le Mans, L'Aquila, A Coruña)
_FIRST_WORD = re.compile(r"[\s'’-]")
#: how many words a name after a contracted article may have in :func:`_contracted_names`
_CONTRACTED_NAME_WORDS = 3


def _contracted_names(raw: list[_ScanHit], text: str, toks: Sequence[Word], gaz: ArticleResolver, lang: str) -> list[_ScanHit]:
    """The scan's hits, where a preposition merged with an article stands before capitalised
    words ("au Mans", "na Coruña") that name a place whose own name starts with that article
    (Le Mans, A Coruña): those places join what the words alone matched, the ranking chooses
    (rule ``contracted_article``). A curated name is kept as it is."""
    arts, index = _contracted_articles(lang), gaz.index
    if not arts or index is None:
        return raw
    out = list(raw)
    for k in range(1, len(toks)):
        art = arts.get(toks[k - 1].key)
        if art is None or not _is_cap(toks[k]) or any(h.first < k < h.stop or (h.first == k and h.entries) for h in out):
            continue
        n = 1
        while n < _CONTRACTED_NAME_WORDS and k + n < len(toks) and _is_cap(toks[k + n]) and joinable(text, toks[k + n - 1], toks[k + n]):
            n += 1
        for m in range(n, 0, -1):
            # a place whose own name starts with the article as a word (Le Mans, not Orio for "no Rio")
            cands = tuple(c for c in index.lookup(token_key(art) + "".join(token_key(t.text) for t in toks[k : k + m]))
                          if token_key(_FIRST_WORD.split(c.name, maxsplit=1)[0]) == token_key(art))
            if cands:
                # with what the words alone matched (al Líbano: the country, not only the town El Líbano)
                alone = [c for h in out if h.first == k and h.stop == k + m for c in h.candidates]
                merged = {c.id: c for c in alone} | {c.id: c for c in cands}  # (a place read with the article: by its own name)
                out = [h for h in out if h.stop <= k or h.first >= k + m] + [_ScanHit(k, k + m, [], tuple(merged.values()))]
                break
    return sorted(out, key=lambda h: h.first)


def _region_over_town(raw: list[_ScanHit], k: int, text: str, folded: str, s: Sentence, toks: Sequence[Word],
                      gaz: ArticleResolver) -> _ScanHit:
    """The ``k``-th hit of a sentence, a curated town written with a region noun ("Washington
    state", "the state of Washington") or in a list of regions of one country ("Oregon,
    Washington and Idaho"), is the region of that name when the index has one: the hit's
    index candidates instead (the ranking reads the noun)."""
    h = raw[k]
    if not h.entries or gaz.index is None or any(gaz.places[e.place_id].kind != "town" for e in h.entries):
        return h
    start, end = toks[h.first].start, toks[h.stop - 1].end
    towns = [gaz.places[e.place_id].geometry for e in h.entries]
    regions = tuple(c for c in gaz.index.lookup(name_key(text[start:end])) if c.source == "region" and not _holds(gaz.index, c, towns))
    if not regions:
        return h
    countries = {c.country for c in regions}
    listed = [o for j, o in ((k - 1, raw[k - 1] if k else None), (k + 1, raw[k + 1] if k + 1 < len(raw) else None))
              if o is not None and _listed(folded, toks, o if j < k else h, h if j < k else o) and _only_region(o, countries)]
    abbreviated = _QUALIFIER.match(text[end : s.end])  # "Washington, D.C.": the town its region's abbreviation says
    if listed and not (abbreviated and (abbreviated.group(1).endswith(".") or abbreviated.group(1).isupper())):
        return _ScanHit(h.first, h.stop, [], regions)
    return _ScanHit(h.first, h.stop, [], regions) if _region_named(folded, s, start, end) else h


def _holds(index: NameIndex, region: Candidate, towns: list[BaseGeometry]) -> bool:
    """Whether ``region``'s outline holds one of ``towns``: the town (Homs) already stands for the
    region of its name (its governorate), which is not another place."""
    from geo.gazetteer import outline

    area = outline(index, "region", region.ref)
    return area is not None and any(area.covers(t) for t in towns)


def _only_region(o: _ScanHit, countries: set[str]) -> bool:
    """Whether the index reads hit ``o`` as a region of one of ``countries`` and as no big town
    there ("Idaho", "Florida"; not "New York", a city of millions)."""
    return any(c.source == "region" and c.country in countries for c in o.candidates) and not any(
        c.source == "geonames" and c.country in countries and c.population >= 100_000 for c in o.candidates
    )


def _listed(folded: str, toks: Sequence[Word], a: _ScanHit, b: _ScanHit) -> bool:
    """Whether hit ``a`` comes right before hit ``b`` in a list: a comma or an "and" between."""
    return bool(_LIST_GAP.fullmatch(folded, toks[a.stop - 1].end, toks[b.first].start))


#: what stands between two names of a list: a comma, "and", "or" (any language's)
_LIST_GAP = re.compile(rf"\s*(?:,|,?\s*(?:{alternation(_all('and'))}))\s*")


#: the form of a later mention linked to a place found elsewhere in the article (its name
#: written again, or its name without a head noun): on the map and the page, never read by
#: the frames or the spatial and part rules (which read the names as the scan found them)
LINKED = "linked"
#: place kinds whose name is not linked again (their mentions are phrases the words make)
_NOT_LINKED_KINDS = frozenset({"border"})


def link_mentions(doc: Document, mentions: Sequence[Mention], gaz: ArticleResolver) -> list[Mention]:
    """The later mentions of the places ``mentions`` found: every other place in the text
    where a found place's name is written as it was (case and all, whole words), or without
    its head noun ("Wayne County" ... "Wayne"), and no mention stands already. Each is a
    :class:`Mention` of form :data:`LINKED`, with the reason it is no place where the words
    around say so ("the Bank of X"). A name written for two places is linked to neither.

    >>> from geo.gazetteer import load_gazetteer
    >>> from geo.text.document import build_document
    >>> d = build_document("Les réfugiés ont quitté Raqqa. Raqqa reste vide.", "fr")
    >>> [(m.text, m.start, m.form) for m in link_mentions(d, find_mentions(d, load_gazetteer()), ArticleResolver(load_gazetteer()))]
    []
    """
    text, folded, lang = doc.text, doc.folded, doc.lang or "en"
    surnames = doc.derived(_surnames)
    named: dict[str, set[str]] = {}
    # a name written as found beats the same words as another name without its head noun
    # ("Lagos" the city, "Lagos State" the region: "Lagos" again is the city)
    cut: dict[str, set[str]] = {}
    for m in mentions:
        place = gaz.places[m.place_id]
        if m.not_place is not None or m.form != "name" or place.kind in _NOT_LINKED_KINDS:
            continue
        for k, (written, key) in enumerate(_written_forms(text[m.start : m.end], folded[m.start : m.end])):
            if not _meant_as_written(written, key, lang, place, surnames):
                continue
            (cut if k else named).setdefault(written, set()).add(m.place_id)
    for written, ids in cut.items():
        named.setdefault(written, ids)
    named = {w: _inmost(ids, gaz) for w, ids in named.items()}
    forms = sorted((w for w, ids in named.items() if len(ids) == 1), key=lambda w: (-len(w), w))
    if not forms:
        return []
    taken = _Taken((m.start, m.end) for m in mentions)
    starts = [s.start for s in doc.sentences]
    out: list[Mention] = []
    for a, b in _written_again(text, forms):
        if taken.overlaps(a, b):
            continue
        s = doc.sentences[bisect_left(starts, a + 1) - 1]
        pid = next(iter(named[text[a:b]]))
        kind = gaz.places[pid].kind
        out.append(Mention(pid, a, b, text[a:b], s.index, LINKED, _not_place(text, folded, s, a, b, kind, gaz, pid),
                           doc.repeated[s.index]))
    return out


#: a character before a name written again that makes it part of a longer word ("X-ville", "l'X", "U.X")
_LINK_BEFORE = re.compile(r"[\w'’.-]")
#: ... and after it ("X's" aside: an apostrophe, a hyphen, a letter, or a dot then a letter)
_LINK_AFTER = re.compile(r"[\w'’-]|\.\w")


def _written_again(text: str, forms: Sequence[str]) -> list[tuple[int, int]]:
    r"""The spans of ``text`` where one of ``forms`` (tried in their order at each position) is
    written as a whole word: what ``re.finditer`` of the forms' alternation between
    ``(?<![\w'’.-])`` and ``(?![\w'’-]|\.\w)`` finds, left to right, without compiling a
    pattern for each article (found with ``str.find``, the characters around read after).

    >>> _written_again("Raqqa, Raqqa-Nord et Raqqa. Al Raqqa", ["Al Raqqa", "Raqqa"])
    [(0, 5), (21, 26), (28, 36)]
    """
    first: dict[int, int] = {}  # where a form is written as a word -> the first such form there
    for j, w in enumerate(forms):
        q = text.find(w)
        while q >= 0:
            if q not in first and not (q and _LINK_BEFORE.match(text, q - 1)) and not _LINK_AFTER.match(text, q + len(w)):
                first[q] = j
            q = text.find(w, q + 1)
    out: list[tuple[int, int]] = []
    end = 0
    for q in sorted(first):
        if q >= end:
            end = q + len(forms[first[q]])
            out.append((q, end))
    return out


def _inmost(ids: set[str], gaz: ArticleResolver) -> set[str]:
    """Of the places one name was found for, the one inside all the others when there is one
    (the city Lagos inside the state Lagos: the name written again is linked to the city,
    which is in both)."""
    if len(ids) < 2:
        return ids
    for pid in ids:
        inner = gaz.places[pid].geometry
        if all(o == pid or gaz.places[o].geometry.covers(inner) for o in ids):
            return {pid}
    return ids


def _written_forms(written: str, folded: str) -> tuple[tuple[str, str], ...]:
    """A found name as it may be written again, with its folded form: as written, and
    without a capitalised head noun after it ("Wayne County": "Wayne"), of three letters or
    more (``folded``: the same span of the Document's folded text, one character per character)."""
    cut = written.rfind(" ")
    if cut >= 3 and folded[cut + 1 :] in _PLACE_HEADS and written[:1].isupper() and written[cut + 1 : cut + 2].isupper():
        return (written, folded), (written[:cut], folded[:cut])
    return ((written, folded),)


#: place kinds big enough to be meant by a frequent word wherever it is written again
_BIG_KINDS = frozenset({"country", "region", "continent", "sea", "lake", "river"})


def _meant_as_written(written: str, key: str, lang: str, place: Place, surnames: set[str]) -> bool:
    """Whether a found name, written again with no word around it saying it is a place,
    still means it: a country, region or water always; a town unless the article uses the
    word as a person's short name ("Mayor Jo Bassett ... Bassett said", a town under
    100,000 people: the ranking's ``surname``) or it is a frequent word of the language
    ("Commerce", "Congress") and the town is not big enough (the ranking's ``frequent_word``)."""
    if place.kind in _BIG_KINDS:
        return True
    population = int(place.properties.get("population") or 0)
    if key in surnames and population < 100_000:
        return False
    zipf = _name_zipf(written, lang)
    return zipf < FREQUENT_ZIPF or population >= 10 ** (zipf + POP_MARGIN)


# An abbreviation written with stops (U.S., U.K., D.C.): its final stop is part of it.
_DOTTED = re.compile(r"(?:[A-Z]\.)+[A-Z]")
# A capitalised head noun after a name ("Wayne County", "Enugu State") that is not itself
# the start of a longer proper noun ("Lagos State Governor").
_HEAD_AFTER = re.compile(r"[ \t]+([A-Z][\w-]*)(?![\w-])(?![ \t]+[A-Z])")
# ... or the name of a facility in that town, its last word a facility noun, up to two
# capitalised words between ("Colchester General Hospital", "Colorado State University")
_FACILITY_AFTER = re.compile(r"[ \t]+((?:[A-Z][\w'’-]*[ \t]+){0,2})([A-Z][\w-]*)(?![\w'’-])(?![ \t]+[A-Z])")


@cache
def _head_before() -> re.Pattern[str]:
    """A head noun right before a name, in any language's ``[names] name_heads_before``
    ("Provinz", "province de", "provincia di", after an elided article too: "l'oblast de"),
    read on the folded text."""
    return re.compile(rf"(?:^|(?<=[\s(\"«„“'’]))({then_space(_all('name_heads_before'))})$")


def _field_span(text: str, folded: str, s: Sentence, m: _Match) -> tuple[int, int]:
    """The span of a place name as the field counts it: an abbreviation with its final stop,
    a capitalised head noun of the name inside ("Suffolk County", "Provinz Idlib", "Province
    de Québec"); a head written in lower case ("Idlib province") stays out."""
    start, end = m.start, m.end
    if _DOTTED.fullmatch(text, start, end) and end < len(text) and text[end] == ".":
        end += 1
    else:
        after = _HEAD_AFTER.match(text, end, s.end)
        if after and folded[after.start(1) : after.end(1)] in _PLACE_HEADS:
            end = after.end(1)
        elif (facility := _FACILITY_AFTER.match(text, end, s.end)) and folded[facility.start(2) : facility.end(2)] in _FACILITY_HEADS:
            end = facility.end(2)
    before = _head_before().search(folded, max(s.start, start - 30), start)
    if before:
        b = start - len(before.group(1))
        if text[b].isupper():
            start = b
    return start, end


# Capitalised words that are not place names however GeoNames spells its villages.
_COMMON = frozenset(_all("common"))
_TITLES = frozenset(_all("titles"))
_PARTICLES = frozenset(_all("particles"))
_COMMON_OR_PARTICLES = _COMMON | _PARTICLES  # built once, not for every pair of words


def _is_cap(t: Word) -> bool:
    return _cap_char(t.text[0])


@cache
def _cap_char(c: str) -> bool:
    """A word starting with ``c`` counts as capitalised: an upper-case letter, no letter
    at all, or a letter of a script without case (asked once per character)."""
    return c.isupper() or not c.isalpha() or unicodedata.category(c) == "Lo"


def _joins(text: str, toks: Sequence[Word]) -> list[bool]:
    """Per token, whether it joins the next (:func:`geo.text.joinable`; the last joins none),
    the one-character gap (most often a space) read here as ``joinable`` reads it."""
    out = []
    for a, b in zip(toks, toks[1:]):
        e = a.end
        if b.start - e == 1:
            c = text[e]
            out.append(c.isspace() or c in "'\u2019-")  # (what joinable reads: a space, an apostrophe, a hyphen)
        else:
            out.append(joinable(text, a, b))
    out.append(False)
    return out


class _Tokens:
    """What the name scan asks of a sentence's tokens, computed once per sentence: each
    token's key and folded form, whether it is capitalised, a particle, a common word or
    one letter, and whether it joins the next token."""

    __slots__ = ("text", "toks", "lang", "keys", "folded", "cap", "one", "part", "possessive", "elided", "common", "join", "chain",
                 "_next_one", "_next_loose", "_next_named", "_moving")

    def __init__(self, text: str, toks: Sequence[Word], lang: str = "en"):
        self.text, self.toks, self.lang = text, toks, lang
        n = len(toks)
        texts = [t.text for t in toks]
        self.keys = list(map(token_key, texts))
        self.folded = folded = [t.key for t in toks]
        self.cap = cap = list(map(_cap_char, [x[0] for x in texts]))  # (_is_cap, without a call for each token)
        # the "s" of a possessive inside a name ("People's") is no one-letter word but a particle
        # (the lists below read it only in a sentence that has an "s")
        self.possessive = possessive = [x == "s" and text[t.start - 1 : t.start] in _APOSTROPHES for x, t in zip(texts, toks)] \
            if "s" in texts else [False] * n
        self.one = one = [len(x) == 1 for x in texts]
        # an elided article or preposition inside a name ("Côte d'Ivoire", "L'Aquila", "Costa
        # d'Avorio") is no one-letter word either: a particle joined to the next word
        self.elided = elided = [o and x.isalpha() and text[t.end : t.end + 1] in _APOSTROPHES and k + 1 < n and toks[k + 1].start == t.end + 1
                                for k, (o, x, t) in enumerate(zip(one, texts, toks))] if any(one) else [False] * n
        self.part = list(map(_PARTICLES.__contains__, folded))
        if any(possessive) or any(elided):
            self.one = [o and not p and not e for o, p, e in zip(one, possessive, elided, strict=True)]
            self.part = [f or p or e for f, p, e in zip(self.part, possessive, elided, strict=True)]
        self.common = list(map(_COMMON.__contains__, folded))
        self.join = _joins(text, toks)
        # chain[i]: how many tokens from i on are joined one to the next (runs start at i)
        self.chain = chain = [0] * (n + 1)
        # the first token at or after i that is one letter / neither capitalised nor a
        # particle / neither common nor a particle (n when none)
        self._next_one = next_one = [n] * (n + 1)
        self._next_loose = next_loose = [n] * (n + 1)
        self._next_named = next_named = [n] * (n + 1)
        self._moving: bool | None = None  # (asked only of a name between two markers: see marked_apart)
        one, part, common, join = self.one, self.part, self.common, self.join  # (read as locals in the loop)
        # (an elided letter is a particle to the name but no common word: "Abu l'Tal" is no run of common words only)
        for k in range(n - 1, -1, -1):
            chain[k] = 1 + (chain[k + 1] if join[k] else 0)
            next_one[k] = k if one[k] else next_one[k + 1]
            next_loose[k] = k if not (cap[k] or part[k]) else next_loose[k + 1]
            next_named[k] = k if not (common[k] or part[k]) or elided[k] else next_named[k + 1]

    def index_ok(self, i: int, n: int, nouns_capitalised: bool) -> bool:
        """Whether tokens i..i+n may be a GeoNames/Natural Earth name: no one-letter token,
        not ending on a particle, capitalised (particles aside), not only common words, not
        a person after a title, not part of a longer proper noun."""
        end = i + n
        if self._next_one[i] < end or (n > 1 and self.part[end - 1] and not self.cap[end - 1]):
            # (a name ends on no particle; one written with a capital is a word of the name: Carolina del Sur)
            return False
        if not self.cap[i] or self._next_loose[i + 1] < end or self._next_named[i] >= end:
            return False
        toks, folded, cap, join = self.toks, self.folded, self.cap, self.join
        if n == 1 and ((toks[i].text.isupper() and len(toks[i].text) <= 5) or len(toks[i].text) < 3 or self.common[i]):
            return False  # an acronym (SANA, AMLO): an organisation or a person, not a town
        if n > 1 and i == 0 and word_zipf(folded[0]) >= 5.5:
            return False  # a sentence's first word ("In Britain", "Read More") is not part of a name
        if i > 0 and folded[i - 1] in _TITLES:
            return False
        if n == 1 and folded[i] in _TITLES and self.text[toks[i].end : toks[i].end + 1] == ".":
            return False  # a title abbreviated ("Sens. Jo Smith and ..."), not the town of that name
        if nouns_capitalised:
            # where every noun is capitalised (German) a capitalised neighbour says nothing,
            # and a compass noun ("in den Norden") is a direction, not the town of that name
            return not (n == 1 and folded[i] in _compass(self.lang))
        last = len(toks)
        # a name that goes on with more capitalised words is a longer proper noun (a person,
        # an organisation) unless the index knows the longer name; a number after it is no word
        # of the name ("arrivate dal Libano 300 persone": the subject after the verb)
        if end < last and cap[end] and join[end - 1] and not self.common[end] and folded[end] not in _NAME_HEADS \
                and not toks[end].text[:1].isdigit():
            return False
        # ... or goes on with a particle and a capitalised word: Qasr al-Hayr, not Qasr (a
        # possessive "s" ends the name: "Java's President"), unless the particle is a marker
        # of where a move starts and another marker stands before the name ("arrivati a Roma da X")
        if end + 1 < last and self.part[end] and not self.possessive[end] and not self.elided[end] and cap[end + 1] and join[end - 1] \
                and join[end] \
                and not self.marked_apart(i, end):
            return False
        if (
            i > 0 and cap[i - 1] and join[i - 1] and not (self.common[i - 1] or self.part[i - 1] or folded[i - 1] in _ONE_WORD_HEADS)
            and not (i == 1 and max(word_zipf(folded[0]), word_zipf(folded[0], self.lang)) >= 4.5)
            # "In Charleston", "Il Texas": a sentence's first word
        ):
            return False
        return True


    def marked_apart(self, i: int, end: int) -> bool:
        """Whether the words i..end are a name of their own, not the first part of a longer one
        with the particle after them ("Roma da X" is no name): a marker of where a move ends or
        starts or of where it is stands before them ("a", "in", "para", "à"), the particle after
        them is a marker of where a move starts ("da", "de", "du") — or a marker of where it starts
        before them and one of where it ends after them ("de X al Y") — and a verb of motion is in the
        sentence (rule ``name_between_markers``). "Leonardo da Vinci", "Lula da Silva" have no
        marker before them; "Santiago de Compostela", known whole, is matched first."""
        folded = self.folded
        if i == 0:
            return False
        # ... or, the other way round, a marker of where it starts before them and one of where it
        # ends after them ("volvieron de Kiev al Donbás", "tornati da Kiev al Donbass")
        if not (folded[end] in _source_markers(self.lang) and folded[i - 1] in _place_markers(self.lang)) \
                and not (folded[end] in _goal_markers(self.lang) and folded[i - 1] in _source_markers(self.lang)):
            return False
        if self._moving is None:
            lex = load(self.lang)
            self._moving = any(_moves(w, lex) for w in self.toks)
        return self._moving

    def lower_area(self, i: int, n: int, key: str, index: NameIndex) -> bool:
        """Whether tokens i..i+n, capitalised first, with a word in lower case, are the name
        of a country, continent or region written so ("Amérique latine", "Union européenne",
        "Arabie saoudite"): looked up whole, never in part."""
        if n < 2 or not self.cap[i] or self._next_one[i] < i + n or self._next_loose[i + 1] >= i + n or self.part[i]:
            return False  # (all capitalised: index_ok's to answer; an article first, "Le bus", is no such name)
        if key not in index.area_keys():
            return False  # (asked first: most runs are no area's name)
        lower = [k for k in range(i + 1, i + n) if not (self.cap[k] or self.part[k])]
        return not any(self.folded[k] in _PLACE_HEADS for k in lower)


# Water by name: a short name (the Rhine, le Dniepr, am Rhein) is water only where the words
# around it say so, and never when they do not and the name is also a town or a country.
# A water noun or a verb of crossing, a bank, "along" say it whatever else the name means:
_WATER_STRONG_BEFORE = re.compile(
    rf"(?:^|[\s(])(?:{alternation([*_all('water_nouns'), *_all('water_words')])}|"
    + "|".join(
        rf"{alternation(t['water_before'])}\s+(?:{alternation(t['water_sides'])}\s+)?{alternation(t['water_determiners'])}"
        for t in (table(lang, "names") for lang in SUPPORTED_LANGS) if t["water_before"]
    )
    + r")\s*$"
)
_WATER_STRONG_AFTER = re.compile(rf"^[\s-]+{alternation(_all('water_after'))}\b")
# A name made of a capitalised word and "of" ends here: "the Republic of the Congo".
_LONGER_NAME = re.compile(rf"[A-Z][\w'-]+\s+{alternation(_all('longer_name_of'))}(?:\s+{alternation(_all('longer_name_articles'))})?\s*$")
# ... a definite article says it against a town of that name (towns take none), and in
# English against a state or province too ("the Mississippi"); never against a country
# ("au Niger", "the Gambia").
_WATER_ARTICLE_BEFORE = re.compile(rf"(?:^|[\s(]){alternation(_all('water_articles'))}\s*$")


@cache
def _own_water_article(lang: str) -> re.Pattern[str]:
    """The articles before a water name that only ``lang`` reads so ("en Méditerranée")."""
    return re.compile(rf"(?:^|\s){alternation(table(lang, 'names')['own_water_articles'])}\s*$")


def _water_entries(text: str, folded: str, toks: Sequence[Word], i: int, n: int, entries: list[NameEntry], gaz: ArticleResolver,
                   index: NameIndex | None, lang: str | None, lo: int, hi: int) -> list[NameEntry]:
    """``entries`` without the water places whose short name the words around do not make water
    (the words of the sentence ``text[lo:hi]``)."""
    from geo.gazetteer import WATER_KINDS, short_water_name

    start, end = toks[i].start, toks[i + n - 1].end
    written = text[start:end]
    water = [e for e in entries if gaz.places[e.place_id].kind in WATER_KINDS and short_water_name(gaz.places[e.place_id], written)]
    if not water:
        return entries
    before = folded[max(lo, start - 40) : start]
    after = folded[end : min(hi, end + 12)]
    keep = bool(_WATER_STRONG_BEFORE.search(before) or _WATER_STRONG_AFTER.match(after))
    longer = _LONGER_NAME.search(text, lo, start)
    article = _WATER_ARTICLE_BEFORE.search(before) or (lang is not None and _own_water_article(lang).search(before))
    if not keep and not longer and article:  # not "the Republic of the Congo"
        others = [gaz.places[e.place_id].kind for e in entries if e not in water]
        cands = index.lookup(name_key(written)) if index is not None else ()
        # a country by any of its names ("le Congo": the country, not the river)
        sources = {c.source for c in cands if c.own or c.source == "country"} | {"country" if k == "country" else "geonames" for k in others}
        keep = "country" not in sources and (table(lang or "en", "names")["article_beats_region"] or "region" not in sources)
    return entries if keep else [e for e in entries if e not in water]


#: a capitalised word after a name that makes it a place, not part of a longer proper noun
#: ("Mbera Camp", "Kandahar Province", "Wayne County")
_PLACE_HEADS = frozenset(_all("place_heads"))
#: a building or site people are taken to or held in, or a place noun, of any language
#: (``[constructions] facility_nouns``, ``[grammar] place_nouns``), but no dwelling
#: (``dwelling_nouns``: a house is named after its people) nor a particle ("Tal"): in capitals after a name it heads
#: the name of a facility in the town named ("Frankfurt Airport", "Colchester General Hospital")
_FACILITY_HEADS = frozenset(w for w in words_of_all("constructions", "facility_nouns") + words_of_all("grammar", "place_nouns")
                            if " " not in w) - frozenset(words_of_all("constructions", "dwelling_nouns")) - _PARTICLES
#: the heads that end a name where a capitalised word follows it
_NAME_HEADS = _PLACE_HEADS | _FACILITY_HEADS
#: a one-word head noun before a name ("Provincie Utrecht"): the name is no longer proper noun's end
_ONE_WORD_HEADS = frozenset(w for w in _all("name_heads_before") if " " not in w and not w.endswith("'"))


@cache
def _compass(lang: str) -> frozenset[str]:
    """The language's one-word compass words (Norden, Süden, Osten ...)."""
    return frozenset(p[0] for p in load(lang).directions if len(p) == 1)


def _scan(text: str, folded: str, toks: Sequence[Word], gaz: ArticleResolver, nouns_capitalised: bool = False, lang: str | None = None,
          lo: int = 0, hi: int | None = None, dateline: int = 0) -> list[_ScanHit]:
    """Longest-first matches of runs of a sentence's words ``toks``: (first, last+1, curated
    entries, index candidates). ``text`` is the article, ``folded`` the Document's folded
    text, ``text[lo:hi]`` the sentence (the words around a name are read inside it);
    ``dateline``: how many words in capitals open the sentence where a dateline may stand
    (:func:`_dateline_words`), read as one name first.

    At each length the curated names come first; the index (GeoNames, Natural Earth) is
    consulted only when the ArticleResolver has one, for capitalised runs, and its exact keys before
    the consonant skeletons. Token keys are computed once per sentence and a run's key is
    its tokens' keys joined (what :func:`geo.text.name_key` gives for the run)."""
    found: list[_ScanHit] = []
    hi = len(text) if hi is None else hi
    i = 0
    index = gaz.index
    t = _Tokens(text, toks, lang or "en")
    keys, chain, prefixes = t.keys, t.chain, gaz.key_prefixes
    longest = max(gaz.max_tokens, _INDEX_TOKENS)
    area_keys = index.area_keys() if index is not None else frozenset()  # (what lower_area asks first)
    dated = _dateline_hit(keys, dateline, gaz) if dateline else None
    if dated is not None:
        found.append(dated)
        i = dated.stop
    while (i := _next_start(i, keys, t.cap, prefixes)) < len(toks):
        hit: _ScanHit | None = None
        if index is not None and "A" <= text[toks[i].start] <= "Z":  # (what _initialism_hit asks first)
            initialism = _initialism_hit(text, folded, toks, i, index)
            if initialism is not None:
                found.append(initialism)
                i = initialism.stop
                continue
        top = min(longest, len(toks) - i, chain[i])
        # the key of each run i..i+n, built once from the tokens' keys
        run_keys = [""]
        for k in range(i, i + top):
            run_keys.append(run_keys[-1] + keys[k])
        has_one = t._next_one[i]
        # no curated name goes on past the first run key that none starts with
        curated = 1
        while curated <= top and run_keys[curated] in prefixes:
            curated += 1
        # ... and the index takes only runs that start with a capital
        capital = index is not None and t.cap[i]
        loose = t._next_loose[i + 1] - i  # a longer run has a lower-case word: index_ok says no, lower_area reads only those
        for n in range(top, 0, -1):
            key = run_keys[n]
            entries = gaz.lookup_key(key) if n < curated else []
            if entries and n > 1:
                entries = _whole_run_entries(entries, n, has_one < i + n)
            if entries:
                entries = _water_entries(text, folded, toks, i, n, entries, gaz, index, lang, lo, hi)
            if entries:
                # ("Syriens" in German is Syria's genitive, not the French demonym)
                hit = (n == 1 and capital and lang is not None and all(e.form != "name" and e.lang != lang for e in entries)
                       and _genitive_hit(key, i, gaz, lang)) or _ScanHit(i, i + n, entries, ())
                break
            # (lower_area says no to a run with a one-letter word or whose key is no area's: asked here
            # first, without the call, for the many runs it would turn away)
            if capital and index is not None and (t.index_ok(i, n, nouns_capitalised) if n <= loose
                                                  else has_one >= i + n and key in area_keys and t.lower_area(i, n, key, index)):
                # a country's demonym (Canadian, Nigerian) before any town of that name
                cands = index.lookup("~" + key) or index.lookup(key)
                if cands:
                    # ("Malis": Mali's genitive before a village that has it for another name)
                    small = n == 1 and all(c.source == "geonames" and c.population < _GENITIVE_TOWN for c in cands)
                    hit = (small and lang is not None and _genitive_hit(key, i, gaz, lang)) or _ScanHit(i, i + n, [], cands)
                    break
        if hit is None and capital and index is not None:
            hit = _skeleton_hit(text, toks, t, i, top, loose, index, nouns_capitalised, lang)
        if hit is None and capital and index is not None and lang is not None:
            hit = _genitive_hit(keys[i], i, gaz, lang) or _town_adjective_hit(t, i, gaz, lang)
        if hit:
            found.append(hit)
            i = hit.stop
        else:
            i += 1
    return found


def _skeleton_hit(text: str, toks: Sequence[Word], t: _Tokens, i: int, top: int, loose: int, index: NameIndex,
                  nouns_capitalised: bool, lang: str | None) -> _ScanHit | None:
    """Transliteration variants (Dayr az Zawr, Deir Ezzor): consonant skeletons of multi-word
    runs from token ``i``, only once no exact name matched there — not from a sentence's first
    word when it is one of the language's commonest, an article ("Il Messico" is no
    transliteration of anything), nor from a region noun ("Oblast Kiew")."""
    first_common = i == 0 and lang is not None and word_zipf(t.folded[0], lang) >= 5.5
    for n in range(top, 1, -1):
        if n <= loose and not first_common and t.folded[i] not in _ONE_WORD_HEADS and t.index_ok(i, n, nouns_capitalised):
            sk = skeleton_key(text[toks[i].start : toks[i + n - 1].end])
            cands = index.lookup(sk, fuzzy=True) if len(sk) >= 4 else ()
            if cands:
                return _ScanHit(i, i + n, [], cands)
    return None


#: the fewest people a town read through a genitive ending needs ("der Bürgermeister Kiews")
_GENITIVE_TOWN = 500_000


def _genitive_hit(key: str, i: int, gaz: ArticleResolver, lang: str) -> _ScanHit | None:
    """A capitalised word no name matched that is a country's, a region's or a big city's name
    with a genitive ending (``[names] genitive_endings``: "im Norden Syriens", "die Hauptstadt
    Malis"): the place, the whole word its mention. Only those: a shorter word is too easily
    some village."""
    for end in table(lang, "names")["genitive_endings"]:
        if len(key) - len(end) < 4 or not key.endswith(end):
            continue
        stem = key[: -len(end)]
        entries = gaz.lookup_key(stem)
        if entries:
            return _ScanHit(i, i + 1, entries, ())
        cands = tuple(c for c in gaz.index.lookup(stem) if c.source in ("country", "region")
                      or (c.own and c.population >= _GENITIVE_TOWN)) if gaz.index is not None else ()
        if cands:
            return _ScanHit(i, i + 1, [], cands)
    return None


#: the fewest people a town read through its adjective needs ("Frankfurter Flughafen")
_ADJECTIVE_TOWN = 20_000


def _town_adjective_hit(t: _Tokens, i: int, gaz: ArticleResolver, lang: str) -> _ScanHit | None:
    """A capitalised word no name matched that is a town's adjective (``[names]
    town_adjective_endings``) right before a facility noun ("Frankfurter Flughafen", "Bremer
    Hafen"): the town (curated, else the index's of :data:`_ADJECTIVE_TOWN` people), the word its mention."""
    if i + 1 >= len(t.folded) or t.folded[i + 1] not in _FACILITY_HEADS:
        return None
    key = t.keys[i]
    for rule in table(lang, "names")["town_adjective_endings"]:
        end, _, new = rule.partition(">")
        if len(key) - len(end) < 3 or not key.endswith(end):
            continue
        stem = key[: -len(end)] + new
        entries = gaz.lookup_key(stem)
        if entries:
            return _ScanHit(i, i + 1, entries, ())
        cands = tuple(c for c in gaz.index.lookup(stem) if c.source == "geonames" and c.population >= _ADJECTIVE_TOWN) \
            if gaz.index is not None else ()
        if cands:
            return _ScanHit(i, i + 1, [], cands)
    return None


def _next_start(i: int, keys: Sequence[str], cap: Sequence[bool], prefixes: set[str]) -> int:
    """The first token at or after ``i`` where :func:`_scan` may find a name: a capitalised one
    (the index, initialisms and transliterations take only runs that start with a capital) or
    one a curated name's key starts with; ``len(keys)`` when there is none."""
    n = len(keys)
    while i < n and not cap[i] and keys[i] not in prefixes:
        i += 1
    return i


def _whole_run_entries(entries: list[NameEntry], n: int, has_one: bool) -> list[NameEntry]:
    """Of the curated entries a run of ``n`` words (``has_one``: one of them a single letter)
    matched by its joined key, those the run may be: a one-letter token (a, y, e, l', d') joins a
    name only where the name has it; an adjective is one word as written ("Síria no" is no "siriano")."""
    return [e for e in entries if e.ntokens == n or not has_one and e.form == "name"]


#: the most words an index name is looked up with ("Democratic People's Republic of Korea": 6)
_INDEX_TOKENS = 6
#: the apostrophes of a possessive inside a name
_APOSTROPHES = ("'", "\u2019")


#: how many paragraphs' openings may hold a dateline (a title, then the first body paragraph)
_DATELINE_PARAGRAPHS = 2


def _dateline_words(doc: Document, s: Sentence) -> int:
    """How many words written in capitals (two letters or more each, four in all) open
    sentence ``s`` when it opens one of the article's first paragraphs and words not all in
    capitals follow: where a dateline names its place ("CAIRO - ...", "NEW DELHI Officials
    said ..."), which the scan reads as one name whatever the acronym and longer-name rules say."""
    if s.paragraph >= _DATELINE_PARAGRAPHS or (s.index > 0 and doc.sentences[s.index - 1].paragraph == s.paragraph):
        return 0
    words = doc.words_of(s.index)
    n = 0
    while n < len(words) and len(words[n].text) >= 2 and words[n].text.isalpha() and words[n].text.isupper():
        n += 1
    if n == len(words) or sum(len(w.text) for w in words[:n]) < 4:
        return 0
    return n


def _is_dateline(doc: Document, s: Sentence, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is the dateline of the article: the words in
    capitals that open sentence ``s`` (:func:`_dateline_words`), all of them."""
    n = _dateline_words(doc, s)
    words = doc.words_of(s.index) if n else ()
    return bool(n) and words[0].start == start and words[n - 1].end == end


def _dateline_hit(keys: Sequence[str], n: int, gaz: ArticleResolver) -> _ScanHit | None:
    """The curated place, else the index's candidates, named by the first ``n`` words (their
    ``keys``) as one name."""
    key = "".join(keys[:n])
    entries = gaz.lookup_key(key)
    if entries:
        return _ScanHit(0, n, entries, ())
    cands = gaz.index.lookup(key) if gaz.index is not None else ()
    return _ScanHit(0, n, [], cands) if cands else None


# An initialism written in capitals, with or without dots: US, U.S., UK, UAE, DRC.
_INITIALISM = re.compile(r"(?:[A-Z]\.){2,4}|[A-Z]{2,4}\b(?!\.[A-Z])")


def _initialism_hit(text: str, folded: str, toks: Sequence[Word], i: int, index: NameIndex) -> _ScanHit | None:
    """The country an initialism starting at token ``i`` names ("US", "U.K."), if any: it
    starts with a capital A-Z (no other token is tried); two letters are most often something
    else (N.C., SK), so only the most populous countries' count (US, UK)."""
    m = _INITIALISM.match(text, toks[i].start) if "A" <= text[toks[i].start] <= "Z" else None
    if not m:
        return None
    n = 1 + sum(1 for t_ in toks[i + 1 :] if t_.end <= m.end() and t_.start >= toks[i].end)
    cands = initialism_candidates(index, folded[m.start() : m.end()].replace(".", ""))  # capitals A-Z: folded is lower case
    return _ScanHit(i, i + n, [], cands) if cands else None


#: a place named by two capitals is one of this many people (US, UK): two letters are most often something else
TWO_LETTER_POPULATION = 60_000_000


def initialism_candidates(index: NameIndex, letters: str) -> tuple[Candidate, ...]:
    """The index's candidates an initialism names (``letters`` folded, without its stops: "us",
    "uk", "drc"), two letters only for the most populous (:data:`TWO_LETTER_POPULATION`)."""
    cands = index.lookup("=" + letters)
    return tuple(c for c in cands if c.population >= TWO_LETTER_POPULATION) if len(letters) == 2 else cands


def word_zipf(word: str, lang: str = "en") -> float:
    """How frequent a word is in ``lang`` (Zipf scale: 6 = once per thousand words, 3 = once
    per million), wordfreq's figure at or above ``ZIPF_FLOOR`` (3.0, which no threshold here
    goes below), else 0, from a table derived from ``wordfreq`` (:mod:`geo.text.frequency`).

    >>> word_zipf("maybe") > 5 > word_zipf("aleppo")
    True
    """
    return frequency.zipf(word, lang)


# Words right before a name that make it a place (a locative preposition, "the town of").
_EVIDENCE_BEFORE = re.compile(
    rf"(?:^|\s)(?:{alternation(_all('evidence'))}|{alternation(_all('evidence_heads'))}\s+{alternation(_all('evidence_of'))})\s*$"
)
# ... or a facility noun and "of" ("l'hôpital de Kalamata", "el campo de X"), or with no "of" where
# every noun is written in capitals ("Flughafen Frankfurt", "das Lager X"; not "Colorado State University"):
# the name is where the facility stands
_FACILITY_HEAD_BEFORE = rf"(?:^|[\s'’])(?:{alternation(_FACILITY_HEADS)})\s+"
_FACILITY_OF = then_space(_all('evidence_of'), '')
_FACILITY_BEFORE = re.compile(rf"{_FACILITY_HEAD_BEFORE}{_FACILITY_OF}\s*$")
_FACILITY_AFTER_NAME = re.compile(rf"[ \t-]+{alternation(_FACILITY_HEADS)}\b")
# ... or joined to it by a hyphen, a compound ("Kalamata-Krankenhaus"): the name is where it stands
_FACILITY_COMPOUND = re.compile(rf"-{alternation(_FACILITY_HEADS)}\b")
_FACILITY_JUST_BEFORE = re.compile(rf"{_FACILITY_HEAD_BEFORE}$")
#: either of the two above (a facility noun before the name, "of" after it or not), in one search:
#: what :func:`_facility_named` asks, of the last :data:`_FACILITY_WORDS` runs of words before the name
_FACILITY_BEFORE_AT_ALL = re.compile(rf"{_FACILITY_HEAD_BEFORE}(?:{_FACILITY_OF}\s*)?$")
#: the most words a match of :data:`_FACILITY_BEFORE_AT_ALL` spans: a head noun (one word) and its "of"
_FACILITY_WORDS = max(len(w.split()) for w in _FACILITY_HEADS) + max(len(p.split()) for p in _all("evidence_of"))
# "aus Konstanz und Sigmaringen", "from Mosul, Tikrit and X": a name joined by "and" (or a comma)
# to one the words place is placed too
_EVIDENCE_THEN_AND = re.compile(
    rf"(?:^|\s)(?:{alternation(_all('evidence'))}|{alternation(_all('evidence_heads'))}\s+{alternation(_all('evidence_of'))})"
    rf"(?:\s+[^\s,;.]+){{1,2}}(?:\s*,(?:\s+[^\s,;.]+){{1,2}})*\s*(?:,|\s{alternation(_all('and'))})\s*$"
)
#: how far back (characters) a list of names may reach to the word that places its first name
_LIST_REACH = 160


def _marked_after_motion(doc: Document, sentence: int, start: int) -> bool:
    """Whether the name at ``start`` follows a marker that follows a verb of motion ("sont
    partis de Lyon", "kamen aus Essen", "fuggiti da Roma"): the marker, ambiguous alone
    ("de" is also "of"), names where the move starts or ends."""
    words = doc.words_of(sentence)
    k = bisect_left(words, start, key=lambda w: w.start)
    if k < 2:
        return False
    lex = load(doc.lang or "en")
    if words[k - 1].key not in lex.markers_flat:
        return False
    j = k - 2
    if words[j].key in lex.vehicle_nouns or words[j].key in lex.travel_ways or (j > 0 and f"{words[j - 1].key} {words[j].key}" in lex.travel_ways):
        # how they went, between the verb and the marker: "arrivati a piedi da X", "fuggiti in auto da X"
        return any(_moves(words[x], lex) for x in range(max(0, j - _MEANS_WORDS), j))
    return _moves(words[j], lex)


#: how many words a phrase of the means of travel may take before its vehicle or way ("in einem alten Bus")
_MEANS_WORDS = 4


#: how many words after a name a clause-final verb may stand ("haben Isjum am Freitag verlassen")
_VERB_LAST_REACH = 5


def _object_of_motion(doc: Document, sentence: int, start: int, end: int) -> bool:
    """Whether the name at ``start``..``end`` is the direct object of a verb of motion whose
    object is a place (``[motion]`` entries with an object role: "left Izium", "ont quitté
    Kherson", "abandonaron Adré"; where the verb may close its clause, a verb within
    :data:`_VERB_LAST_REACH` words after it in the same clause too: "haben Isjum am Freitag
    verlassen")."""
    words = doc.words_of(sentence)
    k = bisect_left(words, start, key=lambda w: w.start)
    lex = load(doc.lang or "en")
    near = [words[k - 1]] if k > 0 else []
    if lex.object_before_verb:
        after = bisect_left(words, end, key=lambda w: w.start)
        for j in range(after, min(after + _VERB_LAST_REACH, len(words))):
            if "," in doc.text[words[j - 1].end if j > after else end : words[j].start]:
                break
            near.append(words[j])
    return any(p.kind == "motion" and p.object != "none" for w in near for key in (w.lemma, w.key) for p in lex.predicates.get(key, ()))


def _moves(w: Word, lex: Lexicon) -> bool:
    """Whether ``w`` (by lemma or folded form) is a motion predicate or a multi-word one's first word."""
    return any(p.kind == "motion" for key in (w.lemma, w.key) for p in lex.predicates.get(key, ()))


@cache
def _one_word_markers(lang: str, roles: tuple[str, ...]) -> frozenset[str]:
    """The one-word ``[markers]`` of ``roles`` in ``lang``."""
    lex = load(lang)
    return frozenset(ph[0] for role in roles for ph in lex.markers[role] if len(ph) == 1)


def _move_markers(lang: str, weak: bool) -> frozenset[str]:
    """The one-word markers of where a move starts or ends (``[markers] source``, ``goal``; with
    ``weak`` also ``weak_source``, ``weak_goal``) of ``lang``."""
    return _one_word_markers(lang, ("source", "goal", "weak_source", "weak_goal") if weak else ("source", "goal"))


#: how many words the name before "da"/"de" may have in :func:`_after_marked_name`
_MARKED_NAME_WORDS = 4


def _after_marked_name(doc: Document, sentence: int, start: int) -> bool:
    """Whether the name at ``start`` follows a marker of where a move starts that follows a
    name with a marker before it, in a sentence with a verb of motion ("arrivati a Roma da X",
    "llegaron a Madrid de X": X is where the move starts; rule ``name_between_markers``, the
    other side of :meth:`_Tokens.marked_apart`)."""
    words = doc.words_of(sentence)
    k = bisect_left(words, start, key=lambda w: w.start)
    lang = doc.lang or "en"
    if k < 3 or words[k - 1].key not in _source_markers(lang) or not _cap_char(words[k - 2].text[0]):
        return False
    j = k - 2
    while j > 0 and k - 1 - j < _MARKED_NAME_WORDS and _cap_char(words[j].text[0]) and words[j - 1].key not in _place_markers(lang):
        j -= 1
    if j == 0 or words[j - 1].key not in _place_markers(lang) or not _cap_char(words[j].text[0]):
        return False
    lex = load(lang)
    return any(_moves(w, lex) for w in words)


def _source_markers(lang: str) -> frozenset[str]:
    """The one-word markers of where a move starts (``[markers] source``, ``weak_source``) of ``lang``."""
    return _one_word_markers(lang, ("source", "weak_source"))


def _goal_markers(lang: str) -> frozenset[str]:
    """The one-word markers of where a move ends (``[markers] goal``, ``weak_goal``) of ``lang``."""
    return _one_word_markers(lang, ("goal", "weak_goal"))


def _place_markers(lang: str) -> frozenset[str]:
    """The one-word markers of where a move ends or where something is (``[markers]`` ``goal``,
    ``weak_goal``, ``location``) and the strong ones of where it starts (``source``: not the
    weak "de", "da", "di", also "of": "la famiglia di Lula da Silva") of ``lang``. (Measured:
    with the weak ones too, dev-corpus, GeoWebNews and GeoVirus the same, dev-val's TOTAL the
    same and one more of its pins, in gold; left out for the persons' names they would place.)"""
    return _one_word_markers(lang, ("source", "goal", "weak_goal", "location"))


def _marker_in_motion(doc: Document, sentence: int, start: int, strong: bool) -> bool:
    """Whether the name at ``start`` follows a one-word marker of where a move starts or ends
    (``[markers] source`` or ``goal``: "von", "from", "vers", "hacia"; with ``strong`` False
    the weak ones too, "da", "de", "a") in a sentence with a verb of motion ("Von Lwiw reisten
    sie weiter", "reisten mit dem Zug von Charkiw nach Polen", "Da Leopoli, i profughi hanno
    proseguito")."""
    words = doc.words_of(sentence)
    k = bisect_left(words, start, key=lambda w: w.start)
    if k < 1:
        return False
    lang = doc.lang or "en"
    lex = load(lang)
    return words[k - 1].key in _move_markers(lang, not strong) and any(_moves(w, lex) for w in words)


# ", Va." / ", Oregon" / ", CA" / ", Nigeria": a qualifier after a name.
_QUALIFIER = re.compile(r"^,\s*((?:[A-Z]\.){2,3}|(?:[A-Z][a-z]*\.)|[A-Z]{2}\b|[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)")


def _qualifiers(text: str, folded: str, end: int, hi: int, index: NameIndex | None, countries: frozenset[str] = frozenset()) -> set[tuple[str, str]]:
    """The (country, region) pairs a qualifier after a name allows: "Vienna, Va." ->
    {("US", "VA")}, "Tours, France" -> {("FR", "")}; empty when there is none. In a chain of
    containers ("Stroud, Ontario, Canada", "Guildford, Surrey, UK": :func:`_container_chain`)
    the country at its end bounds both: the pairs of the middle item in that country, else
    the country alone.

    An abbreviation with a period is matched against the regions of the story's
    ``countries`` and of the United States (the convention of the American press). The name
    ends at ``end`` in a sentence that ends at ``hi``."""
    m = _QUALIFIER.match(text[end:hi])
    if not m or index is None:
        return set()
    chain = _container_chain(text, folded, end, m, hi, index)
    if chain:
        inner = _one_qualifier(text, folded, end, m, index, countries)
        return {q for q in inner if q[0] == chain} or {(chain, "")}
    return _one_qualifier(text, folded, end, m, index, countries)


def _container_chain(text: str, folded: str, end: int, m: re.Match, hi: int, index: NameIndex) -> str:
    """The country (ISO-2) that ends a chain of containers after a name: "X, Surrey, UK",
    "X, Ontario, Canada" — a middle item that is no country, then a country, then no further
    item of a list (a comma or an "and" and a capital: "Saipan, Guam, Alaska", "Laos,
    Cambodia, Thailand and Burma" stay lists). Empty when the words after the name are not
    such a chain."""
    rest = text[end + m.end() : hi]
    nxt = _QUALIFIER.match(rest)
    if not nxt or _is_country(m.group(1), index):
        return ""
    after = rest[nxt.end() :]
    if after.startswith(",") and after[1:].lstrip()[:1].isupper():
        return ""
    low = folded[end + m.end() + nxt.end() : hi].lstrip()  # the same words, folded (aligned with the text)
    first = low.partition(" ")[0]
    # (a coordinator of any language continues a list, whatever the article's)
    if first in words_of_all("grammar", "coordinators") and after.lstrip()[len(first) + 1 :][:1].isupper():
        return ""
    return _is_country(nxt.group(1), index)


def _qualifier_candidates(q: str, index: NameIndex) -> tuple[Candidate, ...]:
    """The index's candidates for a qualifier as written: by its name, and, in capitals ("UK",
    "DRC"), by its capitals too."""
    key = name_key(q)
    return tuple(index.lookup(key)) + (tuple(index.lookup("=" + key)) if q.isupper() else ())


def _is_country(q: str, index: NameIndex) -> str:
    """The ISO-2 code of the country ``q`` names (a name, or capitals: "UK"), else ""."""
    return next((c.country for c in _qualifier_candidates(q, index) if c.source == "country"), "")


def _one_qualifier(text: str, folded: str, end: int, m: re.Match, index: NameIndex, countries: frozenset[str]) -> set[tuple[str, str]]:
    """The (country, region) pairs of the one qualifier ``m`` matched after a name."""
    q = m.group(1)
    qa = end + m.start(1)  # where q starts in the text
    out: set[tuple[str, str]] = set()
    if q.endswith("."):  # an abbreviation: letters in order, from the first one (Fla. -> Florida, N.C.)
        letters = folded[qa : qa + len(q) - 1].replace(".", "")
        if len(letters) >= 2:
            for c, name in _regions_by_initial(index, letters[0]):
                if c.country in countries | {"US"} and _subsequence(letters, name):
                    out.add((c.country, c.admin1))
        return out
    for c in _qualifier_candidates(q, index):
        if c.source == "country":
            out.add((c.country, ""))
        elif c.source == "region":
            out.add((c.country, c.admin1))
    if q.isupper() and len(q) == 2:  # a postal code: CA, VA
        for c, _ in _regions_by_initial(index, folded[qa]):
            if c.admin1 == q:
                out.add((c.country, c.admin1))
    return out


def _qualifier_listed(text: str, folded: str, end: int, hi: int, lex: Lexicon, index: NameIndex | None = None) -> bool:
    """Whether the "qualifier" after a name is the next item of a list ("Saipan, Guam,
    Alaska", "Copenhagen, Hamburg and Mannheim"): another capitalised item follows it after
    a comma or a coordinator of the language. A chain of containers ("Guildford, Surrey, UK")
    reads the same but is no list when a country ends it (:func:`_container_chain`). So do two capitals that begin a longer name
    ("Kinshasa, DR Congo"): the qualifier read is not the one written."""
    m = _QUALIFIER.match(text[end:hi])
    if not m or (index is not None and _container_chain(text, folded, end, m, hi, index)):
        return False
    rest = text[end + m.end() : hi]
    stripped = rest.lstrip()
    if rest.startswith(",") and stripped[1:].lstrip()[:1].isupper():
        return True
    if len(m.group(1)) == 2 and rest.startswith(" ") and stripped[:1].isupper():
        return True  # two capitals that begin a longer name ("Kinshasa, DR Congo"): no postal code
    low = folded[hi - len(stripped) : hi]
    return any(low.startswith(c + " ") and stripped[len(c) + 1 :].lstrip()[:1].isupper() for c in lex.coordinators)


def _subsequence(small: str, big: str) -> bool:
    it = iter(big)
    return all(ch in it for ch in small)


@lru_cache(maxsize=64)
def _regions_by_initial(index: NameIndex, letter: str) -> tuple[tuple[Candidate, str], ...]:
    """The index's big regions whose folded name starts with ``letter``, with that folded
    name (the gazetteer's names, folded here once; not the article's text)."""
    rows = _big_region_rows(index)
    from geo.gazetteer.index import Candidate

    named = ((r, fold(r[2])) for r in rows)
    return tuple(
        (Candidate(r[0], r[1], r[2], r[3], r[4], r[5], r[6], bool(r[7]), bool(r[8]), r[9] or ""), name)
        for r, name in named if name[:1] == letter
    )


@lru_cache(maxsize=4)
def _big_region_rows(index: NameIndex) -> list[tuple]:
    """The index's regions of more than 100,000 people, read once (a scan of the place
    table: ~5 ms), not once per initial letter."""
    rows: list[tuple] = index._db().execute(
        "SELECT source, ref, name, lon, lat, country, population, 0, 1, admin1 FROM place WHERE source = 'region' AND population > 100000"
    ).fetchall()
    return rows


def _surnames(doc: Document) -> set[str]:
    """Words the article uses as the last word of a longer capitalised name that is not a
    place ("John Kelly" ... "Kelly said"): alone, they stand for that person or body (read
    once per article: ``doc.derived(_surnames)``)."""
    out: set[str] = set()
    text = doc.text
    for s in doc.sentences:
        toks = doc.words_of(s.index)
        cap = list(map(_cap_char, [t.text[0] for t in toks]))  # (_is_cap of each word once)
        for j in range(1, len(toks)):
            x, y = toks[j], toks[j - 1]
            if (
                cap[j] and cap[j - 1] and x.text[0].isalpha() and y.text[:1].isalpha()
                and joinable(text, y, x) and text[y.end : x.start] == " "
                and y.key not in _COMMON_OR_PARTICLES and x.key not in _COMMON_OR_PARTICLES
                and not y.text.isupper() and len(y.text) > 1
                # "In Charleston", "Desde Leópolis": a sentence's first word, common in English or the article's language
                and not (j == 1 and max(word_zipf(y.key), word_zipf(y.key, doc.lang)) >= 4.5)
            ):
                out.add(x.key)
    return out


#: a first-level region noun after a name ("the Kiev region", "Kyiv Oblast"), read on the folded text
_REGION_AFTER = re.compile(rf"[ \t]+{alternation(_all('region_heads_after'))}\b")


def _region_named(folded: str, s: Sentence, start: int, end: int) -> bool:
    """Whether a region noun goes with the name at ``start:end`` of sentence ``s``: before it
    (``[names] name_heads_before``: "région de Kiev", "Oblast Kiew") or after it
    (``region_heads_after``: "the Kiev region")."""
    return bool(_head_before().search(folded, max(s.start, start - 30), start) or _REGION_AFTER.match(folded, end, s.end))


def _name(doc: Document, p: _Pending) -> Name:
    """The :class:`Name` the ranking reads for the pending name ``p``, with what its words say of it."""
    text, folded, s = doc.text, doc.folded, p.sentence
    return Name(s, p.start, p.end, p.candidates, p.duplicate, text[p.start : p.end], folded[p.start : p.end],
                _name_zipf(text[p.start : p.end], doc.lang or "en"), _region_named(folded, s, p.start, p.end),
                _is_dateline(doc, s, p.start, p.end), _facility_named(folded, s, p.start, p.end), _opens(doc, s, p.start))


def _opens(doc: Document, s: Sentence, start: int) -> bool:
    """Whether the name at ``start`` is the first word of sentence ``s``."""
    words = doc.words_of(s.index)
    return bool(words) and words[0].start == start


def _facility_named(folded: str, s: Sentence, start: int, end: int) -> bool:
    """Whether a facility noun heads the name at ``start:end`` of sentence ``s``: after it ("the X
    camp", "X Airport") or before it, "of" between or not ("le camp de X", "Lager X")."""
    before = folded[max(s.start, start - 40) : start]
    return bool(_FACILITY_AFTER_NAME.match(folded, end, s.end) or _FACILITY_BEFORE_AT_ALL.search(_last_runs(before, _FACILITY_WORDS)))


def resolve_candidates(
    doc: Document,
    pending: list[_Pending],
    found: list[_Found],
    gaz: ArticleResolver,
    surnames: frozenset[str] = frozenset(),
) -> tuple[list[_Found], list[Rejected]]:
    """Choose among index candidates by context (:func:`geo.gazetteer.ranking.rank`: the
    countries, regions and towns of the article's other places, qualifiers ("Vienna, Va."),
    how the name matched, population), and keep the chosen places with their confidence and
    runner-ups. Read here, from the words: a name's qualifier, whether a preposition before
    it places it, how frequent it is as a word, the article's surnames. Returns the chosen
    names and the names left unresolved, each with the reason a rejection gave."""
    from geo.gazetteer.dynamic import candidate_place

    text, folded, lang = doc.text, doc.folded, doc.lang or "en"
    names = [_with_namesake_regions(_name(doc, p), gaz.index) for p in pending]

    def iso2_of(p: Place) -> str | None:
        return p.properties.get("iso2") or (gaz.places[p.country].properties.get("iso2") if p.country and p.country in gaz.places else None)

    lex = load(lang)
    in_lists = _names_in_lists([(p.start, p.end) for p in pending] + [(f.match.start, f.match.end) for f in found], folded, lang)

    def placed(n: Name) -> bool:
        if (n.start, n.end) in in_lists:
            return True
        before = folded[max(n.sentence.start, n.start - 40) : n.start]
        after = text[n.end : min(n.sentence.end, n.end + 40)]
        # a list reaches further back than one name: "to A, B, C (X), D, E and F"
        listed_before = folded[max(n.sentence.start, n.start - _LIST_REACH) : n.start]
        return bool(_EVIDENCE_BEFORE.search(before) or _FACILITY_BEFORE.search(before) or _EVIDENCE_THEN_AND.search(listed_before)
                    or (lex.nouns_capitalised and _FACILITY_JUST_BEFORE.search(before)) or _QUALIFIER.match(after)
                    or _FACILITY_COMPOUND.match(folded, n.end, n.sentence.end)
                    or _marked_after_motion(doc, n.sentence.index, n.start) or _marker_in_motion(doc, n.sentence.index, n.start, strong=True)
                    or _after_marked_name(doc, n.sentence.index, n.start))

    def marked(n: Name) -> bool:
        return _marker_in_motion(doc, n.sentence.index, n.start, strong=False)

    def qualifiers(n: Name, countries: frozenset[str]) -> set[tuple[str, str]]:
        return _qualifiers(text, folded, n.end, n.sentence.end, gaz.index, countries)


    def listed(n: Name) -> bool:
        return _qualifier_listed(text, folded, n.end, n.sentence.end, lex, gaz.index)

    def object_of_motion(n: Name) -> bool:
        return _object_of_motion(doc, n.sentence.index, n.start, n.end)

    names = _short_forms(names)
    scene = Scene.of((gaz.places[f.match.place_id] for f in found), iso2_of, names)
    scene.implied = frozenset(implied_countries(doc, gaz.index))  # "soudanais", "sudanesi": the story's countries too
    if gaz.index is not None:  # how far a town lies from a country of the story (ranking.across_the_border)
        scene.border_distance = partial(distance_to_country, gaz.index)
    out: list[_Found] = []
    rejected: list[Rejected] = []
    name_count = gaz.index.name_count if gaz.index is not None else (lambda c: 0)
    namesakes = gaz.index.namesake_regions if gaz.index is not None else (lambda c: ())
    evidence = Evidence(qualifiers, placed, surnames, name_count, marked, listed, object_of_motion, namesakes)
    for name, choice, reason in rank_names(names, scene, evidence):
        if choice is None:
            rejected.append(Rejected(name.start, name.end, reason))
            continue
        best, n = choice.best, choice.name
        pid = gaz.curated_id(best.id)
        if pid is None:
            if gaz.index is None:  # only a resolver with an index has candidates
                raise GazetteerError("index candidates can only be resolved with a name index (see ArticleResolver)")
            place = candidate_place(best, choice.confidence, list(choice.runners_up), gaz.index)
            gaz.add_place(place)
            pid = place.id
        out.append(_Found(n.sentence, _Match(pid, n.start, n.end, "adjective" if best.demonym else "name"), n.duplicate))
        region = _qualifier_region(text, folded, n, best, gaz)
        if region is not None:
            out.append(region)
    return out, rejected


def _names_in_lists(spans: list[tuple[int, int]], folded: str, lang: str) -> set[tuple[int, int]]:
    """The names that stand in a list of at least :data:`_LIST_NAMES` names ("Rome, Turin,
    Florence and Bologna will receive them"): names joined by commas and the language's "and"
    or "or" are names of one kind, so a list of places places each of its names."""
    joins = _list_joins(lang)
    spans = sorted(set(spans))
    out: set[tuple[int, int]] = set()
    run = spans[:1]
    for a, b in zip(spans, spans[1:], strict=False):
        if joins.fullmatch(folded[a[1]:b[0]]):
            run.append(b)
            continue
        if len(run) >= _LIST_NAMES:
            out.update(run)
        run = [b]
    if len(run) >= _LIST_NAMES:
        out.update(run)
    return out


#: how many names joined by commas and "and" make a list whose names place each other
_LIST_NAMES = 4


@cache
def _list_joins(lang: str) -> re.Pattern[str]:
    """What stands between two names of a list: a comma, "and"/"or" (the article's language),
    or both; a short bracket after a name ("Pinerolo (TO), ...") too."""
    words = alternation(load(lang).coordinators)
    return re.compile(rf"(?:\s*\([^()]{{1,12}}\))?\s*(?:,\s*(?:(?:{words})\s+)?|\s+(?:{words})\s+)")


def _with_namesake_regions(n: Name, index: NameIndex | None) -> Name:
    """A name a region noun goes with ("Kyiv Oblast", "die Oblast Kiew") that no region of
    the index has, with the regions its towns' other names call ("Kiev"), as candidates
    too."""
    if not n.region_named or index is None or any(c.source in ("region", "county") for c in n.candidates):
        return n
    extra = tuple(dict.fromkeys(r for c in n.candidates for r in index.namesake_regions(c)))
    return replace(n, candidates=n.candidates + extra) if extra else n


def _short_forms(names: list[Name]) -> list[Name]:
    """The names written again without the head noun another name of the article has
    ("Suffolk County" ... "Suffolk", "Osun State" ... "Osun"): each short one takes the
    longer one's candidates, so both mean the same place (not the county and a namesake
    town abroad). A short form two longer names have keeps its own."""
    longer: dict[str, set[tuple[Candidate, ...]]] = {}
    for n in names:
        cut = n.written.rfind(" ")
        if cut > 0 and n.key[cut + 1 :] in _PLACE_HEADS and n.written[cut + 1 : cut + 2].isupper():
            longer.setdefault(n.key[:cut], set()).add(n.candidates)
    if not longer:
        return names
    return [replace(n, candidates=next(iter(longer[n.key]))) if len(longer.get(n.key, ())) == 1 else n for n in names]


def _kept(gaz: ArticleResolver, candidate: Candidate, index: NameIndex) -> str:
    """The id of an index candidate among the article's places: the curated place it is,
    else the candidate kept as a place of the article (certain: the words name it)."""
    from geo.gazetteer.dynamic import candidate_place

    pid = gaz.curated_id(candidate.id)
    if pid is None:
        place = candidate_place(candidate, 1.0, [], index)
        gaz.add_place(place)
        pid = place.id
    return pid


#: the form of an abbreviated region written after a town to say which one it is ("Salem,
#: Ore.", "Durham, N.C.", "Reno, NV"): a mention of that region, never read by the frames
QUALIFIER = "qualifier"


def _qualifier_region(text: str, folded: str, n: Name, best: Candidate, gaz: ArticleResolver) -> _Found | None:
    """The region an abbreviation after a chosen town names (", Ore.", ", N.C.", ", NV") when it
    is the town's own region, as a mention of form :data:`QUALIFIER`; a region written out
    in full (", Oregon") is a name the scan finds itself."""

    m = _QUALIFIER.match(text[n.end : n.sentence.end])
    index = gaz.index
    if m is None or index is None or not best.admin1 or not (m.group(1).endswith(".") or len(m.group(1)) == 2):
        return None
    a, b = n.end + m.start(1), n.end + m.end(1)
    if (best.country, best.admin1) not in _qualifiers(text, folded, n.end, n.sentence.end, index, frozenset({best.country})):
        return None
    region = next((c for c, _ in _regions_by_initial(index, folded[a]) if (c.country, c.admin1) == (best.country, best.admin1)), None)
    if region is None:
        return None
    return _Found(n.sentence, _Match(_kept(gaz, region, index), a, b, QUALIFIER), n.duplicate)


@cache
def _demonym_endings(lang: str) -> tuple[tuple[str, str], ...]:
    """``[names] demonym_endings`` of ``lang`` as (ending, replacement) pairs, longest ending first."""
    return rewrites(table(lang, "names")["demonym_endings"])


def implied_countries(doc: Document, index: NameIndex | None) -> set[str]:
    """The countries (ISO-2) the article's demonyms imply, in its language: a word whose
    ending, replaced as the lexicon's ``[names] demonym_endings`` say, leaves the name of one
    country ("soudanais" -> Soudan, "sudanesi" -> Sudan, "syrische" -> Syrien), the stem of
    three letters or more. Read on the Document's folded words, each distinct word once.

    >>> from geo.gazetteer.index import load_index
    >>> from geo.text.document import build_document
    >>> sorted(implied_countries(build_document("Des réfugiés soudanais et des soldats tchadiens.", "fr"), load_index()))
    ['SD', 'TD']
    """
    if index is None:
        return set()
    keys, lang = index.country_keys(), doc.lang or "en"
    compound = doc.derived(_compound_demonyms, lang, index)
    alone = doc.derived(_may_be_demonyms, lang)
    if compound:  # "South Sudanese" says South Sudan, not Sudan: only the words that stand alone somewhere
        alone = alone & {w.key for w in doc.words if w.index not in compound}
    single = {iso for word in alone for iso, _ in _demonym_readings(word, lang, keys)}
    return single | {iso for iso, _ in compound.values()}


def _compound_demonyms(doc: Document, lang: str, index: NameIndex) -> dict[int, tuple[str, str]]:
    """Demonyms of a country whose name joins a word to another country's ("South Sudanese",
    "sud-soudanais", "sul-sudaneses", "North Koreans"): the word before a demonym — joined by a
    hyphen, or both capitalised — with the country the demonym reads, in either order and with
    the language's "of" between ("South Sudan", "Soudan du Sud", "Sudão do Sul"), when that is
    one country's name. Each demonym word's index, with the (ISO-2, name key) it reads."""
    of, keys, may = load(lang).of, index.country_keys(), doc.derived(_may_be_demonyms, lang)
    out: dict[int, tuple[str, str]] = {}
    for w in doc.words:
        if w.key not in may or w.index == 0:
            continue
        prev = doc.words[w.index - 1]
        gap = doc.gap(prev, w)
        if not (gap == "-" or gap == " " and prev.capitalised and w.capitalised) or not prev.key.isalpha():
            continue
        p = name_key(prev.key)
        for _, key in _demonym_readings(w.key, lang, keys) or [("", k) for k in _demonym_stems(w.key, lang)]:
            joined = [p + key, key + p] + [key + name_key(o) + p for o in of]
            hit = next((k for k in joined if k in keys), None)
            if hit is not None:
                out[w.index] = (keys[hit], hit)
                break
    return out


def _may_be_demonyms(doc: Document, lang: str) -> set[str]:
    """The distinct folded words of ``doc`` that :func:`_demonym_readings` may read (five
    letters or more, ending as a demonym of ``lang`` does): it reads no other word."""
    suffixes = _demonym_suffixes(lang)
    return {k for k in {w.key for w in doc.words} if len(k) >= 5 and k.endswith(suffixes)}


@cache
def _demonym_suffixes(lang: str) -> tuple[str, ...]:
    """The endings of :func:`_demonym_endings` and the forms of :func:`_irregular_demonyms`,
    for one ``str.endswith`` that turns most words away."""
    return tuple(sorted({e for e, _ in _demonym_endings(lang)} | set(_irregular_demonyms(lang))))


@cache
def _irregular_demonyms(lang: str) -> dict[str, str]:
    """Folded form -> country name of the demonyms no ending rule reads ("venezolanos",
    "Afghanen", "hondurenhos"): each ``[names] demonym_stems`` stem ("stem>country") with each
    ``demonym_inflections`` ending, a form that is the country's own name left out."""
    t = table(lang, "names")
    out: dict[str, str] = {}
    for rule in t["demonym_stems"]:
        stem, country = rule.split(">", 1)
        for end in t["demonym_inflections"]:
            if stem + end != name_key(country):
                out.setdefault(stem + end, country)
    return out


def _demonym_readings(word: str, lang: str, keys: dict[str, str]) -> list[tuple[str, str]]:
    """The (ISO-2, country name key) readings of a folded word as a demonym of ``lang``."""
    return [(keys[key], key) for key in _demonym_stems(word, lang) if key in keys]


@lru_cache(maxsize=1 << 15)
def _demonym_stems(word: str, lang: str) -> tuple[str, ...]:
    """The name keys a folded word leaves with an ending of :func:`_demonym_endings` replaced
    (the stem three letters or more), in that order: what :func:`_demonym_readings` looks up,
    worked out once per word (three readers of an article ask for the same words)."""
    if len(word) < 5 or not word.endswith(_demonym_suffixes(lang)) or not word.isalpha():
        return ()
    if word in _irregular_demonyms(lang):
        return (name_key(_irregular_demonyms(lang)[word]),)
    return tuple(name_key(word[: len(word) - len(ending)] + replacement) for ending, replacement in _demonym_endings(lang)
                 if word.endswith(ending) and len(word) - len(ending) >= 3)


def demonym_places(doc: Document, gaz: ArticleResolver) -> dict[int, str]:
    """Each word of ``doc`` (by its index) that reads as one country's demonym (as
    :func:`implied_countries` reads them), with that country as a place of the article
    (from the index: none without one). The frames read it as the country of a mover named
    by its demonym ("Eritreans left their country", rule ``demonym_of_the_mover``)."""

    index = gaz.index
    if index is None:
        return {}
    keys, lang = index.country_keys(), doc.lang or "en"
    found: dict[str, str | None] = dict.fromkeys({w.key for w in doc.words} - doc.derived(_may_be_demonyms, lang))  # none a demonym
    out: dict[int, str] = {}
    compound = doc.derived(_compound_demonyms, lang, index)
    for w in doc.words:
        if w.index in compound:
            iso, key = compound[w.index]
            country = next((c for c in index.lookup(key) if c.source == "country" and c.country == iso), None)
            if country is not None:
                out[w.index] = out[w.index - 1] = _kept(gaz, country, index)  # both words: "South Sudanese"
                continue
        if w.key not in found:
            found[w.key] = None
            readings = {iso: key for iso, key in _demonym_readings(w.key, lang, keys)}
            if len(readings) == 1:
                iso, key = next(iter(readings.items()))
                country = next((c for c in index.lookup(key) if c.source == "country" and c.country == iso), None)
                if country is not None:
                    found[w.key] = _kept(gaz, country, index)
        pid = found[w.key]
        if pid is not None:
            out[w.index] = pid
    return out


def demonym_mentions(doc: Document, demonyms: dict[int, str], mentions: Sequence[Mention], gaz: ArticleResolver) -> list[Mention]:
    """The words ``demonyms`` reads as a country's demonym or adjective (:func:`demonym_places`:
    "Russian", "Mexicans", "russes", "russische") where no mention stands, each a
    :class:`Mention` of form ``adjective``: an attribute of an actor unless a place noun goes
    with it ("Russian territory"), as :func:`_not_place` reads a country adjective.

    >>> from geo.gazetteer import load_gazetteer
    >>> from geo.gazetteer.index import load_index
    >>> from geo.text.document import build_document
    >>> d = build_document("Ukrainian soldiers crossed into Russian territory.", "en")
    >>> res = ArticleResolver(load_gazetteer(), load_index())
    >>> [(m.text, m.place_id, m.not_place) for m in demonym_mentions(d, demonym_places(d, res), [], res)]
    [('Ukrainian', 'country:UKR', 'attribute'), ('Russian', 'country:RUS', None)]
    """
    text, folded = doc.text, doc.folded
    taken = _Taken((m.start, m.end) for m in mentions)
    out: list[Mention] = []
    named = {m.place_id for m in mentions if m.not_place is None}
    # a continent's adjective only where the text names the continent as a place ("the African
    # nation of X" alone is no place in Africa)
    continents = {i: pid for i, pid in _continent_adjectives(doc, gaz, demonyms).items() if pid in named}
    for index, pid in sorted({**continents, **demonyms}.items()):
        w = doc.words[index]
        if taken.overlaps(w.start, w.end):
            continue
        s = doc.sentences[w.sentence]
        start = w.start
        if out and out[-1].place_id == pid and demonyms.get(index - 1) == pid and out[-1].end == doc.words[index - 1].end:
            start = out.pop().start  # a country's people named in two words ("South Sudanese"): one mention
        why = _not_place(text, folded, s, start, w.end, gaz.places[pid].kind, gaz, pid, "adjective")
        out.append(Mention(pid, start, w.end, text[start : w.end], s.index, "adjective", why, doc.repeated[s.index]))
    return out


def _continent_adjectives(doc: Document, gaz: ArticleResolver, demonyms: dict[int, str]) -> dict[int, str]:
    """Each word of ``doc`` no country reading took that reads as one continent's
    adjective by the language's ``[names] demonym_endings`` ("African", "European",
    "Européens"), with that continent as a place of the article. Only for mentions: the
    frames read the countries' demonyms (:func:`demonym_places`), not these."""

    index = gaz.index
    if index is None:
        return {}
    keys, lang = index.continent_keys(), doc.lang or "en"
    names = {key: c.ref for key, c in keys.items()}
    out: dict[int, str] = {}
    may = doc.derived(_may_be_demonyms, lang)
    for w in doc.words:
        if w.index in demonyms or w.key not in may:
            continue
        refs = {names[key] for _, key in _demonym_readings(w.key, lang, names)}
        if len(refs) == 1:
            key = next(key for _, key in _demonym_readings(w.key, lang, names))
            out[w.index] = _kept(gaz, keys[key], index)
    return out


#: the runs of letters of a name (digits left out), what :func:`_name_zipf` reads
_LETTER_RUNS = re.compile(r"[^\W\d_]+")


def _name_zipf(written: str, lang: str) -> float:
    """How frequent a name is as words of ``lang``: one word, its own frequency; several,
    the phrase's minus one (two frequent words in a row, both capitalised, are more often a
    name: Tal Afar). Letters lower-cased, digits left out."""
    words = _LETTER_RUNS.findall(written)
    return word_zipf(" ".join(words).lower(), lang) - (len(words) > 1)


def _resolve(text: str, folded: str, s: Sentence, toks: Sequence[Word], raw: list[_ScanHit],
             gaz: ArticleResolver) -> list[_Match]:
    """Turn the curated hits of sentence ``s`` into matches, applying the compound rules."""
    out: list[_Match] = []
    skip: set[int] = set()
    for n, hit in enumerate(raw):
        a, b, entries = hit.first, hit.stop, hit.entries
        if n in skip:
            continue
        forms = {e.form for e in entries}
        start, end = toks[a].start, toks[b - 1].end
        # combining form + adjective: syro-irakienne, Syrian-Iraqi
        if "combining" in forms and n + 1 < len(raw) and raw[n + 1].first == b and joinable(text, toks[b - 1], toks[b]):
            nxt = raw[n + 1]
            adj = [e for e in nxt.entries if e.form in ("adjective", "combining")]
            first = [e for e in entries if e.form == "combining"]
            if adj and first:
                border = gaz.border_between(first[0].place_id, adj[0].place_id)
                if border:
                    s2, e2 = _extend_border_noun(toks, a, nxt.stop, start, toks[nxt.stop - 1].end)
                    out.append(_Match(border.id, s2, e2, "border"))
                    skip.add(n + 1)
                    continue
        if "adjective" in forms and a > 0 and toks[a - 1].key in _BORDER_NOUNS:
            country = next(e.place_id for e in entries if e.form == "adjective")
            other = _context_country(out, gaz, exclude=country)
            border = gaz.border_between(country, other) if other else None
            if border:
                out.append(_Match(border.id, toks[a - 1].start, end, "border"))
                continue
        entry = _pick(entries)
        if entry.form == "combining":
            continue  # a combining form alone (syro-) is not a mention
        out.append(_Match(entry.place_id, start, end, entry.form))
    return _between_rule(folded, s, out, gaz)


def _extend_border_noun(toks: Sequence[Word], a: int, b: int, start: int, end: int) -> tuple[int, int]:
    """Include an adjacent border noun (frontière syro-irakienne, Syrian-Iraqi border) in the span."""
    if a > 0 and toks[a - 1].key in _BORDER_NOUNS:
        return toks[a - 1].start, end
    if b < len(toks) and toks[b].key in _BORDER_NOUNS:
        return start, toks[b].end
    return start, end


_BETWEEN_DET = rf"(?:{alternation(_all('between_determiners'))}\s*)"
_AND_BETWEEN = re.compile(rf"\s+({alternation(_all('and'))})\s+({_BETWEEN_DET})?")
_BORDER_BETWEEN = re.compile(
    rf"({alternation(_BORDER_NOUNS)})\s+({alternation(words_of_all('grammar', 'between_words'))})\s+({_BETWEEN_DET})?$"
)


def _between_rule(folded: str, s: Sentence, out: list[_Match], gaz: ArticleResolver) -> list[_Match]:
    """"border between Syria and Iraq" / "frontière entre la Syrie et l'Irak" -> the border
    (``folded``: the Document's folded text; ``s``: the sentence)."""
    result = list(out)
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        s1, e1, s2, e2 = first.start, first.end, second.start, second.end
        border = gaz.border_between(first.place_id, second.place_id)
        if not border:
            continue
        if not _AND_BETWEEN.fullmatch(folded, e1, s2):
            continue
        m = _BORDER_BETWEEN.search(folded, s.start, s1)
        if m:
            result = [x for x in result if x not in (first, second)]
            result.append(_Match(border.id, m.start(), e2, "border"))
    return sorted(result, key=lambda x: x.start)


def _context_country(out: list[_Match], gaz: ArticleResolver, exclude: str) -> str | None:
    """The country of the latest place mentioned before, other than ``exclude``."""
    for match in reversed(out):
        pid = match.place_id
        p = gaz.places[pid]
        country = pid if p.kind == "country" else p.country
        if country and country != exclude:
            return country
    return None


def _pick(entries: list[NameEntry]) -> NameEntry:
    order = {"name": 0, "adjective": 1, "combining": 2}
    return sorted(entries, key=lambda e: order.get(e.form, 3))[0]


# Nouns after which a country adjective names a place ("la frontière irakienne",
# "the Syrian desert"); after any other noun it describes an actor ("l'armée syrienne").
_GEO_NOUNS = frozenset(_all("geo_nouns"))
_GOV_NOUNS = alternation(_all("government_nouns"))
_GOV_NOUN_AFTER = re.compile(rf"^\s*(?:{alternation(_all('government_after'))}\s+)?{_GOV_NOUNS}\b")
_GOV_NOUN_BEFORE = re.compile(rf"\b{_GOV_NOUNS}\s+{alternation(_all('government_of'))}\s*$")


def _not_place(text: str, folded: str, s: Sentence, start: int, end: int, kind: str, gaz: ArticleResolver, place_id: str,
               form: str = "name") -> str | None:
    """Why the name at ``text[start:end]`` (in sentence ``s``) is not a place, from the words
    of the sentence around it; ``None`` when it is one."""
    before = " ".join(folded[max(s.start, start - 60) : start].split())
    before = before + " " if start > s.start and text[start - 1].isspace() else before
    after = folded[end : min(s.end, end + 40)]
    if _TREATY_BEFORE.search(before.rstrip() + (" " if before.endswith(" ") else "")) or _TREATY_AFTER.match(after):
        return "treaty"
    if _ORG_BEFORE.search(before):
        return "organisation"
    if form == "adjective":
        # the noun the adjective goes with: before it in French, Italian, Portuguese,
        # Spanish; after it in English and German
        prev = re.findall(r"[\w-]+", before)[-1:] or [""]
        nxt = re.findall(r"[\w-]+", after)[:1] or [""]
        if prev[0] not in _GEO_NOUNS and nxt[0] not in _GEO_NOUNS:
            return "attribute"
    place = gaz.places[place_id]
    big = int(place.properties.get("population") or 0) >= 500_000
    if place.properties.get("capital_of") or kind == "country" or big:
        if (_GOV_AFTER.match(after) and not _PLACED_BEFORE.search(before.rstrip())) or _GOV_BEFORE.search(before.rstrip()):
            return "government"
        if _GOV_NOUN_AFTER.match(after) or _GOV_NOUN_BEFORE.search(before.rstrip() + " "):
            return "government"
    return None


#: why a name in a place's position is unresolved when no ranking rule left it: no place of that name
UNKNOWN_NAME = "no gazetteer knows this name"


@dataclass(frozen=True)
class Rejected:
    """A name only the index knows that the ranking left unresolved, and why (the reason a
    :data:`geo.gazetteer.ranking.REJECTIONS` rule gave)."""

    start: int
    end: int
    reason: str


@dataclass(frozen=True)
class Unresolved:
    """A name the text uses as a place that no gazetteer resolved, and why: no place of
    that name (:data:`UNKNOWN_NAME`), or the reason the ranking left it (a namesake abroad,
    a small place far from the story ...)."""

    text: str
    start: int
    end: int
    sentence: int
    reason: str = UNKNOWN_NAME


_LOCATIVE = re.compile(
    rf"(?:^|\s)(?:{alternation(_all('locative'))}|{alternation(_all('locative_heads'))}\s+{alternation(_all('locative_of'))}\s*)\s*$"
)
#: the most words a match of :data:`_LOCATIVE` spans (a locative phrase, or a head noun and its
#: "of"): each of its words is one run of characters between spaces, so a match lies in that many
#: last runs of the text it is asked of and the space before them (:func:`_locative_before`)
_LOCATIVE_WORDS = max(max(len(p.split()) for p in _all("locative")),
                      max(len(p.split()) for p in _all("locative_heads")) + max(len(p.split()) for p in _all("locative_of")))


def _after_according(toks: Sequence[Word], i: int, lex: Lexicon) -> bool:
    """Whether an "according to" phrase (``[attribution] according``), articles aside, ends
    right before word ``i``: what follows is a source, not a place ("segundo a Operação X")."""
    k = i
    while k > 0 and toks[k - 1].key in lex.determiners:
        k -= 1
    return any(ph and k >= len(ph) and tuple(t.key for t in toks[k - len(ph) : k]) == ph for ph in lex.according)


def _locative_before(before: str) -> bool:
    """``_LOCATIVE.search(before)``, asked of the last :data:`_LOCATIVE_WORDS` runs of ``before``
    and the spaces before them (the pattern ends at the text's end: what lies further back is
    never part of a match), not of the whole sentence up to a name."""
    return _LOCATIVE.search(_last_runs(before, _LOCATIVE_WORDS)) is not None


def _last_runs(text: str, n: int) -> str:
    """The last ``n`` runs of characters between spaces of ``text`` and the spaces before them
    (``text`` itself when it has no more): all a pattern that ends at the text's end, and whose
    words are each a whole run but the first (which may start after an apostrophe), can match."""
    parts = text.rsplit(None, n)
    return text[len(parts[0]) :] if len(parts) > n else text  # (parts[0]: the text up to the end of the run before them)


_NOT_AFTER = re.compile(rf"{alternation(_all('not_after'))}(?:\s+{alternation(_all('not_after_determiners'))})?\s*$")


class _Taken:
    """Spans of the text already taken, sorted by start, with the furthest end so far: "does
    [a, b) overlap one" is two binary searches, not a loop over every span."""

    def __init__(self, spans: Iterable[tuple[int, int]]):
        ordered = sorted(spans)
        self._starts = [x for x, _ in ordered]
        self._reach = list(accumulate((y for _, y in ordered), max))

    def overlaps(self, a: int, b: int) -> bool:
        """Whether a span (x, y) has x < b and a < y."""
        k = bisect_left(self._starts, b)  # the spans that start before b ...
        return k > 0 and self._reach[k - 1] > a  # ... one of them ends after a


def find_unresolved(doc: Document, mentions: list[Mention], rejected: Sequence[Rejected] = ()) -> list[Unresolved]:
    """Capitalised names in a place's position (after "in", "near", "vers", "à" …) that no
    gazetteer resolved: listed, never dropped silently, never forced onto a wrong match;
    each with the reason of the ``rejected`` name it covers, else :data:`UNKNOWN_NAME`.

    >>> d = build_document("Les combattants ont fui vers Khirbet Zaghrut.", "fr")
    >>> [u.text for u in find_unresolved(d, find_mentions(d, load_gazetteer()))]
    ['Khirbet Zaghrut']
    """
    text, folded = doc.text, doc.folded
    taken = _Taken((m.start, m.end) for m in mentions)
    out: list[Unresolved] = []
    seen: set[str] = set()

    def reason(a: int, b: int) -> str:
        return next((r.reason for r in rejected if r.start < b and a < r.end), UNKNOWN_NAME)

    # where every noun is capitalised, one frequent word of the language that English never
    # writes is a noun, not a name no gazetteer knows ("nach Angaben der ...", "im Norden"; not
    # "Springfield", a name English writes too)
    lex = load(doc.lang)
    noun = (lambda key: frequency.zipf(key, doc.lang) >= FREQUENT_ZIPF and not frequency.zipf(key, "en")) \
        if lex.nouns_capitalised else None
    for s in doc.sentences:
        toks = doc.words_of(s.index)
        cap = list(map(_cap_char, [t.text[0] for t in toks]))  # (_is_cap of each word once)
        i = 1 if toks else 0
        while i < len(toks):
            t = toks[i]
            if not (cap[i] and t.key not in _COMMON and len(t.text) > 1) or not any(map(str.isalpha, t.text)):
                i += 1  # (a number is no name: "in 2020", "à 18 heures", "a 40 chilometri")
                continue
            j = i + 1
            while j < len(toks) and joinable(text, toks[j - 1], toks[j]) and (
                (cap[j] and toks[j].key not in _COMMON) or (toks[j].key in _PARTICLES and j + 1 < len(toks) and cap[j + 1])
            ):
                j += 1
            a, b = t.start, toks[j - 1].end
            if (
                not taken.overlaps(a, b)  # (asked first: most capitalised runs are names found)
                and not (text[a:b].isupper() and len(text[a:b]) <= 6)  # an acronym: an organisation, not a place
                and not (noun is not None and j == i + 1 and noun(t.key))
                # (who says it is no place: "the Home Office said", "segundo a Operação X")
                and not (j < len(toks) and text[b : toks[j].start] == " " and (toks[j].lemma in lex.say or toks[j].key in lex.say))
                and not _after_according(toks, i, lex)
                and _locative_before(before := folded[s.start : t.start])
                and not _NOT_AFTER.search(before)
            ):
                name = text[a:b]
                if folded[a:b] not in seen:
                    seen.add(folded[a:b])
                    out.append(Unresolved(name, a, b, s.index, reason(a, b)))
            i = j
    return out + _known_elsewhere(doc, taken, rejected, seen)


def _known_elsewhere(doc: Document, taken: _Taken, rejected: Sequence[Rejected], seen: set[str]) -> list[Unresolved]:
    """Names of places the gazetteer knows but the story's context left unpinned (a namesake
    abroad, a small place far from the story) right after a verb of motion ("Aid trucks
    entered Gaza" in a story set elsewhere): listed with their reason, not dropped silently."""
    starts = [s.start for s in doc.sentences]
    predicates = load(doc.lang).predicates
    out: list[Unresolved] = []
    for r in rejected:
        key = doc.folded[r.start : r.end]
        if r.reason not in (SMALL_AND_FAR, NAMESAKE_ABROAD) or key in seen or taken.overlaps(r.start, r.end):
            continue
        k = bisect_right(starts, r.start) - 1
        before = [w for w in doc.words_of(k) if w.end <= r.start]
        if before and any(p.kind == "motion" for p in predicates.get(before[-1].lemma, ()) or predicates.get(before[-1].key, ())):
            seen.add(key)
            out.append(Unresolved(doc.text[r.start : r.end], r.start, r.end, k, r.reason))
    return out


#: a name no gazetteer knows this long or longer may be a misspelling of a place the article names
RESPELLED_MIN = 6


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one slip of the pen: one letter changed, added or
    dropped, or the letters of a run of two or three shuffled ("capurgana" / "carpugana").

    >>> _one_edit("capurgana", "carpugana"), _one_edit("kigoma", "kigomo"), _one_edit("kigoma", "kagomi")
    (True, True, False)
    """
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        return len(diff) == 1 or (diff[-1] - diff[0] <= 2 and sorted(a[diff[0] : diff[-1] + 1]) == sorted(b[diff[0] : diff[-1] + 1]))
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    k = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return short[k:] == long_[k + 1 :]


def respelled(doc: Document, unresolved: Sequence[Unresolved], mentions: Sequence[Mention]) -> tuple[list[Mention], list[Unresolved]]:
    """Unknown names the article writes one slip away from a place it names elsewhere (the
    same article's "Carpuganá" for its "Capurganá": :func:`_one_edit`; :data:`RESPELLED_MIN` letters or more, the same first letter): mentions of that
    place; the others stay unresolved. A name one slip from two places is neither.

    >>> d = build_document("Boats reach Capurganá daily. Families wait in Carpuganá for boats.", "en")
    >>> [(m.place_id, m.text) for m in respelled(d, [Unresolved("Carpuganá", 46, 55, 1)], [Mention("capurgana", 12, 21, "Capurganá", 0)])[0]]
    [('capurgana', 'Carpuganá')]
    """
    keys: dict[str, set[str]] = {}
    for m in mentions:
        if m.not_place is None and m.form == "name":
            keys.setdefault(name_key(m.text), set()).add(m.place_id)
    out: list[Mention] = []
    left: list[Unresolved] = []
    for u in unresolved:
        k = name_key(u.text)
        ids = {pid for key, pids in keys.items() if len(k) >= RESPELLED_MIN and key[:1] == k[:1] and _one_edit(k, key) for pid in pids}
        if len(ids) == 1:
            out.append(Mention(ids.pop(), u.start, u.end, u.text, u.sentence))
        else:
            left.append(u)
    return out, left

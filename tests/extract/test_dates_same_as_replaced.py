"""``find_time`` skips the sentences with no time word (the language's ``anchors``) before running its
patterns (issue 14): it finds what the search of every pattern in every sentence found. The
search it replaced is kept here as the reference; the sentences are written for this test."""

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.extract.dates import _WORD, _first_match, _language, _resolve, find_time
from geo.text import SUPPORTED_LANGS
from geo.text.document import build_document

PUBLISHED = dt.date(2019, 3, 14)


def _old_find_time(doc, sentence, published):
    s = doc.sentences[sentence]
    folded = doc.folded[s.start : s.end]
    best = None
    words = _language(doc.lang)
    for pattern, kind in words.patterns:
        m = pattern.search(folded)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), m, kind)
    if best is None:
        return None
    _, m, kind = best
    if published is None:
        if kind not in ("day_month", "month_day") or not m.group(3):
            return None
        published = dt.date(int(m.group(3)), 12, 31)
    resolved = _resolve(kind, m, published, words)
    return None if resolved is None else (resolved, s.text[m.start() : m.end()])


def _new(doc, sentence, published):
    t = find_time(doc, sentence, published)
    return None if t is None else ((t.start, t.end, t.basis), t.expression)


def _same_on(text, lang="en", published=PUBLISHED):
    doc = build_document(text, lang)
    for i in range(len(doc.sentences)):
        assert _new(doc, i, published) == _old_find_time(doc, i, published), (text, i)


@pytest.mark.parametrize("text,lang", [
    pytest.param("The ferry crossed on 3 April 2018 and again on May 9th.", "en", id="en-dates"),
    pytest.param("Aujourd'hui, le bac repart ; avant-hier il était à quai.", "fr", id="fr-today-day-before"),
    pytest.param("Die Fähre fuhr vorgestern ab und kam am Montag an.", "de", id="de-day-before-weekday"),
    pytest.param("Il traghetto è partito lunedì scorso, ieri è tornato.", "it", id="it-weekday-yesterday"),
    pytest.param("A balsa saiu na segunda-feira, há duas semanas.", "pt", id="pt-hyphenated-weekday"),
    pytest.param("Il y a trois semaines, le bac est parti. Two days ago it came back.", "fr", id="ago"),
    pytest.param("The ferry left in March. The barge left last month.", "en", id="month-and-last-month"),
    pytest.param("No time word here, only a ferry and a quay.", "en", id="none"),
    pytest.param("The ferry may leave; the barge maybe.", "en", id="modal-may"),
])
def test_find_time_finds_what_every_pattern_found(text, lang):
    _same_on(text, lang)
    _same_on(text, lang, published=None)


@pytest.mark.parametrize("lang", SUPPORTED_LANGS)
def test_every_pattern_word_is_an_anchor(lang):
    """The words the patterns are built from (months, weekdays) are anchors."""
    words = _language(lang)
    assert set(words.months) <= words.anchors
    assert all(w.split("-")[0] in words.anchors for w in words.weekdays)


@pytest.mark.parametrize("lang,k", [pytest.param(lang, k, id=f"{lang}-{k}-{kind}") for lang in SUPPORTED_LANGS
                                    for k, (_, kind) in enumerate(_language(lang).patterns)])
@settings(max_examples=50, deadline=None)
@given(data=st.data())
def test_whatever_a_pattern_matches_has_an_anchor(lang, k, data):
    """The filter's premise, for every pattern of every language (those added later too): a
    text a pattern finds something in has an anchor word."""
    anchors = _language(lang).anchors
    pattern = _language(lang).patterns[k][0]
    found = data.draw(st.from_regex(pattern, fullmatch=True))
    before = data.draw(st.sampled_from(["", "the ferry left ", "xx, ", "(", "le bac-"]))
    after = data.draw(st.sampled_from(["", " near the quay", ".", "-x", "'s"]))
    text = before + found + after
    if pattern.search(text):
        assert not anchors.isdisjoint(_WORD.findall(text)), (lang, k, text)


@pytest.mark.parametrize("lang", SUPPORTED_LANGS)
def test_one_alternation_of_the_patterns_in_their_order(lang):
    """``find_time`` finds the first pattern's start with one search of ``any_pattern`` (issue 24):
    it is the patterns joined in their order, none with a backreference or an inline flag (which
    would mean something else inside the alternation)."""
    words = _language(lang)
    assert words.any_pattern.pattern == "|".join(f"(?:{p.pattern})" for p, _ in words.patterns)
    for p, _ in words.patterns:
        assert not re.search(r"\\[1-9]|\(\?[aiLmsux]|\(\?P=", p.pattern), (lang, p.pattern)


@pytest.mark.parametrize("lang", SUPPORTED_LANGS)
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_first_match_is_the_earliest_of_every_pattern(lang, data):
    """Two or more patterns' matches in one text (one of them at the start, the others after
    words of our own): the match that starts first wins, the pattern listed first on a tie."""
    words = _language(lang)
    parts = [data.draw(st.from_regex(words.patterns[k][0], fullmatch=True))
             for k in data.draw(st.lists(st.integers(0, len(words.patterns) - 1), min_size=1, max_size=3))]
    text = data.draw(st.sampled_from(["", "the ferry left ", "le bac "])) + " and ".join(parts)
    best = None
    for pattern, kind in words.patterns:
        m = pattern.search(text)
        if m and (best is None or m.start() < best[0].start()):
            best = (m, kind)
    got = _first_match(words, text)
    assert (None if got is None else (got[0].span(), got[0].groups(), got[1])) == \
        (None if best is None else (best[0].span(), best[0].groups(), best[1]))

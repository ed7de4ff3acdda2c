"""Speed changes in ``geo.text`` give the same output as the code they replaced (kept here as
the references; the speed itself is measured by ``bench/run.py``, never here): sentence
splitting, folding, ``joinable``. The sentences are written for this test."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.text import _SENT_END_RE, _abbreviations, _first_word, _word_before, fold, sentences


def _old_sentences(text):
    """The splitter before issue 14 (quadratic: it searched the paragraph so far at every
    full stop), kept as the reference."""
    out = []
    words, before_number, months = _abbreviations(None)  # today's rules (the lexicons' [abbreviations])

    def append(start, end, paragraph):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append((len(out), start, end, text[start:end], paragraph))

    for p_index, para in enumerate(re.finditer(r"[^\n]+", text)):
        p_start, chunk, cursor = para.start(), para.group(), 0
        for m in _SENT_END_RE.finditer(chunk):
            before = re.search(r"([\w.]+)\.$", chunk[: m.start() + 1])
            word = fold(before.group(1)).rstrip(".") if before else ""
            after = chunk[m.end():].lstrip()
            if word in words or (word in before_number and after[:1].isdigit()):
                continue
            if word.isdigit() and len(word) <= 2 and _first_word(after) in months:
                continue
            if before and len(before.group(1)) == 1 and before.group(1).isupper():
                continue
            append(p_start + cursor, p_start + m.end(), p_index)
            cursor = m.end()
        append(p_start + cursor, p_start + len(chunk), p_index)
    return out


def _new(text):
    return [(s.index, s.start, s.end, s.text, s.paragraph) for s in sentences(text)]


@pytest.mark.parametrize("text", [
    pytest.param("Il est parti. M. Dupont reste.\nFin", id="abbreviation-and-paragraph"),
    pytest.param("Gen. Smith met J. Doe in the U.S. on Monday. They left.", id="initials-and-u.s."),
    pytest.param("He said: « Go! » Then (quietly) left… Later, 3 p.m. came. 2017 ended.", id="quotes-ellipsis-digits"),
    pytest.param("Troops moved from A.B.C. to Dr. Who's town. Etc. And then?  Yes.", id="dotted-runs"),
    pytest.param("Straße à Deïr. Ça va. Élan. ملاحظة. _x. x_. Z.", id="unicode-and-underscore"),
    pytest.param("\n\n  \n. . .\n", id="blank-paragraphs"),
])
def test_sentence_splitting_is_unchanged(text):
    assert _new(text) == _old_sentences(text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="aM U.s!?…»)\"( \n_é1Dr", max_size=80))
def test_sentence_splitting_is_unchanged_on_any_text(text):
    assert _new(text) == _old_sentences(text)


@pytest.mark.parametrize("chunk,stop,expected", [
    pytest.param("Il a vu M. Dupont", 9, "M", id="one-letter"),
    pytest.param("in the U.S. army", 10, "U.S", id="dotted"),
    pytest.param("Fin!", 3, "", id="not-a-full-stop"),
    pytest.param(".", 0, "", id="nothing-before"),
    pytest.param("a b. c", 3, "b", id="stops-at-a-space"),
])
def test_word_before_a_full_stop(chunk, stop, expected):
    assert _word_before(chunk, stop) == expected


def test_long_paragraph_splits_like_before():
    text = " ".join(f"Sentence {i} names Dr. Who and M. X in the U.S. today." for i in range(300))
    assert _new(text) == _old_sentences(text)
    assert len(sentences(text)) == 300


def _old_fold(s):
    import unicodedata

    from geo.text import _FOLD_TABLE

    s = unicodedata.normalize("NFKD", s.translate(_FOLD_TABLE))
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


def _old_fold_aligned(s):
    return "".join((_old_fold(c) or " ")[0] for c in s)


@pytest.mark.parametrize("text", [
    pytest.param("L’Euphrate – Deïr ez-Zor", id="apostrophe-dash-diaeresis"),
    pytest.param("Straße ﬁn ½ Ǆ ΣΑΣ ς İstanbul", id="ligature-fraction-digraph-sigma-dotted-i"),
    pytest.param("e\u0301\u0327 a\u0308\u0304 ạ̈ 한국 ﾊﾟ", id="stacked-marks-hangul-halfwidth"),
    pytest.param("دير الزور \u064e\u0650 עִברִית", id="arabic-hebrew-points"),
])
def test_fold_is_unchanged(text):
    from geo.text import fold, fold_aligned

    assert fold(text) == _old_fold(text)
    assert fold_aligned(text) == _old_fold_aligned(text)
    assert fold(text) == fold(text)  # the second time from the table


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=40))
def test_fold_is_unchanged_on_any_text(text):
    from geo.text import fold, fold_aligned, token_key

    assert fold(text) == _old_fold(text)
    assert fold_aligned(text) == _old_fold_aligned(text)
    assert len(fold_aligned(text)) == len(text)
    assert token_key(text) == re.sub(r"(\w)\1+", r"\1", _old_fold(text).replace("ou", "u"))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" \n\t'-\u00a0ab", max_size=8))
def test_joinable_is_unchanged(gap):
    from geo.text import _JOINER_RE, Token, joinable

    text = "x" + gap + "y"
    left, right = Token("x", 0, 1), Token("y", len(text) - 1, len(text))
    assert joinable(text, left, right) == bool(_JOINER_RE.match(gap))


def _fold_by_table(s):
    """Folding character by character through the table (what fold did for every text)."""
    from geo.text import _ALIGNED_CHARS, _FOLD_CHARS

    return s.translate(_FOLD_CHARS), s.translate(_ALIGNED_CHARS)


@pytest.mark.parametrize("text", [
    pytest.param("Troops LEFT Old-Town at 5 a.m.", id="ascii"),
    pytest.param("it`s the rock`n`roll road", id="ascii-backticks"),
    pytest.param("\x00\x1f\x7f tabs\tand\nlines", id="ascii-control-characters"),
    pytest.param("Straße à Deïr ez-Zor – L’Euphrate", id="not-ascii"),
    pytest.param("", id="empty"),
])
def test_folding_an_ascii_text_is_folding_by_the_table(text):
    from geo.text import fold_aligned

    assert (fold(text), fold_aligned(text)) == _fold_by_table(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x7F)) | st.text())
def test_folding_any_text_is_folding_by_the_table(text):
    from geo.text import fold_aligned

    assert (fold(text), fold_aligned(text)) == _fold_by_table(text)

"""A full stop after an abbreviation of the article's language ends no sentence; a short
month or "No." before a number neither; an ordinal day before its month neither. The words
are the lexicons' ``[abbreviations]`` tables; each language's sentences (written for these
tests) are in ``tests/lang/<lang>/sentence_abbreviations.py``."""

from __future__ import annotations

import pytest

from geo.text import sentences
from tests.lang import cases


@pytest.mark.parametrize(("lang", "text", "expected"), cases("sentence_abbreviations", "SENTENCES_OF_THE_LANGUAGE"))
def test_sentences_of_the_language(lang: str, text: str, expected: list[str]) -> None:
    assert [s.text for s in sentences(text, lang)] == expected


def test_another_languages_abbreviation_ends_a_sentence() -> None:
    """Italian "on." (a member of parliament) is no abbreviation in an English article."""
    assert [s.text for s in sentences("They carried on. The road was open.", "en")] == [
        "They carried on.", "The road was open."]

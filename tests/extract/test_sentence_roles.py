"""Roles a sentence gives its places that the frames missed (issue 20 items 2-3: borders as
ends, "between X and Y" phrases, nouns of sending), one mechanism each, in every language,
on sentences of our own: each case failed before its mechanism was added."""

from __future__ import annotations

import pytest

from geo.extract.pipeline import extract
from tests.lang import cases

P = "2024-03-01"


def moves(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    fc = extract(text, P, lang=lang)
    return [(f["properties"]["from"], f["properties"]["to"]) for f in fc["features"] if f["properties"]["kind"] == "movement"]


@pytest.mark.parametrize(("lang", "text", "expected"), cases("sentence_roles", "THE_BORDERS_OF_EACH_COUNTRY"))
def test_the_borders_of_each_country(lang, text, expected):
    got = moves(text, lang)
    assert all(e in got for e in expected), got


@pytest.mark.parametrize(("lang", "text", "expected"), cases("sentence_roles", "BETWEEN_TWO_PHRASES"))
def test_between_two_phrases(lang, text, expected):
    assert expected in moves(text, lang)

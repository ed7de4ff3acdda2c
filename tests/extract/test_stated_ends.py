"""Ends the sentence states that the frames missed (issue 20 items 2-3), one mechanism each, in
every language, on sentences of our own: each case failed before its mechanism was added,
unless its table says it was held by another rule (kept as the same construction)."""

from __future__ import annotations

import pytest

from geo.extract.pipeline import extract
from tests.lang import cases

P = "2024-03-01"


def moves(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    fc = extract(text, P, lang=lang)
    return [(f["properties"]["from"], f["properties"]["to"]) for f in fc["features"] if f["properties"]["kind"] == "movement"]


@pytest.mark.parametrize(("lang", "text", "expected"), cases("stated_ends", "THE_MOVERS_BETWEEN_VERB_AND_MARKER"))
def test_the_movers_between_verb_and_marker(lang, text, expected):
    assert expected in moves(text, lang)


@pytest.mark.parametrize(("lang", "text"), cases("stated_ends", "A_THING_SENT_IS_NO_MOVER"))
def test_a_thing_sent_is_no_mover(lang, text):
    assert moves(text, lang) == []


@pytest.mark.parametrize(("lang", "text", "expected"), cases("stated_ends", "BETWEEN_TWO_PLACES"))
def test_between_two_places(lang, text, expected):
    assert expected in moves(text, lang)


@pytest.mark.parametrize(("lang", "text"), cases("stated_ends", "BETWEEN_TWO_PLACES_WITHOUT_A_MOVE"))
def test_between_two_places_without_a_move(lang, text):
    assert moves(text, lang) == []

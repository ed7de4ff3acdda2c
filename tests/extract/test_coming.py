"""Verbs of coming and bringing (issue 20): "come from X", "venir de X", "kommen aus X",
"venire da X", "vir de X", "venir de X", and "bring/trouxe ... from X" name where the move
starts. Sentences of our own, in every language; each case failed before its mechanism."""

from __future__ import annotations

import pytest

from geo.extract.pipeline import extract
from tests.lang import cases

P = "2024-03-01"


def moves(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    fc = extract(text, P, lang=lang)
    return [(f["properties"]["from"], f["properties"]["to"]) for f in fc["features"] if f["properties"]["kind"] == "movement"]


@pytest.mark.parametrize(("lang", "text"), cases("coming", "A_VERB_OF_COMING_NAMES_ITS_ORIGIN"))
def test_a_verb_of_coming_names_its_origin(lang, text):
    assert ("aleppo", None) in moves(text, lang)


@pytest.mark.parametrize(("lang", "text"), cases("coming", "COME_FROM_IS_A_MOVEMENT_IN_EVERY_LANGUAGE"))
def test_come_from_is_a_movement_in_every_language(lang, text):
    # (these held before; kept so that the participle and genitive changes cannot break them)
    assert ("aleppo", None) in moves(text, lang)


@pytest.mark.parametrize(("lang", "text"), cases("coming", "A_VERB_OF_BRINGING_NAMES_WHERE_ITS_PEOPLE_COME_FROM"))
def test_a_verb_of_bringing_names_where_its_people_come_from(lang, text):
    # "200 pessoas de X" after a verb of bringing: where they come from, not whose people they are
    assert ("aleppo", None) in moves(text, lang)


@pytest.mark.parametrize(("lang", "text"), cases("coming", "PEOPLE_OF_A_PLACE_WITHOUT_A_VERB_OF_COMING_DO_NOT_MOVE"))
def test_people_of_a_place_without_a_verb_of_coming_do_not_move(lang, text):
    assert moves(text, lang) == []

"""The story's setting (issue 20, item 4): the dateline and the place the lead names most,
lent as a missing end to a sentence that refers to it ("here", "the camp") or to a
verb of coming, and as the story route's destination when no sentence names one; sentences of our own, one per language."""

from __future__ import annotations

from importlib import import_module

import pytest

from geo.extract.pipeline import extract
from tests.lang import cases

P = "2024-03-01"


def moves(text: str, lang: str) -> list[tuple[str | None, str | None, tuple[str, ...]]]:
    fc = extract(text, P, lang=lang)
    return [(f["properties"]["from"], f["properties"]["to"], tuple(f["properties"]["inferred"]))
            for f in fc["features"] if f["properties"]["kind"] == "movement"]


@pytest.mark.parametrize(("lang", "text"), cases("setting", "HERE_IS_THE_DATELINE"))
def test_here_is_the_dateline(lang, text):
    assert ("raqqa", "aleppo", ("destination",)) in moves(text, lang)


@pytest.mark.parametrize(("lang", "text"), cases("setting", "NO_REFERENCE_NO_SETTING_END"))
def test_no_reference_no_setting_end(lang, text):
    assert all(m[1] != "aleppo" and m[0] != "aleppo" for m in moves(text, lang))


@pytest.mark.parametrize(("lang", "text"), cases("setting", "THE_LEAD_PLACE_ENDS_WHAT_THE_STORY_LEAVES_OPEN"))
def test_the_lead_place_ends_what_the_story_leaves_open(lang, text):
    """No sentence names a destination: the story's route ends at the place the title and
    lead name most (tests/extract/test_story_route.py)."""
    assert ("raqqa", "aleppo", ("destination",)) in moves(text, lang)


@pytest.mark.parametrize(("lang", "text"), cases("setting", "A_VERB_OF_COMING_ENDS_AT_THE_SETTING"))
def test_a_verb_of_coming_ends_at_the_setting(lang, text):
    assert ("raqqa", "aleppo", ("destination",)) in moves(text, lang)


@pytest.mark.parametrize(("lang", "title", "lead", "last"), cases("setting", "THE_SCENE_IN_THE_STORYS_DESTINATION_ENDS_A_DEPARTURE"))
def test_the_scene_in_the_storys_destination_ends_a_departure(lang, title, lead, last):
    """"In Beirut (Lebanon), [...] families fled from Syria to Lebanon. [...] Another family
    left Iraq": the departure goes where the story goes (Lebanon), to the place the report
    is set in there (Beirut; rule the_story_destination_set_in)."""
    filler = import_module(f"tests.lang.{lang}.story_route").FILLER
    got = moves(f"{title}\n\n{lead} {filler} {last}", lang)
    assert got[-1] in (("iraq", "geonames:276781", ("destination",)), ("iraq", "region:LB.04", ("destination",)))


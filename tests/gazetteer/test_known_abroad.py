"""A city known the world over (:data:`geo.gazetteer.ranking.KNOWN_NAMES`) that the words place
is no "namesake abroad" (issue 21): its namesakes are villages few have heard of, and the
story that names other countries still means it when a preposition or a marker of where a move
ends puts it there. A placed town few know of, with namesakes, stays rejected. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from geo.extract.pipeline import Extractor
from geo.gazetteer.ranking import NAMESAKE_ABROAD, SMALL_AND_FAR
from tests.lang import cases


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


@pytest.mark.parametrize(("lang", "text", "place_id"), cases("known_abroad", "PLACED_KNOWN_CITY_PINNED"))
def test_a_placed_city_known_the_world_over_is_not_abroad(ex: Extractor, lang: str, text: str, place_id: str) -> None:
    fc = ex(text, "2024-03-01", lang=lang).to_geojson()
    assert place_id in {f["properties"]["id"] for f in fc["features"] if f["properties"]["kind"] == "place"}


@pytest.mark.parametrize(("lang", "text", "name"), cases("known_abroad", "PLACED_TOWN_FEW_KNOW_STILL_REJECTED"))
def test_a_placed_town_few_know_of_stays_unresolved(ex: Extractor, lang: str, text: str, name: str) -> None:
    fc = ex(text, "2024-03-01", lang=lang).to_geojson()
    assert {u["text"]: u["reason"] for u in fc["geo"]["unresolved"]}.get(name) in (SMALL_AND_FAR, NAMESAKE_ABROAD)

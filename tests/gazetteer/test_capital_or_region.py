"""A city or the region of its name (issue 21, item 2): a region named like its capital gives
way to the city when the text writes the city's other name ("Lisboa", "Lisbonne") or when the
city outnumbers the region ("Kiev": the city, not its oblast) or, called by its own name, holds
most of its people ("Lima"); a region noun with the name
("the Kiev region", "région de Kiev") keeps the region. Sentences written for these tests."""

from __future__ import annotations

import pytest

from geo.extract.pipeline import Extractor
from tests.lang import cases


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def _kinds(ex: Extractor, lang: str, text: str) -> list[tuple[str, str]]:
    fc = ex(text, "2022-04-01", lang=lang).to_geojson()
    return [(f["properties"]["name"], f["properties"]["place_kind"]) for f in fc["features"] if f["properties"]["kind"] == "place"]


@pytest.mark.parametrize(("lang", "text", "city"), cases("capital_or_region", "THE_NAME_MEANS_THE_CITY"))
def test_the_name_means_the_city(ex: Extractor, lang: str, text: str, city: str) -> None:
    assert _kinds(ex, lang, text) == [(city, "town")]


@pytest.mark.parametrize(("lang", "text"), cases("capital_or_region", "A_REGION_NOUN_KEEPS_THE_REGION"))
def test_a_region_noun_keeps_the_region(ex: Extractor, lang: str, text: str) -> None:
    assert [kind for _, kind in _kinds(ex, lang, text)] == ["region"]

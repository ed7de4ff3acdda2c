"""Areas no first-level list has, and names the scan used to cut (issue 21, item 1): macro-regions
as the union of their countries' outlines, in the six languages ("Middle East", "Moyen-Orient",
"Amérique latine" with its adjective in lower case); US counties by their names with "County",
and the county meant again by its short name; a possessive inside a name ("Democratic People's
Republic of Korea"); the nouns of a place's people before its name ("habitants de Lyon").
Sentences written for these tests."""

from __future__ import annotations

import pytest

from geo.extract.pipeline import Extractor
from tests.lang import cases


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def _places(ex: Extractor, text: str, lang: str = "en") -> list[dict]:
    fc = ex(text, "2021-05-01", lang=lang).to_geojson()
    return [f for f in fc["features"] if f["properties"]["kind"] == "place"]


@pytest.mark.parametrize(("lang", "text", "name"), cases("areas", "MACRO_REGIONS"))
def test_a_macro_region_is_the_area_of_its_countries(ex: Extractor, lang: str, text: str, name: str) -> None:
    found = [f for f in _places(ex, text, lang) if f["properties"]["name"] == name]
    assert len(found) == 1, [f["properties"]["name"] for f in _places(ex, text, lang)]
    assert found[0]["properties"]["place_kind"] == "continent"
    assert found[0]["geometry"]["type"] in ("Polygon", "MultiPolygon")


@pytest.mark.parametrize(("lang", "text", "name"), cases("areas", "PEOPLE_OF_A_PLACE"))
def test_the_people_of_a_place_say_it_is_one(ex: Extractor, lang: str, text: str, name: str) -> None:
    assert [f["properties"]["name"] for f in _places(ex, text, lang)] == [name]


def test_a_continent_is_drawn_as_its_outline(ex: Extractor) -> None:
    (f,) = _places(ex, "The new vaccine reached Africa in March.")
    assert (f["properties"]["name"], f["geometry"]["type"]) == ("Africa", "MultiPolygon")


@pytest.mark.parametrize(
    ("text", "name", "state"),
    [
        pytest.param("Voters in Orange County, California, lined up before dawn.", "Orange County", "California", id="orange"),
        pytest.param("Flooding closed roads across Miami-Dade County on Sunday.", "Miami-Dade County", "Florida", id="hyphen"),
    ],
)
def test_a_us_county_is_an_area_of_its_state(ex: Extractor, text: str, name: str, state: str) -> None:
    counties = [f for f in _places(ex, text) if f["properties"]["name"] == name]
    assert len(counties) == 1
    p = counties[0]["properties"]
    assert (p["place_kind"], p.get("region")) == ("region", state)
    assert counties[0]["geometry"]["type"] == "Polygon"


def test_the_short_name_of_a_county_is_the_county(ex: Extractor) -> None:
    places = _places(ex, "Investigators in Suffolk County, New York, reopened the file. Suffolk detectives then dug.")
    county = [f for f in places if f["properties"]["name"] == "Suffolk County"]
    assert [m["text"] for m in county[0]["properties"]["mentions"]] == ["Suffolk County", "Suffolk"]
    assert not [f for f in places if f["properties"]["name"] == "Suffolk"]


def test_a_name_with_a_possessive_is_read_whole(ex: Extractor) -> None:
    places = _places(ex, "A Democratic People's Republic of Korea delegation arrived in Geneva.")
    assert sorted(f["properties"]["name"] for f in places) == ["Geneva", "North Korea"]


def test_a_possessive_ends_a_name_before_a_title(ex: Extractor) -> None:
    places = _places(ex, "Yesterday, Chile's President flew over the flooded valley.")
    assert [f["properties"]["name"] for f in places] == ["Chile"]


def test_a_town_and_the_state_of_its_name_link_the_town(ex: Extractor) -> None:
    """'Lagos' the city and 'Lagos State' found in one article: 'Lagos' written again is the
    city (inside the state), not left unlinked."""
    text = ("Traders in Lagos complained about the port. Officials of Lagos State met on Monday. "
            "The Lagos Chamber of Commerce said little.")
    by_name = {f["properties"]["id"]: [m["text"] for m in f["properties"]["mentions"]] for f in _places(ex, text)}
    assert sorted(by_name.values()) == [["Lagos", "Lagos"], ["Lagos State"]]


def test_dprk_is_north_korea(ex: Extractor) -> None:
    places = _places(ex, "Inspectors will travel to the DPRK next month.")
    assert [f["properties"]["name"] for f in places] == ["North Korea"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param("The herd came from a Washington state ranch.", "region", id="state-after"),
        pytest.param("The herd was traced to the state of Washington.", "region", id="state-of"),
        pytest.param("Inspectors visited Oregon, Washington and Idaho in turn.", "region", id="list-of-states"),
        pytest.param("The senator flew from Alaska to Washington, D.C. on Friday.", "town", id="dc-qualified"),
        pytest.param("Talks in Washington, New York and Boston came first.", "town", id="beside-a-city"),
        pytest.param("The talks were held in Washington last week.", "town", id="alone"),
    ],
)
def test_washington_the_state_or_the_capital(ex: Extractor, text: str, kind: str) -> None:
    """A curated town named like a region is the region where a region noun goes with it or
    it stands in a list of that country's regions, else the town."""
    (w,) = [f for f in _places(ex, text) if f["properties"]["name"] == "Washington"]
    assert w["properties"]["place_kind"] == kind

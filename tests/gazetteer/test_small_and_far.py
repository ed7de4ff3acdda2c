"""ranking.small_and_far: a town under 100,000 people far from the story is left unresolved,
unless it names its own region or is known the world over (candidates written for this test)."""

from __future__ import annotations

import pytest

from geo.extract.pipeline import extract
from geo.gazetteer.index import Candidate
from geo.gazetteer.ranking import KNOWN_NAMES, SEAT_REGION_POPULATION, Evidence, Name, Scene, _Best, small_and_far
from tests.lang import cases


def _best(best: Candidate, others: list[Candidate], counts: dict[str, int]) -> _Best:
    name = Name(None, 0, 11, (best, *others), False, "Lagoon Town", "lagoontown", 0.0)  # type: ignore[arg-type]
    evidence = Evidence(lambda n, c: set(), lambda n: False, frozenset(), lambda c: counts.get(c.id, 0))
    return _Best(name, best, set(), False, False, evidence, Scene())


TOWN = Candidate("geonames", "1", "Lagoon Town", 12.3, 45.4, "IT", 50_000)
NAMESAKE = Candidate("geonames", "2", "Lagoon Town", -82.4, 27.1, "US", 40_000)


@pytest.mark.parametrize(("counts", "rejected"), [
    pytest.param({"geonames:1": KNOWN_NAMES, "geonames:2": 12}, False, id="known-the-world-over"),
    pytest.param({"geonames:1": KNOWN_NAMES - 1, "geonames:2": 12}, True, id="not-enough-names"),
    pytest.param({"geonames:1": KNOWN_NAMES, "geonames:2": KNOWN_NAMES // 2}, True, id="a-namesake-nearly-as-known"),
])
def test_a_small_town_far_from_the_story_is_pinned_only_when_known_the_world_over(counts, rejected):
    assert (small_and_far(_best(TOWN, [NAMESAKE], counts)) is not None) == rejected


REGION = Candidate("region", "XX.07", "Lagoon Town", 12.0, 45.0, "IT", 900_000, admin1="07")
SEAT = Candidate("geonames", "3", "Lagoon Town", 12.3, 45.4, "IT", 60_000, admin1="07")
OTHER_SEAT = Candidate("geonames", "4", "Lagoon Town", 12.3, 45.4, "IT", 60_000, admin1="08")


SMALL_REGION = Candidate("region", "XX.07", "Lagoon Town", 12.0, 45.0, "IT", SEAT_REGION_POPULATION - 1, admin1="07")


@pytest.mark.parametrize(("town", "region", "rejected"), [
    pytest.param(SEAT, REGION, False, id="the-seat-of-its-region"),
    pytest.param(OTHER_SEAT, REGION, True, id="a-town-of-another-region"),
    pytest.param(SEAT, SMALL_REGION, True, id="the-seat-of-a-small-region"),
])
def test_a_town_its_region_is_named_after_is_pinned_far_from_the_story(town, region, rejected):
    assert (small_and_far(_best(town, [region], {})) is not None) == rejected


@pytest.mark.parametrize(("lang", "text", "country"), cases("small_and_far", "SEAT_OF_A_SMALL_REGION_ABROAD"))
def test_the_seat_of_a_small_region_abroad_is_no_place_of_the_story(lang: str, text: str, country: str) -> None:
    """A municipality that is a first-level region (as in Slovenia) makes its small seat no better
    known: named like something else, in a story of another country, it is not pinned."""
    fc = extract(text, "2024-03-01", lang=lang)
    assert [f["properties"]["name"] for f in fc["features"] if f["properties"].get("kind") == "place"] == [country]


def test_a_regional_seat_alone_in_a_sentence_is_a_place():
    fc = extract("Troops withdrew from Kherson.", "2024-03-01", lang="en")
    assert "geonames:706448" in [f["properties"]["id"] for f in fc["features"]]


@pytest.mark.parametrize(("lang", "text", "country"), cases("small_and_far", "AGREED_COUNTRY_IS_NO_STORY"))
def test_two_names_agreeing_on_a_country_the_story_never_names_are_no_story(lang: str, text: str, country: str) -> None:
    """Two surnames that are both other names of small towns of one country (which the story
    never names) do not make that country the story's: neither is pinned there."""
    fc = extract(text, "2024-03-01", lang=lang)
    places = [f["properties"] for f in fc["features"] if f["properties"].get("kind") == "place"]
    assert [p["name"] for p in places] == [country]




def _agreed(words: str, own: bool, named: set[str]) -> _Best:
    """``words``: what places the name: "" nothing, "preposition" a preposition, "move" a marker of
    where a move starts or ends."""
    town = Candidate("geonames", "6", "Lagoon Town", -82.4, 27.1, "US", 5_000, own=own)
    name = Name(None, 0, 11, (town,), False, "Lagoon Town", "lagoontown", 0.0)  # type: ignore[arg-type]
    scene = Scene(countries=set(named), agreed=frozenset({"US"}))
    evidence = Evidence(lambda n, c: set(), lambda n: bool(words), frozenset(), lambda c: 0, lambda n: words == "move")
    return _Best(name, town, set(), False, scene.in_story(town, False), evidence, scene)


@pytest.mark.parametrize(("words", "own", "named", "rejected"), [
    pytest.param("", True, {"PL"}, True, id="unplaced-in-a-story-of-another-country"),
    pytest.param("preposition", True, {"PL"}, True, id="a-preposition-is-not-enough"),
    pytest.param("move", False, {"PL"}, True, id="where-a-move-ends-by-another-name"),
    pytest.param("move", True, {"PL"}, False, id="where-a-move-ends-by-its-own-name"),
    pytest.param("", True, set(), False, id="no-country-named-agreement-is-the-story"),
])
def test_agreement_on_a_country_puts_a_town_in_the_story_only_without_a_named_one(words, own, named, rejected):
    assert (small_and_far(_agreed(words, own, named)) is not None) == rejected

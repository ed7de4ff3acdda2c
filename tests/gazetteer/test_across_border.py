"""A town just across the border of a country the story names or implies is in the story's
area (issue 21 item 2, :func:`geo.gazetteer.ranking.across_the_border`): a city of its own
name, the seat its region is named after, or a town near that border the words place; a far
namesake stays rejected. A town a short crossing from the story's country, placed by the words,
is spared too (Dover in a story about France: the land-border table has no neighbour across a
strait). Sentences and candidates written for these tests."""

from __future__ import annotations

import math
import subprocess
import sys
from pathlib import Path

import pytest

from geo.extract.pipeline import extract
from geo.gazetteer.index import Candidate
from geo.gazetteer.ranking import (
    ACROSS_BORDER_DEGREES,
    ACROSS_BORDER_POPULATION,
    NAMESAKE_ABROAD,
    SMALL_AND_FAR,
    Evidence,
    Name,
    Scene,
    _Best,
    abroad,
    across_the_border,
    neighbours,
    small_and_far,
)
from tests.lang import cases

ROOT = Path(__file__).resolve().parents[2]


def _places(fc: dict) -> set[str]:
    return {f["properties"]["id"] for f in fc["features"] if f["properties"].get("kind") == "place"}


@pytest.mark.parametrize(("lang", "text", "place_id"), cases("across_border", "PINNED_ACROSS_THE_BORDER") + cases("across_border", "PINNED_ACROSS_THE_SEA"))
def test_a_town_across_the_border_of_the_story_s_country_is_pinned(lang: str, text: str, place_id: str) -> None:
    fc = extract(text, "2024-03-01", lang=lang)
    assert place_id in _places(fc)


@pytest.mark.parametrize(("lang", "text", "name"), cases("across_border", "STILL_REJECTED"))
def test_a_namesake_far_from_the_story_stays_unresolved(lang: str, text: str, name: str) -> None:
    fc = extract(text, "2024-03-01", lang=lang)
    reasons = {u["text"]: u["reason"] for u in fc["geo"]["unresolved"]}
    assert reasons.get(name) in (SMALL_AND_FAR, NAMESAKE_ABROAD)


# --- the rule itself, on candidates written here, in a story about Sudan (the table of
# neighbours is the real one: Chad borders it, Mexico does not)
STORY, NEIGHBOUR, FAR = "SD", "TD", "MX"


def _town(country: str, population: int, *, own: bool = True, fuzzy: bool = False, admin1: str = "") -> Candidate:
    return Candidate("geonames", f"{country}{population}", "Tovnville", 22.0, 13.0, country, population, fuzzy, own, admin1)


def _best(best: Candidate, far: float, *, placed: bool = False, moved: bool = False, others: tuple[Candidate, ...] = (),
          namesakes: tuple[Candidate, ...] = ()) -> _Best:
    name = Name(None, 0, 9, (best, *others), False, "Tovnville", "tovnville", 0.0)  # type: ignore[arg-type]
    evidence = Evidence(lambda n, c: set(), lambda n: placed, object_of_motion=lambda n: moved, namesake_regions=lambda c: namesakes)
    scene = Scene(countries={STORY}, border_distance=lambda lon, lat, iso: far if iso == STORY else math.inf)
    return _Best(name, best, set(), False, False, evidence, scene)


NEAR, AWAY = ACROSS_BORDER_DEGREES / 2, ACROSS_BORDER_DEGREES * 3
SEAT = _town(NEIGHBOUR, 20_000, admin1="07")
SEAT_BY_ANOTHER_NAME = _town(NEIGHBOUR, 20_000, own=False, admin1="07")
SEAT_REGION = Candidate("region", f"{NEIGHBOUR}.07", "Tovnville", 21.0, 13.0, NEIGHBOUR, 400_000, admin1="07")


@pytest.mark.parametrize(("b", "spared"), [
    pytest.param(_best(_town(NEIGHBOUR, ACROSS_BORDER_POPULATION), AWAY), True, id="city-by-its-own-name"),
    pytest.param(_best(_town(NEIGHBOUR, ACROSS_BORDER_POPULATION, own=False), AWAY), False, id="city-by-another-name"),
    pytest.param(_best(SEAT, AWAY, others=(SEAT_REGION,)), True, id="seat-its-region-is-named-after"),
    pytest.param(_best(SEAT_BY_ANOTHER_NAME, AWAY, moved=True, namesakes=(SEAT_REGION,)), True, id="seat-by-another-name-placed"),
    pytest.param(_best(SEAT_BY_ANOTHER_NAME, AWAY, namesakes=(SEAT_REGION,)), False, id="seat-by-another-name-unplaced"),
    pytest.param(_best(_town(NEIGHBOUR, 20_000), NEAR, placed=True), True, id="near-the-border-placed"),
    pytest.param(_best(_town(NEIGHBOUR, 20_000, own=False), NEAR, moved=True), True, id="near-the-border-verb-object"),
    pytest.param(_best(_town(NEIGHBOUR, 20_000), NEAR), False, id="near-the-border-unplaced"),
    pytest.param(_best(_town(NEIGHBOUR, 20_000), AWAY, placed=True), False, id="far-from-the-border-placed"),
    pytest.param(_best(_town(NEIGHBOUR, 20_000, fuzzy=True), NEAR, placed=True), False, id="transliteration-guess"),
    pytest.param(_best(_town(FAR, ACROSS_BORDER_POPULATION * 4), AWAY, placed=True), False, id="not-a-neighbour"),
    pytest.param(_best(_town(FAR, 20_000), NEAR, placed=True), True, id="near-across-the-sea-placed"),
    pytest.param(_best(_town(FAR, 20_000), NEAR), False, id="near-across-the-sea-unplaced"),
    pytest.param(_best(_town(STORY, 20_000), NEAR, placed=True), False, id="in-the-story-s-country"),
])
def test_across_the_border(b: _Best, spared: bool) -> None:
    assert across_the_border(b) == spared


@pytest.mark.parametrize("rule", [small_and_far, abroad], ids=["small_and_far", "abroad"])
def test_the_rejections_spare_a_town_across_the_border(rule) -> None:
    namesake = Candidate("geonames", "9", "Tovnville", -99.0, 19.0, FAR, 3_000)
    placed = _best(_town(NEIGHBOUR, 20_000), NEAR, placed=True, others=(namesake,))
    unplaced = _best(_town(NEIGHBOUR, 20_000), NEAR, others=(namesake,))
    assert rule(placed) is None
    assert rule(unplaced) is not None


# --- the table of neighbours
@pytest.mark.parametrize(("a", "b", "bordering"), [
    pytest.param("SD", "TD", True, id="sudan-chad"),
    pytest.param("MM", "BD", True, id="myanmar-bangladesh"),
    pytest.param("VE", "CO", True, id="venezuela-colombia"),
    pytest.param("SY", "TR", True, id="syria-turkey"),
    pytest.param("RU", "UA", True, id="russia-ukraine"),
    pytest.param("TR", "GR", True, id="a-smaller-part-of-a-country"),
    pytest.param("FR", "BR", False, id="overseas-part"),
    pytest.param("GB", "FR", False, id="across-the-sea"),
    pytest.param("FR", "PL", False, id="apart"),
])
def test_neighbours(a: str, b: str, bordering: bool) -> None:
    assert (b in neighbours()[a]) == bordering
    assert (a in neighbours()[b]) == bordering


def test_the_table_is_what_the_script_writes() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_neighbours.py"), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr

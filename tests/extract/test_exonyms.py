"""Each language's own names of the world's best-known cities (tests/lang/<lang>/exonyms.py,
written from general knowledge) are pinned on the city: every language holds its count of
``python bench/exonyms.py`` (2026-12-07) minus one; and the rule that lets a small town known
the world over be pinned far from the story."""

from __future__ import annotations

import pytest

from bench.exonyms import check
from geo.gazetteer.index import Candidate
from geo.gazetteer.ranking import KNOWN_NAMES, Evidence, Name, Scene, _Best, small_and_far
from tests.lang import LANGS

#: measured by ``python bench/exonyms.py -q`` (de 55/57 en 56/57 es 53/55 fr 53/57 it 55/57 pt 56/57)
MEASURED = {"de": 55, "en": 56, "es": 53, "fr": 53, "it": 55, "pt": 56}


@pytest.mark.parametrize("lang", [x for x in LANGS if x in MEASURED])
def test_a_languages_names_of_famous_cities_pin_the_cities(lang):
    found, misses = check(lang)
    assert found >= MEASURED[lang] - 1, misses


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

"""The countries a story's demonyms imply (issue 21, item 3): "soudanais", "sudanesi",
"syrische" set the story's countries for the ranking of ambiguous names, in all six
languages (``[names] demonym_endings`` of each lexicon). Sentences written for these tests."""

from __future__ import annotations

import pytest

from geo.extract.mentions import implied_countries
from geo.gazetteer import ranking
from geo.gazetteer.index import Candidate, load_index
from geo.gazetteer.ranking import CandidateFeatures, Scene
from geo.lexicon import table
from geo.text import SUPPORTED_LANGS
from geo.text.document import build_document
from tests.lang import cases


@pytest.fixture(scope="module")
def index():
    return load_index()


@pytest.mark.parametrize(("lang", "text", "countries"), cases("story_demonyms", "DEMONYMS_IMPLY_THEIR_COUNTRIES"))
def test_demonyms_imply_their_countries(index, lang: str, text: str, countries: set[str]) -> None:
    assert implied_countries(build_document(text, lang), index) == countries


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param("en", "The woman said a human could read the ancient urban map.", id="en-common-words"),
        pytest.param("fr", "Un chien ancien, certain et quotidien, moyen mais bien aérien.", id="fr-common-words"),
        pytest.param("it", "Un cane anziano e vicino, italianissimo e quotidiano.", id="it-common-words"),
    ],
)
def test_common_words_imply_no_country(index, lang: str, text: str) -> None:
    assert implied_countries(build_document(text, lang), index) == set()


def test_without_an_index_nothing_is_implied() -> None:
    assert implied_countries(build_document("Des familles soudanaises.", "fr"), None) == set()


@pytest.mark.parametrize("lang", SUPPORTED_LANGS)
def test_every_language_has_demonym_endings(lang: str) -> None:
    endings = table(lang, "names")["demonym_endings"]
    assert endings and all(">" in e and e.split(">")[0] for e in endings)


def _town(country: str, population: int = 50_000, lon: float = 30.0, lat: float = 15.0) -> Candidate:
    return Candidate("geonames", country, "Tovn", lon, lat, country, population)


def test_an_implied_country_counts_as_the_story_s_country() -> None:
    scene = Scene(implied=frozenset({"SD"}))
    assert CandidateFeatures.of(_town("SD"), scene, set()).in_story_country
    assert not CandidateFeatures.of(_town("ES"), scene, set()).in_story_country
    assert scene.in_story(_town("SD"), False)


def test_a_town_of_the_implied_country_wins_over_a_bigger_namesake() -> None:
    scene = Scene(implied=frozenset({"SD"}))
    here, there = _town("SD", 20_000), _town("ES", 200_000, lon=-3.0, lat=40.0)
    assert CandidateFeatures.of(here, scene, set()).score() > CandidateFeatures.of(there, scene, set()).score()
    assert CandidateFeatures.of(here, Scene(), set()).score() < CandidateFeatures.of(there, Scene(), set()).score()


def test_implied_countries_alone_reject_no_namesake_abroad() -> None:
    """``abroad`` needs a story whose countries are named: a demonym alone leaves a town abroad to the other rules."""
    sentence = build_document("Xyz.", "en").sentences[0]
    best, other = _town("LB", 200_000, lon=35.8, lat=34.4), _town("RU", 900, lon=37.6, lat=55.7)
    name = ranking.Name(sentence, 0, 6, (best, other), False, "Namesk", "namesk", 1.0)
    evidence = ranking.Evidence(lambda n, c: set(), lambda n: True)
    for scene, rejected in ((Scene(implied=frozenset({"RU"})), False), (Scene(countries={"RU"}), True)):
        b = ranking._Best(name, best, set(), False, scene.in_story(best, False), evidence, scene)
        assert (ranking.abroad(b) is not None) is rejected

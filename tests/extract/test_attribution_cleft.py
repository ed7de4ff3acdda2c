"""The Italian cleft of attribution (issue 20, claimants): "A dirlo è X", "a confermarlo è stato X"
name the speaker after the copula (``[attribution] cleft_markers``, the speaker rule ``cleft``);
a place after "a" opening the sentence is no such cleft. Sentences written for these tests."""

from __future__ import annotations

import pytest

from geo.extract.pipeline import Extractor


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def _claimants(ex: Extractor, text: str) -> list[str]:
    fc = ex(text, "2024-03-01", lang="it").to_geojson()
    return [f["properties"]["claimant"] for f in fc["features"] if f["properties"]["kind"] == "movement"]


@pytest.mark.parametrize(("text", "claimant"), [
    pytest.param("Migliaia di famiglie sono fuggite da Aleppo verso Damasco. A dirlo è il sindaco della città.",
                 "il sindaco della città", id="next-sentence"),
    pytest.param("A riferirlo è stata l'agenzia Ansa: centinaia di persone sono arrivate da Aleppo a Damasco.",
                 "l'agenzia Ansa", id="before-colon"),
    pytest.param("Centinaia di persone sono arrivate da Aleppo a Damasco, a confermarlo è il prefetto.",
                 "il prefetto", id="after-comma"),
])
def test_the_speaker_of_a_cleft_follows_the_copula(ex: Extractor, text: str, claimant: str) -> None:
    got = _claimants(ex, text)
    assert got and all(c.replace("'", " ").replace("  ", " ") == claimant.replace("'", " ") for c in got), got


def test_a_place_after_a_opening_the_sentence_is_no_cleft(ex: Extractor) -> None:
    assert _claimants(ex, "A Damasco sono arrivate centinaia di persone da Aleppo.") == ["the article"]

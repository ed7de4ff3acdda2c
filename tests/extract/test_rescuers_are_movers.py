"""Rescuers, doctors, firefighters and volunteers are people who move (``[grammar] actor_nouns``):
the movement names them as its actor (it named none). Sentences written for this test."""

from __future__ import annotations

import pytest

from geo.extract.pipeline import extract

P = "2024-03-01"

ARRIVALS = [
    pytest.param("en", "Rescue teams arrived in Hama on Saturday.", "teams", id="en-rescue-teams"),
    pytest.param("fr", "Des médecins sont arrivés samedi à Hama.", "médecins", id="fr-medecins"),
    pytest.param("es", "Los bomberos llegaron el sábado a Hama.", "bomberos", id="es-bomberos"),
    pytest.param("it", "I soccorritori sono arrivati sabato a Hama.", "soccorritori", id="it-soccorritori"),
    pytest.param("pt", "Os bombeiros chegaram no sábado a Hama.", "bombeiros", id="pt-bombeiros"),
    pytest.param("de", "Die Helfer kamen am Samstag in Hama an.", "Helfer", id="de-helfer"),
]


@pytest.mark.parametrize(("lang", "text", "noun"), ARRIVALS)
def test_rescuers_are_the_movements_actor(lang: str, text: str, noun: str) -> None:
    fc = extract(text, P, lang=lang)
    actors = [f["properties"].get("actor") or "" for f in fc["features"] if f["properties"]["kind"] == "movement"]
    assert actors and all(noun in a for a in actors), actors

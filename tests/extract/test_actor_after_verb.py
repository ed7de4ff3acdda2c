"""An actor noun after the motion verb is its subject only when it follows closely with
nothing of another phrase between ("Am Montag flohen weitere Familien", "zogen sich die
Soldaten ... zurück"); the object of a purpose clause is not who moved ("travelled to X to
visit the soldiers", "um die Soldaten zu besuchen"). Sentences of our own."""

from __future__ import annotations

import pytest

from geo.extract.pipeline import extract


def _actors(text: str, lang: str) -> list[str | None]:
    fc = extract(text, "2024-03-01", lang=lang)
    return [f["properties"].get("actor") for f in fc["features"] if f["properties"]["kind"] == "movement"]


@pytest.mark.parametrize(("lang", "text"), [
    pytest.param("de", "Der Minister reiste am Montag nach Niamey, um die Soldaten zu besuchen.", id="de"),
    pytest.param("en", "The minister travelled to Niamey on Monday to visit the soldiers.", id="en"),
    pytest.param("fr", "Le ministre s'est rendu lundi à Niamey pour rendre visite aux soldats.", id="fr"),
    pytest.param("es", "El ministro viajó el lunes a Niamey para visitar a los soldados.", id="es"),
    pytest.param("it", "Il ministro è andato lunedì a Niamey per visitare i soldati.", id="it"),
    pytest.param("pt", "O ministro viajou na segunda-feira para Niamey para visitar os soldados.", id="pt"),
])
def test_the_object_of_a_purpose_clause_is_not_the_mover(lang: str, text: str) -> None:
    assert _actors(text, lang) == [None]


@pytest.mark.parametrize(("lang", "text", "word"), [
    pytest.param("de", "Am Montag flohen weitere Familien aus Idlib nach Aleppo.", "Familien", id="de-verb-second"),
    pytest.param("de", "Am Dienstag zogen sich die Soldaten nach Hama zurück.", "Soldaten", id="de-split-verb"),
    pytest.param("fr", "Lundi sont arrivées à Goma trois cents familles.", "familles", id="fr-inverted"),
])
def test_a_subject_after_its_verb_is_the_mover(lang: str, text: str, word: str) -> None:
    got = _actors(text, lang)
    assert got and word in (got[0] or ""), got

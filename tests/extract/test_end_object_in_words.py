"""An end the sentence states as a verb's object in words no known place stands in ("fled X
and reached the village of Smalltown", "das Dorf Smalltown erreicht") is stated: it is not
borrowed from an earlier movement or the story's route (issue 20, item 4: ends are never
borrowed when the sentence names them). Sentences of our own; Zarbelmo is invented."""

from __future__ import annotations

import pytest

from geo.extract.pipeline import extract

ROUTE = {
    "en": "Thousands of families fled Aleppo to Gaziantep last month.",
    "fr": "Des milliers de familles ont fui Alep vers Gaziantep le mois dernier.",
    "de": "Tausende Familien flohen im vergangenen Monat aus Aleppo nach Gaziantep.",
    "it": "Migliaia di famiglie sono fuggite da Aleppo a Gaziantep il mese scorso.",
    "es": "Miles de familias huyeron de Alepo a Gaziantep el mes pasado.",
    "pt": "Milhares de famílias fugiram de Alepo para Gaziantep no mês passado.",
}

STATED_IN_WORDS = [
    pytest.param("en", "On Monday more families fled Idlib and reached the village of Zarbelmo.", id="en-place-noun"),
    pytest.param("en", "On Monday more families fled Idlib and reached Zarbelmo.", id="en-unknown-name"),
    pytest.param("fr", "Lundi, d'autres familles ont fui Idleb et ont atteint le village de Zarbelmo.", id="fr"),
    pytest.param("de", "Am Montag flohen weitere Familien aus Idlib und erreichten das Dorf Zarbelmo.", id="de-verb-second"),
    pytest.param("de", "Am Montag sind weitere Familien aus Idlib geflohen und haben das Dorf Zarbelmo erreicht.", id="de-verb-last"),
    pytest.param("it", "Lunedì altre famiglie sono fuggite da Idlib e hanno raggiunto il villaggio di Zarbelmo.", id="it"),
    pytest.param("es", "El lunes otras familias huyeron de Idlib y alcanzaron el pueblo de Zarbelmo.", id="es"),
    pytest.param("pt", "Na segunda-feira outras famílias fugiram de Idlib e alcançaram a aldeia de Zarbelmo.", id="pt"),
]


def _moves(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    fc = extract(text, "2024-03-01", lang=lang)
    return [(f["properties"]["from"], f["properties"]["to"]) for f in fc["features"] if f["properties"]["kind"] == "movement"]


@pytest.mark.parametrize(("lang", "sentence"), STATED_IN_WORDS)
def test_an_object_in_words_is_not_borrowed(lang: str, sentence: str) -> None:
    got = _moves(ROUTE[lang] + " " + sentence, lang)
    assert len(got) == 2
    assert got[1][0] is not None and got[1][1] is None, got


@pytest.mark.parametrize(("lang", "sentence"), [
    pytest.param("en", "On Monday more families fled Idlib and reached Syrian territory.", id="en-a-demonym-is-no-name"),
])
def test_a_demonym_object_still_borrows(lang: str, sentence: str) -> None:
    """"entered Syrian territory": a people's adjective, no unknown place: the end may still
    come from the story."""
    got = _moves(ROUTE[lang] + " " + sentence, lang)
    assert got[1][1] is not None, got

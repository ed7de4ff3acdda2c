"""Goals and origins named by a facility or site (issue 21): a town's name with a facility noun
("X Airport", "X General Hospital"; "Flughafen X"; "l'hôpital de X", "el hospital de X") is a
mention of that town, written with the facility's whole name; the facility noun before the name
says the name is a place. Sentences of our own."""

from __future__ import annotations

import pytest

from geo.extract.pipeline import extract


def _movements(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    fc = extract(text, "2024-03-01", lang=lang)
    names = {f["properties"]["id"]: f["properties"]["name"] for f in fc["features"] if f["properties"]["kind"] == "place"}
    return [(names.get(p["from"]), names.get(p["to"])) for f in fc["features"] if (p := f["properties"])["kind"] == "movement"]


def _mentions(text: str, lang: str) -> list[tuple[str, str]]:
    fc = extract(text, "2024-03-01", lang=lang)
    return [(m["text"], f["properties"]["name"]) for f in fc["features"] if f["properties"]["kind"] == "place"
            for m in f["properties"]["mentions"]]


@pytest.mark.parametrize(("lang", "text", "to"), [
    pytest.param("en", "The wounded driver was taken to Colchester Hospital on Friday.", "Colchester", id="en-town-hospital"),
    pytest.param("en", "Two planes carrying evacuees landed at Frankfurt Airport overnight.", "Frankfurt am Main", id="en-town-airport"),
    pytest.param("de", "Die Maschine mit den Evakuierten landete am Flughafen Frankfurt.", "Frankfurt am Main", id="de-airport-town"),
    pytest.param("fr", "La blessée a été transportée à l'hôpital de Kalamata.", "Kalamata", id="fr-hospital-of-town"),
    pytest.param("es", "Los heridos fueron trasladados al hospital de Kalamata.", "Kalamata", id="es-hospital-of-town"),
    pytest.param("it", "I feriti sono stati portati all'ospedale di Kalamata.", "Kalamata", id="it-hospital-of-town"),
    pytest.param("pt", "Os feridos foram levados para o hospital de Kalamata.", "Kalamata", id="pt-hospital-of-town"),
])
def test_a_facility_of_a_town_is_the_goal(lang: str, text: str, to: str) -> None:
    assert _movements(text, lang) == [(None, to)]


@pytest.mark.parametrize(("text", "written"), [
    pytest.param("The wounded driver was taken to Colchester Hospital on Friday.", "Colchester Hospital", id="one-word"),
    pytest.param("The patients were moved to Colchester General Hospital on Friday.", "Colchester General Hospital", id="words-between"),
])
def test_the_mention_is_the_facility_s_whole_name(text: str, written: str) -> None:
    assert [w for w, _ in _mentions(text, "en")] == [written]


def test_a_name_after_the_facility_name_keeps_its_own_mention() -> None:
    """The words after a town are no facility of it when they hold another name."""
    written = [w for w, _ in _mentions("The convoy drove from Kalamata to Athens Airport.", "en")]
    assert "Kalamata" in written and "Athens Airport" in written

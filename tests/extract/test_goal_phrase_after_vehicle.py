"""A means of transport between a verb of taking and the goal phrase it opens ("driven by
ambulance to a hospital in X", "evacuados en helicóptero a un hospital de campaña en X"):
the phrase still opens right after the verb, and the place that locates it is the end
(rule ``goal_phrase_located``; vehicle nouns are ``[grammar] vehicle_nouns``). Sentences
of our own."""

from __future__ import annotations

import pytest

from geo.extract.pipeline import extract

TEL_AVIV, KRAMATORSK = "geonames:293397", "geonames:704508"


@pytest.mark.parametrize(("lang", "text", "to"), [
    pytest.param("en", "Two others were driven by ambulance to a hospital in Tel Aviv.", TEL_AVIV, id="en"),
    pytest.param("fr", "Deux autres ont été transportés en ambulance vers un hôpital à Tel-Aviv.", TEL_AVIV, id="fr"),
    pytest.param("de", "Zwei weitere wurden mit einem Krankenwagen in ein Krankenhaus in Tel Aviv gefahren.", TEL_AVIV, id="de"),
    pytest.param("it", "Altri due sono stati trasportati in ambulanza verso un ospedale a Tel Aviv.", TEL_AVIV, id="it"),
    pytest.param("es", "Otros dos fueron trasladados en ambulancia a un hospital en Tel Aviv.", TEL_AVIV, id="es"),
    pytest.param("pt", "Outros dois foram transportados de ambulância para um hospital em Tel Aviv.", TEL_AVIV, id="pt"),
    pytest.param("en", "The wounded were flown by helicopter to a field hospital near Kramatorsk.", KRAMATORSK, id="en-helicopter"),
    pytest.param("es", "Los heridos fueron evacuados en helicóptero a un hospital de campaña en Kramatorsk.", KRAMATORSK,
                 id="es-helicopter"),
])
def test_a_vehicle_before_the_goal_phrase(lang: str, text: str, to: str) -> None:
    fc = extract(text, "2024-03-01", lang=lang)
    got = [f["properties"]["to"] for f in fc["features"] if f["properties"]["kind"] == "movement"]
    assert len(got) == 1 and got[0].split("~")[0] == to, got

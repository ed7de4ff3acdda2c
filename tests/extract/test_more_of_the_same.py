"""More people of the same journey (issue 20): "Another 200 were evacuated on Tuesday" after a
journey with both ends makes that journey again, in every language (``[constructions]
more_of_the_same``, rule ``the_same_journey_again``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from geo.extract.pipeline import Extractor

AGAIN = [
    pytest.param("en", "The army evacuated 300 people from Homs to Damascus on Monday. Another 200 were evacuated on Tuesday.", id="en"),
    pytest.param("fr", "L'armée a évacué 300 personnes de Homs vers Damas lundi. 200 autres ont été évacuées mardi.", id="fr"),
    pytest.param("de", "Die Armee evakuierte am Montag 300 Menschen von Homs nach Damaskus. Weitere 200 wurden am Dienstag evakuiert.",
                 id="de"),
    pytest.param("es", "El ejército evacuó a 300 personas de Homs a Damasco el lunes. Otras 200 fueron evacuadas el martes.", id="es"),
    pytest.param("it", "L'esercito ha evacuato 300 persone da Homs a Damasco lunedì. Altre 200 sono state evacuate martedì.", id="it"),
    pytest.param("pt", "O exército retirou 300 pessoas de Homs para Damasco na segunda-feira. Outras 200 foram retiradas na terça-feira.",
                 id="pt"),
]


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def _moves(ex: Extractor, lang: str, text: str) -> list[dict]:
    fc = ex(text, "2024-03-01", lang=lang).to_geojson()
    return [f["properties"] for f in fc["features"] if f["properties"]["kind"] == "movement"]


@pytest.mark.parametrize(("lang", "text"), AGAIN)
def test_more_people_make_the_same_journey_again(ex: Extractor, lang: str, text: str) -> None:
    moves = _moves(ex, lang, text)
    first = [(m["from"], m["to"]) for m in moves if m["sentence"] == 0]
    again = [m for m in moves if m["sentence"] == 1]
    assert len(first) == 1 and [(m["from"], m["to"]) for m in again] == first
    assert again[0]["inferred"] == ["origin", "destination"]


@pytest.mark.parametrize("lang, text", [
    pytest.param("en", "The army evacuated 300 people from Homs to Damascus on Monday. Others were evacuated on Tuesday.", id="en-others"),
    pytest.param("en", "The army evacuated 300 people from Homs to Damascus on Monday. More aid is needed.", id="en-no-move"),
])
def test_without_a_number_no_journey_is_repeated(ex: Extractor, lang: str, text: str) -> None:
    assert not [m for m in _moves(ex, lang, text) if m["sentence"] == 1 and "more people of the journey" in str(m.get("note", ""))]

"""A place's name with a genitive ending (``[names] genitive_endings``; German "-s": "im
Norden Syriens", "die Hauptstadt Malis") is that place — a country, a region or a big city,
never a village the shorter word might be — and a cross-language demonym ("Syriens" is
French for Syrians) or a village's other name ("Malis") does not take it. Sentences of
our own."""

from __future__ import annotations

import pytest

from geo.extract.pipeline import extract


@pytest.mark.parametrize(("text", "want"), [
    pytest.param("Tausende flohen aus dem Norden Malis nach Mauretanien.", {"country:MLI", "country:MLI~north"}, id="malis"),
    pytest.param("Tausende flohen aus dem Norden Syriens in die Türkei.", {"syria", "syria~north"}, id="syriens"),
    pytest.param("Tausende flohen aus dem Süden Libanons nach Beirut.", {"country:LBN", "country:LBN~south"}, id="libanons"),
    pytest.param("Tausende flohen aus dem Osten Tschads.", {"country:TCD", "country:TCD~east"}, id="tschads"),
    pytest.param("Tausende flohen aus dem Norden Äthiopiens nach Kenia.", {"country:ETH", "country:ETH~north"}, id="aethiopiens"),
])
def test_a_genitive_names_the_place(text: str, want: set[str]) -> None:
    fc = extract(text, "2024-03-01", lang="de")
    ids = {f["id"] for f in fc["features"] if f["properties"]["kind"] == "place"}
    assert want <= ids, ids


def test_the_movement_starts_in_the_genitive_place() -> None:
    fc = extract("Mehr als 20.000 Menschen sind aus dem Norden Malis nach Mauretanien geflohen.", "2024-03-01", lang="de")
    moves = [(f["properties"]["from"], f["properties"]["to"]) for f in fc["features"] if f["properties"]["kind"] == "movement"]
    assert moves == [("country:MLI~north", "country:MRT")]

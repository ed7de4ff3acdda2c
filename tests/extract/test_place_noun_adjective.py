"""A place noun with an adjective after it and the place it names ("dalle coste tunisine di
Sfax", "des côtes tunisiennes de Sfax") is that place's noun, not an anaphor for the last
place named (rule ``the_place_noun``). The construction exists where an adjective follows
its noun. Sentences of our own."""

from __future__ import annotations

import pytest

from geo.extract.pipeline import extract

CATANIA, SFAX = "geonames:2525068", "geonames:2467454"


@pytest.mark.parametrize(("lang", "text"), [
    pytest.param("it", "Ieri 200 migranti sono arrivati a Catania. Le barche erano partite dalle coste tunisine di Sfax.", id="it"),
    pytest.param("fr", "Hier 200 migrants sont arrivés à Catane. Les bateaux étaient partis des côtes tunisiennes de Sfax.", id="fr"),
    pytest.param("es", "Ayer 200 migrantes llegaron a Catania. Las barcas habían salido de las costas tunecinas de Sfax.", id="es"),
    pytest.param("pt", "Ontem 200 migrantes chegaram a Catânia. Os barcos tinham partido das costas tunisinas de Sfax.", id="pt"),
])
def test_a_place_noun_with_its_adjective_and_name_is_no_anaphor(lang: str, text: str) -> None:
    fc = extract(text, "2024-03-01", lang=lang)
    moves = [(f["properties"]["from"], f["properties"]["to"]) for f in fc["features"] if f["properties"]["kind"] == "movement"]
    assert (CATANIA, None) not in moves
    assert all(a != CATANIA for a, _ in moves)
    assert any(a == SFAX for a, _ in moves)

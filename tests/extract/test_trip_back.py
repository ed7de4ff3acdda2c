"""A move back from a stay or a journey away starts where that stay was (issue 20, wrong ends
on unseen news): a verb of motion, a source marker, then a noun of ``[constructions]
trip_nouns`` ("returned from a trip to X", "back from holiday in X"): X is the origin of the
return, not its destination. Sentences written for this test."""

import pytest

from geo.extraction import Extractor

#: (language, text, origin id, destination id)
TRIPS = [
    ("en", "The nurse returned from a trip to Poland on Monday.", "country:POL", None),
    ("en", "The man fell ill after returning from a visit to Syria.", "syria", None),
    ("en", "The minister returned to Berlin from holiday in Poland.", "country:POL", "geonames:2950159"),
    ("fr", "L'infirmière est rentrée d'un voyage en Pologne lundi.", "country:POL", None),
    ("de", "Die Krankenschwester ist am Montag von einer Reise nach Polen zurückgekehrt.", "country:POL", None),
    ("de", "Der Minister kehrte aus dem Urlaub in Polen nach Berlin zurück.", "country:POL", "geonames:2950159"),
    ("it", "L'infermiera è tornata da un viaggio in Polonia lunedì.", "country:POL", None),
    ("es", "La enfermera regresó de un viaje a Polonia el lunes.", "country:POL", None),
    ("pt", "A enfermeira voltou de uma viagem à Polónia na segunda-feira.", "country:POL", None),
]

#: (language, text, origin id, destination id): other source phrases keep their reading
OTHERS = [
    ("en", "The families fled from Homs to Damascus.", "homs", "damascus"),
    ("de", "Die Familien sind aus Homs nach Damaskus geflohen.", "homs", "damascus"),
]


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


@pytest.mark.parametrize(("lang", "text", "origin", "dest"), TRIPS + OTHERS,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(TRIPS + OTHERS)])
def test_the_trip_back_starts_where_the_trip_went(extractor, lang, text, origin, dest):
    ex = extractor("News\n\n" + text, "2024-03-01", lang=lang)
    got = [(c.origin, c.destination) for c in ex.claims if c.kind == "movement"]
    assert got == [(origin, dest)], [(c.origin, c.destination, c.cue) for c in ex.claims]

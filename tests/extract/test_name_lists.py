"""A list of names places each of its names (issue 20): "to A, B, C, D and E" — the names far
from the marker that opens the list are places too, a short bracket after a listed name
("Pinerolo (TO)") does not end the list, and every listed destination shares the role."""

import pytest

from geo.extraction import Extractor

#: (language, sentence, the names every one of which must be found as a place, the number of
#: destinations the movement must have). Sentences written for this test.
LISTS = [
    ("it", "Le famiglie saranno trasferite a Roma, Torino, Pinerolo (TO), Trento, Firenze e Bologna.",
     ["Roma", "Torino", "Pinerolo", "Trento", "Firenze", "Bologna"], 6),
    ("it", "Roma, Torino, Trento, Firenze e Bologna saranno le destinazioni delle famiglie.",
     ["Roma", "Torino", "Trento", "Firenze", "Bologna"], 5),
    ("en", "The families were later taken by bus to Kyiv, Lviv, Kharkiv, Odesa, Mariupol and Warsaw.",
     ["Kyiv", "Lviv", "Kharkiv", "Odesa", "Mariupol", "Warsaw"], 6),
    ("fr", "Les familles ont ensuite été emmenées en bus à Lyon, Grenoble, Annecy (74), Dijon, Nancy et Reims.",
     ["Lyon", "Grenoble", "Annecy", "Dijon", "Nancy", "Reims"], 6),
    ("de", "Die Familien wurden später mit Bussen nach Essen, Bochum, Dortmund, Münster, Bielefeld und Kassel gebracht.",
     ["Essen", "Bochum", "Dortmund", "Münster", "Bielefeld", "Kassel"], 6),
    ("es", "Las familias fueron trasladadas después en autobús a Sevilla, Córdoba, Granada (Andalucía), Murcia, Valencia y Zaragoza.",
     ["Sevilla", "Córdoba", "Granada", "Murcia", "Valencia", "Zaragoza"], 6),
    ("pt", "As famílias foram depois levadas de autocarro para Braga, Coimbra, Aveiro, Leiria, Évora e Faro.",
     ["Braga", "Coimbra", "Aveiro", "Leiria", "Évora", "Faro"], 6),
]


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


@pytest.mark.parametrize(("lang", "text", "names", "n_dest"), LISTS, ids=[f"{x[0]}-{i}" for i, x in enumerate(LISTS)])
def test_every_listed_name_is_a_place_and_a_destination(extractor, lang, text, names, n_dest):
    ex = extractor(text, "2024-03-01", lang=lang)
    found = {m.text for m in ex.mentions if m.not_place is None}
    assert set(names) <= found, f"missing: {set(names) - found}"
    dests = {c.destination for c in ex.claims if c.kind == "movement" and c.destination}
    assert len(dests) == n_dest, [(c.origin, c.destination, c.rules) for c in ex.claims]


def test_a_bracket_that_qualifies_a_listed_name_keeps_the_list(extractor):
    ex = extractor("The convoy left Aleppo for Homs, Hama (Syria), Raqqa and Mosul.", "2024-03-01", lang="en")
    dests = [c.destination for c in ex.claims if c.kind == "movement"]
    assert len(dests) == 4 and len(set(dests)) == 4, dests

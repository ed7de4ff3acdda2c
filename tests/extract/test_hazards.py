"""What moves is a storm, a fire, water or fighting, not people (issue 20, precision): a
hazard noun (``[constructions] hazard_nouns``) as the subject of a verb of motion, or after
"of" following a noun of motion, makes no movement; the sentence is listed as unmapped with
that reason. People fleeing a hazard still move. Sentences written for this test."""

import pytest

from geo.extraction import Extractor

#: (language, text): no movement is claimed
HAZARDS = [
    ("en", "The storm is expected to reach Malawi on Thursday."),
    ("en", "The arrival of the cyclone in Mozambique killed twenty people."),
    ("en", "As the fighting reached Kherson, the bridge was closed."),
    ("fr", "La tempête a atteint Damas lundi."),
    ("fr", "L'arrivée du cyclone au Mozambique a fait vingt morts."),
    ("de", "Der Sturm erreichte am Montag Damaskus."),
    ("de", "Am Montag erreichte das Hochwasser Passau."),
    ("de", "Helfer warnten, dass die Kämpfe bald auch Damaskus erreichen könnten."),
    ("it", "La tempesta ha raggiunto Damasco lunedì."),
    ("it", "L'arrivo dell'uragano in Florida ha causato danni."),
    ("es", "El huracán llegó a Florida el domingo."),
    ("es", "La tormenta tropical avanza hacia Cuba."),
    ("pt", "A tempestade chegou a Damasco na segunda-feira."),
    ("pt", "A chegada do furacão à Flórida causou danos."),
]

#: (language, text, destination id): people fleeing a hazard still move
PEOPLE = [
    ("en", "Families fleeing the storm reached Damascus on Monday.", "damascus"),
    ("fr", "Des familles fuyant les combats ont atteint Damas lundi.", "damascus"),
    ("de", "Vor dem Sturm fliehende Familien erreichten am Montag Damaskus.", "damascus"),
    ("it", "Famiglie in fuga dall'alluvione hanno raggiunto Damasco lunedì.", "damascus"),
    ("es", "Miles de personas huyeron de los combates a Damasco.", "damascus"),
    ("pt", "Milhares de pessoas fugiram dos combates para Damasco.", "damascus"),
]


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


@pytest.mark.parametrize(("lang", "text"), HAZARDS, ids=[f"{c[0]}-{i}" for i, c in enumerate(HAZARDS)])
def test_a_hazard_that_moves_is_no_movement(extractor, lang, text):
    ex = extractor("News\n\n" + text, "2024-03-01", lang=lang)
    assert not [c for c in ex.claims if c.kind == "movement"], [(c.origin, c.destination, c.cue) for c in ex.claims]
    assert any("not people" in u.reason for u in ex.unmapped), [u.reason for u in ex.unmapped]


@pytest.mark.parametrize(("lang", "text", "dest"), PEOPLE, ids=[f"{c[0]}-{i}" for i, c in enumerate(PEOPLE)])
def test_people_fleeing_a_hazard_still_move(extractor, lang, text, dest):
    ex = extractor("News\n\n" + text, "2024-03-01", lang=lang)
    assert dest in {c.destination for c in ex.claims if c.kind == "movement"}, [(c.origin, c.destination, c.cue) for c in ex.claims]

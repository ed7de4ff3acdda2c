"""A verb that takes its goal as object (join, reach, enter) or a verb of taking, with a group,
talks, an agreement, a figure or an occasion as its object (``[constructions]
figurative_objects``), moves no one to a place (issue 20, precision on unseen news): "joined
the opposition", "reached an agreement", "ha raggiunto un accordo". People who join others
somewhere, or reach a place, still move. Sentences written for this test."""

import pytest

from geo.extraction import Extractor

#: (language, text): no movement is claimed
FIGURATIVE = [
    ("en", "The rebel leaders reached an agreement in Damascus on Monday."),
    ("en", "In Damascus, the rebel leaders joined the opposition."),
    ("en", "In Damascus, the doctor joined the country's Green Party in 1990."),
    ("fr", "À Damas, les chefs rebelles ont rejoint l'opposition."),
    ("de", "In Damaskus erreichten die Rebellenführer eine Einigung."),
    ("it", "A Damasco i capi ribelli hanno raggiunto un accordo."),
    ("es", "En Damasco, los líderes rebeldes alcanzaron un acuerdo."),
    ("pt", "Em Damasco, os líderes rebeldes alcançaram um acordo."),
]

#: (language, text, destination id): the verbs still move people to places
PEOPLE = [
    ("en", "Hundreds of families joined their relatives in Berlin.", "geonames:2950159"),
    ("en", "The families reached the camp near Homs on Monday.", "homs~near"),
    ("it", "Centinaia di famiglie hanno raggiunto Damasco lunedì.", "damascus"),
]


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


@pytest.mark.parametrize(("lang", "text"), FIGURATIVE, ids=[f"{c[0]}-{i}" for i, c in enumerate(FIGURATIVE)])
def test_a_figurative_object_moves_no_one(extractor, lang, text):
    ex = extractor("News\n\n" + text, "2024-03-01", lang=lang)
    assert not [c for c in ex.claims if c.kind == "movement"], [(c.origin, c.destination, c.cue) for c in ex.claims]


@pytest.mark.parametrize(("lang", "text", "dest"), PEOPLE, ids=[f"{c[0]}-{i}" for i, c in enumerate(PEOPLE)])
def test_people_joining_or_reaching_a_place_move(extractor, lang, text, dest):
    ex = extractor("News\n\n" + text, "2024-03-01", lang=lang)
    assert dest in {c.destination for c in ex.claims if c.kind == "movement"}, [(c.origin, c.destination, c.cue) for c in ex.claims]

"""A verb that takes its goal as object (join, reach, enter) or a verb of taking, with a group,
talks, an agreement, a figure or an occasion as its object (``[constructions]
figurative_objects``), moves no one to a place (issue 20, precision on unseen news): "joined
the opposition", "reached an agreement", "ha raggiunto un accordo". People who join others
somewhere, or reach a place, still move, and so does a group of people taken or sent somewhere
("escorted the group to X": ``people_groups``). Sentences written for this test."""

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
    ("fr", "À Damas, les déserteurs ont rejoint le groupe lundi."),
    ("en", "In Damascus, the deserters joined the group on Monday."),
]

#: (language, text, destination id): the verbs still move people to places
PEOPLE = [
    ("en", "Hundreds of families joined their relatives in Berlin.", "geonames:2950159"),
    ("en", "The families reached the camp near Homs on Monday.", "homs~near"),
    ("it", "Centinaia di famiglie hanno raggiunto Damasco lunedì.", "damascus"),
]

#: (language, text, destination id): a group of people (``people_groups``) taken or sent is moved
GROUPS_TAKEN = [
    ("en", "Guards took the group to Damascus on Monday.", "damascus"),
    ("en", "The ministry sent a battalion to Berlin.", "geonames:2950159"),
    ("de", "Die Wachen brachten die Gruppe am Montag nach Damaskus.", "damascus"),
    ("de", "Das Ministerium schickte ein Bataillon nach Berlin.", "geonames:2950159"),
    ("es", "El ministerio envió un batallón a Berlín.", "geonames:2950159"),
    ("es", "Los guardias escoltaron al grupo hasta Damasco el lunes.", "damascus"),
    ("fr", "Les gardes ont emmené le groupe à Damas lundi.", "damascus"),
    ("fr", "Le ministère a envoyé une brigade à Berlin.", "geonames:2950159"),
    ("it", "Le guardie hanno portato il gruppo a Damasco lunedì.", "damascus"),
    ("it", "Il ministero ha inviato un reggimento a Berlino.", "geonames:2950159"),
    ("pt", "Os guardas levaram o grupo para Damasco na segunda-feira.", "damascus"),
    ("pt", "O ministério enviou um batalhão para Berlim.", "geonames:2950159"),
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


@pytest.mark.parametrize(("lang", "text", "dest"), GROUPS_TAKEN, ids=[f"{c[0]}-{i}" for i, c in enumerate(GROUPS_TAKEN)])
def test_a_group_taken_or_sent_moves(extractor, lang, text, dest):
    ex = extractor("News\n\n" + text, "2024-03-01", lang=lang)
    assert dest in {c.destination for c in ex.claims if c.kind == "movement"}, [(c.origin, c.destination, c.cue) for c in ex.claims]

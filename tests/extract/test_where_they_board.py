"""After a verb of going on board (``[constructions] embark_verbs``), a marker that says where
(``boarded_at``) names where they board: the start, not the goal ("embarked in X", "si sono
imbarcati a X", "ont embarqué à X"; before, the Italian, French and Portuguese sentences drew X as
the goal). A goal marker keeps its goal ("embarked for X"). Sentences written for this test."""

import pytest

from geo.extraction import Extractor

#: (language, text, the movements as (origin, destination))
CASES = [
    ("en", "The migrants embarked in Beirut on Monday.", {("geonames:276781", None)}),
    ("en", "The migrants boarded two boats in Beirut.", {("geonames:276781", None)}),
    ("en", "The migrants embarked for Beirut.", {(None, "geonames:276781")}),
    ("de", "Die Passagiere sind am Montag in Berlin eingestiegen.", {("geonames:2950159", None)}),
    ("es", "Los migrantes se embarcaron en Beirut el lunes.", {("geonames:276781", None)}),
    ("fr", "Les passagers ont embarqué à Damas lundi.", {("damascus", None)}),
    ("fr", "Les passagers ont embarqué pour Damas.", {(None, "damascus")}),
    ("it", "I migranti si sono imbarcati a Beirut lunedì.", {("geonames:276781", None)}),
    ("it", "I migranti si sono imbarcati a Beirut per Damasco.", {("geonames:276781", "damascus")}),
    ("pt", "Os migrantes embarcaram em Beirute na segunda-feira.", {("geonames:276781", None)}),
]


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


@pytest.mark.parametrize(("lang", "text", "moves"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_where_they_board_is_the_start(extractor, lang, text, moves):
    ex = extractor("News\n\n" + text, "2024-03-01", lang=lang)
    assert {(c.origin, c.destination) for c in ex.claims if c.kind == "movement"} == moves, \
        [(c.origin, c.destination, c.cue, c.rules) for c in ex.claims]

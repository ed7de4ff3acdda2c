"""A phrase of whom the movers go with ("fled with their three children to X": ``[constructions]
comitatives``) or, after a passive, of who moves them ("were evacuated by the Red Cross to X":
``[attribution] agent_markers`` that mark no end) between a verb and its weak marker counts as one
word: the marker still names the verb's end (issue 20: a cue and a place in one sentence, no end
linked). Sentences written for this test."""

import pytest

from geo.extraction import Extractor

#: (language, text, destination id)
MOVED = [
    ("en", "He returned with his wife to Damascus on Monday.", "damascus"),
    ("en", "The wounded were evacuated by the Red Cross to Damascus.", "damascus"),
    ("de", "Sie floh mit ihren drei Kindern nach Damaskus.", "damascus"),
    ("de", "Die Verletzten wurden vom Roten Kreuz nach Damaskus gebracht.", "damascus"),
    ("fr", "Il est rentré avec sa femme à Damas lundi.", "damascus"),
    ("fr", "Les blessés ont été évacués par la Croix-Rouge à Damas.", "damascus"),
    ("es", "Huyó con sus tres hijos a Damasco.", "damascus"),
    ("es", "Los heridos fueron evacuados por la Cruz Roja a Damasco.", "damascus"),
    ("it", "È fuggita con i suoi tre figli a Damasco.", "damascus"),
    ("it", "È fuggita con i suoi tre figli in Libano.", "country:LBN"),
    ("pt", "Ele voltou com a esposa para Damasco.", "damascus"),
    ("pt", "Ela fugiu com os três filhos e a mãe para Damasco.", "damascus"),
]

#: (language, text, the movements as (origin, destination)): the phrase is no phrase of company
#: when it names a place's marker, and the Italian "da" after "essere" is a source, no agent
KEPT = [
    ("en", "She fled with relatives from Homs to Damascus.", {("homs", "damascus")}),
    ("it", "Migliaia di persone sono fuggite dai combattimenti a Homs.", {("homs", None)}),
    ("it", "I soldati sono tornati da Homs a Damasco.", {("homs", "damascus")}),
]


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


@pytest.mark.parametrize(("lang", "text", "dest"), MOVED, ids=[f"{c[0]}-{i}" for i, c in enumerate(MOVED)])
def test_the_marker_after_a_phrase_of_company_names_the_end(extractor, lang, text, dest):
    ex = extractor("News\n\n" + text, "2024-03-01", lang=lang)
    assert dest in {c.destination for c in ex.claims if c.kind == "movement"}, [(c.origin, c.destination, c.cue) for c in ex.claims]


@pytest.mark.parametrize(("lang", "text", "moves"), KEPT, ids=[f"{c[0]}-{i}" for i, c in enumerate(KEPT)])
def test_no_phrase_of_company_across_a_marker(extractor, lang, text, moves):
    ex = extractor("News\n\n" + text, "2024-03-01", lang=lang)
    assert {(c.origin, c.destination) for c in ex.claims if c.kind == "movement"} == moves, \
        [(c.origin, c.destination, c.cue) for c in ex.claims]

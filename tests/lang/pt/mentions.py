"""Sentences of tests/extract/test_mentions.py in this language, one table a test."""

import pytest

#: a town named like a frequent word, after a marker that follows a verb of motion ("de" is also "of")
A_MARKER_AFTER_A_VERB_OF_MOTION_PLACES_THE_NAME = [pytest.param('Muitas famílias partiram de Natal na segunda-feira.', 'Natal', id='partiram-de-natal')]

#: a place, a marker of where the move starts (also a name's particle: da, de), another place:
#: two names, not one longer one (mentions._Tokens.marked_apart, _after_marked_name)
NAMES_ON_BOTH_SIDES_OF_A_SOURCE_MARKER = [
    pytest.param("Os refugiados chegaram em Manaus da Venezuela.", ["geonames:3663517", "country:VEN"], id="em-manaus-da-venezuela"),
    pytest.param("A família viajou para Recife de Fortaleza.", ["geonames:3390760", "geonames:3399415"], id="para-recife-de-fortaleza"),
]

#: a person's name with a particle, no marker before it: no place of its parts
A_PERSONS_NAME_WITH_A_PARTICLE_GIVES_NO_PLACE = [
    pytest.param("O presidente Lula da Silva viajou para Roma.", "geonames:3169070", id="lula-da-silva"),
]

#: a preposition merged with the article a town's own name starts with: the town by its own name
#: (mentions._contracted_names): the sentence, the word after the preposition, the town's geonameid
A_TOWN_NAMED_WITH_ITS_ARTICLE_AFTER_A_CONTRACTION = [
    pytest.param("Os refugiados chegaram na Coruña na segunda-feira.", "Coruña", "3119841", id="na-coruna"),
]

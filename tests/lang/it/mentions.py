"""Italian sentences of tests/extract/test_mentions.py, one table a test (see tests/lang/__init__.py)."""

import pytest

SPANS_AS_THE_FIELD_COUNTS_THEM = [
    pytest.param("I soldati sono arrivati nella Provincia di Idlib ieri.", "Provincia di Idlib", id="provincia-di"),
]

#: a town named like a frequent word, after a marker that follows a verb of motion ("de" is also "of")
A_MARKER_AFTER_A_VERB_OF_MOTION_PLACES_THE_NAME = [pytest.param('Molte famiglie sono partite da Prato lunedì.', 'Prato', id='partite-da-prato')]

#: a place, a marker of where the move starts (also a name's particle: da, de), another place:
#: two names, not one longer one (mentions._Tokens.marked_apart, _after_marked_name)
NAMES_ON_BOTH_SIDES_OF_A_SOURCE_MARKER = [
    pytest.param("I profughi sono arrivati a Milano da Bergamo in treno.", ["geonames:3173435", "geonames:3182164"], id="a-milano-da-bergamo"),
    pytest.param("Le famiglie sono arrivate a Lampedusa da Tripoli.", ["geonames:2524459", "geonames:2210247"], id="a-lampedusa-da-tripoli"),
]

#: a person's name with a particle, no marker before it: no place of its parts
A_PERSONS_NAME_WITH_A_PARTICLE_GIVES_NO_PLACE = [
    pytest.param("Il quadro di Leonardo da Vinci è arrivato a Parigi.", "geonames:2988507", id="leonardo-da-vinci"),
]

#: a preposition merged with the article a town's own name starts with: the town by its own name
#: (mentions._contracted_names): the sentence, the word after the preposition, the town's geonameid
A_TOWN_NAMED_WITH_ITS_ARTICLE_AFTER_A_CONTRACTION = [
    pytest.param("I migranti sono sbarcati alla Spezia, in Liguria.", "Spezia", "3175081", id="alla-spezia"),
]

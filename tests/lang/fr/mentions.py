"""French sentences of tests/extract/test_mentions.py, one table a test (see tests/lang/__init__.py)."""

import pytest

SPANS_AS_THE_FIELD_COUNTS_THEM = [
    pytest.param("Les habitants de la Province de Québec ont voté hier.", "Province de Québec", id="province-de"),
]

A_HEAD_NOUN_OUTSIDE_THE_NAME_STAYS_OUT = [
    pytest.param("Les obus sont tombés sur la province d'Idleb cette nuit.", "Idleb", id="lowercase-head"),
]

#: a town named like a frequent word, after a marker that follows a verb of motion ("de" is also "of")
A_MARKER_AFTER_A_VERB_OF_MOTION_PLACES_THE_NAME = [pytest.param('Des soldats sont partis de Lyon lundi.', 'Lyon', id='partis-de-lyon')]

#: a place, a marker of where the move starts (also a name's particle: da, de), another place:
#: two names, not one longer one (mentions._Tokens.marked_apart, _after_marked_name)
NAMES_ON_BOTH_SIDES_OF_A_SOURCE_MARKER = [
    pytest.param("Les familles sont arrivées à Calais de Lille.", ["geonames:3029162", "geonames:2998324"], id="a-calais-de-lille"),
    pytest.param("Les réfugiés sont arrivés à Lyon de Marseille.", ["geonames:2996944", "geonames:2995469"], id="a-lyon-de-marseille"),
]

#: a person's name with a particle, no marker before it: no place of its parts
A_PERSONS_NAME_WITH_A_PARTICLE_GIVES_NO_PLACE = [
    pytest.param("Le ministre Jean de Gaulle est arrivé à Paris.", "geonames:2988507", id="jean-de-gaulle"),
]

#: a preposition merged with the article a town's own name starts with: the town by its own name
#: (mentions._contracted_names): the sentence, the word after the preposition, the town's geonameid
A_TOWN_NAMED_WITH_ITS_ARTICLE_AFTER_A_CONTRACTION = [
    pytest.param("Les saisonniers sont arrivés lundi au Mans, dans la Sarthe.", "Mans", "3003603", id="au-mans"),
]

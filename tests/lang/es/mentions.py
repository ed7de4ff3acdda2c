"""Spanish sentences of tests/extract/test_mentions.py, one table a test (see tests/lang/__init__.py)."""

import pytest

#: a place, a marker of where the move starts (also a name's particle: da, de), another place:
#: two names, not one longer one (mentions._Tokens.marked_apart, _after_marked_name)
NAMES_ON_BOTH_SIDES_OF_A_SOURCE_MARKER = [
    pytest.param("Los refugiados llegaron a Madrid de Sevilla.", ["geonames:3117735", "geonames:2510911"], id="a-madrid-de-sevilla"),
]

#: a person's name with a particle, no marker before it: no place of its parts
A_PERSONS_NAME_WITH_A_PARTICLE_GIVES_NO_PLACE = [
    pytest.param("El cuadro de Diego de Silva llegó a Madrid.", "geonames:3117735", id="diego-de-silva"),
]

#: a preposition merged with the article a town's own name starts with: the town by its own name
#: (mentions._contracted_names): the sentence, the word after the preposition, the town's geonameid
A_TOWN_NAMED_WITH_ITS_ARTICLE_AFTER_A_CONTRACTION = [
    pytest.param("Los jornaleros llegaron al Ejido, en Almería.", "Ejido", "2518494", id="al-ejido"),
]

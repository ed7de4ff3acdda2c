"""Uma cidade logo do outro lado da fronteira do país que o artigo nomeia (tests/gazetteer/test_across_border.py)."""

import pytest

PINNED_ACROSS_THE_BORDER = [
    pytest.param("As tropas russas deixaram Izium na sexta-feira de manhã.", "geonames:707292", id="verb-object-demonym"),
    pytest.param("Milhares de famílias do Sudão fugiram para Adré durante a noite.", "geonames:245669", id="preposition"),
    pytest.param("A Rússia retirou as suas tropas de Kherson na semana passada.", "geonames:706448", id="names-its-region"),
]

STILL_REJECTED = [
    pytest.param("Milhares de famílias do Sudão fugiram para Temamatla.", "Temamatla", id="other-continent"),
    pytest.param("Milhares de famílias do Sudão fugiram para Bokoro.", "Bokoro", id="neighbour-far-from-the-border"),
]

# a short crossing from the story's country, across a strait or a channel
PINNED_ACROSS_THE_SEA = [
    pytest.param("Da Tunísia, dezenas de barcos chegaram a Lampedusa durante a noite.", "geonames:2524459", id="lampedusa-from-tunisia"),
]

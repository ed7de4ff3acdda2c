"""Una ciudad justo al otro lado de la frontera del país que nombra el artículo (tests/gazetteer/test_across_border.py)."""

import pytest

PINNED_ACROSS_THE_BORDER = [
    pytest.param("Las familias salieron de Jersón hacia Polonia en tren.", "geonames:706448", id="seat-by-another-name"),
    pytest.param("Las tropas rusas abandonaron Izium el viernes por la mañana.", "geonames:707292", id="verb-object-demonym"),
    pytest.param("Miles de familias de Sudán huyeron a Adré durante la noche.", "geonames:245669", id="preposition"),
]

STILL_REJECTED = [
    pytest.param("Miles de familias de Sudán huyeron a Temamatla.", "Temamatla", id="other-continent"),
    pytest.param("Miles de familias de Sudán huyeron a Bokoro.", "Bokoro", id="neighbour-far-from-the-border"),
]

# a short crossing from the story's country, across a strait or a channel
PINNED_ACROSS_THE_SEA = [
    pytest.param("Desde Túnez, decenas de barcas llegaron a Lampedusa durante la noche.", "geonames:2524459", id="lampedusa-from-tunisia"),
]

"""Una città appena oltre il confine del paese che l'articolo nomina (tests/gazetteer/test_across_border.py)."""

import pytest

PINNED_ACROSS_THE_BORDER = [
    pytest.param("Molte famiglie sono fuggite da Cherson verso la Polonia.", "geonames:706448", id="seat-by-another-name"),
    pytest.param("Le truppe russe hanno lasciato Izium venerdì mattina.", "geonames:707292", id="verb-object-demonym"),
    pytest.param("Migliaia di famiglie del Sudan sono fuggite ad Adré nella notte.", "geonames:245669", id="preposition"),
    pytest.param("La Russia ha ritirato le sue truppe da Kherson la settimana scorsa.", "geonames:706448", id="names-its-region"),
]

STILL_REJECTED = [
    pytest.param("Migliaia di famiglie del Sudan sono fuggite a Temamatla.", "Temamatla", id="other-continent"),
    pytest.param("Migliaia di famiglie del Sudan sono fuggite a Bokoro.", "Bokoro", id="neighbour-far-from-the-border"),
]

# a short crossing from the story's country, across a strait or a channel
PINNED_ACROSS_THE_SEA = [
    pytest.param("Dalla Tunisia decine di barchini sono arrivati a Lampedusa.", "geonames:2524459", id="lampedusa-from-tunisia"),
]

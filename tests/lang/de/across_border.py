"""Eine Stadt gleich jenseits der Grenze des Landes, das der Artikel nennt (tests/gazetteer/test_across_border.py)."""

import pytest

PINNED_ACROSS_THE_BORDER = [
    pytest.param("Viele Familien aus Cherson leben inzwischen in Polen.", "geonames:706448", id="seat-by-another-name"),
    pytest.param("Russische Truppen haben Isjum am Freitagmorgen verlassen.", "geonames:707292", id="verb-last-demonym"),
    pytest.param("Russische Truppen verließen Isjum am Freitagmorgen.", "geonames:707292", id="verb-object-demonym"),
    pytest.param("Tausende Familien aus dem Sudan flohen in der Nacht nach Adré.", "geonames:245669", id="preposition"),
]

STILL_REJECTED = [
    pytest.param("Tausende Familien aus dem Sudan flohen nach Temamatla.", "Temamatla", id="other-continent"),
    pytest.param("Tausende Familien aus dem Sudan flohen nach Bokoro.", "Bokoro", id="neighbour-far-from-the-border"),
]

# a short crossing from the story's country, across a strait or a channel
PINNED_ACROSS_THE_SEA = [
    pytest.param("Von Albanien aus setzten die Boote nach Brindisi über.", "geonames:3181528", id="brindisi-from-albania"),
]

"""Une ville voisine, tout près de la frontière du pays que nomme l'article (tests/gazetteer/test_across_border.py)."""

import pytest

PINNED_ACROSS_THE_BORDER = [
    pytest.param("Les troupes russes ont quitté Izioum vendredi matin.", "geonames:707292", id="verb-object-demonym"),
    pytest.param("Des milliers de familles du Soudan ont fui vers Adré cette nuit.", "geonames:245669", id="preposition"),
    pytest.param("La Russie a retiré ses troupes de Kherson la semaine dernière.", "geonames:706448", id="names-its-region"),
    pytest.param("Les camions d'aide venus d'Égypte ont attendu des jours devant Gaza.", "geonames:281133", id="city-of-100000"),
]

STILL_REJECTED = [
    pytest.param("Des milliers de familles du Soudan ont fui vers Temamatla.", "Temamatla", id="other-continent"),
    pytest.param("Des milliers de familles du Soudan ont fui vers Bokoro.", "Bokoro", id="neighbour-far-from-the-border"),
]

# a short crossing from the story's country, across a strait or a channel
PINNED_ACROSS_THE_SEA = [
    pytest.param("Partis du Royaume-Uni, les camions sont arrivés à Calais.", "geonames:3029162", id="calais-from-the-uk"),
]

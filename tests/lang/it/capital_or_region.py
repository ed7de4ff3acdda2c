"""A city or the region of its name in this language (tests/gazetteer/test_capital_or_region.py)."""

import pytest

THE_NAME_MEANS_THE_CITY = [
    pytest.param("Il convoglio ha finalmente raggiunto Kiev martedì sera.", "Kyiv", id="kiev"),
    pytest.param("Due traghetti hanno portato le famiglie a Lisbona all'alba.", "Lisbon", id="lisbona"),
    pytest.param("Dopo tre giorni di strada il pullman è entrato ad Addis Abeba.", "Addis Ababa", id="addis-abeba-city-region"),
    pytest.param('La delegazione è atterrata lunedì a Lima.', "Lima", id="lima-most-of-its-region"),
]
A_REGION_NOUN_KEEPS_THE_REGION = [
    pytest.param("I bombardamenti sono continuati nella regione di Kiev per tutta la settimana."),
    pytest.param("L'esercito ha colpito l'oblast di Kyiv durante la notte.", id="l-oblast-di-kyiv"),
]

"""A city or the region of its name in this language (tests/gazetteer/test_capital_or_region.py)."""

import pytest

THE_NAME_MEANS_THE_CITY = [
    pytest.param("Zwei Fähren brachten die Familien im Morgengrauen nach Lissabon.", "Lisbon", id="lissabon"),
    pytest.param("Nach drei Tagen auf der Straße erreichte der Bus Addis Abeba.", "Addis Ababa", id="addis-abeba-city-region"),
    pytest.param('Die Delegation landete am Montag in Lima.', "Lima", id="lima-most-of-its-region"),
]
A_REGION_NOUN_KEEPS_THE_REGION = [
    pytest.param("Der Beschuss ging die ganze Woche im Bezirk Lissabon weiter."),
    pytest.param("Die Armee griff in der Nacht die Oblast Kiew an.", id="oblast-kiew"),
]

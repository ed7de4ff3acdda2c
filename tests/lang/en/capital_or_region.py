"""A city or the region of its name in this language (tests/gazetteer/test_capital_or_region.py)."""

import pytest

THE_NAME_MEANS_THE_CITY = [
    pytest.param("The convoy finally reached Kiev on Tuesday evening.", "Kyiv", id="kiev"),
    pytest.param("Two ferries brought the families to Lisboa at dawn.", "Lisbon", id="lisboa"),
    pytest.param("After three days on the road the bus pulled into Pondicherry.", "Puducherry", id="pondicherry-city-region"),
    pytest.param('The delegation landed in Lima on Monday.', "Lima", id="lima-most-of-its-region"),
]
A_REGION_NOUN_KEEPS_THE_REGION = [
    pytest.param("Shelling went on across the Kiev region all week."),
    pytest.param("Shelling hit Kyiv Oblast overnight.", id="kyiv-oblast"),
]

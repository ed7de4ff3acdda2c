"""A city or the region of its name in this language (tests/gazetteer/test_capital_or_region.py)."""

import pytest

THE_NAME_MEANS_THE_CITY = [
    pytest.param("Le convoi a enfin atteint Kiev mardi soir.", "Kyiv", id="kiev"),
    pytest.param("Deux ferries ont amené les familles à Lisbonne à l'aube.", "Lisbon", id="lisbonne"),
    pytest.param("Après trois jours de route, le car est entré dans Beyrouth.", "Beirut", id="beyrouth-city-region"),
    pytest.param('La délégation a atterri lundi à Lima.', "Lima", id="lima-most-of-its-region"),
]
A_REGION_NOUN_KEEPS_THE_REGION = [
    pytest.param("Les bombardements ont continué dans la région de Kiev toute la semaine."),
    pytest.param("L'armée a frappé l'oblast de Kyiv pendant la nuit.", id="l-oblast-de-kyiv"),
]

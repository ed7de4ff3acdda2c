"""A city or the region of its name in this language (tests/gazetteer/test_capital_or_region.py)."""

import pytest

THE_NAME_MEANS_THE_CITY = [
    pytest.param("El convoy llegó por fin a Kiev el martes por la noche.", "Kyiv", id="kiev"),
    pytest.param("Dos transbordadores llevaron a las familias a Lisboa al amanecer.", "Lisbon", id="lisboa"),
    pytest.param("Tras tres días de carretera, el autobús entró en Adís Abeba.", "Addis Ababa", id="adis-abeba-city-region"),
    pytest.param('La delegación aterrizó el lunes en Lima.', "Lima", id="lima-most-of-its-region"),
]
A_REGION_NOUN_KEEPS_THE_REGION = [
    pytest.param("Los bombardeos continuaron en la región de Kiev toda la semana."),
    pytest.param("El ejército atacó el óblast de Kyiv durante la noche.", id="oblast-de-kyiv"),
]

"""Spanish sentences of tests/gazetteer/test_places_from_the_index.py, one table a test (see tests/lang/__init__.py)."""

import pytest

A_SENTENCE_STARTING_WITH_AN_ARTICLE_KEEPS_THE_NAME_AFTER_IT = [
    pytest.param("La Paz cerró sus escuelas el lunes.", "geonames:3911925", id="name-with-an-article"),
]

A_REGION_IS_FOUND_BY_ITS_NAME_IN_EACH_LANGUAGE = [
    pytest.param("Las lluvias causaron daños en Carolina del Sur durante el fin de semana.", "region:US.SC", id="carolina-del-sur"),
    pytest.param("El gobernador de Carolina del Norte pidió calma.", "region:US.NC", id="carolina-del-norte"),
]

A_FREQUENT_WORD_JOINED_TO_A_PLACED_TOWN_IS_PLACED = [
    pytest.param("Los equipos viajaron hacia Zamora y Toro ayer.", "geonames:3107886", id="y-toro"),
]

A_TOWNS_OTHER_NAME_ABROAD_THAT_NOTHING_PLACES_GIVES_NO_PIN = [
    pytest.param(
        "Las inundaciones en Kenia cortaron la carretera a Nakuru. Su hermana, Julia, se ha encargado de la búsqueda del niño.",
        "geonames:728193", id="a-first-name-that-is-an-old-name-of-a-city",
    ),
    pytest.param(
        "El convoy, escoltado por el grupo táctico Phénix, llegó a Nakuru desde Nairobi, en Kenia.",
        "geonames:5308655", id="a-unit-named-like-a-citys-exonym",
    ),
]

A_NAME_READ_AS_ONE_COUNTRY_IS_NO_VOTE_FOR_ANOTHER = [
    pytest.param(
        "Hombres armados atacaron un convoy entre Bankass y Pategi, en el centro de Malí, no lejos de Níger.",
        "geonames:2324960", id="niger-the-country-is-no-vote-for-nigeria",
    ),
]

# The CLDR's names of time-zone cities and of countries (data/exonyms.json, scripts/build_exonyms.py)
CLDR_NAMES = [
    pytest.param("El ministro viajó el lunes a Arabia Saudí.", "country:SAU", id="arabia-saudi"),
    pytest.param("Los refugiados llegaron a Conakri el martes.", "geonames:2422465", id="conakri"),
]

# a frequent word opening a sentence that is another name of a big town (not its own name)
A_FREQUENT_WORD_OPENING_A_SENTENCE_IS_NO_TOWNS_OTHER_NAME = [
    pytest.param("Mirar el mar desde el balcón era su costumbre de cada mañana.", id="infinitive-Mirar"),
]

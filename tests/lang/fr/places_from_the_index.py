"""French sentences of tests/gazetteer/test_places_from_the_index.py, one table a test (see tests/lang/__init__.py)."""

import pytest

COUNTRY_NAMES_NEWS_STILL_WRITES = [
    pytest.param("Les réfugiés traversent la Macédoine à pied.", "country:MKD", id="former-name-macedoine"),
]

A_REGION_IS_FOUND_BY_ITS_NAME_IN_EACH_LANGUAGE = [
    pytest.param("Un ouragan a frappé la Floride mardi soir.", "region:US.FL", id="la-floride"),
    pytest.param("Les secours ont été envoyés en Caroline du Sud après les inondations.", "region:US.SC", id="caroline-du-sud"),
    pytest.param("Après la Floride, la tempête a touché la Géorgie et l'Alabama.", "region:US.GA", id="georgie-beside-american-states"),
]

A_REGION_NAME_THAT_IS_ALSO_A_COUNTRY_STAYS_THE_COUNTRY_ELSEWHERE = [
    pytest.param("Le gouvernement de Tbilissi a dit que la Géorgie fermerait sa frontière avec la Russie.", id="georgie"),
]

A_TRANSLATED_REGION_NAME_THAT_IS_AN_EVERYDAY_WORD_GIVES_NO_REGION = [
    pytest.param("Le Nord a voté contre le projet, a dit le maire de Lille.", id="nord-no-cameroonian-region"),
]

A_FREQUENT_WORD_JOINED_TO_A_PLACED_TOWN_IS_PLACED = [
    pytest.param("Les secours sont partis à Poitiers et Tours hier.", "geonames:2972191", id="et-tours"),
    pytest.param("Les secours sont partis à Poitiers et Sens hier.", "geonames:2975050", id="et-sens"),
]

A_TOWNS_OTHER_NAME_ABROAD_THAT_NOTHING_PLACES_GIVES_NO_PIN = [
    pytest.param(
        "Les inondations au Kenya ont coupé la route de Nakuru. Sa sœur, Julia, a repris les recherches pour retrouver le garçon.",
        "geonames:728193", id="a-first-name-that-is-an-old-name-of-a-city",
    ),
    pytest.param(
        "Le convoi, escorté par le groupement tactique Phénix, a rejoint Nakuru depuis Nairobi, au Kenya.",
        "geonames:5308655", id="a-unit-named-like-a-citys-exonym",
    ),
]

A_NAME_READ_AS_ONE_COUNTRY_IS_NO_VOTE_FOR_ANOTHER = [
    pytest.param(
        "Des hommes armés ont attaqué un convoi entre Bankass et Pategi, dans le centre du Mali, non loin du Niger.",
        "geonames:2324960", id="niger-the-country-is-no-vote-for-nigeria",
    ),
]

# The CLDR's names of time-zone cities and of countries (data/exonyms.json, scripts/build_exonyms.py)
CLDR_NAMES = [
    pytest.param("Le ministre s'est rendu lundi en Chine.", "country:CHN", id="chine"),
    pytest.param("Les experts sont arrivés jeudi au Kirghizstan.", "country:KGZ", id="kirghizstan"),
]

# a frequent word opening a sentence that is another name of a big town (not its own name)
A_FREQUENT_WORD_OPENING_A_SENTENCE_IS_NO_TOWNS_OTHER_NAME = [
    pytest.param("Pitié pour les voisins, qui attendent toujours leur courrier.", id="noun-Pitie"),
]

"""German sentences of tests/gazetteer/test_places_from_the_index.py, one table a test (see tests/lang/__init__.py)."""

import pytest

COUNTRY_NAMES_NEWS_STILL_WRITES = [
    pytest.param("Viele Menschen kommen über Mazedonien nach Europa.", "country:MKD", id="former-name-mazedonien"),
]

A_REGION_IS_FOUND_BY_ITS_NAME_IN_EACH_LANGUAGE = [
    pytest.param("Der Sturm zog von Florida weiter nach Georgien und Alabama.", "region:US.GA", id="georgien-beside-american-states"),
    pytest.param("In Niedersachsen und Bayern wurden Hochwasserwarnungen ausgegeben.", "region:DE.06", id="niedersachsen"),
]

A_REGION_NAME_THAT_IS_ALSO_A_COUNTRY_STAYS_THE_COUNTRY_ELSEWHERE = [
    pytest.param("Die Regierung in Tiflis sagte, Georgien werde die Grenze zu Russland schließen.", id="georgien"),
]

A_TRANSLATED_REGION_NAME_THAT_IS_AN_EVERYDAY_WORD_GIVES_NO_REGION = [
    pytest.param("Die Marken der Firma wurden in Mailand vorgestellt.", id="marken-brands-not-le-marche"),
]

A_FREQUENT_WORD_JOINED_TO_A_PLACED_TOWN_IS_PLACED = [
    pytest.param("Teams aus Ulm und Sigmaringen sind aufgebrochen.", "geonames:2832232", id="und-sigmaringen"),
]

A_TOWNS_OTHER_NAME_ABROAD_THAT_NOTHING_PLACES_GIVES_NO_PIN = [
    pytest.param(
        "Die Überschwemmungen in Kenia haben die Straße nach Nakuru abgeschnitten. Seine Schwester, Julia, hat die Suche nach dem Jungen übernommen.",
        "geonames:728193", id="a-first-name-that-is-an-old-name-of-a-city",
    ),
    pytest.param(
        "Der Konvoi, begleitet von der Kampfgruppe Phenix, erreichte Nakuru aus Nairobi in Kenia.",
        "geonames:5308655", id="a-unit-named-like-a-citys-exonym",
    ),
]

A_NAME_READ_AS_ONE_COUNTRY_IS_NO_VOTE_FOR_ANOTHER = [
    pytest.param(
        "Bewaffnete griffen einen Konvoi zwischen Bankass und Pategi an, im Zentrum von Mali, nicht weit von Niger.",
        "geonames:2324960", id="niger-the-country-is-no-vote-for-nigeria",
    ),
]

# The CLDR's names of time-zone cities and of countries (data/exonyms.json, scripts/build_exonyms.py)
CLDR_NAMES = [
    pytest.param("Die Delegation reiste am Dienstag nach Rom.", "geonames:3169070", id="rom"),
    pytest.param("Der Minister flog am Montag nach Zypern.", "country:CYP", id="zypern"),
]

# a frequent word opening a sentence that is another name of a big town (not its own name)
A_FREQUENT_WORD_OPENING_A_SENTENCE_IS_NO_TOWNS_OTHER_NAME = [
    pytest.param("Gerät das Feuer außer Kontrolle, müssen die Nachbarn das Haus verlassen.", id="verb-Geraet"),
]

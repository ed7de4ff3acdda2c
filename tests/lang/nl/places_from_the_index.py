"""Dutch sentences of tests/gazetteer/test_places_from_the_index.py, one table a test (see tests/lang/__init__.py)."""

import pytest

A_TOWNS_OTHER_NAME_ABROAD_THAT_NOTHING_PLACES_GIVES_NO_PIN = [
    pytest.param(
        "De overstromingen in Kenia hebben de weg naar Nakuru afgesneden. Zijn zus, Julia, heeft de zoektocht naar de jongen overgenomen.",
        "geonames:728193", id="a-first-name-that-is-an-old-name-of-a-city",
    ),
    pytest.param(
        "Het konvooi, begeleid door de gevechtsgroep Phenix, bereikte Nakuru vanuit Nairobi in Kenia.",
        "geonames:5308655", id="a-unit-named-like-a-citys-exonym",
    ),
]

A_NAME_READ_AS_ONE_COUNTRY_IS_NO_VOTE_FOR_ANOTHER = [
    pytest.param(
        "Gewapende mannen vielen een konvooi aan tussen Bankass en Pategi, in het midden van Mali, niet ver van Niger.",
        "geonames:2324960", id="niger-the-country-is-no-vote-for-nigeria",
    ),
]

# The CLDR's names of time-zone cities and of countries (data/exonyms.json, scripts/build_exonyms.py)
CLDR_NAMES = [
    pytest.param("De minister reisde maandag naar de Verenigde Staten.", "country:USA", id="verenigde-staten"),
    pytest.param("De hulpgoederen kwamen aan in Istanboel.", "geonames:745044", id="istanboel"),
]

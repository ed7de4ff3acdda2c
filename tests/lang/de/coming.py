"""German sentences of tests/extract/test_coming.py, one table a test (see tests/lang/__init__.py)."""

import pytest

A_VERB_OF_COMING_NAMES_ITS_ORIGIN = [
    # a participle of coming before its noun or after it, in the forms the lemmatiser misses
    pytest.param("Die aus Aleppo gekommenen Familien sind erschöpft.", id="gekommenen"),
    # a perfect with "be": the auxiliary is no copula ("they were from X")
    pytest.param("Die Familien sind aus Aleppo gekommen.", id="sind-aus-gekommen"),
]

COME_FROM_IS_A_MOVEMENT_IN_EVERY_LANGUAGE = [
    pytest.param("Die meisten Familien kommen aus Aleppo.", id="kommen-aus"),
]

A_VERB_OF_BRINGING_NAMES_WHERE_ITS_PEOPLE_COME_FROM = [
    pytest.param("Das Flugzeug brachte 200 Menschen aus Aleppo.", id="brachte-menschen-aus"),
]

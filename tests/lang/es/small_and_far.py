"""Names that only small towns of one other country have, in a story that names its own country
(tests/gazetteer/test_small_and_far.py)."""

import pytest

AGREED_COUNTRY_IS_NO_STORY = [
    pytest.param("En Polonia el joven pianista tocó obras de Haydn y Verdi ante el jurado.", "Poland", id="two-composers-as-two-villages"),
]

SEAT_OF_A_SMALL_REGION_ABROAD = [
    pytest.param("En Armenia el director de Kanal 9 fue interrogado por la policía durante seis horas.", "Armenia", id="a-station-named-like-a-small-municipality"),
]

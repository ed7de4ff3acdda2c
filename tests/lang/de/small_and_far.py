"""Names that only small towns of one other country have, in a story that names its own country
(tests/gazetteer/test_small_and_far.py)."""

import pytest

AGREED_COUNTRY_IS_NO_STORY = [
    pytest.param("In Polen spielte der junge Pianist Werke von Haydn und Verdi vor der Jury.", "Poland", id="two-composers-as-two-villages"),
]

SEAT_OF_A_SMALL_REGION_ABROAD = [
    pytest.param("In Armenien wurde der Direktor von Kanal 9 sechs Stunden lang von der Polizei verhört.", "Armenia", id="a-station-named-like-a-small-municipality"),
]

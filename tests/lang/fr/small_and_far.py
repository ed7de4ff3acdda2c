"""Names that only small towns of one other country have, in a story that names its own country
(tests/gazetteer/test_small_and_far.py)."""

import pytest

AGREED_COUNTRY_IS_NO_STORY = [
    pytest.param("En Pologne, le jeune pianiste a joué des œuvres de Haydn et Verdi devant le jury.", "Poland", id="two-composers-as-two-villages"),
]

SEAT_OF_A_SMALL_REGION_ABROAD = [
    pytest.param("En Arménie, le directeur de Kanal 9 a été interrogé par la police pendant six heures.", "Armenia", id="a-station-named-like-a-small-municipality"),
]

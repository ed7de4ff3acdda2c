"""Names that only small towns of one other country have, in a story that names its own country
(tests/gazetteer/test_small_and_far.py)."""

import pytest

AGREED_COUNTRY_IS_NO_STORY = [
    pytest.param("In Polonia il giovane pianista ha suonato opere di Haydn e Verdi davanti alla giuria.", "Poland", id="two-composers-as-two-villages"),
]

SEAT_OF_A_SMALL_REGION_ABROAD = [
    pytest.param("In Armenia il direttore di Kanal 9 è stato interrogato dalla polizia per sei ore.", "Armenia", id="a-station-named-like-a-small-municipality"),
]

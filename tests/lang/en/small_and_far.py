"""Names that only small towns of one other country have, in a story that names its own country
(tests/gazetteer/test_small_and_far.py)."""

import pytest

AGREED_COUNTRY_IS_NO_STORY = [
    pytest.param("In Poland the young pianist played works by Haydn and Verdi for the jury.", "Poland", id="two-composers-as-two-villages"),
]

SEAT_OF_A_SMALL_REGION_ABROAD = [
    pytest.param("In Armenia the director of Kanal 9 was questioned by the police for six hours.", "Armenia", id="a-station-named-like-a-small-municipality"),
]

"""Names that only small towns of one other country have, in a story that names its own country
(tests/gazetteer/test_small_and_far.py)."""

import pytest

AGREED_COUNTRY_IS_NO_STORY = [
    pytest.param("En Polonia el joven pianista tocó obras de Haydn y Verdi ante el jurado.", "Poland", id="two-composers-as-two-villages"),
]

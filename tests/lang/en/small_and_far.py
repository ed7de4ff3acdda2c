"""Names that only small towns of one other country have, in a story that names its own country
(tests/gazetteer/test_small_and_far.py)."""

import pytest

AGREED_COUNTRY_IS_NO_STORY = [
    pytest.param("In Poland the young pianist played works by Haydn and Verdi for the jury.", "Poland", id="two-composers-as-two-villages"),
]

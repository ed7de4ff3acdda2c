"""Names that only small towns of one other country have, in a story that names its own country
(tests/gazetteer/test_small_and_far.py)."""

import pytest

AGREED_COUNTRY_IS_NO_STORY = [
    pytest.param("En Pologne, le jeune pianiste a joué des œuvres de Haydn et Verdi devant le jury.", "Poland", id="two-composers-as-two-villages"),
]

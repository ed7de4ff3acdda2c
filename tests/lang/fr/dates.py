"""French sentences of tests/extract/test_dates.py, one table a test (see tests/lang/__init__.py)."""

import pytest

A_TIME_WORD_IS_READ_IN_THE_ARTICLES_LANGUAGE = [
    pytest.param("Hier, les secouristes sont partis de Lyon.", "2017-11-13", id="hier-is-yesterday"),
]

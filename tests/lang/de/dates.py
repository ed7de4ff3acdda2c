"""German sentences of tests/extract/test_dates.py, one table a test (see tests/lang/__init__.py)."""

import pytest

A_TIME_WORD_IS_READ_IN_THE_ARTICLES_LANGUAGE = [
    pytest.param("Die Sanitäter sind von Freiburg hier nach Bonn gefahren.", None, id="hier-is-here"),
    pytest.param("Gestern sind die Sanitäter nach Bonn gefahren.", "2017-11-13", id="gestern-is-yesterday"),
]

"""Italian sentences of tests/extract/test_mentions.py, one table a test (see tests/lang/__init__.py)."""

import pytest

SPANS_AS_THE_FIELD_COUNTS_THEM = [
    pytest.param("I soldati sono arrivati nella Provincia di Idlib ieri.", "Provincia di Idlib", id="provincia-di"),
]

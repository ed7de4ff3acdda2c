"""German sentences of tests/extract/test_mentions.py, one table a test (see tests/lang/__init__.py)."""

import pytest

SPANS_AS_THE_FIELD_COUNTS_THEM = [
    pytest.param("Die Truppen zogen gestern in die Provinz Idlib ein.", "Provinz Idlib", id="provinz"),
]

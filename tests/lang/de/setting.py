"""German sentences of tests/extract/test_setting.py, one table a test (see tests/lang/__init__.py)."""

import pytest

HERE_IS_THE_DATELINE = [
    pytest.param("Aleppo, 3. Mai (Agentur) - Hunderte Familien sind am Montag aus Rakka hier angekommen.", id="hier"),
]

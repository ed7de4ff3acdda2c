"""Dutch sentences of tests/extract/test_setting.py, one table a test (see tests/lang/__init__.py)."""

import pytest

HERE_IS_THE_DATELINE = [
    pytest.param("Aleppo, 3 mei (Agentschap) - Honderden gezinnen zijn maandag hier uit Raqqa aangekomen.", id="hier"),
]

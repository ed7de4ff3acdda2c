"""Italian sentences of tests/extract/test_setting.py, one table a test (see tests/lang/__init__.py)."""

import pytest

HERE_IS_THE_DATELINE = [
    pytest.param("Aleppo, 3 maggio (Agenzia) - Centinaia di famiglie sono arrivate qui da Raqqa lunedì.", id="qui"),
]

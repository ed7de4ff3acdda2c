"""Portuguese sentences of tests/extract/test_setting.py, one table a test (see tests/lang/__init__.py)."""

import pytest

HERE_IS_THE_DATELINE = [
    pytest.param("Alepo, 3 de maio (Agência) - Centenas de famílias chegaram aqui de Raqqa na segunda-feira.", id="aqui"),
]

"""Spanish sentences of tests/extract/test_setting.py, one table a test (see tests/lang/__init__.py)."""

import pytest

HERE_IS_THE_DATELINE = [
    pytest.param("Alepo, 3 de mayo (Agencia) - Cientos de familias llegaron aquí desde Raqqa el lunes.", id="aqui"),
]

A_VERB_OF_COMING_ENDS_AT_THE_SETTING = [
    pytest.param("Alepo, 3 de mayo (Agencia) - La mayoría de las familias vienen de Raqqa.", id="venir"),
]

"""Spanish sentences of tests/extract/test_sending.py (see tests/lang/__init__.py)."""

import pytest

A_TIME_PHRASE_BEFORE_THE_OBJECT = [
    pytest.param("Las autoridades deportaron el lunes a doce hombres a Kiev.", (None, "kyiv"), id="deportar"),
    pytest.param("Noruega extraditó la semana pasada a un banquero a Roma.", (None, "rome"), id="extraditar"),
]

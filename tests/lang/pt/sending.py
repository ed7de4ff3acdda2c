"""Portuguese sentences of tests/extract/test_sending.py (see tests/lang/__init__.py)."""

import pytest

THE_OBJECT_OF_A_VERB_OF_SENDING_MOVES = [
    pytest.param("A Noruega extraditou um banqueiro para Roma.", (None, "rome"), id="extraditar"),
]

A_TIME_PHRASE_BEFORE_THE_OBJECT = [
    pytest.param("As autoridades deportaram na segunda-feira doze homens para Kiev.", (None, "kyiv"), id="deportar"),
]

CAUSED_MOVE = [
    pytest.param("Os traficantes fizeram entrar uma dezena de jovens para Espanha.", (None, "spain"), id="fazer-entrar"),
]

#: a place put first by a cleft, the motion verb after the relative
CLEFT_PLACE = [
    pytest.param("Foi para Roma que os feridos foram levados.", (None, "rome"), id="cleft"),
]

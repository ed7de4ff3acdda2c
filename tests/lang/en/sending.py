"""English sentences of tests/extract/test_sending.py (see tests/lang/__init__.py)."""

import pytest

THE_OBJECT_OF_A_VERB_OF_SENDING_MOVES = [
    pytest.param("Police escorted the suspect to Warsaw.", (None, "warsaw"), id="escort"),
    pytest.param("Norway extradited a banker to Rome last year.", (None, "rome"), id="extradite"),
]

A_TIME_PHRASE_BEFORE_THE_OBJECT = [
    pytest.param("The authorities deported on Monday night twelve young men to Kyiv.", (None, "kyiv"), id="deport"),
]

#: a place put first by a cleft, the motion verb after the relative
CLEFT_PLACE = [
    pytest.param("It was to Rome that the wounded were taken.", (None, "rome"), id="cleft"),
]

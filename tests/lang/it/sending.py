"""Italian sentences of tests/extract/test_sending.py (see tests/lang/__init__.py)."""

import pytest

A_WORD_OF_TIME_AFTER_THE_AUXILIARY = [
    pytest.param("Quaranta bambini sono stati poi mandati a Rotterdam.", (None, "rotterdam"), id="stati-poi-mandati"),
]

#: a place put first by a cleft, the motion verb after the relative
CLEFT_PLACE = [
    pytest.param("È a Roma che i feriti sono stati portati.", (None, "rome"), id="cleft"),
]

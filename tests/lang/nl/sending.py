"""Dutch sentences of tests/extract/test_sending.py (see tests/lang/__init__.py)."""

import pytest

THE_VERB_LAST_AFTER_AND = [
    pytest.param("De soldaten werden naar Utrecht gereden en daarna naar Rotterdam gevlogen.", ("utrecht", "rotterdam"), id="gereden-en-gevlogen"),
]

#: a marker after a noun of motion, with a verb after it, is the verb's
A_NOUN_OF_MOTION_THEN_THE_VERB = [
    pytest.param("Na hun aankomst in Wenen werden de vluchtelingen naar Linz gebracht.", ("vienna", "linz"), id="aankomst-gebracht"),
]

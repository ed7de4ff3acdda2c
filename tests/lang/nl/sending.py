"""Dutch sentences of tests/extract/test_sending.py (see tests/lang/__init__.py)."""

import pytest

THE_VERB_LAST_AFTER_AND = [
    pytest.param("De soldaten werden naar Utrecht gereden en daarna naar Rotterdam gevlogen.", ("utrecht", "rotterdam"), id="gereden-en-gevlogen"),
]

"""Spanish sentences of tests/extract/test_relative_clauses.py, one table a test (see tests/lang/__init__.py)."""

import pytest

A_RELATIVE_CLAUSE_NAMING_THE_GOAL_JOINS_THE_MAIN_CLAUSES_START = [
    pytest.param("Las familias que llegaron a Damasco habían salido de Alepo.", id="que-llegaron-salido"),
]

A_CLAUSE_NAMING_THE_START_JOINS_THE_MAIN_CLAUSES_GOAL = [
    pytest.param("Las personas desplazadas de Alepo llegaron a Damasco.", id="desplazadas-de"),
]

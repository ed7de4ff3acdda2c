"""Portuguese sentences of tests/extract/test_relative_clauses.py, one table a test (see tests/lang/__init__.py)."""

import pytest

A_RELATIVE_CLAUSE_NAMING_THE_GOAL_JOINS_THE_MAIN_CLAUSES_START = [
    pytest.param("As famílias que chegaram a Damasco tinham deixado Aleppo.", id="que-chegaram-deixado"),
]

A_CLAUSE_NAMING_THE_START_JOINS_THE_MAIN_CLAUSES_GOAL = [
    pytest.param("As famílias, que fugiram de Aleppo, chegaram a Damasco.", id="que-fugiram"),
]

"""English sentences of tests/extract/test_relative_clauses.py, one table a test (see tests/lang/__init__.py)."""

import pytest

A_RELATIVE_CLAUSE_NAMING_THE_GOAL_JOINS_THE_MAIN_CLAUSES_START = [
    pytest.param("The families who reached Damascus on Monday had left Aleppo a week earlier.", id="who-reached-had-left"),
]

A_CLAUSE_NAMING_THE_START_JOINS_THE_MAIN_CLAUSES_GOAL = [
    pytest.param("The families, who fled Aleppo, reached Damascus on Monday.", id="who-fled"),
    pytest.param("The people displaced from Aleppo arrived in Damascus.", id="displaced-from"),
]

TWO_CLAUSES_WITHOUT_A_RELATIVE_STAY_TWO_MOVEMENTS = [
    pytest.param("Families reached Damascus, and soldiers left Aleppo.", id="no-relative"),
]

"""German sentences of tests/extract/test_relative_clauses.py, one table a test (see tests/lang/__init__.py)."""

import pytest

A_RELATIVE_CLAUSE_NAMING_THE_GOAL_JOINS_THE_MAIN_CLAUSES_START = [
    pytest.param("Die Familien, die Damaskus erreichten, hatten Aleppo verlassen.", id="die-erreichten-verlassen"),
]

A_CLAUSE_NAMING_THE_START_JOINS_THE_MAIN_CLAUSES_GOAL = [
    pytest.param("Die Familien, die aus Aleppo geflohen waren, erreichten Damaskus.", id="die-geflohen"),
]

TWO_CLAUSES_WITHOUT_A_RELATIVE_STAY_TWO_MOVEMENTS = [
    pytest.param("Die Familien erreichten Damaskus, die Soldaten verließen Aleppo.", id="article-after-comma"),
]

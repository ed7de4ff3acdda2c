"""French sentences of tests/extract/test_relative_clauses.py, one table a test (see tests/lang/__init__.py)."""

import pytest

A_RELATIVE_CLAUSE_NAMING_THE_GOAL_JOINS_THE_MAIN_CLAUSES_START = [
    pytest.param("Les familles qui sont arrivées à Damas lundi avaient quitté Alep.", id="qui-arrivees-avaient-quitte"),
]

A_CLAUSE_NAMING_THE_START_JOINS_THE_MAIN_CLAUSES_GOAL = [
    pytest.param("Les personnes déplacées d'Alep sont arrivées à Damas.", id="deplacees-de"),
]

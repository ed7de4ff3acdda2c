"""Italian sentences of tests/extract/test_relative_clauses.py, one table a test (see tests/lang/__init__.py)."""

import pytest

A_RELATIVE_CLAUSE_NAMING_THE_GOAL_JOINS_THE_MAIN_CLAUSES_START = [
    pytest.param("Le famiglie che sono arrivate a Damasco avevano lasciato Aleppo.", id="che-arrivate-lasciato"),
]

A_CLAUSE_NAMING_THE_START_JOINS_THE_MAIN_CLAUSES_GOAL = [
    pytest.param("Le persone sfollate da Aleppo sono arrivate a Damasco.", id="sfollate-da"),
]

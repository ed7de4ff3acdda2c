"""French sentences of tests/extract/test_setting.py, one table a test (see tests/lang/__init__.py)."""

import pytest

HERE_IS_THE_DATELINE = [
    pytest.param("Alep, 3 mai (Agence) - Des centaines de familles sont arrivées ici depuis Raqqa lundi.", id="ici"),
]

THE_LEAD_PLACE_ENDS_WHAT_THE_STORY_LEAVES_OPEN = [
    pytest.param("Alep, 3 mai (Agence) - Des centaines de familles sont arrivées de Raqqa lundi.", id="no-ici"),
]

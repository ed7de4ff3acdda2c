"""German sentences of tests/extract/test_modality.py, one table a test (see tests/lang/__init__.py)."""

import pytest

A_MOVE_NOT_STATED_AS_DONE_IS_A_MOVEMENT_WITH_ITS_MODALITY = [
    pytest.param("Die Bewohner sollen Aleppo verlassen.", ("aleppo", None, "ordered"), id="sollen"),
    pytest.param("Die Familien könnten Damaskus am Freitag erreichen.", (None, "damascus", "possible"), id="koennten"),
    pytest.param("Die Bewohner müssen Aleppo verlassen.", ("aleppo", None, "demanded"), id="muessen"),
]

A_MOVE_STATED_AS_DONE_HAS_NO_MODALITY = [
    pytest.param("Die Familien flohen aus Aleppo nach Damaskus."),
]

A_MOVE_THAT_DID_NOT_HAPPEN_IS_NO_MOVEMENT = [
    pytest.param("Die Familien wurden daran gehindert, nach Damaskus zu fahren.", id="gehindert"),
]

A_CHOICE_LEFT_OPEN_IS_NO_MOVEMENT = [
    pytest.param("Die Familien werden entweder Aleppo verlassen oder im Lager bleiben.", id="entweder-oder"),
    pytest.param("Die Familien wissen nicht, ob sie Aleppo verlassen sollen.", id="ob"),
]

"""Italian sentences of tests/extract/test_modality.py, one table a test (see tests/lang/__init__.py)."""

import pytest

A_MOVE_NOT_STATED_AS_DONE_IS_A_MOVEMENT_WITH_ITS_MODALITY = [
    pytest.param("Ai residenti è stato ordinato di lasciare Aleppo.", ("aleppo", None, "ordered"), id="ordinato-di"),
    pytest.param("Le famiglie potrebbero raggiungere Damasco venerdì.", (None, "damascus", "possible"), id="potrebbero"),
    pytest.param("Il governatore ha chiesto ai residenti di lasciare Aleppo.", ("aleppo", None, "demanded"), id="chiesto-di"),
]

A_MOVE_STATED_AS_DONE_HAS_NO_MODALITY = [
    pytest.param("Le famiglie sono fuggite da Aleppo verso Damasco."),
]

A_MOVE_THAT_DID_NOT_HAPPEN_IS_NO_MOVEMENT = [
    pytest.param("Alle famiglie è stato impedito di raggiungere Damasco.", id="impedito-di"),
]

A_CHOICE_LEFT_OPEN_IS_NO_MOVEMENT = [
    pytest.param("Le famiglie devono decidere se lasciare Aleppo o restare nel campo.", id="decidere-se"),
    pytest.param("Le famiglie potrebbero o restare nel campo oppure lasciare Aleppo.", id="oppure"),
]

# an obligation in a past tense reports the move as done ("had to flee", "ont dû fuir")
A_PAST_OBLIGATION_IS_A_MOVE_DONE = [
    pytest.param('Le famiglie hanno dovuto fuggire da Aleppo a Damasco.', id='hanno-dovuto'),
    pytest.param('Le famiglie sono state costrette a fuggire da Aleppo a Damasco.', id='sono-state-costrette-a'),
]

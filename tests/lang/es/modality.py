"""Spanish sentences of tests/extract/test_modality.py, one table a test (see tests/lang/__init__.py)."""

import pytest

A_MOVE_NOT_STATED_AS_DONE_IS_A_MOVEMENT_WITH_ITS_MODALITY = [
    pytest.param("Se ordenó a los residentes abandonar Alepo.", ("aleppo", None, "ordered"), id="ordeno"),
    pytest.param("Las familias podrían llegar a Damasco el viernes.", (None, "damascus", "possible"), id="podrian"),
    pytest.param("El gobernador pidió a los residentes abandonar Alepo.", ("aleppo", None, "demanded"), id="pidio"),
]

A_MOVE_STATED_AS_DONE_HAS_NO_MODALITY = [
    pytest.param("Las familias huyeron de Alepo hacia Damasco."),
]

A_MOVE_THAT_DID_NOT_HAPPEN_IS_NO_MOVEMENT = [
    pytest.param("Las familias fueron impedidas de llegar a Damasco.", id="impedidas-de"),
]

A_CHOICE_LEFT_OPEN_IS_NO_MOVEMENT = [
    pytest.param("Las familias o bien dejarán Alepo o bien se quedarán en el campo.", id="o-bien"),
    pytest.param("Las familias dudan entre dejar Alepo y quedarse en el campo.", id="dudar-entre"),
]

# an obligation in a past tense reports the move as done ("had to flee", "ont dû fuir")
A_PAST_OBLIGATION_IS_A_MOVE_DONE = [
    pytest.param('Las familias tuvieron que huir de Aleppo a Damasco.', id='tuvieron-que'),
    pytest.param('Las familias se vieron obligadas a huir de Aleppo a Damasco.', id='se-vieron-obligadas-a'),
]

"""English sentences of tests/extract/test_modality.py, one table a test (see tests/lang/__init__.py)."""

import pytest

A_MOVE_NOT_STATED_AS_DONE_IS_A_MOVEMENT_WITH_ITS_MODALITY = [
    pytest.param("The residents were ordered to leave Aleppo for Damascus.", ("aleppo", "damascus", "ordered"), id="ordered"),
    pytest.param("The families could reach Damascus by Friday.", (None, "damascus", "possible"), id="could"),
    pytest.param("The governor called on the residents to leave Aleppo.", ("aleppo", None, "demanded"), id="called-on"),
    pytest.param("The army plans to withdraw from Aleppo next week.", ("aleppo", None, "planned"), id="plans-to"),
]

A_MOVE_STATED_AS_DONE_HAS_NO_MODALITY = [
    pytest.param("The families fled Aleppo for Damascus."),
    pytest.param("In May the families fled Aleppo for Damascus.", id="the-month-may"),
]

A_MOVE_THAT_DID_NOT_HAPPEN_IS_NO_MOVEMENT = [
    pytest.param("The families were prevented from reaching Damascus.", id="prevented-from"),
    pytest.param("The families were unable to reach Damascus.", id="unable-to"),
]

A_CHOICE_LEFT_OPEN_IS_NO_MOVEMENT = [
    pytest.param("The families will either leave Aleppo or stay in the camp.", id="either-or"),
    pytest.param("The families have not decided whether to leave Aleppo.", id="whether"),
]

# an obligation in a past tense reports the move as done ("had to flee", "ont dû fuir")
A_PAST_OBLIGATION_IS_A_MOVE_DONE = [
    pytest.param('The families had to flee from Aleppo to Damascus.', id='had-to'),
]

"""English sentences of tests/extract/test_setting.py, one table a test (see tests/lang/__init__.py)."""

import pytest

HERE_IS_THE_DATELINE = [
    pytest.param("Aleppo, 3 May (Agency) - Hundreds of families arrived here from Raqqa on Monday.", id="here"),
]

THE_LEAD_PLACE_ENDS_WHAT_THE_STORY_LEAVES_OPEN = [
    pytest.param("Aleppo, 3 May (Agency) - Hundreds of families arrived from Raqqa on Monday.", id="no-here"),
]

NO_REFERENCE_NO_SETTING_END = [
    pytest.param("Aleppo, 3 May (Agency) - Families reached the town of Raqqa on Monday.", id="the-town-of-x"),
]

A_VERB_OF_COMING_ENDS_AT_THE_SETTING = [
    pytest.param("Aleppo, 3 May (Agency) - Most of the families come from Raqqa.", id="come"),
]

#: a title, then a paragraph opened by "in X (country)": X is the scene of the report, in the story's destination
THE_SCENE_IN_THE_STORYS_DESTINATION_ENDS_A_DEPARTURE = [
    pytest.param("Families from Syria in Lebanon", "In Beirut (Lebanon), the shelters are full. Thousands of families fled from Syria to Lebanon this year.", "On Monday another family left Iraq.", id="scene"),
]

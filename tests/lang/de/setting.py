"""German sentences of tests/extract/test_setting.py, one table a test (see tests/lang/__init__.py)."""

import pytest

HERE_IS_THE_DATELINE = [
    pytest.param("Aleppo, 3. Mai (Agentur) - Hunderte Familien sind am Montag aus Rakka hier angekommen.", id="hier"),
]

#: a title, then a paragraph opened by "in X (country)": X is the scene of the report, in the story's destination
THE_SCENE_IN_THE_STORYS_DESTINATION_ENDS_A_DEPARTURE = [
    pytest.param("Syrische Familien im Libanon", "In Beirut (Libanon) sind die Unterkünfte voll. Tausende Familien sind dieses Jahr aus Syrien in den Libanon geflohen.", "Am Montag verließ eine weitere Familie den Irak.", id="scene"),
]

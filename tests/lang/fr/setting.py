"""French sentences of tests/extract/test_setting.py, one table a test (see tests/lang/__init__.py)."""

import pytest

HERE_IS_THE_DATELINE = [
    pytest.param("Alep, 3 mai (Agence) - Des centaines de familles sont arrivées ici depuis Raqqa lundi.", id="ici"),
]

THE_LEAD_PLACE_ENDS_WHAT_THE_STORY_LEAVES_OPEN = [
    pytest.param("Alep, 3 mai (Agence) - Des centaines de familles sont arrivées de Raqqa lundi.", id="no-ici"),
]

#: a title, then a paragraph opened by "in X (country)": X is the scene of the report, in the story's destination
THE_SCENE_IN_THE_STORYS_DESTINATION_ENDS_A_DEPARTURE = [
    pytest.param("Des familles syriennes au Liban", "À Beyrouth (Liban), les abris sont pleins. Des milliers de familles ont fui la Syrie pour le Liban cette année.", "Lundi, une autre famille a quitté l'Irak.", id="scene"),
]

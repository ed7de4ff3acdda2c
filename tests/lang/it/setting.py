"""Italian sentences of tests/extract/test_setting.py, one table a test (see tests/lang/__init__.py)."""

import pytest

HERE_IS_THE_DATELINE = [
    pytest.param("Aleppo, 3 maggio (Agenzia) - Centinaia di famiglie sono arrivate qui da Raqqa lunedì.", id="qui"),
]

#: a title, then a paragraph opened by "in X (country)": X is the scene of the report, in the story's destination
THE_SCENE_IN_THE_STORYS_DESTINATION_ENDS_A_DEPARTURE = [
    pytest.param("Famiglie siriane in Libano", "A Beirut (Libano), i rifugi sono pieni. Migliaia di famiglie sono fuggite dalla Siria verso il Libano quest'anno.", "Lunedì un'altra famiglia ha lasciato l'Iraq.", id="scene"),
]

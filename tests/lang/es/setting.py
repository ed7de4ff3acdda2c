"""Spanish sentences of tests/extract/test_setting.py, one table a test (see tests/lang/__init__.py)."""

import pytest

HERE_IS_THE_DATELINE = [
    pytest.param("Alepo, 3 de mayo (Agencia) - Cientos de familias llegaron aquí desde Raqqa el lunes.", id="aqui"),
]

A_VERB_OF_COMING_ENDS_AT_THE_SETTING = [
    pytest.param("Alepo, 3 de mayo (Agencia) - La mayoría de las familias vienen de Raqqa.", id="venir"),
]

#: a title, then a paragraph opened by "in X (country)": X is the scene of the report, in the story's destination
THE_SCENE_IN_THE_STORYS_DESTINATION_ENDS_A_DEPARTURE = [
    pytest.param("Familias sirias en el Líbano", "En Beirut (Líbano), los albergues están llenos. Miles de familias huyeron de Siria al Líbano este año.", "El lunes otra familia salió de Irak.", id="scene"),
]

"""Portuguese sentences of tests/extract/test_setting.py, one table a test (see tests/lang/__init__.py)."""

import pytest

HERE_IS_THE_DATELINE = [
    pytest.param("Alepo, 3 de maio (Agência) - Centenas de famílias chegaram aqui de Raqqa na segunda-feira.", id="aqui"),
]

#: a title, then a paragraph opened by "in X (country)": X is the scene of the report, in the story's destination
THE_SCENE_IN_THE_STORYS_DESTINATION_ENDS_A_DEPARTURE = [
    pytest.param("Famílias sírias no Líbano", "Em Beirute (Líbano), os abrigos estão cheios. Milhares de famílias fugiram da Síria para o Líbano este ano.", "Na segunda-feira, outra família saiu do Iraque.", id="scene"),
]

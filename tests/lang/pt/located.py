"""Portuguese sentences of tests/extract/test_located.py, one table a test (see tests/lang/__init__.py)."""

import pytest

A_NAME_THE_WORDS_LOCATE = [
    pytest.param("As famílias foram levadas para Morvandela, um bairro em Canoas.", "Morvandela", "Canoas", "located_in",
                 id="apposition-em"),
    pytest.param("Os moradores foram levados para Morvandela, bairro perto de Canoas.", "Morvandela", "Canoas", "located_near",
                 id="bairro-perto-de"),
    pytest.param("Os moradores foram levados para o bairro de Morvandela, em Canoas.", "Morvandela", "Canoas", "located_in",
                 id="bairro-de-em"),
]

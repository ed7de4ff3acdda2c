"""A city or the region of its name in this language (tests/gazetteer/test_capital_or_region.py)."""

import pytest

THE_NAME_MEANS_THE_CITY = [
    pytest.param("O comboio chegou finalmente a Kiev na terça-feira à noite.", "Kyiv", id="kiev"),
    pytest.param("Dois barcos levaram as famílias para Lisboa de madrugada.", "Lisbon", id="lisboa"),
    pytest.param("Depois de três dias de estrada, o autocarro entrou em Adis Abeba.", "Addis Ababa", id="adis-abeba-city-region"),
    pytest.param('A delegação aterrissou na segunda-feira em Lima.', "Lima", id="lima-most-of-its-region"),
]
A_REGION_NOUN_KEEPS_THE_REGION = [
    pytest.param("Os bombardeamentos continuaram no distrito de Lisboa durante toda a semana."),
    pytest.param("O exército atacou o oblast de Kyiv durante a noite.", id="oblast-de-kyiv"),
]

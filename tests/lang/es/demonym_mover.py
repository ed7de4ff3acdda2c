"""Spanish sentences of tests/extract/test_demonym_mover.py, one table a test (see tests/lang/__init__.py)."""

import pytest

THEIR_COUNTRY = [
    pytest.param('Miles de sirios abandonaron su país rumbo a Turquía el año pasado.', 'country:TUR', id='abandonar-su-pais'),
    pytest.param('Miles de sirios dejaron su devastado país rumbo a Turquía.', 'country:TUR', id='adjective-between'),
]

ARRIVAL_OF_A_DEMONYM = [
    pytest.param('Cientos de sudaneses llegaron a Chad el lunes.', id='arrival'),
]

NO_DEMONYM_ORIGIN = [
    pytest.param('Cientos de sudaneses llegaron a Chad desde Libia el lunes.', id='origin-named'),
    pytest.param('Cientos de sudaneses regresaron el lunes al este de Sudán.', id='part-of-their-country'),
]

THE_COUNTRY_OF_THE_DEMONYM = [
    pytest.param("Cientos de sirios llegaron a Turquía. Miles de sirios habían huido del país en 2013.", id="fled-the-country-after-another"),
]

PEOPLE_A_DEMONYM_QUALIFIES = [
    pytest.param('Unos 500 refugiados sudaneses alcanzaron Chad el viernes.', id='alcanzar'),
]

A_TRANSFER_OF_PEOPLE_A_DEMONYM_QUALIFIES = [
    pytest.param('Unos 500 refugiados sudaneses fueron trasladados a Chad el viernes.', id='trasladados-a'),
]

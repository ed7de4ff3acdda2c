"""French sentences of tests/extract/test_sending.py (see tests/lang/__init__.py)."""

import pytest

THE_OBJECT_OF_A_VERB_OF_SENDING_MOVES = [
    pytest.param("La Norvège a extradé un banquier à Rome.", (None, "rome"), id="extrader"),
]

A_BUILDING_OF_A_TOWN = [
    pytest.param("Les blessés ont été conduits dans des hôpitaux d'Ankara.", (None, "ankara"), id="hopitaux-d"),
]

CAUSED_MOVE = [
    pytest.param("Les passeurs ont fait entrer une trentaine de jeunes en Espagne.", (None, "spain"), id="faire-entrer"),
]

#: a place put first by a cleft, the motion verb after the relative
CLEFT_PLACE = [
    pytest.param("C'est à Rome que les blessés ont été transférés.", (None, "rome"), id="cleft"),
]

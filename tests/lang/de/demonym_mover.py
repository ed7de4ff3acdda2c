"""German sentences of tests/extract/test_demonym_mover.py, one table a test (see tests/lang/__init__.py)."""

import pytest

THEIR_COUNTRY = [
    pytest.param('Tausende Syrer haben im vergangenen Jahr ihr Land in Richtung Türkei verlassen.', 'country:TUR', id='ihr-land-verlassen'),
]

ARRIVAL_OF_A_DEMONYM = [
    pytest.param('Hunderte Sudanesen sind am Montag im Tschad angekommen.', id='arrival'),
]

NO_DEMONYM_ORIGIN = [
    pytest.param('Hunderte Sudanesen sind am Montag aus Libyen im Tschad angekommen.', id='origin-named'),
    pytest.param('Hunderte Sudanesen kehrten am Montag in den Osten des Sudan zurück.', id='part-of-their-country'),
]

PEOPLE_A_DEMONYM_QUALIFIES = [
    pytest.param('Rund 500 sudanesische Flüchtlinge erreichten am Freitag den Tschad.', id='erreichen'),
]

A_TRANSFER_OF_PEOPLE_A_DEMONYM_QUALIFIES = [
    pytest.param('Rund 500 sudanesische Flüchtlinge wurden am Freitag in den Tschad gebracht.', id='gebracht-in'),
]

"""English sentences of tests/extract/test_demonym_mover.py, one table a test (see tests/lang/__init__.py)."""

import pytest

THEIR_COUNTRY = [
    pytest.param('Thousands of Syrians left their country for Turkey last year.', 'country:TUR', id='left-their-country'),
    pytest.param("Thousands of Syrians have left their ruined country for Turkey.", "country:TUR", id="adjective-between"),
]

ARRIVAL_OF_A_DEMONYM = [
    pytest.param('Hundreds of Sudanese arrived in Chad on Monday.', id='arrival'),
    pytest.param('The Sudanese have crossed into Chad since April.', id='arrival-2'),
]

NO_DEMONYM_ORIGIN = [
    pytest.param('Hundreds of Sudanese arrived in Chad from Libya on Monday.', id='origin-named'),
    pytest.param('Refugees crossed the Sudanese border into Chad on Monday.', id='adjective-of-a-place'),
    pytest.param('Hundreds of Sudanese returned to eastern Sudan on Monday.', id='part-of-their-country'),
]

THE_COUNTRY_OF_THE_DEMONYM = [
    pytest.param("Hundreds of Syrians reached Turkey. Thousands of Syrians had fled the country in 2013.", id="fled-the-country-after-another"),
]

PEOPLE_A_DEMONYM_QUALIFIES = [
    pytest.param('Some 500 Sudanese refugees reached Chad on Friday.', id='reached'),
]

A_TRANSFER_OF_PEOPLE_A_DEMONYM_QUALIFIES = [
    pytest.param('Some 500 Sudanese refugees were taken to Chad on Friday.', id='taken-to'),
]

A_LONGER_NAME = [
    pytest.param('South Sudanese families arrived in Chad on Monday.', id='longer-name'),
]

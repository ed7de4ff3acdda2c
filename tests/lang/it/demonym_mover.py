"""Italian sentences of tests/extract/test_demonym_mover.py, one table a test (see tests/lang/__init__.py)."""

import pytest

THEIR_COUNTRY = [
    pytest.param("Migliaia di siriani hanno lasciato il loro paese per la Turchia l'anno scorso.", 'country:TUR', id='lasciare-il-loro-paese'),
]

ARRIVAL_OF_A_DEMONYM = [
    pytest.param('Centinaia di sudanesi sono arrivati in Ciad lunedì.', id='arrival'),
]

NO_DEMONYM_ORIGIN = [
    pytest.param('Centinaia di sudanesi sono arrivati in Ciad dalla Libia lunedì.', id='origin-named'),
    pytest.param("Centinaia di sudanesi sono tornati lunedì nell'est del Sudan.", id='part-of-their-country'),
]

THE_COUNTRY_OF_THE_DEMONYM = [
    pytest.param("Centinaia di siriani hanno raggiunto la Turchia. Migliaia di siriani avevano lasciato il paese nel 2013.", id="fled-the-country-after-another"),
]

PEOPLE_A_DEMONYM_QUALIFIES = [
    pytest.param('Circa 500 profughi sudanesi hanno raggiunto il Ciad venerdì.', id='raggiungere'),
]

A_TRANSFER_OF_PEOPLE_A_DEMONYM_QUALIFIES = [
    pytest.param('Circa 500 profughi sudanesi sono stati portati in Ciad venerdì.', id='portati-in'),
]

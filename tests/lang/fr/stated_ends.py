"""French sentences of tests/extract/test_stated_ends.py, one table a test (see tests/lang/__init__.py)."""

import pytest

THE_MOVERS_BETWEEN_VERB_AND_MARKER = [
    pytest.param("L'armée a retiré ses troupes de Tombouctou.", ("region:ML.08", None), id="retire-ses-troupes-de"),
    pytest.param("Le HCR a transféré les réfugiés à Kigoma.", (None, "geonames:157738"), id="transfere-les-refugies-a"),
]

A_THING_SENT_IS_NO_MOVER = [
    pytest.param("Le ministère a envoyé une lettre à Kigoma.", id="envoye-une-lettre-a"),
]

BETWEEN_TWO_PLACES = [
    pytest.param("Les soldats ont escorté un convoi entre Gao et Niamey.", ("geonames:2457163", "geonames:2440485"), id="escorte-entre-x-et-y"),
]

BETWEEN_TWO_PLACES_WITHOUT_A_MOVE = [
    pytest.param("Les combats entre Gao et Niamey continuent.", id="combats-entre"),
]

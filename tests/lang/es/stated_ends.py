"""Spanish sentences of tests/extract/test_stated_ends.py, one table a test (see tests/lang/__init__.py)."""

import pytest

THE_MOVERS_BETWEEN_VERB_AND_MARKER = [
    pytest.param("La retirada de las tropas rusas de Járkov fue rápida.", ("geonames:706483", None), id="retirada-de-las-tropas-de"),
    # held before (the "a" that marks a person object let the goal through): the same construction
    pytest.param("El ejército trasladó a los migrantes a Cartagena.", (None, "geonames:3687238"), id="traslado-a-los-migrantes-a"),
]

A_THING_SENT_IS_NO_MOVER = [
    pytest.param("El ministerio envió una carta a Cartagena.", id="envio-una-carta-a"),
]

BETWEEN_TWO_PLACES = [
    pytest.param("El convoy viajó entre Gao y Niamey.", ("geonames:2457163", "geonames:2440485"), id="viajo-entre-x-y-y"),
]

BETWEEN_TWO_PLACES_WITHOUT_A_MOVE = [
    pytest.param("Los combates entre Gao y Niamey siguen.", id="combates-entre"),
]

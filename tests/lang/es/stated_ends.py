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

A_PLACE_THE_COPULA_JOINS_TO_A_DESTINATION = [
    pytest.param("Madrid, Sevilla y Málaga serán los destinos de las familias.", [(None, "geonames:3117735"), (None, "geonames:2510911"), (None, "geonames:2514256")], id="x-y-y-z-seran-los-destinos"),
    pytest.param("El destino final del convoy es Málaga.", [(None, "geonames:2514256")], id="el-destino-es-x"),
]

A_PHRASE_OF_REFUGE_IS_LOCATED_BY_THE_PLACE_AFTER_IT = [
    pytest.param("Miles de personas huyeron de Sudán a un refugio en Chad.", ("country:SDN", "country:TCD"), id="huyeron-de-x-a-un-refugio-en-y"),
]

FROM_WHERE_IS_THE_PLACE_NAMED_BEFORE = [
    # held before by an inference (start_of_the_journey_to_there): now stated
    pytest.param("Los aviones aterrizaron en Roma, desde donde continuaron hacia Israel.", ("geonames:3169070", "country:ISR"), id="desde-donde"),
]

THE_CAPITAL_OF_A_COUNTRY_DESCRIBES_THE_PLACE_BEFORE = [
    pytest.param("Las familias huyeron hacia Roma, capital de Italia.", "country:ITA", id="x-capital-de-y"),
]

# (an invented name no gazetteer knows ends the list)
A_LIST_OF_DESTINATIONS_ENDING_IN_AN_UNKNOWN_NAME = [
    pytest.param("Madrid, Sevilla y Zorvania serán los destinos de las familias.", [(None, "geonames:3117735"), (None, "geonames:2510911")], id="x-y-and-an-unknown-name"),
]

# (the story's earlier movement must lend no origin: the sentence states one, in words no place is)
AN_END_FRONTED_IN_WORDS = [
    pytest.param('Miles de refugiados han llegado de Grecia a Macedonia. La situación en la frontera es tensa. Desde Xyzabad, caminan a pie hacia Serbia.', id="unknown-name"),
    pytest.param('Miles de refugiados han llegado de Grecia a Macedonia. La situación en la frontera es tensa. Desde el campamento, caminan a pie hacia Serbia.', id="place-noun"),
]

A_STATE_OF_THINGS_IS_NO_MOVER = [
    pytest.param('La vida normal ha vuelto a Alepo.', id='life-returned'),
    pytest.param('La calma regresó a Homs el lunes.', id='calm-returned'),
]

"""Spanish sentences of tests/extract/test_frame_constructions_more.py, one table a test (see tests/lang/__init__.py)."""

import pytest

A_TIME_PHRASE_BETWEEN_VERB_AND_MARKER_COUNTS_AS_ONE_WORD = [
    pytest.param("El barco había salido en la mañana del viernes pasado de las playas de Libia.", ("country:LBY", None),
                 id="en-la-manana-del-viernes-pasado"),
    pytest.param("La familia regresó la mañana del 3 de mayo a Alepo.", (None, "aleppo"), id="la-manana-del"),
]

A_WEAK_GOAL_OPENING_THE_CLAUSE_GOES_WITH_THE_ARRIVAL_AFTER_IT = [
    pytest.param("A Madrid llegaron ayer trescientos migrantes.", (None, "geonames:3117735"), id="a-x-llegaron"),
    pytest.param("Ayer, a Barcelona llegaron cientos de familias.", (None, "geonames:3128760"), id="time-then-a-x-llegaron"),
]

A_WEAK_GOAL_AFTER_OTHER_WORDS_DOES_NOT_OPEN_THE_CLAUSE = [
    pytest.param("Hablaron a Madrid y llegaron ayer.", "geonames:3117735", id="after-another-verb"),
]

A_PHRASE_A_MARKER_OPENS_IS_LOCATED_BY_THE_PLACE_AFTER_IT = [
    pytest.param("Los refugiados fueron trasladados del campo de acogida en Valencia al nuevo campamento en Madrid.",
                 ("geonames:2509954", "geonames:3117735"), id="del-campo-en-x-al-campamento-en-y"),
]

THE_WAY_ONE_IS_ON_AND_BEING_SENT_BACK = [
    pytest.param('Las familias se abrieron paso hasta Leópolis.', (None, 'geonames:702550'), id='abrirse-paso'),
]

A_DISPLACED_PERSON_IN_X_IS_THERE_NOT_TAKEN_THERE = [
    pytest.param("Un sirio desplazado en Alepo contó a la agencia que nadie sabe adónde ir.", "aleppo", id="desplazado-en-x"),
    pytest.param("Miles de familias desplazadas en Homs esperan ayuda.", "homs", id="desplazadas-en-x"),
]

WHAT_THEY_FLEE_AFTER_THE_GOAL_IS_WHERE_THEY_LEAVE = [
    pytest.param("Miles de sudaneses huyeron a Chad de la violencia en Darfur.", ("darfur", "country:TCD"), id="a-x-de-la-violencia-en-y"),
    pytest.param("Cientos de familias huyeron hacia Alepo de sus casas en Homs.", ("homs", "aleppo"), id="hacia-x-de-sus-casas-en-y"),
]

THE_FIGHTING_AT_X_IS_WHAT_THEY_FLEE_NOT_WHERE_THEY_GO = [
    pytest.param("Cientos de familias huyeron hacia Alepo de los combates en Homs.", ("homs", "aleppo"), id="hacia-x-de-los-combates-en-y"),
    pytest.param("Cientos de familias huyeron de los duros combates en Homs.", ("homs", None), id="de-los-duros-combates-en-y"),
]

#: (from, to) expected; (place, None): no movement goes to that place
A_LOCATION_RIGHT_AFTER_A_FLIGHT_IS_WHERE_THEY_GO = [
    pytest.param("Veinte cuerpos fueron abandonados en Kiev.", ("geonames:703448", None), id="abandonados-en-x"),
]

TAKING_A_VEHICLE_TO_X_IS_A_JOURNEY_THERE = [
    pytest.param("Cientos de familias tomaron un autobús desde Homs hacia Alepo.", ("homs", "aleppo"), id="tomaron-un-autobus"),
    pytest.param("Las familias esperaban en Kigoma para coger el barco a Bujumbura.", ("geonames:157738", "geonames:425378"), id="coger-el-barco"),
]

A_TIME_WORD_AFTER_A_DEPARTURE_IS_NOT_WHAT_THEY_LEAVE = [
    pytest.param("El ministro huyó el domingo a Polonia.", (None, "country:POL"), id="el-domingo"),
]

A_REFLEXIVE_VERB_HOLDS_ITS_AUXILIARY = [
    pytest.param("Los refugiados se han dirigido a Polonia.", (None, "country:POL"), id="se-han-dirigido"),
]

A_TIME_WORD_AFTER_THE_VERB_OPENS_NO_CLAUSE = [
    pytest.param("Las familias continuaron después hacia Beirut.", (None, "geonames:276781"), id="continuaron-despues"),
]

A_SOURCE_OPENING_THE_SENTENCE_NEEDS_NO_COMMA = [
    pytest.param("Desde Homs los civiles fueron evacuados a Damasco.", ("homs", "damascus"), id="desde-x-sin-coma"),
]

A_PLACE_AFTER_AN_EVENT_AND_A_MOTION_IS_THE_MOTIONS = [
    pytest.param("Tres presos fueron liberados y repatriados a Polonia.", (None, "country:POL"), id="liberados-y-repatriados"),
]

A_NOUN_OF_MOTION_THAT_NAMES_THE_PLACE_NOUN_IS_PART_OF_THE_GOAL = [
    pytest.param("Las familias fueron llevadas a un centro de evacuación en Varsovia.", (None, "geonames:756135"), id="centro-de-evacuacion"),
]

A_VERB_OF_SENDING_BACK = [
    pytest.param("Los hombres fueron devueltos a Polonia.", (None, "country:POL"), id="devueltos"),
]

A_PLACE_AFTER_ANOTHER_VERB_IS_NOT_WHERE_WHAT_THEY_LEAVE_LIES = [
    pytest.param("Dejaron sus casas en Homs y cruzaron el Líbano a pie.", ("homs", None), id="casas-en-x-y-cruzaron-y"),
]

THE_FLED_EVENT_BEFORE_A_VERB_THAT_COMES_LAST = [
    pytest.param("Cientos de personas han huido de los combates en Homs hacia el Líbano.", ("homs", "country:LBN"), id="huido-de-los-combates"),
]

A_HAZARD_THE_NOUN_PHRASE_NAMES_IS_WHAT_MOVES = [
    pytest.param("La ola de crecida llegó a Járkov el lunes.", "geonames:706483", id="ola-de-crecida"),
]

A_NUMBER_OF_DAYS_AND_LATER_BEFORE_THE_MARKER = [
    pytest.param("Los soldados llegaron cuatro días después a Varsovia.", (None, "geonames:756135"), id="cuatro-dias-despues"),
]

A_HAZARD_IN_A_SUBORDINATE_CLAUSE_BEFORE_THE_VERB = [
    pytest.param("Como los enfrentamientos continuaban, muchas familias huyeron a Varsovia.", (None, "geonames:756135"), id="como-los-enfrentamientos"),
]

A_STAY_SPENT_BEFORE_THE_MOVE_IS_WHERE_IT_STARTS = [
    pytest.param('Regresó a Graz después de pasar dos semanas en Viena.', ('geonames:2761369', 'geonames:2778067'), id='despues-de-pasar'),
]

GETTING_ON_A_VEHICLE_AT_X_IS_WHERE_THEY_BOARD = [
    pytest.param('Los soldados subieron a un tren en Viena.', ('geonames:2761369', None), id='subir-a'),
]

A_MEANS_OF_TRAVEL_BEFORE_THE_OBJECT = [
    pytest.param('La Cruz Roja trasladó por vía terrestre a los ancianos de Homs a Damasco.', ("homs", "damascus"), id='por-via-terrestre'),
    pytest.param('Los soldados trasladaron por carretera a los niños desde Homs hasta Damasco.', ("homs", "damascus"), id='por-carretera'),
]

A_MEANS_OF_TRAVEL_BEFORE_THE_PLACE_REACHED = [
    pytest.param('Los niños alcanzaron en tren las escuelas de Damasco.', (None, "damascus"), id='en-tren'),
]

# who holds or took a place, named by the word that also marks a start: no origin
THE_AGENT_OF_A_PARTICIPLE_IS_NO_ORIGIN = [
    pytest.param('Los civiles fueron trasladados de Jersón a Crimea, controlada por Rusia.', id='controlada-por'),
]

# whom the verb moves, a group of several words, after a time word
A_GROUP_MOVED_IS_ONE_OBJECT = [
    pytest.param('El ejército trasladó ayer a un segundo grupo de 25 mujeres a Homs.', (None, "homs"), id='a-un-segundo-grupo-de'),
]

# how they came, between the verb and where they came from ("on foot from X")
A_MEANS_OF_TRAVEL_BEFORE_THE_START = [
    pytest.param('La mayoría de los refugiados llegó a pie desde Alepo.', ("aleppo", None), id='a-pie-desde'),
    pytest.param('Los refugiados llegaron en el autobús de Alepo.', ("aleppo", None), id='en-el-autobus-de'),
]

WHERE_THE_SENTENCE_BEFORE_HELD_THEM = [
    pytest.param('Los excursionistas seguían atrapados en Hama desde hacía días. El lunes fueron llevados en helicóptero a Damasco.', ('geonames:170017', 'damascus'), id='atrapados-en'),
]

THE_PLACE_OPENING_THE_SENTENCE_IS_WHERE_THEY_ARE = [
    pytest.param('La mayoría de las familias fue a Beirut. En Hama, familias que dejaron Alepo la semana pasada duermen en escuelas.', ('aleppo', 'geonames:170017'), id='opening-place'),
]

A_PLACE_OPENING_A_REPORT_IS_WHERE_IT_WAS_SAID = [
    pytest.param('La mayoría de las familias fue a Beirut. En Hama, la agencia dijo que familias dejaron Alepo la semana pasada.', ('aleppo', 'geonames:170017'), id='opening-place-said'),
]

HERE_IS_WHERE_THE_SPEAKER_IS = [
    pytest.param('La mayoría de las familias fue a Beirut la semana pasada. "Cada noche llegan aquí decenas de familias desde Alepo", dijo un médico de Hama.', ('aleppo', 'geonames:170017'), id='here-said-in'),
]

A_VERB_OF_COMING_IS_NOT_WHERE_THE_SPEAKER_IS = [
    pytest.param('La mayoría de las familias fue a Beirut la semana pasada. "Cada noche vienen decenas de familias de Alepo", dijo un portavoz de la agencia en Hama.', ('aleppo', 'geonames:170017'), id='come-from-said-in'),
]

# where they are now, after a word of now: the end of a departure that names only its start
WHERE_THEY_ARE_NOW_AFTER_A_WORD_OF_NOW = [
    pytest.param('Él dejó Homs en mayo y ahora vive en una tienda en Alepo.', ("homs", "aleppo"), id='ahora-vive-en'),
]

# a hazard after a place set before it: no people move
A_HAZARD_AFTER_A_FRONTED_PLACE = [
    pytest.param('En Kassel, el agua llegó al primer piso de las casas.', id='en-x-el-agua-llego'),
]

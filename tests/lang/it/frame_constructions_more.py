"""Italian sentences of tests/extract/test_frame_constructions_more.py, one table a test (see tests/lang/__init__.py)."""

import pytest

A_TIME_PHRASE_BETWEEN_VERB_AND_MARKER_COUNTS_AS_ONE_WORD = [
    pytest.param("Il barcone era salpato nella mattina di venerdì scorso dalle spiagge della Libia.", ("country:LBY", None),
                 id="nella-mattina-di-venerdi-scorso"),
]

A_WEAK_GOAL_OPENING_THE_CLAUSE_GOES_WITH_THE_ARRIVAL_AFTER_IT = [
    # "a" before an arrival is a location: held by another rule (location_before_arrival) before this one
    pytest.param("A Milano arrivano ogni giorno centinaia di famiglie.", (None, "geonames:3173435"), id="a-x-arrivano"),
]

A_PHRASE_A_MARKER_OPENS_IS_LOCATED_BY_THE_PLACE_AFTER_IT = [
    pytest.param("I profughi sono stati trasferiti dal campo vicino a Milano al nuovo campo a Torino.",
                 ("geonames:3173435~near", "geonames:3165524"), id="dal-campo-vicino-a-x-al-campo-a-y"),
]

THE_WAY_ONE_IS_ON_AND_BEING_SENT_BACK = [
    pytest.param('I migranti sono stati respinti in Libia.', (None, 'country:LBY'), id='respinti'),
]

WHAT_THEY_FLEE_AFTER_THE_GOAL_IS_WHERE_THEY_LEAVE = [
    pytest.param("Migliaia di sudanesi sono fuggiti verso il Ciad dalle violenze in Darfur.", ("darfur", "country:TCD"), id="verso-x-dalle-violenze-in-y"),
    pytest.param("Centinaia di famiglie sono fuggite verso Aleppo dalle loro case a Homs.", ("homs", "aleppo"), id="verso-x-dalle-case-a-y"),
]

THE_FIGHTING_AT_X_IS_WHAT_THEY_FLEE_NOT_WHERE_THEY_GO = [
    pytest.param("Centinaia di famiglie sono fuggite verso Aleppo dai combattimenti a Homs.", ("homs", "aleppo"), id="verso-x-dai-combattimenti-a-y"),
    pytest.param("Centinaia di famiglie sono fuggite dai violenti combattimenti a Homs.", ("homs", None), id="dai-violenti-combattimenti-a-y"),
]

#: (from, to) expected; (place, None): no movement goes to that place
A_LOCATION_RIGHT_AFTER_A_FLIGHT_IS_WHERE_THEY_GO = [
    pytest.param("Le famiglie sono fuggite a Beirut.", (None, "geonames:276781"), id="fuggite-a-x"),
    pytest.param("Migliaia di siriani sono scappati in Libano.", ("syria", "country:LBN"), id="scappati-in-x"),
    pytest.param("Venti corpi sono stati abbandonati a Kiev.", ("geonames:703448", None), id="abbandonati-a-x-passive"),
]

TAKING_A_VEHICLE_TO_X_IS_A_JOURNEY_THERE = [
    pytest.param("Centinaia di famiglie hanno preso un traghetto da Tripoli per Beirut.", ("geonames:266826", "geonames:276781"), id="preso-un-traghetto"),
    pytest.param("Le famiglie hanno preso il treno da Homs per Aleppo.", ("homs", "aleppo"), id="preso-il-treno"),
]

A_TIME_WORD_AFTER_A_DEPARTURE_IS_NOT_WHAT_THEY_LEAVE = [
    pytest.param("Il ministro è fuggito domenica in Polonia.", (None, "country:POL"), id="domenica"),
]

A_REFLEXIVE_VERB_HOLDS_ITS_AUXILIARY = [
    pytest.param("I profughi si sono recati in Polonia.", (None, "country:POL"), id="si-sono-recati"),
]

A_TIME_WORD_AFTER_THE_VERB_OPENS_NO_CLAUSE = [
    pytest.param("Le famiglie sono poi proseguite verso Beirut.", (None, "geonames:276781"), id="sono-poi-proseguite"),
]

A_SOURCE_OPENING_THE_SENTENCE_NEEDS_NO_COMMA = [
    pytest.param("Da Homs i civili sono stati poi evacuati a Damasco.", ("homs", "damascus"), id="da-x-sono-stati-poi"),
]

A_PLACE_AFTER_AN_EVENT_AND_A_MOTION_IS_THE_MOTIONS = [
    pytest.param("Tre prigionieri sono stati liberati e rimpatriati in Polonia.", (None, "country:POL"), id="liberati-e-rimpatriati"),
]

A_NOUN_OF_MOTION_THAT_NAMES_THE_PLACE_NOUN_IS_PART_OF_THE_GOAL = [
    pytest.param("Le famiglie sono state portate in un campo di transito a Varsavia.", (None, "geonames:756135"), id="campo-di-transito"),
]

A_VERB_OF_SENDING_BACK = [
    pytest.param("Gli uomini sono stati rimandati in Polonia.", (None, "country:POL"), id="rimandati"),
]

A_PLACE_AFTER_ANOTHER_VERB_IS_NOT_WHERE_WHAT_THEY_LEAVE_LIES = [
    pytest.param("Hanno lasciato le loro case a Homs e attraversato il Libano a piedi.", ("homs", None), id="case-a-x-e-attraversato-y"),
]

THE_FLED_EVENT_BEFORE_A_VERB_THAT_COMES_LAST = [
    pytest.param("Centinaia di persone sono fuggite dai combattimenti a Homs verso il Libano.", ("homs", "country:LBN"), id="fuggite-dai-combattimenti"),
]

A_HAZARD_THE_NOUN_PHRASE_NAMES_IS_WHAT_MOVES = [
    pytest.param("L'ondata di piena ha raggiunto Kharkiv lunedì.", "geonames:706483", id="ondata-di-piena"),
]

A_NUMBER_OF_DAYS_AND_LATER_BEFORE_THE_MARKER = [
    pytest.param("I soldati sono arrivati quattro giorni dopo a Varsavia.", (None, "geonames:756135"), id="quattro-giorni-dopo"),
]

A_HAZARD_IN_A_SUBORDINATE_CLAUSE_BEFORE_THE_VERB = [
    pytest.param("Poiché gli scontri continuavano, molte famiglie sono fuggite a Varsavia.", (None, "geonames:756135"), id="poiche-gli-scontri"),
]

A_STAY_SPENT_BEFORE_THE_MOVE_IS_WHERE_IT_STARTS = [
    pytest.param('È tornato a Graz dopo aver trascorso due settimane a Vienna.', ('geonames:2761369', 'geonames:2778067'), id='dopo-aver-trascorso'),
]

GETTING_ON_A_VEHICLE_AT_X_IS_WHERE_THEY_BOARD = [
    pytest.param('I soldati sono saliti su un treno a Vienna.', ('geonames:2761369', None), id='salire-su'),
]

A_MEANS_OF_TRAVEL_BEFORE_THE_OBJECT = [
    pytest.param('La Croce Rossa ha trasferito in pullman i bambini da Homs a Damasco.', ("homs", "damascus"), id='in-pullman'),
    pytest.param('I soccorritori hanno evacuato per via aerea gli anziani da Homs a Damasco.', ("homs", "damascus"), id='per-via-aerea'),
]

A_MEANS_OF_TRAVEL_BEFORE_THE_PLACE_REACHED = [
    pytest.param('I bambini hanno raggiunto in treno le scuole di Damasco.', (None, "damascus"), id='in-treno'),
    pytest.param('I bambini hanno raggiunto con il treno le scuole di Damasco.', (None, "damascus"), id='con-il-treno'),
]

# who holds or took a place, named by the word that also marks a start: no origin
THE_AGENT_OF_A_PARTICIPLE_IS_NO_ORIGIN = [
    pytest.param('I civili sono stati portati da Kherson nella Crimea controllata dalla Russia.', id='controllata-dalla'),
    pytest.param('Le famiglie sono fuggite dai villaggi occupati dalla Russia verso la Polonia.', id='occupati-dalla'),
]

# whom the verb moves, a group of several words, after a time word
A_GROUP_MOVED_IS_ONE_OBJECT = [
    pytest.param("L'esercito ha trasferito ieri un secondo gruppo di 25 donne a Homs.", (None, "homs"), id='un-secondo-gruppo-di'),
]

# how they came, between the verb and where they came from ("on foot from X")
A_MEANS_OF_TRAVEL_BEFORE_THE_START = [
    pytest.param('La maggior parte dei profughi è arrivata a piedi da Aleppo.', ("aleppo", None), id='a-piedi-da'),
]

WHERE_THE_SENTENCE_BEFORE_HELD_THEM = [
    pytest.param('Gli escursionisti erano bloccati a Hama da giorni. Lunedì un elicottero li ha portati a Damasco.', ('geonames:170017', 'damascus'), id='bloccati-a'),
]

THE_PLACE_OPENING_THE_SENTENCE_IS_WHERE_THEY_ARE = [
    pytest.param('La maggior parte delle famiglie è andata a Beirut. A Hama, famiglie che hanno lasciato Aleppo la settimana scorsa dormono nelle scuole.', ('aleppo', 'geonames:170017'), id='opening-place'),
]

A_PLACE_OPENING_A_REPORT_IS_WHERE_IT_WAS_SAID = [
    pytest.param("La maggior parte delle famiglie è andata a Beirut. A Hama, l'agenzia ha detto che famiglie hanno lasciato Aleppo la settimana scorsa.", ('aleppo', 'geonames:170017'), id='opening-place-said'),
]

HERE_IS_WHERE_THE_SPEAKER_IS = [
    pytest.param('La maggior parte delle famiglie è andata a Beirut la settimana scorsa. "Ogni notte decine di famiglie arrivano qui da Aleppo", ha detto un medico di Hama.', ('aleppo', 'geonames:170017'), id='here-said-in'),
]

A_VERB_OF_COMING_IS_NOT_WHERE_THE_SPEAKER_IS = [
    pytest.param('La maggior parte delle famiglie è andata a Beirut la settimana scorsa. "Ogni notte vengono decine di famiglie da Aleppo", ha detto un portavoce dell\'agenzia a Hama.', ('aleppo', 'geonames:170017'), id='come-from-said-in'),
]

# the "of" that ends a marker of several words, repeated after "and": the same goal
A_MARKER_ENDING_IN_OF_REPEATED = [
    pytest.param('I camion sono partiti da Homs in direzione di Hama e di Damasco.', id='in-direzione-di-x-e-di-y'),
]

# where they are now, after a word of now: the end of a departure that names only its start
WHERE_THEY_ARE_NOW_AFTER_A_WORD_OF_NOW = [
    pytest.param('Ha lasciato Homs a maggio e ora vive in una tenda ad Aleppo.', ("homs", "aleppo"), id='ora-vive-in'),
]

# a hazard after a place set before it: no people move
A_HAZARD_AFTER_A_FRONTED_PLACE = [
    pytest.param("A Kassel l'acqua ha raggiunto il primo piano delle case.", id='a-x-l-acqua-ha-raggiunto'),
]

"""Italian sentences of tests/extract/test_sentence_roles.py, one table a test (see tests/lang/__init__.py)."""

import pytest

BORDERS = [("geonames:170905", "border:country:JOR|syria"), ("geonames:170905", "border:country:LBN|syria")]

THE_BORDERS_OF_EACH_COUNTRY = [
    pytest.param("Le granate hanno colpito Deraa e Homs in Siria. Migliaia di famiglie sono fuggite da Deraa verso i confini della Giordania e del Libano.", BORDERS, id="verso-i-confini-di-x-e-di-y"),
]

BETWEEN_TWO_PHRASES = [
    pytest.param("L'esercito ha scortato un convoglio di quaranta camion tra la base logistica (BL) di Gao e la base aerea di Niamey.", ("geonames:2457163", "geonames:2440485"), id="scortato-tra-la-base-di-x-e-la-base-di-y"),
]

NOUNS_OF_THE_WAY_TAKEN = [
    pytest.param('È stato un lungo tragitto di due giorni da Cracovia.', ('geonames:3094802', None), id="un-lungo-tragitto-da-x"),
]

A_PAST_PERFECT_OF_LEAVING = [
    pytest.param("L'aereo era partito da Madrid lunedì mattina.", ('geonames:3117735', None), id="era-partito-da-x"),
]

A_GOAL_AFTER_A_SOURCE_PHRASE = [
    pytest.param('Un autobus ha portato le famiglie dal vecchio centro di accoglienza al campo di Palmira.', (None, 'palmyra'), id="dal-centro-al-campo-di-x"),
]

NO_END_FROM_THE_STORY_WHERE_THE_SENTENCE_STATES_IT = [
    pytest.param('Il convoglio ha lasciato Raqqa per Palmira. Un autobus ha portato le famiglie dal vecchio centro di accoglienza fino ad Aleppo.', (None, 'aleppo'), id="dal-centro-fino-ad-x"),
]

AN_OBJECT_LATER_IN_ITS_CLAUSE = [
    pytest.param('I combattenti hanno lasciato nella notte tra sabato e domenica la città di Homs.', ("homs", None), id="hanno-lasciato-nella-notte-la-citta-di-x"),
]

CROSSING_A_BORDER_WRITTEN_AS_A_PAIR = [
    pytest.param('Migliaia di profughi hanno attraversato ieri il confine serbo-ungherese.', ('country:SRB', 'country:HUN'), id="hanno-attraversato-il-confine-x-y"),
]

THE_SUBJECT_AFTER_ITS_VERB = [
    pytest.param('Domenica sono arrivati a Damasco 40 autobus provenienti da Homs.', [('homs', 'damascus')], id='arrivati-a-y-provenienti-da-x'),
    pytest.param('Sono arrivate in Germania dalla Polonia 500 famiglie.', [('country:POL', 'country:DEU')], id='arrivate-in-y-dalla-x-500'),
]

THE_SUBJECT_OF_AN_EVACUATION = [
    pytest.param('Diversi villaggi vicino ad Aleppo sono stati evacuati domenica.', [('aleppo~near', None)], id='villaggi-vicino-a-x-evacuati'),
    pytest.param('Homs e Hama sono state evacuate.', [('homs', None), ('geonames:170017', None)], id='x-e-y-evacuate'),
]

TAKEN_INTO_A_BUILDING_OR_ACCOMPANIED = [
    pytest.param('I bambini sono stati condotti in una scuola a Leopoli.', [(None, 'geonames:702550')], id='condotti-in-una-scuola-a-x'),
    pytest.param('I bambini sono stati accompagnati fino a Leopoli.', [(None, 'geonames:702550')], id='accompagnati-fino-a-x'),
]

THE_MOVERS_BETWEEN_VERB_AND_GOAL = [
    pytest.param('Il trasferimento dei pazienti a Damasco è stato confermato.', [(None, 'damascus')], id='trasferimento-dei-pazienti-a-x'),
    pytest.param("L'esercito ha trasferito gli uomini a Homs.", [(None, 'homs')], id='trasferito-gli-uomini-a-x'),
]

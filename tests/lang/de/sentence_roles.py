"""German sentences of tests/extract/test_sentence_roles.py, one table a test (see tests/lang/__init__.py)."""

import pytest

BORDERS = [("geonames:170905", "border:country:JOR|syria"), ("geonames:170905", "border:country:LBN|syria")]

THE_BORDERS_OF_EACH_COUNTRY = [
    pytest.param("Granaten trafen Deraa und Homs in Syrien. Tausende Familien flohen aus Deraa an die Grenzen zu Jordanien und dem Libanon.", BORDERS, id="an-die-grenzen-zu-x-und-y"),
    pytest.param("Granaten trafen Deraa und Homs in Syrien. Viele Familien flohen aus Deraa an die Grenzen zur Türkei und zum Libanon.",
                 [("geonames:170905", "border:country:TUR|syria"), ("geonames:170905", "border:country:LBN|syria")], id="grenzen-zur-x-und-zum-y"),
]

BETWEEN_TWO_PHRASES = [
    pytest.param('Die Armee hat einen Konvoi zwischen dem Stützpunkt in Gao und dem Flughafen von Niamey eskortiert.', ("geonames:2457163", "geonames:2440485"), id="zwischen-dem-stuetzpunkt-in-x-und-dem-flughafen-von-y-eskortiert"),
]

NOUNS_OF_THE_WAY_TAKEN = [
    pytest.param('Es war eine lange Fahrt von zwei Tagen aus Krakau.', ('geonames:3094802', None), id="eine-lange-fahrt-aus-x"),
]

A_PAST_PERFECT_OF_LEAVING = [
    pytest.param('Das Flugzeug war am Montagmorgen von Madrid abgeflogen.', ('geonames:3117735', None), id="war-von-x-abgeflogen"),
]

# (held before by opened_phrase_located: the same construction, the goal a phrase located by the place after it)
A_GOAL_AFTER_A_SOURCE_PHRASE = [
    pytest.param('Ein Bus brachte die Familien aus dem alten Aufnahmezentrum zum Lager bei Aleppo.', (None, 'aleppo~near'), id="aus-dem-zentrum-zum-lager-bei-x"),
]

NO_END_FROM_THE_STORY_WHERE_THE_SENTENCE_STATES_IT = [
    pytest.param('Der Konvoi verließ Rakka in Richtung Palmyra. Ein Bus brachte die Familien dann aus dem alten Aufnahmezentrum nach Aleppo.', (None, 'aleppo'), id="aus-dem-zentrum-nach-x"),
]

AN_OBJECT_LATER_IN_ITS_CLAUSE = [
    pytest.param('Die Kämpfer verließen in der Nacht zum Sonntag nach schweren Gefechten die Stadt Homs.', ("homs", None), id="verliessen-in-der-nacht-die-stadt-x"),
]

A_PLACE_OPENING_THE_CLAUSE_OF_A_DEPARTURE_AT_ITS_END = [
    pytest.param("In Homs sind am Freitag drei Rettungswagen in die Krisenregion nach Aleppo ausgerückt.", ("homs", "aleppo"), id="in-x-sind-nach-y-ausgerueckt"),
    pytest.param("In Homs brachen am Morgen Hunderte Familien nach Aleppo auf.", ("homs", "aleppo"), id="in-x-brachen-nach-y-auf"),
]

CROSSING_A_BORDER_WRITTEN_AS_A_PAIR = [
    pytest.param('Fünftausend Migranten überquerten die serbisch-ungarische Grenze.', ('country:SRB', 'country:HUN'), id="ueberquerten-die-x-y-grenze"),
]

THE_SUBJECT_AFTER_ITS_VERB = [
    pytest.param('Nach Berlin sind aus Warschau seit Freitag 500 Familien gereist.', [('geonames:756135', 'geonames:2950159')], id='nach-y-sind-aus-x-gereist'),
    pytest.param('In Damaskus trafen am Abend 40 Busse ein, aus Homs kommend.', [('homs', 'damascus')], id='in-y-eintreffen-aus-x-kommend'),
]

THE_SUBJECT_OF_AN_EVACUATION = [
    pytest.param('Mehrere Dörfer bei Aleppo wurden am Sonntag evakuiert.', [('aleppo~near', None)], id='doerfer-bei-x-evakuiert'),
    pytest.param('Homs und Hama sollten evakuiert werden.', [('homs', None), ('geonames:170017', None)], id='x-und-y-evakuiert-werden'),
]

TAKEN_INTO_A_BUILDING_OR_ACCOMPANIED = [
    pytest.param('Die Kinder wurden in eine Turnhalle in Lwiw gebracht.', [(None, 'geonames:702550')], id='in-eine-turnhalle-in-x-gebracht'),
    pytest.param('Die Verletzten wurden von Helfern in einen Bus nach Warschau begleitet.', [(None, 'geonames:756135')], id='begleitet-nach-x'),
]

THE_MOVERS_BETWEEN_VERB_AND_GOAL = [
    pytest.param('Die Verlegung der Patienten nach Damaskus wurde bestätigt.', [(None, 'damascus')], id='verlegung-der-patienten-nach-x'),
    pytest.param('Busse brachten die Touristen zum Flughafen von Homs.', [(None, 'homs')], id='brachten-die-touristen-zum-x'),
]

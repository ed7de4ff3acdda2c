"""German sentences of tests/extract/test_frame_constructions_more.py, one table a test (see tests/lang/__init__.py)."""

import pytest

A_TIME_PHRASE_BETWEEN_VERB_AND_MARKER_COUNTS_AS_ONE_WORD = [
    pytest.param("Der Zug fuhr in der Nacht zum Samstag ab Wien.", ("geonames:2761369", None), id="in-der-nacht-zum-samstag"),
]

A_WEAK_GOAL_OPENING_THE_CLAUSE_GOES_WITH_THE_ARRIVAL_AFTER_IT = [
    # "nach" is a strong goal: held by another rule (strong_marker) before this one
    pytest.param("Nach Berlin kamen gestern dreihundert Familien.", (None, "geonames:2950159"), id="nach-x-kamen"),
]

A_PHRASE_A_MARKER_OPENS_IS_LOCATED_BY_THE_PLACE_AFTER_IT = [
    pytest.param("Die Flüchtlinge wurden gestern aus dem alten Lager in Wien in ein neues Lager in Graz verlegt.",
                 # ("in ein neues Lager in Graz": "in ein", accusative, is a goal, so both ends are read)
                 ("geonames:2761369", "geonames:2778067"), id="aus-dem-lager-in-x-verb-last"),
]

THE_WAY_ONE_IS_ON_AND_BEING_SENT_BACK = [
    pytest.param('Die Familien waren auf dem Weg nach Lwiw, als der Beschuss begann.', (None, 'geonames:702550'), id='auf-dem-weg'),
    pytest.param('Die Familien waren unterwegs nach Lwiw.', (None, 'geonames:702550'), id='unterwegs'),
    pytest.param('Die Familien machten sich von Charkiw aus auf den Weg nach Lwiw.', ('geonames:706483', 'geonames:702550'), id='auf-den-weg'),
]

A_COMPOUND_NOUN_IS_THE_MOTION_IT_ENDS_WITH = [
    pytest.param("Der Truppenabzug aus Charkiw begann am Montag.", ("geonames:706483", None), id="truppenabzug"),
    pytest.param("Die Massenflucht aus Charkiw nach Lwiw hält an.", ("geonames:706483", "geonames:702550"), id="massenflucht"),
    pytest.param("Wir übernehmen gerade Verlegungsfahrten aus Charkiw.", ("geonames:706483", None), id="plural-verlegungsfahrten"),
]

A_WORD_THAT_ONLY_ENDS_LIKE_ONE_IS_NO_COMPOUND = [
    pytest.param("Viele fanden in Lwiw eine Zuflucht.", id="zuflucht"),
]

#: (German writes every noun with a capital: "Häusern" is no name in the phrase of what they leave)
WHAT_THEY_FLEE_AFTER_THE_GOAL_IS_WHERE_THEY_LEAVE = [
    pytest.param("Tausende Familien flohen nach Aleppo aus ihren Häusern in Homs.", ("homs", "aleppo"), id="nach-x-aus-ihren-haeusern-in-y"),
    pytest.param("Tausende Familien flohen aus ihren Häusern in Homs nach Aleppo.", ("homs", "aleppo"), id="aus-ihren-haeusern-in-y-nach-x"),
]

THE_FIGHTING_AT_X_IS_WHAT_THEY_FLEE_NOT_WHERE_THEY_GO = [
    pytest.param("Hunderte Familien flohen vor den Kämpfen in Homs nach Aleppo.", ("homs", "aleppo"), id="vor-den-kaempfen-in-y-nach-x"),
    pytest.param("Hunderte Familien flohen vor den heftigen Kämpfen in Homs.", ("homs", None), id="vor-den-heftigen-kaempfen-in-y"),
]

#: (from, to) expected; (place, None): no movement goes to that place
A_LOCATION_RIGHT_AFTER_A_FLIGHT_IS_WHERE_THEY_GO = [
    pytest.param("Zwanzig Leichen wurden in Kiew zurückgelassen.", ("geonames:703448", None), id="in-x-zurueckgelassen"),
]

TAKING_A_VEHICLE_TO_X_IS_A_JOURNEY_THERE = [
    pytest.param("Hunderte Familien nahmen den Zug von Budapest nach Wien.", ("geonames:3054643", "geonames:2761369"), id="nahmen-den-zug"),
    pytest.param("Die Familien nahmen den letzten Bus von Homs nach Aleppo.", ("homs", "aleppo"), id="nahmen-den-letzten-bus"),
]

A_TIME_WORD_AFTER_A_DEPARTURE_IS_NOT_WHAT_THEY_LEAVE = [
    pytest.param("Der Minister floh am Sonntag nach Polen.", (None, "country:POL"), id="am-sonntag"),
]

A_REFLEXIVE_VERB_HOLDS_ITS_AUXILIARY = [
    pytest.param("Die Flüchtlinge haben sich nach Polen begeben.", (None, "country:POL"), id="haben-sich-begeben"),
]

A_TIME_WORD_AFTER_THE_VERB_OPENS_NO_CLAUSE = [
    pytest.param("Die Familien zogen danach weiter nach Beirut.", (None, "geonames:276781"), id="zogen-danach-weiter"),
]

A_SOURCE_OPENING_THE_SENTENCE_NEEDS_NO_COMMA = [
    pytest.param("Von Homs aus wurden die Zivilisten nach Damaskus evakuiert.", ("homs", "damascus"), id="von-x-aus"),
]

A_PLACE_AFTER_AN_EVENT_AND_A_MOTION_IS_THE_MOTIONS = [
    pytest.param("Drei Gefangene wurden freigelassen und nach Polen zurückgebracht.", (None, "country:POL"), id="freigelassen-und-zurueckgebracht"),
]

A_NOUN_OF_MOTION_THAT_NAMES_THE_PLACE_NOUN_IS_PART_OF_THE_GOAL = [
    pytest.param("Die Familien wurden in ein Evakuierungszentrum in Warschau gebracht.", (None, "geonames:756135"), id="evakuierungszentrum"),
]

A_VERB_OF_SENDING_BACK = [
    pytest.param("Die Männer wurden nach Polen zurückgeschickt.", (None, "country:POL"), id="zurueckgeschickt"),
]

A_PLACE_AFTER_ANOTHER_VERB_IS_NOT_WHERE_WHAT_THEY_LEAVE_LIES = [
    pytest.param("Sie verließen ihre Häuser in Homs und durchquerten den Libanon zu Fuß.", ("homs", None), id="haeuser-in-x-und-durchquerten-y"),
]

THE_FLED_EVENT_BEFORE_A_VERB_THAT_COMES_LAST = [
    pytest.param("Hunderte sind vor den Kämpfen in Homs in den Libanon geflohen.", ("homs", "country:LBN"), id="sind-vor-den-kaempfen-geflohen"),
]

A_HAZARD_THE_NOUN_PHRASE_NAMES_IS_WHAT_MOVES = [
    pytest.param("Die Sturmflut erreichte am Montag Hamburg.", "geonames:2911298", id="sturmflut"),
]

A_NUMBER_OF_DAYS_AND_LATER_BEFORE_THE_MARKER = [
    pytest.param("Die Soldaten kamen vier Tage später in Warschau an.", (None, "geonames:756135"), id="vier-tage-spaeter"),
]

A_HAZARD_IN_A_SUBORDINATE_CLAUSE_BEFORE_THE_VERB = [
    pytest.param("Weil die Gefechte weitergingen, flohen viele Familien nach Warschau.", (None, "geonames:756135"), id="weil-die-gefechte"),
]

A_CROSSING_BY_BOAT = [
    pytest.param("Hunderte Migranten sind aus der Türkei nach Griechenland übergesetzt.", ("country:TUR", "country:GRC"), id="uebergesetzt"),
]

WHAT_DISPLACED_THEM_BEFORE_THE_VERB_AND_THE_ARRIVAL_AFTER = [
    pytest.param("Die von den Gefechten in Mossul vertriebenen Menschen sind in Erbil eingetroffen.", ("mosul", "geonames:95446"),
                 id="participle-adjective"),
    pytest.param("Die Familien, die durch die Kämpfe in Idlib vertrieben worden waren, sind in Aleppo angekommen.", ("geonames:169389", "aleppo"),
                 id="relative-clause"),
    pytest.param("Die Familien wurden von den Kämpfen in Hama vertrieben.", ("geonames:170017", None), id="passive-agent"),
    pytest.param("Die durch die Kämpfe vertriebenen Familien sind in Damaskus angekommen.", (None, "damascus"), id="arrival-only"),
]

THE_OBJECT_OF_AN_INFINITIVE_STANDS_BEFORE_ITS_PARTICLE = [
    pytest.param("Die Armee befahl den Bewohnern, Homs zu verlassen.", ("homs", None), id="x-zu-verlassen"),
    pytest.param("Die Einwohner wurden gebeten, Hama in Richtung Damaskus zu verlassen.", ("geonames:170017", "damascus"),
                 id="x-in-richtung-y-zu-verlassen"),
    pytest.param("Die Familien versuchten, Polen zu erreichen.", (None, "country:POL"), id="x-zu-erreichen"),
]

A_STAY_SPENT_BEFORE_THE_MOVE_IS_WHERE_IT_STARTS = [
    pytest.param('Er kehrte nach Graz zurück, nachdem er zwei Wochen in Wien verbracht hatte.', ('geonames:2761369', 'geonames:2778067'), id='nachdem-verbracht'),
]

WHAT_THEY_LEAVE_BEFORE_A_FINAL_VERB = [
    pytest.param("In der Nacht haben Hunderte Familien ihre Häuser in Homs verlassen.", ("homs", None), id="haeuser-in-x-verlassen"),
    pytest.param("Die Soldaten haben ihre Stellungen in Homs verlassen.", ("homs", None), id="stellungen-in-x-verlassen"),
    pytest.param("Die Menschen sind in der Nacht in Zelte in Homs geflohen.", None, id="into-tents-is-no-origin"),
]

A_MEANS_OF_TRAVEL_BEFORE_THE_OBJECT = [
    pytest.param('Die Retter brachten mit dem Hubschrauber die Kinder von Homs nach Damaskus.', ("homs", "damascus"), id='mit-dem-hubschrauber'),
]

A_MEANS_OF_TRAVEL_BEFORE_THE_PLACE_REACHED = [
    pytest.param('Die Kinder erreichten mit dem Zug die Schulen von Damaskus.', (None, "damascus"), id='mit-dem-zug'),
    pytest.param('Die Kinder erreichten am Morgen mit dem Zug die Schulen von Damaskus.', (None, "damascus"), id='am-morgen-mit-dem-zug'),
]

# who holds or took a place, named by the word that also marks a start: no origin
THE_AGENT_OF_A_PARTICIPLE_IS_NO_ORIGIN = [
    pytest.param('Die Zivilisten wurden aus Cherson auf die von Russland kontrollierte Krim gebracht.', id='von-x-kontrollierte'),
    pytest.param('Die Familien flohen aus den von Russland besetzten Dörfern nach Polen.', id='von-x-besetzten'),
]

# whom the verb moves, a group of several words, after a time word
A_GROUP_MOVED_IS_ONE_OBJECT = [
    pytest.param('Die Armee brachte gestern eine zweite Gruppe von 25 Frauen nach Homs.', (None, "homs"), id='eine-zweite-gruppe-von'),
]

# how they came, between the verb and where they came from ("on foot from X")
A_MEANS_OF_TRAVEL_BEFORE_THE_START = [
    pytest.param('Die meisten Flüchtlinge kamen zu Fuß aus Aleppo.', ("aleppo", None), id='zu-fuss-aus'),
]

WHERE_THE_SENTENCE_BEFORE_HELD_THEM = [
    pytest.param('Die Wanderer saßen seit Tagen in Hama fest. Am Montag brachte sie ein Hubschrauber nach Damaskus.', ('geonames:170017', 'damascus'), id='sassen-fest-in'),
]

THE_PLACE_OPENING_THE_SENTENCE_IS_WHERE_THEY_ARE = [
    pytest.param('Die meisten Familien gingen nach Beirut. In Hama schlafen Familien, die letzte Woche Aleppo verlassen haben, in Schulen.', ('aleppo', 'geonames:170017'), id='opening-place'),
]

A_PLACE_OPENING_A_REPORT_IS_WHERE_IT_WAS_SAID = [
    pytest.param('Die meisten Familien gingen nach Beirut. In Hama sagte die Agentur, Familien hätten letzte Woche Aleppo verlassen.', ('aleppo', 'geonames:170017'), id='opening-place-said'),
]

HERE_IS_WHERE_THE_SPEAKER_IS = [
    pytest.param('Die meisten Familien gingen letzte Woche nach Beirut. „Jede Nacht kommen Dutzende Familien aus Aleppo hier an“, sagte ein Arzt in Hama.', ('aleppo', 'geonames:170017'), id='here-said-in'),
]

A_VERB_OF_COMING_IS_NOT_WHERE_THE_SPEAKER_IS = [
    pytest.param('Die meisten Familien gingen letzte Woche nach Beirut. „Jede Nacht kommen Dutzende Familien aus Aleppo“, sagte ein Sprecher der Agentur in Hama.', ('aleppo', 'geonames:170017'), id='come-from-said-in'),
]

# where they are now, after a word of now: the end of a departure that names only its start
WHERE_THEY_ARE_NOW_AFTER_A_WORD_OF_NOW = [
    pytest.param('Er verließ Homs im Mai und wohnt jetzt in einem Zelt in Aleppo.', ("homs", "aleppo"), id='wohnt-jetzt-in'),
]

# a hazard after a place set before it: no people move
A_HAZARD_AFTER_A_FRONTED_PLACE = [
    pytest.param('In Kassel erreichte das Wasser am Abend das erste Stockwerk der Häuser.', id='in-x-erreichte-das-wasser'),
]

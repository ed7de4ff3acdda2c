"""French sentences of tests/extract/test_frame_constructions_more.py, one table a test (see tests/lang/__init__.py)."""

import pytest

A_TIME_PHRASE_BETWEEN_VERB_AND_MARKER_COUNTS_AS_ONE_WORD = [
    pytest.param("Le bateau était parti dans la matinée de vendredi dernier des plages de la Libye.", ("country:LBY", None),
                 id="dans-la-matinee-de-vendredi-dernier"),
    pytest.param("La famille est rentrée le matin du 3 mai à Alep.", (None, "aleppo"), id="le-matin-du"),
]

A_WEAK_GOAL_OPENING_THE_CLAUSE_GOES_WITH_THE_ARRIVAL_AFTER_IT = [
    pytest.param("À Marseille sont arrivés hier trois cents migrants.", (None, "geonames:2995469"), id="a-x-sont-arrives"),
]

A_WEAK_GOAL_AFTER_OTHER_WORDS_DOES_NOT_OPEN_THE_CLAUSE = [
    pytest.param("Il a parlé à Marseille et ils sont arrivés hier.", "geonames:2995469", id="after-another-verb"),
]

A_PHRASE_A_MARKER_OPENS_IS_LOCATED_BY_THE_PLACE_AFTER_IT = [
    pytest.param("Les réfugiés ont été transférés du camp d'accueil de Dundo vers le nouveau camp à Luanda.",
                 ("geonames:145757", "geonames:2240449"), id="du-camp-de-x-vers-le-camp-a-y"),
]

THE_WAY_ONE_IS_ON_AND_BEING_SENT_BACK = [
    pytest.param('Les familles étaient en route vers Lviv quand les bombardements ont commencé.', (None, 'geonames:702550'), id='en-route'),
]

WHAT_THEY_FLEE_AFTER_THE_GOAL_IS_WHERE_THEY_LEAVE = [
    pytest.param("Des milliers de Soudanais ont fui vers le Tchad les violences au Darfour.", ("darfur", "country:TCD"), id="vers-x-les-violences-au-y"),
    pytest.param("Des centaines de familles ont fui vers Alep leurs maisons à Homs.", ("homs", "aleppo"), id="vers-x-leurs-maisons-a-y"),
]

THE_FIGHTING_AT_X_IS_WHAT_THEY_FLEE_NOT_WHERE_THEY_GO = [
    pytest.param("Des centaines de familles ont fui vers Alep les combats à Homs.", ("homs", "aleppo"), id="vers-x-les-combats-a-y"),
    pytest.param("Des centaines de familles ont fui les violents combats à Homs.", ("homs", None), id="les-violents-combats-a-y"),
    pytest.param("Des milliers de Soudanais ont fui vers le Tchad les affrontements au Darfour.", ("darfur", "country:TCD"), id="vers-x-les-affrontements-au-y"),
]

#: (from, to) expected; (place, None): no movement goes to that place
A_LOCATION_RIGHT_AFTER_A_FLIGHT_IS_WHERE_THEY_GO = [
    pytest.param("Les familles ont fui dans la ville de Beyrouth.", (None, "geonames:276781"), id="fui-dans-x"),
    pytest.param("Vingt corps ont été retrouvés à Kiev.", ("geonames:703448", None), id="retrouves-a-x"),
]

TAKING_A_VEHICLE_TO_X_IS_A_JOURNEY_THERE = [
    pytest.param("Des familles attendaient à Kigoma pour prendre un bateau pour Bujumbura.", ("geonames:157738", "geonames:425378"), id="prendre-un-bateau-pour"),
    pytest.param("Des centaines de familles ont pris le train de Homs à Alep.", ("homs", "aleppo"), id="pris-le-train-de-a"),
]

A_TIME_WORD_AFTER_A_DEPARTURE_IS_NOT_WHAT_THEY_LEAVE = [
    pytest.param("Le ministre est parti mardi à Varsovie.", (None, "geonames:756135"), id="mardi"),
]

A_REFLEXIVE_VERB_HOLDS_ITS_AUXILIARY = [
    pytest.param("Les réfugiés se sont rendus en Pologne.", (None, "country:POL"), id="se-sont-rendus"),
]

A_TIME_WORD_AFTER_THE_VERB_OPENS_NO_CLAUSE = [
    pytest.param("Les familles ont ensuite continué vers Varsovie.", (None, "geonames:756135"), id="ont-ensuite-continue"),
]

A_SOURCE_OPENING_THE_SENTENCE_NEEDS_NO_COMMA = [
    pytest.param("Depuis Homs les civils ont été évacués vers Damas.", ("homs", "damascus"), id="depuis-x-sans-virgule"),
]

A_PLACE_AFTER_AN_EVENT_AND_A_MOTION_IS_THE_MOTIONS = [
    pytest.param("Trois prisonniers ont été libérés et rapatriés en Pologne.", (None, "country:POL"), id="liberes-et-rapatries"),
]

A_NOUN_OF_MOTION_THAT_NAMES_THE_PLACE_NOUN_IS_PART_OF_THE_GOAL = [
    pytest.param("Les familles ont été emmenées dans un camp de transit à Varsovie.", (None, "geonames:756135"), id="camp-de-transit"),
]

A_VERB_OF_SENDING_BACK = [
    pytest.param("Les hommes ont été renvoyés en Pologne.", (None, "country:POL"), id="renvoyes"),
]

A_PLACE_AFTER_ANOTHER_VERB_IS_NOT_WHERE_WHAT_THEY_LEAVE_LIES = [
    pytest.param("Ils ont quitté leurs maisons à Homs et traversé le Liban à pied.", ("homs", None), id="maisons-a-x-et-traverse-y"),
]

THE_FLED_EVENT_BEFORE_A_VERB_THAT_COMES_LAST = [
    pytest.param("Des centaines de personnes ont fui les combats à Homs vers le Liban.", ("homs", "country:LBN"), id="ont-fui-les-combats"),
]

A_HAZARD_THE_NOUN_PHRASE_NAMES_IS_WHAT_MOVES = [
    pytest.param("La vague de crue a atteint Kharkiv lundi.", "geonames:706483", id="vague-de-crue"),
]

A_NUMBER_OF_DAYS_AND_LATER_BEFORE_THE_MARKER = [
    pytest.param("Les soldats sont arrivés quatre jours après à Varsovie.", (None, "geonames:756135"), id="quatre-jours-apres"),
]

A_HAZARD_IN_A_SUBORDINATE_CLAUSE_BEFORE_THE_VERB = [
    pytest.param("Comme les affrontements se poursuivaient, de nombreuses familles ont fui vers Varsovie.", (None, "geonames:756135"), id="comme-les-affrontements"),
]

A_STAY_SPENT_BEFORE_THE_MOVE_IS_WHERE_IT_STARTS = [
    pytest.param('Il est revenu à Graz après avoir passé deux semaines à Vienne.', ('geonames:2761369', 'geonames:2778067'), id='apres-avoir-passe'),
]

GETTING_ON_A_VEHICLE_AT_X_IS_WHERE_THEY_BOARD = [
    pytest.param('Les soldats montent dans un train à Vienne.', ('geonames:2761369', None), id='monter-dans'),
]

A_MEANS_OF_TRAVEL_BEFORE_THE_OBJECT = [
    pytest.param('La Croix-Rouge a transféré par la route les enfants de Homs à Damas.', ("homs", "damascus"), id='par-la-route'),
    pytest.param('Les secours ont évacué en bateau les enfants de Homs vers Damas.', ("homs", "damascus"), id='en-bateau'),
]

A_MEANS_OF_TRAVEL_BEFORE_THE_PLACE_REACHED = [
    pytest.param('Les enfants ont rejoint en train les écoles de Damas.', (None, "damascus"), id='en-train'),
]

# who holds or took a place, named by the word that also marks a start: no origin
THE_AGENT_OF_A_PARTICIPLE_IS_NO_ORIGIN = [
    pytest.param('Les civils ont été emmenés de Kherson vers la Crimée, contrôlée par la Russie.', id='controlee-par'),
]

# whom the verb moves, a group of several words, after a time word
A_GROUP_MOVED_IS_ONE_OBJECT = [
    pytest.param("L'armée a conduit hier un deuxième groupe de 25 femmes à Homs.", (None, "homs"), id='un-deuxieme-groupe-de'),
]

# how they came, between the verb and where they came from ("on foot from X")
A_MEANS_OF_TRAVEL_BEFORE_THE_START = [
    pytest.param("La plupart des réfugiés sont arrivés à pied d'Alep.", ("aleppo", None), id='a-pied-de'),
]

WHERE_THE_SENTENCE_BEFORE_HELD_THEM = [
    pytest.param('Les randonneurs étaient coincés à Hama depuis plusieurs jours. Lundi, un hélicoptère les a emmenés à Damas.', ('geonames:170017', 'damascus'), id='coinces-a'),
]

THE_PLACE_OPENING_THE_SENTENCE_IS_WHERE_THEY_ARE = [
    pytest.param('La plupart des familles sont allées à Beyrouth. À Hama, des familles qui ont quitté Alep la semaine dernière dorment dans des écoles.', ('aleppo', 'geonames:170017'), id='opening-place'),
]

A_PLACE_OPENING_A_REPORT_IS_WHERE_IT_WAS_SAID = [
    pytest.param("La plupart des familles sont allées à Beyrouth. À Hama, l'agence a dit que des familles avaient quitté Alep la semaine dernière.", ('aleppo', 'geonames:170017'), id='opening-place-said'),
]

HERE_IS_WHERE_THE_SPEAKER_IS = [
    pytest.param("La plupart des familles sont allées à Beyrouth la semaine dernière. « Chaque nuit, des dizaines de familles d'Alep arrivent ici », a dit un médecin de Hama.", ('aleppo', 'geonames:170017'), id='here-said-in'),
]

A_VERB_OF_COMING_IS_NOT_WHERE_THE_SPEAKER_IS = [
    pytest.param("La plupart des familles sont allées à Beyrouth la semaine dernière. « Chaque nuit, des dizaines de familles viennent d'Alep », a dit un porte-parole de l'agence à Hama.", ('aleppo', 'geonames:170017'), id='come-from-said-in'),
]

# the "of" that ends a marker of several words, repeated after "and": the same goal
A_MARKER_ENDING_IN_OF_REPEATED = [
    pytest.param('Les camions sont partis de Homs en direction de Hama et de Damas.', id='en-direction-de-x-et-de-y'),
]

# where they are now, after a word of now: the end of a departure that names only its start
WHERE_THEY_ARE_NOW_AFTER_A_WORD_OF_NOW = [
    pytest.param('Il a quitté Homs en mai et vit désormais sous une tente à Alep.', ("homs", "aleppo"), id='vit-desormais-a'),
]

# a hazard after a place set before it: no people move
A_HAZARD_AFTER_A_FRONTED_PLACE = [
    pytest.param("À Kassel, l'eau a atteint le premier étage des maisons.", id='a-x-l-eau-a-atteint'),
]

"""French sentences of tests/extract/test_sentence_roles.py, one table a test (see tests/lang/__init__.py)."""

import pytest

BORDERS = [("geonames:170905", "border:country:JOR|syria"), ("geonames:170905", "border:country:LBN|syria")]

THE_BORDERS_OF_EACH_COUNTRY = [
    pytest.param("Des obus ont frappé Deraa et Homs en Syrie. Des milliers de familles ont fui Deraa vers les frontières de la Jordanie et du Liban.", BORDERS, id="vers-les-frontieres-de-x-et-de-y"),
]

BETWEEN_TWO_PHRASES = [
    pytest.param("L'armée a escorté un convoi de quarante camions entre la base logistique (BL) de Gao et la base aérienne de Niamey.", ("geonames:2457163", "geonames:2440485"), id="escorte-entre-la-base-de-x-et-la-base-de-y"),
]

NOUNS_OF_THE_WAY_TAKEN = [
    pytest.param('Ce fut un long trajet de deux jours depuis Cracovie.', ('geonames:3094802', None), id="un-long-trajet-depuis-x"),
]

A_PAST_PERFECT_OF_LEAVING = [
    pytest.param("L'avion était parti de Madrid lundi matin.", ('geonames:3117735', None), id="etait-parti-de-x"),
]

A_GOAL_AFTER_A_SOURCE_PHRASE = [
    pytest.param("Un bus a amené les familles du vieux centre d'accueil à Alep.", (None, 'aleppo'), id="amene-du-centre-a-x"),
]

NO_END_FROM_THE_STORY_WHERE_THE_SENTENCE_STATES_IT = [
    pytest.param("Le convoi a quitté Raqqa pour Palmyre. Un bus a ensuite amené les familles du vieux centre d'accueil jusqu'à Alep.", (None, 'aleppo'), id="du-centre-jusqu-a-x"),
]

AN_OBJECT_LATER_IN_ITS_CLAUSE = [
    pytest.param('Les combattants ont quitté dans la nuit de samedi à dimanche la ville de Homs.', ("homs", None), id="ont-quitte-dans-la-nuit-la-ville-de-x"),
]

# (the adjectives are read as the border's, not yet as each country's: the border line is the end)
CROSSING_A_BORDER_WRITTEN_AS_A_PAIR = [
    pytest.param('Cinq mille migrants ont franchi la frontière serbo-hongroise.', (None, 'border:country:HUN|country:SRB'), id="ont-franchi-la-frontiere-x-y"),
]

THE_SUBJECT_AFTER_ITS_VERB = [
    pytest.param('Dimanche sont arrivés à Damas 40 bus venus de Homs.', [('homs', 'damascus')], id='arrives-a-y-venus-de-x'),
    pytest.param('Sont arrivées à Berlin depuis la Pologne 500 familles.', [('country:POL', 'geonames:2950159')], id='arrivees-a-y-depuis-x'),
]

THE_SUBJECT_OF_AN_EVACUATION = [
    pytest.param("Plusieurs villages près d'Alep ont été évacués dimanche.", [('aleppo~near', None)], id='villages-pres-de-x-evacues'),
    pytest.param('Homs et Hama ont été évacuées.', [('homs', None), ('geonames:170017', None)], id='x-et-y-evacuees'),
]

TAKEN_INTO_A_BUILDING_OR_ACCOMPANIED = [
    pytest.param('Les enfants ont été conduits dans une école à Lviv.', [(None, 'geonames:702550')], id='conduits-dans-une-ecole-a-x'),
    pytest.param('Les rescapés ont été secourus puis emmenés dans un abri près de Homs.', [(None, 'homs~near')], id='emmenes-dans-un-abri-pres-de-x'),
]

THE_MOVERS_BETWEEN_VERB_AND_GOAL = [
    pytest.param('Le transfert des patients à Damas a été confirmé.', [(None, 'damascus')], id='transfert-des-patients-a-x'),
    pytest.param("L'armée a transféré les hommes à Homs.", [(None, 'homs')], id='transfere-les-hommes-a-x'),
]

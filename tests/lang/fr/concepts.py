"""French sentences of tests/lexicon/test_concepts.py, one table a test (see tests/lang/__init__.py)."""

import pytest

REFLEXIVE_REFUGE = [
    pytest.param("Des centaines de familles se sont réfugiées à Palmyre.", (None, "palmyra"), id="reflexive"),
]

VERBS_OF_TAKING_AND_BRINGING = [
    pytest.param("Les blessés ont été amenés de Raqqa à Palmyre.", ("raqqa", "palmyra"), id="amener"),
    pytest.param("Les blessés ont été emmenés de Raqqa à Palmyre.", ("raqqa", "palmyra"), id="emmener"),
]

VISIT_APPROACH_ORIGIN_AND_PASSAGE = [
    pytest.param("L'envoyé a visité Palmyre la semaine dernière.", (None, "palmyra"), id="visiter"),
]

#: inflected forms and the frame each must reach (form:frame)
FORMS = ("parti:depart partis:depart partent:depart quittent:depart fui:depart fuient:depart fuyaient:depart "
    "arrivés:arrive arrivées:arrive atteint:arrive rejoignent:arrive traversé:traverse revenus:move retournés:move "
    "amené:transfer amenés:transfer emmenés:transfer transportés:transfer transférés:transfer envoyés:transfer "
    "évacués:transfer visité:arrive approchent:move rapatriés:transfer expulsés:transfer conduits:transfer accompagnés:transfer secourus:transfer exfiltrés:transfer"
    " déployés:transfer déployée:transfer dépêché:transfer expédiés:transfer exilée:depart bannis:transfer évincés:transfer déploiements:transfer"
    " couru:move courent:move nagé:move escaladé:move rampé:move cheminé:move pataugé:move chevauché:move")

REFUGE_FOUND = [
    pytest.param("Des centaines de familles ont trouvé refuge à Palmyre.", (None, "palmyra"), id="found-refuge"),
]

#: Levin 10.2 banish verbs (extradite) and a vehicle made to change course (divert)
EXTRADITE_AND_DIVERT = [
    pytest.param("Le gouvernement a extradé deux suspects vers Rome lundi.", (None, "rome"), id="extrader"),
    pytest.param("L'extradition du banquier d'Oslo vers Rome a pris un an.", ("oslo", "rome"), id="extradition"),
    pytest.param("Le ferry a été dérouté vers Rotterdam à cause de la tempête.", (None, "rotterdam"), id="derouter"),
]

#: a ship that docks
DOCK_SET_OUT_MAKE_IT = [
    pytest.param("Le ferry a accosté à Rotterdam à l'aube.", (None, "rotterdam"), id="accoster"),
]

#: Levin 11.1 send verbs (deploy, dispatch, ship) and 10.2 banish verbs (exile, banish, evict, oust),
#: with their nouns (geo/lexicon/concepts.toml)
SEND_AND_BANISH = [
    pytest.param("Deux bataillons ont été déployés d'Oslo à Rome la semaine dernière.", ('oslo', 'rome'), id='deployer'),
    pytest.param("Le déploiement de la brigade d'Oslo à Rome s'est achevé en juin.", ('oslo', 'rome'), id='deploiement'),
    pytest.param('Le conseil a banni les marchands vers Rotterdam.', (None, 'rotterdam'), id='bannir'),
    pytest.param('Les rebelles ont été évincés de Rotterdam en mai.', ('rotterdam', None), id='evincer'),
    pytest.param("Le général a dépêché deux bataillons d'Oslo à Rome.", ('oslo', 'rome'), id='depecher'),
]

#: Levin 51.3.2 run verbs (run, swim, crawl, wade, hike), 51.4.2 (ride) and resettle, with their ends
MANNER_OF_MOTION = [
    pytest.param("Les enfants ont couru d'Oslo à Rome.", ('oslo', 'rome'), id='courir'),
    pytest.param("Les soldats ont rampé jusqu'à Rome.", (None, 'rome'), id='ramper'),
    pytest.param("Les réfugiés ont pataugé jusqu'à Rome.", (None, 'rome'), id='patauger'),
    pytest.param("Ils ont chevauché d'Oslo jusqu'à Rome.", ('oslo', 'rome'), id='chevaucher'),
]

#: their figurative uses (prices climbing, running a business or a race, a candidate running) name no movement
FIGURATIVE_MANNER = [
    pytest.param("Les prix ont grimpé à Rome l'an dernier.", id='prix-grimpe'),
    pytest.param('Il court un grand risque à Rome.', id='court-un-risque'),
]

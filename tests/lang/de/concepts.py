"""German sentences of tests/lexicon/test_concepts.py, one table a test (see tests/lang/__init__.py)."""

import pytest

VERBS_OF_TAKING_AND_BRINGING = [
    pytest.param("Busse brachten die Familien aus Rakka nach Palmyra.", ("raqqa", "palmyra"), id="bringen"),
]

VISIT_APPROACH_ORIGIN_AND_PASSAGE = [
    pytest.param("Der Gesandte besuchte Palmyra.", (None, "palmyra"), id="besuchen"),
    pytest.param("Viele der Familien stammen aus Rakka.", ("raqqa", None), id="stammen-aus"),
]

#: inflected forms and the frame each must reach (form:frame)
FORMS = ("angefordert:transfer flohen:depart geflohen:depart verließen:depart angekommen:arrive erreichten:arrive überquerten:traverse "
    "zurückgekehrt:move brachten:transfer gebracht:transfer transportiert:transfer evakuiert:transfer geschickt:transfer "
    "stammen:move stammt:move stammten:move näherten:move besuchte:arrive abgeschoben:transfer ausgewiesen:transfer begleitet:transfer geleitet:transfer gerettet:transfer retteten:transfer geschmuggelt:transfer eingeschleust:transfer"
    " verbannt:transfer exiliert:depart zwangsgeräumt:transfer verschifft:transfer"
    " rannten:move gerannt:move schwammen:move geschwommen:move erklommen:move krochen:move gekrochen:move wanderten:move wateten:move ritten:move")

REFUGE_FOUND = [
    pytest.param("Hunderte Familien fanden Zuflucht in Palmyra.", (None, "palmyra"), id="found-refuge"),
]

#: Levin 10.2 banish verbs (extradite), relocating asylum seekers, a vehicle made to change course (divert)
EXTRADITE_AND_DIVERT = [
    pytest.param("Die Regierung hat zwei Verdächtige nach Rom ausgeliefert.", (None, "rome"), id="ausliefern"),
    pytest.param("Die Auslieferung des Bankiers von Oslo nach Rom dauerte ein Jahr.", ("oslo", "rome"), id="auslieferung"),
    pytest.param("Die Fähre wurde wegen des Sturms nach Rotterdam umgeleitet.", (None, "rotterdam"), id="umleiten"),
    pytest.param("Zwanzig Asylbewerber wurden von Dresden nach Leipzig umverteilt.", ("dresden", "leipzig"), id="umverteilen"),
]

#: the simple past of the strong verbs split from their separable prefix ("stiegen ... ein",
#: "brach ... auf"): form+particle:frame; each must reach the split entry through the
#: lemmatiser or, where it fails ("brach", and "stieg" while "steigen" was no entry), a key
SPLIT_FORMS = ("zog+zuruck:depart zogen+zuruck:depart wich+zuruck:depart wichen+zuruck:depart drang+ein:arrive drangen+vor:move "
    "brach+auf:depart brachen+auf:depart stach+see:depart stachen+see:depart kam+an:arrive kamen+an:arrive traf+ein:arrive "
    "trafen+ein:arrive lief+ein:arrive liefen+ein:arrive stieß+vor:move stießen+vor:move schob+ab:transfer schoben+ab:transfer "
    "flog+aus:transfer flogen+ab:depart wies+aus:transfer wiesen+aus:transfer nahm+mit:transfer nahmen+mit:transfer "
    "fuhr+ab:depart fuhren+weiter:move fand+zuflucht:arrive fanden+zuflucht:arrive brachte+zuruck:transfer "
    "sandten+zuruck:transfer stieg+ein:move stiegen+ein:move kam+zuruck:move kamen+zuruck:move")

#: the finite verb apart from its separable prefix ("schob ... ab" is "abschieben")
SEPARATED_PREFIX = [
    pytest.param("Die Behörden schoben am Montag zwölf Männer nach Kabul ab.", (None, "kabul"), id="schieben-ab"),
    pytest.param("Die Luftwaffe flog die Verletzten aus Dresden nach Leipzig aus.", ("dresden", "leipzig"), id="fliegen-aus"),
    pytest.param("Das Land wies die Diplomaten nach Moskau aus.", (None, "moscow"), id="weisen-aus"),
    pytest.param("Die Familie wanderte 1990 aus Dresden nach Kanada aus.", ("dresden", "canada"), id="wandern-aus"),
]

#: a ship that enters port; reaching a place at last
DOCK_SET_OUT_MAKE_IT = [
    pytest.param("Die Fähre lief am Morgen in den Hafen von Rotterdam ein.", (None, "rotterdam"), id="einlaufen"),
    pytest.param("Nur wenige von ihnen schafften es nach Rom.", (None, "rome"), id="schaffen-es"),
]

#: a prefix of direction joined to a verb of motion ("weitergeschickt" is "geschickt")
DIRECTION_PREFIX = [
    pytest.param("Vierzig Kinder wurden nach Rom weitergeschickt.", (None, "rome"), id="weitergeschickt"),
    pytest.param("Die Armee hat ihre Soldaten aus Oslo nach Rom zurückverlegt.", ("oslo", "rome"), id="zurueckverlegt"),
]

#: Levin 11.1 send verbs (deploy, dispatch, ship) and 10.2 banish verbs (exile, banish, evict, oust),
#: with their nouns (geo/lexicon/concepts.toml)
SEND_AND_BANISH = [
    pytest.param('Der alte König ging nach dem Putsch ins Exil nach Rom.', (None, 'rome'), id='exil'),
    pytest.param('Der Rat verbannte die Händler nach Rotterdam.', (None, 'rotterdam'), id='verbannen'),
    pytest.param('Die Mieter wurden aus Rotterdam zwangsgeräumt.', ('rotterdam', None), id='zwangsraumen'),
]

#: Levin 51.3.2 run verbs (run, swim, crawl, wade, hike), 51.4.2 (ride) and resettle, with their ends
MANNER_OF_MOTION = [
    pytest.param('Die Kinder rannten von Oslo nach Rom.', ('oslo', 'rome'), id='rannten'),
    pytest.param('Die Soldaten krochen bis nach Rom.', (None, 'rome'), id='kriechen'),
    pytest.param('Die Flüchtlinge wateten durch den Fluss nach Rom.', (None, 'rome'), id='waten'),
    pytest.param('Sie ritten von Oslo nach Rom.', ('oslo', 'rome'), id='reiten'),
]

#: their figurative uses (prices climbing, running a business or a race, a candidate running) name no movement
FIGURATIVE_MANNER = [
    pytest.param('Die Preise kletterten in Italien.', id='preise-kletterten'),
    pytest.param('Das Rennen in Monaco war spannend.', id='das-rennen'),
]

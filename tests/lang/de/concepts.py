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
    "stammen:move stammt:move stammten:move näherten:move besuchte:arrive abgeschoben:transfer ausgewiesen:transfer begleitet:transfer geleitet:transfer gerettet:transfer retteten:transfer geschmuggelt:transfer eingeschleust:transfer")

REFUGE_FOUND = [
    pytest.param("Hunderte Familien fanden Zuflucht in Palmyra.", (None, "palmyra"), id="found-refuge"),
]

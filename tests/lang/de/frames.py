"""German sentences of tests/extract/test_frames.py, one table a test (see tests/lang/__init__.py)."""

import pytest

MOVEMENT_CONSTRUCTIONS = [
    pytest.param("Die Kämpfer zogen sich aus Rakka nach Palmyra zurück.", ("raqqa", "palmyra"), id="separable-aus-nach"),
]

COORDINATED_PLACES_DISTRIBUTE = [
    pytest.param("Die Familien wollen weiter nach Österreich, nach Polen oder nach Belgien.", {(None, "country:AUT"), (None, "country:POL"), (None, "country:BEL")}, id="coordinated-goals"),
]

ATTRIBUTION_ORDERS = [
    pytest.param("Laut dem Gouverneur verließen die Kämpfer Rakka in Richtung Palmyra.", "dem Gouverneur", id="laut"),
    pytest.param("Der Gouverneur sagte, die Kämpfer hätten Rakka in Richtung Palmyra verlassen.", "Der Gouverneur", id="x-sagte"),
    pytest.param("Die Kämpfer verließen Rakka in Richtung Palmyra, sagte der Gouverneur.", "der Gouverneur", id="sagte-x"),
]

DENIAL_MARKS_THE_CLAIM_DISPUTED = [
    pytest.param("Laut dem Observatorium verließen die Kämpfer Rakka in Richtung Palmyra. Das Ministerium dementierte das.", id="dementierte"),
]

COMPASS_PART_OF_AN_AREA_IS_A_PLACE = [
    pytest.param("Tausende flohen aus dem Norden von Mali.", "country:MLI~north", id="norden-von"),
]

BORDER_BETWEEN_ANY_TWO_COUNTRIES = [
    pytest.param("Die Truppen aus Kiew fuhren in Richtung der Grenze zu Belarus.", "border:country:BLR|country:UKR", id="grenze-zu"),
    pytest.param("Die Truppen aus Kiew fuhren in Richtung der Grenze zur Slowakei.", "border:country:SVK|country:UKR", id="grenze-zur"),
    pytest.param("Die Familien aus Homs flohen an die Grenze zum Irak.", "syria-iraq-border", id="grenze-zum"),
]

A_NEGATED_VERB_OF_SAYING_IS_NO_ATTRIBUTION = [
    pytest.param("Der Gouverneur sagte nicht, warum der Konvoi Rakka in Richtung Palmyra verließ.", id="sagte-nicht"),
]

NAMED_REGIONS_BEYOND_FIRST_LEVEL_ARE_ENDS = [
    pytest.param("Tausende flohen aus Bergkarabach nach Armenien.", ("nagorno-karabakh", "country:ARM"), id="bergkarabach"),
]

COMPASS_PART_OF_THE_AREA_THE_STORY_IS_IN = [
    pytest.param("In Syrien gehen die Kämpfe weiter. Tausende flohen aus dem Norden des Landes.", ("syria~north", None), id="norden-des-landes"),
]

A_GOAL_PHRASE_IS_LOCATED_BY_THE_PLACE_AFTER_IT = [
    pytest.param("Der Konvoi fuhr in ein Lager der Vereinten Nationen in Rakka.", (None, "raqqa"), id="goal-phrase-located"),
]

A_PLACE_OUTSIDE_THE_GOAL_PHRASE_IS_NO_END = [
    pytest.param("Einige fahren zum Beispiel wegen ihrer Arbeit in Rakka.", id="zum-beispiel-is-no-goal"),
]

A_STATE_THAT_ORDERS_AN_EVACUATION_IS_WHERE_IT_STARTS = [
    pytest.param("Texas ordnete am Freitag die Evakuierung seiner Küstenorte an.", id="state-orders-evacuation"),
]

A_MOVE_STARTS_WHERE_ITS_OWN_SENTENCE_PLACES_THEM = [
    pytest.param("Etwa 300 Familien sind noch in Homs und warten darauf, nach Palmyra zu fahren.", id="still-in-x-then-head-to-y"),
]

THE_COUNTRY_A_PART_BELONGS_TO_IS_THE_LAST_NAMED_TOWNS = [
    pytest.param("Syrien hat die Grenze zum Irak geöffnet. In der Stadt Rakka fahren die Familien in den Norden des Landes.", (None, "syria~north"), id="the-country-of-the-town-named-last"),
]

A_NEGATED_MOVEMENT_IS_NO_MOVEMENT_AND_IS_LISTED = [
    pytest.param("Die Familien sind am Montag nicht nach Homs gefahren.", id="nicht-gefahren"),
]

A_CLAUSE_OF_PURPOSE_LOCATES_WHERE_A_DEPARTURE_GOES = [
    pytest.param("Die Kämpfe um Homs dauern an. Der Kommandeur ließ seine Einheiten das Gebiet verlassen, um in Palmyra "
        "neue Stellungen aufzubauen.", id="das-gebiet-verlassen-um-in-x"),
]

A_BORDER_NAMED_BY_ADJECTIVES_AT_THE_END_OF_A_SENTENCE = [
    pytest.param("Der Konvoi fuhr zur syrisch-irakischen Grenze.", id="border-adjectives-last"),
]

THE_BORDER_WITH_A_COUNTRY_IS_A_NAMED_NEIGHBOURS = [
    pytest.param("Die Fahrer stammen aus München. Ihr Reisebus brachte die Flüchtlinge von der Grenze zur Ukraine bis nach Warschau.", "border:country:POL|country:UKR", id="border-with-ukraine"),
]

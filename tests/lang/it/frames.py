"""Italian sentences of tests/extract/test_frames.py, one table a test (see tests/lang/__init__.py)."""

import pytest

MOVEMENT_CONSTRUCTIONS = [
    pytest.param("I miliziani in ritirata da Raqqa sono giunti a Palmira.", ("raqqa", "palmyra"), id="in-ritirata-da"),
]

ATTRIBUTION_ORDERS = [
    pytest.param("Secondo il governatore, i miliziani hanno lasciato Raqqa verso Palmira.", "il governatore", id="secondo"),
    pytest.param("Un barcone con 5 pescatori che hanno dichiarato di essere partiti da Raqqa verso Palmira.", "5 pescatori", id="speaker-before-relative"),
    pytest.param("Il governatore ha detto che i miliziani hanno lasciato Raqqa verso Palmira.", "Il governatore", id="x-ha-detto"),
    pytest.param("I miliziani hanno lasciato Raqqa verso Palmira, ha detto il governatore.", "il governatore", id="ha-detto-x"),
]

DENIAL_MARKS_THE_CLAIM_DISPUTED = [
    pytest.param("Secondo l'osservatorio, i miliziani hanno lasciato Raqqa verso Palmira. Il ministero ha smentito.", id="ha-smentito"),
]

COMPASS_PART_OF_AN_AREA_IS_A_PLACE = [
    pytest.param("Migliaia di persone sono fuggite dal Mali settentrionale.", "country:MLI~north", id="adjective-after"),
]

INFINITIVE_AFTER_A_PREPOSITION_IS_A_VERB = [
    pytest.param("Molti hanno cominciato a lasciare Raqqa.", id="infinitive-after-a"),
]

A_NEGATED_VERB_OF_SAYING_IS_NO_ATTRIBUTION = [
    pytest.param("Il governatore non ha detto perché il convoglio ha lasciato Raqqa verso Palmira.", id="non-ha-detto"),
]

NAMED_REGIONS_BEYOND_FIRST_LEVEL_ARE_ENDS = [
    pytest.param("Le truppe si sono ritirate dal Donbass verso Kharkiv.", ("donbas", "geonames:706483"), id="donbass"),
]

A_GOAL_PHRASE_IS_LOCATED_BY_THE_PLACE_AFTER_IT = [
    pytest.param("Il convoglio era diretto nella zona ancora controllata dai miliziani a Raqqa.", (None, "raqqa"), id="goal-phrase-located"),
]

A_STATE_THAT_ORDERS_AN_EVACUATION_IS_WHERE_IT_STARTS = [
    pytest.param("Il Texas ha ordinato l'evacuazione delle sue città costiere venerdì.", id="state-orders-evacuation"),
]

A_DAY_BETWEEN_THE_VERB_AND_ITS_OBJECT_DOES_NOT_HIDE_THE_PLACE = [
    pytest.param("Migliaia di persone hanno lasciato ieri i quartieri di Homs.", id="day-before-object"),
]

A_MOVE_STARTS_WHERE_ITS_OWN_SENTENCE_PLACES_THEM = [
    pytest.param("Circa 300 famiglie sono ancora a Homs e aspettano di partire verso Palmira.", id="still-in-x-then-head-to-y"),
]

WHERE_PEOPLE_ARE_EVACUATED_TO = [
    pytest.param("Molte famiglie ferme vicino a Homs sperano di venire evacuate a Palmira.", ("homs~near", "palmyra"), id="evacuated-a-x"),
    pytest.param("Le famiglie sono state evacuate in Siria.", (None, "syria"), id="evacuated-in-x"),
]

A_NEGATED_MOVEMENT_IS_NO_MOVEMENT_AND_IS_LISTED = [
    pytest.param("Le famiglie non hanno lasciato Homs lunedì.", id="non-hanno-lasciato"),
]

LEAVING_A_BARE_COMPASS_PART_FOR_WHERE_THEY_ARE_NOW = [
    pytest.param("I combattimenti continuano nella Striscia di Gaza. Molti abitanti sono ammassati nel sud dopo che "
        "l'esercito ha ordinato ai civili di lasciare il nord.", id="leave-the-north-now-in-the-south"),
]

A_CLAUSE_OF_PURPOSE_LOCATES_WHERE_A_DEPARTURE_GOES = [
    pytest.param("Le famiglie hanno lasciato Homs per cercare riparo a Palmira.", id="per-a-x"),
]

A_BORDER_NAMED_BY_ADJECTIVES_AT_THE_END_OF_A_SENTENCE = [
    pytest.param("Il convoglio si dirigeva verso il confine siro-iracheno.", id="border-adjectives-last"),
]

THE_CAPITAL_OF_AN_ADJECTIVE_THAT_IS_NO_COUNTRYS = [
    pytest.param("Famiglie di Mosul e Kirkuk, in Iraq, sono partite la settimana scorsa verso la capitale siciliana.", "Baghdad",
                 id="capitale-siciliana"),
]

THE_BORDER_WITH_A_COUNTRY_IS_A_NAMED_NEIGHBOURS = [
    pytest.param("Gli autisti abitano a Berlino. Il loro pullman ha portato i profughi dal confine con l'Ucraina fino a Varsavia.", "border:country:POL|country:UKR", id="border-with-ukraine"),
]

BORDER_BETWEEN_ANY_TWO_COUNTRIES = [
    pytest.param("Famiglie di Kiev sono fuggite verso il confine polacco.", "border:country:POL|country:UKR", id="confine-aggettivo"),
]

"""French sentences of tests/extract/test_frames.py, one table a test (see tests/lang/__init__.py)."""

import pytest

MOVEMENT_CONSTRUCTIONS = [
    pytest.param("Les unités ont été redéployées de Raqqa à Palmyre.", ("raqqa", "palmyra"), id="redeploy-de-a"),
    pytest.param("Hier, les miliciens se sont repliés de la localité de Raqqa vers Palmyre.", ("raqqa", "palmyra"), id="place-noun-de"),
    pytest.param("Des familles en provenance de Raqqa sont arrivées à Deir ez-Zor.", ("raqqa", "deir-ez-zor"), id="en-provenance"),
    pytest.param("Les camions, partis de Raqqa la veille, devaient arriver le soir.", ("raqqa", None), id="participle-partis-de"),
    pytest.param("Les combattants ont quitté Raqqa en masse, évitant les frappes aériennes russes et syriennes et se "
        "dirigeant vers Palmyre.", ("raqqa", "palmyra"), id="se-dirigeant-vers"),
]

COORDINATED_PLACES_DISTRIBUTE = [
    pytest.param("Des barques venues de Raqqa en Syrie et de Mossoul en Irak ont accosté à Chypre.", {("raqqa", "country:CYP"), ("mosul", "country:CYP")}, id="coordinated-repeated-source"),
]

NO_MOVEMENT_WHERE_NONE_IS_STATED = [
    pytest.param("Les nouveaux arrivants ont déclaré être originaires de Raqqa.", id="reported-origin"),
]

ATTRIBUTION_ORDERS = [
    pytest.param("Selon l'Observatoire, les combattants ont quitté Raqqa pour Palmyre.", "l'Observatoire", id="selon"),
    pytest.param("Les combattants ont quitté Raqqa pour Palmyre, a indiqué le gouverneur.", "le gouverneur", id="a-indique-x"),
    pytest.param("Le gouverneur a déclaré que les combattants ont quitté Raqqa pour Palmyre.", "Le gouverneur", id="x-a-declare"),
    pytest.param("C'est ce qu'indique le bureau local, ajoutant que les combattants ont quitté Raqqa pour Palmyre "
        "au cours d'une nuit de combats dans le désert et sous les bombardements de l'aviation.", "le bureau local", id="ce-que-indique-x"),
    pytest.param("Les combattants ont quitté Raqqa pour Palmyre, selon le gouverneur.", "le gouverneur", id="selon-at-end"),
    pytest.param("Le ministère, qui a organisé le transfert, a déclaré que le convoi avait atteint Palmyre.", "Le ministère", id="subject-before-relative-clause"),
]

DENIAL_MARKS_THE_CLAIM_DISPUTED = [
    pytest.param("Selon l'Observatoire, les combattants ont quitté Raqqa pour Palmyre. Le ministère a démenti.", id="dementi"),
]

COMPASS_PART_OF_AN_AREA_IS_A_PLACE = [
    pytest.param("Des milliers de personnes ont fui le nord du Mali.", "country:MLI~north", id="le-nord-du"),
]

BORDER_BETWEEN_ANY_TWO_COUNTRIES = [
    pytest.param("Les familles ont atteint la frontière entre le Tchad et le Soudan.", "border:country:SDN|country:TCD", id="entre"),
    pytest.param("Les familles de Damas ont fui vers la frontière libanaise.", "border:country:LBN|syria", id="frontiere-adjectif"),
]

INFINITIVE_AFTER_A_PREPOSITION_IS_A_VERB = [
    pytest.param("Des familles ont commencé à quitter Raqqa.", id="infinitive-after-a"),
]

THE_CAPITAL_IS_THE_STORY_COUNTRYS = [
    pytest.param("Les blessés sont partis en camion vers Abéché, au Tchad, puis ont voulu gagner la capitale.", "N'Djamena", id="la-capitale"),
]

A_NEGATED_VERB_OF_SAYING_IS_NO_ATTRIBUTION = [
    pytest.param("Le gouverneur n'a pas indiqué pourquoi le convoi a quitté Raqqa pour Palmyre.", id="n-a-pas-indique"),
]

NAMED_REGIONS_BEYOND_FIRST_LEVEL_ARE_ENDS = [
    pytest.param("Des milliers de familles ont quitté le Haut-Karabakh pour l'Arménie.", ("nagorno-karabakh", "country:ARM"), id="haut-karabakh"),
]

COMPASS_PART_OF_THE_AREA_THE_STORY_IS_IN = [
    pytest.param("La guerre continue en Syrie. Des milliers de familles ont quitté le nord du pays.", ("syria~north", None), id="le-nord-du-pays"),
]

A_GOAL_PHRASE_IS_LOCATED_BY_THE_PLACE_AFTER_IT = [
    pytest.param("Le convoi se dirigeait vers une zone encore tenue par les rebelles à Raqqa.", (None, "raqqa"), id="goal-phrase-located"),
]

A_STATE_THAT_ORDERS_AN_EVACUATION_IS_WHERE_IT_STARTS = [
    pytest.param("Le Texas a ordonné l'évacuation de ses villes côtières vendredi.", id="state-orders-evacuation"),
]

A_WITHDRAWAL_IN_THE_REGIONS_OF_X_LEAVES_THEM = [
    pytest.param("L'armée se retire avec ses unités dans les provinces de Homs et de Raqqa.", [("homs", None), ("raqqa", None)], id="withdraw-in-the-regions-of"),
]

A_MOVE_STARTS_WHERE_ITS_OWN_SENTENCE_PLACES_THEM = [
    pytest.param("Quelque 300 familles sont encore à Homs et attendent de partir vers Palmyre.", id="still-in-x-then-head-to-y"),
]

A_NEGATED_MOVEMENT_IS_NO_MOVEMENT_AND_IS_LISTED = [
    pytest.param("Les familles n'ont pas quitté Homs lundi.", id="n-ont-pas-quitte"),
]

LEAVING_A_BARE_COMPASS_PART_FOR_WHERE_THEY_ARE_NOW = [
    pytest.param("Les combats continuent dans la bande de Gaza. Beaucoup d'habitants sont entassés dans le sud après "
        "avoir reçu l'ordre de quitter le nord.", id="leave-the-north-now-in-the-south"),
]

AN_EVENT_THAT_GOES_ON_SOMEWHERE_IS_NO_MOVEMENT = [
    pytest.param("Les combats continuent dans la ville de Homs.", id="les-combats-continuent-dans"),
]

A_REFLEXIVE_VERB_OF_THREE_WORDS_IS_ONE_PREDICATE = [
    pytest.param("Des centaines de familles se sont réfugiées à Homs.", id="se-sont-refugiees"),
    pytest.param("Des centaines de familles affirment s'être réfugiées à Homs.", id="s-etre-refugiees"),
]

THE_COUNTRY_OR_REGION_THE_STORY_IS_IN = [
    pytest.param("Le Haut-Karabakh est sous blocus depuis des mois. Lusine et ses enfants ont quitté l'enclave mardi soir.", ("nagorno-karabakh", None), id="quitte-l-enclave"),
]

A_PLACE_IN_ANOTHER_PHRASE_IS_NO_END = [
    pytest.param("Le ministre veut parvenir à un accord avec la Syrie.", id="parvenir-a-un-accord-avec"),
]

A_CLAUSE_OF_PURPOSE_LOCATES_WHERE_A_DEPARTURE_GOES = [
    pytest.param("Les familles ont quitté Homs pour chercher un abri à Palmyre.", id="pour-a-x"),
]

A_BORDER_NAMED_BY_ADJECTIVES_AT_THE_END_OF_A_SENTENCE = [
    pytest.param("Le convoi se dirigeait vers la frontière syro-irakienne.", id="border-adjectives-last"),
]

FROM_THERE_IS_THE_TOWN_NOT_ITS_COUNTRY = [
    pytest.param("La première étape était Rome, la capitale de l'Italie. De là, l'avion est reparti pour Beyrouth.", id="from-there-after-capital-of"),
]

THE_CAPITAL_OF_AN_ADJECTIVE_THAT_IS_NO_COUNTRYS = [
    pytest.param("Des familles de Mossoul et de Kirkouk, en Irak, sont parties la semaine dernière vers la capitale alsacienne.", "Baghdad",
                 id="capitale-alsacienne"),
]

THE_BORDER_WITH_A_COUNTRY_IS_A_NAMED_NEIGHBOURS = [
    pytest.param("Les chauffeurs sont de Munich. Leur car a conduit les réfugiés de la frontière avec l'Ukraine jusqu'à Varsovie.", "border:country:POL|country:UKR", id="border-with-ukraine"),
]

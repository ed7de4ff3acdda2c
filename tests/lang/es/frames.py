"""Spanish sentences of tests/extract/test_frames.py, one table a test (see tests/lang/__init__.py)."""

import pytest

MOVEMENT_CONSTRUCTIONS = [
    pytest.param("Los combatientes huyeron de Raqqa hacia Palmira.", ("raqqa", "palmyra"), id="de-hacia"),
]

ATTRIBUTION_ORDERS = [
    pytest.param("Según el gobernador, los combatientes abandonaron Raqqa hacia Palmira.", "el gobernador", id="segun"),
    pytest.param("El gobernador dijo que los combatientes abandonaron Raqqa hacia Palmira.", "El gobernador", id="x-dijo"),
    pytest.param("Los combatientes abandonaron Raqqa hacia Palmira, dijo el gobernador.", "el gobernador", id="dijo-x"),
]

DENIAL_MARKS_THE_CLAIM_DISPUTED = [
    pytest.param("Según el observatorio, los combatientes huyeron de Raqqa hacia Palmira. El ministerio lo negó.", id="nego"),
]

COMPASS_PART_OF_AN_AREA_IS_A_PLACE = [
    pytest.param("Miles de personas huyeron del sureste de Chad.", "country:TCD~southeast", id="sureste-de"),
]

BORDER_BETWEEN_ANY_TWO_COUNTRIES = [
    pytest.param("Las familias llegaron a la frontera entre Chad y Sudán.", "border:country:SDN|country:TCD", id="entre"),
    pytest.param("Familias de Caracas huyeron hacia la frontera colombiana.", "border:country:COL|country:VEN", id="frontera-adjetivo"),
]

A_NEGATED_VERB_OF_SAYING_IS_NO_ATTRIBUTION = [
    pytest.param("El gobernador no dijo por qué el convoy abandonó Raqqa hacia Palmira.", id="no-dijo"),
]

NAMED_REGIONS_BEYOND_FIRST_LEVEL_ARE_ENDS = [
    pytest.param("Miles de personas huyeron de Darfur hacia Chad.", ("darfur", "country:TCD"), id="darfur"),
]

AN_APPOSITION_AFTER_A_COMMA_IS_NO_SECOND_END = [
    pytest.param("Miles de personas han huido de Palmira, antigua joya de Siria, desde el lunes.", id="apposition"),
]

A_GOAL_PHRASE_IS_LOCATED_BY_THE_PLACE_AFTER_IT = [
    pytest.param("El convoy se dirigía hacia una zona todavía controlada por los rebeldes en Raqqa.", (None, "raqqa"), id="goal-phrase-located"),
]

A_STATE_THAT_ORDERS_AN_EVACUATION_IS_WHERE_IT_STARTS = [
    pytest.param("Texas ordenó el viernes la evacuación de sus ciudades costeras.", id="state-orders-evacuation"),
]

WHO_ORDERS_AN_EVACUATION_IS_NOT_ALWAYS_WHERE_IT_STARTS = [
    pytest.param("Hasta en Homs, donde todavía nadie ordenó evacuar a los vecinos, las familias se marchan.", id="where-not-who"),
]

A_DAY_BETWEEN_THE_VERB_AND_ITS_OBJECT_DOES_NOT_HIDE_THE_PLACE = [
    pytest.param("Miles de personas evacuaban este viernes los barrios de Homs.", id="day-before-object"),
]

A_WITHDRAWAL_IN_THE_REGIONS_OF_X_LEAVES_THEM = [
    pytest.param("El ejército se retira con sus unidades en las provincias orientales de Homs y Raqqa.", [("homs", None), ("raqqa", None)], id="withdraw-in-the-regions-of"),
]

A_MOVE_STARTS_WHERE_ITS_OWN_SENTENCE_PLACES_THEM = [
    pytest.param("Unas 300 familias siguen en Homs y esperan para marcharse hacia Palmira.", id="still-in-x-then-head-to-y"),
]

A_NEGATED_MOVEMENT_IS_NO_MOVEMENT_AND_IS_LISTED = [
    pytest.param("Las familias no salieron de Homs el lunes.", id="no-salieron"),
]

LEAVING_A_BARE_COMPASS_PART_FOR_WHERE_THEY_ARE_NOW = [
    pytest.param("Los combates siguen en la Franja de Gaza. Muchos vecinos están hacinados en el sur después de que "
        "el ejército ordenara a los civiles dejar el norte.", id="leave-the-north-now-in-the-south"),
]

AN_EVENT_THAT_GOES_ON_SOMEWHERE_IS_NO_MOVEMENT = [
    pytest.param("Los combates siguen en Homs.", id="los-combates-siguen-en"),
]

A_REFLEXIVE_VERB_OF_THREE_WORDS_IS_ONE_PREDICATE = [
    pytest.param("Cientos de familias se han refugiado en Homs.", id="se-han-refugiado"),
]

THE_COUNTRY_OR_REGION_THE_STORY_IS_IN = [
    pytest.param("La guerra sigue en Siria. Miles de familias han huido del país.", ("syria", None), id="huido-del-pais"),
]

A_CLAUSE_OF_PURPOSE_LOCATES_WHERE_A_DEPARTURE_GOES = [
    pytest.param("Las familias salieron de Homs para buscar refugio en Palmira.", id="para-en-x"),
]

A_BORDER_NAMED_BY_ADJECTIVES_AT_THE_END_OF_A_SENTENCE = [
    pytest.param("El convoy se dirigía hacia la frontera sirio-iraquí.", id="border-adjectives-last"),
]

FROM_THERE_IS_THE_TOWN_NOT_ITS_COUNTRY = [
    pytest.param("La primera etapa fue Roma, la capital de Italia. Desde allí el avión voló a Beirut.", id="from-there-after-capital-of"),
]

THE_CAPITAL_OF_AN_ADJECTIVE_THAT_IS_NO_COUNTRYS = [
    pytest.param("Familias de Mosul y Kirkuk, en Irak, se fueron la semana pasada a la capital asturiana.", "Baghdad", id="capital-asturiana"),
]

THE_BORDER_WITH_A_COUNTRY_IS_A_NAMED_NEIGHBOURS = [
    pytest.param("Los conductores son de Múnich. Su autocar trajo a los refugiados desde la frontera con Ucrania hasta Varsovia.", "border:country:POL|country:UKR", id="border-with-ukraine"),
]

"""English sentences of tests/extract/test_frames.py, one table a test (see tests/lang/__init__.py)."""

import pytest

MOVEMENT_CONSTRUCTIONS = [
    pytest.param("The army allowed the fighters to escape Raqqa.", ("raqqa", None), id="base-form-object-origin"),
    pytest.param("Jets struck convoys retreating from Raqqa toward Palmyra.", ("raqqa", "palmyra"), id="participle-from"),
    pytest.param("The fighters returned to Palmyra on Sunday.", (None, "palmyra"), id="one-ended-destination"),
    pytest.param("Buses that were evacuated from Raqqa reached Deir ez-Zor.", ("raqqa", "deir-ez-zor"), id="relative-passive"),
    pytest.param("The militants pulled back from Palmyra to Raqqa.", ("palmyra", "raqqa"), id="phrasal-pull-back"),
    pytest.param("Families fled Raqqa and took refuge in Deir ez-Zor.", ("raqqa", "deir-ez-zor"), id="depart-then-arrive"),
    pytest.param("Families fled Raqqa towards Iraq.", ("raqqa", "iraq"), id="town-then-goal-country"),
    pytest.param("The families walked on foot across the bridge to Palmyra.", (None, "palmyra"), id="path-phrase-then-to"),
]

COORDINATED_PLACES_DISTRIBUTE = [
    pytest.param("The families hoped to travel on to Austria, Poland or Belgium.", {(None, "country:AUT"), (None, "country:POL"), (None, "country:BEL")}, id="coordinated-goals"),
]

NO_MOVEMENT_WHERE_NONE_IS_STATED = [
    pytest.param("The men who arrived on Friday were from Raqqa.", id="copula-from-is-not-a-move"),
    pytest.param("Aircraft bombed positions near Raqqa.", id="event-is-not-a-move"),
]

ATTRIBUTION_ORDERS = [
    pytest.param("The fighters left Raqqa for Palmyra, the governor said.", "the governor", id="x-said-at-end"),
    pytest.param("The fighters left Raqqa for Palmyra, said Colonel Smith.", "Colonel Smith", id="said-x"),
    pytest.param("The monitor told reporters the fighters left Raqqa for Palmyra.", "The monitor", id="x-told"),
    pytest.param("According to the monitor, the fighters left Raqqa for Palmyra.", "the monitor", id="according-to"),
    pytest.param("The fighters left Raqqa for Palmyra, the governor told reporters.", "the governor", id="x-told-reporters"),
    pytest.param("On Monday the city's mayor, Jane Roe, announced that the last convoy had reached Palmyra.", "Jane Roe", id="name-set-off-by-commas"),
    pytest.param("The ministry, which organised the transfer, said the convoy had reached Palmyra.", "The ministry", id="subject-before-relative-clause"),
]

DENIAL_MARKS_THE_CLAIM_DISPUTED = [
    pytest.param("The monitor said the fighters left Raqqa for Palmyra. The ministry denied the claim.", id="denied"),
]

COMPASS_PART_OF_AN_AREA_IS_A_PLACE = [
    pytest.param("Thousands fled northern Mali.", "country:MLI~north", id="adjective-before"),
    pytest.param("Thousands fled from the east of Chad.", "country:TCD~east", id="the-east-of"),
]

BORDER_BETWEEN_ANY_TWO_COUNTRIES = [
    pytest.param("Fighters fled to the Chad-Sudan border.", "border:country:SDN|country:TCD", id="x-y-border"),
    pytest.param("Families reached the border between Chad and Sudan.", "border:country:SDN|country:TCD", id="between"),
    pytest.param("Troops in Kyiv headed towards the border with Belarus.", "border:country:BLR|country:UKR", id="with-story-country"),
    # (Natural Earth's outlines of Israel and Syria lie 0.1 degree apart across the Golan's buffer zone)
    pytest.param("Families from Daraa fled towards the border between Syria and Israel.", "border:country:ISR|syria",
                 id="across-a-buffer-zone"),
    pytest.param("Troops in Kyiv headed towards the Belarus border.", "border:country:BLR|country:UKR", id="country-border"),
    pytest.param("Troops in Kyiv headed towards the Belarusian border.", "border:country:BLR|country:UKR", id="adjective-border"),
    pytest.param("Troops were sent to the US-Mexico border.", "border:country:MEX|country:USA", id="initialism-pair"),
]

THE_CAPITAL_IS_THE_STORY_COUNTRYS = [
    pytest.param("Families from Mosul and Kirkuk in Iraq headed to the capital.", "Baghdad", id="the-capital"),
]

A_NEGATED_VERB_OF_SAYING_IS_NO_ATTRIBUTION = [
    pytest.param("The governor did not say why the convoy left Raqqa for Palmyra.", id="did-not-say"),
]

NAMED_REGIONS_BEYOND_FIRST_LEVEL_ARE_ENDS = [
    pytest.param("Thousands of families fled Nagorno-Karabakh for Armenia.", ("nagorno-karabakh", "country:ARM"), id="karabakh"),
]

COMPASS_PART_OF_THE_AREA_THE_STORY_IS_IN = [
    pytest.param("Fighting spread across the Tigray region. Families fled from the northern half of the region to the south.", ("region:ET.53~north", "region:ET.53~south"), id="half-of-the-region-to-the-south"),
]

AN_APPOSITION_AFTER_A_COMMA_IS_NO_SECOND_END = [
    pytest.param("Thousands have fled Palmyra, ancient jewel of Syria, since Monday.", id="apposition"),
]

A_GOAL_PHRASE_IS_LOCATED_BY_THE_PLACE_AFTER_IT = [
    pytest.param("The convoy moved to a camp run by aid agencies in Raqqa.", (None, "raqqa"), id="goal-phrase-located"),
]

A_PLACE_OUTSIDE_THE_GOAL_PHRASE_IS_NO_END = [
    pytest.param("The convoy moved to a camp, and aid workers in Raqqa said it was full.", id="comma-ends-the-goal"),
]

A_STATE_THAT_ORDERS_AN_EVACUATION_IS_WHERE_IT_STARTS = [
    pytest.param("Texas ordered the evacuation of its coastal towns on Friday.", id="state-orders-evacuation"),
]

WHO_ORDERS_AN_EVACUATION_IS_NOT_ALWAYS_WHERE_IT_STARTS = [
    pytest.param("Syria ordered the evacuation of the villages near Raqqa.", id="a-country-orders"),
    pytest.param("In Raqqa the army ordered the evacuation of the old town.", id="where-not-who"),
]

A_WITHDRAWAL_IN_THE_REGIONS_OF_X_LEAVES_THEM = [
    pytest.param("The army is pulling back some of its units in the eastern provinces of Homs and Raqqa.", [("homs", None), ("raqqa", None)], id="withdraw-in-the-regions-of"),
]

A_MOVE_STARTS_WHERE_ITS_OWN_SENTENCE_PLACES_THEM = [
    pytest.param("Some 300 families are still in Homs and are waiting to head to Palmyra.", id="still-in-x-then-head-to-y"),
]

THE_COUNTRY_A_PART_BELONGS_TO_IS_THE_LAST_NAMED_TOWNS = [
    pytest.param("Syria reopened its border with Iraq. In the town of Raqqa, families fled to the north of the country.", (None, "syria~north"), id="the-country-of-the-town-named-last"),
]

A_NEGATED_MOVEMENT_IS_NO_MOVEMENT_AND_IS_LISTED = [
    pytest.param("The families did not leave Homs on Monday.", id="did-not-leave"),
]

NO_MOVEMENT_FROM_A_LOCATION_OR_A_FAR_MARKER = [
    pytest.param("The offensive was continuing in the suburbs around Homs all weekend.", id="continuing-in-is-no-goal"),
    pytest.param("The family went on holidays in Homs every summer.", id="went-on-holidays-in"),
    pytest.param("The move follows a long and bitter quarrel between the two parties over rules that escalated from a report "
        "by Syria.", id="from-far-after-the-verb"),
]

LEAVING_A_BARE_COMPASS_PART_FOR_WHERE_THEY_ARE_NOW = [
    pytest.param("Fighting continues in the Gaza Strip. Many of its residents are crammed in the south after the army "
        "ordered civilians to leave the north.", id="leave-the-north-now-in-the-south"),
]

AN_EVENT_THAT_GOES_ON_SOMEWHERE_IS_NO_MOVEMENT = [
    pytest.param("Fighting continues in Homs.", id="fighting-continues-in"),
]

THE_COUNTRY_OR_REGION_THE_STORY_IS_IN = [
    pytest.param("Fighting raged across Syria in May. Thousands of families fled the country towards Turkey.", ("syria", "country:TUR"), id="fled-the-country"),
]

A_PLACE_IN_ANOTHER_PHRASE_IS_NO_END = [
    pytest.param("Ministers hope to reach a deal with Syria before the summer.", id="reach-a-deal-with"),
    pytest.param("The surprise move on Thursday to instruct the Syrian envoy to consider new rules angered many.", id="to-an-infinitive-then-an-article"),
]

A_CLAUSE_OF_PURPOSE_LOCATES_WHERE_A_DEPARTURE_GOES = [
    pytest.param("Families left Homs in order to seek shelter in Palmyra.", id="in-order-to-in-x"),
]

A_BORDER_NAMED_BY_ADJECTIVES_AT_THE_END_OF_A_SENTENCE = [
    pytest.param("The convoy was heading for the Syrian-Iraqi border.", id="border-adjectives-last"),
    pytest.param("Late on Monday the lorries kept heading for the Syrian-Iraqi border", id="border-adjectives-no-stop"),
]

FROM_THERE_IS_THE_TOWN_NOT_ITS_COUNTRY = [
    pytest.param("The first stop was Rome, the capital of Italy. From there the plane flew on to Beirut.", id="from-there-after-capital-of"),
]

THE_BORDER_WITH_A_COUNTRY_IS_A_NAMED_NEIGHBOURS = [
    pytest.param("The drivers come from Munich. Their coach carried the refugees from the border with Ukraine to Warsaw.", "border:country:POL|country:UKR", id="border-with-ukraine"),
]

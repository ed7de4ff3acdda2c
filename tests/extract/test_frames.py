"""Frames over lemmas: one case per construction and language, on sentences of our own."""

from __future__ import annotations

import pytest

from geo.extract.pipeline import extract
from geo.lexicon import check_all, gaps, load
from geo.text import SUPPORTED_LANGS

P = "2017-11-14"


def moves(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    fc = extract(text, P, lang=lang)
    return [(f["properties"]["from"], f["properties"]["to"]) for f in fc["features"] if f["properties"]["kind"] == "movement"]


def movement_props(text: str, lang: str) -> list[dict]:
    fc = extract(text, P, lang=lang)
    return [f["properties"] for f in fc["features"] if f["properties"]["kind"] == "movement"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param("en", "The army allowed the fighters to escape Raqqa.", ("raqqa", None), id="en-base-form-object-origin"),
        pytest.param("en", "Jets struck convoys retreating from Raqqa toward Palmyra.", ("raqqa", "palmyra"), id="en-participle-from"),
        pytest.param("en", "The fighters returned to Palmyra on Sunday.", (None, "palmyra"), id="en-one-ended-destination"),
        pytest.param("en", "Buses that were evacuated from Raqqa reached Deir ez-Zor.", ("raqqa", "deir-ez-zor"), id="en-relative-passive"),
        pytest.param("en", "The militants pulled back from Palmyra to Raqqa.", ("palmyra", "raqqa"), id="en-phrasal-pull-back"),
        pytest.param("en", "Families fled Raqqa and took refuge in Deir ez-Zor.", ("raqqa", "deir-ez-zor"), id="en-depart-then-arrive"),
        pytest.param("fr", "Les unités ont été redéployées de Raqqa à Palmyre.", ("raqqa", "palmyra"), id="fr-redeploy-de-a"),
        pytest.param("fr", "Hier, les miliciens se sont repliés de la localité de Raqqa vers Palmyre.", ("raqqa", "palmyra"), id="fr-place-noun-de"),
        pytest.param("fr", "Des familles en provenance de Raqqa sont arrivées à Deir ez-Zor.", ("raqqa", "deir-ez-zor"), id="fr-en-provenance"),
        pytest.param("de", "Die Kämpfer zogen sich aus Rakka nach Palmyra zurück.", ("raqqa", "palmyra"), id="de-separable-aus-nach"),
        pytest.param("it", "I miliziani in ritirata da Raqqa sono giunti a Palmira.", ("raqqa", "palmyra"), id="it-in-ritirata-da"),
        pytest.param("pt", "Os combatentes fugiram de Raqqa para Palmira.", ("raqqa", "palmyra"), id="pt-de-para"),
        pytest.param("es", "Los combatientes huyeron de Raqqa hacia Palmira.", ("raqqa", "palmyra"), id="es-de-hacia"),
        pytest.param("en", "Families fled Raqqa towards Iraq.", ("raqqa", "iraq"), id="en-town-then-goal-country"),
        pytest.param("en", "The families walked on foot across the bridge to Palmyra.", (None, "palmyra"),
                     id="en-path-phrase-then-to"),
        pytest.param("fr", "Les camions, partis de Raqqa la veille, devaient arriver le soir.", ("raqqa", None),
                     id="fr-participle-partis-de"),
        pytest.param("fr", "Les combattants ont quitté Raqqa en masse, évitant les frappes aériennes russes et syriennes et se "
                     "dirigeant vers Palmyre.", ("raqqa", "palmyra"), id="fr-se-dirigeant-vers"),
    ],
)
def test_movement_constructions(lang, text, expected):
    assert expected in moves(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param("en", "The families hoped to travel on to Austria, Poland or Belgium.",
                     {(None, "country:AUT"), (None, "country:POL"), (None, "country:BEL")}, id="en-coordinated-goals"),
        pytest.param("de", "Die Familien wollen weiter nach Österreich, nach Polen oder nach Belgien.",
                     {(None, "country:AUT"), (None, "country:POL"), (None, "country:BEL")}, id="de-coordinated-goals"),
        pytest.param("fr", "Des barques venues de Raqqa en Syrie et de Mossoul en Irak ont accosté à Chypre.",
                     {("raqqa", "country:CYP"), ("mosul", "country:CYP")}, id="fr-coordinated-repeated-source"),
    ],
)
def test_coordinated_places_distribute(lang, text, expected):
    assert expected <= set(moves(text, lang))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param("en", "The men who arrived on Friday were from Raqqa.", id="en-copula-from-is-not-a-move"),
        pytest.param("en", "Aircraft bombed positions near Raqqa.", id="en-event-is-not-a-move"),
        pytest.param("fr", "Les nouveaux arrivants ont déclaré être originaires de Raqqa.", id="fr-reported-origin"),
    ],
)
def test_no_movement_where_none_is_stated(lang, text):
    assert moves(text, lang) == []


def test_one_ended_movement_is_a_point_with_a_null_end():
    fc = extract("Thousands of civilians fled to Palmyra.", P, lang="en")
    (f,) = [f for f in fc["features"] if f["properties"]["kind"] == "movement"]
    assert f["geometry"]["type"] == "Point" and f["properties"]["from"] is None and f["properties"]["to"] == "palmyra"
    assert "origin is not stated" in f["properties"]["note"]


def test_end_from_previous_sentence_is_listed_as_inferred():
    props = movement_props("The convoy left Raqqa for Palmyra. From there it was bussed to Deir ez-Zor.", "en")
    onward = [p for p in props if p["to"] == "deir-ez-zor"]
    assert onward and onward[0]["from"] == "palmyra" and "origin" in onward[0]["inferred"]


def test_motion_word_without_place_is_listed_unmapped():
    fc = extract("Thousands fled on foot overnight.", P, lang="en")
    assert any("fled" in u["reason"] for u in fc["geo"]["unmapped"])


@pytest.mark.parametrize(
    ("lang", "text", "claimant"),
    [
        pytest.param("en", "The fighters left Raqqa for Palmyra, the governor said.", "the governor", id="en-x-said-at-end"),
        pytest.param("en", "The fighters left Raqqa for Palmyra, said Colonel Smith.", "Colonel Smith", id="en-said-x"),
        pytest.param("en", "The monitor told reporters the fighters left Raqqa for Palmyra.", "The monitor", id="en-x-told"),
        pytest.param("en", "According to the monitor, the fighters left Raqqa for Palmyra.", "the monitor", id="en-according-to"),
        pytest.param("fr", "Selon l'Observatoire, les combattants ont quitté Raqqa pour Palmyre.", "l'Observatoire", id="fr-selon"),
        pytest.param("fr", "Les combattants ont quitté Raqqa pour Palmyre, a indiqué le gouverneur.", "le gouverneur", id="fr-a-indique-x"),
        pytest.param("fr", "Le gouverneur a déclaré que les combattants ont quitté Raqqa pour Palmyre.", "Le gouverneur", id="fr-x-a-declare"),
        pytest.param("de", "Laut dem Gouverneur verließen die Kämpfer Rakka in Richtung Palmyra.", "dem Gouverneur", id="de-laut"),
        pytest.param("it", "Secondo il governatore, i miliziani hanno lasciato Raqqa verso Palmira.", "il governatore", id="it-secondo"),
        pytest.param("pt", "Segundo o governador, os combatentes deixaram Raqqa rumo a Palmira.", "o governador", id="pt-segundo"),
        pytest.param("es", "Según el gobernador, los combatientes abandonaron Raqqa hacia Palmira.", "el gobernador", id="es-segun"),
        pytest.param("fr", "C'est ce qu'indique le bureau local, ajoutant que les combattants ont quitté Raqqa pour Palmyre "
                           "au cours d'une nuit de combats dans le désert et sous les bombardements de l'aviation.",
                     "le bureau local", id="fr-ce-que-indique-x"),
        pytest.param("it", "Un barcone con 5 pescatori che hanno dichiarato di essere partiti da Raqqa verso Palmira.", "5 pescatori",
                     id="it-speaker-before-relative"),
        pytest.param("de", "Der Gouverneur sagte, die Kämpfer hätten Rakka in Richtung Palmyra verlassen.", "Der Gouverneur", id="de-x-sagte"),
        pytest.param("de", "Die Kämpfer verließen Rakka in Richtung Palmyra, sagte der Gouverneur.", "der Gouverneur", id="de-sagte-x"),
        pytest.param("it", "Il governatore ha detto che i miliziani hanno lasciato Raqqa verso Palmira.", "Il governatore", id="it-x-ha-detto"),
        pytest.param("it", "I miliziani hanno lasciato Raqqa verso Palmira, ha detto il governatore.", "il governatore", id="it-ha-detto-x"),
        pytest.param("pt", "O governador disse que os combatentes deixaram Raqqa rumo a Palmira.", "O governador", id="pt-x-disse"),
        pytest.param("pt", "Os combatentes deixaram Raqqa rumo a Palmira, disse o governador.", "o governador", id="pt-disse-x"),
        pytest.param("es", "El gobernador dijo que los combatientes abandonaron Raqqa hacia Palmira.", "El gobernador", id="es-x-dijo"),
        pytest.param("es", "Los combatientes abandonaron Raqqa hacia Palmira, dijo el gobernador.", "el gobernador", id="es-dijo-x"),
        pytest.param("fr", "Les combattants ont quitté Raqqa pour Palmyre, selon le gouverneur.", "le gouverneur", id="fr-selon-at-end"),
        pytest.param("en", "The fighters left Raqqa for Palmyra, the governor told reporters.", "the governor", id="en-x-told-reporters"),
        pytest.param("en", "On Monday the city's mayor, Jane Roe, announced that the last convoy had reached Palmyra.", "Jane Roe",
                     id="en-name-set-off-by-commas"),
        pytest.param("en", "The ministry, which organised the transfer, said the convoy had reached Palmyra.", "The ministry",
                     id="en-subject-before-relative-clause"),
        pytest.param("fr", "Le ministère, qui a organisé le transfert, a déclaré que le convoi avait atteint Palmyre.", "Le ministère",
                     id="fr-subject-before-relative-clause"),
    ],
)
def test_attribution_orders(lang, text, claimant):
    props = movement_props(text, lang)
    assert props and props[0]["claimant"] == claimant


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param("en", "The monitor said the fighters left Raqqa for Palmyra. The ministry denied the claim.", id="en-denied"),
        pytest.param("fr", "Selon l'Observatoire, les combattants ont quitté Raqqa pour Palmyre. Le ministère a démenti.", id="fr-dementi"),
        pytest.param("es", "Según el observatorio, los combatientes huyeron de Raqqa hacia Palmira. El ministerio lo negó.", id="es-nego"),
        pytest.param("de", "Laut dem Observatorium verließen die Kämpfer Rakka in Richtung Palmyra. Das Ministerium dementierte das.", id="de-dementierte"),
        pytest.param("it", "Secondo l'osservatorio, i miliziani hanno lasciato Raqqa verso Palmira. Il ministero ha smentito.", id="it-ha-smentito"),
        pytest.param("pt", "Segundo o observatório, os combatentes deixaram Raqqa rumo a Palmira. O ministério negou.", id="pt-negou"),
    ],
)
def test_denial_marks_the_claim_disputed(lang, text):
    props = movement_props(text, lang)
    assert props and props[0]["status"] == "disputed"


def test_every_language_has_every_table():
    """Lists every gap of every lexicon at once."""
    assert check_all() == []


def test_gaps_are_all_listed():
    problems = gaps("xx", {"meta": {"lang": "xx", "particle_gap": 2}, "motion": {"go": "walk:none"}})
    assert any("[event] is missing" in p for p in problems)
    assert any("[markers] is missing" in p for p in problems)
    assert any("'go' = 'walk:none'" in p for p in problems)


@pytest.mark.parametrize("lang", SUPPORTED_LANGS)
def test_lexicon_loads_with_core_frames(lang):
    lx = load(lang)
    frames = {p.frame for ps in lx.predicates.values() for p in ps if p.kind == "motion"}
    assert {"depart", "arrive", "transfer", "move"} <= frames
    assert lx.markers["source"] and lx.markers["goal"] and lx.markers["path"]


@pytest.mark.parametrize(
    ("lang", "text", "area"),
    [
        pytest.param("en", "Thousands fled northern Mali.", "country:MLI~north", id="en-adjective-before"),
        pytest.param("en", "Thousands fled from the east of Chad.", "country:TCD~east", id="en-the-east-of"),
        pytest.param("fr", "Des milliers de personnes ont fui le nord du Mali.", "country:MLI~north", id="fr-le-nord-du"),
        pytest.param("de", "Tausende flohen aus dem Norden von Mali.", "country:MLI~north", id="de-norden-von"),
        pytest.param("it", "Migliaia di persone sono fuggite dal Mali settentrionale.", "country:MLI~north", id="it-adjective-after"),
        pytest.param("pt", "Milhares de pessoas fugiram do norte do Mali.", "country:MLI~north", id="pt-norte-do"),
        pytest.param("es", "Miles de personas huyeron del sureste de Chad.", "country:TCD~southeast", id="es-sureste-de"),
    ],
)
def test_compass_part_of_an_area_is_a_place(lang, text, area):
    fc = extract(text, P, lang=lang)
    places = {f["properties"]["id"]: f for f in fc["features"] if f["properties"]["kind"] == "place"}
    assert area in places and places[area]["properties"]["inferred"] is True
    assert places[area]["geometry"]["type"] in ("Polygon", "MultiPolygon")
    assert (area, None) in moves(text, lang)


def test_a_verb_is_not_a_compass_word():
    fc = extract("Le Tchad est un pays voisin du Soudan.", P, lang="fr")
    assert not [f for f in fc["features"] if "~" in f["properties"]["id"]]


def test_fleeing_the_fighting_in_x_leaves_x():
    assert ("country:MLI~north", "country:MRT") in moves("People fleeing the fighting in northern Mali sought refuge in Mauritania.", "en")


def test_apposition_after_an_inverted_speaker_is_the_articles():
    text = '"Prices doubled," said Ali Hassan, a teacher who took a week to reach Palmyra from Raqqa.'
    props = movement_props(text, "en")
    assert props and props[0]["claimant"] == "the article"


def test_sentence_inside_a_quotation_takes_its_speaker():
    text = '“We left Raqqa at dawn. We drove to Palmyra without stopping,” the driver said.'
    props = movement_props(text, "en")
    assert props and {p["claimant"] for p in props} == {"the driver"}


def test_paragraph_goes_on_in_its_speakers_voice():
    text = "The convoy reached Palmyra on Sunday, the governor said. Some fighters left Palmyra for Raqqa."
    props = movement_props(text, "en")
    assert [p["claimant"] for p in props if p["from"] == "palmyra"] == ["the governor"]


def test_continents_are_too_vague_to_be_ends():
    fc = extract("Migrants reaching Europe came from Asia and Africa.", P, lang="en")
    assert not [f for f in fc["features"] if f["properties"]["kind"] == "movement"]
    assert any("continents" in u["reason"] for u in fc["geo"]["unmapped"])


@pytest.mark.parametrize(
    ("lang", "text", "border"),
    [
        pytest.param("en", "Fighters fled to the Chad-Sudan border.", "border:country:SDN|country:TCD", id="en-x-y-border"),
        pytest.param("en", "Families reached the border between Chad and Sudan.", "border:country:SDN|country:TCD", id="en-between"),
        pytest.param("en", "Troops in Kyiv headed towards the border with Belarus.", "border:country:BLR|country:UKR", id="en-with-story-country"),
        pytest.param("fr", "Les familles ont atteint la frontière entre le Tchad et le Soudan.", "border:country:SDN|country:TCD", id="fr-entre"),
        pytest.param("de", "Die Truppen aus Kiew fuhren in Richtung der Grenze zu Belarus.", "border:country:BLR|country:UKR", id="de-grenze-zu"),
        pytest.param("es", "Las familias llegaron a la frontera entre Chad y Sudán.", "border:country:SDN|country:TCD", id="es-entre"),
    ],
)
def test_border_between_any_two_countries(lang, text, border):
    fc = extract(text, P, lang=lang)
    feats = {f["properties"]["id"]: f for f in fc["features"]}
    assert border in feats and feats[border]["geometry"]["type"] in ("LineString", "MultiLineString")
    assert any(p["to"] == border for p in movement_props(text, lang))


def test_a_headline_does_not_name_the_lead_source():
    text = "Convoy reaches Palmyra, officials say\nThe convoy left Raqqa for Palmyra on Sunday."
    props = movement_props(text, "en")
    assert props and props[0]["claimant"] == "the article"


def test_onward_movement_in_the_same_sentence():
    text = "The buses arrived in Palmyra, where the families waited to be transferred to Raqqa."
    assert ("palmyra", "raqqa") in moves(text, "en")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param("pt", "Milhares de pessoas começaram a deixar Raqqa.", id="pt-infinitive-after-a"),
        pytest.param("it", "Molti hanno cominciato a lasciare Raqqa.", id="it-infinitive-after-a"),
        pytest.param("fr", "Des familles ont commencé à quitter Raqqa.", id="fr-infinitive-after-a"),
    ],
)
def test_infinitive_after_a_preposition_is_a_verb(lang, text):
    assert ("raqqa", None) in moves(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "capital"),
    [
        pytest.param("fr", "Les blessés sont partis en camion vers Abéché, au Tchad, puis ont voulu gagner la capitale.", "N'Djamena",
                     id="fr-la-capitale"),
        pytest.param("en", "Families from Mosul and Kirkuk in Iraq headed to the capital.", "Baghdad", id="en-the-capital"),
    ],
)
def test_the_capital_is_the_story_countrys(lang, text, capital):
    fc = extract(text, P, lang=lang)
    names = {f["properties"]["id"]: f["properties"].get("name") for f in fc["features"] if f["properties"]["kind"] == "place"}
    dests = [p["to"] for p in movement_props(text, lang)]
    assert any(names.get(d) == capital for d in dests), (dests, names)


def test_a_named_capital_is_not_replaced():
    fc = extract("The trucks left the capital Baghdad for Mosul.", P, lang="en")
    assert not [f for f in fc["features"] if f["properties"].get("kind") == "place" and "capital" in str(f["properties"].get("mentions"))
                and f["properties"]["name"] != "Baghdad"]


def test_the_lead_source_does_not_speak_for_the_whole_article():
    text = ("The ministry said the convoy had reached Palmyra.\nIt was a cold day.\nThe roads were empty.\n"
            "Shops stayed closed.\nLater, families left Raqqa for Palmyra.")
    props = movement_props(text, "en")
    assert [p["claimant"] for p in props if p["from"] == "raqqa"] == ["the article"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param("en", "The governor did not say why the convoy left Raqqa for Palmyra.", id="en-did-not-say"),
        pytest.param("fr", "Le gouverneur n'a pas indiqué pourquoi le convoi a quitté Raqqa pour Palmyre.", id="fr-n-a-pas-indique"),
        pytest.param("de", "Der Gouverneur sagte nicht, warum der Konvoi Rakka in Richtung Palmyra verließ.", id="de-sagte-nicht"),
        pytest.param("it", "Il governatore non ha detto perché il convoglio ha lasciato Raqqa verso Palmira.", id="it-non-ha-detto"),
        pytest.param("pt", "O governador não disse por que o comboio deixou Raqqa rumo a Palmira.", id="pt-nao-disse"),
        pytest.param("es", "El gobernador no dijo por qué el convoy abandonó Raqqa hacia Palmira.", id="es-no-dijo"),
    ],
)
def test_a_negated_verb_of_saying_is_no_attribution(lang, text):
    props = movement_props(text, lang)
    assert props and all(p["claimant"] == "the article" for p in props)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param("en", "Thousands of families fled Nagorno-Karabakh for Armenia.", ("nagorno-karabakh", "country:ARM"), id="en-karabakh"),
        pytest.param("de", "Tausende flohen aus Bergkarabach nach Armenien.", ("nagorno-karabakh", "country:ARM"), id="de-bergkarabach"),
        pytest.param("fr", "Des milliers de familles ont quitté le Haut-Karabakh pour l'Arménie.", ("nagorno-karabakh", "country:ARM"),
                     id="fr-haut-karabakh"),
        pytest.param("es", "Miles de personas huyeron de Darfur hacia Chad.", ("darfur", "country:TCD"), id="es-darfur"),
        pytest.param("it", "Le truppe si sono ritirate dal Donbass verso Kharkiv.", ("donbas", "geonames:706483"), id="it-donbass"),
    ],
)
def test_named_regions_beyond_first_level_are_ends(lang, text, expected):
    """Regions no packaged gazetteer has (data/sources/places.json: hull_of_towns, union_of_regions)."""
    assert expected in moves(text, lang)


def test_an_arrival_takes_its_start_from_a_journey_a_few_sentences_back():
    text = ("Thousands of families fled Raqqa towards Iraq. The winter was cold. Food was short. Prices rose. "
            "Hundreds more headed to Iraq on foot. Most of them arrived in Mosul.")
    props = [p for p in movement_props(text, "en") if p["to"] == "mosul"]
    assert props and props[0]["from"] == "raqqa" and props[0]["inferred"] == ["origin"]


def test_a_report_may_name_its_lead_source_in_its_second_sentence():
    text = "Families left Raqqa for Palmyra on Monday.\nThe governor said the roads were open again.\nIt rained all day."
    props = movement_props(text, "en")
    assert props and props[0]["claimant"] == "The governor" and "lead source" in props[0]["claimant_basis"]


def test_a_move_to_a_neighbouring_town_starts_where_the_last_one_did():
    # Deir ez-Zor and Al Mayadin are some 45 km apart: two towns, not one
    text = "Civilians were told to leave Deir ez-Zor on Sunday. Residents said they were ordered to move to Al Mayadin."
    props = [p for p in movement_props(text, "en") if p["to"] == "al-mayadin"]
    assert props and props[0]["from"] == "deir-ez-zor" and props[0]["inferred"] == ["origin"]


def test_the_capital_named_is_not_also_read_as_the_last_town():
    fc = extract("Les familles ont atteint Abéché lundi. Les blessés sont partis d'Abéché pour enfin rejoindre la capitale.", P, lang="fr")
    tos = {f["properties"]["to"] for f in fc["features"] if f["properties"]["kind"] == "movement"}
    assert "geonames:2427123" in tos and not any(t and t != "geonames:2427123" and "245785" not in t for t in tos), tos


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param("en", "Fighting spread across the Tigray region. Families fled from the northern half of the region to the south.",
                     ("region:ET.53~north", "region:ET.53~south"), id="en-half-of-the-region-to-the-south"),
        pytest.param("fr", "La guerre continue en Syrie. Des milliers de familles ont quitté le nord du pays.", ("syria~north", None),
                     id="fr-le-nord-du-pays"),
        pytest.param("de", "In Syrien gehen die Kämpfe weiter. Tausende flohen aus dem Norden des Landes.", ("syria~north", None),
                     id="de-norden-des-landes"),
    ],
)
def test_compass_part_of_the_area_the_story_is_in(lang, text, expected):
    assert expected in moves(text, lang)


def test_a_bare_compass_word_needs_a_region_named_before():
    # only a country is named: "to the south" is too vague to draw
    assert all(t is None or "~" not in t for _, t in moves("Fighting continues in Syria. Families fled to the south.", "en"))


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        pytest.param("Jane Roe was packing her bags at her flat in Raqqa. She is heading to Palmyra.", "raqqa", id="en-where-she-was"),
        pytest.param("Jane Roe was packing her bags at her flat in Raqqa.\n\nShe is heading to Palmyra.", None, id="en-next-paragraph"),
    ],
)
def test_a_move_may_start_where_the_sentence_before_places_them(text, origin):
    props = [p for p in movement_props(text, "en") if p["to"] == "palmyra"]
    assert props and props[0]["from"] == origin
    assert (origin is None) == ("origin" not in props[0]["inferred"])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param("en", "Thousands have fled Palmyra, ancient jewel of Syria, since Monday.", id="en-apposition"),
        pytest.param("es", "Miles de personas han huido de Palmira, antigua joya de Siria, desde el lunes.", id="es-apposition"),
    ],
)
def test_an_apposition_after_a_comma_is_no_second_end(lang, text):
    got = moves(text, lang)
    assert ("palmyra", None) in got and ("syria", None) not in got


def test_from_there_is_the_place_named_last_not_an_older_journeys_end():
    text = "Families fled Raqqa to Mosul in May. Winter came early. The convoy stopped in Palmyra on Monday. From there it drove to Homs."
    assert ("palmyra", "homs") in moves(text, "en")


def test_two_words_for_one_journey_in_a_sentence_are_one_feature():
    fc = extract("Crews were flying from Homs to Palmyra, and more flights from Homs to Palmyra are planned.", P, lang="en")
    ids = [f["id"] for f in fc["features"]]
    assert len(ids) == len(set(ids))
    assert sum(1 for f in fc["features"] if f["properties"]["kind"] == "movement" and f["properties"]["to"] == "palmyra") == 1


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param("en", "The convoy moved to a camp run by aid agencies in Raqqa.", (None, "raqqa"), id="en-goal-phrase-located"),
        pytest.param("fr", "Le convoi se dirigeait vers une zone encore tenue par les rebelles à Raqqa.", (None, "raqqa"),
                     id="fr-goal-phrase-located"),
        pytest.param("de", "Der Konvoi fuhr in ein Lager der Vereinten Nationen in Rakka.", (None, "raqqa"), id="de-goal-phrase-located"),
        pytest.param("it", "Il convoglio era diretto nella zona ancora controllata dai miliziani a Raqqa.", (None, "raqqa"),
                     id="it-goal-phrase-located"),
        pytest.param("pt", "O comboio seguia para uma zona ainda controlada pelos rebeldes em Raqqa.", (None, "raqqa"),
                     id="pt-goal-phrase-located"),
        pytest.param("es", "El convoy se dirigía hacia una zona todavía controlada por los rebeldes en Raqqa.", (None, "raqqa"),
                     id="es-goal-phrase-located"),
    ],
)
def test_a_goal_phrase_is_located_by_the_place_after_it(lang, text, expected):
    assert expected in moves(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param("en", "The convoy moved to a camp, and aid workers in Raqqa said it was full.", id="en-comma-ends-the-goal"),
        pytest.param("de", "Einige fahren zum Beispiel wegen ihrer Arbeit in Rakka.", id="de-zum-beispiel-is-no-goal"),
    ],
)
def test_a_place_outside_the_goal_phrase_is_no_end(lang, text):
    assert (None, "raqqa") not in moves(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param("en", "Texas ordered the evacuation of its coastal towns on Friday.", id="en-state-orders-evacuation"),
        pytest.param("fr", "Le Texas a ordonné l'évacuation de ses villes côtières vendredi.", id="fr-state-orders-evacuation"),
        pytest.param("de", "Texas ordnete am Freitag die Evakuierung seiner Küstenorte an.", id="de-state-orders-evacuation"),
        pytest.param("it", "Il Texas ha ordinato l'evacuazione delle sue città costiere venerdì.", id="it-state-orders-evacuation"),
        pytest.param("pt", "O Texas ordenou a retirada das suas cidades costeiras na sexta-feira.", id="pt-state-orders-evacuation"),
        pytest.param("es", "Texas ordenó el viernes la evacuación de sus ciudades costeras.", id="es-state-orders-evacuation"),
    ],
)
def test_a_state_that_orders_an_evacuation_is_where_it_starts(lang, text):
    assert ("region:US.TX", None) in moves(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param("en", "Syria ordered the evacuation of the villages near Raqqa.", id="en-a-country-orders"),
        pytest.param("en", "In Raqqa the army ordered the evacuation of the old town.", id="en-where-not-who"),
        pytest.param("es", "Hasta en Homs, donde todavía nadie ordenó evacuar a los vecinos, las familias se marchan.",
                     id="es-where-not-who"),
    ],
)
def test_who_orders_an_evacuation_is_not_always_where_it_starts(lang, text):
    assert not [m for m in moves(text, lang) if m[0] in ("syria", "raqqa", "homs") and m[1] is None]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param("es", "Miles de personas evacuaban este viernes los barrios de Homs.", id="es-day-before-object"),
        pytest.param("it", "Migliaia di persone hanno lasciato ieri i quartieri di Homs.", id="it-day-before-object"),
        pytest.param("pt", "Milhares de pessoas deixaram ontem os bairros de Homs.", id="pt-day-before-object"),
    ],
)
def test_a_day_between_the_verb_and_its_object_does_not_hide_the_place(lang, text):
    assert ("homs", None) in moves(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param("en", "The army is pulling back some of its units in the eastern provinces of Homs and Raqqa.",
                     [("homs", None), ("raqqa", None)], id="en-withdraw-in-the-regions-of"),
        pytest.param("fr", "L'armée se retire avec ses unités dans les provinces de Homs et de Raqqa.",
                     [("homs", None), ("raqqa", None)], id="fr-withdraw-in-the-regions-of"),
        pytest.param("es", "El ejército se retira con sus unidades en las provincias orientales de Homs y Raqqa.",
                     [("homs", None), ("raqqa", None)], id="es-withdraw-in-the-regions-of"),
    ],
)
def test_a_withdrawal_in_the_regions_of_x_leaves_them(lang, text, expected):
    got = moves(text, lang)
    assert all(e in got for e in expected), got


def test_a_place_after_que_belongs_to_another_clause():
    got = moves("Com a retirada de Homs está bastante claro que a Síria escolheu outra tática.", "pt")
    assert ("homs", None) in got and not any(o == "syria" for o, _ in got)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param("en", "Some 300 families are still in Homs and are waiting to head to Palmyra.", id="en-still-in-x-then-head-to-y"),
        pytest.param("fr", "Quelque 300 familles sont encore à Homs et attendent de partir vers Palmyre.", id="fr-still-in-x-then-head-to-y"),
        pytest.param("de", "Etwa 300 Familien sind noch in Homs und warten darauf, nach Palmyra zu fahren.", id="de-still-in-x-then-head-to-y"),
        pytest.param("it", "Circa 300 famiglie sono ancora a Homs e aspettano di partire verso Palmira.", id="it-still-in-x-then-head-to-y"),
        pytest.param("pt", "Cerca de 300 famílias continuam em Homs e esperam para seguir para Palmira.", id="pt-still-in-x-then-head-to-y"),
        pytest.param("es", "Unas 300 familias siguen en Homs y esperan para marcharse hacia Palmira.", id="es-still-in-x-then-head-to-y"),
    ],
)
def test_a_move_starts_where_its_own_sentence_places_them(lang, text):
    props = [p for p in movement_props(text, lang) if p["to"] == "palmyra"]
    assert props and props[0]["from"] == "homs"
    assert "origin" in props[0]["inferred"]


def test_where_a_speaker_speaks_is_not_where_the_move_starts():
    assert ("homs", "palmyra") not in moves("Speaking in Homs, the governor said families were heading to Palmyra.", "en")


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param("it", "Molte famiglie ferme vicino a Homs sperano di venire evacuate a Palmira.", ("homs~near", "palmyra"),
                     id="it-evacuated-a-x"),
        pytest.param("it", "Le famiglie sono state evacuate in Siria.", (None, "syria"), id="it-evacuated-in-x"),
    ],
)
def test_where_people_are_evacuated_to(lang, text, expected):
    assert expected in moves(text, lang)


def test_evacuated_in_x_is_not_where_they_were_taken_in_english():
    assert (None, "raqqa") not in moves("Hundreds of residents were evacuated in Raqqa on Monday.", "en")


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param("en", "Syria reopened its border with Iraq. In the town of Raqqa, families fled to the north of the country.",
                     (None, "syria~north"), id="en-the-country-of-the-town-named-last"),
        pytest.param("de", "Syrien hat die Grenze zum Irak geöffnet. In der Stadt Rakka fahren die Familien in den Norden des Landes.",
                     (None, "syria~north"), id="de-the-country-of-the-town-named-last"),
    ],
)
def test_the_country_a_part_belongs_to_is_the_last_named_towns(lang, text, expected):
    ends = [d for _, d in moves(text, lang)]
    assert expected[1] in ends and "iraq~north" not in ends, ends


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param("en", "The families did not leave Homs on Monday.", id="en-did-not-leave"),
        pytest.param("fr", "Les familles n'ont pas quitté Homs lundi.", id="fr-n-ont-pas-quitte"),
        pytest.param("de", "Die Familien sind am Montag nicht nach Homs gefahren.", id="de-nicht-gefahren"),
        pytest.param("it", "Le famiglie non hanno lasciato Homs lunedì.", id="it-non-hanno-lasciato"),
        pytest.param("pt", "As famílias não deixaram Homs na segunda-feira.", id="pt-nao-deixaram"),
        pytest.param("es", "Las familias no salieron de Homs el lunes.", id="es-no-salieron"),
    ],
)
def test_a_negated_movement_is_no_movement_and_is_listed(lang, text):
    fc = extract(text, P, lang=lang)
    assert not [f for f in fc["features"] if f["properties"]["kind"] == "movement"]
    assert any("negated" in u["reason"] for u in fc["geo"]["unmapped"])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param("en", "The offensive was continuing in the suburbs around Homs all weekend.", id="en-continuing-in-is-no-goal"),
        pytest.param("en", "The family went on holidays in Homs every summer.", id="en-went-on-holidays-in"),
        pytest.param("en", "The move follows a long and bitter quarrel between the two parties over rules that escalated from a report "
                     "by Syria.", id="en-from-far-after-the-verb"),
    ],
)
def test_no_movement_from_a_location_or_a_far_marker(lang, text):
    assert not [m for m in moves(text, lang) if "homs" in m or "syria" in m]


def test_a_sentence_naming_an_end_again_does_not_chain_its_own_ends():
    got = moves("Planes are flying into Homs and Palmyra, but flights to Homs are rare.", "en")
    assert ("palmyra", "homs") not in got and (None, "homs") in got, got


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param("en", "Fighting continues in the Gaza Strip. Many of its residents are crammed in the south after the army "
                     "ordered civilians to leave the north.", id="en-leave-the-north-now-in-the-south"),
        pytest.param("fr", "Les combats continuent dans la bande de Gaza. Beaucoup d'habitants sont entassés dans le sud après "
                     "avoir reçu l'ordre de quitter le nord.", id="fr-leave-the-north-now-in-the-south"),
        pytest.param("it", "I combattimenti continuano nella Striscia di Gaza. Molti abitanti sono ammassati nel sud dopo che "
                     "l'esercito ha ordinato ai civili di lasciare il nord.", id="it-leave-the-north-now-in-the-south"),
        pytest.param("pt", "Os combates continuam na Faixa de Gaza. Muitas famílias estão agora apertadas no sul desde que o "
                     "exército mandou os civis deixarem o norte.", id="pt-leave-the-north-now-in-the-south"),
        pytest.param("es", "Los combates siguen en la Franja de Gaza. Muchos vecinos están hacinados en el sur después de que "
                     "el ejército ordenara a los civiles dejar el norte.", id="es-leave-the-north-now-in-the-south"),
    ],
)
def test_leaving_a_bare_compass_part_for_where_they_are_now(lang, text):
    props = [p for p in movement_props(text, lang) if p["from"] == "gaza-strip~north"]
    assert props and props[0]["to"] == "gaza-strip~south", props
    assert "destination" in props[0]["inferred"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param("en", "Fighting continues in Homs.", id="en-fighting-continues-in"),
        pytest.param("fr", "Les combats continuent dans la ville de Homs.", id="fr-les-combats-continuent-dans"),
        pytest.param("es", "Los combates siguen en Homs.", id="es-los-combates-siguen-en"),
    ],
)
def test_an_event_that_goes_on_somewhere_is_no_movement(lang, text):
    fc = extract(text, P, lang=lang)
    kinds = [f["properties"]["kind"] for f in fc["features"]]
    assert "movement" not in kinds and "event" in kinds


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param("fr", "Des centaines de familles se sont réfugiées à Homs.", id="fr-se-sont-refugiees"),
        pytest.param("fr", "Des centaines de familles affirment s'être réfugiées à Homs.", id="fr-s-etre-refugiees"),
        pytest.param("es", "Cientos de familias se han refugiado en Homs.", id="es-se-han-refugiado"),
    ],
)
def test_a_reflexive_verb_of_three_words_is_one_predicate(lang, text):
    assert (None, "homs") in moves(text, lang)


def test_the_noun_refugees_is_no_arrival():
    assert moves("Les réfugiés à Homs manquent de tout.", "fr") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Die Familien haben Homs am Montag verlassen.", ("homs", None), id="de-perfect-object-origin"),
        pytest.param("Nachdem sie Homs verlassen hatten, zogen sie nach Palmyra.", ("homs", "palmyra"), id="de-subordinate-object-origin"),
        pytest.param("Die Soldaten sollen Palmyra erreicht haben.", (None, "palmyra"), id="de-perfect-object-destination"),
    ],
)
def test_a_german_object_before_its_verb(text, expected):
    assert expected in moves(text, "de")


def test_an_object_before_its_verb_is_a_german_construction_only():
    assert moves("Die Familien haben Homs am Montag verlassen.", "de") and not moves("Families Homs have left on Monday.", "en")


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param("en", "Fighting raged across Syria in May. Thousands of families fled the country towards Turkey.",
                     ("syria", "country:TUR"), id="en-fled-the-country"),
        pytest.param("fr", "Le Haut-Karabakh est sous blocus depuis des mois. Lusine et ses enfants ont quitté l'enclave mardi soir.",
                     ("nagorno-karabakh", None), id="fr-quitte-l-enclave"),
        pytest.param("es", "La guerra sigue en Siria. Miles de familias han huido del país.", ("syria", None), id="es-huido-del-pais"),
    ],
)
def test_the_country_or_region_the_story_is_in(lang, text, expected):
    props = [p for p in movement_props(text, lang) if (p["from"], p["to"]) == expected]
    assert props and "origin" in props[0]["inferred"], movement_props(text, lang)


def test_the_country_needs_a_country_named_a_few_sentences_before():
    text = "Fighting raged across Syria in May. The talks stalled. Winter came. Prices rose. Families fled the country."
    assert not [m for m in moves(text, "en") if m[0] == "syria"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param("en", "Ministers hope to reach a deal with Syria before the summer.", id="en-reach-a-deal-with"),
        pytest.param("en", "The surprise move on Thursday to instruct the Syrian envoy to consider new rules angered many.",
                     id="en-to-an-infinitive-then-an-article"),
        pytest.param("fr", "Le ministre veut parvenir à un accord avec la Syrie.", id="fr-parvenir-a-un-accord-avec"),
    ],
)
def test_a_place_in_another_phrase_is_no_end(lang, text):
    assert not [m for m in moves(text, lang) if "syria" in m]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param("en", "Families left Homs in order to seek shelter in Palmyra.", id="en-in-order-to-in-x"),
        pytest.param("fr", "Les familles ont quitté Homs pour chercher un abri à Palmyre.", id="fr-pour-a-x"),
        pytest.param("de", "Die Kämpfe um Homs dauern an. Der Kommandeur ließ seine Einheiten das Gebiet verlassen, um in Palmyra "
                     "neue Stellungen aufzubauen.", id="de-das-gebiet-verlassen-um-in-x"),
        pytest.param("it", "Le famiglie hanno lasciato Homs per cercare riparo a Palmira.", id="it-per-a-x"),
        pytest.param("pt", "As famílias deixaram Homs para procurar abrigo em Palmira.", id="pt-para-em-x"),
        pytest.param("es", "Las familias salieron de Homs para buscar refugio en Palmira.", id="es-para-en-x"),
    ],
)
def test_a_clause_of_purpose_locates_where_a_departure_goes(lang, text):
    assert ("homs", "palmyra") in moves(text, lang)



@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param("en", "The convoy was heading for the Syrian-Iraqi border.", id="en-border-adjectives-last"),
        pytest.param("en", "Late on Monday the lorries kept heading for the Syrian-Iraqi border", id="en-border-adjectives-no-stop"),
        pytest.param("fr", "Le convoi se dirigeait vers la frontière syro-irakienne.", id="fr-border-adjectives-last"),
        pytest.param("de", "Der Konvoi fuhr zur syrisch-irakischen Grenze.", id="de-border-adjectives-last"),
        pytest.param("it", "Il convoglio si dirigeva verso il confine siro-iracheno.", id="it-border-adjectives-last"),
        pytest.param("pt", "O comboio seguia para a fronteira sírio-iraquiana.", id="pt-border-adjectives-last"),
        pytest.param("es", "El convoy se dirigía hacia la frontera sirio-iraquí.", id="es-border-adjectives-last"),
    ],
)
def test_a_border_named_by_adjectives_at_the_end_of_a_sentence(lang, text):
    # the border is a mention and a framed span on the same words: one end, and no IndexError
    # when its last word is the sentence's last
    assert moves(text, lang) == [(None, "syria-iraq-border")]

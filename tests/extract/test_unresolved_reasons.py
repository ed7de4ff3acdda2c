"""Why a name is unresolved (issue 21, item 2): the reason a ranking rule gave reaches
``Unresolved.reason``, the collection's ``geo.unresolved``, the schema, the validator and
the page (in its language, escaped). Sentences written for these tests."""

from __future__ import annotations

import copy
import inspect
import re

import pytest

from geo.extract.mentions import UNKNOWN_NAME
from geo.extract.pipeline import Extractor
from geo.gazetteer import ranking
from geo.gazetteer.ranking import REJECTIONS, SMALL_AND_FAR
from geo.io.validate import validate_collection
from geo.render import render_html
from geo.render.i18n import texts

ABROAD = "a namesake abroad: no candidate in the story's countries"


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


# a story set in Russia that ends in a town only other countries have
NAMESAKE = [
    pytest.param("en", "Troops moved from Moscow to Kursk and then on to Springfield.", id="en"),
    pytest.param("fr", "Les soldats sont allés de Moscou à Koursk puis à Springfield.", id="fr"),
    pytest.param("de", "Die Soldaten zogen von Moskau nach Kursk und dann nach Springfield.", id="de"),
    pytest.param("it", "I soldati sono andati da Mosca a Kursk e poi a Springfield.", id="it"),
    pytest.param("es", "Los soldados fueron de Moscú a Kursk y luego a Springfield.", id="es"),
    pytest.param("pt", "Os soldados foram de Moscovo para Kursk e depois para Springfield.", id="pt"),
]


@pytest.mark.parametrize(("lang", "text"), NAMESAKE)
def test_a_rejected_name_keeps_its_reason(ex: Extractor, lang: str, text: str) -> None:
    x = ex(text, "2024-03-01", lang=lang)
    assert [(u.text, u.reason) for u in x.unresolved] == [("Springfield", ABROAD)]
    assert [(u["text"], u["reason"]) for u in x.to_geojson()["geo"]["unresolved"]] == [("Springfield", ABROAD)]


@pytest.mark.parametrize(
    ("lang", "text", "name", "reason"),
    [
        pytest.param("fr", "Les combattants ont fui vers Khirbet Zaghrut.", "Khirbet Zaghrut", UNKNOWN_NAME, id="no-place-of-that-name"),
        pytest.param("en", "The convoy drove from Kharkiv to Kupiansk and stopped in Four.", "Four", "a small place far from the story",
                     id="small-and-far"),
    ],
)
def test_each_unresolved_name_says_why(ex: Extractor, lang: str, text: str, name: str, reason: str) -> None:
    x = ex(text, "2024-03-01", lang=lang)
    assert (name, reason) in [(u.text, u.reason) for u in x.unresolved]


# a number after a preposition of place is no name left unresolved (they were listed: "2020", "18", "40")
NUMBERS = [
    pytest.param("en", "The families reached Homs in 2020 after 40 days.", id="en-in-2020"),
    pytest.param("fr", "Les familles sont arrivées à 18 heures à Homs.", id="fr-a-18-heures"),
    pytest.param("de", "Die Familien kamen um 18 Uhr in Homs an.", id="de-um-18-uhr"),
    pytest.param("it", "Le famiglie sono arrivate a 40 chilometri da Homs.", id="it-a-40-chilometri"),
    pytest.param("es", "Las autoridades trasladaron a 40 heridos de Homs a Damasco.", id="es-a-40-heridos"),
    pytest.param("pt", "As famílias chegaram a Homs em 2020.", id="pt-em-2020"),
]


@pytest.mark.parametrize(("lang", "text"), NUMBERS)
def test_a_number_is_no_unresolved_name(ex: Extractor, lang: str, text: str) -> None:
    assert not [u.text for u in ex(text, "2024-03-01", lang=lang).unresolved if not any(map(str.isalpha, u.text))]


# where every noun is capitalised, a frequent word of the language after a preposition is a noun
COMMON_NOUNS = [
    pytest.param("de", "Nach Angaben der Behörden flohen die Familien im Norden nach Homs.", ("Angaben", "Norden"), id="de-nach-angaben"),
    pytest.param("de", "Die Familien flohen nach dem Anschlag in Richtung Homs.", ("Anschlag", "Richtung"), id="de-nach-dem-anschlag"),
]


@pytest.mark.parametrize(("lang", "text", "nouns"), COMMON_NOUNS)
def test_a_frequent_noun_is_no_unresolved_name(ex: Extractor, lang: str, text: str, nouns: tuple[str, ...]) -> None:
    assert not {u.text for u in ex(text, "2024-03-01", lang=lang).unresolved} & set(nouns)


# who says it, or whom a sentence follows ("according to"), is no place left unresolved
SOURCES = [
    pytest.param("en", "Hundreds crossed in small boats on Saturday, the Home Office said.", "Home Office", id="en-x-said"),
    pytest.param("pt", "Cerca de 500 famílias cruzaram a fronteira na segunda-feira, segundo a Operação Acolhida.", "Operação Acolhida",
                 id="pt-segundo-a-x"),
    pytest.param("es", "Cerca de 500 familias cruzaron la frontera el lunes, según la Operación Bienvenida.", "Operación Bienvenida",
                 id="es-segun-la-x"),
]


@pytest.mark.parametrize(("lang", "text", "source"), SOURCES)
def test_a_source_is_no_unresolved_name(ex: Extractor, lang: str, text: str, source: str) -> None:
    assert source not in [u.text for u in ex(text, "2024-03-01", lang=lang).unresolved]


def test_a_place_before_an_inverted_verb_of_saying_stays_listed(ex: Extractor) -> None:
    assert "Kelvorath" in [u.text for u in ex("The families fled to Kelvorath, said the agency.", "2024-03-01", lang="en").unresolved]


# a story of Uganda and Chad: a town that other countries have, right after a verb of motion
AFTER_MOTION = [
    pytest.param("en", "Families crossed into Uganda and Chad. Aid trucks entered Gaza on Sunday.", id="en"),
    pytest.param("fr", "Des familles sont passées en Ouganda et au Tchad. Les camions ont gagné Gaza dimanche.", id="fr"),
    pytest.param("es", "Las familias cruzaron a Uganda y Chad. Los camiones alcanzaron Gaza el domingo.", id="es"),
    pytest.param("pt", "As famílias cruzaram para o Uganda e o Chade. Os camiões alcançaram Gaza no domingo.", id="pt"),
]


@pytest.mark.parametrize(("lang", "text"), AFTER_MOTION)
def test_a_place_left_unpinned_after_a_verb_of_motion_is_listed(ex: Extractor, lang: str, text: str) -> None:
    x = ex(text, "2024-03-01", lang=lang)
    assert ("Gaza", ABROAD) in [(u.text, u.reason) for u in x.unresolved]


def _reason_of(rule) -> str:
    (reason,) = re.findall(r'return "([^"]+)"|return ([A-Z_]+)$', inspect.getsource(rule), re.M)
    return reason[0] or getattr(ranking, reason[1])


@pytest.mark.parametrize("rule", [pytest.param(r, id=r.__name__) for r in REJECTIONS])
def test_every_rejection_has_its_words_on_the_page(rule) -> None:
    assert texts("en")[f"unresolved_{rule.__name__}"] == _reason_of(rule)


def test_the_unknown_name_has_its_words_on_the_page() -> None:
    assert texts("en")["unresolved_unknown"] == UNKNOWN_NAME


def _collection(ex: Extractor, reason: object, lang: str = "fr") -> dict:
    fc = ex("Les soldats sont allés de Moscou à Koursk puis à Springfield.", "2024-03-01", lang="fr").to_geojson()
    fc = copy.deepcopy(fc)
    fc["geo"]["lang"] = lang
    fc["geo"]["unresolved"][0]["reason"] = reason
    return fc


@pytest.mark.parametrize(
    ("reason", "ok"),
    [
        pytest.param(ABROAD, True, id="a-string"),
        pytest.param(None, False, id="null"),
        pytest.param(3, False, id="a-number"),
    ],
)
def test_the_validator_reads_the_reason(ex: Extractor, reason: object, ok: bool) -> None:
    problems = validate_collection(_collection(ex, reason))
    bad = [p for p in problems if "geo.unresolved[0].reason" in p]
    assert (not bad) is ok, problems


def test_an_older_file_without_reasons_passes(ex: Extractor) -> None:
    fc = _collection(ex, ABROAD)
    del fc["geo"]["unresolved"][0]["reason"]
    assert validate_collection(fc) == []


@pytest.mark.parametrize(
    ("lang", "reason", "shown"),
    [
        pytest.param("fr", ABROAD, "un homonyme à l&#x27;étranger", id="fr-words"),
        pytest.param("de", ABROAD, "ein gleichnamiger Ort im Ausland", id="de-words"),
        pytest.param("en", "<b>made up</b>", "(&lt;b&gt;made up&lt;/b&gt;)", id="en-notes-escaped"),
    ],
)
def test_the_page_lists_why_a_name_is_unresolved(ex: Extractor, lang: str, reason: str, shown: str) -> None:
    html = render_html(_collection(ex, reason, lang))
    (listed,) = re.findall(r'<div id="geo-unresolved".*?</div>', html, flags=re.S)
    assert "Springfield" in listed
    assert shown in listed
    assert "<b>made up" not in html


def test_the_page_shows_no_english_reason_in_another_language(ex: Extractor) -> None:
    html = render_html(_collection(ex, "<b>made up</b>", "fr"))
    (listed,) = re.findall(r'<div id="geo-unresolved".*?</div>', html, flags=re.S)
    assert "made up" not in listed and "geo-why" not in listed


QUALIFIER = "not in the region or country the words after it name"


# a county of England that GeoNames has only as small towns of the United States
@pytest.mark.parametrize(("lang", "text"), [
    pytest.param("en", "Floods forced hundreds of families out of their homes in Somerset, England, on Tuesday.", id="en"),
    pytest.param("fr", "Les inondations ont chassé des centaines de familles de leurs maisons à Somerset, Angleterre, mardi.", id="fr"),
    pytest.param("de", "Das Hochwasser vertrieb am Dienstag Hunderte Familien aus ihren Häusern in Somerset, England.", id="de"),
    pytest.param("it", "Le alluvioni hanno cacciato centinaia di famiglie dalle loro case a Somerset, Inghilterra, martedì.", id="it"),
])
def test_a_name_its_qualifier_contradicts_is_not_pinned_abroad(ex: Extractor, lang: str, text: str) -> None:
    x = ex(text, "2024-03-01", lang=lang)
    assert ("Somerset", QUALIFIER) in [(u.text, u.reason) for u in x.unresolved]
    assert "US" not in {f["properties"].get("country") for f in x.to_geojson()["features"]}


@pytest.mark.parametrize(("text", "name"), [
    pytest.param("Aid flights reached Kinshasa, DR Congo, on Monday.", "Kinshasa", id="two-capitals-begin-a-name"),
    pytest.param("Flights connect Saipan, Guam and Honolulu every week.", "Saipan", id="a-list-not-a-qualifier"),
    pytest.param("The band played in Cambridge, England, before the tour ended.", "Cambridge", id="the-qualifier-agrees"),
])
def test_what_only_looks_like_a_contradicting_qualifier_leaves_the_name_placed(ex: Extractor, text: str, name: str) -> None:
    x = ex(text, "2024-03-01", lang="en")
    assert name not in [u.text for u in x.unresolved]
    assert name in {f["properties"]["name"] for f in x.to_geojson()["features"] if f["properties"]["kind"] == "place"}


# a chain of containers after a name: "town, region, country" (the middle item no country,
# nothing of a list after the last): the country at its end bounds the town
CHAIN_ABSENT = [
    pytest.param("en", "Police stopped a truck on a highway in Stroud, Ontario, Canada, on Monday.", id="en"),
    pytest.param("fr", "La police a arrêté un camion sur une route à Stroud, Ontario, Canada, lundi.", id="fr"),
    pytest.param("de", "Die Polizei hielt am Montag einen Lastwagen in Stroud, Ontario, Kanada, an.", id="de"),
    pytest.param("it", "La polizia ha fermato un camion su una strada a Stroud, Ontario, Canada, lunedì.", id="it"),
    pytest.param("es", "La policía detuvo un camión en una carretera en Stroud, Ontario, Canadá, el lunes.", id="es"),
    pytest.param("pt", "A polícia parou um caminhão numa estrada em Stroud, Ontario, Canadá, na segunda-feira.", id="pt"),
]


@pytest.mark.parametrize(("lang", "text"), CHAIN_ABSENT)
def test_a_chain_of_containers_is_a_qualifier_not_a_list(ex: Extractor, lang: str, text: str) -> None:
    """The gazetteer has no Stroud in Ontario: its namesake in England is not pinned."""
    x = ex(text, "2024-03-01", lang=lang)
    assert "Stroud" not in {f["properties"]["name"] for f in x.to_geojson()["features"] if f["properties"]["kind"] == "place"}
    assert x.unresolved == () or ("Stroud", QUALIFIER) in [(u.text, u.reason) for u in x.unresolved]


def _point_of(x, name: str) -> list[float]:
    return next(f["geometry"]["coordinates"] for f in x.to_geojson()["features"]
                if f["properties"]["kind"] == "place" and f["properties"]["name"] == name)


@pytest.mark.parametrize(("lang", "text"), [
    pytest.param("en", "Vets found the disease on a farm near Guildford, Surrey, UK, on Friday. More animals at a Surrey farm were tested.",
                 id="en"),
    pytest.param("fr", "Des vétérinaires ont trouvé la maladie dans une ferme près de Guildford, Surrey, Royaume-Uni, vendredi. "
                       "D'autres bêtes d'une ferme de Surrey ont été testées.", id="fr"),
    pytest.param("es", "Los veterinarios hallaron la enfermedad en una granja cerca de Guildford, Surrey, Reino Unido, el viernes. "
                       "Otros animales de una granja de Surrey fueron examinados.", id="es"),
])
def test_the_country_ending_a_chain_chooses_the_namesake_and_binds_later_mentions(ex: Extractor, lang: str, text: str) -> None:
    """Guildford in England, not the one in British Columbia beside the big Surrey there; and
    Surrey, which the gazetteer has only abroad, is pinned in no other country, in neither
    of its mentions."""
    x = ex(text, "2024-03-01", lang=lang)
    lon, lat = _point_of(x, "Guildford")
    assert -1.0 < lon < 0.0 and 51.0 < lat < 51.5
    names = {f["properties"]["name"] for f in x.to_geojson()["features"] if f["properties"]["kind"] == "place"}
    assert "Surrey" not in names


@pytest.mark.parametrize(("text", "name"), [
    pytest.param("Relief convoys reached Mosul, Aleppo, Syria and Lebanon last week.", "Aleppo", id="a-list-ending-in-and"),
    pytest.param("Ministers met in Paris, Berlin, Rome, Madrid and Lisbon.", "Berlin", id="a-list-of-capitals"),
    pytest.param("Talks between France, Germany, Italy ended.", "Germany", id="countries-in-a-row"),
])
def test_a_list_that_ends_in_a_country_stays_a_list(ex: Extractor, text: str, name: str) -> None:
    x = ex(text, "2024-03-01", lang="en")
    assert name not in [u.text for u in x.unresolved]
    assert name in {f["properties"]["name"] for f in x.to_geojson()["features"] if f["properties"]["kind"] == "place"}


# a town only one place in the index has, or one with twice the people of each other place of its
# name, which a preposition places, in a text that names nothing else
ALONE = [
    pytest.param("it", "I migranti sono sbarcati a Lampedusa ieri sera.", "Lampedusa", id="it"),
    pytest.param("en", "The migrants landed on Lampedusa last night.", "Lampedusa", id="en"),
    pytest.param("fr", "Les migrants ont débarqué à Lampedusa hier soir.", "Lampedusa", id="fr"),
    pytest.param("de", "Die Migranten wurden gestern Abend nach Lampedusa gebracht.", "Lampedusa", id="de"),
    pytest.param("es", "Los migrantes desembarcaron en Lampedusa anoche.", "Lampedusa", id="es"),
    pytest.param("pt", "Os migrantes desembarcaram em Lampedusa ontem à noite.", "Lampedusa", id="pt"),
    pytest.param("en", "The night bus finally got to Calais shortly before dawn.", "Calais", id="en-far-biggest"),
    pytest.param("de", "Der Nachtbus kam erst kurz vor dem Morgengrauen in Calais an.", "Calais", id="de-far-biggest"),
    pytest.param("es", "El autobús nocturno llegó por fin a Calais poco antes del amanecer.", "Calais", id="es-far-biggest"),
    pytest.param("fr", "Le car de nuit est enfin arrivé à Calais vers six heures du matin.", "Calais", id="fr-far-biggest"),
    pytest.param("it", "Il pullman notturno è arrivato finalmente a Calais poco prima dell'alba.", "Calais", id="it-far-biggest"),
    pytest.param("pt", "O autocarro noturno chegou finalmente a Calais pouco antes do amanhecer.", "Calais", id="pt-far-biggest"),
]


@pytest.mark.parametrize(("lang", "text", "town"), ALONE)
def test_a_placed_name_with_one_place_is_not_too_far_from_a_story_that_has_none(ex: Extractor, lang: str, text: str, town: str) -> None:
    x = ex(text, "2024-03-01", lang=lang)
    assert town in {f["properties"]["name"] for f in x.to_geojson()["features"] if f["properties"]["kind"] == "place"}
    assert town not in [u.text for u in x.unresolved]


# two near equals (Dover in England and in Delaware) stay a coin toss
def test_a_placed_name_of_two_near_equal_places_stays_unresolved_in_a_story_that_has_none(ex: Extractor) -> None:
    x = ex("The night bus finally got to Dover shortly before dawn.", "2024-03-01", lang="en")
    assert [u.reason for u in x.unresolved if u.text == "Dover"] == [SMALL_AND_FAR]

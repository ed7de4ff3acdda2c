"""Modality (issue 20, item 5): a move the text plans, orders, thinks possible or demands
stays a movement and says so (``properties.modality``; possible and demanded ones drawn
dashed); a move the text says did not happen is no movement (unmapped, with the reason).
Sentences of our own, in every language; each case failed before the mechanism."""

from __future__ import annotations

import copy

import pytest

from geo.extract.pipeline import extract
from geo.io.validate import validate_collection
from geo.render import render_html
from geo.render.i18n import LANGS, texts

P = "2024-03-01"


def movements(text: str, lang: str) -> list[tuple[str | None, str | None, str | None]]:
    fc = extract(text, P, lang=lang)
    return [(f["properties"]["from"], f["properties"]["to"], f["properties"].get("modality"))
            for f in fc["features"] if f["properties"]["kind"] == "movement"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param("en", "The residents were ordered to leave Aleppo for Damascus.", ("aleppo", "damascus", "ordered"), id="en-ordered"),
        pytest.param("en", "The families could reach Damascus by Friday.", (None, "damascus", "possible"), id="en-could"),
        pytest.param("en", "The governor called on the residents to leave Aleppo.", ("aleppo", None, "demanded"), id="en-called-on"),
        pytest.param("en", "The army plans to withdraw from Aleppo next week.", ("aleppo", None, "planned"), id="en-plans-to"),
        pytest.param("fr", "Les habitants ont reçu l'ordre de quitter Alep pour Damas.", ("aleppo", "damascus", "ordered"), id="fr-ordre-de"),
        pytest.param("fr", "Les familles pourraient rejoindre Damas vendredi.", (None, "damascus", "possible"), id="fr-pourraient"),
        pytest.param("fr", "Le gouverneur a appelé les habitants à quitter Alep.", ("aleppo", None, "demanded"), id="fr-appele-a"),
        pytest.param("de", "Die Bewohner sollen Aleppo verlassen.", ("aleppo", None, "ordered"), id="de-sollen"),
        pytest.param("de", "Die Familien könnten Damaskus am Freitag erreichen.", (None, "damascus", "possible"), id="de-koennten"),
        pytest.param("de", "Die Bewohner müssen Aleppo verlassen.", ("aleppo", None, "demanded"), id="de-muessen"),
        pytest.param("it", "Ai residenti è stato ordinato di lasciare Aleppo.", ("aleppo", None, "ordered"), id="it-ordinato-di"),
        pytest.param("it", "Le famiglie potrebbero raggiungere Damasco venerdì.", (None, "damascus", "possible"), id="it-potrebbero"),
        pytest.param("it", "Il governatore ha chiesto ai residenti di lasciare Aleppo.", ("aleppo", None, "demanded"), id="it-chiesto-di"),
        pytest.param("pt", "Os moradores receberam ordem de deixar Aleppo.", ("aleppo", None, "ordered"), id="pt-ordem-de"),
        pytest.param("pt", "As famílias poderiam chegar a Damasco na sexta-feira.", (None, "damascus", "possible"), id="pt-poderiam"),
        pytest.param("pt", "O governador pediu aos moradores que deixem Aleppo.", ("aleppo", None, "demanded"), id="pt-pediu"),
        pytest.param("es", "Se ordenó a los residentes abandonar Alepo.", ("aleppo", None, "ordered"), id="es-ordeno"),
        pytest.param("es", "Las familias podrían llegar a Damasco el viernes.", (None, "damascus", "possible"), id="es-podrian"),
        pytest.param("es", "El gobernador pidió a los residentes abandonar Alepo.", ("aleppo", None, "demanded"), id="es-pidio"),
    ],
)
def test_a_move_not_stated_as_done_is_a_movement_with_its_modality(lang, text, expected):
    assert expected in movements(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param("en", "The families fled Aleppo for Damascus.", id="en"),
        pytest.param("en", "In May the families fled Aleppo for Damascus.", id="en-the-month-may"),
        pytest.param("fr", "Les familles ont fui Alep vers Damas.", id="fr"),
        pytest.param("de", "Die Familien flohen aus Aleppo nach Damaskus.", id="de"),
        pytest.param("it", "Le famiglie sono fuggite da Aleppo verso Damasco.", id="it"),
        pytest.param("pt", "As famílias fugiram de Aleppo para Damasco.", id="pt"),
        pytest.param("es", "Las familias huyeron de Alepo hacia Damasco.", id="es"),
    ],
)
def test_a_move_stated_as_done_has_no_modality(lang, text):
    assert ("aleppo", "damascus", None) in movements(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param("en", "The families were prevented from reaching Damascus.", id="en-prevented-from"),
        pytest.param("en", "The families were unable to reach Damascus.", id="en-unable-to"),
        pytest.param("fr", "Les familles ont été empêchées de rejoindre Damas.", id="fr-empechees-de"),
        pytest.param("de", "Die Familien wurden daran gehindert, nach Damaskus zu fahren.", id="de-gehindert"),
        pytest.param("it", "Alle famiglie è stato impedito di raggiungere Damasco.", id="it-impedito-di"),
        pytest.param("pt", "As famílias foram impedidas de chegar a Damasco.", id="pt-impedidas-de"),
        pytest.param("es", "Las familias fueron impedidas de llegar a Damasco.", id="es-impedidas-de"),
    ],
)
def test_a_move_that_did_not_happen_is_no_movement(lang, text):
    fc = extract(text, P, lang=lang)
    assert not [f for f in fc["features"] if f["properties"]["kind"] == "movement"]
    assert any("did not happen" in u["reason"] for u in fc["geo"]["unmapped"])


def test_a_modal_in_another_clause_is_not_this_moves():
    # the verb of ordering belongs to a relative clause set off by commas
    assert ("aleppo", None, None) in movements("Tras el cierre que ordenó el presidente de Siria, la familia salió de Alepo.", "es")


def _two_movements() -> dict:
    return extract("The governor called on the residents to leave Aleppo for Damascus. Later the families fled Homs for Beirut.",
                   P, lang="en")


def test_the_collection_with_modalities_is_valid_and_a_wrong_modality_is_named():
    fc = _two_movements()
    assert validate_collection(fc) == []
    bad = copy.deepcopy(fc)
    move = next(f for f in bad["features"] if f["properties"].get("modality"))
    move["properties"]["modality"] = "maybe"
    problems = validate_collection(bad)
    assert any("properties.modality" in p and "maybe" in p for p in problems), problems


def test_a_demanded_move_is_drawn_dashed_and_a_stated_one_is_not():
    page = render_html(_two_movements())
    assert page.count('"dashArray": "2 8"') == 1, "one tentative movement, drawn dashed"


@pytest.mark.parametrize("lang", [pytest.param(x, id=x) for x in LANGS])
def test_the_popup_says_the_modality_in_the_pages_language(lang):
    fc = _two_movements()
    fc["geo"]["lang"] = lang
    page = render_html(fc)
    words = texts(lang)
    assert words["modality"] in page or words["modality"].replace("'", "&#x27;") in page
    assert words["modality_demanded"] in page

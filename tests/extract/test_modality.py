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
from tests.lang import cases

P = "2024-03-01"


def movements(text: str, lang: str) -> list[tuple[str | None, str | None, str | None]]:
    fc = extract(text, P, lang=lang)
    return [(f["properties"]["from"], f["properties"]["to"], f["properties"].get("modality"))
            for f in fc["features"] if f["properties"]["kind"] == "movement"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    cases("modality", "A_MOVE_NOT_STATED_AS_DONE_IS_A_MOVEMENT_WITH_ITS_MODALITY"),
)
def test_a_move_not_stated_as_done_is_a_movement_with_its_modality(lang, text, expected):
    assert expected in movements(text, lang)


@pytest.mark.parametrize(("lang", "text"), cases("modality", "A_MOVE_STATED_AS_DONE_HAS_NO_MODALITY"))
def test_a_move_stated_as_done_has_no_modality(lang, text):
    assert ("aleppo", "damascus", None) in movements(text, lang)


@pytest.mark.parametrize(("lang", "text"), cases("modality", "A_MOVE_THAT_DID_NOT_HAPPEN_IS_NO_MOVEMENT"))
def test_a_move_that_did_not_happen_is_no_movement(lang, text):
    fc = extract(text, P, lang=lang)
    assert not [f for f in fc["features"] if f["properties"]["kind"] == "movement"]
    assert any("did not happen" in u["reason"] for u in fc["geo"]["unmapped"])


@pytest.mark.parametrize(("lang", "text"), cases("modality", "A_CHOICE_LEFT_OPEN_IS_NO_MOVEMENT"))
def test_a_move_left_open_as_one_side_of_a_choice_is_no_movement(lang, text):
    # "will either leave X or stay", "whether to leave X": the text does not claim the move
    fc = extract(text, P, lang=lang)
    assert not [f for f in fc["features"] if f["properties"]["kind"] == "movement"]
    assert any("choice" in u["reason"] for u in fc["geo"]["unmapped"])


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


@pytest.mark.parametrize(("lang", "text"), cases("modality", "A_PAST_OBLIGATION_IS_A_MOVE_DONE"))
def test_a_past_obligation_is_a_move_done(lang, text):
    """"Tuvieron que huir de X a Y", "ont dû fuir", "hanno dovuto fuggire": the obligation in a
    past tense (``[modality] done``) says they went — no demanded move (the lemma of "tener
    que", "devoir", "dovere" made it one)."""
    assert ("aleppo", "damascus", None) in movements(text, lang)

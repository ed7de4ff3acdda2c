"""Names no gazetteer knows that the words locate (issue 21, item 3): "X, a village near Y",
"the camp of X in Y", "le camp de X, au Tchad" become an inferred point at Y with the
uncertainty the words leave, the movement that ends there is drawn, and ``geo.unresolved``
no longer lists the name. Every sentence here was written for these tests; the names are
made up so that no gazetteer knows them."""

from __future__ import annotations

import pytest

from geo.extract.pipeline import extract
from tests.lang import cases


def collection(text: str, lang: str) -> dict:
    return extract(text, "2024-03-01", lang)


def inferred(fc: dict, name: str) -> dict | None:
    return next((f for f in fc["features"] if f["properties"]["kind"] == "place" and f["properties"]["name"] == name), None)


@pytest.mark.parametrize("lang, text, name, anchor, rule", cases("located", "A_NAME_THE_WORDS_LOCATE"))
def test_a_name_the_words_locate_is_an_inferred_place(lang, text, name, anchor, rule):
    fc = collection(text, lang)
    f = inferred(fc, name)
    assert f is not None, [x["properties"].get("name") for x in fc["features"]]
    p = f["properties"]
    assert p["place_kind"] == "inferred point" and p["inferred"] and p["relation"] == "located"
    assert f["geometry"]["type"] == "Point"
    anchor_place = inferred(fc, anchor)
    if rule == "located_by_adjective":  # a country named by its adjective only: no place of its own on the map
        assert anchor_place is None and p["derived_from"].startswith("country:")
    else:
        assert anchor_place is not None and p["derived_from"] == anchor_place["id"]
        # honest: at least the anchor's own uncertainty
        assert p["precision_km"] >= anchor_place["properties"]["precision_km"]
    # the note names the rule and the anchor
    assert f"rule {rule}" in p["note"] and anchor in p["note"]
    assert name not in [u["text"] for u in fc["geo"]["unresolved"]]
    # the movement that ends there is drawn to it, not to the anchor
    ends = [m["properties"]["to"] for m in fc["features"] if m["properties"]["kind"] == "movement"]
    assert f["id"] in ends, ends


@pytest.mark.parametrize("lang, text, name", cases("located", "WITHOUT_A_PLACE_NOUN_THE_NAME_STAYS_UNRESOLVED"))
def test_without_a_place_noun_the_name_stays_unresolved(lang, text, name):
    """(or when the words go from the name to the place: "del campamento de X a Y")"""
    fc = collection(text, lang)
    assert inferred(fc, name) is None
    assert name in [u["text"] for u in fc["geo"]["unresolved"]]


def test_every_later_mention_is_the_same_inferred_place():
    text = ("Families fled to Kelvorath, a village near Kassala, on Monday. "
            "On Tuesday more families reached Kelvorath from the hills.")
    fc = collection(text, "en")
    f = inferred(fc, "Kelvorath")
    assert f is not None and len(f["properties"]["mentions"]) == 2
    ends = [m["properties"]["to"] for m in fc["features"] if m["properties"]["kind"] == "movement"]
    assert ends.count(f["id"]) == 2, ends


def test_near_is_tighter_than_in_a_country():
    near = inferred(collection("Families fled to Kelvorath, a village near Kassala.", "en"), "Kelvorath")
    country = inferred(collection("Families fled to Kelvorath, a village in Sudan.", "en"), "Kelvorath")
    assert near is not None and country is not None
    assert near["properties"]["precision_km"] < 30 < country["properties"]["precision_km"]


def test_a_named_offset_after_an_apposition_takes_the_name():
    fc = collection("Families fled to Kelvorath, a village 20 km north of Kassala, on Sunday.", "en")
    f = inferred(fc, "Kelvorath")
    assert f is not None and f["properties"]["relation"] == "offset"


@pytest.mark.parametrize("lang, text, name", cases("located", "A_NAME_THE_WORDS_PUT_ON_A_BORDER"))
def test_a_name_the_words_put_on_a_border_is_a_point_of_it(lang, text, name):
    """"X an der Grenze zu Y", "at X, on the border between Chad and Sudan": the border of Y
    with the story's country (``inferred_border``), the same mechanism one relation over."""
    fc = collection(text, lang)
    f = inferred(fc, name)
    assert f is not None and f["properties"]["relation"] == "inferred_border" and f["properties"]["place_kind"] == "inferred point"
    assert name not in [u["text"] for u in fc["geo"]["unresolved"]]


def test_in_a_part_of_a_country_is_drawn_in_that_part():
    part = inferred(collection("The convoy reached the Kelvorath camp in northern Uganda.", "en"), "Kelvorath")
    whole = inferred(collection("The convoy reached the Kelvorath camp in Uganda.", "en"), "Kelvorath")
    assert part is not None and whole is not None
    assert part["geometry"]["coordinates"][1] > whole["geometry"]["coordinates"][1]
    assert part["properties"]["precision_km"] < whole["properties"]["precision_km"]
    assert "the north of Uganda" in part["properties"]["note"]


@pytest.mark.parametrize("lang, text, name, km", cases("located", "A_NAME_AT_A_DISTANCE_IN_WORDS"))
def test_a_distance_in_words_or_after_about_places_the_name(lang, text, name, km):
    """"Kelvorath, some sixty kilometres north of Kassala", "à une soixantaine de kilomètres au
    nord de", "a circa 25 chilometri a nord di": the distance (``[spatial.distance_numbers]``,
    or digits after ``distance_about`` words) makes the offset, and the name before it is that
    inferred place (the fr, it, es and pt ones were left unresolved or unnamed before)."""
    fc = collection(text, lang)
    f = inferred(fc, name)
    assert f is not None, [x["properties"].get("name") for x in fc["features"]]
    assert f["properties"]["relation"] == "offset" and f"{km:g} km north of Kassala" in f["properties"]["note"]

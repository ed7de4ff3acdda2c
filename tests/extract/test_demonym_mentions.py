"""Country adjectives and demonyms as mentions (issue 21, item 1): a word the language's
``[names] demonym_endings`` read as one country's ("Sudanese", "soudanais", "sudanesische")
is a mention of form ``adjective`` of that country; an actor's attribute unless a place
noun goes with it. It is listed among the country's mentions (``not_place``: why) when the
article names the country as a place too, and makes no place of its own. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from geo.extract.pipeline import Extractor
from tests.lang import cases

SUDAN = "country:SDN"


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def _place(fc: dict, pid: str) -> dict | None:
    return next((f for f in fc["features"] if f["id"] == pid and f["properties"]["kind"] == "place"), None)


@pytest.mark.parametrize(("lang", "text", "adjective"), cases("demonym_mentions", "AN_ADJECTIVE_IS_A_MENTION_OF_A_NAMED_COUNTRY"))
def test_an_adjective_is_a_mention_of_a_named_country(ex: Extractor, lang: str, text: str, adjective: str) -> None:
    x = ex(text, "2024-03-01", lang=lang)
    (m,) = [m for m in x.mentions if m.text == adjective]
    assert (m.place_id, m.form, m.not_place) == (SUDAN, "adjective", "attribute")
    sudan = _place(x.to_geojson(), SUDAN)
    assert sudan is not None
    refs = sudan["properties"]["mentions"]
    # the place's own mention first (its label, its quote), then the adjective with its reason
    assert [(r["text"], r.get("not_place")) for r in refs][1:] == [(adjective, "attribute")]
    assert refs[0].get("not_place") is None
    assert text[refs[1]["start"] : refs[1]["end"]] == adjective


@pytest.mark.parametrize(("lang", "text"), cases("demonym_mentions", "AN_ADJECTIVE_ALONE_MAKES_NO_PLACE"))
def test_an_adjective_alone_makes_no_place(ex: Extractor, lang: str, text: str) -> None:
    x = ex(text, "2024-03-01", lang=lang)
    assert [m.place_id for m in x.mentions if m.form == "adjective"] == [SUDAN]
    assert _place(x.to_geojson(), SUDAN) is None
    assert all(c.origin != SUDAN and c.destination != SUDAN for c in x.claims)


@pytest.mark.parametrize(("lang", "text", "adjective"), cases("demonym_mentions", "AN_ADJECTIVE_WITH_A_PLACE_NOUN_IS_A_PLACE"))
def test_an_adjective_with_a_place_noun_is_a_place(ex: Extractor, lang: str, text: str, adjective: str) -> None:
    x = ex(text, "2024-03-01", lang=lang)
    (m,) = [m for m in x.mentions if m.text == adjective]
    assert (m.place_id, m.not_place) == (SUDAN, None)
    assert _place(x.to_geojson(), SUDAN) is not None


@pytest.mark.parametrize(("lang", "text", "adjective"),
                         cases("demonym_mentions", "A_CONTINENT_ADJECTIVE_IS_A_MENTION_OF_A_NAMED_CONTINENT"))
def test_a_continent_adjective_is_a_mention_of_a_named_continent(ex: Extractor, lang: str, text: str, adjective: str) -> None:
    x = ex(text, "2024-03-01", lang=lang)
    (m,) = [m for m in x.mentions if m.text == adjective]
    assert (m.form, m.not_place) == ("adjective", "attribute")
    africa = _place(x.to_geojson(), m.place_id)
    assert africa is not None and africa["properties"]["place_kind"] == "continent"
    assert [r.get("not_place") for r in africa["properties"]["mentions"]] == [None, "attribute"]


def test_a_continent_adjective_alone_makes_no_place(ex: Extractor) -> None:
    # a place noun goes with it, but it says which continent a country is in, nothing more
    fc = ex("Aid finally reached the African nation of Malawi on Monday.", "2024-03-01", lang="en").to_geojson()
    assert [f["properties"]["name"] for f in fc["features"] if f["properties"]["kind"] == "place"] == ["Malawi"]

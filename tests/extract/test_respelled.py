"""A name no gazetteer knows, written one slip of the pen away from a place the same article
names ("Carpuganá" for its "Capurganá"), is that place (geo/extract/mentions.py
``respelled``). Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from geo.extract.mentions import Mention, Unresolved, respelled
from geo.extraction import Extractor
from geo.text.document import build_document
from tests.lang import cases


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


@pytest.mark.parametrize(("lang", "text", "written", "name"), cases("respelled", "A_NAME_ONE_SLIP_FROM_A_PLACE_OF_THE_ARTICLE_IS_THAT_PLACE"))
def test_a_name_one_slip_from_a_place_of_the_article_is_that_place(extractor, lang, text, written, name):
    x = extractor(text, None, lang=lang)
    by_text = {m.text: m.place_id for m in x.mentions}
    assert by_text.get(written) is not None and by_text.get(written) == by_text.get(name), by_text
    assert written not in [u.text for u in x.unresolved]


@pytest.mark.parametrize(
    ("written", "places", "linked"),
    [
        pytest.param("Carpugana", {"Capurgana": "a"}, "a", id="three-shuffled"),
        pytest.param("Kasal", {"Kasel": "a"}, None, id="too-short"),
        pytest.param("Marbella", {"Marbelle": "a", "Marbello": "b"}, None, id="one-slip-from-two-places"),
        pytest.param("Tarbella", {"Marbella": "a"}, None, id="first-letter-differs"),
        pytest.param("Gaziantop", {"Gaziantep": "a"}, "a", id="one-letter-changed"),
        pytest.param("Gozientep", {"Gaziantep": "a"}, None, id="two-letters-changed"),
    ],
)
def test_what_counts_as_one_slip(written, places, linked):
    text = " ".join(places) + " and " + written
    doc = build_document(text, "en")
    ms, at = [], 0
    for name, pid in places.items():
        ms.append(Mention(pid, at, at + len(name), name, 0))
        at += len(name) + 1
    u = Unresolved(written, len(text) - len(written), len(text), 0)
    found, left = respelled(doc, [u], ms)
    assert [m.place_id for m in found] == ([linked] if linked else [])
    assert left == ([] if linked else [u])

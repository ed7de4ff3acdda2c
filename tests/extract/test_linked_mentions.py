"""Later mentions of a found place (issue 21, item 1): every other place the text writes a
found place's name is one of its mentions, of form ``linked``; the frames never read them,
so no movement comes or goes with them. Sentences written for these tests."""

from __future__ import annotations

import pytest

from geo.extract.frames import place_spans
from geo.extract.mentions import LINKED, Mention, _written_forms
from geo.extract.pipeline import Extractor
from tests.lang import cases

KUPIANSK, KHARKIV = "geonames:703656", "geonames:706483"


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


# the second "Kupiansk" starts a longer proper noun (a radio's name): the scan leaves it,
# the link finds it; German reads it as a name already (every noun is capitalised there)
LATER = cases("linked_mentions", "A_LATER_MENTION_IS_LINKED_ONCE")


@pytest.mark.parametrize(("lang", "text", "forms"), LATER)
def test_a_later_mention_is_linked_once(ex: Extractor, lang: str, text: str, forms: list[str]) -> None:
    x = ex(text, "2024-03-01", lang=lang)
    assert [(m.place_id, m.form) for m in x.mentions] == list(zip([KUPIANSK, KHARKIV, KUPIANSK], forms, strict=True))
    fc = x.to_geojson()
    (town,) = [f for f in fc["features"] if f["id"] == KUPIANSK]
    assert [m["form"] for m in town["properties"]["mentions"]] == [forms[0], forms[2]]


@pytest.mark.parametrize(("lang", "text", "forms"), LATER)
def test_linked_mentions_make_no_movement(ex: Extractor, lang: str, text: str, forms: list[str]) -> None:
    x = ex(text, "2024-03-01", lang=lang)
    assert all(c.sentence == 0 for c in x.claims if c.kind == "movement")


def test_the_frames_skip_a_linked_mention() -> None:
    ms = [Mention("a", 0, 5, "Aaaaa", 0), Mention("a", 10, 15, "Aaaaa", 0, form=LINKED)]
    assert place_spans(ms, [], {"a": "town"}) == [(0, 5, "a")]


@pytest.mark.parametrize(
    ("written", "forms"),
    [
        pytest.param("Wayne County", ["Wayne County", "Wayne"], id="county-head"),
        pytest.param("Enugu State", ["Enugu State", "Enugu"], id="state-head"),
        pytest.param("Wayne county", ["Wayne county"], id="lower-case-head-kept"),
        pytest.param("New York", ["New York"], id="no-head"),
        pytest.param("Ur County", ["Ur County"], id="too-short"),
    ],
)
def test_a_name_without_its_head_noun_is_a_short_form(written: str, forms: list[str]) -> None:
    assert [w for w, _ in _written_forms(written, written.lower())] == forms


@pytest.mark.parametrize(
    ("text", "linked"),
    [
        # a frequent word found once is not every "Commerce" of the text
        pytest.param("Troops moved from Kupiansk to Kharkiv. The Chamber of Commerce met.", [], id="frequent-word-not-linked"),
        # a name written again inside a sentence's words is linked where it is a whole word only
        pytest.param("Troops moved from Kupiansk to Kharkiv. Kupianskyi Radio reported damage.", [], id="whole-words"),
    ],
)
def test_what_is_not_linked(ex: Extractor, text: str, linked: list[str]) -> None:
    x = ex(text, "2024-03-01", lang="en")
    assert [m.text for m in x.mentions if m.form == LINKED] == linked

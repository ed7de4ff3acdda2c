"""The story's main route (issue 20, item 4): a movement that still names one end after the
whole article is read takes the other from the place the article's sentences state most
often as an origin or a destination (rules ``the_story_origin``, ``the_story_destination``),
flagged ``inferred`` with the reason; not when its sentence names that end in words ("for
the border") or names the route's end in another role. Sentences of our own."""

from __future__ import annotations

import pytest

from geo.extract.frames import story_route
from geo.extract.pipeline import extract
from geo.extract.setting import Setting
from geo.records import Claim
from tests.lang import cases

P = "2024-03-01"


def moves(text: str, lang: str) -> dict[str, tuple[str | None, str | None, tuple[str, ...], str]]:
    """Movements by sentence number ("s7"): (from, to, inferred, note)."""
    fc = extract(text, P, lang=lang)
    return {f["properties"]["id"].rsplit("@", 1)[1]: (f["properties"]["from"], f["properties"]["to"],
                                                      tuple(f["properties"]["inferred"]), f["properties"].get("note", ""))
            for f in fc["features"] if f["properties"]["kind"] == "movement"}


def article(route: str, filler: str, last: str) -> str:
    return " ".join([route, filler, last])


@pytest.mark.parametrize(("lang", "route", "filler", "last"), cases("story_route", "A_DEPARTURE_GOES_WHERE_THE_STORY_GOES"))
def test_a_departure_goes_where_the_story_goes(lang, route, filler, last):
    got = moves(article(route, filler, last), lang)["s7"]
    assert got[:3] == ("raqqa", "aleppo", ("destination",))
    assert "main destination" in got[3]


@pytest.mark.parametrize(("lang", "route", "filler", "last"), cases("story_route", "AN_ARRIVAL_COMES_FROM_WHERE_THE_STORY_STARTS"))
def test_an_arrival_comes_from_where_the_story_starts(lang, route, filler, last):
    got = moves(article(route, filler, last), lang)["s7"]
    assert got[:3] == ("raqqa", "aleppo", ("origin",))
    assert "main origin" in got[3]


@pytest.mark.parametrize(("lang", "route", "filler", "last"), cases("story_route", "A_DEPARTURE_FROM_THE_CITY_GOES_WHERE_THE_STORY_GOES"))
def test_a_departure_from_the_city_goes_where_the_story_goes(lang, route, filler, last):
    """"[...] Raqqa lies in ruins. [...] 300 more left the city": the origin read from the
    anaphor is the sentence's own (inferred, with its note); the destination is the story's."""
    got = moves(article(route, filler, last), lang)["s7"]
    assert got[:3] == ("raqqa", "aleppo", ("origin", "destination"))
    assert "read as" in got[3] and "main destination" in got[3]


@pytest.mark.parametrize(("lang", "route", "filler", "last"), cases("story_route", "A_PLACE_NOUN_AFTER_AN_INDEFINITE_ARTICLE_IS_NO_ANAPHOR"))
def test_a_place_noun_after_an_indefinite_article_is_no_anaphor(lang, route, filler, last):
    """"[...] 300 more fled to a village": no place named before is read into "a village"."""
    got = moves(article(route, filler, last), lang).get("s7")
    assert got is None or "read as" not in got[3]


@pytest.mark.parametrize(("lang", "route", "filler", "last"), cases("story_route", "A_PLACE_NOUN_WITH_ANOTHER_PLACE_IS_NO_ANAPHOR"))
def test_a_place_noun_with_another_place_is_no_anaphor(lang, route, filler, last):
    """"[...] 300 more left the border with Germany": no place named before (Raqqa) is read into "the border"."""
    got = moves(article(route, filler, last), lang).get("s7")
    assert got is None or "read as" not in got[3]


@pytest.mark.parametrize(("lang", "route", "filler", "last"), cases("story_route", "A_COMPOUND_NOUN_IS_NO_PLACE_NOUN"))
def test_a_compound_noun_is_no_place_noun(lang, route, filler, last):
    """"[...] sent two letters to headquarters" (``place_noun_compounds``): no place named before is read into it."""
    got = moves(article(route, filler, last), lang).get("s7")
    assert got is None or "read as" not in got[3]


@pytest.mark.parametrize(("lang", "route", "filler", "last"), cases("story_route", "HOME_IS_WHERE_THE_STORY_STARTS"))
def test_home_is_where_the_story_starts(lang, route, filler, last):
    """"[...] In March most went back home" (``[grammar] home_words``): to the route's origin, rule going_home."""
    fc = extract(article(route, filler, last), P, lang=lang)
    got = [f["properties"] for f in fc["features"] if f["properties"]["kind"] == "movement" and f["properties"]["id"].endswith("@s7")]
    assert [(p["from"], p["to"], p["inferred"]) for p in got] == [(None, "raqqa", ["destination"])]
    assert "home, read as the story's main origin" in got[0]["note"] and not fc["geo"]["unmapped"]


@pytest.mark.parametrize(("lang", "route", "filler", "last"), cases("story_route", "AN_END_NAMED_IN_WORDS_IS_NOT_THE_STORYS"))
def test_an_end_named_in_words_is_not_the_storys(lang, route, filler, last):
    assert moves(article(route, filler, last), lang)["s7"][:3] == ("raqqa", None, ())


@pytest.mark.parametrize(("lang", "route", "filler", "last"),
                         cases("story_route", "A_JOURNEY_AFTER_AN_OPEN_ARRIVAL_GOES_WHERE_THE_STORY_GOES"))
def test_a_journey_after_an_open_arrival_goes_where_the_story_goes(lang, route, filler, last):
    """"[...] On Monday a bus arrived in Homs. [...] On Tuesday more families arrived. They had
    left Hama three days earlier": the arrival meant is the latest, which names no end and goes
    where the story goes (Aleppo) — not Homs (rule end_of_an_arrival_with_open_start stops there)."""
    got = moves(article(route, filler, last), lang)["s5"]
    assert got[:3] == ("geonames:170017", "aleppo", ("destination",))
    assert "main destination" in got[3]


@pytest.mark.parametrize(("lang", "text"), cases("story_route", "ANOTHER_ROLE_IN_THE_SAME_SENTENCE"))
def test_another_role_in_the_same_sentence(lang, text):
    """"Families reached X, and soldiers left Y": the sentence says where each goes."""
    assert all(not inferred for _, _, inferred, _ in moves(text, lang).values())


@pytest.mark.parametrize(("lang", "route", "filler", "last"), cases("story_route", "AN_ARRIVAL_WITH_NO_END_COMES_TO_THE_STORYS_END"))
def test_an_arrival_with_no_end_comes_to_the_storys_end(lang, route, filler, last):
    """"[...] More people arrive every day": to the route's stated destination, not listed as unmapped."""
    fc = extract(article(route, filler, last), P, lang=lang)
    got = [f["properties"] for f in fc["features"] if f["properties"]["kind"] == "movement" and f["properties"]["id"].endswith("@s7")]
    assert [(p["from"], p["to"], p["inferred"]) for p in got] == [(None, "aleppo", ["destination"])]
    assert "main destination" in got[0]["note"] and not fc["geo"]["unmapped"]


@pytest.mark.parametrize(("lang", "route", "filler", "last"), cases("story_route", "AN_ARRIVAL_AT_A_PLACE_NAMED_IN_WORDS_STAYS_UNMAPPED"))
def test_an_arrival_at_a_place_named_in_words_stays_unmapped(lang, route, filler, last):
    fc = extract(article(route, filler, last), P, lang=lang)
    assert not [f for f in fc["features"] if f["properties"]["kind"] == "movement" and f["properties"]["id"].endswith("@s7")]
    assert [u["sentence"] for u in fc["geo"]["unmapped"]] == [6]


def _claim(sentence: int, origin: str | None, destination: str | None, inferred: tuple[str, ...] = ()) -> Claim:
    return Claim(kind="movement", sentence=sentence, quote="q", quote_start=0, quote_end=1, claimant="the article",
                 claimant_basis="", origin=origin, destination=destination, inferred=inferred)


def test_the_route_counts_stated_ends_only():
    claims = [_claim(0, "a", "b"), _claim(1, "c", "b", inferred=("origin",)), _claim(2, "c", None, inferred=("origin",)),
              _claim(3, None, "d", inferred=("destination",))]
    route = story_route(claims, Setting())
    assert (route.origin, route.destination) == ("a", "b")
    assert route.destination_basis == "stated by 2 movement(s)"


def test_without_a_stated_destination_the_lead_place_is_the_routes_end():
    route = story_route([_claim(0, "a", None)], Setting(dateline="x", place="y"))
    assert route.destination == "y" and "lead" in route.destination_basis
    assert story_route([], Setting()).destination is None


@pytest.mark.parametrize(("lang", "route", "filler", "last"), cases("story_route", "A_TIE_GOES_TO_THE_END_THE_STORY_NAMES_MOST"))
def test_a_tie_goes_to_the_end_the_story_names_most(lang, route, filler, last):
    """Aleppo and Homs are each stated once as a destination; the filler names Homs twice
    more: an open departure goes to Homs, not to the first stated (Aleppo)."""
    got = moves(article(route, filler, last), lang)["s8"]
    assert got[:3] == ("raqqa", "homs", ("destination",))


def test_a_tie_between_stated_ends_goes_to_the_one_named_most():
    claims = [_claim(0, "a", "b"), _claim(1, "a", "c")]
    assert story_route(claims, Setting()).destination == "b"  # no counts: the first stated
    assert story_route(claims, Setting(), {"b": 1, "c": 3}).destination == "c"
    assert story_route(claims + [_claim(2, None, "b")], Setting(), {"b": 1, "c": 3}).destination == "b"  # stated more wins

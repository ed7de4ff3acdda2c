"""The origin implied by the mover's demonym (issue 20): "Syrians left their country" starts
in Syria (a possessive and a country noun), "Sudanese arrived in Chad" starts in Sudan (an
arrival naming only its goal, flagged inferred, rule ``demonym_of_the_mover``); never an
adjective of a place, never when the sentence names the origin. Sentences of our own, in
tests/lang/<lang>/demonym_mover.py."""

from __future__ import annotations

import pytest

from geo.extract.pipeline import Extractor
from tests.lang import cases

P = "2024-03-01"


def moves(text: str, lang: str) -> list[tuple[str | None, str | None, tuple[str, ...], tuple[str, ...]]]:
    x = Extractor()(text, P, lang=lang)
    return [(c.origin, c.destination, tuple(c.inferred), tuple(c.rules)) for c in x.claims if c.kind == "movement"]


@pytest.mark.parametrize(("lang", "text", "dest"), cases("demonym_mover", "THEIR_COUNTRY"))
def test_their_country_is_the_demonyms_country(lang, text, dest):
    found = [(o, d) for o, d, inferred, rules in moves(text, lang) if "demonym_of_the_mover" in rules and "origin" in inferred]
    assert ("syria", dest) in found


@pytest.mark.parametrize(("lang", "text"), cases("demonym_mover", "ARRIVAL_OF_A_DEMONYM"))
def test_an_arrival_starts_in_the_demonyms_country(lang, text):
    arrivals = [(o, inferred, "demonym_of_the_mover" in rules) for o, d, inferred, rules in moves(text, lang) if d == "country:TCD"]
    assert arrivals == [("country:SDN", ("origin",), True)]


@pytest.mark.parametrize(("lang", "text"), cases("demonym_mover", "NO_DEMONYM_ORIGIN"))
def test_no_origin_from_a_demonym(lang, text):
    assert all("demonym_of_the_mover" not in rules and o != "country:SDN" for o, _, _, rules in moves(text, lang))


@pytest.mark.parametrize(("lang", "text"), cases("demonym_mover", "THE_COUNTRY_OF_THE_DEMONYM"))
def test_the_country_they_flee_is_the_demonyms(lang, text):
    """"Syrians reached Turkey. Syrians had fled the country": their country, not the one named last."""
    second = [(o, rules) for o, _, _, rules in moves(text, lang) if "the_place_noun" in rules]
    assert second and all(o == "syria" for o, _ in second)


@pytest.mark.parametrize(("lang", "text"), cases("demonym_mover", "PEOPLE_A_DEMONYM_QUALIFIES"))
def test_people_a_demonym_qualifies_start_in_its_country(lang, text):
    """"Some 500 Sudanese refugees reached Chad": a noun of people the demonym qualifies
    (``actor_nouns``) arriving or fleeing starts in the demonym's country."""
    arrivals = [(o, inferred, "demonym_of_the_mover" in rules) for o, d, inferred, rules in moves(text, lang) if d == "country:TCD"]
    assert arrivals == [("country:SDN", ("origin",), True)]


@pytest.mark.parametrize(("lang", "text"), cases("demonym_mover", "A_TRANSFER_OF_PEOPLE_A_DEMONYM_QUALIFIES"))
def test_a_transfer_of_people_a_demonym_qualifies_keeps_its_start_open(lang, text):
    """"Sudanese refugees were taken to X": a transfer may stay inside the country they fled
    to, so the demonym lends it no start."""
    assert all("demonym_of_the_mover" not in rules and o != "country:SDN" for o, _, _, rules in moves(text, lang))


@pytest.mark.parametrize(("lang", "text"), cases("demonym_mover", "A_LONGER_NAME"))
def test_a_demonym_inside_a_longer_one_is_not_its_country(lang, text):
    """"South Sudanese families arrived in X": never Sudan; the longer name's country, if any."""
    found = moves(text, lang)
    assert all(o != "country:SDN" for o, _, _, _ in found)
    assert all(o == "country:SDS" for o, _, _, rules in found if "demonym_of_the_mover" in rules)

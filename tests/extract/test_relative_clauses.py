"""Relative and participle clauses (issue 20, item 3): a clause about the mover that names
one end of the journey joins the main clause's movement, which names the other. Sentences of
our own, in every language."""

from __future__ import annotations

import pytest

from geo.extract.pipeline import extract
from tests.lang import cases

P = "2024-03-01"


def moves(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    fc = extract(text, P, lang=lang)
    return [(f["properties"]["from"], f["properties"]["to"]) for f in fc["features"] if f["properties"]["kind"] == "movement"]


@pytest.mark.parametrize(
    ("lang", "text"),
    cases("relative_clauses", "A_RELATIVE_CLAUSE_NAMING_THE_GOAL_JOINS_THE_MAIN_CLAUSES_START"),
)
def test_a_relative_clause_naming_the_goal_joins_the_main_clauses_start(lang, text):
    # the relative clause names the goal, the main clause the start: failed before
    # relative_clause_joins (two one-ended movements)
    assert moves(text, lang) == [("aleppo", "damascus")]


@pytest.mark.parametrize(("lang", "text"), cases("relative_clauses", "A_CLAUSE_NAMING_THE_START_JOINS_THE_MAIN_CLAUSES_GOAL"))
def test_a_clause_naming_the_start_joins_the_main_clauses_goal(lang, text):
    # the relative or participle clause names the start, the main clause the goal (these
    # held before, through the departure-then-arrival merge; kept as guards)
    assert ("aleppo", "damascus") in moves(text, lang)


@pytest.mark.parametrize(("lang", "text"), cases("relative_clauses", "TWO_CLAUSES_WITHOUT_A_RELATIVE_STAY_TWO_MOVEMENTS"))
def test_two_clauses_without_a_relative_stay_two_movements(lang, text):
    # two movers, no relative clause: two movements, not one journey
    assert ("aleppo", "damascus") not in moves(text, lang)

"""A verb that both reports and takes somewhere (Italian "riportare": report, and bring
back) reads as taking when a marker of motion follows it ("riportati in Libia") — a
movement, in its own clause, with no speaker — and as saying otherwise ("lo riporta
l'agenzia"). Which verbs are both is data: a word of ``[attribution] say`` that is also a
one-word predicate of motion. Sentences of our own."""

from __future__ import annotations

import pytest

from geo.extract.pipeline import extract


def _moves(text: str, lang: str) -> list[tuple[str | None, str | None, str]]:
    fc = extract(text, "2024-03-01", lang=lang)
    return [(f["properties"]["from"], f["properties"]["to"], f["properties"]["claimant"])
            for f in fc["features"] if f["properties"]["kind"] == "movement"]


@pytest.mark.parametrize(("text", "to"), [
    pytest.param("I migranti sono stati riportati in Libia dalla guardia costiera.", "country:LBY", id="passive-with-agent"),
    pytest.param("Un aereo militare ha riportato in Tunisia trenta cittadini tunisini.", "country:TUN", id="active"),
    pytest.param("I profughi sono stati ricondotti in Libia.", "country:LBY", id="ricondurre"),
])
def test_taken_back_is_a_movement_not_a_report(text: str, to: str) -> None:
    assert [(m[1], m[2]) for m in _moves(text, "it")] == [(to, "the article")]


def test_reported_stays_a_report() -> None:
    got = _moves("I soldati si sono ritirati da Kherson verso Mykolaiv, riporta l'agenzia.", "it")
    assert got and all(c == "l'agenzia" for _, _, c in got), got

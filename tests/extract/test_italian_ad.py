"""Italian writes "a" as "ad" before a vowel ("fuggite ad Aleppo", "ad Ancona"): every list of
the Italian lexicon that has "a" has "ad" too (and "ed" beside "e"), so the euphonic form
reads as the plain one. Sentences of our own."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from geo.extract.pipeline import extract


def _lists(x: object, path: str = ""):
    if isinstance(x, dict):
        for k, v in x.items():
            yield from _lists(v, f"{path}.{k}" if path else k)
    elif isinstance(x, list) and all(isinstance(i, str) for i in x):
        yield path, x


@pytest.mark.parametrize(("plain", "euphonic"), [("a", "ad"), ("e", "ed")])
def test_every_list_with_the_plain_form_has_the_euphonic_one(plain: str, euphonic: str) -> None:
    data = tomllib.loads((resources.files("geo.lexicon") / "it.toml").read_text(encoding="utf-8"))
    # (inflection endings and stopwords are no words of their own)
    missing = [p for p, words in _lists(data) if plain in words and euphonic not in words
               and p not in ("names.demonym_inflections", "stopwords.words", "dates.month_before")]
    assert missing == []


@pytest.mark.parametrize(("text", "to"), [
    pytest.param("Le famiglie sono fuggite ad Aleppo.", "aleppo", id="fled-to"),
    pytest.param("Le famiglie sono fuggite a Aleppo.", "aleppo", id="plain-form-the-same"),
])
def test_ad_is_a_goal_after_a_flight(text: str, to: str) -> None:
    fc = extract(text, "2024-03-01", lang="it")
    assert [f["properties"]["to"] for f in fc["features"] if f["properties"]["kind"] == "movement"] == [to]

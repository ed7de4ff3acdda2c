"""The speaker's phrase before a verb of saying, as written in every language: an adverb or an
auxiliary between them is not the speaker's ("the mayor has also said", "il sindaco ha anche
detto", "der Bürgermeister hat auch gesagt": the mayor); a long parenthesis with commas inside
between them does not hide the speaker ("officials of the agency (the Office for Roads, Rail
and Ports) said"). Sentences of our own, tests/lang/<lang>/speaker_phrase.py."""

from __future__ import annotations

import pytest

from geo.extract.pipeline import extract
from tests.lang import cases


def claimants(text: str, lang: str) -> list[str]:
    fc = extract(f"Title\n\n{text}", "2024-03-01", lang=lang)
    return [f["properties"]["claimant"] for f in fc["features"] if f["properties"]["kind"] == "movement"]


@pytest.mark.parametrize(("lang", "text", "speaker"), cases("speaker_phrase", "ADVERB_BETWEEN_SPEAKER_AND_VERB"))
def test_adverb_between_speaker_and_verb(lang, text, speaker):
    assert claimants(text, lang) == [speaker]


@pytest.mark.parametrize(("lang", "text", "speaker"), cases("speaker_phrase", "PARENTHESIS_BEFORE_THE_VERB"))
def test_parenthesis_before_the_verb(lang, text, speaker):
    assert claimants(text, lang) == [speaker]


def test_a_coordinated_participle_names_no_speaker():
    """"…, and losses estimated at …": the verb of saying goes on the clause before; its
    coordinator and noun are no speaker (the movement stays in the article's voice)."""
    got = claimants("Hundreds of families fled from Aleppo to Damascus, and losses estimated at two million.", "en")
    assert got == ["the article"]


@pytest.mark.parametrize(("lang", "text", "speaker"), cases("speaker_phrase", "A_SOURCE_NAMED_BY_ITS_REPORT"))
def test_a_source_named_by_its_report(lang, text, speaker):
    """"A report by the agency said", "selon des informations de l'agence": the source is the agency
    (``[attribution] data_nouns``); "a local media report said": the noun of saying before the verb
    is its subject's, not the verb."""
    assert claimants(text, lang) == [speaker]


def test_a_verb_of_saying_before_another_is_still_the_verb():
    """"The agency said reported cases ...": "said" is not a noun before "reported" (only a base
    form may be one: "a media report said")."""
    got = claimants("The agency said reported families had fled from Aleppo to Damascus.", "en")
    assert got == ["The agency"]


@pytest.mark.parametrize(("lang", "text", "speaker"), cases("speaker_phrase", "AN_ACRONYM_IS_A_NAME"))
def test_an_acronym_is_a_name(lang, text, speaker):
    """"the WHO said": an acronym in capitals is a name, not the relative "who" its letters spell
    (where a language's acronyms spell none of its function words, the table is left out)."""
    assert claimants(text, lang) == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param("Hundreds of families fled from Aleppo to Damascus, the official Northern Information Agency reported.",
                 "the official Northern Information Agency", id="data-noun-inside-a-name"),
    pytest.param("Estimates by the agency suggest that hundreds of families fled from Aleppo to Damascus.", "the agency",
                 id="data-noun-opening-the-sentence"),
])
def test_a_data_noun_inside_a_name_is_the_names(text, speaker):
    """A word of ``[attribution] data_nouns`` after another capitalised word is part of a name
    ("the Russian Information Agency"), not the data an agency published."""
    assert claimants(text, "en") == [speaker]


def test_a_dateline_place_is_no_speaker():
    """"Hanoi (Agency) – ..., said X": the place opening the article before a parenthesis is its
    dateline, not the name of whoever speaks."""
    got = claimants("Aleppo (Agency) – Hundreds of families fled from Aleppo to Damascus, said the secretary general of "
                    "the party of the workers of the country.", "en")
    assert got != ["Aleppo"]


@pytest.mark.parametrize(("lang", "text", "speaker"), [
    pytest.param("en", "Ann Doe (34), who lived near the port, said that her family had fled from Aleppo to Damascus.", "Ann Doe", id="en"),
    pytest.param("de", "Anna Roe (34), die am Hafen wohnte, sagte, dass ihre Familie von Aleppo nach Damaskus geflohen sei.", "Anna Roe", id="de"),
])
def test_an_age_in_brackets_after_a_name_is_no_dateline(lang, text, speaker):
    assert claimants(text, lang) == [speaker]

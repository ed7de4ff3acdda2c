"""A word whose accent alone tells it from the word it folds to is read as the word it is
(``[grammar] accented_words``: Portuguese "à" is the preposition "a" merged with the article,
not the article "a"); the speaker after a verb of saying is read past whom it was told to.
Sentences written for this test."""

import pytest

from geo.extraction import Extractor
from geo.lexicon import table
from geo.text import SUPPORTED_LANGS
from geo.text.document import accented_keys, build_document

#: (language, text, origin id, destination id)
MOVES = [
    ("pt", "Os refugiados seguiram de Kharkiv à Polónia.", "geonames:706483", "country:POL"),
    ("pt", "As famílias fugiram de Alepo e chegaram à capital, Damasco.", "aleppo", "damascus"),
    ("pt", "À noite, os soldados recuaram de Homs à Síria central.", "homs", None),
]

#: (language, text, speaker)
SPEAKERS = [
    ("pt", "As famílias fugiram de Alepo para a Turquia, disse à Lusa Ahmed Karimi, um dos refugiados.", "Ahmed Karimi"),
    ("pt", "As famílias fugiram de Alepo para a Turquia, disse à televisão estatal o governador.", "o governador"),
    ("es", "Las familias huyeron de Alepo a Turquía, dijo a la televisión estatal el gobernador.", "el gobernador"),
    ("fr", "Les familles ont fui Alep pour la Turquie, a déclaré à Reuters Ahmed Karimi, un habitant.", "Ahmed Karimi"),
]


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


@pytest.mark.parametrize("lang", SUPPORTED_LANGS)
def test_every_accented_word_is_read_as_a_folded_word_of_another_spelling(lang):
    for surface, key in accented_keys(lang).items():
        assert surface == surface.lower() and key.isascii() and surface != key, (surface, key)
    assert len(accented_keys(lang)) == len(table(lang, "grammar")["accented_words"])


def test_the_portuguese_contraction_is_no_article():
    words = build_document("A família voltou à Síria.", "pt").words
    assert [w.key for w in words] == ["a", "familia", "voltou", "ao", "siria"]


@pytest.mark.parametrize(("lang", "text", "origin", "dest"), MOVES, ids=[f"{c[0]}-{i}" for i, c in enumerate(MOVES)])
def test_a_goal_after_the_contraction(extractor, lang, text, origin, dest):
    ex = extractor("News\n\n" + text, "2024-03-01", lang=lang)
    got = {(c.origin, c.destination) for c in ex.claims if c.kind == "movement"}
    assert any(o == origin and (dest is None or d == dest) for o, d in got), got


@pytest.mark.parametrize(("lang", "text", "speaker"), SPEAKERS, ids=[f"{c[0]}-{i}" for i, c in enumerate(SPEAKERS)])
def test_the_speaker_after_whom_it_was_told_to(extractor, lang, text, speaker):
    ex = extractor("News\n\n" + text, "2024-03-01", lang=lang)
    assert {c.claimant for c in ex.claims if c.kind == "movement"} == {speaker}

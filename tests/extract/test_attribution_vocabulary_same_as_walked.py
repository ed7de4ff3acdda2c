"""The speaker, "according to" and impersonal readers skip a sentence whose words (as
written and as lemmas, :meth:`geo.text.document.Document.vocabulary`) hold none of the
words they look for, without walking it (geo/extract/attribution.py ``_none_of``); the
answers are the walks' answers. Sentences written for this test."""

from __future__ import annotations

import pytest

from geo.extract import attribution
from geo.lexicon import load
from geo.text.document import build_document

TEXTS = [
    pytest.param("en", "The mayor said the convoy left at dawn. According to the police, the road was closed. "
                       "It is estimated that 300 families fled. The trucks waited. They denied it, an official said.",
                 id="en"),
    pytest.param("fr", "Selon la préfecture, les familles ont quitté la ville. On estime que 200 personnes sont parties. "
                       "Le maire a démenti. Les camions attendaient.", id="fr"),
    pytest.param("de", "Die Familien flohen nach Norden, sagte ein Sprecher. Laut der Polizei war die Straße gesperrt. "
                       "Es wird geschätzt, dass 500 Menschen flohen. Die Lastwagen warteten.", id="de"),
    pytest.param("es", "Según el ayuntamiento, las familias salieron de la ciudad. Se calcula que 100 personas huyeron. "
                       "El alcalde lo negó. Los camiones esperaban.", id="es"),
    pytest.param("it", "Secondo la polizia, le famiglie sono partite all'alba. Si stima che 400 persone siano fuggite. "
                       "Il sindaco ha detto che il ponte era chiuso. I camion aspettavano.", id="it"),
    pytest.param("pt", "Segundo a polícia, as famílias deixaram a cidade. Estima-se que 300 pessoas fugiram. "
                       "O prefeito disse que a ponte estava fechada. Os caminhões esperavam.", id="pt"),
]


def _readings(doc, lex):
    out = []
    for s in doc.sentences:
        words = doc.words_of(s.index)
        quoted = attribution._quoted(doc, words, lex)
        impersonal = attribution._impersonal_words(doc, words, quoted, lex)
        out.append((impersonal, attribution._according(doc, words, lex, impersonal),
                    attribution._speaker(doc, words, lex, lex.say, quoted, impersonal), attribution._speaker(doc, words, lex, lex.deny)))
    return out


@pytest.mark.parametrize(("lang", "text"), TEXTS)
def test_readings_are_the_walks(lang, text, monkeypatch):
    doc, lex = build_document(text, lang), load(lang)
    fast = _readings(doc, lex)
    whole = attribution.attribute(doc, lex, "the article")
    monkeypatch.setattr(attribution, "_none_of", lambda doc, words, vocab: False)  # every sentence walked
    assert _readings(doc, lex) == fast
    assert attribution.attribute(doc, lex, "the article") == whole
    assert any(r[1] or r[2] for r in fast) and any(r[0] for r in fast)  # something is found, not only skipped


@pytest.mark.parametrize(("lang", "text"), TEXTS)
def test_vocabulary_is_the_sentences_forms_and_lemmas(lang, text):
    doc = build_document(text, lang)
    for s in doc.sentences:
        ws = doc.words_of(s.index)
        v = doc.vocabulary(s.index)
        assert v == {w.key for w in ws} | {w.lemma for w in ws}
        assert doc.vocabulary(s.index) is v  # built once


def test_a_stretch_over_two_sentences_is_walked():
    doc = build_document("The convoy left. The mayor said so.", "en")
    words = doc.words_of(0) + doc.words_of(1)
    assert not attribution._none_of(doc, words, frozenset({"said"}))
    assert not attribution._none_of(doc, (), frozenset({"said"}))
    assert attribution._none_of(doc, doc.words_of(0), frozenset({"said"}))

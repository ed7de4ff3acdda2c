"""Which words stand inside a quotation: a sentence with no quotation mark is answered
without walking its characters, the same as the walk answers it (geo/extract/attribution.py
``_quote_marks``)."""

from __future__ import annotations

import pytest

from geo.extract import attribution
from geo.lexicon import load
from geo.text.document import build_document


class _Everything(frozenset):
    """A set of marks no text is disjoint from: every sentence is walked."""

    def isdisjoint(self, other: object) -> bool:  # noqa: D102
        return False


TEXTS = [
    pytest.param("en", 'The mayor said the convoy left at dawn. "We had no water," one driver told us. '
                       "The road north was closed. Nobody knew why.", id="en-straight-quotes"),
    pytest.param("en", "“They crossed the river at night. Then they walked to the camp,” a nurse said. "
                       "Aid trucks waited at the gate.", id="en-quotation-over-two-sentences"),
    pytest.param("fr", "« Nous avons quitté la ville hier. Nous irons plus loin demain », a-t-il dit. "
                       "Le préfet n'a rien ajouté.", id="fr-guillemets"),
    pytest.param("de", "„Wir sind am Montag losgefahren“, sagte der Fahrer. Die Grenze war zu. "
                       "Niemand wusste, warum.", id="de-low-high-marks"),
    pytest.param("es", "El alcalde habló con la prensa. Dijo que el puente estaba cerrado. Nadie protestó.",
                 id="es-no-mark-at-all"),
    pytest.param("it", "Le famiglie sono partite all'alba. Poi sono arrivate al campo\u201d, ha detto un medico. "
                       "Il sindaco tace.", id="it-a-closing-mark-with-none-open"),
]


@pytest.mark.parametrize(("lang", "text"), TEXTS)
def test_quoted_words_and_sentences_are_the_walks(lang, text, monkeypatch):
    doc, lex = build_document(text, lang), load(lang)
    fast_words = [attribution._quoted(doc, doc.words_of(s.index), lex) for s in doc.sentences]
    fast_inside = attribution._inside_quotes(doc, lex)
    monkeypatch.setattr(attribution, "_quote_marks", lambda quotes: _Everything())
    walked_words = [attribution._quoted(doc, doc.words_of(s.index), lex) for s in doc.sentences]
    assert fast_words == walked_words
    assert attribution._inside_quotes(doc, lex) == fast_inside
    assert len(doc.sentences) >= 3

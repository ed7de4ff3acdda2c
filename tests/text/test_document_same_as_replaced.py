"""Speed changes in ``geo.text`` (issue 14) give what the code they replaced gave: the
Document's words are the ``Word`` records its constructor makes, and ``joinable`` of a
one-character gap is what its pattern says. The sentences are written for this test."""

import dataclasses
import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.text import Token, joinable
from geo.text.document import Word, build_document


@pytest.mark.parametrize("text,lang", [
    pytest.param("The ferry left Dover at dawn. It reached Calais.", "en", id="en"),
    pytest.param("Le bac a quitté l'île d'Yeu vers Saint-Nazaire.\n\nIl est arrivé.", "fr", id="fr-elision-paragraphs"),
    pytest.param("Die Fähre verließ Straßburg; 3 Schiffe folgten.", "de", id="de-digits"),
    pytest.param("", "en", id="empty"),
])
def test_document_words_are_the_records_word_makes(text, lang):
    doc = build_document(text, lang)
    names = [f.name for f in dataclasses.fields(Word)]
    for w in doc.words:
        made = Word(*(getattr(w, n) for n in names))
        assert type(w) is Word and w == made and hash(w) == hash(made) and repr(w) == repr(made)
        assert list(vars(w)) == names == list(vars(made))  # no field missed, none extra, same order
        with pytest.raises(dataclasses.FrozenInstanceError):
            w.key = "x"  # type: ignore[misc]


_JOINER = re.compile(r"^[\s'\u2019\-\u00a0]{1,3}$")  # the joiner, typographic apostrophe included (issue 21)


def test_joinable_of_every_one_character_gap():
    for code in range(sys.maxunicode + 1):
        c = chr(code)
        assert joinable("x" + c + "y", Token("x", 0, 1), Token("y", 2, 3)) == bool(_JOINER.match(c)), hex(code)


def test_is_cap_of_every_first_character():
    import unicodedata

    from geo.extract.mentions import _is_cap

    for code in range(sys.maxunicode + 1):
        c = chr(code)
        old = c.isupper() or not c.isalpha() or unicodedata.category(c) == "Lo"
        assert _is_cap(Token(c + "x", 0, 2)) == old, hex(code)  # type: ignore[arg-type]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="aoubBlLuUéÉ'ß1_ \u0301", max_size=12))
def test_token_key_is_unchanged(token):
    from geo.text import _DOUBLE_RE, fold, token_key

    assert token_key(token) == _DOUBLE_RE.sub(r"\1", fold(token).replace("ou", "u"))


@pytest.mark.parametrize("text,lang", [
    pytest.param("Les troupes ont quitté Brindle. Elles ont fui vers Orlan. Fin.", "fr", id="fr-three"),
    pytest.param("One sentence only", "en", id="one"),
    pytest.param("...  !", "en", id="no-words"),
])
def test_the_words_of_a_sentence_are_its_span_of_the_words(text, lang):
    d = build_document(text, lang)
    for _ in range(2):  # sliced once, then kept
        for i, r in enumerate(d.spans):
            assert d.words_of(i) == d.words[r.start : r.stop]
        assert d.words_of(-1) == d.words[d.spans[-1].start : d.spans[-1].stop] if d.spans else True
    with pytest.raises(IndexError):
        d.words_of(len(d.spans))

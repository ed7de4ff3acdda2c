"""Names with an elided article or preposition inside ("Côte d'Ivoire", "Costa d'Avorio"),
written with a straight or a typographic apostrophe, are one name (issue 21: a name with an
apostrophe was split in two). Sentences written for this test."""

import pytest

from geo.extraction import Extractor
from geo.text import joinable
from geo.text.document import build_document

CASES = [
    ("en", "Thousands of people returned to Côte d'Ivoire.", "Côte d'Ivoire", "country:CIV"),
    ("en", "Thousands of people returned to Côte d’Ivoire.", "Côte d’Ivoire", "country:CIV"),
    ("fr", "Des milliers de personnes sont rentrées en Côte d’Ivoire.", "Côte d’Ivoire", "country:CIV"),
    ("fr", "Des milliers de personnes sont rentrées en Côte d'Ivoire.", "Côte d'Ivoire", "country:CIV"),
    ("it", "Migliaia di persone sono tornate in Costa d’Avorio.", "Costa d’Avorio", "country:CIV"),
    ("it", "I feriti sono stati portati a L’Aquila, in Italia.", "L’Aquila", "geonames:3175121"),
    ("de", "Tausende kehrten in die Côte d’Ivoire zurück.", "Côte d’Ivoire", "country:CIV"),
    ("es", "Miles de personas regresaron a Côte d’Ivoire.", "Côte d’Ivoire", "country:CIV"),
    ("pt", "Milhares de pessoas regressaram à Côte d’Ivoire.", "Côte d’Ivoire", "country:CIV"),
]


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


@pytest.mark.parametrize(("lang", "text", "name", "pid"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_a_name_with_an_elision_is_one_name(extractor, lang, text, name, pid):
    got = {m.text: m.place_id for m in extractor(text, "2024-03-01", lang=lang).mentions}
    assert got.get(name) == pid, got


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"], ids=["straight", "typographic"])
def test_an_apostrophe_joins_two_words(apostrophe):
    text = f"Val d{apostrophe}Isère"
    words = build_document(text, "fr").words_of(0)
    assert [w.text for w in words] == ["Val", "d", "Isère"]
    assert joinable(text, words[1], words[2])

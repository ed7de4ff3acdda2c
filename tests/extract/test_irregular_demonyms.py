"""Demonyms no ending rule reads ("venezolanos", "Afghanen", "hondurenhos", "turchi") imply
their country (``[names] demonym_stems`` with ``demonym_inflections``): the story's countries
weigh every namesake, and a mover named by one starts there. Words written for this test."""

import pytest

from geo.extract.mentions import implied_countries
from geo.gazetteer.index import load_index
from geo.text.document import build_document

#: (language, demonym, ISO-2)
CASES = [
    ("en", "Hondurans", "HN"), ("en", "Afghans", "AF"), ("en", "Moroccans", "MA"), ("en", "Lebanese", "LB"),
    ("es", "venezolanos", "VE"), ("es", "hondureñas", "HN"), ("es", "afganos", "AF"), ("es", "marroquíes", "MA"),
    ("es", "rusas", "RU"), ("es", "ecuatorianos", "EC"),
    ("pt", "hondurenhos", "HN"), ("pt", "afegãos", "AF"), ("pt", "russos", "RU"), ("pt", "brasileiras", "BR"),
    ("it", "honduregni", "HN"), ("it", "afghane", "AF"), ("it", "turchi", "TR"), ("it", "iracheni", "IQ"),
    ("fr", "Honduriens", "HN"), ("fr", "Afghanes", "AF"), ("fr", "Russes", "RU"), ("fr", "Cubaines", "CU"),
    ("fr", "Burkinabè", "BF"), ("fr", "Ivoiriens", "CI"), ("fr", "Malgaches", "MG"),
    ("de", "Venezolaner", "VE"), ("de", "Afghanen", "AF"), ("de", "Türkinnen", "TR"), ("de", "Kongolesen", "CD"),
    ("de", "ukrainischen", "UA"), ("de", "Iraker", "IQ"),
    # "-isch" on a name ending in "i" (demonym_endings "isch>i"): "malische", "haitischen", "burundischer"
    ("de", "malische", "ML"), ("de", "haitischen", "HT"), ("de", "burundischer", "BI"),
]


@pytest.fixture(scope="module")
def index():
    return load_index()


@pytest.mark.parametrize(("lang", "word", "iso"), CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_an_irregular_demonym_implies_its_country(index, lang, word, iso):
    text = {"de": f"Viele {word} kamen an.", "en": f"Many {word} arrived."}.get(lang, f"Muitos {word} chegaram.")
    assert iso in implied_countries(build_document(text, lang), index)


@pytest.mark.parametrize("lang", ["de", "en", "es", "fr", "it", "pt"])
def test_no_country_name_is_its_own_demonym(lang):
    from geo.extract.mentions import _irregular_demonyms
    from geo.text import name_key

    forms = _irregular_demonyms(lang)
    assert forms and not [f for f, country in forms.items() if f == name_key(country)]

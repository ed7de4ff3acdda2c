"""A month or a weekday of the article's language is no toponym, whatever namesake the index
knows ("am Montag" is not the town Montague), even after a verb of motion that would let a
frequent word be a place. Sentences written for this test."""

import pytest

from geo.extraction import Extractor

#: (language, sentence, the calendar word that must not be a place, the place that must be found)
CASES = [
    ("de", "Vor den Kämpfen fliehende Familien erreichten am Montag Damaskus.", "Montag", "Damaskus"),
    ("de", "Die Familien kamen im Juli nach Berlin.", "Juli", "Berlin"),
    ("en", "Hundreds of families reached Damascus in March.", "March", "Damascus"),
    ("fr", "Des centaines de familles sont arrivées à Damas en mars, puis Lundi à Homs.", "Lundi", "Damas"),
    ("it", "Centinaia di famiglie sono arrivate a Damasco a Marzo.", "Marzo", "Damasco"),
    ("es", "Cientos de familias llegaron a Damasco en Marzo.", "Marzo", "Damasco"),
    ("pt", "Centenas de famílias chegaram a Damasco em Março.", "Março", "Damasco"),
]


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


@pytest.mark.parametrize(("lang", "text", "calendar", "place"), CASES, ids=[f"{c[0]}-{c[2]}" for c in CASES])
def test_a_month_or_weekday_is_no_place(extractor, lang, text, calendar, place):
    ex = extractor(text, "2024-03-01", lang=lang)
    found = {m.text for m in ex.mentions if m.not_place is None}
    assert place in found
    assert calendar not in found, [(m.text, m.place_id) for m in ex.mentions]

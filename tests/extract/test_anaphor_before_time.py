""""d'ici la fin de l'année" is "by the end of the year", not "from here": a source marker and
an anaphor followed by a time phrase (a time word, a month or weekday, a number) is no start.
Sentences written for this test."""

import pytest

from geo.extraction import Extractor

#: (language, text, the destination id the movement must keep)
CASES = [
    ("fr", "Les familles ont quitté Homs. Elles seront relogées à Damas d'ici la fin de l'année.", "damascus"),
    ("fr", "Les familles ont quitté Homs. Elles seront relogées à Damas d'ici lundi.", "damascus"),
    ("it", "Le famiglie hanno lasciato Homs. Saranno trasferite a Damasco da qui a fine mese.", "damascus"),
    ("es", "Las familias dejaron Homs. Serán trasladadas a Damasco de aquí a fin de año.", "damascus"),
]


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


@pytest.mark.parametrize(("lang", "text", "dest"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_an_anaphor_before_a_time_is_no_start(extractor, lang, text, dest):
    ex = extractor("News\n\n" + text, "2024-03-01", lang=lang)
    second = [c for c in ex.claims if c.kind == "movement" and c.sentence == 2]
    assert second and all(c.destination == dest for c in second), [(c.origin, c.destination, c.notes) for c in second]
    assert not any("read as" in n for c in second for n in c.notes), [c.notes for c in second]

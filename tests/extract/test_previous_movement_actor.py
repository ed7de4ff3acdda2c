"""An onward journey starts where the latest movement ended only when it moves the same
people (rule end_of_the_previous_movement): "Families reached X. The army sent helicopters
to Y" gives Y no start, while "Families reached X. The families went on to Y" starts at X.
Sentences written for this test."""

import pytest

from geo.extraction import Extractor

#: (language, two sentences of other movers, two sentences of the same movers; X = Aleppo, Y = Homs)
CASES = [
    ("en", "Thousands of families reached Aleppo on Monday. The army sent soldiers to Homs.",
     "Thousands of families reached Aleppo on Monday. On Tuesday the families went on to Homs."),
    ("fr", "Des milliers de familles sont arrivées lundi à Alep. L'armée a envoyé des soldats à Homs.",
     "Des milliers de familles sont arrivées lundi à Alep. Mardi, les familles sont parties pour Homs."),
    ("de", "Tausende Familien erreichten am Montag Aleppo. Die Armee schickte Soldaten nach Homs.",
     "Tausende Familien erreichten am Montag Aleppo. Am Dienstag zogen die Familien weiter nach Homs."),
    ("it", "Migliaia di famiglie sono arrivate lunedì ad Aleppo. L'esercito ha inviato soldati a Homs.",
     "Migliaia di famiglie sono arrivate lunedì ad Aleppo. Martedì le famiglie sono andate a Homs."),
    ("es", "Miles de familias llegaron el lunes a Alepo. El ejército envió soldados a Homs.",
     "Miles de familias llegaron el lunes a Alepo. El martes las familias fueron a Homs."),
    ("pt", "Milhares de famílias chegaram a Alepo na segunda-feira. O exército enviou soldados para Homs.",
     "Milhares de famílias chegaram a Alepo na segunda-feira. Na terça-feira as famílias foram para Homs."),
]


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


def _second(extractor, text, lang):
    moves = [c for c in extractor(text, "2024-03-01", lang=lang).claims if c.kind == "movement" and c.sentence == 1]
    assert len(moves) == 1, moves
    return moves[0]


@pytest.mark.parametrize(("lang", "others", "same"), CASES, ids=[c[0] for c in CASES])
def test_no_start_borrowed_from_other_movers(extractor, lang, others, same):
    assert _second(extractor, others, lang).origin is None


@pytest.mark.parametrize(("lang", "others", "same"), CASES, ids=[c[0] for c in CASES])
def test_the_same_movers_go_on_from_there(extractor, lang, others, same):
    assert _second(extractor, same, lang).origin == "aleppo"

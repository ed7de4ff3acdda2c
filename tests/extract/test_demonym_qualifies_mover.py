"""People a demonym qualifies ("Syrian refugees", "les réfugiés syriens", "i profughi siriani")
are the movers of their verb: "their country" is that demonym's country, and so is the home a verb
of sending home ends in (``frames._qualifies_the_mover``); "in/dans their country" after a verb that
is no departure is where they go. The demonym still gives no start to "French troops arrived in X",
nor a country to "their country" when it qualifies no mover. Sentences written for this test."""

import pytest

from geo.extraction import Extractor

#: (language, text, the movements as (origin, destination))
CASES = [
    ("en", "Syrian refugees returned to their country.", {(None, "syria")}),
    ("en", "Sudanese refugees who had been deported to their country arrived in Khartoum.",
     {(None, "country:SDN"), (None, "geonames:379252")}),
    ("de", "Die syrischen Flüchtlinge sind in ihr Land zurückgekehrt.", {(None, "syria")}),
    ("de", "Syrer sind in ihr Land zurückgekehrt.", {(None, "syria")}),
    ("es", "Los refugiados sirios regresaron a su país.", {(None, "syria")}),
    ("fr", "Les réfugiés syriens sont rentrés dans leur pays.", {(None, "syria")}),
    ("fr", "Des réfugiés syriens ont été rapatriés lundi.", {(None, "syria")}),
    ("it", "I profughi siriani sono tornati nel loro paese.", {(None, "syria")}),
    ("pt", "Os refugiados sírios voltaram para o seu país.", {(None, "syria")}),
    ("en", "French troops arrived in Damascus.", {(None, "damascus")}),
    ("en", "The Syrian border was closed as refugees returned to their country.", set()),
]


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


@pytest.mark.parametrize(("lang", "text", "moves"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_the_people_a_demonym_qualifies_go_to_their_country(extractor, lang, text, moves):
    ex = extractor("News\n\n" + text, "2024-03-01", lang=lang)
    assert {(c.origin, c.destination) for c in ex.claims if c.kind == "movement"} == moves, \
        [(c.origin, c.destination, c.cue, c.rules) for c in ex.claims]

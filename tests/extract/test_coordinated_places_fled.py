"""Two places joined by "and" after what a departure leaves are both where they leave ("fled the
war in X and Y", "ont fui les combats à X et à Y"): the second is coordinated with the first, not
the first's qualifier nor the end of a chain "from X to Y" (issue 20: a cue and two places, and a
wrong end drawn before). A chain repeated after "and" keeps its role. Sentences written for this test."""

import pytest

from geo.extraction import Extractor

#: (language, text, the movements as (origin, destination))
CASES = [
    ("en", "Thousands of people fled the war in Homs and Aleppo.", {("homs", None), ("aleppo", None)}),
    ("de", "Tausende Menschen flohen vor den Kämpfen in Homs und in Aleppo.", {("homs", None), ("aleppo", None)}),
    ("es", "Miles de personas huyeron de la violencia en Homs y en Alepo.", {("homs", None), ("aleppo", None)}),
    ("fr", "Des milliers de personnes ont fui les combats à Homs et à Alep.", {("homs", None), ("aleppo", None)}),
    ("it", "Migliaia di persone sono fuggite dai combattimenti a Homs e ad Aleppo.", {("homs", None), ("aleppo", None)}),
    ("pt", "Milhares de pessoas fugiram dos combates em Homs e em Aleppo.", {("homs", None), ("aleppo", None)}),
    ("pt", "Milhares de pessoas fugiram da violência em Homs e em Aleppo.", {("homs", None), ("aleppo", None)}),
    ("en", "The convoy drove from Homs to Damascus and to Aleppo.", {("homs", "damascus"), ("homs", "aleppo")}),
    ("fr", "Ils sont allés à Homs et à Damas.", {(None, "homs"), (None, "damascus")}),
]


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


@pytest.mark.parametrize(("lang", "text", "moves"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_places_joined_by_and_share_the_role(extractor, lang, text, moves):
    ex = extractor("News\n\n" + text, "2024-03-01", lang=lang)
    assert {(c.origin, c.destination) for c in ex.claims if c.kind == "movement"} == moves, \
        [(c.origin, c.destination, c.cue, c.rules) for c in ex.claims]

"""A place noun whose own place follows it ("aus der Gegend um X", "from the area around X",
"de la zone autour de X") is that place's, not an anaphor of the last place named.
Sentences written for this test."""

import pytest

from geo.extraction import Extractor

#: (language, text, the origin id the second sentence's movement must have)
CASES = [
    ("de", "Die Familien erreichten Damaskus. Die meisten kamen aus der Gegend rund um Homs nach Damaskus.", "homs~near"),
    ("en", "The families reached Damascus. Most came from the area around Homs to Damascus.", "homs~near"),
    ("fr", "Les familles ont atteint Damas. La plupart ont quitté la zone autour de Homs pour Damas.", "homs~near"),
    ("es", "Las familias llegaron a Damasco. La mayoría salió de la zona alrededor de Homs hacia Damasco.", "homs~near"),
]


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


@pytest.mark.parametrize(("lang", "text", "origin"), CASES, ids=[c[0] for c in CASES])
def test_a_place_noun_with_its_place_is_no_anaphor(extractor, lang, text, origin):
    ex = extractor("News\n\n" + text, "2024-03-01", lang=lang)
    second = [c for c in ex.claims if c.kind == "movement" and c.sentence == 2]
    assert origin in {c.origin for c in second}, [(c.origin, c.destination, c.notes) for c in second]

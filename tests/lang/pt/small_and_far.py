"""Names that only small towns of one other country have, in a story that names its own country
(tests/gazetteer/test_small_and_far.py)."""

import pytest

AGREED_COUNTRY_IS_NO_STORY = [
    pytest.param("Na Polônia o jovem pianista tocou obras de Haydn e Verdi diante do júri.", "Poland", id="two-composers-as-two-villages"),
]

SEAT_OF_A_SMALL_REGION_ABROAD = [
    pytest.param("Na Armênia o diretor da Kanal 9 foi interrogado pela polícia durante seis horas.", "Armenia", id="a-station-named-like-a-small-municipality"),
]

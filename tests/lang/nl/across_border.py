"""Een stad net over de grens van het land dat het artikel noemt (tests/gazetteer/test_across_border.py)."""

import pytest

PINNED_ACROSS_THE_BORDER = [
    pytest.param("Veel families uit Cherson wonen nu in Polen.", "geonames:706448", id="seat-by-another-name"),
]

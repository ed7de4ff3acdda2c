"""Dutch sentences of tests/extract/test_mentions.py, one table a test (see tests/lang/__init__.py)."""

import pytest

SPANS_AS_THE_FIELD_COUNTS_THEM = [
    pytest.param("Het leger trok gisteren de Provincie Idlib binnen.", "Provincie Idlib", id="provincie"),
]

#: a place, a marker of where the move starts (also a name's particle: da, de), another place:
#: two names, not one longer one (mentions._Tokens.marked_apart, _after_marked_name)
NAMES_ON_BOTH_SIDES_OF_A_SOURCE_MARKER = [
    pytest.param("De families kwamen in Utrecht aan vanuit Groningen.", ["geonames:2745912", "geonames:2755251"], id="in-utrecht-vanuit-groningen"),
]

"""English sentences of tests/extract/test_sentence_roles.py, one table a test (see tests/lang/__init__.py)."""

import pytest

BORDERS = [("geonames:170905", "border:country:JOR|syria"), ("geonames:170905", "border:country:LBN|syria")]

THE_BORDERS_OF_EACH_COUNTRY = [
    pytest.param("Shelling hit Deraa and Homs in Syria. Thousands of families fled Deraa towards the borders of Jordan and Lebanon.", BORDERS, id="towards-the-borders-of-x-and-y"),
]

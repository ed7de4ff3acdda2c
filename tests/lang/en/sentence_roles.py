"""English sentences of tests/extract/test_sentence_roles.py, one table a test (see tests/lang/__init__.py)."""

import pytest

BORDERS = [("geonames:170905", "border:country:JOR|syria"), ("geonames:170905", "border:country:LBN|syria")]

THE_BORDERS_OF_EACH_COUNTRY = [
    pytest.param("Shelling hit Deraa and Homs in Syria. Thousands of families fled Deraa towards the borders of Jordan and Lebanon.", BORDERS, id="towards-the-borders-of-x-and-y"),
]

BETWEEN_TWO_PHRASES = [
    pytest.param('The army escorted a convoy of forty trucks between the logistics base (LB) of Gao and the air base at Niamey.', ("geonames:2457163", "geonames:2440485"), id="escorted-between-the-base-of-x-and-the-base-at-y"),
]

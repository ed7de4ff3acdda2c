"""German sentences of tests/extract/test_sending.py (see tests/lang/__init__.py)."""

import pytest

THE_VERB_LAST_AFTER_AND = [
    pytest.param("Die Soldaten wurden nach Lwiw gefahren und dann nach Berlin geflogen.", ("lviv", "berlin"), id="gefahren-und-geflogen"),
    pytest.param("Die Kinder, die nach Dresden gebracht und später nach Leipzig verlegt wurden, sind wohlauf.", ("dresden", "leipzig"), id="relative"),
]

A_BUILDING_OF_A_TOWN = [
    pytest.param("Die Verletzten wurden in Krankenhäuser in Leipzig gebracht.", (None, "leipzig"), id="in-krankenhaeuser-in"),
    pytest.param("Die Kinder sollen in Heime in Dresden und Leipzig verlegt werden.", (None, "leipzig"), id="list"),
]

#: a marker after a noun of motion, with a verb after it, is the verb's
A_NOUN_OF_MOTION_THEN_THE_VERB = [
    pytest.param("Nach ihrer Ankunft in Wien wurden die Flüchtlinge nach Linz gebracht.", ("vienna", "linz"), id="ankunft-gebracht"),
]

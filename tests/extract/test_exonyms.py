"""Each language's own names of the world's best-known cities (tests/lang/<lang>/exonyms.py,
written from general knowledge) are pinned on the city: every language holds its count of
``python bench/exonyms.py`` (2026-12-07) minus one."""

from __future__ import annotations

import pytest

from bench.exonyms import check
from tests.lang import LANGS

#: measured by ``python bench/exonyms.py -q`` (de 56/57 en 56/57 es 53/55 fr 53/57 it 55/57 pt 56/57)
MEASURED = {"de": 56, "en": 56, "es": 53, "fr": 53, "it": 55, "pt": 56}


@pytest.mark.parametrize("lang", [x for x in LANGS if x in MEASURED])
def test_a_languages_names_of_famous_cities_pin_the_cities(lang):
    found, misses = check(lang)
    assert found >= MEASURED[lang] - 1, misses

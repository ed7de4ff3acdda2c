"""A first-level region whose name opens with a compass word is found by that word in every
language (``[names] compass_names``): GeoNames calls the Congolese province "Nord Kivu", an
English article writes "North Kivu". Sentences written for this test."""

from __future__ import annotations

import pytest

from geo.extract.pipeline import extract
from geo.gazetteer.index import _compass_forms


@pytest.mark.parametrize(("lang", "text"), [
    pytest.param("en", "Thousands of families fled North Kivu last week.", id="en-north-kivu"),
    pytest.param("fr", "Des milliers de familles ont fui le Nord-Kivu la semaine dernière.", id="fr-nord-kivu"),
    pytest.param("pt", "Milhares de famílias fugiram do Norte Kivu na semana passada.", id="pt-norte-kivu"),
])
def test_a_region_is_found_by_its_compass_word_in_any_language(lang: str, text: str) -> None:
    fc = extract(text, "2024-03-01", lang=lang)
    assert "region:CD.11" in [f["properties"]["id"] for f in fc["features"]]


@pytest.mark.parametrize(("name", "forms"), [
    pytest.param("Nord Kivu", {"north Kivu", "norte Kivu", "nord Kivu"}, id="nord-kivu"),
    pytest.param("Sud-Est", {"south Est", "sur Est", "sul Est"}, id="sud-est"),
    pytest.param("Sud", set(), id="one-word"),
    pytest.param("Nordrhein-Westfalen", set(), id="no-compass-word"),
])
def test_the_compass_forms_of_a_name(name: str, forms: set[str]) -> None:
    assert forms <= set(_compass_forms(name)) and (forms or not _compass_forms(name))

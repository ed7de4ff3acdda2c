"""A compass part a country's adjective qualifies (issue 21): "l'est tchadien", "nell'est
ciadiano" (the adjective after the noun of the part, where the language puts it there) and "the
Chadian east" (before it) are that part of the country, as "the east of Chad" is — and "the
eastern Ukrainian provinces of X" is no part (its noun is "provinces"). Sentences written for
this test."""

from __future__ import annotations

import pytest

from geo.extract.pipeline import extract

P = "2024-03-01"


def _parts(text: str, lang: str) -> list[str]:
    fc = extract(text, P, lang=lang)
    return [f["properties"]["to"] for f in fc["features"] if f["properties"]["kind"] == "movement"]


@pytest.mark.parametrize(("lang", "text"), [
    pytest.param("fr", "Les réfugiés soudanais sont arrivés dans l'est tchadien.", id="fr-l-est-tchadien"),
    pytest.param("it", "I profughi sudanesi sono arrivati nell'est ciadiano.", id="it-nell-est-ciadiano"),
    pytest.param("en", "Sudanese refugees arrived in the Chadian east.", id="en-the-chadian-east"),
    # (where the adjective after a noun reads as an attribute, no place of its own: the part is one)
    pytest.param("es", "La guerra en Sudán y Chad sigue. Los refugiados llegaron al este chadiano.", id="es-al-este-chadiano"),
    pytest.param("pt", "A guerra no Sudão e no Chade continua. Os refugiados chegaram ao leste chadiano.", id="pt-ao-leste-chadiano"),
    pytest.param("de", "Der Krieg im Sudan und im Tschad geht weiter. Flüchtlinge kamen im tschadischen Osten an.", id="de-im-tschadischen-osten"),
])
def test_a_part_the_adjective_qualifies_is_that_part(lang: str, text: str) -> None:
    assert "country:TCD~east" in _parts(text, lang)


def test_a_compass_adjective_before_a_country_adjective_and_its_noun_is_no_part() -> None:
    fc = extract("Rebel units pulled back overnight from the eastern Ukrainian provinces of Donetsk and Luhansk.", P, lang="en")
    assert not [f for f in fc["features"] if f["properties"]["id"].startswith("country:UKR~")]


@pytest.mark.parametrize(("text", "part"), [
    pytest.param("Die Familien flohen in den Norden des Tschad.", "country:TCD~north", id="in-den-norden-des-tschad"),
    pytest.param("Die Familien flohen aus dem Süden des Libanon nach Beirut.", "country:LBN~south", id="aus-dem-sueden-des-libanon"),
    pytest.param("Die Truppen verließen den Westen der Ukraine.", "country:UKR~west", id="den-westen-der-ukraine"),
])
def test_a_german_genitive_with_its_article_names_the_part(text: str, part: str) -> None:
    """"In den Norden des Tschad": the genitive's article stands where other languages write
    "of" (``[meta] genitive_article``), so the compass word before it names that part."""
    fc = extract(text, P, lang="de")
    assert part in [f["properties"]["id"] for f in fc["features"]]

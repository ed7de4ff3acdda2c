"""The short names news give countries, in the six languages (issue 21: every place the article
means): "Congo" and "DR Congo" for the Democratic Republic of the Congo, "Bosnia",
"Holland", "Great Britain" in each language — none of which Natural Earth's name fields
hold. Sentences written for this test."""

import pytest

from geo.extraction import Extractor

CASES = [
    ("en", "Thousands fled to Congo last year.", "Congo", "country:COD"),
    ("en", "Thousands fled to DR Congo last year.", "DR Congo", "country:COD"),
    ("en", "Thousands fled to the Democratic Republic of Congo.", "Democratic Republic of Congo", "country:COD"),
    ("en", "Thousands fled to the Republic of Congo.", "Republic of Congo", "country:COG"),
    ("en", "Many returned to Bosnia after the war.", "Bosnia", "country:BIH"),
    ("fr", "Des milliers de personnes ont fui vers la RDC.", "RDC", "country:COD"),
    ("fr", "Ils sont partis en Grande-Bretagne.", "Grande-Bretagne", "country:GBR"),
    ("fr", "Ils sont rentrés en Bosnie.", "Bosnie", "country:BIH"),
    ("de", "Viele flohen in den Kongo.", "Kongo", "country:COD"),
    ("de", "Sie zogen nach Großbritannien.", "Großbritannien", "country:GBR"),
    ("de", "Sie kehrten nach Bosnien zurück.", "Bosnien", "country:BIH"),
    ("it", "Molti sono fuggiti in Congo.", "Congo", "country:COD"),
    ("it", "Sono partiti per la Gran Bretagna e l'Olanda.", "Olanda", "country:NLD"),
    ("es", "Muchos huyeron al Congo.", "Congo", "country:COD"),
    ("es", "Viajaron a Gran Bretaña.", "Gran Bretaña", "country:GBR"),
    ("pt", "Muitos fugiram para o Congo.", "Congo", "country:COD"),
    ("pt", "Voltaram para a Bósnia.", "Bósnia", "country:BIH"),
]


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


@pytest.mark.parametrize(("lang", "text", "name", "pid"), CASES, ids=[f"{c[0]}-{c[2]}" for c in CASES])
def test_a_country_by_its_short_name(extractor, lang, text, name, pid):
    ex = extractor(text, "2024-03-01", lang=lang)
    got = {m.text: m.place_id for m in ex.mentions}
    assert got.get(name) == pid, got


@pytest.mark.parametrize(("lang", "text"), [("en", "Barges sailed down the Congo River to Kinshasa."),
                                            ("fr", "Les barges descendent le fleuve Congo.")], ids=["en", "fr"])
def test_the_river_keeps_its_name(extractor, lang, text):
    ex = extractor(text, "2024-03-01", lang=lang)
    assert "congo-river" in {m.place_id for m in ex.mentions}

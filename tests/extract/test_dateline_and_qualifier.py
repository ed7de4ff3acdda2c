"""Two ways the press writes a place that the name scan's rules used to miss (issue 21,
item 1): a dateline in capitals ("CAIRO - ...", "SAN ANTONIO Officials ...", which the
acronym and longer-name rules took for an organisation or a person), and a town's region
abbreviated after it ("Salem, Ore.", "Durham, N.C.", "Reno, NV"), a mention of that region
which the frames never read. Sentences written for these tests."""

from __future__ import annotations

import pytest

from geo.extract.mentions import QUALIFIER
from geo.extract.pipeline import Extractor


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def _places(fc: dict) -> dict[str, list[str]]:
    return {f["properties"]["name"]: [m["text"] for m in f["properties"]["mentions"]]
            for f in fc["features"] if f["properties"]["kind"] == "place"}


@pytest.mark.parametrize(
    ("lang", "text", "name", "written"),
    [
        pytest.param("en", "CAIRO - Two schools reopened on Sunday after the floods.", "Cairo", "CAIRO", id="en-dash"),
        pytest.param("en", "SAN ANTONIO Two schools reopened on Sunday after the floods.", "San Antonio", "SAN ANTONIO", id="en-no-stop"),
        pytest.param("en", "Schools reopen\n\nLONDON Two schools reopened on Sunday.", "London", "LONDON", id="en-after-a-title"),
        pytest.param("fr", "TOULOUSE - Deux écoles ont rouvert dimanche après les crues.", "Toulouse", "TOULOUSE", id="fr-dash"),
        pytest.param("de", "KAIRO - Zwei Schulen öffneten am Sonntag nach der Flut wieder.", "Cairo", "KAIRO", id="de-dash"),
    ],
)
def test_a_dateline_in_capitals_names_its_place(ex: Extractor, lang: str, text: str, name: str, written: str) -> None:
    assert _places(ex(text, "2024-03-01", lang=lang).to_geojson()).get(name) == [written]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("NEW RULES Two schools reopened on Sunday after the floods.", id="a-heading-no-place"),
        pytest.param("Two schools reopened on Sunday. CAIRO - More will follow.", id="not-an-opening"),
        pytest.param("ANNOUNCEMENT", id="capitals-only"),
    ],
)
def test_what_is_no_dateline(ex: Extractor, text: str) -> None:
    assert "Cairo" not in _places(ex(text, "2024-03-01", lang="en").to_geojson())
    assert _places(ex(text, "2024-03-01", lang="en").to_geojson()) == {}


@pytest.mark.parametrize(
    ("text", "town", "region", "written"),
    [
        pytest.param("Firefighters in Salem, Ore., saved two barns.", "Salem", "Oregon", "Ore.", id="abbreviation"),
        pytest.param("DURHAM, N.C. - Firefighters saved two barns.", "Durham", "North Carolina", "N.C.", id="initials-with-stops"),
        pytest.param("Firefighters in Reno, NV saved two barns.", "Reno", "Nevada", "NV", id="postal-code"),
    ],
)
def test_an_abbreviated_region_after_a_town_is_a_mention_of_it(ex: Extractor, text: str, town: str, region: str, written: str) -> None:
    x = ex(text, "2024-03-01", lang="en")
    places = _places(x.to_geojson())
    assert town in places
    assert places.get(region) == [written]
    (m,) = [m for m in x.mentions if m.form == QUALIFIER]
    assert text[m.start : m.end] == written
    assert all(c.origin != m.place_id and c.destination != m.place_id and c.place != m.place_id for c in x.claims)


def test_a_region_written_out_is_a_name_not_a_qualifier(ex: Extractor) -> None:
    x = ex("Firefighters in Salem, Oregon saved two barns.", "2024-03-01", lang="en")
    assert [m.form for m in x.mentions if m.text == "Oregon"] == ["name"]


# a dateline names where the report is filed; the story names only another country
FILED_FROM = [
    pytest.param("en", "Storm nears\n\nMIAMI, Sept. 9 (AP) - Many families who fled the storm reached Tampa from Cuba on Monday, "
                       "officials said.", id="en"),
    pytest.param("es", "Se acerca la tormenta\n\nMIAMI, 9 sep (EFE) - Muchas familias que huyeron de la tormenta llegaron a Tampa "
                       "desde Cuba el lunes, informaron las autoridades.", id="es"),
    pytest.param("fr", "La tempête approche\n\nMIAMI, 9 sept (AFP) - De nombreuses familles qui ont fui la tempête sont arrivées à "
                       "Tampa depuis Cuba lundi, selon les autorités.", id="fr"),
    pytest.param("de", "Der Sturm naht\n\nMIAMI, 9. September (dpa) - Viele Familien, die vor dem Sturm geflohen sind, erreichten "
                       "am Montag von Kuba aus Tampa, teilten die Behörden mit.", id="de"),
    pytest.param("pt", "A tempestade se aproxima\n\nMIAMI, 9 set (Lusa) - Muitas famílias que fugiram da tempestade chegaram a "
                       "Tampa vindas de Cuba na segunda-feira, disseram as autoridades.", id="pt"),
]


@pytest.mark.parametrize(("lang", "text"), FILED_FROM)
def test_the_dateline_sets_the_scene(ex: Extractor, lang: str, text: str) -> None:
    """The dateline city is read first, by its biggest namesake, and never rejected as a
    namesake abroad; its country then places the story's other towns (Tampa, Florida)."""
    fc = ex(text, "2024-09-09", lang=lang).to_geojson()
    ids = {f["properties"]["name"]: f["id"] for f in fc["features"] if f["properties"]["kind"] == "place"}
    assert ids.get("Miami") == "geonames:4164138"
    assert ids.get("Tampa") == "geonames:4174757"

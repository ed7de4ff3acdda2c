"""The seed article, end to end: what issue 2 promises a user sees."""

from shapely.geometry import shape

from geo.extract.spatial import distance_km
from tests.conftest import by_id, of_kind


def test_seed_places(seed_fc):
    places = {f["properties"]["id"]: f for f in of_kind(seed_fc, "place")}
    for pid in ("abu-kamal", "wadi-al-sabha-crossing", "syria-iraq-border", "euphrates~east-bank", "syria"):
        assert pid in places, pid
    assert places["euphrates~east-bank"]["geometry"]["type"] == "Polygon"
    assert places["syria-iraq-border"]["geometry"]["type"] == "LineString"
    # the crossing is a distinct place, not Abu Kamal again
    a = shape(places["abu-kamal"]["geometry"])
    c = shape(places["wadi-al-sabha-crossing"]["geometry"])
    assert distance_km(a, c) > 3
    assert places["wadi-al-sabha-crossing"]["properties"]["inferred"] is True
    assert places["wadi-al-sabha-crossing"]["properties"]["located"]["consistent"] is True


def test_seed_movement_abu_kamal_to_crossing(seed_fc):
    moves = [f for f in of_kind(seed_fc, "movement")
             if (f["properties"]["from"], f["properties"]["to"]) == ("abu-kamal", "wadi-al-sabha-crossing")]
    assert moves
    p = moves[0]["properties"]
    assert "Défense russe" in p["claimant"]
    assert "quitter Abu Kamal" in p["quote"] and "Wadi Al Sabha" in p["quote"]
    text = seed_fc["geo"]["text"]
    assert text[p["quote_start"] : p["quote_end"]] == p["quote"]
    assert p["date_start"].startswith("2017-11") and p["date_end"].startswith("2017-11")
    assert p["date_start"] < p["date_end"]
    assert p["status"] == "claimed"
    coords = moves[0]["geometry"]["coordinates"]
    assert coords[0] == by_id(seed_fc)["abu-kamal"]["geometry"]["coordinates"]
    assert coords[-1] == by_id(seed_fc)["wadi-al-sabha-crossing"]["geometry"]["coordinates"]


def test_seed_capture_event(seed_fc):
    events = {(f["properties"]["event_type"], f["properties"]["place"]) for f in of_kind(seed_fc, "event")}
    assert ("capture", "abu-kamal") in events


def test_seed_nothing_at_geneva_or_washington(seed_fc):
    ids = set(by_id(seed_fc))
    assert "geneva" not in ids and "washington" not in ids
    reasons = {(m["place_id"], m["reason"]) for m in seed_fc["geo"]["mentioned"]}
    assert reasons == {
        ("geneva", "treaty"),  # la Convention de Genève
        ("washington", "government"),  # dirigée par Washington
        ("country:USA", "government"),  # dirigée par les Etats-Unis
        ("syria", "attribute"),  # l'armée syrienne, les frappes syriennes
        ("country:RUS", "attribute"),  # le ministère de la Défense russe (read since the irregular demonyms)
    }


def test_seed_duplicate_paragraph_gives_no_duplicates(seed_fc):
    ids = [f["properties"]["id"] for f in seed_fc["features"]]
    assert len(ids) == len(set(ids))
    quotes = [f["properties"]["quote"] for f in seed_fc["features"] if f["properties"]["kind"] != "place"]
    assert len(quotes) == len(set(quotes)) or len(of_kind(seed_fc, "movement")) >= 1


def test_every_feature_has_kind_id_and_simplestyle(seed_fc):
    for f in seed_fc["features"]:
        p = f["properties"]
        assert p["kind"] in ("place", "movement", "event")
        assert p["id"] == f["id"]
        assert p["title"] and p["description"]
        assert any(k in p for k in ("stroke", "marker-color"))
    for f in of_kind(seed_fc, "movement"):
        ends = [f["properties"]["from"], f["properties"]["to"]]
        # a LineString from origin to destination, or a Point at the one end the text names
        assert f["geometry"]["type"] == ("LineString" if all(ends) else "Point")
        assert any(ends) and all(e in by_id(seed_fc) for e in ends if e is not None)

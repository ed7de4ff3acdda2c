from shapely.geometry import Point

from geo.extract.mentions import find_mentions
from geo.extract.spatial import derive_area, distance_km, find_spatial
from geo.text import detect_language
from geo.text.document import build_document


def spatial_of(text, gaz):
    doc = build_document(text, detect_language(text))
    ms = find_mentions(doc, gaz)
    exprs = find_spatial(doc, ms, gaz)
    story = [gaz[m.place_id] for m in ms if m.not_place is None]
    return exprs, {e.area_id: derive_area(e, gaz, story) for e in exprs}


def test_east_bank_is_east_of_the_river_near_the_story(gaz):
    exprs, areas = spatial_of("Les convois fuyaient sur la rive orientale de l’Euphrate, près d’Abu Kamal.", gaz)
    bank = areas["euphrates~east-bank"]
    river = gaz["euphrates"].geometry
    assert bank.geometry.geom_type == "Polygon"
    # the band lies on the east side: its centroid is east of the river's nearest point
    c = bank.geometry.centroid
    nearest = river.interpolate(river.project(c))
    assert c.x > nearest.x
    # over the stretch the text is about, not the whole river
    assert distance_km(bank.geometry.centroid, gaz["abu-kamal"].geometry) < 60
    assert bank.geometry.bounds[2] - bank.geometry.bounds[0] < 2.0


def test_west_and_english_banks(gaz):
    _, areas = spatial_of("Fighters fled along the western bank of the Euphrates near Deir ez-Zor.", gaz)
    bank = areas["euphrates~west-bank"]
    river = gaz["euphrates"].geometry
    c = bank.geometry.centroid
    assert c.x < river.interpolate(river.project(c)).x


def test_near_is_a_buffer_around_the_place(gaz):
    exprs, areas = spatial_of("De nouvelles attaques dans les environs d’Abu Kamal.", gaz)
    area = areas["abu-kamal~near"]
    town = gaz["abu-kamal"].geometry
    assert area.geometry.contains(town)
    assert 8 < distance_km(town, area.geometry.exterior) < 15
    assert area.precision_km == 10


def test_on_the_border_names_its_subject(gaz):
    exprs, _ = spatial_of("le passage de Wadi Al Sabha, situé à la frontière syro-irakienne", gaz)
    on = [e for e in exprs if e.relation == "on_border"]
    assert [(e.subject, e.anchor) for e in on] == [("wadi-al-sabha-crossing", "syria-iraq-border")]


def test_distance_km_is_metric(gaz):
    # Abu Kamal to Al-Qaim: about 9 km
    assert 7 < distance_km(gaz["abu-kamal"].geometry, gaz["al-qaim"].geometry) < 11
    assert distance_km(Point(0, 0), Point(1, 0)) > 110

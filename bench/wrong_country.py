"""Wrong-country pins (issue 21 item 2): the point places of each article that lie in a
country the article never names or implies, and whether gold has a place there.

    python bench/wrong_country.py            # per case on ../shared/dev-corpus, then the dev-val count
    python bench/wrong_country.py --no-val   # the dev corpus only
    python bench/wrong_country.py --no-val --cases ../shared/geoparsing/gwn-dev/*/   # other public cases

A country is *named or implied* when the extraction drew it (a country feature), drew a
region, border or area in it, or a demonym named it (``geo.mentioned``); a point place
(a town, a crossing; not a continent's label point) in another country is listed. "gold has it" means a gold or neutral
place lies within its tolerance (the dev corpus's ``score.py`` measure); the ones gold
does not have are the wrong pins the issue asks to be none. dev-val is counted only: no
case, name or text of it is printed.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "dev-corpus"
VAL = ROOT.parent / "shared" / "dev-val"
_POINTS = ("Point", "MultiPoint")


def _scorer():
    spec = importlib.util.spec_from_file_location("_score", DEV / "score.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


class _Countries:
    """Which country (ISO-2) a point lies in, from the name index's Natural Earth outlines."""

    def __init__(self) -> None:
        from shapely import STRtree, wkb

        from geo.gazetteer.index import load_index

        rows = load_index()._db().execute("SELECT country, geom FROM place WHERE source = 'country' AND geom IS NOT NULL").fetchall()
        self.iso = [r[0] for r in rows]
        self.geoms = [wkb.loads(r[1]) for r in rows]
        self.tree = STRtree(self.geoms)

    def of(self, geom) -> set[str]:
        """The countries ``geom`` (a shapely geometry) lies in or touches."""
        return {self.iso[i] for i in self.tree.query(geom, predicate="intersects")}


def wrong_pins(fc: dict, countries: _Countries, gaz_iso2: dict[str, str]) -> list[tuple[dict, set[str]]]:
    """The point place features of ``fc`` in no country the article names or implies."""
    from shapely.geometry import shape

    places = [f for f in fc["features"] if f["properties"].get("kind") == "place" and f.get("geometry")]
    named: set[str] = set()
    for f in places:
        if f["geometry"]["type"] not in _POINTS:
            named |= countries.of(shape(f["geometry"]).representative_point())
    for m in fc.get("geo", {}).get("mentioned", []):
        if m.get("place_id") in gaz_iso2:
            named.add(gaz_iso2[m["place_id"]])
    out = []
    for f in places:
        if f["geometry"]["type"] in _POINTS and f["properties"].get("place_kind") != "continent":
            where = countries.of(shape(f["geometry"]))
            if where and not where & named:
                out.append((f, where))
    return out


def _has_gold(sc, f: dict, gold: dict) -> bool:
    return any(sc.dist(f["geometry"], g["lat"], g["lon"]) <= g["tol_km"] for g in gold["places"] + gold.get("neutral", []))


def _run(dirs: list[Path], extractor, sc, countries: _Countries, gaz_iso2: dict[str, str], show: bool) -> tuple[int, int]:
    total = unmatched = 0
    for d in dirs:
        meta = json.loads((d / "meta.json").read_text())
        gold = json.loads((d / "gold.json").read_text())
        fc = extractor((d / "text.txt").read_text(encoding="utf-8"), meta["published"], lang=meta["lang"]).to_geojson()
        for f, where in wrong_pins(fc, countries, gaz_iso2):
            ok = _has_gold(sc, f, gold)
            total += 1
            unmatched += not ok
            if show:
                print(f"{d.name}: {f['properties']['name']} ({', '.join(sorted(where))}) {'gold has it' if ok else 'NOT IN GOLD'}")
    return total, unmatched


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-val", action="store_true", help="skip the dev-val count")
    ap.add_argument("--cases", nargs="*", type=Path, default=None,
                    help="case folders to list instead of the dev corpus (e.g. ../shared/geoparsing/gwn-dev/*/)")
    a = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from geo.extraction import Extractor
    from geo.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    gaz_iso2 = {pid: iso for pid, p in gaz.places.items() if (iso := p.properties.get("iso2"))}
    extractor, sc, countries = Extractor(), _scorer(), _Countries()
    dev = sorted(d for d in (a.cases or DEV.iterdir()) if (d / "gold.json").exists())
    total, unmatched = _run(dev, extractor, sc, countries, gaz_iso2, show=True)
    print(f"{'these cases' if a.cases else 'dev-corpus'}: {total} pins in a country the article never names or implies, {unmatched} of them not in gold")
    if not a.no_val:
        val = sorted(d for d in VAL.iterdir() if (d / "gold.json").exists())
        total, unmatched = _run(val, extractor, sc, countries, gaz_iso2, show=False)
        print(f"dev-val: {total} such pins, {unmatched} of them not in gold")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

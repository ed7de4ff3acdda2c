"""Score place recognition and resolution in one process, fast, with an error listing.

    python bench/geoparse.py ../shared/geoparsing/gwn-dev/*/
    python bench/geoparse.py --every 2 ../shared/geoparsing/geovirus/*/
    python bench/geoparse.py --errors ../shared/geoparsing/gwn-dev/*/     # wrong pins, misses
    python bench/geoparse.py --speed ../shared/geoparsing/gwn-dev/*/      # articles/s, one process
    python bench/geoparse.py --calibrate ../shared/geoparsing/gwn-dev/*/  # confidence vs correctness

The figures are those of the shared scorer (``--scorer``, default
``../shared/dev-corpus/score.py``, read at run time): per document, a gold place is found
when some place feature lies within its tolerance; precision counts place features within
the tolerance of some gold (or neutral) place. It calls ``geo.extract`` directly instead of
``build_map.py`` per article, so a whole corpus takes seconds, not minutes; the shared
scorer stays the reference for reported figures. ``--calibrate`` tabulates the resolved
places' ``confidence`` against whether they lie near a gold place, and proposes the
threshold under which a place is drawn as uncertain (the one that separates wrong from
right pins best: most wrong ones under it, fewest right ones). ``--errors`` lists, per article, the
features that match no gold place (with the words they came from) and the gold places no
feature found: the texts stay where they are, nothing is copied. Not a test.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SCORER = ROOT.parent / "shared" / "dev-corpus" / "score.py"


def _scorer(path: str):
    spec = importlib.util.spec_from_file_location("shared_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _case(args):
    case, scorer_path, errors, calibrate = args
    sys.path.insert(0, str(ROOT))
    from geo.extract.pipeline import extract

    sc = _scorer(scorer_path)
    meta = json.loads(Path(case, "meta.json").read_text(encoding="utf-8"))
    gold = json.loads(Path(case, "gold.json").read_text(encoding="utf-8"))
    text = Path(case, "text.txt").read_text(encoding="utf-8")
    fc = extract(text, meta.get("published"), None, source="bench")
    feats = fc["features"]
    s = sc.score_case(feats, gold)
    detail = None
    if calibrate:
        refs = gold["places"] + gold.get("neutral", [])
        detail = [
            (f["properties"]["confidence"], any(sc.dist(f["geometry"], r["lat"], r["lon"]) <= r["tol_km"] for r in refs))
            for f in feats
            if (f.get("properties") or {}).get("kind") == "place" and f.get("geometry")
            and isinstance(f["properties"].get("confidence"), (int, float))
        ]
    elif errors:
        refs = gold["places"] + gold.get("neutral", [])
        wrong, missed = [], []
        for f in feats:
            p = f.get("properties") or {}
            if p.get("kind") != "place" or not f.get("geometry"):
                continue
            if not any(sc.dist(f["geometry"], r["lat"], r["lon"]) <= r["tol_km"] for r in refs):
                said = sorted({text[m["start"] : m["end"]] for m in p.get("mentions", []) if "start" in m})
                wrong.append(f"{f.get('id')} [{p.get('place_kind')}] {p.get('name', p.get('title'))!s} conf={p.get('confidence')} <- {said}")
        for g in gold["places"]:
            places = [f for f in feats if (f.get("properties") or {}).get("kind") == "place" and f.get("geometry")]
            if not any(sc.dist(f["geometry"], g["lat"], g["lon"]) <= g["tol_km"] for f in places):
                missed.append(f"{g.get('name')} ({g['lat']:.2f},{g['lon']:.2f})")
        detail = (wrong, missed)
    return os.path.basename(os.path.normpath(case)), s, detail


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("cases", nargs="+")
    ap.add_argument("--scorer", default=str(DEFAULT_SCORER))
    ap.add_argument("--every", type=int, default=1, help="take every Nth case (geovirus: 2)")
    ap.add_argument("--errors", action="store_true", help="list wrong pins and missed gold places per case")
    ap.add_argument("--calibrate", action="store_true", help="confidence of resolved places against correctness")
    ap.add_argument("--cases-only", action="store_true", help="print per-case figures")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--speed", action="store_true", help="time extraction of the texts in this process")
    a = ap.parse_args(argv)
    cases = sorted(a.cases)[:: a.every]
    if a.speed:
        return _speed(cases)
    tot = {"places": [0, 0], "precision": [0, 0]}
    with ProcessPoolExecutor(a.workers) as ex:
        results = list(ex.map(_case, [(c, a.scorer, a.errors, a.calibrate) for c in cases], chunksize=4))
    for name, s, detail in results:
        for k in tot:
            tot[k][0] += s[k][0]
            tot[k][1] += s[k][1]
        if a.cases_only or a.errors:
            print(f"{name}: places {s['places'][0]}/{s['places'][1]} precision {s['precision'][0]}/{s['precision'][1]}")
        if detail and a.errors:
            for w in detail[0]:
                print(f"   WRONG {w}")
            for m in detail[1]:
                print(f"   MISSED {m}")
    if a.calibrate:
        _calibration([x for _, _, d in results for x in d or []])
    r = tot["places"][0] / max(tot["places"][1], 1)
    p = tot["precision"][0] / max(tot["precision"][1], 1)
    print(f"TOTAL {len(cases)} cases place_recall={r:.3f} ({tot['places'][0]}/{tot['places'][1]}) "
          f"precision={p:.3f} ({tot['precision'][0]}/{tot['precision'][1]})")
    return 0


def _calibration(pairs: list[tuple[float, bool]]) -> None:
    """Print correctness by confidence band and the threshold for drawing a place as
    uncertain: the highest (in steps of 0.05) under which a pin is right at most half the
    time — under it, the name is as likely to mean another place as the one drawn."""
    bands = [(0.0, 0.2), (0.2, 0.3), (0.3, 0.4), (0.4, 0.5), (0.5, 0.6), (0.6, 0.8), (0.8, 0.95), (0.95, 1.01)]
    print(f"{len(pairs)} places resolved with a confidence")
    for lo, hi in bands:
        inside = [ok for c, ok in pairs if lo <= c < hi]
        if inside:
            print(f"  confidence {lo:.2f}-{min(hi, 1):.2f}: {sum(inside)}/{len(inside)} near a gold place ({sum(inside) / len(inside):.2f})")

    def under(t: float) -> list[bool]:
        return [ok for c, ok in pairs if c < t]

    fits = [t for t in [x / 100 for x in range(5, 100, 5)] if under(t) and sum(under(t)) <= len(under(t)) / 2]
    if not fits:
        print("  no threshold: every band is right more often than not")
        return
    t = max(fits)
    low, high = under(t), [ok for c, ok in pairs if c >= t]
    print(f"  threshold {t:.2f}: under it {sum(low)}/{len(low)} right ({sum(low) / len(low):.2f}), "
          f"at or over it {sum(high)}/{len(high)} ({sum(high) / max(len(high), 1):.2f})")


def _speed(cases) -> int:
    sys.path.insert(0, str(ROOT))
    from geo.extract.pipeline import extract
    from geo.gazetteer.index import load_index

    load_index()
    texts = [(Path(c, "text.txt").read_text(encoding="utf-8"), json.loads(Path(c, "meta.json").read_text())) for c in cases]
    extract(texts[0][0], texts[0][1].get("published"), None, source="bench")  # warm up
    t = time.perf_counter()
    for text, meta in texts:
        extract(text, meta.get("published"), None, source="bench")
    dt = time.perf_counter() - t
    chars = sum(len(t) for t, _ in texts)
    print(f"{len(texts)} articles ({chars} characters) in {dt:.2f} s: {len(texts) / dt:.1f} articles/s, one process")
    return 0


if __name__ == "__main__":
    sys.exit(main())

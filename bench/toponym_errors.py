"""The toponym misses and false positives of ``geo.extract`` on GeoWebNews case folders, by category.

    python bench/toponym_errors.py ../shared/geoparsing/gwn-dev/*/           # counts per category
    python bench/toponym_errors.py -v ../shared/geoparsing/gwn-dev/*/        # + each toponym, by category
    python bench/toponym_errors.py --only "not recognised" ../shared/geoparsing/gwn-dev/*/

The figures are those of the shared toponym scorer (``../shared/geoparsing/toponym_score.py``,
read at run time: its gold loading, its predictions and its distance), run in one process. Each
gold toponym gets one category:

- ``exact``: a predicted mention has its span;
- ``span cut short`` / ``span too long`` / ``span shifted``: a predicted mention overlaps it;
- ``left out: <reason>``: the tool read the name and set it aside as no place
  (``geo.mentioned``: an adjective of an actor, a government, an organisation, a treaty);
- ``unresolved: <reason>``: the tool read it as a name and left it unresolved (``geo.unresolved``);
- ``later mention not linked``: the same words are a predicted mention elsewhere in the article
  (or a word of one);
- ``demonym/adjective``: a demonym or language (gold type) or a word with an adjective's ending;
- ``not recognised``: anything else;

and, for gold with coordinates that was recognised, ``wrong resolution > 161 km``. Each predicted
span that equals no gold span is a false positive: ``on a non-toponym span``, ``overlaps gold``
(counted above as a span error) or ``no gold``. ``-v`` prints the article texts' words on the
console for error analysis only: nothing here may be copied into the project. Not a test.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SCORER = ROOT.parent / "shared" / "geoparsing" / "toponym_score.py"
_ADJECTIVE = re.compile(r"(?:an|ans|ian|ians|ish|ese|i|is|ic|ch|ean|eans)$")


def _scorer(path: Path) -> Any:
    spec = importlib.util.spec_from_file_location("shared_toponym_score", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _ov(a: dict, b: dict) -> int:
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def _missed(g: dict, fc: dict, preds: list[dict]) -> str:
    """The category of a gold toponym no predicted mention overlaps."""
    meta = fc.get("geo") or {}
    for m in meta.get("mentioned") or []:
        if _ov(m, g):
            return f"left out: {m.get('reason')}"
    for u in meta.get("unresolved") or []:
        if _ov(u, g):
            return f"unresolved: {u.get('reason')}"
    said = {p["text"] for p in preds} | {w for p in preds for w in (p["text"] or "").split()}
    if g["text"] in said:
        return "later mention not linked"
    if g["type"] in ("Demonym", "Language") or _ADJECTIVE.search(g["text"]) and " " not in g["text"]:
        return "demonym/adjective"
    return "not recognised"


def categorise(sc: Any, case: dict, fc: dict) -> tuple[list[tuple[str, dict]], list[tuple[str, dict]]]:
    """(category, gold) for every gold toponym and (category, prediction) for every false positive."""
    preds = sc.predictions(fc)
    spans = {(p["start"], p["end"]) for p in preds}
    gold: list[tuple[str, dict]] = []
    for g in case["rec"]:
        over = [p for p in preds if _ov(p, g)]
        if (g["start"], g["end"]) in spans:
            cat = "exact"
        elif over:
            p = max(over, key=lambda p: _ov(p, g))
            cat = ("span cut short" if g["start"] <= p["start"] and p["end"] <= g["end"] else
                   "span too long" if p["start"] <= g["start"] and g["end"] <= p["end"] else "span shifted")
        else:
            cat = _missed(g, fc, preds)
        gold.append((cat, g))
    for g in case["geo"]:
        over = [p for p in preds if _ov(p, g)]
        if over:
            p = sc._best(over, g)
            km = sc.distance_km(p["feats"][0]["geometry"], g["lat"], g["lon"])
            if km > sc.TOL_KM:
                gold.append(("wrong resolution > 161 km", {**g, "km": round(km), "pred": p["feats"][0]["name"]}))
    gold_spans = {(g["start"], g["end"]) for g in case["rec"]}
    fps: list[tuple[str, dict]] = []
    for p in preds:
        if (p["start"], p["end"]) in gold_spans:
            continue
        cat = ("on a non-toponym span" if any(_ov(p, n) for n in case["non"]) else
               "overlaps gold" if any(_ov(p, g) for g in case["rec"]) else "no gold")
        fps.append((cat, p))
    return gold, fps


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("cases", nargs="+", help="GeoWebNews case folders (text.txt, meta.json, toponyms.json)")
    ap.add_argument("--scorer", default=str(DEFAULT_SCORER), help="the shared toponym scorer (default %(default)s)")
    ap.add_argument("-v", action="store_true", help="list each toponym under its category")
    ap.add_argument("--only", help="list only this category (implies -v)")
    a = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    import geo

    sc = _scorer(Path(a.scorer))
    counts: Counter[str] = Counter()
    fp_counts: Counter[str] = Counter()
    listed: dict[str, list[str]] = defaultdict(list)
    for folder in a.cases:
        case = sc.load_case(folder)
        fc = geo.extract(case["text"], case["published"], lang=case["lang"])
        gold, fps = categorise(sc, case, fc)
        for cat, g in gold:
            counts[cat] += 1
            extra = f" -> {g['pred']} ({g['km']} km)" if "km" in g else ""
            listed[cat].append(f"{case['id']}:{g['start']} {g['text']!r} [{g['type']}]{extra}")
        for cat, p in fps:
            fp_counts[cat] += 1
            listed["FP " + cat].append(f"{case['id']}:{p['start']} {p['text']!r} -> {p['feats'][0]['name']}")
    print("gold toponyms:")
    for cat, n in counts.most_common():
        print(f"  {n:5d}  {cat}")
    print("false positives:")
    for cat, n in fp_counts.most_common():
        print(f"  {n:5d}  {cat}")
    if a.v or a.only:
        for cat, rows in listed.items():
            if cat == "exact" or (a.only and cat != a.only):
                continue
            print(f"\n== {cat} ({len(rows)})")
            print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())

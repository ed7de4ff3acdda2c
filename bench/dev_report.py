"""Score extraction on the shared dev corpus in one process, and say why each gold movement
was missed — a faster companion to ``../shared/dev-corpus/score.py`` (whose matching
functions it imports at run time; the corpus texts are read from ``../shared`` and never
copied into the project).

    python bench/dev_report.py                 # totals, per language
    python bench/dev_report.py -v              # plus every missed gold movement and every wrong movement
    python bench/dev_report.py -v CASE_GLOB    # only some cases, e.g. 'fr-*'
    python bench/dev_report.py --table         # plus the README's per-language table
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "dev-corpus"


def _scorer():
    spec = importlib.util.spec_from_file_location("dev_score", DEV / "score.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("-v", action="store_true", help="list misses and wrong movements")
    ap.add_argument("--table", action="store_true", help="print the per-language table of the README")
    ap.add_argument("cases", nargs="*", default=["*"])
    a = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from geo.extract.pipeline import extract

    sc = _scorer()
    dirs = sorted({d for pat in a.cases for d in DEV.glob(pat) if (d / "gold.json").exists()})
    tot: dict[str, list[int]] = {}
    per_lang: dict[str, list[int]] = {}
    lang_rows: dict[str, dict[str, list[int]]] = {}
    t0 = time.perf_counter()
    for d in dirs:
        meta = json.loads((d / "meta.json").read_text())
        gold = json.loads((d / "gold.json").read_text())
        text = (d / "text.txt").read_text(encoding="utf-8")
        fc = extract(text, meta["published"], lang=meta["lang"])
        feats = fc["features"]
        r = sc.score_case(feats, gold)
        for k, v in r.items():
            if isinstance(v, tuple):
                t = tot.setdefault(k, [0, 0])
                t[0] += v[0]
                t[1] += v[1]
        pl = per_lang.setdefault(meta["lang"], [0, 0])
        pl[0] += r["movements"][0]
        pl[1] += r["movements"][1]
        row = lang_rows.setdefault(meta["lang"], {"movements": [0, 0], "move_precision": [0, 0], "claimant": [0, 0]})
        for k in row:
            row[k][0] += r[k][0]
            row[k][1] += r[k][1]
        tot.setdefault("absent", [0, 0])[0] += r["absent"]
        if a.v:
            moves = [f for f in feats if f["properties"]["kind"] == "movement"]
            eps = [(f, sc.endpoints(f)) for f in moves]
            print(f"== {d.name}: movements {r['movements']} precision {r['move_precision']} claimant {r['claimant']}")
            for m in gold.get("movements", []):
                hits = [f for f, e in eps if e and sc.move_match(m, e)]
                fr = m["from"]["name"] if m["from"] else None
                to = m["to"]["name"] if m["to"] else None
                if not hits:
                    print(f"  MISS {fr} -> {to} (inferred {m.get('inferred_end')}) | {m['quote'][:110]}")
                    key = m["quote"][:40]
                    for u in fc["geo"].get("unmapped", []):
                        if key in u["quote"]:
                            print(f"       unmapped: {u['reason']}")
                    for f in moves:
                        p = f["properties"]
                        if key in p["quote"]:
                            print(f"       got {p['from']} -> {p['to']} cue={p['cue']!r} inferred={p['inferred']}")
                elif not any(sc.claimant_ok(m, f) for f in hits):
                    print(f"  CLAIMANT want {m['claimant']['name']!r} got {hits[0]['properties']['claimant']!r}")
            for f, e in eps:
                if not (e and any(sc.move_match(m, e, relaxed=True) for m in gold.get("movements", []))):
                    p = f["properties"]
                    print(f"  WRONG {p['from']} -> {p['to']} cue={p['cue']!r} s{p['sentence'] + 1}: {p['quote'][:90]}")
    dt = time.perf_counter() - t0
    print(" ".join(f"{k} {v[0]}/{v[1]}" for k, v in tot.items()))
    print("movement recall by language:", " ".join(f"{k} {v[0]}/{v[1]}={v[0] / max(v[1], 1):.2f}" for k, v in sorted(per_lang.items())))
    print(f"{len(dirs)} articles in {dt:.1f} s ({len(dirs) / dt:.1f} articles/s, including the first load)")
    if a.table:
        print("| language | movements found | movement precision | claimant right |\n|---|---|---|---|")
        for lang, row in sorted(lang_rows.items()):
            m, p, c = row["movements"], row["move_precision"], row["claimant"]
            print(f"| {lang} | {m[0] / max(m[1], 1):.2f} ({m[0]} / {m[1]}) | {p[0]} / {p[1]} | {c[0]} / {c[1]} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

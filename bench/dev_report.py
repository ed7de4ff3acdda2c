"""Score extraction on the shared dev corpus in one process, and say why each gold movement
was missed — a faster companion to ``../shared/dev-corpus/score.py`` (whose matching
functions it imports at run time; the corpus texts are read from ``../shared`` and never
copied into the project).

    python bench/dev_report.py                 # totals, per language
    python bench/dev_report.py -v              # plus every missed gold movement and every wrong movement
    python bench/dev_report.py -v CASE_GLOB    # only some cases, e.g. 'fr-*'
    python bench/dev_report.py --table         # plus the README's per-language table
    python bench/dev_report.py --val           # plus how often each rule fired on ../shared/dev-val
                                               # (counts only: no case, text or score of it)

Each movement carries the frame rules that gave its ends (``Claim.rules``: the role rules
of ``geo/extract/frames.py`` and, for an inferred end, the inference rule); the report
counts, per rule, the movements it helped make and how many of those match a gold movement.
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
VAL = ROOT.parent / "shared" / "dev-val"


class _Rules:
    """Captures the claims :func:`geo.extract.frames.extract_frames` returns during one
    extraction (the features do not carry the rules)."""

    def __init__(self) -> None:
        from geo.extract import pipeline

        self.claims: list = []
        inner = pipeline.extract_frames

        def spy(*args, **kwargs):
            claims, unmapped = inner(*args, **kwargs)
            self.claims = list(claims)
            return claims, unmapped

        pipeline.extract_frames = spy

    def by_feature(self) -> dict[str, tuple[str, ...]]:
        """The rules of each movement claim of the last extraction, by feature id."""
        out: dict[str, tuple[str, ...]] = {}
        for c in self.claims:
            if c.kind == "movement":
                out.setdefault(f"movement:{c.origin or ''}->{c.destination or ''}@s{c.sentence + 1}", c.rules)
        return out


def _count(fired: dict[str, list[int]], rules: tuple[str, ...], right: bool | None) -> None:
    for r in rules or ("(none)",):
        row = fired.setdefault(r, [0, 0])
        row[0] += 1
        row[1] += int(bool(right))


def _val_rules(extract, spy: _Rules) -> dict[str, list[int]]:
    """How often each rule fired on dev-val's movements (counts only)."""
    fired: dict[str, list[int]] = {}
    for d in sorted(VAL.glob("*/")):
        if not (d / "meta.json").exists():
            continue
        meta = json.loads((d / "meta.json").read_text())
        fc = extract((d / "text.txt").read_text(encoding="utf-8"), meta["published"], lang=meta["lang"])
        rules = spy.by_feature()
        for f in fc["features"]:
            if f["properties"]["kind"] == "movement":
                _count(fired, rules.get(f["id"], ()), None)
    return fired


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
    ap.add_argument("--val", action="store_true", help="also count the rules fired on dev-val (counts only)")
    ap.add_argument("--rule", help="list every dev-corpus movement this rule helped make, right or wrong")
    ap.add_argument("cases", nargs="*", default=["*"])
    a = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from geo.extract.pipeline import extract

    sc = _scorer()
    spy = _Rules()
    fired: dict[str, list[int]] = {}
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
        rules = spy.by_feature()
        for f in feats:
            if f["properties"]["kind"] == "movement":
                e = sc.endpoints(f)
                ok = bool(e and any(sc.move_match(m, e, relaxed=True) for m in gold.get("movements", [])))
                _count(fired, rules.get(f["id"], ()), ok)
                if a.rule and a.rule in rules.get(f["id"], ()):
                    p = f["properties"]
                    print(f"  {'RIGHT' if ok else 'WRONG'} {d.name} s{p['sentence'] + 1} {p['from']} -> {p['to']} "
                          f"cue={p['cue']!r} actor={p.get('actor')!r}: {p['quote'][:100]}")
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
                    print(f"  WRONG {p['from']} -> {p['to']} cue={p['cue']!r} s{p['sentence'] + 1} rules={','.join(rules.get(f['id'], ()))}: "
                          f"{p['quote'][:90]}")
    dt = time.perf_counter() - t0
    print(" ".join(f"{k} {v[0]}/{v[1]}" for k, v in tot.items()))
    print("movement recall by language:", " ".join(f"{k} {v[0]}/{v[1]}={v[0] / max(v[1], 1):.2f}" for k, v in sorted(per_lang.items())))
    print(f"{len(dirs)} articles in {dt:.1f} s ({len(dirs) / dt:.1f} articles/s, including the first load)")
    val = _val_rules(extract, spy) if a.val else {}
    print("| rule | movements it helped make (dev-corpus) | of them right | dev-val: fired |\n|---|---|---|---|")
    for rule in sorted(set(fired) | set(val), key=lambda r: (-fired.get(r, [0, 0])[0], r)):
        f_, v = fired.get(rule, [0, 0]), val.get(rule, [0, 0])
        print(f"| {rule} | {f_[0]} | {f_[1]} | {v[0] if a.val else '-'} |")
    if a.table:
        print("| language | movements found | movement precision | claimant right |\n|---|---|---|---|")
        for lang, row in sorted(lang_rows.items()):
            m, p, c = row["movements"], row["move_precision"], row["claimant"]
            print(f"| {lang} | {m[0] / max(m[1], 1):.2f} ({m[0]} / {m[1]}) | {p[0]} / {p[1]} | {c[0]} / {c[1]} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

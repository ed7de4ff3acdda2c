"""The names the ranking leaves unresolved whose best candidate lies in a country sharing a land
border with a country of the story (issue 21 item 2: ``ranking.across_the_border``), and
whether a gold place lies within its tolerance of that candidate.

    python bench/across_border.py                                        # ../shared/dev-corpus
    python bench/across_border.py ../shared/geoparsing/gwn-dev/*/ ../shared/geoparsing/geovirus/*/
    python bench/across_border.py --all-rules ...                        # every rejection, not only the two

Each rejection is recorded as it is made (the rules of ``ranking.REJECTIONS`` are wrapped in
this process only), with the story's countries at that moment (named and implied), the
candidate's population, whether it is called by its own name, its distance (degrees) to the
bordering story country and whether the words place it. By default only ``small_and_far``
and ``abroad``, the rules ``across_the_border`` answers to. Public corpora only: dev-val is
never read here. Not a test.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "dev-corpus"


def _recording(rules: tuple, log: list[dict], all_rules: bool) -> dict:
    """Each rule of ``rules``, wrapped to append to ``log`` the rejections of a name whose best
    candidate lies in a neighbour country of the story (only the two across_the_border answers
    to, unless ``all_rules``)."""
    from geo.gazetteer import ranking

    def wrap(rule):
        def recorded(b):
            reason = rule(b)
            far = b.scene.across_border(b.best) if reason else None
            if far is not None and (all_rules or rule in (ranking.small_and_far, ranking.abroad)):
                ev = b.evidence
                log.append({"rule": rule.__name__, "written": b.name.written, "best": b.best, "far": far,
                            "story": sorted(b.scene.countries | b.scene.implied),
                            "placed": bool(ev.placed(b.name) or ev.marked(b.name) or ev.object_of_motion(b.name))})
            return reason

        return recorded

    return {r: wrap(r) for r in rules}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("cases", nargs="*", type=Path)
    ap.add_argument("--all-rules", action="store_true", help="every rejection, not only small_and_far and abroad")
    a = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from bench.wrong_country import _scorer  # the shared scorer, read at run time
    from geo.extraction import Extractor
    from geo.gazetteer import ranking

    log: list[dict] = []
    wrapped = _recording(ranking.REJECTIONS, log, a.all_rules)
    ranking.REJECTIONS = tuple(wrapped[r] for r in ranking.REJECTIONS)
    ranking.DATELINE_KEEPS = tuple(wrapped[r] for r in ranking.DATELINE_KEEPS)
    extractor, sc = Extractor(), _scorer()
    tally: Counter[tuple[str, bool]] = Counter()
    for d in sorted(d for d in (a.cases or DEV.iterdir()) if (d / "gold.json").exists()):
        meta = json.loads((d / "meta.json").read_text())
        gold = json.loads((d / "gold.json").read_text())
        refs = gold["places"] + gold.get("neutral", [])
        log.clear()
        extractor((d / "text.txt").read_text(encoding="utf-8"), meta.get("published"), lang=meta.get("lang")).to_geojson()
        seen = set()
        for r in log:
            c = r["best"]
            if (r["written"], c.id) in seen:
                continue
            seen.add((r["written"], c.id))
            point = {"type": "Point", "coordinates": [c.lon, c.lat]}
            ok = any(sc.dist(point, g["lat"], g["lon"]) <= g["tol_km"] for g in refs)
            tally[(r["rule"], ok)] += 1
            print(f"{d.name}: {r['rule']} {r['written']!r} -> {c.name} ({c.country}, {c.population:,} people, "
                  f"{'own name' if c.own else 'other name'}, {r['far']:.1f} deg from {'/'.join(r['story'])}, "
                  f"{'placed' if r['placed'] else 'unplaced'}) {'gold has it' if ok else 'not in gold'}")
    for (rule, ok), n in sorted(tally.items()):
        print(f"TOTAL {rule}: {n} {'near gold' if ok else 'not near gold'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Write the table of countries that share a land border, read by the ranking (a town just
across the border of a country the story names is in the story's area, weakly).

    python scripts/build_neighbours.py            # (re)write geo/data/derived/neighbours.tsv
    python scripts/build_neighbours.py --check    # exit 1 when the table differs from what it would write

Two countries (ISO-2) are neighbours when their Natural Earth 1:10m admin-0 outlines (the
package's, :func:`geo.gazetteer.packaged.natural_earth_countries`) come within
:data:`TOUCH_DEGREES` of each other, counting only a country's parts within
:data:`HOME_DEGREES` of its largest part: France's overseas departments give it no border
with Brazil, while Turkey's Thrace, Northern Ireland and Gaza keep theirs. One line per
country: ``iso2<TAB>its neighbours, space-separated``, sorted.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

OUT = ROOT / "geo" / "data" / "derived" / "neighbours.tsv"
#: outlines nearer than this (degrees) touch (Natural Earth's neighbours share vertices, up to rounding)
TOUCH_DEGREES = 0.01
#: a country's part further than this (degrees) from its largest part is overseas
HOME_DEGREES = 20.0


def _home(geom):
    """The parts of ``geom`` within :data:`HOME_DEGREES` of its largest part, as one geometry."""
    import shapely

    parts = list(getattr(geom, "geoms", [geom]))
    main = max(parts, key=lambda p: p.area)
    return shapely.union_all([p for p in parts if p.distance(main) <= HOME_DEGREES])


def neighbour_lines() -> list[str]:
    """The table, as lines."""
    import shapely
    from shapely import STRtree

    from geo.gazetteer.packaged import natural_earth_countries

    df = natural_earth_countries(["ISO_A2_EH"])
    rows = [(iso, _home(shapely.make_valid(g))) for iso, g in zip(df.ISO_A2_EH, df.geometry) if len(iso) == 2 and iso.isalpha()]
    tree = STRtree([g for _, g in rows])
    pairs: dict[str, set[str]] = {}
    for iso, g in rows:
        for j in tree.query(g, predicate="dwithin", distance=TOUCH_DEGREES):
            other = rows[int(j)][0]
            if other != iso:
                pairs.setdefault(iso, set()).add(other)
                pairs.setdefault(other, set()).add(iso)
    return [f"{iso}\t{' '.join(sorted(ns))}" for iso, ns in sorted(pairs.items())]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="exit 1 when the table differs from what it would write")
    args = ap.parse_args()
    text = "\n".join(neighbour_lines()) + "\n"
    if args.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("neighbours.tsv", "up to date" if same else "differs")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {text.count(chr(10))} countries")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

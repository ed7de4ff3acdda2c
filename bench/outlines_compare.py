"""Compare two combined corpus files, outlines resolved (issue 24 item 1).

    python bench/outlines_compare.py BEFORE/events.geojson AFTER/events.geojson

Each file is read as every reader reads it (:func:`geo.io.load_events`: validated, each
feature's shared outline put back from ``geo.outlines``); the script prints how many
features are equal (geometry and properties), the ``geo`` members compared without geo's
record of what it wrote, and the two files' sizes. Exit 1 when a feature differs.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from geo.io import load_events  # noqa: E402

#: what geo records of what it wrote (fingerprints): not the collection's content
_RECORD = ("written", "written_geo", "outlines")


def compare(before: Path, after: Path) -> tuple[int, int, list[str]]:
    """(features equal, features in all, what differs)."""
    a, b = load_events(before), load_events(after)
    problems: list[str] = []
    fa, fb = a["features"], b["features"]
    if len(fa) != len(fb):
        problems.append(f"{len(fa)} features before, {len(fb)} after")
    equal = sum(x == y for x, y in zip(fa, fb, strict=False))
    problems += [f"feature {i} ({x['properties'].get('id')}) differs" for i, (x, y) in enumerate(zip(fa, fb, strict=False)) if x != y][:10]
    ga = {k: v for k, v in (a.get("geo") or {}).items() if k not in _RECORD}
    gb = {k: v for k, v in (b.get("geo") or {}).items() if k not in _RECORD}
    if ga != gb:
        problems.append("the geo members differ")
    if (a.get("geo") or {}).get("written") != (b.get("geo") or {}).get("written"):
        problems.append("the fingerprints (geo.written) differ")
    return equal, max(len(fa), len(fb)), problems


def main() -> int:
    before, after = Path(sys.argv[1]), Path(sys.argv[2])
    equal, total, problems = compare(before, after)
    print(f"{equal} of {total} features equal, outlines resolved; "
          f"{before.stat().st_size / 1e6:.1f} MB before, {after.stat().st_size / 1e6:.1f} MB after")
    for p in problems:
        print(" ", p)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())

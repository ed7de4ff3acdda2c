"""The sha256 of each real article's extraction (and of its map page), to show that a
change made for speed changes no output.

    python bench/same_output.py after.json                 # on this checkout
    (cd OTHER_CHECKOUT && python /path/to/bench/same_output.py before.json)
    python bench/same_output.py --compare before.json after.json

Reads the gwn-dev and dev-corpus texts at run time (see ``bench/run.py``); prints nothing
of them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def measure(out: Path, maps: bool) -> None:
    from run import real_corpus

    from geo.extract.pipeline import extract
    from geo.render import render_html

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "real.jsonl"
        real_corpus(corpus)
        arts = [json.loads(line) for line in corpus.open(encoding="utf-8")]
    result = {}
    for a in arts:
        fc = extract(a["text"], a["published"], a["lang"])
        events = hashlib.sha256(json.dumps(fc, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
        page = hashlib.sha256(render_html(fc).encode()).hexdigest() if maps else None
        result[a["id"]] = {"events": events, "map": page}
    out.write_text(json.dumps(result, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(result)} articles -> {out}")


def compare(a: Path, b: Path) -> int:
    x, y = json.loads(a.read_text()), json.loads(b.read_text())
    common = sorted(set(x) & set(y))
    for what in ("events", "map"):
        same = [k for k in common if x[k][what] == y[k][what]]
        differ = [k for k in common if x[k][what] != y[k][what]]
        print(f"{what}: {len(same)} of {len(common)} identical" + (f"; differ: {', '.join(differ[:10])}" if differ else ""))
    return 0 if all(x[k]["events"] == y[k]["events"] for k in common) else 1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", nargs="?", type=Path)
    ap.add_argument("--no-maps", action="store_true", help="hash the extraction only")
    ap.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    args = ap.parse_args()
    if args.compare:
        return compare(*args.compare)
    if not args.out:
        ap.error("give an output file or --compare BEFORE AFTER")
    measure(args.out, not args.no_maps)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""How extraction time grows with the length of one text (issue 24 item 6).

    python bench/length.py                       # 10 KB, 100 KB, 1 MB
    python bench/length.py --sizes 100000 1000000 2000000

The long texts are the real English articles of ``bench/run.py``'s corpus (gwn-dev and
dev-corpus, read at run time, never copied into the project) joined one after another
until a text has the size asked. Each size is extracted in a fresh process (through
:func:`bench.run.run_py`) after a warm-up, and the CPU seconds of the one extraction are
printed with the ratio to the first size. Not a test: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import real_corpus, run_py  # noqa: E402


def long_text(corpus: Path, size: int) -> str:
    """The corpus's English texts joined (as paragraphs) up to ``size`` characters, repeated if needed."""
    texts = [a["text"].strip() for a in map(json.loads, corpus.open(encoding="utf-8")) if a.get("lang") == "en"]
    parts: list[str] = []
    n = 0
    while n < size:
        for t in texts:
            parts.append(t)
            n += len(t) + 2
            if n >= size:
                break
    return "\n\n".join(parts)[:size]


def time_one(path: Path) -> dict:
    return run_py(f"""
        import time
        from geo.extract.pipeline import extract
        extract("Warm-up: the convoy left Raqqa for Palmyra.", "2024-01-01", "en")
        text = open({str(path)!r}, encoding="utf-8").read()
        t = time.process_time()
        fc = extract(text, "2024-01-01", "en")
        RESULT = {{"cpu_s": time.process_time() - t, "features": len(fc["features"])}}
    """)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", nargs="+", type=int, default=[10_000, 100_000, 1_000_000])
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "real.jsonl"
        real_corpus(corpus)
        first = None
        print("| characters | CPU s | × the first | features |")
        print("|---:|---:|---:|---:|")
        for size in args.sizes:
            path = Path(tmp) / f"long-{size}.txt"
            path.write_text(long_text(corpus, size), encoding="utf-8")
            r = time_one(path)
            first = first or r["cpu_s"]
            print(f"| {size:,} | {r['cpu_s']:.2f} | {r['cpu_s'] / first:.1f} | {r['features']} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

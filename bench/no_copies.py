"""Check that no tracked file shares seven words in a row with a text of ``../shared``
(the dev corpus and the geoparsing corpora are other people's articles: they are read at
run time, never copied into the project).

    python bench/no_copies.py        # prints each overlap; exit 1 if there is one
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
N = 7


def main() -> int:
    texts = sorted(SHARED.glob("dev-corpus/*/text.txt")) + sorted(SHARED.glob("geoparsing/*/*/text.txt"))
    if not texts:
        print(f"no texts under {SHARED}")
        return 0
    grams: dict[str, str] = {}
    for f in texts:
        words = re.findall(r"\w+", f.read_text(encoding="utf-8").lower())
        for i in range(len(words) - N + 1):
            grams.setdefault(" ".join(words[i : i + N]), f.parent.name)
    files = subprocess.run(["git", "ls-files"], capture_output=True, text=True, cwd=ROOT, check=True).stdout.split()
    found = 0
    for p in files:
        if p.endswith((".gz", ".png", ".zip")) or p.startswith("geo/data/") or (p.startswith("data/") and not p.startswith("data/sources")):
            continue  # derived data (names, numbers), not prose
        try:
            words = re.findall(r"\w+", (ROOT / p).read_text(encoding="utf-8").lower())
        except (UnicodeDecodeError, OSError):
            continue
        seen: set[str] = set()
        for i in range(len(words) - N + 1):
            k = " ".join(words[i : i + N])
            if k in grams and k not in seen:
                seen.add(k)
                found += 1
                print(f"{p}: '{k}' (as in {grams[k]})")
    print(f"{found} overlap(s) of {N} words in {len(files)} tracked files against {len(texts)} texts")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())

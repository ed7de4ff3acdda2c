"""The share of each real article's words that are words of its language (in its word
frequency table: what ``geo.text.detect_language`` needs at least ``MIN_KNOWN_WORDS`` of),
lowest first.

    python bench/known_words.py

Reads the gwn-dev and dev-corpus texts at run time (see ``bench/run.py``); prints figures only.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def main() -> int:
    from run import real_corpus

    from geo.text import known_share

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "real.jsonl"
        real_corpus(corpus)
        arts = [json.loads(line) for line in corpus.open(encoding="utf-8")]
    shares = []
    for a in arts:
        shares.append((known_share(a["text"], a["lang"]), a["lang"]))
    shares.sort()
    print(f"{len(shares)} articles; lowest shares: " + ", ".join(f"{s:.3f} ({lang})" for s, lang in shares[:5]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

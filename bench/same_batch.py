"""The batch's outputs, compared between two checkouts: the combined ``events.geojson``,
``report.json`` and every per-article file, read as JSON (equal in content; the layout
may differ), in every mode: one worker, two, Dask (a local cluster of two processes) and
a resumed run (half the corpus, then all of it).

    python bench/same_batch.py run /tmp/after                    # this checkout
    (cd OTHER_CHECKOUT && python /path/to/bench/same_batch.py run /tmp/before)
    python bench/same_batch.py --compare /tmp/before /tmp/after

The articles are the first ``--articles`` (40) real texts of ``bench/run.py``'s corpus,
read at run time into ``ROOT/corpus.jsonl`` (the same path in both runs, so the report's
origins compare); nothing of them is printed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

MODES = ("workers-1", "workers-2", "dask", "resumed")
CORPUS = Path("/tmp/geo-same-batch/corpus.jsonl")


def write_corpus(n: int) -> Path:
    import tempfile

    from run import real_corpus

    CORPUS.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        full = Path(tmp) / "real.jsonl"
        real_corpus(full)
        lines = full.read_text(encoding="utf-8").splitlines(keepends=True)[:n]
    CORPUS.write_text("".join(lines), encoding="utf-8")
    return CORPUS


def run_modes(root: Path, n: int) -> None:
    import shutil

    from geo import batch

    corpus = write_corpus(n)
    for mode in MODES:
        out = root / mode
        if out.exists():
            shutil.rmtree(out)
        if mode == "workers-1":
            batch.run(corpus, out, workers=1)
        elif mode == "workers-2":
            batch.run(corpus, out, workers=2)
        elif mode == "dask":
            from distributed import Client, LocalCluster

            with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, Client(cluster) as client:
                batch.run_dask(corpus, out, client)
        else:
            half = corpus.with_name("half.jsonl")
            lines = corpus.read_text(encoding="utf-8").splitlines(keepends=True)
            half.write_text("".join(lines[: len(lines) // 2]), encoding="utf-8")
            batch.run(half, out, workers=2)
            batch.run(corpus, out, workers=2)
        print(f"{mode}: {out}")


def _report(path: Path) -> dict:
    rep = json.loads(path.read_text(encoding="utf-8"))
    rep.pop("events_sha256", None)  # the digest of the file's bytes: the layout may differ
    return rep


def _articles(folder: Path) -> dict[str, object]:
    return {p.parent.name: json.loads(p.read_text(encoding="utf-8")) for p in sorted((folder / "articles").glob("*/events.geojson"))}


def compare(a: Path, b: Path) -> int:
    bad = 0
    for mode in MODES:
        x, y = a / mode, b / mode
        combined = json.loads((x / "events.geojson").read_text(encoding="utf-8")) == json.loads((y / "events.geojson").read_text(encoding="utf-8"))
        report = _report(x / "report.json") == _report(y / "report.json")
        page = (x / "map.html").read_bytes() == (y / "map.html").read_bytes()
        ax, ay = _articles(x), _articles(y)
        same = [k for k in ax if ax[k] == ay.get(k)]
        ok = combined and report and len(same) == len(ax) == len(ay)
        bad += not ok
        print(f"{mode}: events.geojson {'equal' if combined else 'DIFFERS'}; report.json {'equal' if report else 'DIFFERS'}; "
              f"per-article files {len(same)} of {len(ax)} equal ({len(ay)} after); map.html {'identical' if page else 'differs'}")
    return 1 if bad else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("what", nargs="?", choices=("run",))
    ap.add_argument("root", nargs="?", type=Path)
    ap.add_argument("--articles", type=int, default=40)
    ap.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    args = ap.parse_args()
    if args.compare:
        return compare(*args.compare)
    if not args.root:
        ap.error("give run ROOT or --compare BEFORE AFTER")
    run_modes(args.root, args.articles)
    return 0


if __name__ == "__main__":
    sys.exit(main())

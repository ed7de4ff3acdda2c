"""Batch CPU per article, this checkout against another, runs alternated (issue 24).

    python bench/batch_cpu.py                          # this checkout, 3 runs
    python bench/batch_cpu.py --before /tmp/main --runs 5
    python bench/batch_cpu.py --profile /tmp/prof.out  # one run under cProfile

Each run is ``bench/run.py``'s ``batch_real`` in a fresh interpreter: ``geo.batch.run`` over
the 200 real articles of its batch corpus (read at run time from ``../shared`` into a
temporary file, never copied into the project), ``--workers`` processes (1: the parent does
the work), CPU time of the parent and its children (user + system) from just after
``from geo import batch`` to the end, so the workers' start, the gazetteer's load, the
extraction, the files, the combine and the page all count. The two checkouts take turns
(before, after, before, after, ...) so that a busy spell of the shared machine weighs on
both; the medians are printed. A checkout is run with its own folder first on
``PYTHONPATH`` (the same interpreter and packages). Not a test: nothing here asserts a time.

A run's figure holds what a process pays once (the pipeline's import, each language's first
article, the tables and places met first, the combine and page) and what each article costs.
To tell them apart:

    python bench/batch_cpu.py --before /tmp/main --articles 1     # the fixed cost: one article
    python bench/batch_cpu.py --before /tmp/main --copies 2       # the articles twice, distinct ids

``--copies 2`` less the run of one copy is what 200 more articles cost a process that has
met their words and places already (a lower bound of the marginal cost of new articles).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

_RUN = """
import resource, time, json, os
def cpu():
    s, c = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return s.ru_utime + s.ru_stime + c.ru_utime + c.ru_stime
from geo import batch
t, c = time.perf_counter(), cpu()
rep = batch.run({corpus!r}, {out!r}, workers={workers})
print(json.dumps({{"cpu": cpu() - c, "wall": time.perf_counter() - t, "done": rep["summary"]["done"],
                  "features": rep["summary"]["features"], "load": os.getloadavg()[0]}}))
"""

_PROFILE = """
import cProfile, json
from geo import batch
cProfile.run("batch.run({corpus!r}, {out!r}, workers=1)", {prof!r})
print(json.dumps({{}}))
"""


def one(root: Path, corpus: Path, out: Path, workers: int, profile: str | None = None) -> dict:
    import shutil

    if out.exists():
        shutil.rmtree(out)
    code = (_PROFILE if profile else _RUN).format(corpus=str(corpus), out=str(out), workers=workers, prof=profile)
    env = {**os.environ, "PYTHONPATH": str(root)}
    p = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, cwd=root, env=env, timeout=3600)
    if p.returncode != 0:
        raise SystemExit(p.stderr[-3000:])
    return json.loads(p.stdout.strip().splitlines()[-1])


def copies(corpus: Path, have: int, n: int, times: int) -> int:
    """Keep the corpus's first ``n`` articles (the real ones come whole: fewer than them asked
    for the fixed cost of a run), written ``times`` times, the k-th copy's ids ending in ``-k``
    (k > 1: new articles to the batch, the same texts); return how many articles it holds."""
    lines = corpus.read_text(encoding="utf-8").splitlines()[: min(n, have)]
    out = []
    for k in range(1, times + 1):
        for line in lines:
            a = json.loads(line)
            out.append(line if k == 1 else json.dumps({**a, "id": f"{a['id']}-{k}"}, ensure_ascii=False))
    corpus.write_text("".join(x + "\n" for x in out), encoding="utf-8")
    return len(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--before", type=Path, help="another checkout to alternate with")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--articles", type=int, default=200, help="the first N articles of the batch corpus (1 for the fixed cost)")
    ap.add_argument("--copies", type=int, default=1, help="the articles this many times, each copy with its own ids")
    ap.add_argument("--profile", help="one run of this checkout under cProfile (workers=1), stats written here")
    args = ap.parse_args()
    from run import batch_corpus

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "batch.jsonl"
        n = copies(corpus, batch_corpus(corpus, args.articles), args.articles, args.copies)
        if args.profile:
            one(ROOT, corpus, Path(tmp) / "out", 1, args.profile)
            print(f"profile of {n} articles written to {args.profile}")
            return
        sides = [("before", args.before.resolve()), ("after", ROOT)] if args.before else [("after", ROOT)]
        runs: dict[str, list[dict]] = {name: [] for name, _ in sides}
        for _ in range(args.runs):
            for name, root in sides:
                r = one(root, corpus, Path(tmp) / f"out-{name}", args.workers)
                runs[name].append(r)
                print(f"{name}: {r['cpu']:.2f} CPU-s ({1000 * r['cpu'] / n:.1f} ms/article), wall {r['wall']:.2f} s, "
                      f"{r['done']} done, {r['features']} features, load {r['load']:.1f}", flush=True)
        for name, rs in runs.items():
            med = statistics.median(r["cpu"] for r in rs)
            print(f"{name} median of {len(rs)}: {med:.2f} CPU-s, {1000 * med / n:.1f} ms/article "
                  f"(runs: {', '.join(format(r['cpu'], '.2f') for r in rs)})")


if __name__ == "__main__":
    main()

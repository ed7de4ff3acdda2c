"""Screenshots of map pages in headless Chromium, from file:// with the network blocked.

    python scripts/screenshot.py build/seed/map.html build/seed/map.png   # one page
    python scripts/screenshot.py --docs                                    # the README's

``--docs`` builds the maps of the four short articles in ``docs/articles/`` (written for
these screenshots, in German, Italian, French and Spanish) and writes each at desktop
(1400x900) and phone (390x844) size to ``docs/page-<lang>-desktop.png`` and
``docs/page-<lang>-phone.png``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"]
SIZES = {"desktop": (1400, 900), "phone": (390, 844)}
DOC_LANGS = ("de", "it", "fr", "es")


def shoot(shots: list[tuple[Path, Path, int, int]]) -> list[str]:
    """Each (html, png, width, height): the page opened offline, its view fitted, saved."""
    errors: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for html, png, width, height in shots:
            page = browser.new_page(viewport={"width": width, "height": height})
            page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" and "ERR_FAILED" not in msg.text else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:", "blob:")) else r.abort())
            page.goto(Path(html).resolve().as_uri())
            page.wait_for_function("window.GEO && window.GEO.ready === true", timeout=15000)
            page.wait_for_timeout(500)
            page.screenshot(path=str(png))
            page.close()
            print(f"wrote {png}")
        browser.close()
    return errors


def docs() -> list[tuple[Path, Path, int, int]]:
    """Build the four articles' maps (build/docs/<lang>/) and list their screenshots."""
    sys.path.insert(0, str(ROOT))
    from geo.cli import main as geo_map

    shots = []
    for lang in DOC_LANGS:
        out = ROOT / "build" / "docs" / lang
        if geo_map(["--text", str(ROOT / "docs" / "articles" / f"{lang}.txt"), "--out", str(out), "--overwrite"]) != 0:
            raise SystemExit(f"the map of docs/articles/{lang}.txt failed")
        shots += [(out / "map.html", ROOT / "docs" / f"page-{lang}-{size}.png", w, h) for size, (w, h) in SIZES.items()]
    return shots


def main(argv: list[str]) -> int:
    shots = docs() if argv[:1] == ["--docs"] else [(Path(argv[0]), Path(argv[1]), *SIZES["desktop"])]
    errors = shoot(shots)
    for e in errors:
        print("console error:", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

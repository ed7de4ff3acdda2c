"""Open a map.html from file:// in headless Chromium and save a screenshot.

    python scripts/screenshot.py build/seed/map.html build/seed/map.png
"""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"]


def main(html: str, png: str, width: int = 1400, height: int = 900) -> int:
    errors: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": width, "height": height})
        page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
        page.goto(Path(html).resolve().as_uri())
        page.wait_for_timeout(4000)
        page.screenshot(path=png)
        browser.close()
    for e in errors:
        print("console error:", e)
    print(f"wrote {png}")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from geo.extract.pipeline import extract
from geo.gazetteer import load_gazetteer

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "articles" / "abu-kamal-2017-11.fr.txt"
CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="session", autouse=True)
def name_index():
    """The place-name index, built (on a fresh machine: once, ~45 s, with a progress line on
    stderr) before any test runs, so no test's output carries the one-time build message."""
    from geo.gazetteer.index import load_index

    return load_index()


@pytest.fixture(scope="session")
def gaz():
    return load_gazetteer()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_fc(seed_text, gaz):
    """The seed extracted as the CLI extracts it: its sidecar names its source."""
    import json

    source = json.loads(SEED.with_suffix(".json").read_text(encoding="utf-8"))["source"]
    return extract(seed_text, "2017-11-14", "fr", gaz, source=source)


def by_id(fc: dict) -> dict:
    return {f["properties"]["id"]: f for f in fc["features"]}


def of_kind(fc: dict, kind: str) -> list[dict]:
    return [f for f in fc["features"] if f["properties"]["kind"] == kind]


def require_browser():
    """Skip when Chromium is missing, unless GEO_REQUIRE_BROWSER is set (CI), then fail."""
    if not os.path.exists(CHROMIUM):
        if os.environ.get("GEO_REQUIRE_BROWSER"):
            pytest.fail(f"{CHROMIUM} is missing; install it with: apt-get install -y chromium")
        pytest.skip(f"{CHROMIUM} not installed (bash scripts/setup.sh --test installs it)")


def ogrinfo() -> str:
    """GDAL's ogrinfo; skip when missing, fail on CI (CI set)."""
    exe = shutil.which("ogrinfo")
    if exe is None:
        if os.environ.get("CI"):
            pytest.fail("ogrinfo is missing; scripts/setup.sh --test installs gdal-bin")
        pytest.skip("ogrinfo not installed (bash scripts/setup.sh --test installs gdal-bin)")
    return exe

"""Reading and writing GeoJSON: deterministic text, atomic writes."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from geo.io.validate import read_geojson


def dumps(fc: dict) -> str:
    """Serialise a FeatureCollection the same way every time (stable keys order, UTF-8)."""
    return json.dumps(fc, ensure_ascii=False, indent=1, allow_nan=False) + "\n"


def write_text_atomic(path: str | Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename, so that a reader
    never sees half a file and a failure leaves the old file as it was."""
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=p.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes the file private; give it the usual mode
        os.replace(tmp, p)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def save_geojson(fc: dict, path: str | Path) -> None:
    """Write a FeatureCollection atomically."""
    write_text_atomic(path, dumps(fc))


def load_events(path: str | Path) -> dict:
    """Read and validate an events file (see :func:`geo.io.validate.read_geojson`).

    A feature with only a top-level ``id`` (what geojson.io and other editors write) gets
    it as ``properties.id`` too, in memory, so every later stage finds it in one place."""
    fc = read_geojson(path, schema="events")
    for f in fc["features"]:
        props = f["properties"]
        if "id" not in props or props["id"] is None:
            props["id"] = str(f["id"])
    return fc

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
    it as ``properties.id`` too, in memory, so every later stage finds it in one place; a
    feature drawn without a ``kind`` is read as a place (:func:`read_as_places`)."""
    return read_as_places(read_geojson(path, schema="events"), str(path), copy=False)


def read_as_places(fc: dict, name: str, copy: bool = True) -> dict:
    """A validated collection as every later stage reads it: a feature with only a
    top-level ``id`` (what geojson.io and other editors write) gets it as ``properties.id``
    too; a feature drawn without a ``kind`` (a point or a shape drawn in geojson.io) is
    read as a place: ``kind`` set to ``"place"``, an id ``drawn-N`` given to one without
    any, its ``name`` from ``title`` or the id; a :class:`~geo.errors.GeoWarning` names
    each. A combined corpus file's outlines, written once (``geo.outlines``), are put back
    in each feature that refers to them (:func:`geo.outlines.resolve`). ``copy``: leave
    ``fc`` as it is (changed features are copies)."""
    import copy as _copy
    import warnings

    from geo.errors import GeoWarning
    from geo.io.validate import feature_id
    from geo.outlines import resolve

    fc = resolve(fc, copy=copy)
    feats = fc["features"]
    todo = [i for i, f in enumerate(feats) if f["properties"].get("kind") is None or f["properties"].get("id") is None]
    if not todo:
        return fc
    out = dict(fc, features=list(feats)) if copy else fc
    taken = {feature_id(f) for f in feats}
    n = 0
    for i in todo:
        f = _copy.deepcopy(feats[i]) if copy else feats[i]
        props = f["properties"]
        out["features"][i] = f
        fid = feature_id(f)
        if props.get("kind") is not None:  # a top-level id only
            props["id"] = fid
            continue
        props["kind"] = "place"
        if fid is None:
            n += 1
            while f"drawn-{n}" in taken:
                n += 1
            fid = props["id"] = f"drawn-{n}"
            taken.add(fid)
        if not isinstance(props.get("name"), str) or not props["name"]:
            props["name"] = props["title"] if isinstance(props.get("title"), str) and props["title"] else fid
        props["id"] = fid
        warnings.warn(f"{name}: feature {i} (id {fid!r}) has no \"kind\": read as a place", GeoWarning, stacklevel=2)
    return out

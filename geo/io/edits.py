"""Keeping the user's edits: detect an edited events file and merge new extraction into it.

Every events file geo writes records, in its ``geo`` member, a fingerprint of each feature
it wrote (``written``). On the next extraction into the same folder:

- a feature whose fingerprint still matches was not touched: it is replaced by the new
  extraction (so a moved gazetteer place moves it too);
- a feature whose fingerprint differs, or that geo never wrote, is the user's: it is kept
  as it is and marked ``"edited": true``;
- a feature geo wrote that is gone from the file was deleted by the user: it stays deleted
  (its id is remembered in ``geo.deleted``), even if extraction finds it again.

Movements the user did not touch but whose end places the user moved are re-drawn to the
moved places.
"""

from __future__ import annotations

import copy
import hashlib
import json
from pathlib import Path

from shapely.geometry import LineString

from geo.io import write_text_atomic

#: Property that marks a feature as the user's.
EDITED = "edited"


def _canonical(v):
    """Numbers compared by value (2.0 is 2), lists and tuples alike, None properties dropped."""
    if isinstance(v, bool):
        return v
    if isinstance(v, float) and v.is_integer():
        return int(v)
    if isinstance(v, (list, tuple)):
        return [_canonical(x) for x in v]
    if isinstance(v, dict):
        return {k: _canonical(x) for k, x in v.items()}
    return v


def fingerprint(feature: dict) -> str:
    """A stable hash of a feature's content, independent of key order, number formatting
    (2 or 2.0) and tools that drop null properties or the feature's top-level id."""
    geometry = feature.get("geometry")
    props = {k: v for k, v in (feature.get("properties") or {}).items() if k != EDITED and v is not None}
    canon = json.dumps(_canonical({"geometry": geometry, "properties": props}), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canon.encode("utf-8")).hexdigest()[:20]


def stamp(fc: dict) -> dict:
    """Record the fingerprints of what is about to be written (returns a new collection)."""
    out = copy.copy(fc)
    meta = dict(out.get("geo") or {})
    meta["written"] = {str(f["properties"]["id"]): fingerprint(f) for f in out.get("features", [])}
    out["geo"] = meta
    return out


def edited_ids(existing: dict) -> tuple[set[str], set[str], bool]:
    """(ids the user changed or added, ids the user deleted, whether the file has fingerprints)."""
    meta = existing.get("geo") if isinstance(existing.get("geo"), dict) else {}
    written = meta.get("written")
    if not isinstance(written, dict):
        ids = {str(f.get("properties", {}).get("id")) for f in existing.get("features", [])}
        return ids, set(meta.get("deleted", []) or []), False
    present = {}
    for f in existing.get("features", []):
        present[str(f.get("properties", {}).get("id"))] = f
    changed = {fid for fid, f in present.items() if written.get(fid) != fingerprint(f) or f["properties"].get(EDITED)}
    deleted = {fid for fid in written if fid not in present} | set(meta.get("deleted", []) or [])
    return changed, deleted, True


def merge(existing: dict, new: dict) -> tuple[dict, dict[str, int]]:
    """Merge a new extraction into an edited events file; returns (collection, counts)."""
    changed, deleted, fingerprinted = edited_ids(existing)
    new_by_id = {f["properties"]["id"]: f for f in new["features"]}
    old_by_id = {str(f["properties"]["id"]): f for f in existing.get("features", [])}
    if not fingerprinted:
        # no record of what geo wrote: whatever equals the new extraction is unchanged
        changed = {fid for fid in changed if fid not in new_by_id or fingerprint(new_by_id[fid]) != fingerprint(old_by_id[fid])}
    kept: dict[str, dict] = {}
    for fid, f in old_by_id.items():
        if fid in changed:
            g = copy.deepcopy(f)
            g["properties"][EDITED] = True
            kept[fid] = g
    features: list[dict] = []
    counts = {"kept_edited": 0, "updated": 0, "added": 0, "stayed_deleted": 0}
    for f in new["features"]:
        fid = f["properties"]["id"]
        if fid in kept:
            features.append(kept.pop(fid))
            counts["kept_edited"] += 1
        elif fid in deleted:
            counts["stayed_deleted"] += 1
        else:
            features.append(f)
            counts["updated" if fid in old_by_id else "added"] += 1
    for f in kept.values():  # the user's own features, and edited ones extraction no longer finds
        features.append(f)
        counts["kept_edited"] += 1
    _reanchor(features)
    meta = dict(new.get("geo") or {})
    meta["deleted"] = sorted(deleted)
    return {"type": "FeatureCollection", "geo": meta, "features": features}, counts


def _reanchor(features: list[dict]) -> None:
    """Move the ends of unedited movements onto edited point places they start or end at."""
    points = {
        f["properties"]["id"]: f["geometry"]["coordinates"]
        for f in features
        if f["properties"].get("kind") == "place" and f["properties"].get(EDITED) and f["geometry"]["type"] == "Point"
    }
    if not points:
        return
    for f in features:
        p = f["properties"]
        if p.get("kind") != "movement" or p.get(EDITED) or f["geometry"]["type"] != "LineString":
            continue
        coords = [list(c) for c in f["geometry"]["coordinates"]]
        if p.get("from") in points:
            coords[0] = list(points[p["from"]])
        if p.get("to") in points:
            coords[-1] = list(points[p["to"]])
        if LineString(coords).length > 0:
            f["geometry"] = {"type": "LineString", "coordinates": coords}


def backup_path(path: Path) -> Path:
    """A backup name next to ``path`` that does not exist yet: events.geojson.bak, .bak2 ..."""
    n = 1
    while True:
        cand = path.with_name(path.name + (".bak" if n == 1 else f".bak{n}"))
        if not cand.exists():
            return cand
        n += 1


def keep_backup(path: Path) -> Path:
    """Copy ``path`` to a fresh backup name; return it."""
    b = backup_path(path)
    write_text_atomic(b, path.read_text(encoding="utf-8"))
    return b


__all__ = ["fingerprint", "stamp", "merge", "keep_backup"]

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
from typing import Any

from shapely.geometry import LineString

from geo.errors import InputError
from geo.io import write_text_atomic
from geo.io.validate import feature_id

#: Property that marks a feature as the user's.
EDITED = "edited"


def _canonical(v: Any) -> Any:
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


#: Keys of the ``geo`` member that record what geo wrote (not the user's metadata).
#: ``article_edits`` (a combined corpus file): the ids whose written version is an edit made
#: in an article's own file (see :func:`geo.batch.finish`)
_RECORD_KEYS = ("written", "written_geo", "deleted", "article_edits")


def _meta_fingerprints(meta: dict) -> dict[str, str]:
    return {
        k: hashlib.sha256(json.dumps(_canonical(v), sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()[:20]
        for k, v in meta.items()
        if k not in _RECORD_KEYS
    }


def stamp(fc: dict) -> dict:
    """Record the fingerprints of what is about to be written (returns a new collection):
    one per feature (``written``) and one per metadata key (``written_geo``)."""
    out = copy.copy(fc)
    meta = dict(out.get("geo") or {})
    meta["written"] = {str(feature_id(f)): fingerprint(f) for f in out.get("features", [])}
    meta["written_geo"] = _meta_fingerprints(meta)
    out["geo"] = meta
    return out


def stamp_meta(meta: dict) -> dict[str, str]:
    """The ``written_geo`` record of a ``geo`` member: one fingerprint a key (what
    :func:`stamp` records, for a writer that builds the member itself)."""
    return _meta_fingerprints(meta)


def is_edited(existing: dict) -> bool:
    """Whether an events file holds edits (or has no record that would show it does not)."""
    return not has_record(existing) or any(edited_ids(existing)[:2]) or bool(edited_meta(existing))


NO_RECORD = (
    "has no record of what geo wrote (its \"geo\" member or \"geo.written\" is missing), so features "
    "you deleted cannot be told from new ones; fix: rerun with --merge-as-edited to keep every feature "
    "in it as edited, or with --overwrite to replace it (a .bak copy is kept)"
)


class NoRecordError(InputError):
    """The events file in the way has no record of what geo wrote (``geo.written``)."""


def _geo_member(fc: dict) -> dict:
    """The collection's ``geo`` member, or an empty one when it is missing or not an object."""
    meta = fc.get("geo")
    return meta if isinstance(meta, dict) else {}


def has_record(existing: dict) -> bool:
    meta = existing.get("geo")
    return isinstance(meta, dict) and isinstance(meta.get("written"), dict)


def edited_ids(existing: dict) -> tuple[set[str], set[str], bool]:
    """(ids the user changed or added, ids the user deleted, whether the file has fingerprints)."""
    meta = _geo_member(existing)
    present = {str(feature_id(f)): f for f in existing.get("features", [])}
    if not has_record(existing):
        return set(present), set(meta.get("deleted") or []), False
    written = meta["written"]
    changed = {
        fid for fid, f in present.items()
        if written.get(fid) != fingerprint(f) or (f.get("properties") or {}).get(EDITED)
    }
    deleted = {fid for fid in written if fid not in present} | set(meta.get("deleted") or [])
    return changed, deleted, True


def edited_meta(existing: dict) -> dict[str, object]:
    """The metadata keys the user changed, added (key -> value) or removed (key -> _REMOVED)."""
    meta = _geo_member(existing)
    record = meta.get("written_geo")
    if not isinstance(record, dict):  # written before metadata was fingerprinted: no edits known
        return {}
    now = _meta_fingerprints(meta)
    out: dict[str, object] = {k: meta[k] for k, fp in now.items() if record.get(k) != fp}
    out.update({k: _REMOVED for k in record if k not in now})
    return out


_REMOVED = object()


def merge(existing: dict, new: dict, assume_edited: bool = False) -> tuple[dict, dict[str, int]]:
    """Merge a new extraction into an edited events file; returns (collection, counts).

    When ``existing`` has no record of what geo wrote, :class:`NoRecordError` is raised
    (features the user deleted could not be told from new ones) unless ``assume_edited``:
    then every feature in it that differs from the new extraction is kept as edited and
    nothing counts as deleted.
    """
    if not has_record(existing) and not assume_edited:
        raise NoRecordError(NO_RECORD)
    changed, deleted, fingerprinted = edited_ids(existing)
    new_by_id = {str(feature_id(f)): f for f in new["features"]}
    old_by_id = {str(feature_id(f)): f for f in existing.get("features", [])}
    if not fingerprinted:
        # no record of what geo wrote: whatever equals the new extraction is unchanged
        changed = {fid for fid in changed if fid not in new_by_id or fingerprint(new_by_id[fid]) != fingerprint(old_by_id[fid])}
    kept: dict[str, dict] = {}
    for fid, f in old_by_id.items():
        if fid in changed:
            g = copy.deepcopy(f)
            if not isinstance(g.get("properties"), dict):
                g["properties"] = {}
            g["properties"][EDITED] = True
            kept[fid] = g
    features: list[dict] = []
    counts = {"kept_edited": 0, "updated": 0, "added": 0, "stayed_deleted": 0, "kept_meta": 0}
    for f in new["features"]:
        fid = str(feature_id(f))
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
    user_meta = edited_meta(existing)
    for key, value in user_meta.items():
        counts["kept_meta"] += 1
        if value is _REMOVED:
            meta.pop(key, None)
        else:
            meta[key] = copy.deepcopy(value)
    if "text" in user_meta and "sentences" not in user_meta:
        # the new sentence spans are of the extracted text, not of the user's: without them
        # the page splits the user's text itself
        meta.pop("sentences", None)
    meta["deleted"] = sorted(deleted)
    return {"type": "FeatureCollection", "geo": meta, "features": features}, counts


def reconcile(existing: dict | None, new: dict, mode: str = "merge") -> tuple[dict, str | None, bool]:
    """What to write over ``existing`` (the events file in the way, or None) for a new
    extraction: returns (collection to write, stamped; a message or None; whether the old
    file must be kept as a backup first).

    ``mode`` is ``"merge"`` (keep the user's edits; stop when there is no record of what
    geo wrote), ``"merge-as-edited"`` (the same, treating an unrecorded file as all
    edited) or ``"overwrite"`` (replace; back up an edited file).
    """
    if existing is None:
        return stamp(new), None, False
    if mode == "overwrite":
        return stamp(new), None, is_edited(existing)
    merged, counts = merge(existing, new, assume_edited=mode == "merge-as-edited")
    if not (counts["kept_edited"] or counts["stayed_deleted"] or counts["kept_meta"]):
        return stamp(new), None, False
    msg = (
        f"you have edited this file; kept {counts['kept_edited']} edited feature(s) (marked \"edited\"), "
        f"{counts['kept_meta']} edited metadata value(s), updated {counts['updated']}, added {counts['added']}, "
        f"left {counts['stayed_deleted']} deleted. Use --overwrite to replace it (a .bak copy is kept)."
    )
    out = stamp(merged)
    # the record is of what geo itself made: the user's metadata values stay "edited"
    out["geo"]["written_geo"] = _meta_fingerprints({k: v for k, v in (new.get("geo") or {}).items()})
    return out, msg, False


def _reanchor(features: list[dict]) -> None:
    """Move the ends of unedited movements onto edited point places they start or end at."""
    points = {
        feature_id(f): f["geometry"]["coordinates"]
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


__all__ = ["fingerprint", "stamp", "stamp_meta", "is_edited", "merge", "reconcile", "keep_backup", "NoRecordError"]

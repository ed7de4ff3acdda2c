"""Write notebooks/explore.ipynb (without outputs) from the cells below.

    python scripts/make_notebook.py
"""

from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent

CELLS = [
    ("md", """# Exploring what an article claims

A walkthrough on the seed article (the Russian Ministry of Defence's claims of November 2017
about ISIS convoys leaving Abu Kamal). Run it top to bottom, from any folder: the article
and the gazetteer are read from the installed package (`geo.resources.data_file`), and the
files it writes go to `build/notebook/` under the folder the notebook runs in. Every step
uses the same package as `geo-map` (`build_map.py`)."""),
    ("code", """from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from mpl_toolkits.axes_grid1.anchored_artists import AnchoredSizeBar
from pyproj import CRS, Geod
from shapely.geometry import Point
from shapely.ops import nearest_points

import geo
from geo.resources import data_file

ARTICLE = data_file("articles/abu-kamal-2017-11.fr.txt")  # shipped with the package
OUT = Path.cwd() / "build" / "notebook"  # under the folder the notebook runs in
OUT.mkdir(parents=True, exist_ok=True)
for old in OUT.glob("events.geojson*"):  # start from a clean folder on every run
    old.unlink()
pd.set_option("display.width", 200)  # tables as text (outside Jupyter) on one line per row
GEOD = Geod(ellps="WGS84")  # distances and bearings on the ellipsoid, not in a projection"""),
    ("md", "## Places and claims as GeoDataFrames"),
    ("code", """text = ARTICLE.read_text(encoding="utf-8")
fc = geo.extract(text, "2017-11-14", lang="fr", source="Russian MoD statement, 14 Nov 2017")
events = geo.read_events(fc)
places = events[events.kind == "place"]
claims = events[events.kind != "place"]
places[["name", "place_kind", "precision_km", "inferred"]]"""),
    ("code", """claims[["kind", "event_type", "from", "to", "actor", "claimant", "date_start", "date_end", "status", "quote"]]"""),
    ("md", """## Length and bearing of every movement

Geodesic, on the WGS84 ellipsoid (`pyproj.Geod`): `length_km` along the drawn line,
`straight_km` and `bearing_deg` (true bearing, clockwise from north) from its start to its
end. A movement with only one end named is a Point (`from` or `to` empty): it has no length
or bearing, only the place it leaves or reaches."""),
    ("code", """moves = claims[claims.kind == "movement"]


def measure(mv):
    g = mv.geometry
    if g.geom_type != "LineString":  # one end named: nothing to measure
        named = mv["from"] if isinstance(mv["from"], str) else mv["to"]
        end = "from" if isinstance(mv["from"], str) else "to"
        return pd.Series({"length_km": None, "straight_km": None, "bearing_deg": None, "named_end": f"{end} {named}"})
    (lon0, lat0), (lon1, lat1) = g.coords[0], g.coords[-1]
    azimuth, _, straight = GEOD.inv(lon0, lat0, lon1, lat1)
    return pd.Series({
        "length_km": round(GEOD.geometry_length(g) / 1000, 1),
        "straight_km": round(straight / 1000, 1),
        "bearing_deg": round(azimuth % 360),
        "named_end": "both",
    })


movement_table = pd.concat([moves[["from", "to"]], moves.apply(measure, axis=1)], axis=1)
movement_table"""),
    ("md", """## Inside the east bank, across the border, distances from Abu Kamal

Containment is read on longitude/latitude (the shapes are small); distances to the border
are geodesic, between the closest points of the movement and the border line."""),
    ("code", """gazetteer = geo.read_places()
bank = events.loc["euphrates~east-bank", "geometry"]
towns = gazetteer[gazetteer.kind.isin(["town", "crossing"])]
print("places on the east bank:", list(towns[towns.within(bank)].name))

border = gazetteer.loc["syria-iraq-border", "geometry"]
syria = gazetteer.loc["syria", "geometry"]


def km_to_border(g):
    a, b = nearest_points(g, border)
    return GEOD.inv(a.x, a.y, b.x, b.y)[2] / 1000


def ends_outside_syria(mv):
    if mv.geometry.geom_type != "LineString" and not isinstance(mv["to"], str):
        return None  # the destination is not named
    return not syria.contains(Point(mv.geometry.coords[-1]))


crossing = pd.DataFrame({
    "km_to_border": moves.geometry.apply(km_to_border).round(2),
    "reaches_border_within_1km": moves.geometry.apply(km_to_border) < 1,
    "ends_outside_syria": moves.apply(ends_outside_syria, axis=1),
})
crossing"""),
    ("code", """abu_kamal = gazetteer.loc["abu-kamal", "geometry"]
towns = gazetteer[gazetteer.kind.isin(["town", "crossing"])].drop("abu-kamal")
_, _, metres = GEOD.inv([abu_kamal.x] * len(towns), [abu_kamal.y] * len(towns), list(towns.geometry.x), list(towns.geometry.y))
distances = pd.Series(metres, index=towns.index, name="km from Abu Kamal (geodesic)").div(1000).round(1)
distances.sort_values().to_frame()"""),
    ("md", "## The interactive map, made by the same renderer as `geo-map`"),
    ("code", """m = geo.make_map(events)
m"""),
    ("md", "## Filter the claims (by claimant, status, date) and redraw"),
    ("code", """keep = (
    (events.kind == "place")
    | (events.claimant.fillna("").str.contains("Défense") & (events.status == "claimed") & (events.date_start >= "2017-11-01"))
)
filtered = events[keep & ~((events.kind == "event") & (events.event_type == "attack"))]
print(len(events), "features,", len(filtered), "after the filter")
geo.make_map(filtered)"""),
    ("md", """## The edit loop, from the notebook

Move the crossing in the events file, save it, and re-extract into the same folder: the
edit is kept (marked `edited`) and the movements that end at the crossing follow it."""),
    ("code", """from geo.cli import main

assert main(["--text", str(ARTICLE), "--out", str(OUT)]) == 0
ev = geo.read_events(OUT / "events.geojson")
ev.loc["wadi-al-sabha-crossing", "geometry"] = Point(41.02, 34.56)
geo.save_geojson(ev, OUT / "events.geojson")

assert main(["--text", str(ARTICLE), "--out", str(OUT)]) == 0
after = geo.read_events(OUT / "events.geojson")
print(after.loc["wadi-al-sabha-crossing", "edited"], after.loc["wadi-al-sabha-crossing", "geometry"])
print([list(g.coords[-1]) for g in after[(after.kind == "movement") & (after.geom_type == "LineString")].geometry])
geo.save_map(after, OUT / "map.html")"""),
    ("md", """## A static figure for a report

Drawn in an azimuthal equidistant projection centred on the claims: north is up at the
centre and distances from it are true, so the scale bar and the north arrow hold across
the few hundred kilometres shown. The credits name the data the figure draws."""),
    ("code", """lon_c, lat_c = claims.geometry.union_all().envelope.centroid.coords[0]
crs = CRS.from_proj4(f"+proj=aeqd +lat_0={lat_c:.4f} +lon_0={lon_c:.4f} +datum=WGS84 +units=m")
frame = gazetteer.to_crs(crs)
view = events.to_crs(crs)

fig, ax = plt.subplots(figsize=(8, 7.5))
frame.loc[["syria", "iraq"]].plot(ax=ax, color=["#f2efe9", "#e9eef2"], edgecolor="#999")
frame.loc[["euphrates"]].plot(ax=ax, color="#1f9bd1", linewidth=2)
frame.loc[["syria-iraq-border"]].plot(ax=ax, color="#555", linewidth=1.5, linestyle="--")
view[view.place_kind == "area"].plot(ax=ax, facecolor="#e377c2", edgecolor="#b0488f", alpha=0.2, linewidth=1)
movements = view[view.kind == "movement"]
for _, mv in movements[movements.geom_type == "LineString"].iterrows():
    (x0, y0), (x1, y1) = mv.geometry.coords[0], mv.geometry.coords[-1]
    ax.annotate("", xy=(x1, y1), xytext=(x0, y0), arrowprops={"arrowstyle": "->", "color": "#d62728", "lw": 2})
one_end = movements[movements.geom_type == "Point"]
one_end.plot(ax=ax, marker="o", facecolor="none", edgecolor="#d62728", markersize=160, linewidth=2, zorder=4)
for _, mv in one_end.iterrows():
    if isinstance(mv["from"], str):
        label = f"leaves {events.loc[mv['from'], 'name']} (destination not named)"
    else:
        label = f"reaches {events.loc[mv['to'], 'name']} (origin not named)"
    ax.annotate(label, (mv.geometry.x, mv.geometry.y), xytext=(8, -14), textcoords="offset points", fontsize=8, color="#d62728")
pts = view[(view.kind == "place") & (view.geom_type == "Point")]
pts.plot(ax=ax, color="#1f77b4", zorder=3)
for _, p in pts.iterrows():
    ax.annotate(p["name"], (p.geometry.x, p.geometry.y), xytext=(5, 5), textcoords="offset points", fontsize=9)
minx, miny, maxx, maxy = view[view.kind != "place"].total_bounds
pad = 0.15 * max(maxx - minx, maxy - miny, 100_000)
ax.set_xlim(minx - pad, maxx + pad)
ax.set_ylim(miny - pad, maxy + pad)
ax.set_aspect("equal")

# scale bar: a round length near a fifth of the width (metres are true in this projection)
width_km = (ax.get_xlim()[1] - ax.get_xlim()[0]) / 1000
scale_km = max(s for s in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500) if s <= width_km / 5)
ax.add_artist(AnchoredSizeBar(ax.transData, scale_km * 1000, f"{scale_km} km", "lower left", pad=0.6,
                              frameon=True, size_vertical=(ax.get_ylim()[1] - ax.get_ylim()[0]) / 150))
# north arrow: true north is straight up at the centre of an azimuthal projection
ax.annotate("N", xy=(0.95, 0.95), xytext=(0.95, 0.84), xycoords="axes fraction", ha="center", va="center",
            fontsize=12, fontweight="bold", arrowprops={"arrowstyle": "-|>", "color": "black", "lw": 1.5})

handles = [
    Line2D([], [], color="#d62728", lw=2, marker=">", markevery=[-1], label="claimed movement"),
    Line2D([], [], color="none", marker="o", markerfacecolor="none", markeredgecolor="#d62728", markersize=10,
           markeredgewidth=2, label="claimed movement, one end named"),
    Line2D([], [], color="#1f77b4", marker="o", lw=0, label="place named in the article"),
    Patch(facecolor="#e377c2", edgecolor="#b0488f", alpha=0.2, label="area named in the article"),
    Line2D([], [], color="#1f9bd1", lw=2, label="Euphrates"),
    Line2D([], [], color="#555", lw=1.5, linestyle="--", label="Syria–Iraq border"),
    Patch(facecolor="#f2efe9", edgecolor="#999", label="Syria"),
    Patch(facecolor="#e9eef2", edgecolor="#999", label="Iraq"),
]
legend = ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8, frameon=False)
ax.set_title("Claimed ISIS movements out of Abu Kamal, November 2017\\n(claims of the Russian Ministry of Defence, not verified)")
ax.set_xticks([])
ax.set_yticks([])
ax.set_xlabel("")
ax.set_ylabel("")
credits = ("Borders: Natural Earth (public domain). Euphrates: GSHHG/WDBII rivers (LGPL). "
           "Towns: GeoNames (CC BY 4.0).\\nClaims: extracted by geo from the article, as the article reports them; not verified.")
ax.text(0, -0.02, credits, transform=ax.transAxes, ha="left", va="top", fontsize=7, color="#444")
fig.savefig(OUT / "figure.png", dpi=150, bbox_inches="tight")
{"legend": [t.get_text() for t in legend.get_texts()], "scale_bar_km": scale_km, "credits": credits}"""),
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

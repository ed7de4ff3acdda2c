"""Write notebooks/explore.ipynb (without outputs) from the cells below.

    python scripts/make_notebook.py
"""

from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent

CELLS = [
    ("md", """# Exploring what an article claims

A walkthrough on the seed article (the Russian Ministry of Defence's claims of November 2017
about ISIS convoys leaving Abu Kamal). Run it top to bottom; every step uses the same
package as `build_map.py`."""),
    ("code", """from pathlib import Path

import geopandas as gpd
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import pandas as pd
from shapely.geometry import Point

import geo

ROOT = Path.cwd() if (Path.cwd() / "data").exists() else Path.cwd().parent
ARTICLE = ROOT / "data" / "articles" / "abu-kamal-2017-11.fr.txt"
OUT = ROOT / "build" / "notebook"
OUT.mkdir(parents=True, exist_ok=True)
for old in OUT.glob("events.geojson*"):  # start from a clean folder on every run
    old.unlink()"""),
    ("md", "## Places and claims as GeoDataFrames"),
    ("code", """text = ARTICLE.read_text(encoding="utf-8")
fc = geo.extract(text, "2017-11-14", lang="fr", source="Russian MoD statement, 14 Nov 2017")
events = geo.read_events(fc)
places = events[events.kind == "place"]
claims = events[events.kind != "place"]
places[["name", "place_kind", "precision_km", "inferred"]]"""),
    ("code", """claims[["kind", "event_type", "from", "to", "actor", "claimant", "date_start", "date_end", "status", "quote"]]"""),
    ("md", """## Length and bearing of every movement

Measured in a projected CRS that suits the area (the UTM zone geopandas estimates), not in
degrees."""),
    ("code", """crs = events.estimate_utm_crs()
print(crs.name)
moves = claims[claims.kind == "movement"].to_crs(crs)


def bearing(line):
    (x0, y0), (x1, y1) = line.coords[0], line.coords[-1]
    import math

    return (math.degrees(math.atan2(x1 - x0, y1 - y0)) + 360) % 360


movement_table = pd.DataFrame({
    "from": moves["from"], "to": moves["to"],
    "length_km": (moves.length / 1000).round(1),
    "bearing_deg": moves.geometry.apply(bearing).round(0),
})
movement_table"""),
    ("md", "## Inside the east bank, across the border, distances from Abu Kamal"),
    ("code", """gazetteer = geo.read_places()
bank = events.loc["euphrates~east-bank", "geometry"]
towns = gazetteer[gazetteer.kind.isin(["town", "crossing"])]
print("places on the east bank:", list(towns[towns.within(bank)].name))

border = gazetteer.to_crs(crs).loc["syria-iraq-border", "geometry"]
syria = gazetteer.to_crs(crs).loc["syria", "geometry"]
crossing = pd.DataFrame({
    "reaches_border_within_1km": moves.distance(border) < 1000,
    "ends_outside_syria": moves.geometry.apply(lambda g: not syria.contains(Point(g.coords[-1]))),
})
crossing"""),
    ("code", """projected = gazetteer.to_crs(crs)
abu_kamal = projected.loc["abu-kamal", "geometry"]
distances = (projected[projected.kind.isin(["town", "crossing"])].distance(abu_kamal) / 1000).round(1)
distances.drop("abu-kamal").sort_values().rename("km from Abu Kamal").to_frame()"""),
    ("md", "## The interactive map, made by the same renderer as `build_map.py`"),
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
print([list(g.coords[-1]) for g in after[after.kind == "movement"].geometry])
geo.save_map(after, OUT / "map.html")"""),
    ("md", "## A static figure for a report"),
    ("code", """fig, ax = plt.subplots(figsize=(8, 7))
frame = gazetteer.to_crs(crs)
view = events.to_crs(crs)
frame.loc[["syria", "iraq"]].plot(ax=ax, color=["#f2efe9", "#e9eef2"], edgecolor="#999")
frame.loc[["euphrates"]].plot(ax=ax, color="#1f9bd1", linewidth=2)
frame.loc[["syria-iraq-border"]].plot(ax=ax, color="#555", linewidth=1.5, linestyle="--")
view[view.place_kind == "area"].plot(ax=ax, color="#e377c2", alpha=0.3)
for _, mv in view[view.kind == "movement"].iterrows():
    (x0, y0), (x1, y1) = mv.geometry.coords[0], mv.geometry.coords[-1]
    ax.annotate("", xy=(x1, y1), xytext=(x0, y0), arrowprops={"arrowstyle": "->", "color": "#d62728", "lw": 2})
pts = view[(view.kind == "place") & (view.geom_type == "Point")]
pts.plot(ax=ax, color="#1f77b4", zorder=3)
for _, p in pts.iterrows():
    ax.annotate(p["name"], (p.geometry.x, p.geometry.y), xytext=(5, 5), textcoords="offset points", fontsize=9)
minx, miny, maxx, maxy = view[view.kind != "place"].total_bounds
ax.set_xlim(minx - 60000, maxx + 60000)
ax.set_ylim(miny - 60000, maxy + 60000)
ax.set_title("Claimed ISIS movements out of Abu Kamal, November 2017\\n(claims of the Russian Ministry of Defence, not verified)")
ax.set_axis_off()
fig.savefig(OUT / "figure.png", dpi=150, bbox_inches="tight")"""),
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

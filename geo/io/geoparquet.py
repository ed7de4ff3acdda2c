"""A corpus's features as a partitioned GeoParquet dataset (issue 24): what pandas, DuckDB
and QGIS read when a combined ``events.geojson`` is too large to open.

    events.parquet/published=2024-03/part-00000.parquet
    events.parquet/published=unknown/part-00001.parquet

Partitioned (hive style) by the month the article was published; written a chunk of
features at a time (one part file a partition a chunk), so that memory stays flat. Every
part has the same columns: the scalar properties of :data:`COLUMNS` as text (numbers as
numbers), ``properties`` (every property, as JSON) and ``geometry`` (WKB, EPSG:4326, with
GeoParquet's ``geo`` metadata, written by geopandas).

    import geopandas; geopandas.read_parquet("out/events.parquet")
    duckdb: SELECT * FROM read_parquet('out/events.parquet/*/*.parquet', hive_partitioning=true)
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

#: the properties every part has as a column of its own (missing ones are null)
COLUMNS = ("id", "kind", "name", "article", "outlet", "place_kind", "event_type", "claimant", "actor", "status",
           "date_start", "date_end", "from", "to", "place", "quote", "title")
NUMBERS = ("precision_km", "confidence")
#: features a chunk: one part file a partition a chunk
CHUNK = 5000


def month(published: str | None) -> str:
    """The partition of an article: its publication's year and month, else ``unknown``."""
    if isinstance(published, str) and len(published) >= 7 and published[:4].isdigit() and published[5:7].isdigit():
        return published[:7]
    return "unknown"


class Writer:
    """Features added a chunk at a time into ``folder`` (created), partitioned by month."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self._rows: dict[str, list[dict]] = {}
        self._n = 0
        self._parts = 0

    def add(self, features: Iterable[dict], published: str | None) -> None:
        rows = self._rows.setdefault(month(published), [])
        for f in features:
            rows.append(f)
            self._n += 1
        if self._n >= CHUNK:
            self.flush()

    def flush(self) -> None:
        for key, feats in self._rows.items():
            if feats:
                self._write(self.folder / f"published={key}" / f"part-{self._parts:05d}.parquet", feats)
                self._parts += 1
        self._rows, self._n = {}, 0

    def _write(self, path: Path, features: list[dict]) -> None:
        import geopandas as gpd
        from shapely.geometry import shape

        data: dict[str, list] = {c: [] for c in (*COLUMNS, *NUMBERS, "properties")}
        geoms: list = []
        for f in features:
            p = f.get("properties") or {}
            for c in COLUMNS:
                v = p.get(c)
                data[c].append(v if isinstance(v, str) else None)
            for c in NUMBERS:
                v = p.get(c)
                data[c].append(float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else None)
            data["properties"].append(json.dumps(p, ensure_ascii=False, separators=(",", ":")))
            geoms.append(shape(f["geometry"]) if f.get("geometry") else None)
        path.parent.mkdir(parents=True, exist_ok=True)
        frame = gpd.GeoDataFrame(data, geometry=geoms, crs="EPSG:4326")
        for c in COLUMNS:
            frame[c] = frame[c].astype("string")
        frame.to_parquet(path, index=False)

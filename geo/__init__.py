"""geo: map what a news article claims happened where.

The public API (see :mod:`geo.api`):

- :func:`extract` — an article's text to a FeatureCollection of places, movements, events;
- :func:`read_places` / :func:`read_events` — the gazetteer and an events file as GeoDataFrames;
- :func:`collection` — any of those back to a FeatureCollection dict;
- :func:`make_map` / :func:`save_map` — the folium map (the one ``build_map.py`` makes);
- :func:`save_geojson` — write GeoJSON atomically and deterministically.
"""

from geo.api import collection, extract, make_map, read_events, read_places, save_geojson, save_map
from geo.errors import GazetteerError, GeoError, InputError, LanguageError, ValidationError

__version__ = "0.1.0"

__all__ = [
    "extract", "read_places", "read_events", "collection", "make_map", "save_map", "save_geojson",
    "GeoError", "InputError", "LanguageError", "GazetteerError", "ValidationError",
]

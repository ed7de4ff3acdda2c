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

import importlib
from typing import TYPE_CHECKING, Any

from geo.errors import ArgumentError, GazetteerError, GeoError, GeoWarning, InputError, LanguageError, ValidationError

if TYPE_CHECKING:
    import datetime as dt
    from pathlib import Path

    from geo.api import collection, make_map, read_events, read_places, save_geojson, save_map
    from geo.gazetteer import Gazetteer

__version__ = "0.1.0"

_API = ("read_places", "read_events", "collection", "make_map", "save_map", "save_geojson")

# The extraction stage's package, ``geo/extract/`` (cheap: it imports nothing), is imported
# before the function ``extract`` below is defined. Python binds a subpackage onto its
# parent (``geo.extract = <package>``) only when it first loads it; loaded here, that
# binding happens now, and the function replaces it for good, whatever is imported later
# (``from geo.extract.frames import ...`` still reads the package from ``sys.modules``).
# The stage's new name is :mod:`geo.extraction`; see docs/architecture.md.
importlib.import_module("geo.extract")


def extract(
    text: str,
    published: dt.date | str | None = None,
    *,
    lang: str | None = None,
    source: str | None = None,
    gazetteer: Gazetteer | str | Path | None = None,
    index: bool = True,
) -> dict:
    """The places, movements and events an article claims, as a GeoJSON FeatureCollection.

    ``published`` (a date or YYYY-MM-DD) dates "yesterday" and "on Friday"; ``lang`` (en fr
    de it pt es) is detected when not given; ``source`` names the article in the output;
    ``gazetteer`` replaces the curated places geo ships (a path or a loaded one);
    ``index=False`` keeps to them (no GeoNames / Natural Earth look-up). To read many
    articles with the same resources, or to get the typed record rather than GeoJSON, use
    :class:`geo.extraction.Extractor`.

    >>> fc = extract("Les combattants ont quitté Raqqa vers Palmyre.", "2017-11-14", lang="fr")
    >>> [(f["properties"]["from"], f["properties"]["to"]) for f in fc["features"] if f["properties"]["kind"] == "movement"]
    [('raqqa', 'palmyra')]
    """
    from geo.extract.pipeline import Extractor
    from geo.io.articles import check_extract_args

    # the command line's checks (types, NUL, size, half a character) at this door too
    check_extract_args(text, published, lang, gazetteer, "the article" if source is None else source, index)
    return Extractor(gazetteer, index=index)(text, published, lang=lang, source=source).to_geojson()

__all__ = [
    "extract", "read_places", "read_events", "collection", "make_map", "save_map", "save_geojson",
    "GeoError", "InputError", "ArgumentError", "LanguageError", "GazetteerError", "ValidationError", "GeoWarning",
]


def __getattr__(name: str) -> Any:
    """The API's functions, imported from :mod:`geo.api` when first asked for (PEP 562)."""
    if name in _API:
        from geo import api

        value = getattr(api, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'geo' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_API})

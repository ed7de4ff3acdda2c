"""Where the data geo ships is read from.

The curated gazetteer and the seed article live in the project's top-level ``data/``
folder, the files people edit; a copy of each ships inside the package (``geo/data/``,
kept identical by ``scripts/build_places.py`` and checked by ``tests/test_packaging.py``)
so that an installed wheel has them too. Running from a source checkout, the top-level
files are read, so an edit to ``data/places.geojson`` counts at once; installed, the
packaged copies are, through :mod:`importlib.resources`.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

#: the source checkout's top-level folder, when geo runs from one
CHECKOUT = Path(__file__).resolve().parent.parent

#: data files the package carries, as paths relative to ``data/``
PACKAGED = ("places.geojson", "water.geojson", "regions.json", "articles/abu-kamal-2017-11.fr.txt", "articles/abu-kamal-2017-11.fr.json")


def in_checkout() -> bool:
    """True when geo is imported from a source checkout (an editable install or the tree itself)."""
    return (CHECKOUT / "pyproject.toml").is_file() and (CHECKOUT / "data" / "places.geojson").is_file()


def packaged(name: str) -> Path:
    """The copy of ``data/<name>`` inside the package."""
    return Path(str(resources.files("geo").joinpath("data", *name.split("/"))))


def data_file(name: str) -> Path:
    """``data/<name>``: the checkout's file when there is one, else the packaged copy.

    >>> data_file("places.geojson").name
    'places.geojson'
    """
    if in_checkout():
        return CHECKOUT / "data" / name
    return packaged(name)


def cache_dir() -> Path:
    """Where geo keeps what it builds once (the name index, the context layers, locks):
    ``$GEO_CACHE_DIR``, else the system's user cache folder (platformdirs:
    ``~/.cache/geo`` on Linux, ``~/Library/Caches/geo`` on macOS,
    ``%LOCALAPPDATA%\\geo\\Cache`` on Windows)."""
    env = os.environ.get("GEO_CACHE_DIR")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_cache_dir("geo", appauthor=False))

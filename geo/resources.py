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
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import TypeVar, cast

T = TypeVar("T")

#: the source checkout's top-level folder, when geo runs from one
CHECKOUT = Path(__file__).resolve().parent.parent

#: data files the package carries, as paths relative to ``data/``
PACKAGED = ("places.geojson", "water.geojson", "regions.json", "areas.json", "exonyms.json", "articles/abu-kamal-2017-11.fr.txt", "articles/abu-kamal-2017-11.fr.json")


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


def kept_folder(prefix: str, *made_of: object) -> Path | None:
    """A folder of the cache folder for what geo builds once and keeps for the next runs:
    ``<prefix>-<digest>``, the digest of ``made_of`` (a function: its source; anything
    else: its text, such as a package's version), so that nothing built by other code or
    with other packages is read. None when there is no cache folder to name."""
    import hashlib
    import inspect

    h = hashlib.sha256()
    try:
        for part in made_of:
            text = inspect.getsource(part) if inspect.isfunction(part) else str(part)
            h.update(text.encode("utf-8") + b"\0")
        return cache_dir() / f"{prefix}-{h.hexdigest()[:16]}"
    except Exception:  # noqa: BLE001 - no source (its file changed or went under a running process), no cache folder: nothing is kept
        return None


def keep_file(path: Path, data: bytes) -> str | None:
    """Write ``data`` to ``path`` through a temporary file and a rename (a reader never sees
    half of it), its folders made. Returns None, or why it could not be written (what it
    holds is then built again next time: nothing else changes)."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError as err:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:  # the folder is not there (or not a folder): no file either
            pass
        return str(err.strerror or err)
    return None


def kept_pickle(path: Path | None, build: Callable[[], T], valid: Callable[[object], bool]) -> T:
    """What ``build()`` returns, kept at ``path`` (a pickle, see :func:`keep_file`) for the
    next processes: read back when it is there, whole and ``valid``; else built (and kept
    when the folder can be written). ``path`` None: built each time. ``path`` must be named
    by whatever the value is made of (:func:`kept_folder`): nothing else tells a stale file."""
    import pickle

    if path is not None:
        try:
            with path.open("rb") as fh:
                value = pickle.load(fh)  # noqa: S301 - our own file, in our own cache folder
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, TypeError, ValueError, ImportError, IndexError, KeyError):
            value = None
        if value is not None and valid(value):
            return cast(T, value)
    value = build()
    if path is not None:
        keep_file(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    return value


def kept_reading(folder: Path | None, raw: bytes, read: Callable[[bytes], T], valid: Callable[[object], bool]) -> T:
    """``read(raw)``, kept in ``folder`` (:func:`kept_folder`, named by the code that reads)
    as ``<sha256 of raw>.pickle`` (:func:`kept_pickle`): for a table geo ships as a file that
    every process would parse again (a lexicon's TOML, a derived table's lines, the water's
    GeoJSON), read back from one pickle once it was parsed."""
    import hashlib

    path = None if folder is None else folder / f"{hashlib.sha256(raw).hexdigest()[:32]}.pickle"
    return kept_pickle(path, lambda: read(raw), valid)

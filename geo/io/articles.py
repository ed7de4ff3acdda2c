"""Articles at the boundary: read a text file or take a corpus entry, checked and bounded.

Every article text — a ``--text`` file, a line of a JSON Lines corpus, a ``.txt`` in a
corpus folder — goes through :func:`check_text`; every description of an article (a
sidecar ``.json``, a corpus line's fields) through :func:`check_fields`. A problem is one
message naming what was expected and what was found.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from geo.errors import ArgumentError, GeoError, InputError
from geo.io import limits
from geo.io.validate import lone_surrogate

#: Fields an article description may carry, and what each must be.
FIELDS = ("text", "id", "published", "lang", "source")


def _short(v: Any) -> str:
    r = repr(v)
    return r if len(r) <= 40 else r[:37] + "..."


def _kind(v: Any) -> str:
    """What a JSON value is, in words."""
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "a boolean"
    if isinstance(v, (int, float)):
        return "a number"
    names: dict[type, str] = {str: "a string", list: "a list", dict: "an object"}
    return names.get(type(v), type(v).__name__)


def check_string(value: str, where: str, field: str) -> str:
    """A text field: no lone surrogate (half of a character: a ``\\ud800`` escape in JSON, a
    byte that is not UTF-8 in a command-line argument), which no UTF-8 output can hold."""
    at = lone_surrogate(value)
    if at >= 0:
        code = ord(value[at])
        what = (f"byte 0x{code - 0xDC00:02x}, which is not UTF-8," if 0xDC80 <= code <= 0xDCFF
                else f"a lone surrogate (\\u{code:04x}, half of a character)")
        raise InputError(f"{where}: {field}: {what} at character {at}; fix: write it as UTF-8 text (a whole character)")
    return value


def check_text(text: str, where: str, field: str = "the text") -> str:
    """The text itself: not empty, no NUL bytes, no lone surrogate, within ``$GEO_MAX_TEXT_BYTES``."""
    check_string(text, where, field)
    cap = limits.limit("GEO_MAX_TEXT_BYTES")
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > cap:
        raise InputError(
            f"{where}: the text is {size} bytes, more than the {cap}-byte limit ($GEO_MAX_TEXT_BYTES); "
            "split it into articles or raise the limit"
        )
    nul = text.find("\0")
    if nul >= 0:
        raise InputError(f"{where}: a NUL character at offset {nul}; is this a text file? re-save it as plain UTF-8 text")
    if not text.strip():
        raise InputError(f"{where}: the text is empty")
    return text


def read_bytes_bounded(p: Path, cap: int, what: str) -> bytes:
    """Read a regular file of at most ``cap`` bytes; a clear error otherwise."""
    if not (p.exists() or p.is_symlink()):
        raise InputError(f"{p}: no such file")
    try:
        if not p.is_file():
            raise InputError(f"{p}: not a regular file; expected {what}")
        with p.open("rb") as fh:
            data = fh.read(cap + 1)
    except OSError as err:
        raise InputError(f"{p}: cannot be read ({err.strerror or err}); expected {what}") from err
    if len(data) > cap:
        raise InputError(f"{p}: more than the {cap}-byte limit ($GEO_MAX_TEXT_BYTES); split it or raise the limit")
    return data


def read_article(path: str | Path) -> str:
    """An article file as text (UTF-8, a BOM allowed), checked by :func:`check_text`."""
    p = Path(path)
    data = read_bytes_bounded(p, limits.limit("GEO_MAX_TEXT_BYTES"), "a UTF-8 text file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(
            f"{p}: not UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start}); re-save the file as UTF-8"
        ) from err
    return check_text(text, str(p))


def check_fields(obj: dict, where: str) -> dict:
    """The fields of an article description (a sidecar or a corpus line), checked:
    ``published`` a string YYYY-MM-DD, ``lang`` a supported code, ``source`` a string,
    ``id`` a string or a whole number. Returns them (absent ones as None)."""
    from geo.extract.pipeline import parse_date
    from geo.text import check_language

    out: dict[str, Any] = {k: obj.get(k) for k in FIELDS}
    pub = out["published"]
    if pub is not None:
        if not isinstance(pub, str):
            raise InputError(f'{where}: "published": expected a string "YYYY-MM-DD", found {_short(pub)}')
        try:
            parse_date(pub)
        except InputError as err:
            raise InputError(f'{where}: "published": {err}') from None
    lang = out["lang"]
    if lang is not None:
        if not isinstance(lang, str):
            raise InputError(f'{where}: "lang": expected a language code such as "fr", found {_short(lang)}')
        try:
            check_language(lang)
        except GeoError as err:
            raise InputError(f'{where}: "lang": {err}') from None
    if out["source"] is not None and not isinstance(out["source"], str):
        raise InputError(f'{where}: "source": expected a string, found {_short(out["source"])}')
    fid = out["id"]
    if fid is not None and not (isinstance(fid, str) or (isinstance(fid, int) and not isinstance(fid, bool))):
        raise InputError(f'{where}: "id": expected a string or a whole number, found {_short(fid)}')
    out["id"] = str(fid) if fid is not None else None
    for key in ("id", "source", "lang", "published"):
        if isinstance(out[key], str):
            check_string(out[key], where, f'"{key}"')
    check_bounded(out["id"], where, '"id"', "GEO_MAX_ID_CHARS")
    check_bounded(out["source"], where, '"source"', "GEO_MAX_SOURCE_CHARS")
    return out


def check_bounded(value: str | None, where: str, field: str, name: str) -> None:
    """An identifier (an article's id, its outlet) within its limit: it is copied into
    every feature of the article."""
    cap = limits.limit(name)
    if value is not None and len(value) > cap:
        raise InputError(f"{where}: {field} is {len(value)} characters, more than the {cap}-character limit (${name}); shorten it")


def check_type(value: Any, types: tuple[type, ...], name: str, expected: str) -> None:
    """An argument of the API of one of ``types`` (a bool is not a number), else
    :class:`~geo.errors.ArgumentError` naming it."""
    if not isinstance(value, types) or (isinstance(value, bool) and bool not in types):
        raise ArgumentError(f"{name}: expected {expected}, found {_kind(value)} {_short(value)}")


def check_path(value: Any, name: str) -> Path:
    """A file or folder argument: a string or a path, with no NUL character."""
    check_type(value, (str, Path), name, "a path (a string or a pathlib.Path)")
    if "\0" in str(value):
        raise InputError(f"{name}: {_short(value)} holds a NUL character; expected a path")
    if not str(value).strip():
        raise InputError(f"{name}: expected a path, found an empty string")
    return Path(value)


def check_extract_args(text: Any, published: Any = None, lang: Any = None, gazetteer: Any = None,
                       source: Any = "the article", use_index: Any = True) -> None:
    """The checks the command line makes, for the Python API's ``extract``: types (an
    :class:`~geo.errors.ArgumentError`), then the text (:func:`check_text`) and the
    source (:func:`check_string`, bounded)."""
    import datetime as dt

    from geo.gazetteer import Gazetteer

    check_type(text, (str,), "text", "the article's text (a string)")
    check_type(published, (str, dt.date, type(None)), "published", 'a date "YYYY-MM-DD", a datetime.date or None')
    check_type(lang, (str, type(None)), "lang", 'a language code such as "fr", or None')
    check_type(gazetteer, (Gazetteer, str, Path, type(None)), "gazetteer", "a Gazetteer, a path to one, or None")
    check_type(source, (str,), "source", "the article's outlet (a string)")
    check_type(use_index, (bool,), "use_index", "True or False")
    check_text(text, "text", "the text")
    check_string(source, "source", "the outlet")
    check_bounded(source, "source", "the outlet", "GEO_MAX_SOURCE_CHARS")


def parse_description(raw: bytes, where: str) -> dict:
    """A JSON object describing an article (a sidecar file or a corpus line)."""
    try:
        obj, bad = limits.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as err:
        raise InputError(f"{where}: not UTF-8 (byte at offset {err.start})") from None
    except json.JSONDecodeError as err:
        raise InputError(f"{where}: not a JSON object ({err.msg} at line {err.lineno}, column {err.colno})") from None
    except limits.JSONLimitError as err:
        raise InputError(f"{where}: {err}") from None
    if not isinstance(obj, dict):
        raise InputError(f"{where}: expected a JSON object {{\"published\": ..., \"lang\": ..., \"source\": ...}}, found {_kind(obj)}")
    if bad:
        raise InputError(f"{where}: number(s) {sorted(set(bad))[:3]} are not finite; JSON has no NaN or Infinity")
    return obj


def read_sidecar(side: Path) -> dict:
    """The ``.json`` beside an article: its checked fields (see :func:`check_fields`)."""
    data = read_bytes_bounded(side, limits.limit("GEO_MAX_TEXT_BYTES"), "a JSON description of the article")
    return check_fields(parse_description(data, str(side)), str(side))

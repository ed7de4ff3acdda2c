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

from geo.errors import GeoError, InputError
from geo.io import limits

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


def check_text(text: str, where: str) -> str:
    """The text itself: not empty, no NUL bytes, within ``$GEO_MAX_TEXT_BYTES``."""
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
    return out


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

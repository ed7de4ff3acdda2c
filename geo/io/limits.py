"""Limits that keep every run bounded, and the one JSON reader that enforces them.

Each limit has a default and an environment variable that overrides it:

==========================  ==========================  =============================
limit                       default                     environment variable
==========================  ==========================  =============================
article text                2,000,000 bytes             ``GEO_MAX_TEXT_BYTES``
GeoJSON / sidecar file      200,000,000 bytes           ``GEO_MAX_JSON_BYTES``
JSON nesting depth          64 levels                   ``GEO_MAX_DEPTH``
digits in one JSON number   40                          ``GEO_MAX_NUMBER_DIGITS``
features on a single map    5,000 (then the batch map)  ``GEO_MAX_MAP_FEATURES``
an article's id             256 characters              ``GEO_MAX_ID_CHARS``
an article's source         1,000 characters            ``GEO_MAX_SOURCE_CHARS``
==========================  ==========================  =============================

A value over a limit is refused at the boundary with a message naming the limit and its
variable, before any work is done.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Callable
from typing import Any

from geo.errors import InputError

DEFAULTS = {
    "GEO_MAX_TEXT_BYTES": 2_000_000,
    "GEO_MAX_JSON_BYTES": 200 * 1024 * 1024,
    "GEO_MAX_DEPTH": 64,
    "GEO_MAX_NUMBER_DIGITS": 40,
    "GEO_MAX_MAP_FEATURES": 5_000,
    "GEO_MAX_ID_CHARS": 256,
    "GEO_MAX_SOURCE_CHARS": 1_000,
}


def limit(name: str) -> int:
    """The current value of a limit (its environment variable, else the default)."""
    raw = os.environ.get(name)
    if raw is None or not raw.strip():
        return DEFAULTS[name]
    try:
        value = int(raw)
    except ValueError:
        raise InputError(f"${name}={raw!r}: expected a whole number (default {DEFAULTS[name]})") from None
    if value < 1:
        raise InputError(f"${name}={raw!r}: expected a number >= 1 (default {DEFAULTS[name]})")
    return value


class JSONLimitError(ValueError):
    """A JSON value over a limit, or a number that is not a finite float."""


def _number_hooks(bad: list[str]) -> tuple[Callable[[str], int], Callable[[str], float], Callable[[str], float]]:
    digits = limit("GEO_MAX_NUMBER_DIGITS")

    def too_long(s: str) -> bool:
        return len(s) > digits

    def parse_int(s: str) -> int:
        if too_long(s):
            raise JSONLimitError(
                f"a number of {len(s)} characters ({s[:12]}...), more than the {digits}-character limit ($GEO_MAX_NUMBER_DIGITS)"
            )
        return int(s)

    def parse_float(s: str) -> float:
        if too_long(s):
            raise JSONLimitError(
                f"a number of {len(s)} characters ({s[:12]}...), more than the {digits}-character limit ($GEO_MAX_NUMBER_DIGITS)"
            )
        v = float(s)
        if not math.isfinite(v):
            bad.append(s)
        return v

    def parse_constant(s: str) -> float:
        bad.append(s)
        return float("nan")

    return parse_int, parse_float, parse_constant


def depth_of(obj: Any) -> int:
    """Nesting depth of a parsed JSON value (1 for a scalar), without recursion."""
    best = 0
    stack = [(obj, 1)]
    while stack:
        v, d = stack.pop()
        if d > best:
            best = d
        if isinstance(v, dict):
            stack.extend((x, d + 1) for x in v.values())
        elif isinstance(v, list):
            stack.extend((x, d + 1) for x in v)
    return best


def _max_bracket_depth(text: str, cap: int) -> int:
    """Nesting depth of brackets outside strings, stopping once over ``cap`` (linear)."""
    depth = best = 0
    in_str = esc = False
    for ch in text:
        if in_str:
            if esc:
                esc = False
            elif ch == "\\":
                esc = True
            elif ch == '"':
                in_str = False
        elif ch == '"':
            in_str = True
        elif ch in "[{":
            depth += 1
            if depth > best:
                best = depth
                if best > cap:
                    return best
        elif ch in "]}":
            depth -= 1
    return best


def loads(text: str) -> tuple[Any, list[str]]:
    """Parse JSON within the limits; return (value, non-finite number literals found).

    Raises :class:`json.JSONDecodeError` for a syntax error and :class:`JSONLimitError`
    for a value over a limit (too deep, a number too long).
    """
    cap = limit("GEO_MAX_DEPTH")
    bad: list[str] = []
    parse_int, parse_float, parse_constant = _number_hooks(bad)
    too_deep = JSONLimitError(f"nested more than {cap} levels deep, the limit ($GEO_MAX_DEPTH)")
    try:
        obj = json.loads(text, parse_int=parse_int, parse_float=parse_float, parse_constant=parse_constant)
    except RecursionError:
        if _max_bracket_depth(text, cap) > cap:
            raise too_deep from None
        raise JSONLimitError("nested too deep for Python to read") from None  # pragma: no cover
    if depth_of(obj) > cap:
        raise too_deep
    return obj, bad

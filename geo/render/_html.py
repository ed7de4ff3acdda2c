"""Values made safe for the page: HTML-escaping, colours and numbers read from properties,
JSON literals for scripts, and the two raw elements (HTML, JavaScript) geo adds to folium's.

folium escapes nothing: every string that comes from an article or a GeoJSON file is passed
through :func:`esc` before folium sees it.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

from branca.element import Element, MacroElement
from jinja2 import Template

_ENTITIES = str.maketrans({"{": "&#123;", "}": "&#125;", "`": "&#96;", "\\": "&#92;", "$": "&#36;"})


def esc(value: Any) -> str:
    """HTML-escape any value (None becomes an empty string).

    Beyond ``html.escape``, braces, backticks, backslashes and dollar signs become
    entities too: folium puts popup and tooltip HTML inside JavaScript template literals
    and re-reads rendered scripts as Jinja templates, so ``${...}``, a backtick or
    ``{{ ... }}`` in an article would otherwise break out or break the page.

    >>> esc('<img src=x onerror=alert(1)>')
    '&lt;img src=x onerror=alert(1)&gt;'
    >>> esc("{{ x }} `${y}`")
    '&#123;&#123; x &#125;&#125; &#96;&#36;&#123;y&#125;&#96;'
    """
    return html.escape("" if value is None else str(value), quote=True).translate(_ENTITIES)


def _color(value: Any, default: str) -> str:
    """A colour from a property, only if it is a plain CSS colour (no markup can pass)."""
    if isinstance(value, str) and re.fullmatch(r"#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,20}", value):
        return value
    return default


def _num(value: Any, default: float) -> float:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else default


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _join(value: Any) -> str:
    """A property shown as text: lists joined by commas, True as 'yes', anything else as str."""
    if isinstance(value, list):
        return ", ".join(_join(v) for v in value)
    if value is True:
        return "yes"
    if value in (None, False):
        return ""
    return str(value)


class _Raw(Element):
    """Raw HTML put into the page as it is. (``folium.Element(text)`` would parse the text
    as a Jinja template: article text such as ``{{ ... }}`` would break or run in it.)"""

    def __init__(self, html: str):
        super().__init__()
        self._raw = html

    def render(self, **kwargs: Any) -> str:
        return self._raw


class _Script(MacroElement):
    """Raw JavaScript placed after every map element's own script."""

    _template = Template("{% macro script(this, kwargs) %}{{ this.js }}{% endmacro %}")

    def __init__(self, js: str):
        super().__init__()
        self._name = "GeoScript"
        self.js = js


def _js(value: Any) -> str:
    """A JSON literal (of strings, numbers, lists, null) safe inside a <script> element and
    through folium's Jinja pass: no ``</``, ``<!--`` or braces survive."""
    text = json.dumps(value, ensure_ascii=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("{", "\\u007b").replace("}", "\\u007d")


def _json_block(value: Any) -> str:
    """Numbers, strings and lists (no objects but GeoJSON geometries, whose only strings are
    their types) as a compact JS literal, safe in a <script> element and through folium's
    Jinja pass: strings are escaped like _js (no ``<``, ``>`` or braces survive in them)."""
    text = json.dumps(value, ensure_ascii=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e")


def _features(fc: dict) -> list[dict]:
    return [f for f in fc.get("features", []) if isinstance(f, dict) and f.get("geometry") and isinstance(f.get("properties"), dict)]


def _meta(fc: dict) -> dict:
    """The collection's ``geo`` member (what geo knows of the article), or an empty dict."""
    meta = fc.get("geo")
    return meta if isinstance(meta, dict) else {}


def _title(props: dict) -> str:
    """A feature's accessible name (plain text: set with setAttribute, never as HTML)."""
    return str(props.get("title") or props.get("name") or props.get("id") or "")


def _lang(fc: dict) -> str:
    meta = _meta(fc)
    lang = meta.get("lang")
    return lang if isinstance(lang, str) and re.fullmatch(r"[a-z]{2,3}", lang) else "en"


def _date(v: Any) -> str | None:
    return v if isinstance(v, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", v) else None

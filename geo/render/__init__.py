"""Render a FeatureCollection as a folium map: this package only names what its modules
define (imported on first use, so that importing ``geo.render`` imports no folium and
changes nothing in branca or ``sys.modules``).

- :mod:`geo.render.page`: :func:`make_map`, :func:`render_html`, :func:`save_map`;
- :mod:`geo.render.batch`: the combined map of a batch;
- :mod:`geo.render._html`: :func:`esc` and the page's raw elements;
- :mod:`geo.render.popup`, :mod:`geo.render.layers`, :mod:`geo.render.panel`: a feature's
  popup, the map's layers, the article and legend beside the map;
- :mod:`geo.render.i18n`: the page's words in the article's language;
- :mod:`geo.render.context`: the bundled context layers;
- :mod:`geo.render._templates`: branca without re-templating, inside geo's render calls only.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from geo.render._html import esc
    from geo.render.page import make_map, render_html, save_map, stable_ids

#: name -> the module that defines it
_EXPORTS = {
    "make_map": "geo.render.page",
    "render_html": "geo.render.page",
    "save_map": "geo.render.page",
    "stable_ids": "geo.render.page",
    "esc": "geo.render._html",
}

__all__ = ["make_map", "render_html", "save_map", "stable_ids", "esc"]


def __getattr__(name: str) -> Any:
    """The re-exported names, from their modules on first use (PEP 562)."""
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'geo.render' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value

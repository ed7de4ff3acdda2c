"""branca without re-templating: the rendered output of every map element is text, not a
template.

branca (under folium) renders each element's macros to a string and wraps that string in
``Element(string)``, whose constructor compiles it as a new Jinja template, which is then
rendered once more. A map with a few hundred elements compiled a few hundred templates
(and the inlined Leaflet, every time): most of the time a page took.

:func:`install` replaces the ``Template`` name branca's ``Element`` uses by
:func:`template`: a source with no Jinja syntax (no ``{{``, ``{%``, ``{#``, and no
carriage return, which Jinja would normalise) becomes :class:`PlainText`, which renders to
the source itself less one trailing newline, exactly what Jinja makes of it; any other
source is compiled by Jinja as before (and kept, in case it comes again). The page is byte
for byte the same (``tests/test_render_speed.py`` compares both ways).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import branca.element
from jinja2 import Template as JinjaTemplate

#: what makes a source a real template (or makes Jinja change it)
_MARKERS = ("{{", "{%", "{#", "\r")


@lru_cache(maxsize=128)
def _compile(source: str) -> JinjaTemplate:
    return JinjaTemplate(source)


class PlainText:
    """A template source with no Jinja syntax: it renders to itself.

    >>> PlainText("var a = {};\\n").render(this=None, kwargs={})
    'var a = {};'
    """

    __slots__ = ("source",)

    def __init__(self, source: str):
        self.source = source

    def render(self, *args: Any, **kwargs: Any) -> str:
        # Jinja's default (keep_trailing_newline=False) drops one trailing newline
        return self.source[:-1] if self.source.endswith("\n") else self.source

    def __getattr__(self, name: str) -> Any:
        # anything else (``module``, ``blocks``...) is the compiled template's
        return getattr(_compile(self.source), name)


def template(source: Any) -> PlainText | JinjaTemplate:
    """``jinja2.Template(source)``, or :class:`PlainText` when that renders to the same text.

    >>> type(template("<b>x</b>")).__name__, type(template("{{ x }}")).__name__
    ('PlainText', 'Template')
    """
    if isinstance(source, str) and not any(m in source for m in _MARKERS):
        return PlainText(source)
    return _compile(source) if isinstance(source, str) else JinjaTemplate(source)


def install() -> None:
    """Make branca's ``Element(text)`` use :func:`template` (idempotent)."""
    # through the module's namespace: mypy forbids assigning to a name bound to a class
    vars(branca.element)["Template"] = template


def uninstall() -> None:
    """Give branca back Jinja's own ``Template`` (for the tests that compare both)."""
    vars(branca.element)["Template"] = JinjaTemplate

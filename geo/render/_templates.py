"""branca without re-templating: the rendered output of every map element is text, not a
template.

branca (under folium) renders each element's macros to a string and wraps that string in
``Element(string)``, whose constructor compiles it as a new Jinja template, which is then
rendered once more. A map with a few hundred elements compiled a few hundred templates
(and the inlined Leaflet, every time): most of the time a page took.

:func:`plain_text_elements` (only around geo's own render calls, and undone after)
replaces the ``Template`` name branca's ``Element`` uses by
:func:`template`: a source with no Jinja syntax (no ``{{``, ``{%``, ``{#``, and no
carriage return, which Jinja would normalise) becomes :class:`PlainText`, which renders to
the source itself less one trailing newline, exactly what Jinja makes of it; any other
source is compiled by Jinja as before (and kept, in case it comes again). The page is byte
for byte the same (``tests/render/test_page_same_as_replaced.py`` compares both ways).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

import branca
import branca.element
from jinja2 import Template as JinjaTemplate

#: the branca versions whose ``Element`` this was checked against (``tests/render/test_render.py``
#: renders pages both ways on the installed one and fails on a version not listed here);
#: on any other version geo's pages are rendered by branca as it is (the same bytes, slower)
BRANCA_VERSIONS = ("0.8.2",)

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


@contextmanager
def plain_text_elements() -> Iterator[None]:
    """Within the block, branca's ``Element(text)`` uses :func:`template` (on a branca of
    :data:`BRANCA_VERSIONS`; on another, nothing changes); after it, branca's own name is
    back, whatever happened in the block. Importing geo patches nothing.

    >>> import branca.element, jinja2
    >>> with plain_text_elements():
    ...     patched = branca.element.Template is template
    >>> patched, branca.element.Template is jinja2.Template
    (True, True)
    """
    names = vars(branca.element)
    if branca.__version__ not in BRANCA_VERSIONS or names.get("Template") is not JinjaTemplate:
        yield  # another branca, or already inside a render: rendered as branca does
        return
    # through the module's namespace: mypy forbids assigning to a name bound to a class
    names["Template"] = template
    try:
        yield
    finally:
        names["Template"] = JinjaTemplate

"""The extraction stage: mentions → places (borders, compass parts, spatial expressions) →
frames (movements, events) → attribution and dates, run by :mod:`geo.extract.pipeline`.

The package is also the public function: ``geo.extract(text, published, lang=None, ...)``
runs the whole pipeline and returns a FeatureCollection (see
:func:`geo.extract.pipeline.extract`), so ``geo.extract`` and ``geo.extract.frames`` both
mean what they say.
"""

from __future__ import annotations

import sys
import types
from typing import Any


class _Stage(types.ModuleType):
    """A package that can be called: ``geo.extract(...)`` is :func:`geo.extract.pipeline.extract`."""

    def __call__(self, *args: Any, **kwargs: Any) -> dict:
        from geo.api import extract

        return extract(*args, **kwargs)


sys.modules[__name__].__class__ = _Stage

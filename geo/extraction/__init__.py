"""The extraction stage under its new name: mentions → places (borders, compass parts,
spatial expressions) → frames (movements, events) → attribution and dates, run in order
by :class:`Extractor`.

``geo.extract`` is now only the public function (see :func:`geo.extract`); the stage's
package needed a name of its own. This release its modules still live in ``geo/extract/``
(they are being edited on other branches, and a move would turn every merge into a
conflict), so ``geo.extraction.<stage>`` is the same module object as
``geo.extract.<stage>``:

>>> import geo.extraction.frames as frames
>>> from geo.extract import frames as old
>>> frames is old
True

Next release the files move here and ``geo/extract/`` becomes the alias for one release
(:class:`Alias` the other way round).
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import sys
from types import ModuleType

from geo.extract.pipeline import Extractor

__all__ = ["Alias", "Extractor"]


class Alias(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Makes ``<alias>.<name>`` import the module ``<real>.<name>`` itself (one module
    object under two names, so classes, caches and ``isinstance`` are shared)."""

    def __init__(self, alias: str, real: str):
        self.alias, self.real = alias, real
        self._specs: dict[str, importlib.machinery.ModuleSpec | None] = {}

    def _real_name(self, fullname: str) -> str | None:
        return self.real + fullname[len(self.alias) :] if fullname.startswith(self.alias + ".") else None

    def find_spec(self, fullname: str, path: object = None, target: object = None) -> importlib.machinery.ModuleSpec | None:
        real = self._real_name(fullname)
        if real is None or importlib.util.find_spec(real) is None:
            return None
        return importlib.machinery.ModuleSpec(fullname, self)

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType:
        real = self._real_name(spec.name)
        assert real is not None  # find_spec only answers for the alias's modules
        module = importlib.import_module(real)
        # the import system sets the alias's spec on the module: the real one is put back
        self._specs[spec.name] = module.__spec__
        return module

    def exec_module(self, module: ModuleType) -> None:
        alias = module.__spec__.name if module.__spec__ else ""
        module.__spec__ = self._specs.pop(alias, module.__spec__)


def _install(alias: Alias) -> None:
    if not any(isinstance(f, Alias) and f.alias == alias.alias for f in sys.meta_path):
        sys.meta_path.insert(0, alias)


_install(Alias(__name__, "geo.extract"))

"""Each language's sentences, one folder a language: ``tests/lang/<lang>/<module>.py`` holds
that language's cases for ``tests/…/test_<module>.py``, one table a test, named after the
test (``test_movement_constructions`` reads ``MOVEMENT_CONSTRUCTIONS``). A case is a
``pytest.param`` of the test's arguments without ``lang``, its id without the language
(no id: the language alone).

The test functions stay one each and ask ``cases(module, table)``: every language folder
that has the table gives its cases, with ``lang`` put back and the id prefixed by it
(``en-participle-from``). A new language is a new folder (with an ``__init__.py``) beside
its ``geo/lexicon/<lang>.toml``; a table it leaves out is a test it does not run yet.
"""

from __future__ import annotations

from importlib import import_module
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).parent
#: the language folders, in order
LANGS = tuple(sorted(p.name for p in HERE.iterdir() if (p / "__init__.py").is_file()))


def cases(module: str, table: str, lang_at: int = 0) -> list[Any]:
    """Every language's cases of ``table`` in ``tests/lang/<lang>/<module>.py``, as
    ``pytest.param``s with the language inserted at ``lang_at`` among the arguments."""
    out = []
    for lang in LANGS:
        name = f"tests.lang.{lang}.{module}"
        try:
            mod = import_module(name)
        except ModuleNotFoundError as err:
            if err.name != name:
                raise
            continue
        for p in getattr(mod, table, ()):
            values = list(p.values)
            values.insert(lang_at, lang)
            out.append(pytest.param(*values, id=f"{lang}-{p.id}" if p.id else lang, marks=p.marks))
    if not out:
        raise LookupError(f"no folder of tests/lang/ has a table {table} in {module}.py")
    return out


def by_language(module: str, name: str) -> dict[str, Any]:
    """``name`` of ``tests/lang/<lang>/<module>.py`` for every language folder that has it."""
    out = {}
    for lang in LANGS:
        try:
            mod = import_module(f"tests.lang.{lang}.{module}")
        except ModuleNotFoundError as err:
            if err.name != f"tests.lang.{lang}.{module}":
                raise
            continue
        if hasattr(mod, name):
            out[lang] = getattr(mod, name)
    if not out:
        raise LookupError(f"no folder of tests/lang/ has {name} in {module}.py")
    return out


def measured(module: str) -> list[Any]:
    """One ``pytest.param(lang, construction, count)`` per entry of each language's ``MEASURED`` table in
    ``tests/lang/<lang>/<module>.py`` (a grid's pass counts), its id ``<lang>-<construction>-<count>``."""
    return [pytest.param(lang, name, n, id=f"{lang}-{name}-{n}")
            for lang, table in by_language(module, "MEASURED").items() for name, n in table.items()]

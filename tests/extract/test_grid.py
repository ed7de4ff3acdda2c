"""The construction grid (bench/grid.py): each language's cells of each construction, sentences
written for the grid in tests/lang/<lang>/grid.py, pass at least as often as measured, minus one
(``MEASURED`` beside the cells, written by ``.venv/bin/python bench/grid.py --write``)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from tests.lang import by_language

_SPEC = importlib.util.spec_from_file_location("bench_grid", Path(__file__).resolve().parents[2] / "bench" / "grid.py")
assert _SPEC is not None and _SPEC.loader is not None
grid = importlib.util.module_from_spec(_SPEC)
sys.modules["bench_grid"] = grid
_SPEC.loader.exec_module(grid)


def _families() -> list:
    out = []
    for lang, measured in by_language("grid", "MEASURED").items():
        for name, n in measured.items():
            out.append(pytest.param(lang, name, n, id=f"{lang}-{name}-{n}"))
    return out


@pytest.mark.parametrize(("lang", "construction", "measured"), _families())
def test_each_construction_passes_as_often_as_measured(lang, construction, measured):
    cells = [c for c in grid.grid(lang) if c[0] == construction]
    failing = [(c[1], sorted(got, key=str)) for c in cells for ok, got in [grid.passes(lang, c)] if not ok]
    assert len(cells) - len(failing) >= measured - 1, failing


def test_every_language_has_the_same_constructions():
    inventories = {lang: sorted({c[0] for c in grid.grid(lang)}) for lang in grid.languages()}
    assert len(inventories) == 6
    assert len({tuple(v) for v in inventories.values()}) == 1, inventories


@pytest.mark.parametrize("lang", grid.languages())
def test_every_cell_names_known_places_and_a_movement(lang):
    for construction, sentence, expected in grid.grid(lang):
        assert expected, (construction, sentence)
        for pair in expected:
            assert pair != (None, None), (construction, sentence)
            assert all(key is None or key in grid.PLACES for key in pair), (construction, sentence, pair)

"""The claimant grid (bench/claims_grid.py): each language's cells of each construction of reported
speech, texts written for the grid in tests/lang/<lang>/claims_grid.py, name their movements'
claimant at least as often as measured, minus one (``MEASURED`` beside the cells, written by
``.venv/bin/python bench/claims_grid.py --write``)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from tests.lang import measured

_SPEC = importlib.util.spec_from_file_location("bench_claims_grid", Path(__file__).resolve().parents[2] / "bench" / "claims_grid.py")
assert _SPEC is not None and _SPEC.loader is not None
claims_grid = importlib.util.module_from_spec(_SPEC)
sys.modules["bench_claims_grid"] = claims_grid
_SPEC.loader.exec_module(claims_grid)


@pytest.mark.parametrize(("lang", "construction", "count"), measured("claims_grid"))
def test_each_construction_names_its_claimant_as_often_as_measured(lang, construction, count):
    cells = [c for c in claims_grid.cells(lang) if c[0] == construction]
    failing = [(c[1], c[2], got) for c in cells for ok, got in [claims_grid.passes(lang, c)] if not ok]
    assert len(cells) - len(failing) >= count - 1, failing


def test_every_language_has_the_same_constructions():
    inventories = {lang: sorted({c[0] for c in claims_grid.cells(lang)}) for lang in claims_grid.languages()}
    assert len(inventories) == 6
    assert len({tuple(v) for v in inventories.values()}) == 1, inventories


@pytest.mark.parametrize("lang", claims_grid.languages())
def test_every_cell_states_a_movement(lang):
    """A cell tests who claims a movement, so its text must give one (whoever it names)."""
    missing = [c[1] for c in claims_grid.cells(lang) if not claims_grid.claimants(c[1], lang)]
    assert not missing, missing


def test_a_wrong_claimant_fails_its_cell():
    cell = ("subject-before", "The mayor said that thousands of families had fled from Aleppo to Damascus.", "the governor")
    assert not claims_grid.passes("en", cell)[0]
    assert claims_grid.passes("en", cell[:2] + ("THE  Mayor",))[0]

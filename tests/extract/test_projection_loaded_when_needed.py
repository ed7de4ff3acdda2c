"""pyproj is imported where a projection is made (a buffer "near" a place, an offset "20 km
north of" it), not with the pipeline: a process whose articles need none does not load it
(~0.04 CPU-s of each process's start, issue 24)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

_PLAIN = "Four buses left Leeds for York on Monday, the council said."
_NEAR = "The families fled to a camp near Lyon, the agency said."
_OFFSET = "The convoy reached Dunmore, a village 20 km north of Leeds, the police said."


def _loaded(text: str) -> bool:
    """Whether a fresh process that extracts ``text`` has imported pyproj."""
    code = (
        "import sys\n"
        "from geo.extract.pipeline import extract\n"
        f"extract({text!r}, '2024-01-01', 'en')\n"
        "print('pyproj' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return out.stdout.strip().splitlines()[-1] == "True"


def test_the_pipeline_and_a_plain_article_do_not_load_pyproj() -> None:
    assert not _loaded(_PLAIN)


@pytest.mark.parametrize("text", [_NEAR, _OFFSET], ids=["near", "offset"])
def test_an_area_made_by_a_projection_loads_it(text: str) -> None:
    assert _loaded(text)

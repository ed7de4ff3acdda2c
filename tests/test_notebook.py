"""notebooks/explore.ipynb runs top to bottom, and is committed without outputs."""

import json

import pytest

from tests.conftest import ROOT

NB = ROOT / "notebooks" / "explore.ipynb"


def test_notebook_is_committed_without_outputs():
    nb = json.loads(NB.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            assert cell.get("outputs") == [] and cell.get("execution_count") is None, cell["source"][:60]


@pytest.mark.slow
def test_notebook_runs_top_to_bottom(tmp_path):
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(NB, as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(NB.parent)}}).execute()
    outputs = {c["id"]: c.get("outputs", []) for c in nb.cells if c.cell_type == "code"}
    errors = [o for outs in outputs.values() for o in outs if o.get("output_type") == "error"]
    assert errors == []
    assert (ROOT / "build" / "notebook" / "figure.png").stat().st_size > 10_000
    text = json.dumps([o for outs in outputs.values() for o in outs])
    assert "length_km" in text and "bearing_deg" in text
    assert "True" in text  # the crossing edit was kept

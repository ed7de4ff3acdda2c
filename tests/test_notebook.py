"""notebooks/explore.ipynb runs top to bottom from any folder, and is committed without outputs."""

import json
import os
import re
import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT

NB = ROOT / "notebooks" / "explore.ipynb"


def test_notebook_is_committed_without_outputs():
    nb = json.loads(NB.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            assert cell.get("outputs") == [] and cell.get("execution_count") is None, cell["source"][:60]


def test_notebook_is_what_the_script_makes():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import make_notebook
    finally:
        sys.path.pop(0)
    built = [c["source"] for c in make_notebook.build().cells]
    committed = ["".join(c["source"]) if isinstance(c["source"], list) else c["source"] for c in json.loads(NB.read_text(encoding="utf-8"))["cells"]]
    assert built == committed


def test_notebook_reads_no_path_of_the_checkout():
    source = "\n".join("".join(c["source"]) for c in json.loads(NB.read_text(encoding="utf-8"))["cells"])
    assert not re.search(r"""["'](\.\./|data/|notebooks/)|\.parent\b""", source)
    assert "estimate_utm_crs" not in source and "Geod(" in source


def _run(tmp_path, article=None):
    """`jupyter nbconvert --execute` in a temporary folder (on ``article``, else the seed):
    its text outputs, and the folder it wrote."""
    shutil.copy(NB, tmp_path / "explore.ipynb")
    env = {**os.environ, "GEO_ARTICLE": str(article)} if article else {k: v for k, v in os.environ.items() if k != "GEO_ARTICLE"}
    run = subprocess.run(
        [sys.executable, "-m", "jupyter", "nbconvert", "--execute", "--to", "notebook", "--output", "ran.ipynb",
         "--ExecutePreprocessor.timeout=300", "explore.ipynb"],
        cwd=tmp_path, capture_output=True, text=True, timeout=600, env=env,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    nb = json.loads((tmp_path / "ran.ipynb").read_text(encoding="utf-8"))
    outputs = [o for c in nb["cells"] if c["cell_type"] == "code" for o in c["outputs"]]
    assert [o for o in outputs if o["output_type"] == "error"] == []
    # the figure and the maps are shown in the notebook, not only saved
    assert any("image/png" in o.get("data", {}) for o in outputs)
    assert sum("text/html" in o.get("data", {}) and "leaflet" in "".join(o["data"]["text/html"]).lower() for o in outputs) == 2
    plain = ["".join(o.get("data", {}).get("text/plain", "")) + "".join(o.get("text", "")) for o in outputs]
    return "\n".join(plain), tmp_path / "build" / "notebook"


@pytest.mark.slow
def test_notebook_runs_with_nbconvert_on_the_seed_from_another_folder(tmp_path):
    """Outputs land in the temporary folder, nothing in the checkout."""
    stray = [ROOT / "notebooks" / "build", tmp_path.parent / "build"]
    before = {p: p.exists() for p in stray}
    text, out = _run(tmp_path)
    assert {p: p.exists() for p in stray} == before
    assert (out / "figure.png").stat().st_size > 10_000 and (out / "map.html").is_file()
    # Abu Kamal -> the crossing: 14.6 km on a true bearing of 55 degrees (north-east)
    row = re.search(r"^movement:abu-kamal->wadi-al-sabha-crossing@s5\s+abu-kamal\s+wadi-al-sabha-crossing\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+both$", text, re.M)
    assert row and [float(v) for v in row.groups()] == [14.6, 14.6, 55.0]
    # the movement whose destination the story's route gives (inferred) is measured like the others
    assert re.search(r"^movement:syria->wadi-al-sabha-crossing@s8\s+syria\s+wadi-al-sabha-crossing\s+[\d.]+\s+[\d.]+\s+\d+\s+both$", text, re.M)
    assert re.search(r"passage de Wadi Al Sabha True POINT \(41.0986 34.5777\)", text)  # the edit was kept
    summary = eval(re.findall(r"^\{'legend'.*\}$", text, re.M)[-1], {})  # the figure cell's summary
    assert summary["movements"] == 3
    assert all(name in summary["credits"] for name in ("Natural Earth", "GeoNames", "GSHHG"))


@pytest.mark.slow
def test_notebook_runs_on_another_article(tmp_path):
    """A German article written for the tests: what to show is found from the data."""
    text, out = _run(tmp_path, ROOT / "tests" / "data" / "pages" / "de.txt")
    assert (out / "figure.png").stat().st_size > 10_000
    assert "abu" not in text.lower() and "syria" not in text.lower()
    assert re.search(r"^\S+\s+Grenoble\s+Lyon\s+9\d\.\d$|^\S+\s+Lyon\s+Grenoble\s+9\d\.\d$", text, re.M), text[:2000]
    summary = eval(re.findall(r"^\{'legend'.*\}$", text, re.M)[-1], {})
    assert summary["movements"] >= 3

"""notebooks/explore.ipynb runs top to bottom from any folder, and is committed without outputs."""

import json
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


@pytest.mark.slow
def test_notebook_runs_with_nbconvert_from_another_folder(tmp_path):
    """`jupyter nbconvert --execute` in a temporary folder: outputs land there, nothing in the checkout."""
    shutil.copy(NB, tmp_path / "explore.ipynb")
    stray = [ROOT / "notebooks" / "build", tmp_path.parent / "build"]
    before = {p: p.exists() for p in stray}
    run = subprocess.run(
        [sys.executable, "-m", "jupyter", "nbconvert", "--execute", "--to", "notebook", "--output", "ran.ipynb",
         "--ExecutePreprocessor.timeout=300", "explore.ipynb"],
        cwd=tmp_path, capture_output=True, text=True, timeout=600,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert {p: p.exists() for p in stray} == before
    out = tmp_path / "build" / "notebook"
    assert (out / "figure.png").stat().st_size > 10_000 and (out / "map.html").is_file()

    nb = json.loads((tmp_path / "ran.ipynb").read_text(encoding="utf-8"))
    outputs = [o for c in nb["cells"] if c["cell_type"] == "code" for o in c["outputs"]]
    assert [o for o in outputs if o["output_type"] == "error"] == []
    plain = ["".join(o.get("data", {}).get("text/plain", "")) + "".join(o.get("text", "")) for o in outputs]
    text = "\n".join(plain)

    # geodesic, not UTM zone 37N (which gave 10,961 km): Washington is 9,682 km from Abu Kamal
    washington = re.search(r"^washington\s+([\d.]+)$", text, re.M)
    assert washington and abs(float(washington.group(1)) - 9682) < 5
    # Abu Kamal -> the crossing: 14.6 km on a true bearing of 55 degrees (north-east)
    row = re.search(r"^movement:abu-kamal->wadi-al-sabha-crossing@s5\s+abu-kamal\s+wadi-al-sabha-crossing\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+both$", text, re.M)
    assert row and [float(v) for v in row.groups()] == [14.6, 14.6, 55.0]
    # the movement with one end named has no length
    assert re.search(r"^movement:syria->@s8\s+syria\s+NaN\s+NaN\s+NaN\s+NaN\s+from syria$", text, re.M)
    assert "True POINT (41.02 34.56)" in text  # the crossing edit was kept

    figure = eval(plain[-1], {})  # the figure cell's summary: a dict literal
    assert figure["scale_bar_km"] in (10, 20, 25, 50, 100)
    assert {"claimed movement", "claimed movement, one end named", "Syria–Iraq border"} <= set(figure["legend"])
    assert all(name in figure["credits"] for name in ("Natural Earth", "GeoNames", "GSHHG"))

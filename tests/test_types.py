"""Type checking (issue 10): mypy runs on geo/ with no errors, every function annotated.

The configuration is ``[tool.mypy]`` in pyproject.toml. Every module is checked: no
override ignores a module's errors or disables an error code, so none can be excluded
quietly.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

def _mypy_config() -> dict:
    with (ROOT / "pyproject.toml").open("rb") as fh:
        return tomllib.load(fh)["tool"]["mypy"]


def _mypy(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "mypy", *args], capture_output=True, text=True, cwd=ROOT, timeout=600)


def test_no_module_skips_its_errors():
    config = _mypy_config()
    assert "ignore_errors" not in config and "disable_error_code" not in config
    for o in config.get("overrides", []):
        modules = [o["module"]] if isinstance(o["module"], str) else o["module"]
        assert "ignore_errors" not in o, f"override for {modules} ignores their errors"
        assert "disable_error_code" not in o, f"override for {modules} disables error codes"
        assert not any(m == "geo" or m.startswith("geo.") for m in modules), f"override loosens checks on {modules}"


def test_the_configuration_requires_annotations():
    r = _mypy("-c", "def f(x):\n    return x\n")
    assert r.returncode == 1, r.stdout + r.stderr
    assert "Function is missing a type annotation  [no-untyped-def]" in r.stdout


@pytest.mark.slow
def test_mypy_finds_no_error_in_geo():
    r = _mypy("geo")
    assert r.returncode == 0, f"mypy geo reports errors:\n{r.stdout}{r.stderr}"
    checked = re.search(r"no issues found in (\d+) source files", r.stdout)
    assert checked, r.stdout
    assert int(checked.group(1)) == len(list((ROOT / "geo").rglob("*.py")))

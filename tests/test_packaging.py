"""The package as users get it: data inside the wheel, the command's name and version,
the gazetteer argument, the index build shared between processes, one-line I/O errors."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import venv
from pathlib import Path

import pytest

import geo
from geo.errors import InputError
from geo.extract.pipeline import extract
from geo.gazetteer import Gazetteer, load_gazetteer
from geo.resources import PACKAGED, packaged
from tests.conftest import ROOT

SENTENCE = "Les combattants ont quitté Raqqa en direction de Palmyre."


@pytest.mark.parametrize("name", [pytest.param(n, id=n) for n in PACKAGED])
def test_packaged_copy_is_identical(name):
    top, inside = ROOT / "data" / name, packaged(name)
    assert inside != top
    assert inside.read_bytes() == top.read_bytes(), (
        f"geo/data/{name} differs from data/{name}: run python scripts/build_places.py --sync"
    )


def test_every_packaged_file_is_in_package_data():
    import tomllib

    globs = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]["geo"]
    for name in PACKAGED:
        assert any(Path("data", name).match(g) for g in globs), name


def _run(*args, cwd=None, env=None):
    code = "import sys; from geo.cli import main; sys.exit(main())"
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=cwd, env=env)


def test_version_and_prog():
    r = _run("--version")
    assert r.returncode == 0
    assert r.stdout.strip() == f"geo-map {geo.__version__}"
    h = _run("--help")
    assert h.stdout.startswith("usage: geo-map ")


def test_no_argument_run_writes_under_the_current_folder(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    r = _run(cwd=tmp_path, env=env)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "build" / "seed" / "map.html").stat().st_size > 10_000
    assert Path(r.stdout.split()[0]) == Path("build/seed/events.geojson")


@pytest.mark.parametrize(
    "how",
    [pytest.param("path", id="path"), pytest.param("str", id="str"), pytest.param("object", id="object")],
)
def test_extract_takes_a_gazetteer_path_or_object(how):
    src = ROOT / "data" / "places.geojson"
    gaz = {"path": src, "str": str(src), "object": load_gazetteer(src)}[how]
    fc = extract(SENTENCE, "2017-11-14", "fr", gazetteer=gaz, use_index=False)
    moves = [f["properties"] for f in fc["features"] if f["properties"]["kind"] == "movement"]
    assert [(m["from"], m["to"]) for m in moves] == [("raqqa", "palmyra")]


def test_extract_rejects_another_gazetteer_type():
    with pytest.raises(InputError, match="expected a path or a Gazetteer, got int"):
        extract(SENTENCE, "2017-11-14", "fr", gazetteer=42, use_index=False)


def test_extract_with_a_small_gazetteer_object():
    full = load_gazetteer()
    small = Gazetteer([full["raqqa"], full["palmyra"]], "two places")
    fc = extract(SENTENCE, "2017-11-14", "fr", gazetteer=small, use_index=False)
    ids = sorted(f["properties"]["id"] for f in fc["features"] if f["properties"]["kind"] == "place")
    assert ids == ["palmyra", "raqqa"]


def test_unwritable_cache_is_one_line_exit_2(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    art = tmp_path / "a.txt"
    art.write_text(SENTENCE, encoding="utf-8")
    env = {**os.environ, "GEO_CACHE_DIR": str(blocker / "cache"), "PYTHONPATH": str(ROOT)}
    r = _run("--text", str(art), "--out", str(tmp_path / "out"), cwd=tmp_path, env=env)
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "GEO_CACHE_DIR" in lines[0], r.stderr
    assert not (tmp_path / "out").exists()


def test_unwritable_output_is_one_line_exit_2(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    art = tmp_path / "a.txt"
    art.write_text(SENTENCE, encoding="utf-8")
    r = _run("--text", str(art), "--out", str(blocker / "sub"), cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert r.returncode == 2
    # one line that names the file in the way and says what to do (the message itself is
    # pinned in tests/test_bad_inputs.py)
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {blocker}: ") and "--out" in lines[0], r.stderr


LOCK_SCRIPT = textwrap.dedent(
    """
    import sys, time
    from geo.gazetteer import index

    def fake_build(path, progress=False):
        with open(sys.argv[1], "a") as log:
            log.write("built\\n")
        time.sleep(1.5)
        path.write_bytes(b"")

    index.build_index = fake_build
    index.load_index()
    """
)


def test_index_is_built_once_by_processes_that_start_together(tmp_path):
    """The lock is held across processes: of three that start together, one builds."""
    log = tmp_path / "builds.log"
    env = {**os.environ, "GEO_CACHE_DIR": str(tmp_path / "cache"), "PYTHONPATH": str(ROOT)}
    procs = [subprocess.Popen([sys.executable, "-c", LOCK_SCRIPT, str(log)], env=env, stderr=subprocess.PIPE, text=True) for _ in range(3)]
    errs = [p.communicate(timeout=60)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], errs
    assert log.read_text().splitlines() == ["built"]
    assert sum("building the place-name index" in e for e in errs) == 1
    assert not list((tmp_path / "cache").glob("*.tmp"))


@pytest.mark.slow
def test_wheel_works_from_anywhere(tmp_path):
    """Build a wheel, install it (no editable link to this checkout) into a fresh venv and
    use it from a folder that is not the checkout."""
    dist = tmp_path / "dist"
    r = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(ROOT)],
        capture_output=True, text=True,
    )
    assert r.returncode == 0, r.stderr
    (wheel,) = dist.glob("geo_claims-*.whl")
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)
    py = env_dir / "bin" / "python"
    site = Path(subprocess.check_output([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], text=True).strip())
    # the wheel's own files go into the fresh venv; its dependencies are borrowed from this
    # environment's site-packages, added *after* the venv's own (a plain path line: the
    # editable install's finder there is not loaded)
    import sysconfig

    (site / "zz_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    r = subprocess.run([sys.executable, "-m", "pip", "--python", str(py), "install", "--no-deps", "-q", str(wheel)], capture_output=True, text=True)
    if r.returncode != 0 and "no such option: --python" in r.stderr:
        pytest.skip("pip too old for --python")
    assert r.returncode == 0, r.stderr
    work = tmp_path / "elsewhere"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)}
    where = subprocess.run([str(py), "-c", "import geo; print(geo.__file__)"], capture_output=True, text=True, cwd=work, env=env)
    assert where.stdout.strip().startswith(str(site)), where.stdout + where.stderr

    art = work / "a.txt"
    art.write_text(SENTENCE, encoding="utf-8")
    cmd = env_dir / "bin" / "geo-map"
    r = subprocess.run([str(cmd), "--text", "a.txt", "--published", "2017-11-14", "--out", "o"], capture_output=True, text=True, cwd=work, env=env)
    assert r.returncode == 0, r.stderr
    assert (work / "o" / "map.html").exists() and (work / "o" / "events.geojson").exists()
    r = subprocess.run([str(cmd)], capture_output=True, text=True, cwd=work, env=env)
    assert r.returncode == 0, r.stderr
    assert (work / "build" / "seed" / "map.html").exists()
    assert not (site / "build").exists()
    code = (
        "import geo; fc = geo.extract(open('a.txt', encoding='utf-8').read(), '2017-11-14', lang='fr');"
        "print(sorted((f['properties']['from'], f['properties']['to']) for f in fc['features'] if f['properties']['kind'] == 'movement'))"
    )
    r = subprocess.run([str(py), "-c", code], capture_output=True, text=True, cwd=work, env=env)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "[('raqqa', 'palmyra')]"
    v = subprocess.run([str(cmd), "--version"], capture_output=True, text=True, cwd=work, env=env)
    assert v.stdout.strip() == f"geo-map {geo.__version__}"

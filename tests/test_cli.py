import json
import subprocess
import sys

import pytest

from geo.cli import main
from tests.conftest import ROOT, SEED


def test_build_map_script_builds_an_article(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text("Selon l’OSDH, les combattants ont quitté Raqqa en direction de Palmyre la semaine dernière.", encoding="utf-8")
    out = tmp_path / "out"
    r = subprocess.run(
        [sys.executable, str(ROOT / "build_map.py"), "--text", str(art), "--published", "2017-11-14", "--out", str(out)],
        capture_output=True, text=True, cwd=tmp_path,
    )
    assert r.returncode == 0, r.stderr
    fc = json.loads((out / "events.geojson").read_text(encoding="utf-8"))
    assert fc["geo"]["lang"] == "fr"  # detected
    moves = [f for f in fc["features"] if f["properties"]["kind"] == "movement"]
    assert [(m["properties"]["from"], m["properties"]["to"]) for m in moves] == [("raqqa", "palmyra")]
    assert moves[0]["properties"]["claimant"] == "l’OSDH"
    assert (out / "map.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_lang_option_and_published_optional(tmp_path, capsys):
    art = tmp_path / "a.txt"
    art.write_text("Last week the fighters left Hajin for Al-Qaim.", encoding="utf-8")
    assert main(["--text", str(art), "--lang", "en", "--out", str(tmp_path / "o")]) == 0
    fc = json.loads((tmp_path / "o" / "events.geojson").read_text(encoding="utf-8"))
    move = [f for f in fc["features"] if f["properties"]["kind"] == "movement"][0]["properties"]
    assert move["date_start"] is None  # 'last week' cannot be resolved without a published date
    assert "no published date" in move["date_basis"] or move["date_end"] is None


def make(tmp_path, name, data: bytes):
    p = tmp_path / name
    p.write_bytes(data)
    return p


@pytest.mark.parametrize(
    "args_fn,message",
    [
        (lambda t: ["--text", str(t / "missing.txt")], "missing.txt: no such file"),
        (lambda t: ["--text", str(make(t, "empty.txt", b"  \n"))], "empty.txt: the text is empty"),
        (lambda t: ["--text", str(make(t, "l1.txt", "Raqqa était à l'été".encode("latin-1")))], "l1.txt: not UTF-8"),
        (lambda t: ["--text", str(SEED), "--lang", "klingon"], "unknown language 'klingon'"),
        (lambda t: ["--text", str(SEED), "--published", "14/11/2017"], "expected YYYY-MM-DD"),
    ],
)
def test_bad_input_exits_2_with_one_line_and_writes_nothing(tmp_path, capsys, args_fn, message):
    out = tmp_path / "out"
    code = main(args_fn(tmp_path) + ["--out", str(out)])
    err = capsys.readouterr().err
    assert code == 2
    assert message in err
    assert err.count("\n") == 1 and err.startswith("error: ")
    assert not out.exists()


def test_bad_input_leaves_existing_outputs_untouched(tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["--text", str(SEED), "--out", str(out)]) == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    assert main(["--text", str(tmp_path / "nope.txt"), "--out", str(out)]) == 2
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_no_arguments_builds_the_seed():
    r = subprocess.run([sys.executable, str(ROOT / "build_map.py")], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    fc = json.loads((ROOT / "build" / "seed" / "events.geojson").read_text(encoding="utf-8"))
    assert fc["geo"]["published"] == "2017-11-14"
    assert any(f["properties"]["id"] == "wadi-al-sabha-crossing" for f in fc["features"])


def test_no_text_leaves_the_article_out_of_both_outputs(tmp_path):
    """--no-text: neither events.geojson nor map.html carries the full article, the quotes stay."""
    art = tmp_path / "a.txt"
    secret = "Nobody else should read this closing sentence about the cold weather."
    art.write_text("Les combattants ont quitté Raqqa vers Palmyre. " + secret, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["--text", str(art), "--published", "2017-11-14", "--out", str(out), "--no-text"]) == 0
    events = (out / "events.geojson").read_text(encoding="utf-8")
    page = (out / "map.html").read_text(encoding="utf-8")
    assert "the cold weather" not in events and "the cold weather" not in page
    assert "quitté Raqqa vers Palmyre" in events  # the claim's quote, its evidence
    assert main(["--text", str(art), "--published", "2017-11-14", "--out", str(out)]) == 0
    assert "the cold weather" in (out / "events.geojson").read_text(encoding="utf-8")

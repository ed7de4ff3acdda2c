"""The languages geo reads are those with a lexicon (``geo/lexicon/<lang>.toml``): a text in
another language is told so in one line naming them. Sentences written for these tests."""

from __future__ import annotations

import pytest

from geo.cli import main
from geo.text import SUPPORTED_LANGS

RUSSIAN = "Колонна беженцев вчера покинула Херсон и направилась в сторону Одессы."
ARABIC = "غادرت قافلة اللاجئين مدينة حلب أمس متجهة نحو الحدود التركية."


@pytest.mark.parametrize("text", [pytest.param(RUSSIAN, id="russian"), pytest.param(ARABIC, id="arabic")])
def test_a_text_in_a_language_without_a_lexicon_gets_one_line_and_exit_2(tmp_path, capsys, text):
    art = tmp_path / "a.txt"
    art.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "map.html").write_text("old", encoding="utf-8")  # an earlier output stays as it was
    assert main(["--text", str(art), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("error: ")
    assert "none of the languages geo reads" in err and all(f"{lang} (" in err for lang in SUPPORTED_LANGS)
    assert "--lang" not in err and "French" in err
    assert (out / "map.html").read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in out.iterdir()) == ["map.html"]


def test_an_unknown_language_code_names_the_languages_geo_reads(tmp_path, capsys):
    art = tmp_path / "a.txt"
    art.write_text("The convoy left the town.", encoding="utf-8")
    assert main(["--text", str(art), "--lang", "ru", "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert f"unknown language 'ru': expected one of {', '.join(SUPPORTED_LANGS)}" in err and err.count("\n") == 1

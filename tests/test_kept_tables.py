"""The tables every process used to parse again from the files geo ships (a lexicon's TOML,
the derived lemma and word-frequency tables, the packaged water), kept in geo's cache
folder by ``geo.resources.kept_reading`` (issue 24, batch CPU): what a later process reads
back is what parsing the file again gives, and a file changed is parsed again."""

from __future__ import annotations

import gzip
import json
import tomllib
from pathlib import Path

import pytest
import shapely

from geo import gazetteer, lexicon, resources
from geo.text import document, frequency

LANGS = ["de", "en", "es", "fr", "it", "nl", "pt"]


def _clear() -> None:
    for f in (lexicon._kept_folder, document._kept_lemmas, document._lemma_table, frequency._kept_folder, frequency._table,
              gazetteer._kept_water, gazetteer._water):
        f.cache_clear()


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("GEO_CACHE_DIR", str(tmp_path))
    _clear()
    yield tmp_path
    _clear()


def _pickles(folder: Path, prefix: str) -> list[Path]:
    return sorted(folder.glob(f"{prefix}-*/*.pickle"))


@pytest.mark.parametrize("lang", LANGS, ids=LANGS)
def test_a_kept_lexicon_is_its_toml_parsed_again(cache, lang):
    raw = (Path(lexicon.__file__).parent / f"{lang}.toml").read_bytes()
    built = lexicon._read(lang)
    assert len(_pickles(cache, "lexicon-v1")) == 1
    lexicon._kept_folder.cache_clear()
    again = lexicon._read(lang)  # read back from the pickle
    assert again == built == tomllib.loads(raw.decode("utf-8"))
    assert again is not built


@pytest.mark.parametrize("lang", LANGS, ids=LANGS)
def test_a_kept_lemma_table_is_the_file_read_again(cache, lang):
    path = frequency.DERIVED / f"lemmas-{lang}.txt.gz"
    built = document._lemma_table(lang)
    assert built is not None and len(_pickles(cache, "lemmas-v1")) == 1
    document._lemma_table.cache_clear()
    again = document._lemma_table(lang)
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        fh.readline()
        direct = dict(line.rstrip("\n").split("\t", 1) for line in fh)
    assert again == built == direct
    assert list(again) == list(direct)


@pytest.mark.parametrize("lang", LANGS, ids=LANGS)
def test_a_kept_frequency_table_is_the_file_read_again(cache, lang):
    built = frequency._table(lang)
    assert len(_pickles(cache, "wordfreq-v1")) == 1
    frequency._table.cache_clear()
    again = frequency._table(lang)
    direct: dict[str, int] = {}
    with gzip.open(frequency.table_path(lang), "rt", encoding="utf-8") as fh:
        for line in fh:
            bucket, _, words = line.rstrip("\n").partition("\t")
            direct.update(dict.fromkeys(words.split(" "), int(bucket)))
    assert again == built == direct


def test_the_kept_water_is_the_packaged_file_read_again(cache):
    built = gazetteer._water()
    assert len(_pickles(cache, "water-v1")) == 1
    gazetteer._water.cache_clear()
    again = gazetteer._water()
    direct = [gazetteer.place_from_feature(f) for f in json.loads(gazetteer.WATER_PATH.read_bytes())["features"]]
    assert list(again) == list(built) == direct
    for a, d in zip(again, direct):
        assert (a.names, a.properties) == (d.names, d.properties)
        assert shapely.equals_identical(a.geometry, d.geometry), a.id


def test_a_changed_file_is_parsed_again(tmp_path):
    """The pickle is named by the bytes read: other bytes, another pickle (never the old one)."""
    folder = tmp_path / "kept"
    first = resources.kept_reading(folder, b"a=1", lambda raw: raw.decode(), lambda v: isinstance(v, str))
    second = resources.kept_reading(folder, b"a=2", lambda raw: raw.decode(), lambda v: isinstance(v, str))
    again = resources.kept_reading(folder, b"a=1", lambda raw: "built again", lambda v: isinstance(v, str))
    assert (first, second, again) == ("a=1", "a=2", "a=1")
    assert len(list(folder.glob("*.pickle"))) == 2


def test_a_broken_kept_file_is_built_again(tmp_path):
    folder = tmp_path / "kept"
    resources.kept_reading(folder, b"x", lambda raw: {"x": 1}, lambda v: isinstance(v, dict))
    (kept,) = folder.glob("*.pickle")
    kept.write_bytes(b"not a pickle")
    assert resources.kept_reading(folder, b"x", lambda raw: {"x": 2}, lambda v: isinstance(v, dict)) == {"x": 2}
    assert resources.kept_reading(None, b"x", lambda raw: {"x": 3}, lambda v: isinstance(v, dict)) == {"x": 3}

"""The index's country and continent name keys, kept in the cache folder for the next
processes (geo/gazetteer/index.py ``_whole_keys``): whatever the kept file holds — nothing,
half a file, something else, no folder to write in — the keys are the index's own."""

from __future__ import annotations

import pickle

import pytest

from geo.gazetteer import index as ix
from geo.gazetteer.index import Candidate, NameIndex, load_index


def _two_queries(db) -> tuple[dict, dict]:
    """The keys as read before they were kept: one query a source."""
    rows = db.execute("SELECT n.key, p.country FROM name n JOIN place p ON p.id = n.place WHERE p.source = 'country' AND n.fuzzy = 0").fetchall()
    countries: dict[str, set[str]] = {}
    for key, iso in rows:
        if key and key[0] not in "~=" and iso:
            countries.setdefault(key, set()).add(iso)
    rows = db.execute("SELECT n.key, p.source, p.ref, p.name, p.lon, p.lat, p.country, p.population FROM name n "
                      "JOIN place p ON p.id = n.place WHERE p.source = 'continent' AND n.fuzzy = 0").fetchall()
    return ({k: next(iter(v)) for k, v in countries.items() if len(v) == 1},
            {r[0]: Candidate(*r[1:]) for r in rows if r[0] and r[0][0] not in "~="})


@pytest.fixture(scope="module")
def expected():
    return _two_queries(load_index()._db())


def _fresh() -> NameIndex:
    """The same index file, opened anew (nothing cached in the process)."""
    return NameIndex(load_index().path)


def _keys(index: NameIndex) -> tuple[dict, dict]:
    return index.country_keys(), index.continent_keys()


def test_the_keys_built_then_kept_are_the_queries(tmp_path, monkeypatch, expected):
    monkeypatch.setenv("GEO_CACHE_DIR", str(tmp_path))
    built = _keys(_fresh())
    assert built == expected and len(built[0]) > 200 and "africa" in built[1]
    path = ix._keys_path(load_index().path)
    assert path is not None and path.is_file() and path.is_relative_to(tmp_path)
    again = _fresh()
    monkeypatch.setattr(again, "_db", lambda: pytest.fail("the kept file was not read"))
    assert _keys(again) == expected


@pytest.mark.parametrize("content", [
    pytest.param(b"", id="empty"),
    pytest.param(b"\x80\x05not a pickle at all", id="garbage"),
    pytest.param(pickle.dumps(({"x": "y"}, {}))[:-5], id="cut-short"),
    pytest.param(pickle.dumps(["a list, not the keys"]), id="another-value"),
])
def test_a_broken_kept_file_gives_the_queries_and_is_written_again(tmp_path, monkeypatch, expected, content):
    monkeypatch.setenv("GEO_CACHE_DIR", str(tmp_path))
    path = ix._keys_path(load_index().path)
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    assert _keys(_fresh()) == expected
    assert pickle.loads(path.read_bytes()) == expected


def test_no_folder_to_keep_them_in_gives_the_queries(tmp_path, monkeypatch, expected):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder\n", encoding="utf-8")
    monkeypatch.setenv("GEO_CACHE_DIR", str(blocker))
    assert _keys(_fresh()) == expected
    assert blocker.read_text(encoding="utf-8") == "not a folder\n"


def test_another_index_file_is_kept_under_another_name(tmp_path):
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    a.write_bytes(b"1")
    b.write_bytes(b"22")
    assert ix._keys_path(a) != ix._keys_path(b)
    assert ix._keys_path(tmp_path / "missing.sqlite") is None

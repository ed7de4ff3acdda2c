"""The outlines of countries and regions read by ``geo.gazetteer.outline`` are what the
index's query for each place gave (speed change of issue 14), and what the table of every
outline that replaced that query gave (kept here, as the reference, since each outline is
read by its own indexed query: issue 24)."""

import sqlite3
from functools import lru_cache

import pytest


@lru_cache(maxsize=2)
def _outline_table(path: str) -> dict[tuple[str, str], bytes]:
    """Every stored outline of the index at ``path``, as WKB by (source, ref)."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = db.execute("SELECT source, ref, geom FROM place WHERE geom IS NOT NULL ORDER BY id").fetchall()
    finally:
        db.close()
    table: dict[tuple[str, str], bytes] = {}
    for source, ref, blob in rows:
        # a (source, ref) given twice (some region codes are): the first row, as the query gave
        table.setdefault((source, ref), blob)
    return table


@pytest.mark.parametrize("source,ref", [
    pytest.param("country", "FRA", id="france"),
    pytest.param("country", "SYR", id="syria"),
    pytest.param("country", "RUS", id="russia-multipolygon"),
    pytest.param("country", "NOPE", id="no-such-country"),
    pytest.param("geonames", "1", id="a-town-has-no-outline"),
])
def test_outline_table_gives_what_the_index_query_gave(source, ref):
    from geo.gazetteer import outline
    from geo.gazetteer.index import load_index

    index = load_index()
    expected, got = index.geometry(source, ref), outline(index, source, ref)
    assert (got is None) == (expected is None)
    if expected is not None:
        assert got.wkb == expected.wkb


def test_every_region_outline_comes_from_the_table_as_from_the_query():
    """Also where two regions share a code (the query gave the first row)."""
    from geo.gazetteer import outline
    from geo.gazetteer.index import load_index

    index = load_index()
    refs = [r for s, r in _outline_table(str(index.path)) if s == "region"]
    db = sqlite3.connect(str(index.path))
    shared = {r for (r,) in db.execute("SELECT ref FROM place WHERE source = 'region' GROUP BY ref HAVING count(*) > 1")}
    db.close()
    assert refs and shared
    for ref in sorted(shared) + refs[:: max(1, len(refs) // 30)]:  # the query is a full scan: a sample
        assert outline(index, "region", ref).wkb == index.geometry("region", ref).wkb, ref


def test_every_outline_read_alone_is_the_tables():
    """Each outline read by its own query (``_outline_blob``) is the one the table of all
    outlines keeps (the first row of a (source, ref) given twice), for every outline."""
    from geo.gazetteer import _outline_blob
    from geo.gazetteer.index import load_index

    path = str(load_index().path)
    table = _outline_table(path)
    assert len(table) > 1000
    for (source, ref), blob in table.items():
        assert _outline_blob(path, source, ref) == blob, (source, ref)
    assert _outline_blob(path, "country", "NOPE") is None and _outline_blob(path, "geonames", "1") is None

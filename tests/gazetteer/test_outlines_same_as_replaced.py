"""The outlines of countries and regions read from one table (``geo.gazetteer.outline``) are
what the index's query for each place gave (speed change of issue 14)."""

import pytest


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
    import sqlite3

    from geo.gazetteer import _outline_table, outline
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
    from geo.gazetteer import _outline_blob, _outline_table
    from geo.gazetteer.index import load_index

    path = str(load_index().path)
    table = _outline_table(path)
    assert len(table) > 1000
    for (source, ref), blob in table.items():
        assert _outline_blob(path, source, ref) == blob, (source, ref)
    assert _outline_blob(path, "country", "NOPE") is None and _outline_blob(path, "geonames", "1") is None

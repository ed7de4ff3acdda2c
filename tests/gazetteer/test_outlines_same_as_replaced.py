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

"""A speed change in ``geo.gazetteer.index`` (the index's candidates made without the frozen
dataclass's ``__init__``) gives what the constructor gives: each candidate ``lookup`` returns is
the record ``Candidate(...)`` makes of the same fields, equal, with the same hash, repr and
fields in order, and still frozen."""

import dataclasses

import pytest

from geo.gazetteer.index import Candidate, _candidate, load_index


def _same_as_made(c: Candidate) -> None:
    names = [f.name for f in dataclasses.fields(Candidate)]
    made = Candidate(*(getattr(c, n) for n in names))
    assert type(c) is Candidate and c == made and hash(c) == hash(made) and repr(c) == repr(made)
    assert list(vars(c)) == names == list(vars(made))  # no field missed, none extra, same order
    with pytest.raises(dataclasses.FrozenInstanceError):
        c.name = "x"  # type: ignore[misc]


@pytest.mark.parametrize("key,fuzzy", [
    pytest.param("springfield", False, id="town-many-places"),
    pytest.param("france", False, id="country"),
    pytest.param("~canadian", False, id="demonym"),
    pytest.param("=us", False, id="initialism"),
    pytest.param("drzr", True, id="skeleton"),
])
def test_lookup_candidates_are_the_records_candidate_makes(key, fuzzy):
    found = load_index().lookup(key, fuzzy)
    assert found, f"the index has no {key!r}: pick another key for this test"
    for c in found:
        _same_as_made(c)
    assert all(c.demonym == key.startswith("~") for c in found)


@pytest.mark.parametrize("row,demonym", [
    pytest.param(("geonames", "1", "Aa", 1.5, 2.5, "FR", 10, 1, 0, None), False, id="no-admin1-fuzzy-alternate"),
    pytest.param(("country", "FRA", "France", 2.0, 46.0, "FR", 6, 0, 1, "x"), True, id="demonym-own"),
])
def test_candidate_of_a_row(row, demonym):
    c = _candidate(row, demonym)
    _same_as_made(c)
    assert c == Candidate(*row[:7], bool(row[7]), bool(row[8]), row[9] or "", demonym)


def test_country_of_every_code_is_what_the_query_gives():
    """``NameIndex.country`` answers from a table read once (a code's countries tied on
    population left to the query): for every code of the index, and a few it has not, what
    the query alone gave."""
    index = load_index()
    db = index._db()
    codes = [r[0] for r in db.execute("SELECT DISTINCT country FROM place")] + ["", "ZZ"]
    query = ("SELECT source, ref, name, lon, lat, country, population FROM place WHERE source = 'country' AND country = ? "
             "ORDER BY population DESC LIMIT 1")
    for code in codes:
        r = db.execute(query, (code,)).fetchone()
        assert type(index).country.__wrapped__(index, code) == (Candidate(*r) if r else None), code


@pytest.mark.parametrize("key", ["springfield", "france", "paris"])
def test_a_places_name_count_is_the_index_count_and_kept(key):
    """``name_count`` (kept for a place once asked: the index is read only) is the count of the
    place's own and alternate names in the index, asked once or twice."""
    import sqlite3

    index = load_index()
    db = sqlite3.connect(f"file:{index.path}?mode=ro", uri=True)
    for c in index.lookup(key)[:5]:
        (expected,) = db.execute("SELECT COUNT(*) FROM name n JOIN place p ON n.place = p.id "
                                 "WHERE p.source = ? AND p.ref = ? AND n.fuzzy = 0", (c.source, c.ref)).fetchone()
        assert index.name_count(c) == index.name_count(c) == expected > 0
    db.close()

"""``shared_boundary`` keeps its answer for a pair of outline objects (the index's outlines
come back in article after article): the kept answer is the one worked out, asked again it is
the same object, and other objects (even equal ones, or the pair the other way round) are worked
out for themselves."""

import pytest
from shapely.geometry import box

from geo.gazetteer import _shared_boundary, outline, shared_boundary
from geo.gazetteer.index import load_index


@pytest.mark.parametrize("a3,b3", [
    pytest.param("FRA", "BEL", id="neighbours"),
    pytest.param("FRA", "POL", id="apart"),
])
def test_kept_answer_is_the_worked_out_one(a3, b3):
    index = load_index()
    a, b = outline(index, "country", a3), outline(index, "country", b3)
    assert a is not None and b is not None
    first = shared_boundary(a, b)
    worked = _shared_boundary(a, b, 0.05)
    assert (first is None) == (worked is None)
    if worked is not None:
        assert first is not None and first.equals_exact(worked, 0)
    assert shared_boundary(a, b) is first


def test_other_objects_are_worked_out_for_themselves():
    a, b = box(0, 0, 1, 1), box(1, 0, 2, 1)
    line = shared_boundary(a, b)
    assert line is not None and round(line.length, 2) == 1.1
    other = shared_boundary(box(0, 0, 1, 1), box(1, 0, 3, 1))  # equal a, another b
    assert other is not line and round(other.length, 2) == 1.1
    back = shared_boundary(b, a)  # b's outline along a: its own answer
    assert back is not line and round(back.length, 2) == 1.1
    assert shared_boundary(box(0, 0, 1, 1), box(5, 5, 6, 6)) is None


@pytest.fixture
def kept_folder(tmp_path, monkeypatch):
    from geo import gazetteer

    monkeypatch.setenv("GEO_CACHE_DIR", str(tmp_path))
    gazetteer._shared_folder.cache_clear()
    yield tmp_path
    gazetteer._shared_folder.cache_clear()


@pytest.mark.parametrize("a3,b3", [
    pytest.param("FRA", "BEL", id="neighbours"),
    pytest.param("SDN", "TCD", id="neighbours-in-africa"),
    pytest.param("FRA", "POL", id="apart"),
])
def test_a_boundary_kept_for_the_next_process_is_the_worked_out_one(kept_folder, a3, b3):
    """Kept in geo's cache folder (the next process reads it back): the same geometry,
    coordinate for coordinate, or None for countries apart."""
    from geo.gazetteer import _kept_shared_boundary

    index = load_index()
    a, b = outline(index, "country", a3), outline(index, "country", b3)
    worked = _shared_boundary(a, b, 0.05)
    first = _kept_shared_boundary(a, b, 0.05)  # worked out and kept
    assert len(list(kept_folder.glob("borders-v1-*/*.pickle"))) == 1
    again = _kept_shared_boundary(a, b, 0.05)  # read back
    for got in (first, again):
        assert (got is None) == (worked is None)
        if worked is not None:
            assert got.wkb == worked.wkb
    other = _kept_shared_boundary(b, a, 0.05)  # the other way round: another answer, kept apart
    assert len(list(kept_folder.glob("borders-v1-*/*.pickle"))) == 2
    expected = _shared_boundary(b, a, 0.05)
    assert (other is None) == (expected is None) and (other is None or other.wkb == expected.wkb)

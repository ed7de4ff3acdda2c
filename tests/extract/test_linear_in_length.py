"""The structures that keep extraction linear in the text's length (issue 24 item 6) give
the answers of the loops they replaced."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from geo.extract.mentions import _Taken

span = st.tuples(st.integers(0, 200), st.integers(1, 30)).map(lambda t: (t[0], t[0] + t[1]))


@settings(max_examples=300, deadline=None)
@given(st.lists(span, max_size=30), span)
def test_taken_spans_answer_what_the_loop_over_every_span_answered(spans, probe):
    a, b = probe
    assert _Taken(spans).overlaps(a, b) == any(x < b and a < y for x, y in spans)

"""The names every doctest under geo/ may use without importing them (pytest runs the
docstrings' examples: ``--doctest-modules`` in pyproject.toml). An example shows the call it
documents; the set-up it shares with the others (a Document, the gazetteer, the index, a
lexicon, the mentions) is here, once."""

from __future__ import annotations

import pytest
from _pytest.doctest import DoctestItem


@pytest.fixture(autouse=True)
def _doctest_names(request: pytest.FixtureRequest) -> None:
    if not isinstance(request.node, DoctestItem):
        return
    from geo.extract.mentions import find_mentions
    from geo.gazetteer import ArticleResolver, load_gazetteer
    from geo.gazetteer.index import load_index
    from geo.lexicon import load as load_lexicon
    from geo.text.document import build_document

    request.getfixturevalue("doctest_namespace").update(
        build_document=build_document, find_mentions=find_mentions, load_gazetteer=load_gazetteer,
        load_index=load_index, ArticleResolver=ArticleResolver, load_lexicon=load_lexicon,
    )

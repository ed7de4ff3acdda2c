"""The map page's words, language, title and viewport (no browser needed)."""

from __future__ import annotations

import pytest

from geo.render import render_html
from geo.render.i18n import LANGS, texts


def _fc(lang: str) -> dict:
    return {"type": "FeatureCollection", "geo": {"lang": lang, "source": "a test", "text": "Un texte."},
            "features": [{"type": "Feature", "properties": {"kind": "place", "id": "a", "name": "A"},
                          "geometry": {"type": "Point", "coordinates": [10, 50]}}]}


@pytest.mark.parametrize("lang", [pytest.param(x, id=x) for x in LANGS])
def test_page_speaks_the_articles_language(lang):
    page = render_html(_fc(lang))
    assert f'<html lang="{lang}">' in page
    words = texts(lang)
    assert f"<b>{words['legend']}</b>" in page
    assert f"<title>{words['title']}: a test</title>" in page
    assert "user-scalable=no" not in page and "maximum-scale" not in page  # pinch zoom allowed


def test_interface_words_differ_between_languages():
    table = [texts(x) for x in LANGS]
    for key in table[0]:
        if key in ("source", "legend", "map", "area", "download"):
            continue  # words some languages share
        assert len({t[key] for t in table}) >= 4, key


def test_unknown_language_code_falls_back_to_english_and_is_not_injected():
    page = render_html(_fc('x"><script>'))
    assert '<html lang="en">' in page
    assert "<b>Legend</b>" in page and "x\"><script>" not in page

"""The map page's words, language, title and viewport (no browser needed)."""

from __future__ import annotations

import html
import json

import pytest

from geo.render import render_html
from geo.render.i18n import LANGS, texts
from tests.render.conftest import PAGES, english_on


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


def test_every_language_has_every_word_and_no_other():
    """A words file with a key missing (or misspelt) would show English for it."""
    from geo.render.i18n import _file

    english = {k for k, v in _file("en").items() if isinstance(v, str)}
    for lang in LANGS:
        own = {k for k, v in _file(lang).items() if isinstance(v, str)}
        assert own == english, (lang, sorted(own ^ english))


def test_a_language_without_words_is_shown_in_english_for_that_language_only():
    assert texts("sv") == texts("en")  # no words file for Swedish
    assert texts("de")["legend"] == "Legende" and texts("fr")["legend"] == "Légende"


def test_interface_words_are_translated():
    """Most words differ from English in every language (the rest are shared: 'Source', 'Legenda')."""
    english = texts("en")
    for lang in LANGS[1:]:
        words = texts(lang)
        same = [k for k in english if words[k] == english[k]]
        # measured: at most 5 shared in any language (fr: source, mentions, population,
        # layer_satellite, pk_continent; [k for k in texts("en") if texts(lang)[k] == texts("en")[k]])
        assert len(same) <= 6, (lang, same)


def test_unknown_language_code_falls_back_to_english_and_is_not_injected():
    page = render_html(_fc('x"><script>'))
    assert '<html lang="en">' in page
    assert "<b>Legend</b>" in page and "x\"><script>" not in page


# ------------------------------------------------------------------ one language per page

def page_words(page: str) -> str:
    """What a reader can see of a page without a browser: the text outside scripts and
    styles, the popups' and tooltips' HTML and the layer names inside the map's script, and
    the words page.js is given (GEO_UI); tags stripped."""
    import re

    outside = re.sub(r"<script\b.*?</script>|<style\b.*?</style>", " ", page, flags=re.S)
    inside = " ".join(re.findall(r"\$\(`(.*?)`\)\[0\]", page, flags=re.S))  # popups
    inside += " " + " ".join(re.findall(r"bindTooltip\(\s*`(.*?)`", page, flags=re.S))
    inside += " " + " ".join(json.loads(f'"{n}"') for n in re.findall(r'"((?:[^"\\]|\\.)*)" : (?:tile_layer|feature_group)_', page))
    inside += " " + " ".join(re.findall(r"var GEO_UI = (\{.*?\});", page))
    inside += " " + " ".join(re.findall(r'"(?:title|title_cancel|attribution)":\s*"(.*?)"', page))
    text = re.sub(r"<[^>]+>", " ", outside + " " + inside)
    return html.unescape(text)





def article_fc(lang: str) -> dict:
    from geo.extract.pipeline import extract

    return extract((PAGES / f"{lang}.txt").read_text(encoding="utf-8"), "2024-03-08", lang, source="Le Courrier des Alpes")


@pytest.mark.parametrize("lang", [pytest.param(x, id=x) for x in LANGS if x != "en"])
def test_a_page_in_another_language_has_no_english_word(lang):
    text = (PAGES / f"{lang}.txt").read_text(encoding="utf-8")
    seen = page_words(render_html(article_fc(lang)))
    assert text.split(".")[0] in seen  # the article is there: the test reads the page
    assert english_on(seen, lang, text) == []


def test_the_english_word_test_can_fail():
    seen = page_words(render_html(article_fc("en")))
    found = english_on(seen, "de", "")
    assert {"Claimed by", "Legend", "Movements", "Zoom in"} <= set(found), found


def test_the_claims_not_drawn_and_the_defaults_are_in_the_page_language():
    fc = article_fc("de")
    next(f for f in fc["features"] if f["properties"]["kind"] == "movement")["properties"]["actor"] = None
    page = page_words(render_html(fc))
    assert "Nicht gezeichnete Behauptungen" in page
    assert "eine Bewegung („zogen weitere Soldaten ab“) ohne genannte Herkunft oder Ziel" in page
    assert "Jemand" in page  # the actor nobody named


def test_the_seed_lists_each_claimant_once_with_its_claims(seed_fc):
    import re

    page = render_html(seed_fc)
    names = re.findall(r'<span class="geo-claimant">(.*?)</span> <span class="geo-count">\((.*?)\)</span>', page)
    # each once: the lead sentence's source, and the article's own voice (most claims first)
    assert sorted(n for n, _ in names) == ["Le ministère de la Défense russe", "l&#x27;article"]
    assert all(re.fullmatch(r"\d+ affirmations?", c) for _, c in names)

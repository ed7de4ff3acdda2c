"""The page's search finds a place by any of the article's mentions of it, not only its
title (issue 21, item 1): "Abu Kamal" opens the town the article first wrote "Abou Kamal".
Sentences written for these tests."""

from __future__ import annotations

import pytest

from geo.cli import main
from tests.render.conftest import DESKTOP, open_page

TWO_SPELLINGS = (
    "Selon l'OSDH, les combattants ont quitté Raqqa en direction d'Abou Kamal le 2 mai 2021.\n\n"
    "Deux jours plus tard, des frappes ont touché Abu Kamal, selon la même source.\n"
)


@pytest.fixture(scope="module")
def page_html(tmp_path_factory):
    root = tmp_path_factory.mktemp("search")
    art = root / "two.txt"
    art.write_text(TWO_SPELLINGS, encoding="utf-8")
    assert main(["--text", str(art), "--published", "2021-05-06", "--out", str(root / "out")]) == 0
    return root / "out" / "map.html"


def test_the_registry_lists_how_the_article_writes_a_place(page_html):
    html = page_html.read_text(encoding="utf-8")
    assert 'names:["Abou Kamal", "Abu Kamal"]' in html


@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.parametrize(
    "typed",
    [pytest.param("abu kamal", id="second-spelling"), pytest.param("Abou Kamal", id="title-itself")],
)
def test_search_finds_a_place_by_any_of_its_mentions(browser, page_html, typed):  # noqa: F811
    page = open_page(browser, page_html, DESKTOP)
    box = page.locator("#geo-search-input")
    box.click()
    box.press_sequentially(typed)
    box.press("Enter")
    page.wait_for_timeout(1200)
    popup = page.locator(".leaflet-popup")
    assert popup.count() == 1
    assert popup.inner_text().splitlines()[0].strip() == "Abou Kamal"
    assert page.locator("#geo-search-status").inner_text() == ""
    page.close()

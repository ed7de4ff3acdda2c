"""The map's context data when the cache folder cannot hold them: decoded, used, and the
run goes on (a message on stderr), whatever is in the way."""

from __future__ import annotations

import pytest

from geo.render import context


@pytest.fixture
def decoded(monkeypatch):
    """``_decode`` made cheap: a marker object stands for the decoded data."""
    marker = object()
    monkeypatch.setattr(context, "_decode", lambda: marker)
    context.context_data.cache_clear()
    yield marker
    context.context_data.cache_clear()


@pytest.mark.parametrize("where", [
    pytest.param("file", id="cache-dir-is-a-file"),
    pytest.param("under-a-file", id="cache-dir-under-a-file"),
])
def test_a_cache_folder_that_is_not_a_folder_gives_the_decoded_data(tmp_path, monkeypatch, capsys, decoded, where):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be\n", encoding="utf-8")
    monkeypatch.setenv("GEO_CACHE_DIR", str(blocker if where == "file" else blocker / "geo"))
    assert context.context_data() is decoded
    assert "cannot cache the map's context data" in capsys.readouterr().err
    assert blocker.read_text(encoding="utf-8") == "a file where the cache folder should be\n"

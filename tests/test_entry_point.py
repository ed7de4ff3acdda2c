"""The entry point: ``geo.extract`` is a plain function with a signature, an
:class:`~geo.extraction.Extractor` holds the resources, the stage's modules are reachable
under their old and new names (issue 23 item 3)."""

from __future__ import annotations

import datetime as dt
import inspect
import pydoc
import subprocess
import sys
from pathlib import Path

import pytest

import geo
from geo.extraction import Extractor
from geo.records import Extraction

ROOT = Path(__file__).resolve().parent.parent
TEXT = "Les combattants ont quitté Raqqa vers Palmyre."


def test_geo_extract_is_a_function_whose_signature_names_the_text():
    assert inspect.isfunction(geo.extract)
    params = inspect.signature(geo.extract).parameters
    assert list(params)[:2] == ["text", "published"]
    assert params["published"].default is None
    assert {n for n, p in params.items() if p.kind is p.KEYWORD_ONLY} >= {"lang", "source"}
    doc = pydoc.render_doc(geo.extract)
    assert "function extract" in doc and "FeatureCollection" in doc


def test_the_extractor_signature():
    assert str(inspect.signature(Extractor)) == "(gazetteer: 'Gazetteer | str | Path | None' = None, *, index: 'bool | NameIndex' = True)"
    call = inspect.signature(Extractor.__call__)
    assert list(call.parameters) == ["self", "text", "published", "lang", "source"]
    assert call.parameters["lang"].kind is inspect.Parameter.KEYWORD_ONLY


def test_the_extractor_holds_its_resources_and_returns_a_record():
    ex = Extractor(index=False)
    assert ex.index is None and len(ex.gazetteer) > 0
    x = ex(TEXT, dt.date(2017, 11, 14), lang="fr", source="a source of ours")
    assert isinstance(x, Extraction)
    assert [(c.kind, c.origin, c.destination) for c in x.claims] == [("movement", "raqqa", "palmyra")]
    assert ex.lexicon("fr") is ex.lexicon("fr")
    fc = x.to_geojson()
    assert fc["geo"]["source"] == "a source of ours" and fc["geo"]["published"] == "2017-11-14"


@pytest.mark.parametrize("call", [
    pytest.param(lambda: geo.extract(TEXT, "2017-11-14", lang="fr", index=False), id="geo.extract"),
    pytest.param(lambda: Extractor(index=False)(TEXT, "2017-11-14", lang="fr").to_geojson(), id="Extractor"),
])
def test_every_entry_gives_what_the_old_function_gives(call):
    from geo.extract.pipeline import extract  # the old signature, kept one release

    assert call() == extract(TEXT, "2017-11-14", "fr", None, "the article", False)


def test_a_bad_date_is_an_input_error():
    with pytest.raises(geo.InputError, match="expected YYYY-MM-DD"):
        geo.extract(TEXT, "14/11/2017", lang="fr", index=False)


@pytest.mark.parametrize("first", [
    pytest.param("import geo", id="geo-first"),
    pytest.param("import geo.extract.pipeline, geo, geo.cli", id="stage-first"),
    pytest.param("import geo.extraction.frames as f", id="new-name-first"),
    pytest.param("from geo.extract.frames import extract_frames", id="old-from-import-first"),
])
def test_geo_extract_stays_the_function_whatever_is_imported_first(first):
    """The function, whatever was imported before; the stage's modules under both names are
    one module each; no module object had its class swapped."""
    code = (f"{first}; import sys, types, inspect, geo; from geo.extract import mentions; import geo.extraction.frames as fr;"
            "import geo.extract.frames;"
            "fc = geo.extract('Les combattants ont quitté Raqqa vers Palmyre.', '2017-11-14', lang='fr', index=False);"
            "swapped = [n for n, m in sys.modules.items() if n.startswith('geo') and type(m) is not types.ModuleType];"
            "print(fc['type'], inspect.isfunction(geo.extract), mentions.__name__, fr.__name__,"
            " fr is sys.modules['geo.extract.frames'], fr.__spec__.name, swapped)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True).stdout.strip()
    assert out == "FeatureCollection True geo.extract.mentions geo.extract.frames True geo.extract.frames []"


def test_the_new_name_imports_only_what_exists():
    with pytest.raises(ModuleNotFoundError):
        __import__("geo.extraction.no_such_stage")

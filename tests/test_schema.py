"""The published JSON Schema of the events file (docs/schema/events.schema.json) is what
scripts/build_schema.py makes from geo/schema.py, and what geo writes passes it."""

from __future__ import annotations

import copy
import importlib.util
import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

import geo
from geo.resources import data_file

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = ROOT / "docs" / "schema" / "events.schema.json"


def _script():
    spec = importlib.util.spec_from_file_location("build_schema", ROOT / "scripts" / "build_schema.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_committed_schema_is_current():
    assert SCHEMA.read_text(encoding="utf-8") == _script().render(), "run python scripts/build_schema.py"


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


# sentences of ours: a movement with both ends, one with one end, an event, a place found
# in the name index with runner-ups, a place on a border
ARTICLES = [
    pytest.param("Les combattants ont quitté Raqqa vers Palmyre. Des frappes ont visé Deir ez-Zor.", "fr", id="fr-movement-event"),
    pytest.param("Families fled Timbuktu on Monday, the mayor said. Others headed to Gao.", "en", id="en-index-towns"),
    pytest.param("Die Helfer fuhren nach Springfield, sagte ein Sprecher.", "de", id="de-uncertain-town"),
]


@pytest.mark.parametrize("text,lang", ARTICLES)
def test_what_geo_writes_passes_the_schema(validator, text, lang):
    fc = geo.extract(text, "2024-03-01", lang=lang)
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(fc)]
    assert not errors, errors


def test_the_seed_article_passes_the_schema(validator):
    text = data_file("articles/abu-kamal-2017-11.fr.txt").read_text(encoding="utf-8")
    fc = geo.extract(text, "2017-11-14", lang="fr")
    assert {f["properties"]["kind"] for f in fc["features"]} == {"place", "movement", "event"}
    assert not list(validator.iter_errors(fc))


@pytest.mark.parametrize("break_it", [
    pytest.param(lambda f: f["properties"].update(status="rumoured"), id="unknown-status"),
    pytest.param(lambda f: f["properties"].pop("claimant"), id="no-claimant"),
    pytest.param(lambda f: f["properties"].update(quote_start="0"), id="offset-as-text"),
])
def test_a_broken_feature_fails_the_schema(validator, break_it):
    fc = geo.extract("Les combattants ont quitté Raqqa vers Palmyre.", "2017-11-14", lang="fr", index=False)
    broken = copy.deepcopy(fc)
    break_it(next(f for f in broken["features"] if f["properties"]["kind"] == "movement"))
    assert list(validator.iter_errors(broken))

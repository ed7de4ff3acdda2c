"""Errors carry what is wrong and how to fix it as attributes (issue 23 item 4)."""

from __future__ import annotations

import json

import pytest

import geo
from geo.errors import GazetteerError, GeoError, InputError, ValidationError


@pytest.mark.parametrize("err,problem,fix", [
    pytest.param(InputError("notes.txt: is empty", fix="write the text into it"), "notes.txt: is empty", "write the text into it",
                 id="fix-given"),
    pytest.param(InputError("notes.txt: is empty; fix: write the text into it"), "notes.txt: is empty", "write the text into it",
                 id="fix-in-an-older-message"),
    pytest.param(GazetteerError("places.geojson: no place with id 'x'"), "places.geojson: no place with id 'x'", "", id="no-fix"),
    pytest.param(ValidationError("a.geojson", ["feature 0: no geometry; fix: add one"]), "a.geojson: feature 0: no geometry", "add one",
                 id="one-validation-problem"),
])
def test_an_error_has_its_problem_and_its_fix(err, problem, fix):
    assert isinstance(err, GeoError) and isinstance(err, ValueError)
    assert (err.problem, err.fix) == (problem, fix)
    assert str(err) == (f"{problem}; fix: {fix}" if fix else problem)


def test_several_validation_problems_keep_their_own_fixes():
    err = ValidationError("a.geojson", ["feature 0: no geometry; fix: add one", "feature 1: no id"])
    assert err.fix == "" and err.problems[0].endswith("fix: add one") and str(err).startswith("a.geojson: 2 problem(s)")


def test_save_over_a_file_without_record_says_how_to_fix_it(tmp_path):
    path = tmp_path / "events.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": []}), encoding="utf-8")
    fc = geo.extract("Les combattants ont quitté Raqqa vers Palmyre.", "2017-11-14", lang="fr", index=False)
    with pytest.raises(InputError, match="has no record of what geo wrote") as info:
        geo.save_geojson(fc, path)
    assert info.value.fix == "pass merge=False to replace it (a .bak copy is kept)"
    assert "--merge-as-edited" not in str(info.value)  # the command line's advice is not the API's

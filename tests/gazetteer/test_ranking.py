"""Candidate ranking (geo/gazetteer/ranking.py): features, the weight table, named
rejections, and the town grid that replaced the distance loop (issue 23 item 2, issue 24
item 6)."""

from __future__ import annotations

import ast
import inspect
import math
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.extract.pipeline import resolve
from geo.gazetteer import load_gazetteer, ranking
from geo.gazetteer.index import Candidate, load_index
from geo.gazetteer.ranking import REJECTIONS, WEIGHTS, CandidateFeatures, Scene, TownGrid
from geo.lexicon import load
from geo.text.document import build_document

lon = st.floats(-180, 180, allow_nan=False)
lat = st.floats(-89.9, 89.9, allow_nan=False)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(lon, lat), max_size=40), lon, lat, st.sampled_from([0.5, 3.0, 5.0, 12.0]))
def test_the_grid_answers_what_the_loop_over_every_town_answered(points, x, y, d):
    grid = TownGrid(points)
    k = math.cos(math.radians(y))
    assert grid.any_within_scaled(x, y, d) == any(math.hypot((x - px) * k, y - py) < d for px, py in points)
    assert grid.any_within(x, y, d) == any(math.hypot(x - px, y - py) < d for px, py in points)
    assert bool(grid) == bool(points)


@pytest.mark.parametrize("x,y,near", [
    pytest.param(40.0, 34.0, True, id="same-cell"),
    pytest.param(44.9, 34.0, True, id="next-cell-within"),
    pytest.param(49.0, 34.0, False, id="next-cell-beyond"),
    pytest.param(-175.0, 34.0, False, id="other-side-of-the-antimeridian-is-far-as-before"),
])
def test_the_grid_on_towns_we_place(x, y, near):
    grid = TownGrid([(42.0, 34.0)])
    assert grid.any_within_scaled(x, y, 3.0) is near


def _candidate(**kw):
    base = dict(source="geonames", ref="1", name="Tovn", lon=40.0, lat=34.0, country="SY", population=50_000)
    return Candidate(**{**base, **kw})


def test_features_and_score_follow_the_weight_table():
    scene = Scene(countries={"SY"})
    scene.towns.add(40.5, 34.2)
    f = CandidateFeatures.of(_candidate(own=False), scene, set())
    assert f.in_story_country and f.near_story_town and f.alternate_name and not f.qualified
    expected = math.log10(51_000) + WEIGHTS["in_story_country"] + WEIGHTS["near_story_town"] + WEIGHTS["alternate_name"]
    assert f.score() == pytest.approx(expected)
    # a qualifier naming its country outweighs everything else
    assert CandidateFeatures.of(_candidate(country="IQ"), Scene(), {("IQ", "")}).qualified


def test_every_weight_is_a_feature_and_every_feature_but_population_has_a_weight():
    fields = [f for f in CandidateFeatures.__dataclass_fields__ if f != "population"]
    assert list(WEIGHTS) == fields


def test_every_weight_has_a_comment_saying_what_it_rewards():
    src = Path(ranking.__file__).read_text(encoding="utf-8").splitlines()
    tree = ast.parse("\n".join(src))
    table = next(n for n in tree.body if isinstance(n, ast.AnnAssign) and getattr(n.target, "id", "") == "WEIGHTS")
    assert isinstance(table.value, ast.Dict)
    for key in table.value.keys:
        assert isinstance(key, ast.Constant)
        assert src[key.lineno - 2].strip().startswith("#"), f"weight {key.value!r} has no comment above it"


def test_every_rejection_is_a_named_function_with_a_reason_and_an_example():
    assert [r.__name__ for r in REJECTIONS] == ["against_its_qualifier", "surname", "frequent_word", "small_and_far", "abroad", "three_letters", "unplaced_guess",
                                               "unlike_guess"]
    for rule in REJECTIONS:
        assert inspect.getdoc(rule), rule.__name__
        assert re.search(r'return ("|[A-Z_]+$)', inspect.getsource(rule), re.M), f"{rule.__name__} gives no reason"


@pytest.mark.parametrize("text,lang,expected", [
    pytest.param("The convoy drove from Damascus to Palmyra and then on to Deir ez-Zor.", "en", {"deir-ez-zor"}, id="curated"),
    pytest.param("Relief trucks left Timbuktu for Gao on Monday.", "en", {"Timbuktu", "Gao"}, id="index-towns"),
    # a small three-letter town of the story's country that a preposition places (PLACED_THREE_LETTERS)
    pytest.param("Au Niger, les familles de Niamey seront relogées à Say.", "fr", {"Niamey", "Say"}, id="placed-three-letters"),
])
def test_resolution_through_the_ranking_finds_the_towns(text, lang, expected):
    res = resolve(build_document(text, lang), load_gazetteer(), load_index(), load(lang))
    names = {m.text for m in res.mentions} | {m.place_id for m in res.mentions}
    assert expected <= names


def _best_of(best, others, scene, quals=frozenset()):
    """The :class:`ranking._Best` of a made-up name whose candidates are ``best`` and ``others``."""
    sentence = build_document("Xyz.", "en").sentences[0]
    name = ranking.Name(sentence, 0, 6, (best, *others), False, "Namesk", "namesk", 1.0)
    evidence = ranking.Evidence(lambda n, c: set(quals), lambda n: True)
    return ranking._Best(name, best, set(quals), False, scene.in_story(best, bool(quals)), evidence, scene)


_FAR = dict(country="LB", lon=35.8, lat=34.4, ref="2")


@pytest.mark.parametrize("best,others,countries,quals,rejected", [
    pytest.param(_candidate(population=200_000, **_FAR), [_candidate(country="RU", lon=37.6, lat=55.7)], {"RU"}, (), True,
                 id="a-town-abroad-of-a-name-the-story-country-has-is-left"),
    pytest.param(_candidate(population=200_000, **_FAR), [_candidate(country="RU", lon=37.6, lat=55.7)], set(), (), False,
                 id="a-story-with-no-country-decides-nothing"),
    pytest.param(_candidate(population=800_000, **_FAR), [_candidate(country="RU", lon=37.6, lat=55.7)], {"RU"}, (), False,
                 id="a-big-city-abroad-is-evidence-enough"),
    pytest.param(_candidate(population=200_000, **_FAR), [_candidate(country="RU", lon=37.6, lat=55.7)], {"RU"}, (("LB", ""),), False,
                 id="a-qualifier-is-evidence-enough"),
    pytest.param(_candidate(population=200_000, **_FAR), [_candidate(country="LB", lon=35.5, lat=33.9, ref="3")], {"RU"}, (), False,
                 id="a-name-of-one-country-only-is-no-namesake"),
    pytest.param(_candidate(population=200_000, **_FAR), [_candidate(country="RU", lon=37.6, lat=55.7)], {"LB"}, (), False,
                 id="a-town-in-the-story-country"),
])
def test_a_namesake_abroad_is_left_unresolved(best, others, countries, quals, rejected):
    b = _best_of(best, others, Scene(countries=set(countries)), quals)
    assert (ranking.abroad(b) is not None) is rejected


def test_two_names_agreeing_on_a_country_abroad_do_not_make_it_the_story():
    scene = Scene(countries={"RU"}, agreed=frozenset({"LB"}))
    b = _best_of(_candidate(population=200_000, **_FAR), [_candidate(country="RU", lon=37.6, lat=55.7)], scene)
    assert b.in_story  # the other rules still count the agreement ...
    assert ranking.abroad(b) is not None  # ... this one does not


def test_the_rank_leaves_a_namesake_abroad_with_its_reason():
    scene = Scene(countries={"RU"})
    b = _best_of(_candidate(population=200_000, **_FAR), [_candidate(country="RU", lon=37.6, lat=55.7, population=900)], scene)
    evidence = ranking.Evidence(lambda n, c: set(), lambda n: True)
    [(choice, reason)] = ranking.rank([b.name], scene, evidence)
    assert choice is None and "abroad" in reason


def _other_name_best(best, scene, placed):
    """The :class:`ranking._Best` of a made-up name that only ``best`` has, with a
    preposition placing it or not."""
    sentence = build_document("Xyz.", "en").sentences[0]
    name = ranking.Name(sentence, 0, 6, (best,), False, "Namesk", "namesk", 1.0)
    evidence = ranking.Evidence(lambda n, c: set(), lambda n: placed)
    return ranking._Best(name, best, set(), False, scene.in_story(best, False), evidence, scene)


@pytest.mark.parametrize("best,countries,agreed,placed,rejected", [
    pytest.param(_candidate(population=300_000, own=False, **_FAR), {"KE"}, (), False, True,
                 id="a-first-name-that-is-a-citys-old-name-in-a-story-elsewhere"),
    pytest.param(_candidate(population=1_600_000, own=False, **_FAR), {"KE"}, (), False, True,
                 id="even-a-big-citys-other-name-needs-the-words-to-place-it"),
    pytest.param(_candidate(population=300_000, own=False, **_FAR), {"KE"}, (), True, True,
                 id="a-preposition-is-not-enough-for-a-small-city"),
    pytest.param(_candidate(population=1_600_000, own=False, **_FAR), {"KE"}, (), True, False,
                 id="a-preposition-places-a-big-city-by-its-exonym"),
    pytest.param(_candidate(population=300_000, own=True, **_FAR), {"KE"}, (), False, False,
                 id="a-towns-own-name-is-left-to-the-other-rules"),
    pytest.param(_candidate(population=300_000, own=False, **_FAR), {"LB"}, (), False, False,
                 id="in-the-story-country"),
    pytest.param(_candidate(population=300_000, own=False, **_FAR), {"KE"}, ("LB",), False, False,
                 id="two-names-agreeing-on-its-country-keep-it"),
    pytest.param(_candidate(population=300_000, own=False, **_FAR), set(), (), False, False,
                 id="a-story-with-no-country-decides-nothing"),
])
def test_a_towns_other_name_abroad_needs_the_words_to_place_it(best, countries, agreed, placed, rejected):
    b = _other_name_best(best, Scene(countries=set(countries), agreed=frozenset(agreed)), placed)
    assert (ranking.abroad(b) is not None) is rejected


def test_a_name_read_withdraws_its_votes_for_the_other_countries():
    """Two names with a namesake in one country agree on it until one of them is read as a
    place elsewhere (or left unresolved)."""
    scene = Scene()
    scene.votes = {"NG": {"niger", "pategi"}, "NE": {"niger"}, "ML": {"bankass"}}
    scene.agreed = frozenset({"NG"})
    scene.settle("bankass", "ML")
    assert scene.agreed == {"NG"}
    scene.settle("niger", "NE")
    assert scene.agreed == frozenset() and scene.votes["NE"] == {"niger"} and scene.votes["NG"] == {"pategi"}
    scene.votes["NG"].add("kano")
    scene.settle("kano", None)  # left unresolved: no vote anywhere
    assert scene.agreed == frozenset()


def test_a_scene_without_votes_keeps_the_agreement_it_was_given():
    scene = Scene(agreed=frozenset({"LB"}))
    scene.settle("namesk", "RU")
    assert scene.agreed == {"LB"}

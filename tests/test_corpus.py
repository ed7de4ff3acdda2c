"""The development corpus (tests/corpus/): 28 articles written for this project in English,
French, German, Italian and Portuguese, scored against their gold places and movements.

The thresholds are the scores measured when the scorer was written (see the README),
rounded down: they keep quality from going down."""

import json

import pytest

from geo.evaluate import load_corpus, score_article, score_corpus
from tests.conftest import ROOT

CORPUS = ROOT / "tests" / "corpus"


def test_corpus_has_25_articles_in_several_languages():
    arts = load_corpus(CORPUS)
    assert len(arts) >= 25
    langs = {a["lang"] for a in arts}
    assert {"en", "fr", "de", "it", "pt"} <= langs
    assert all(a["places"] and "movements" in a for a in arts)


@pytest.fixture(scope="module")
def scores():
    return score_corpus(CORPUS)


def test_place_precision_and_recall(scores):
    total, _ = scores
    assert total.precision >= 0.95
    assert total.recall >= 0.95


def test_accuracy_within_tolerance(scores):
    assert scores[0].accuracy >= 0.95


def test_movement_recall(scores):
    assert scores[0].movement_recall >= 0.9


def test_scorer_can_fail():
    gold = json.loads((CORPUS / "en-kherson.json").read_text(encoding="utf-8"))
    empty = {"type": "FeatureCollection", "features": []}
    sc = score_article(gold, empty)
    assert sc.recall == 0 and sc.movement_recall == 0
    wrong = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"kind": "place", "id": "x", "name": "Kherson", "place_kind": "town", "mentions": []},
         "geometry": {"type": "Point", "coordinates": [2.35, 48.85]}},
    ]}
    sc = score_article(gold, wrong)
    assert sc.precision == 1 and sc.accuracy == 0  # the right name in the wrong place

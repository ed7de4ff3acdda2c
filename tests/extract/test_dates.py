import datetime as dt

import pytest

from geo.extract import dates
from geo.text import detect_language
from geo.text.document import build_document
from tests.lang import cases

PUB = dt.date(2017, 11, 14)  # a Tuesday


def find_time(sentence, published):
    """The time expression of one sentence, read from its Document."""
    doc = build_document(sentence, detect_language(sentence))
    assert len(doc.sentences) == 1, sentence
    return dates.find_time(doc, 0, published)


@pytest.mark.parametrize(
    "sentence,start,end",
    [
        ("La semaine dernière, l'armée a libéré la ville.", "2017-11-06", "2017-11-12"),
        ("Last week the army took the town.", "2017-11-06", "2017-11-12"),
        ("Hier, les convois sont partis.", "2017-11-13", "2017-11-13"),
        ("Yesterday the convoy left.", "2017-11-13", "2017-11-13"),
        ("Le 9 novembre, les drones ont photographié les convois.", "2017-11-09", "2017-11-09"),
        ("On November 9 the drones filmed the convoys.", "2017-11-09", "2017-11-09"),
        ("On 30 December the town fell.", "2016-12-30", "2016-12-30"),
        ("Il y a trois jours, ils ont fui.", "2017-11-11", "2017-11-11"),
        ("Two days ago they fled.", "2017-11-12", "2017-11-12"),
        ("On Sunday they fled.", "2017-11-12", "2017-11-12"),
        ("Le mois dernier, la ville est tombée.", "2017-10-01", "2017-10-31"),
        ("In October the town fell.", "2017-10-01", "2017-10-31"),
    ],
)
def test_relative_and_explicit_dates(sentence, start, end):
    t = find_time(sentence, PUB)
    assert t is not None
    assert (t.start.isoformat(), t.end.isoformat()) == (start, end)
    assert t.expression and t.expression in sentence


def test_no_date():
    assert find_time("The convoy left the town.", PUB) is None


def test_without_published_date_only_full_dates_resolve():
    assert find_time("Last week the army took the town.", None) is None
    t = find_time("On 9 November 2017 the drones filmed the convoys.", None)
    assert t.start == dt.date(2017, 11, 9)


# sentences written for this test: the German adverb "hier" (here) is no French "hier" (yesterday)
@pytest.mark.parametrize("text,lang,expected", cases("dates", "A_TIME_WORD_IS_READ_IN_THE_ARTICLES_LANGUAGE", lang_at=1))
def test_a_time_word_is_read_in_the_articles_language(text, lang, expected):
    t = dates.find_time(build_document(text, lang), 0, PUB)
    assert (t.start.isoformat() if t else None) == expected


def test_a_german_movement_with_hier_is_not_dated_the_day_before():
    from geo.extract.pipeline import extract

    fc = extract("Die Sanitäter sind von Freiburg hier nach Bonn gefahren.", "2017-11-14", "de")
    moves = [f["properties"] for f in fc["features"] if f["properties"]["kind"] == "movement"]
    assert moves and all(m["date_start"] != "2017-11-13" for m in moves)

"""Movements told with a verb of sending or taking and what it moves, on sentences of our own
(issue 20, stated ends missed): the object of a verb of sending, whatever its noun; a time
phrase between the verb and its object; where the verb comes last, a place after "and" is the
next verb's; a building named with "of" and its town; an infinitive of motion after a causative verb.
Each case failed before its mechanism."""

from __future__ import annotations

import pytest

from tests.lang import cases
from tests.lexicon.test_concepts import named_moves


@pytest.mark.parametrize(("lang", "text", "expected"), cases("sending", "THE_OBJECT_OF_A_VERB_OF_SENDING_MOVES"))
def test_the_object_of_a_verb_of_sending_moves(lang, text, expected):
    assert expected in named_moves(text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), cases("sending", "A_TIME_PHRASE_BEFORE_THE_OBJECT"))
def test_a_time_phrase_before_the_object(lang, text, expected):
    assert expected in named_moves(text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), cases("sending", "THE_VERB_LAST_AFTER_AND"))
def test_the_verb_last_after_and(lang, text, expected):
    assert expected in named_moves(text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), cases("sending", "A_BUILDING_OF_A_TOWN"))
def test_a_building_of_a_town(lang, text, expected):
    assert expected in named_moves(text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), cases("sending", "CAUSED_MOVE"))
def test_a_caused_move_sends_its_object(lang, text, expected):
    # ([grammar] causative_verbs: the infinitive of arriving after "faire" takes an object, who moves)
    assert expected in named_moves(text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), cases("sending", "A_WORD_OF_TIME_AFTER_THE_AUXILIARY"))
def test_a_word_of_time_after_the_auxiliary(lang, text, expected):
    # (a participle the lemmatiser does not read is read after its auxiliary, a word of time between)
    assert expected in named_moves(text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), cases("sending", "A_NOUN_OF_MOTION_THEN_THE_VERB"))
def test_a_noun_of_motion_then_the_verb(lang, text, expected):
    # (where the verb comes last, the goal before it is the verb's, not the noun's before it)
    assert expected in named_moves(text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), cases("sending", "CLEFT_PLACE"))
def test_a_cleft_puts_the_place_first(lang, text, expected):
    assert expected in named_moves(text, lang)

"""Constructions of issue 20 (recall on articles nobody tuned for), one mechanism each, in
every language, on sentences of our own: each case failed before its mechanism was added."""

from __future__ import annotations

import pytest

from geo.extract.pipeline import extract
from tests.lang import cases

P = "2024-03-01"


def moves(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    fc = extract(text, P, lang=lang)
    return [(f["properties"]["from"], f["properties"]["to"]) for f in fc["features"] if f["properties"]["kind"] == "movement"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    cases("frame_constructions_more", "A_TIME_PHRASE_BETWEEN_VERB_AND_MARKER_COUNTS_AS_ONE_WORD"),
)
def test_a_time_phrase_between_verb_and_marker_counts_as_one_word(lang, text, expected):
    assert expected in moves(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    cases("frame_constructions_more", "A_WEAK_GOAL_OPENING_THE_CLAUSE_GOES_WITH_THE_ARRIVAL_AFTER_IT"),
)
def test_a_weak_goal_opening_the_clause_goes_with_the_arrival_after_it(lang, text, expected):
    # the German and Italian cases were held by other rules before this one (see their tables);
    # kept as the same construction in every language
    assert expected in moves(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    cases("frame_constructions_more", "A_WEAK_GOAL_AFTER_OTHER_WORDS_DOES_NOT_OPEN_THE_CLAUSE"),
)
def test_a_weak_goal_after_other_words_does_not_open_the_clause(lang, text, place):
    assert (None, place) not in moves(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    cases("frame_constructions_more", "A_PHRASE_A_MARKER_OPENS_IS_LOCATED_BY_THE_PLACE_AFTER_IT"),
)
def test_a_phrase_a_marker_opens_is_located_by_the_place_after_it(lang, text, expected):
    assert expected in moves(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    cases("frame_constructions_more", "A_NAME_THE_MARKER_OPENS_IS_NOT_LOCATED_BY_THE_PLACE_AFTER_IT"),
)
def test_a_name_the_marker_opens_is_not_located_by_the_place_after_it(lang, text, place):
    assert (None, place) not in moves(text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), cases("frame_constructions_more", "THE_WAY_ONE_IS_ON_AND_BEING_SENT_BACK"))
def test_the_way_one_is_on_and_being_sent_back(lang, text, expected):
    # "made their way to", "auf dem Weg nach", "en route vers", "respinti in", Portuguese "à" after
    # verbs of returning and taking ("voltaram à Ucrânia"): lexicon phrases of each language
    assert expected in moves(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    pytest.param("pt", "Muitos fugiram para a Síria no ano passado.", id="pt-siria-no"),
    pytest.param("pt", "Muitos voltaram à Síria no domingo.", id="pt-siria-no-domingo"),
])
def test_a_name_and_the_word_after_it_are_no_adjective_of_another_language(lang, text):
    # keys of a run are joined without spaces: "Síria no" gave the Italian adjective "siriano"
    fc = extract(text, P, lang=lang)
    assert "syria" in [f["properties"]["id"] for f in fc["features"]]


@pytest.mark.parametrize(("lang", "text", "expected"), cases("frame_constructions_more", "A_COMPOUND_NOUN_IS_THE_MOTION_IT_ENDS_WITH"))
def test_a_compound_noun_is_the_motion_it_ends_with(lang, text, expected):
    # right-headed compounds written as one word ([grammar] compound_heads)
    assert expected in moves(text, lang)


@pytest.mark.parametrize(("lang", "text"), cases("frame_constructions_more", "A_WORD_THAT_ONLY_ENDS_LIKE_ONE_IS_NO_COMPOUND"))
def test_a_word_that_only_ends_like_one_is_no_compound(lang, text):
    # "Zuflucht" (refuge) ends with "Flucht" but is no flight: a compound has four letters or more before its head
    assert moves(text, lang) == [] or all(m[0] is None for m in moves(text, lang))
@pytest.mark.parametrize(("lang", "text", "place"), cases("frame_constructions_more", "A_DISPLACED_PERSON_IN_X_IS_THERE_NOT_TAKEN_THERE"))
def test_a_displaced_person_in_x_is_there_not_taken_there(lang, text, place):
    """"Un sirio desplazado en Alepo": where the displaced are, not where they were moved to
    (``[grammar] into_locations`` lists only the markers that say "into" after a verb of moving)."""
    assert (None, place) not in moves(text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), cases("frame_constructions_more", "WHAT_THEY_FLEE_AFTER_THE_GOAL_IS_WHERE_THEY_LEAVE"))
def test_what_they_flee_after_the_goal_is_where_they_leave(lang, text, expected):
    """"Fled to Chad from the violence in Darfur": the noun phrase of what they leave comes
    after the goal (rule ``location_of_what_they_leave``, :func:`_goal_before_what_they_leave`)."""
    assert expected in moves(text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), cases("frame_constructions_more", "THE_FIGHTING_AT_X_IS_WHAT_THEY_FLEE_NOT_WHERE_THEY_GO"))
def test_the_fighting_at_x_is_what_they_flee_not_where_they_go(lang, text, expected):
    """"Ont fui vers Alep les combats à Homs": a marker that may say "to" (French "à", "en")
    right after an event noun locates the event (rule ``event_noun_located``); the place is
    what they flee (``fleeing_the_event``), not a second destination."""
    got = moves(text, lang)
    assert expected in got and (None, expected[0]) not in got


@pytest.mark.parametrize(("lang", "text", "expected"), cases("frame_constructions_more", "A_LOCATION_RIGHT_AFTER_A_FLIGHT_IS_WHERE_THEY_GO"))
def test_a_location_right_after_a_flight_is_where_they_go(lang, text, expected):
    """"Sono fuggite a Beirut": where the language says "to" with its location marker
    (``[grammar] flight_goals``, rule ``location_fled_into``) — and, in every language, a
    body "left in X" is no movement to X."""
    got = moves(text, lang)
    if expected[1] is None:
        assert not [m for m in got if m[1] == expected[0]]
    else:
        assert expected in got


@pytest.mark.parametrize(("lang", "text", "expected"), cases("frame_constructions_more", "TAKING_A_VEHICLE_TO_X_IS_A_JOURNEY_THERE"))
def test_taking_a_vehicle_to_x_is_a_journey_there(lang, text, expected):
    """"Took a ferry to Beirut": a verb of taking (``[grammar] boarding_verbs``) and a vehicle
    (``vehicle_nouns``) make a motion predicate whose markers give its ends."""
    assert expected in moves(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    cases("frame_constructions_more", "A_TIME_WORD_AFTER_A_DEPARTURE_IS_NOT_WHAT_THEY_LEAVE"),
)
def test_a_time_word_after_a_departure_is_not_what_they_leave(lang, text, expected):
    # "est parti mardi à X", "è fuggito domenica in X": X is where they go, not where they leave
    # (the fr and it cases failed before; the others are the same construction, kept)
    got = moves(text, lang)
    assert expected in got
    assert (expected[1], None) not in got


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    cases("frame_constructions_more", "A_REFLEXIVE_VERB_HOLDS_ITS_AUXILIARY"),
)
def test_a_reflexive_verb_holds_its_auxiliary(lang, text, expected):
    # "se sont rendus en X": the auxiliary between a multi-word predicate's words (the fr case failed before)
    assert expected in moves(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    cases("frame_constructions_more", "A_TIME_WORD_AFTER_THE_VERB_OPENS_NO_CLAUSE"),
)
def test_a_time_word_after_the_verb_opens_no_clause(lang, text, expected):
    # a clause opener that is also a time word ("depois") stands as an adverb before a marker or
    # after an auxiliary (the pt cases failed before)
    assert expected in moves(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    cases("frame_constructions_more", "A_SOURCE_OPENING_THE_SENTENCE_NEEDS_NO_COMMA"),
)
def test_a_source_opening_the_sentence_needs_no_comma(lang, text, expected):
    # "Da X i civili sono stati poi evacuati a Y": the fronted source beyond _NEAR words (the it case failed before)
    assert expected in moves(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    cases("frame_constructions_more", "A_PLACE_AFTER_AN_EVENT_AND_A_MOTION_IS_THE_MOTIONS"),
)
def test_a_place_after_an_event_and_a_motion_is_the_motions(lang, text, expected):
    # "were freed and repatriated to X": two verbs of one subject, not an event that goes on in X
    # (the fr, it, es, pt cases failed before; de needed its verb of bringing back)
    assert expected in moves(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    cases("frame_constructions_more", "A_NOUN_OF_MOTION_THAT_NAMES_THE_PLACE_NOUN_IS_PART_OF_THE_GOAL"),
)
def test_a_noun_of_motion_that_names_the_place_noun_is_part_of_the_goal(lang, text, expected):
    # "taken to a transit camp in X", "ein Evakuierungszentrum in X" (the en, es, de cases failed before)
    assert expected in moves(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    cases("frame_constructions_more", "A_VERB_OF_SENDING_BACK"),
)
def test_a_verb_of_sending_back(lang, text, expected):
    # de "zurückgeschickt", it "rimandati" were missing from the lexicons
    assert expected in moves(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    cases("frame_constructions_more", "A_PLACE_AFTER_ANOTHER_VERB_IS_NOT_WHERE_WHAT_THEY_LEAVE_LIES"),
)
def test_a_place_after_another_verb_is_not_where_what_they_leave_lies(lang, text, expected):
    # "left their homes in X and crossed Y": Y is the second verb's, not the town X qualifies
    # (every case drew Y as the origin before)
    got = moves(text, lang)
    assert expected in got
    assert all(o == expected[0] for o, _ in got)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    cases("frame_constructions_more", "THE_FLED_EVENT_BEFORE_A_VERB_THAT_COMES_LAST"),
)
def test_the_fled_event_before_a_verb_that_comes_last(lang, text, expected):
    # "sind vor den Kämpfen in X in den Y geflohen" (the de case failed before; the others are
    # the same construction with the verb first)
    assert expected in moves(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    cases("frame_constructions_more", "A_HAZARD_THE_NOUN_PHRASE_NAMES_IS_WHAT_MOVES"),
)
def test_a_hazard_the_noun_phrase_names_is_what_moves(lang, text, place):
    # "the wall of water", "l'ondata di piena" (the hazard after "of"), "die Sturmflut" (a compound
    # ending in one): no people move (every case drew a movement before)
    assert not any(d == place for _, d in moves(text, lang))


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    cases("frame_constructions_more", "A_NUMBER_OF_DAYS_AND_LATER_BEFORE_THE_MARKER"),
)
def test_a_number_of_days_and_later_before_the_marker(lang, text, expected):
    # "chegaram quatro dias depois a X", "arrivés quatre jours après à X": a number written in words
    # ([dates.numbers]) in a time phrase, and "after" standing after it opens no clause (pt it fr
    # failed before)
    assert expected in moves(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    cases("frame_constructions_more", "A_HAZARD_IN_A_SUBORDINATE_CLAUSE_BEFORE_THE_VERB"),
)
def test_a_hazard_in_a_subordinate_clause_before_the_verb(lang, text, expected):
    # "Weil die Gefechte weitergingen, flohen viele nach X": the hazard is the subordinate
    # clause's subject, not what flees (the de case failed before)
    assert expected in moves(text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), cases("frame_constructions_more", "A_CROSSING_BY_BOAT"))
def test_a_crossing_by_boat(lang, text, expected):
    # de "übergesetzt" (the participle only: "übersetzen" is also "translate") was missing
    assert expected in moves(text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), cases("frame_constructions_more", "WHAT_DISPLACED_THEM_BEFORE_THE_VERB_AND_THE_ARRIVAL_AFTER"))
def test_what_displaced_them_before_the_verb_and_the_arrival_after(lang, text, expected):
    """"Die von den Kämpfen in X vertriebenen Familien sind in Y angekommen": where the verb
    comes last, what displaced them (the agent, ``agent_markers``) stands before the verb of
    moving someone, and is where they leave (``fleeing_the_event``, :func:`_flees_after`); the
    place before the arrival is where they end (``location_before_arrival``), the verb of the
    participle or of the relative clause before it closed by an auxiliary."""
    assert expected in moves(text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), cases("frame_constructions_more", "THE_OBJECT_OF_AN_INFINITIVE_STANDS_BEFORE_ITS_PARTICLE"))
def test_the_object_of_an_infinitive_stands_before_its_particle(lang, text, expected):
    """"aufgefordert, X zu verlassen": where the verb comes last, the infinitive's particle
    stands between its object and the verb; the word right before the verb marks no place
    (``object_before_verb``)."""
    assert expected in moves(text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), cases("frame_constructions_more", "A_STAY_SPENT_BEFORE_THE_MOVE_IS_WHERE_IT_STARTS"))
def test_a_stay_spent_before_the_move_is_where_it_starts(lang, text, expected):
    """"Returned to X after spending two weeks in Y", "nachdem er zwei Wochen in Y verbracht
    hatte": a verb of spending time (``spend_verbs``), a pronoun or an auxiliary between the
    word of "after" and the phrase of time (``where_they_stayed_before``)."""
    assert expected in moves(text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), cases("frame_constructions_more", "GETTING_ON_A_VEHICLE_AT_X_IS_WHERE_THEY_BOARD"))
def test_getting_on_a_vehicle_at_x_is_where_they_board(lang, text, expected):
    """"Got on a train in X", "subieron a un tren en X", "montés dans un train à X": a verb of
    getting on followed by a vehicle (``boarding_verbs``) is a verb of going on board
    (``embark_verbs``), and the place it locates is where they board (``where_they_board``)."""
    assert expected in moves(text, lang)


@pytest.mark.parametrize(("lang", "text", "origin"), cases("frame_constructions_more", "WHAT_THEY_LEAVE_BEFORE_A_FINAL_VERB"))
def test_what_they_leave_before_a_final_verb_is_located_where_they_leave(lang, text, origin):
    """Where the verb comes last ("haben ihre Häuser in X verlassen"), the noun phrase before
    "in X" is what the departure leaves: X is the origin — not a goal phrase (it was read as
    "None -> X", or nothing); a goal phrase opened by "in" ("in Zelte in X") gives no origin."""
    got = moves(text, lang)
    if origin is None:
        assert all(o is None for o, _ in got)
    else:
        assert origin in got


@pytest.mark.parametrize(("lang", "text", "expected"), cases("frame_constructions_more", "A_MEANS_OF_TRAVEL_BEFORE_THE_OBJECT"))
def test_a_means_of_travel_before_the_object_keeps_the_ends(lang, text, expected):
    """"Trasladaron por vía aérea a los heridos de X a Y", "ha evacuato in elicottero i malati da
    X a Y": the means of travel (a vehicle noun or ``[grammar] travel_ways`` after its
    preposition) between the verb and whom it moves counts as one word, so the markers after
    the object still give the verb's ends."""
    assert expected in moves(text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), cases("frame_constructions_more", "A_MEANS_OF_TRAVEL_BEFORE_THE_PLACE_REACHED"))
def test_a_means_of_travel_before_the_place_reached_keeps_it_the_object(lang, text, expected):
    """"Hanno raggiunto in treno le scuole di X", "erreichten am Morgen mit dem Zug die Schulen
    von X": read back from the place, the means of travel (and a time phrase before it) stands
    between the verb and its object, and the object's place is still where they go."""
    assert expected in moves(text, lang)


@pytest.mark.parametrize(("lang", "text"), cases("frame_constructions_more", "THE_AGENT_OF_A_PARTICIPLE_IS_NO_ORIGIN"))
def test_the_agent_of_a_participle_is_no_origin(lang, text):
    """"Nella Crimea controllata dalla Russia", "auf die von Russland kontrollierte Krim": who
    holds the place (``[grammar] control_participles``, after the word that also marks a start)
    is no start of the movement (it was drawn from Russia)."""
    got = moves(text, lang)
    assert got and all(o != "country:RUS" for o, _ in got)


@pytest.mark.parametrize(("lang", "text", "expected"), cases("frame_constructions_more", "A_GROUP_MOVED_IS_ONE_OBJECT"))
def test_a_group_moved_is_one_object(lang, text, expected):
    """"Flew a first group of 30 men to X", "trasladó ayer a un segundo grupo de 25 mujeres a
    X": whom the verb moves, up to seven words after a time phrase, counts as one word before the
    marker of its end (:func:`_movers_between` reaches the marker)."""
    assert expected in moves(text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), cases("frame_constructions_more", "A_MEANS_OF_TRAVEL_BEFORE_THE_START"))
def test_a_means_of_travel_before_the_start_keeps_it_the_start(lang, text, expected):
    """"Chegou a pé de X", "arrivés à pied de X", "arrivati a piedi da X": the means of travel
    between the verb and its marker ("a pé": no "chegar a", no article "a"; "pied de X": no
    genitive) leaves X where they came from, and the name is placed by it."""
    assert expected in moves(text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), cases("frame_constructions_more", "WHERE_THE_SENTENCE_BEFORE_HELD_THEM"))
def test_where_the_sentence_before_held_them(lang, text, expected):
    """"They were stuck at X for days. On Monday they were flown to Y": a sentence with no
    verb of motion places them with a marker of place or of a weak goal ("bloqués à X",
    "bloccati a X": ``weak_goal``, not only ``location``), and the move after it starts there
    (``where_the_sentence_before_places_them``)."""
    assert expected in moves(text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), cases("frame_constructions_more", "THE_PLACE_OPENING_THE_SENTENCE_IS_WHERE_THEY_ARE"))
def test_the_place_opening_the_sentence_is_where_they_are(lang, text, expected):
    """"[...] In X, families who left Y last week sleep in schools": a place a marker of place
    opens the sentence with is where its people are now, so a departure naming only its
    start ends there (``where_they_are_now``, :func:`_where_they_are_now`), not at the story's
    main destination."""
    assert expected in moves(text, lang)


@pytest.mark.parametrize(("lang", "text", "unexpected"), cases("frame_constructions_more", "A_PLACE_OPENING_A_REPORT_IS_WHERE_IT_WAS_SAID"))
def test_a_place_opening_a_report_is_where_it_was_said(lang, text, unexpected):
    """"In X, the agency said families left Y": with a verb of saying, the opening place is
    where it was said, not where they went."""
    assert unexpected not in moves(text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), cases("frame_constructions_more", "HERE_IS_WHERE_THE_SPEAKER_IS"))
def test_here_is_where_the_speaker_is(lang, text, expected):
    """"'Families arrive here from X every night,' said a doctor in Y": the "here"
    (``setting_words``) of a speaker whose words place them is where the speaker is
    (:func:`_speaker_place`, rule ``the_setting_referred_to``), not the place the lead names most."""
    assert expected in moves(text, lang)


@pytest.mark.parametrize(("lang", "text", "unexpected"), cases("frame_constructions_more", "A_VERB_OF_COMING_IS_NOT_WHERE_THE_SPEAKER_IS"))
def test_a_verb_of_coming_is_not_where_the_speaker_is(lang, text, unexpected):
    """"'Families come from X,' said an agency spokesman in Y": with no "here", the
    speaker's place is where it was said, not where they came."""
    assert unexpected not in moves(text, lang)


@pytest.mark.parametrize(("lang", "text"), cases("frame_constructions_more", "A_MARKER_ENDING_IN_OF_REPEATED"))
def test_a_marker_ending_in_of_repeated_after_and_is_the_same_goal(lang, text):
    """"Partis de Homs en direction de Hama et de Damas": the "de" after "and" repeats the one
    that ends "en direction de" — both are where they go (Hama was read as a start of Damascus)."""
    got = moves(text, lang)
    assert ("homs", "geonames:170017") in got and ("homs", "damascus") in got


@pytest.mark.parametrize(("lang", "text", "expected"), cases("frame_constructions_more", "WHERE_THEY_ARE_NOW_AFTER_A_WORD_OF_NOW"))
def test_where_they_are_now_after_a_word_of_now_ends_the_departure(lang, text, expected):
    """"Left X in May and now lives in a tent in Y": a place a few words after a word of now
    (``[constructions] now_words``), no verb of motion between, is where they are now — the end
    of the departure that names only its start."""
    assert expected in moves(text, lang)


@pytest.mark.parametrize(("lang", "text"), cases("frame_constructions_more", "A_HAZARD_AFTER_A_FRONTED_PLACE"))
def test_a_hazard_after_a_fronted_place_is_what_moves(lang, text):
    """"In X the water reached the first floor", "A X l'acqua ha raggiunto il primo piano": the
    place set before the subject does not hide the hazard that moves (no people move; the
    arrival at X was drawn)."""
    assert moves(text, lang) == []

"""The words of each language, as data: ``geo/lexicon/<lang>.toml``, loaded and checked here.

See ``README.md`` in this folder for the tables. Every supported language must have every
table and every key; :func:`check_all` lists every gap at once.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from geo.errors import GeoError
from geo.text import SUPPORTED_LANGS, fold

#: the kinds of ``[modality]`` phrase: a move stated as done though a modal's word stands (first:
#: "tuvieron que" wins over "tener que"), the four of ``geo.schema.Modality``, a move that did not
#: happen, and a move the text leaves open as one side of a choice ("will either leave X or stay")
MODALITY_KINDS = ("done", "planned", "ordered", "possible", "demanded", "prevented", "undecided")
#: Tables and the keys each must hold (``motion`` and ``event`` are free-form maps).
REQUIRED: dict[str, tuple[str, ...]] = {
    "meta": ("lang", "name", "particle_gap", "object_before_verb", "nouns_capitalised", "compass_after_place",
             "genitive_article", "bare_marker_compass"),
    "motion": (),
    "event": (),
    "markers": ("source", "goal", "path", "weak_source", "weak_goal", "location", "anaphora"),
    "attribution": ("say", "according", "according_after", "according_closing", "quoting", "deny", "hedge", "pronouns", "negations", "auxiliaries", "quotes", "verb_second",
                    "back_references", "as_words", "what_words", "to_whom", "name_links", "article", "impersonal",
                    "unverified", "person_pronouns", "reported_speech", "passive_auxiliaries", "agent_markers",
                    "gerund_endings", "say_split", "deny_split", "source_from", "object_pronouns", "data_nouns", "data_verbs", "own_outlet", "cleft_markers", "contrary", "claim_nouns", "honorifics", "said_adverbs",
                    "clitics_before_verb", "how_references"),
    "grammar": ("determiners", "indefinites", "place_nouns", "place_noun_compounds", "compound_heads", "compound_plural_endings", "participle_endings", "control_participles", "home_words", "home_verbs", "of", "clause_breaks", "earlier_clause", "relatives", "coordinators", "actor_nouns", "armed_nouns",
                "border_nouns", "with_words", "between_words", "capital_nouns", "adjective_after_noun", "area_nouns", "country_nouns", "possessives", "into_locations",
                "order_verbs", "removal_goals", "flight_goals", "boarding_verbs", "vehicle_nouns", "travel_ways", "purpose", "go_be_forms",
                "participle_agreement", "participle_infinitive", "accented_words", "separable_prefixes", "causative_verbs", "direction_prefixes"),
    "directions": ("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"),
    # the tables below are matched on the folded text (see README.md: written as folded text)
    "dates": ("months", "weekdays", "numbers", "day_words", "yesterday", "today", "day_before_yesterday", "last_week",
              "this_week", "last_month", "day_before", "ordinal_suffixes", "first_day", "month_of", "month_before",
              "month_first", "weekday_after", "ago_before", "ago_after", "day_units", "week_units"),
    "spatial": ("sides", "bank_nouns", "bank_determiners", "bank_of", "bank_articles", "bank_compounds", "bank_compound_of", "bank_possessive",
                "near", "near_heads", "on_border_words", "on_border_prepositions", "on_border_articles", "bearings",
                "km_units", "mile_units", "offset_to", "offset_of", "distance_about",
                "located_nouns", "located_articles", "located_of", "located_in", "located_in_after_comma", "located_in_articles"),
    "names": ("genitive_endings", "demonym_endings", "town_adjective_endings", "demonym_stems", "demonym_inflections", "common", "titles", "particles", "geo_nouns", "place_heads", "compass_names", "region_heads_after", "treaty_nouns", "treaty_of", "treaty_after",
              "organisations", "organisation_articles", "government_verbs", "government_auxiliaries", "government_before",
              "government_determiners", "government_nouns", "government_of", "government_after", "and", "between_determiners",
              "name_heads_before", "water_nouns", "water_words", "water_before", "water_sides", "water_determiners", "water_after",
              "water_articles", "own_water_articles", "article_beats_region", "longer_name_of", "longer_name_articles",
              "evidence", "evidence_heads", "evidence_of", "locative", "locative_heads", "locative_of",
              "not_after", "not_after_determiners", "contracted_articles"),
    "abbreviations": ("words", "months", "before_number"),
    "stopwords": ("words",),
    # how the frames read constructions beyond a marker and its verb (geo/extract/frames.py)
    "constructions": ("noun_location", "not_locating", "contrast", "not_a_verb_before", "apposition", "setting_words", "setting_verbs",
                      "time_words", "destination_nouns", "refuge_nouns", "facility_nouns", "dwelling_nouns",
                      "proximal_determiners", "coming_from", "other_group", "hazard_nouns", "crossing_points",
                      "more_of_the_same", "cargo_nouns", "state_nouns", "figurative_objects", "people_groups", "comitatives", "embark_verbs",
                      "boarded_at", "trip_nouns", "stay_after", "spend_verbs", "now_words"),
    # how a movement is put when the text does not state it as done (geo/extract/frames.py: _modality)
    "modality": MODALITY_KINDS,
}
#: keys that must be present but may be empty lists: a construction some languages lack
#: ("evacuated in X" names where in English, where to in Italian; "three days ago" is
#: read in English and French only)
MAY_BE_EMPTY = frozenset({
    "done", "cleft_markers", "genitive_endings", "town_adjective_endings",
    "place_noun_compounds", "compound_heads", "compound_plural_endings", "participle_endings", "control_participles",
    "name_links", "according_after", "according_closing", "quoting", "reported_speech",
    "removal_goals", "into_locations", "flight_goals", "go_be_forms", "not_locating", "not_a_verb_before", "crossing_points",
    "day_before_yesterday", "day_before", "ordinal_suffixes", "first_day", "month_of", "weekday_after", "ago_before",
    "ago_after", "day_units", "week_units",
    "bank_compounds", "bank_compound_of", "bank_possessive", "bank_of", "bank_articles", "on_border_articles", "km_units", "mile_units", "near_heads", "on_border_words", "offset_to",
    "located_in_after_comma", "located_in_articles",
    "titles", "place_heads", "region_heads_after", "name_heads_before", "treaty_after", "organisation_articles", "government_verbs", "government_auxiliaries",
    "government_before", "government_determiners", "government_nouns", "government_of", "government_after",
    "between_determiners", "water_words", "water_before", "water_sides", "water_determiners", "water_after",
    "own_water_articles", "longer_name_articles", "evidence_heads", "locative_heads", "locative_of", "not_after_determiners",
    "contracted_articles", "object_pronouns", "clitics_before_verb", "how_references", "deny_split", "participle_agreement", "participle_infinitive", "accented_words", "separable_prefixes", "causative_verbs", "direction_prefixes", "demonym_stems", "demonym_inflections",
})
#: the keys of ``[dates.months]``, ``[dates.weekdays]``, ``[spatial.sides]`` and ``[spatial.bearings]``, in order
MONTH_KEYS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
              "november", "december")
WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
SIDE_KEYS = ("east", "west", "north", "south", "left", "right")
BEARING_KEYS = ("north", "northeast", "east", "southeast", "south", "southwest", "west", "northwest")
_SUBTABLES = {("dates", "months"): MONTH_KEYS, ("dates", "weekdays"): WEEKDAY_KEYS, ("spatial", "sides"): SIDE_KEYS,
              ("spatial", "bearings"): BEARING_KEYS}
FRAMES = ("depart", "arrive", "traverse", "transfer", "move")
OBJECT_ROLES = ("origin", "destination", "path", "none")
EVENT_TYPES = ("capture", "attack", "strike", "shelling", "bombing", "siege", "clash")


class LexiconError(GeoError, ValueError):
    """Raised when a lexicon file is missing, malformed or lacks a table."""


Phrase = tuple[str, ...]


@dataclass(frozen=True)
class Predicate:
    """A motion or event word: its words (lemmas), and what it means."""

    words: Phrase
    kind: str  #: "motion" or "event"
    frame: str  #: a motion frame, or an event type
    object: str  #: the role of a place that is its direct object


@dataclass(frozen=True)
class Lexicon:
    """One language's words, folded and ready to match."""

    lang: str
    particle_gap: int
    #: a verb's object may stand before it, the verb last in its clause (German: "haben Homs verlassen")
    object_before_verb: bool
    #: a compass adjective may follow the place it qualifies ("Siria orientale", "Syrie orientale")
    compass_after_place: bool
    #: a genitive article alone says "of" ("der Norden des Landes")
    genitive_article: bool
    #: a preposition without an article before a compass word locates that part of the story's
    #: area ("no sul", "verso sud"); English "to south" is not written
    bare_marker_compass: bool
    #: every noun is written with a capital (German): a capital letter says nothing of a name
    nouns_capitalised: bool
    predicates: dict[str, tuple[Predicate, ...]]  #: by first word, longest first
    markers: dict[str, tuple[Phrase, ...]]  #: role -> phrases, longest first
    markers_flat: frozenset[str]  #: every one-word marker, any role
    #: every marker but anaphora, by its last word: (role, phrase), longest first
    marker_ends: dict[str, tuple[tuple[str, Phrase], ...]]
    say: frozenset[str]
    according: tuple[Phrase, ...]
    #: "according to" phrases after their source ("den Angaben der Polizei zufolge")
    according_after: tuple[Phrase, ...]
    #: "according to" words read only after a comma, their source closing the sentence ("…, so die Polizei.")
    according_closing: tuple[Phrase, ...]
    #: verbs of quoting someone "as saying" ("quoted the governor as saying"): lemmas or forms
    quoting: frozenset[str]
    deny: frozenset[str]
    hedge: tuple[Phrase, ...]
    #: words (and phrases) that negate a following verb of saying
    negations: tuple[Phrase, ...]
    pronouns: frozenset[str]
    #: lemmas of auxiliaries that may stand between a speaker and a verb of saying ("has said")
    auxiliaries: frozenset[str]
    #: quotation marks, each an opening and its closing mark ("„“" in German, "«»" in French)
    quotes: tuple[str, ...]
    #: the finite verb comes second: a negation right after a verb of saying negates it ("sagte nicht")
    verb_second: bool
    #: words for the statement before the verb of saying, its speaker after it ("Lo ha detto X", "Así lo informó X")
    back_references: tuple[Phrase, ...]
    #: "as" before a speaker and a verb of saying ("as X confirmed", "wie X bestätigte")
    as_words: frozenset[str]
    #: "what" after "according to", before a verb of saying ("secondo quanto riporta X")
    what_words: tuple[Phrase, ...]
    #: the marker of whom a statement is told to, between the verb and an inverted speaker ("a indiqué à l'AFP X")
    to_whom: frozenset[str]
    #: where nouns are capitalised, lower-case words that go on an organisation's name ("Organisation für Migration")
    name_links: frozenset[str]
    #: the language's own words for "the article", the claimant of what it states in its own voice when no outlet is known
    article: str
    #: impersonal reporting ("It is estimated that", "Si stima che"), each word a folded form or lemma
    impersonal: tuple[Phrase, ...]
    #: the outlet could not check what it reports ("unable to verify"): the words of each in order in the sentence
    unverified: tuple[Phrase, ...]
    #: third-person singular pronouns of a person ("he", "elle", "er"): an unattributed sentence opening with one
    #: tells of someone in the article's voice
    person_pronouns: frozenset[str]
    #: verb forms that mark reported speech (German "sei", "habe"): the sentence is the last named source's
    reported_speech: frozenset[str]
    #: lemmas of the passive's auxiliaries: a verb of saying in the passive has no speaker but its agent
    passive_auxiliaries: frozenset[str]
    #: the marker of the passive's agent ("by", "par", "von")
    agent_markers: frozenset[str]
    #: endings of a form after an auxiliary that is no participle ("is saying")
    gerund_endings: tuple[str, ...]
    #: the outlet itself as a source ("according to our information", "selon nos informations", "según ha podido
    #: saber este diario"): a source holding one of these phrases is the article's own voice
    own_outlet: tuple[Phrase, ...]
    #: words opening a cleft whose verb of saying names its speaker after a copula ("A dirlo è X"), folded
    cleft_markers: frozenset[str]
    #: phrases opening a clause that says what someone claimed against the sentence ("contrary to claims by X")
    contrary: tuple[Phrase, ...]
    #: nouns for what someone claimed ("claims", "affirmations", "Behauptungen"), read in a ``contrary`` clause
    claim_nouns: frozenset[str]
    #: words of address before a person's name ("Mme", "Herr", "Sra."), folded
    honorifics: frozenset[str]
    #: adverbs between a speaker and the verb of saying or its auxiliary ("also", "anche", "auch"), folded phrases
    said_adverbs: tuple[Phrase, ...]
    #: verbs of saying in two parts, by the verb's lemma then the words that complete it ("geben bekannt", "fare sapere")
    say_split: tuple[Phrase, ...]
    #: the marker of where a statement with no speaker comes from, or the document it is in ("aus", "dalla", "desde")
    #: verbs of denial in two parts, as ``say_split`` ("weisen zuruck": "wies … zurück")
    deny_split: tuple[Phrase, ...]
    source_from: tuple[Phrase, ...]
    #: nouns for the data a source published ("figures", "chiffres", "Angaben"): "figures from X", "X's figures" name X
    data_nouns: frozenset[str]
    #: verbs whose subject is such data, reporting what its source says ("data from X show", "los datos de X indican")
    data_verbs: frozenset[str]
    #: object pronouns of a person after "according to" ("according to her"): the source named last
    object_pronouns: frozenset[str]
    #: the pronouns (of whom it was told to, reflexive) between a speaker and the verb of saying ("X nous a dit", "X se souvient")
    clitics_before_verb: frozenset[str]
    #: "this is how" before a speaker and a verb of saying, who says the sentence before too
    how_references: tuple[Phrase, ...]
    determiners: frozenset[str]
    #: the indefinite articles (a subset of ``determiners``): "a town" names no place already said
    indefinites: frozenset[str]
    place_nouns: frozenset[str]
    #: a place noun with the word after it that is a noun of another kind ("quartier général"), folded
    place_noun_compounds: frozenset[tuple[str, ...]]
    #: nouns of motion that end a compound noun written as one word ("Truppenabzug", "Massenflucht"),
    #: longest first: the compound is that predicate; and the plural endings they may take
    compound_heads: tuple[str, ...]
    compound_plural_endings: tuple[str, ...]
    #: endings of a past participle used as an adjective (``[grammar] participle_endings``), longest first
    participle_endings: tuple[str, ...]
    #: stems of past participles of holding or striking a place whose agent follows a word that also marks a start
    #: ("controllata dalla Russia", "die von Russland besetzten Gebiete"; ``[grammar] control_participles``)
    control_participles: tuple[str, ...]
    #: words for home after a verb of going ("went home", "rentrer chez eux"), folded
    home_words: tuple[tuple[str, ...], ...]
    #: verbs and nouns of sending people home ("repatriate", "rapatriement"): their end is the movers' country
    home_verbs: frozenset[str]
    of: frozenset[str]
    clause_breaks: frozenset[str]
    #: words opening a clause of what the mover did before ("after leaving X"), folded phrases
    earlier_clause: tuple[tuple[str, ...], ...]
    #: a place's adjective follows its noun ("la capital ucraniana", "la capitale ukrainienne")
    adjective_after_noun: bool
    relatives: frozenset[str]
    coordinators: frozenset[str]
    actor_nouns: frozenset[str]
    #: actor nouns of armed men ("troops", "rebelles"): an armed mover goes on from no civilians' journey
    armed_nouns: frozenset[str]
    border_nouns: frozenset[str]
    with_words: frozenset[str]
    between_words: frozenset[str]
    capital_nouns: frozenset[str]
    #: nouns that stand for the region the story is in ("the north of the enclave")
    area_nouns: frozenset[str]
    #: nouns that stand for the country the story is in ("the north of the country")
    country_nouns: frozenset[str]
    #: possessives before a country noun ("their country", "leur pays"): the mover's own country
    possessives: frozenset[str]
    into_locations: frozenset[str]
    #: verbs of ordering ('ordered the evacuation'): a state or town that orders a departure is where it starts
    order_verbs: frozenset[str]
    #: location markers that after a verb of removing people from a place (evacuate X) name where they are taken
    removal_goals: frozenset[str]
    #: location markers that right after a verb of fleeing or withdrawing name where they go ("fuggiti in Libano")
    flight_goals: frozenset[str]
    #: verbs (lemmas) of taking a vehicle ("took a bus to X", "prendre le bateau pour X"): with a vehicle noun, a motion predicate
    boarding_verbs: frozenset[str]
    #: the vehicles those verbs take (folded nouns, singular and plural)
    vehicle_nouns: frozenset[str]
    #: ways of travelling a means phrase names after its preposition ("by air", "por vía aérea"; folded, one or two words)
    travel_ways: frozenset[str]
    #: verbs (lemmas) that make the infinitive right after them cause another's move ("fait entrer X en Y")
    causative_verbs: frozenset[str]
    #: prefixes of direction that join a verb of motion and leave it one ("zurückverlegt" is "verlegt")
    direction_prefixes: tuple[str, ...]
    #: the forms "go" and "be" share (Spanish "fue", Portuguese "foi"): "go" before a goal marker and a place
    go_be_forms: frozenset[str]
    #: a past participle's agreement endings and what replaces each to give its masculine singular
    #: ("conduite" -> "conduit", "portate" -> "portato"), longest first: read after an auxiliary
    participle_agreement: tuple[tuple[str, str], ...]
    #: a regular past participle's ending and its infinitive's ("enviado" -> "enviar"), folded
    participle_infinitive: tuple[tuple[str, str], ...]
    #: phrases that open a clause of purpose after a departure ("um ... zu", "pour", "in order to")
    purpose: tuple[Phrase, ...]
    #: markers that locate a noun ("the violence in X", "les violences à X"): after a departure
    #: and what it leaves, where they leave
    noun_location: frozenset[str]
    #: phrases ending in such a marker that locate nothing ("face à", "grazie a")
    not_locating: tuple[Phrase, ...]
    #: words of contrast that join two clauses about the same people ("lived in X but moved to Y")
    contrast: frozenset[str]
    #: nouns before which a motion word is an adjective ("the left bank")
    not_a_verb_before: frozenset[str]
    #: words that introduce places as part of the phrase before ("including X", "notamment X")
    apposition: tuple[Phrase, ...]
    #: words by which a sentence refers to the story's setting ("here", "the camp")
    setting_words: tuple[Phrase, ...]
    #: verbs of coming (lemmas): with only a start named, they end where the story is set
    setting_verbs: frozenset[str]
    #: words that, with numbers, weekdays and months, make a time phrase ("on the night of last
    #: Saturday"): one between a verb and its marker counts as one word
    time_words: frozenset[str]
    #: nouns of where a journey ends: a place the copula joins to one is an end ("the destination is X")
    destination_nouns: frozenset[str]
    #: nouns of safety and shelter: a goal phrase they head is located by the place after it ("for safety in X")
    refuge_nouns: frozenset[str]
    #: buildings people are taken to or driven from: a source or goal phrase they head is located by the place after it
    facility_nouns: frozenset[str]
    #: phrases naming a border crossing point, a place and no movement ("point de passage", "paso fronterizo"); a
    #: one-word entry only after an article and a name ("the Rafah crossing"), folded
    crossing_points: tuple[tuple[str, ...], ...]
    #: words that, beside a number, make more people of the same journey ("another 200", "weitere 200"), folded
    more_of_the_same: frozenset[str]
    #: dwellings people leave: a departure whose object is one leaves the place before it in its clause
    dwelling_nouns: frozenset[str]
    #: determiners pointing at where the writer is ("this city"): the story's setting
    proximal_determiners: frozenset[str]
    #: words for another part of the group opening a clause ("others", "d'autres", "die anderen"), folded
    other_group: frozenset[str]
    #: nouns of storms, fires, water and fighting (folded): as what moves, no person moves ("the storm reached X")
    hazard_nouns: frozenset[str]
    #: nouns of things and animals that are sent or carried (folded): as what moves, no person moves ("the samples were sent to X")
    cargo_nouns: frozenset[str]
    #: nouns of a state of things ("life", "calm", "power"): their return or arrival moves no one
    state_nouns: frozenset[str]
    #: nouns of groups, talks, agreements and occasions (folded): the object of "join", "reach", "take" that moves no one ("joined the party")
    figurative_objects: frozenset[str]
    #: the nouns of ``figurative_objects`` that name a group of people: a verb of taking moves them ("escorted the group to X")
    people_groups: frozenset[str]
    #: words opening a phrase of whom the movers go with ("fled with their children to X"), folded phrases
    comitatives: tuple[Phrase, ...]
    #: verbs of going on board (lemmas) and the markers after them that say where they board: the start ("embarked in X")
    embark_verbs: frozenset[str]
    boarded_at: frozenset[str]
    #: nouns of a stay or journey away (folded): "returned from a trip to X" starts in X
    trip_nouns: frozenset[str]
    stay_after: tuple[Phrase, ...]  #: words of "after" before a phrase of time or of a stay, longest first
    spend_verbs: frozenset[str]  #: verbs of spending time (lemmas): "after spending two months in Y" is a stay
    now_words: frozenset[str]  #: words of now: "and now sleeps in a church in Y" says where they are now
    #: words of coming from somewhere that describe a mover ("venues de X", "procedente de X"), by
    #: folded form or lemma: after an arrival, the start they name is the arrival's
    coming_from: frozenset[str]
    directions: dict[Phrase, str]  #: compass phrase -> direction ("north", "southeast", ...)
    #: words before a motion verb that put the move as planned, ordered, possible, demanded or
    #: prevented (``[modality]``): by last word, (kind, phrase), longest first
    modality: dict[str, tuple[tuple[str, Phrase], ...]] = field(default_factory=dict)


def _phrase(s: str) -> Phrase:
    return tuple(fold(s).replace("'", " ").replace("-", " ").split())


def _longest(phrases: list[Phrase]) -> tuple[Phrase, ...]:
    return tuple(sorted(set(p for p in phrases if p), key=lambda p: (-len(p), p)))


def _by_last_word(by_role: dict[str, list[Phrase]]) -> dict[str, tuple[tuple[str, Phrase], ...]]:
    order = {role: n for n, role in enumerate(by_role)}  # on a tie, the role listed first wins
    out: dict[str, list[tuple[str, Phrase]]] = {}
    for role, phrases in by_role.items():
        for ph in phrases:
            if ph:
                out.setdefault(ph[-1], []).append((role, ph))
    return {k: tuple(sorted(set(v), key=lambda rp: (-len(rp[1]), order[rp[0]], rp[1]))) for k, v in out.items()}


def gaps(lang: str, data: dict) -> list[str]:
    """Every missing or malformed table or key of one language's data."""
    out = []
    for table, keys in REQUIRED.items():
        t = data.get(table)
        if not isinstance(t, dict) or not t:
            out.append(f"{lang}.toml: table [{table}] is missing or empty")
            continue
        for k in keys:
            v = t.get(k)
            if v is None or (isinstance(v, list) and not v and k not in MAY_BE_EMPTY):
                out.append(f"{lang}.toml: [{table}] has no {k!r}")
            elif isinstance(v, list) and not all(isinstance(x, str) for x in v):
                out.append(f"{lang}.toml: [{table}] {k!r} must be a list of strings")
    for (table, key), keys in _SUBTABLES.items():
        sub = (data.get(table) or {}).get(key)
        if isinstance(sub, dict):
            out.extend(f"{lang}.toml: [{table}.{key}] has no {k!r}" for k in keys if not sub.get(k))
        elif sub is not None:
            out.append(f"{lang}.toml: [{table}] {key!r} must be a table of {', '.join(keys)}")
    for table, key in (("dates", "numbers"), ("spatial", "distance_numbers")):
        numbers = (data.get(table) or {}).get(key)
        if (numbers is None and key == "distance_numbers") or (
                numbers is not None and not (isinstance(numbers, dict) and all(isinstance(n, int) and n > 0 for n in numbers.values()))):
            out.append(f"{lang}.toml: [{table}.{key}] must map words to whole numbers above 0")
    for table, allowed_a, allowed_b in (("motion", FRAMES, OBJECT_ROLES), ("event", EVENT_TYPES, ("place", "none"))):
        for key, value in (data.get(table) or {}).items():
            a, _, b = str(value).partition(":")
            if a not in allowed_a or b not in allowed_b:
                out.append(f"{lang}.toml: [{table}] {key!r} = {value!r}: expected '<{'|'.join(allowed_a)}>:<{'|'.join(allowed_b)}>'")
    meta = data.get("meta") or {}
    if meta.get("lang") not in (None, lang):
        out.append(f"{lang}.toml: [meta] lang is {meta.get('lang')!r}, expected {lang!r}")
    return out


def _read(lang: str) -> dict:
    try:
        raw = resources.files("geo.lexicon").joinpath(f"{lang}.toml").read_bytes()
    except FileNotFoundError as err:
        raise LexiconError(f"geo/lexicon/{lang}.toml: no lexicon for language {lang!r}") from err
    try:
        from geo.resources import kept_reading

        # parsed once, kept in geo's cache folder (named by the file's bytes): tomllib is
        # pure Python, ~6 ms a lexicon in every process
        return kept_reading(_kept_folder(), raw, _parse, lambda v: type(v) is dict)
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise LexiconError(f"geo/lexicon/{lang}.toml: not valid TOML ({err})") from err


def _parse(raw: bytes) -> dict:
    return tomllib.loads(raw.decode("utf-8"))


@cache
def _kept_folder() -> Path | None:
    import sys

    from geo.resources import kept_folder

    return kept_folder("lexicon-v1", _parse, sys.version)


def check_all() -> list[str]:
    """Every gap of every supported language's lexicon (an empty list when complete)."""
    out: list[str] = []
    for lang in SUPPORTED_LANGS:
        try:
            out.extend(gaps(lang, _read(lang)))
        except LexiconError as err:
            out.append(str(err))
    return out


def _fs(values: list[str]) -> frozenset[str]:
    return frozenset(" ".join(_phrase(v)) for v in values)


def _voice(a: dict[str, Any]) -> dict[str, Any]:
    """The ``[attribution]`` fields that say whose voice a sentence is in (impersonal reporting, the
    outlet's checks, a person's pronoun, reported speech, the passive, a source closing the sentence),
    as :class:`Lexicon` arguments."""
    return {
        "impersonal": _longest([_phrase(x) for x in a["impersonal"]]),
        "unverified": _longest([_phrase(x) for x in a["unverified"]]),
        "person_pronouns": _fs(a["person_pronouns"]),
        "reported_speech": _fs(a["reported_speech"]),
        "passive_auxiliaries": _fs(a["passive_auxiliaries"]),
        "agent_markers": _fs(a["agent_markers"]),
        "gerund_endings": tuple(str(x) for x in a["gerund_endings"]),
        "own_outlet": _longest([_phrase(x) for x in a["own_outlet"]]),
        "cleft_markers": _fs(a["cleft_markers"]),
        "contrary": _longest([_phrase(x) for x in a["contrary"]]),
        "claim_nouns": _fs(a["claim_nouns"]),
        "honorifics": _fs(a["honorifics"]),
        "said_adverbs": _longest([_phrase(x) for x in a["said_adverbs"]]),
        "according_closing": _longest([_phrase(x) for x in a["according_closing"]]),
        "quoting": _fs(a["quoting"]),
        "say_split": _longest([_phrase(x) for x in a["say_split"]]),
        "source_from": _longest([_phrase(x) for x in a["source_from"]]),
        "deny_split": _longest([_phrase(x) for x in a["deny_split"]]),
        "object_pronouns": _fs(a["object_pronouns"]),
        "clitics_before_verb": _fs(a["clitics_before_verb"]),
        "how_references": _longest([_phrase(x) for x in a["how_references"]]),
        "data_nouns": _fs(a["data_nouns"]),
        "data_verbs": _fs(a["data_verbs"]),
    }


def _reference(g: dict[str, Any]) -> dict[str, Any]:
    """The ``[grammar]`` fields that say what a noun phrase refers to (a place said before or a
    new one, a compound that is no place, home), as :class:`Lexicon` arguments."""
    return {
        "indefinites": _fs(g["indefinites"]),
        "place_noun_compounds": frozenset(_phrase(x) for x in g["place_noun_compounds"]),
        "compound_heads": tuple(sorted((str(x) for x in g["compound_heads"]), key=len, reverse=True)),
        "compound_plural_endings": tuple(str(x) for x in g["compound_plural_endings"]),
        "participle_endings": tuple(sorted((str(x) for x in g["participle_endings"]), key=len, reverse=True)),
        "control_participles": tuple(str(x) for x in g["control_participles"]),
        "home_words": _longest([_phrase(x) for x in g["home_words"]]),
        "home_verbs": _fs(g["home_verbs"]),
        "earlier_clause": _longest([_phrase(x) for x in g["earlier_clause"]]),
        "adjective_after_noun": bool(g["adjective_after_noun"]),
    }


def _phrase_heads(c: dict[str, Any]) -> dict[str, Any]:
    """The ``[constructions]`` nouns that head a phrase about an end (a destination, a refuge,
    a building), as :class:`Lexicon` arguments."""
    return {
        "destination_nouns": _fs(c["destination_nouns"]),
        "refuge_nouns": _fs(c["refuge_nouns"]),
        "facility_nouns": _fs(c["facility_nouns"]),
        "dwelling_nouns": _fs(c["dwelling_nouns"]),
        "proximal_determiners": _fs(c["proximal_determiners"]),
        "other_group": _fs(c["other_group"]),
        "hazard_nouns": _fs(c["hazard_nouns"]),
        "cargo_nouns": _fs(c["cargo_nouns"]),
        "state_nouns": _fs(c["state_nouns"]),
        "figurative_objects": _fs(c["figurative_objects"]),
        "people_groups": _fs(c["people_groups"]),
        "comitatives": _longest([_phrase(x) for x in c["comitatives"]]),
        "embark_verbs": _fs(c["embark_verbs"]),
        "boarded_at": _fs(c["boarded_at"]),
        "trip_nouns": _fs(c["trip_nouns"]),
        "stay_after": _longest([_phrase(x) for x in c["stay_after"]]),
        "spend_verbs": _fs(c["spend_verbs"]),
        "now_words": _fs(c["now_words"]),
        "coming_from": _fs(c["coming_from"]),
        "crossing_points": _longest([_phrase(x) for x in c["crossing_points"]]),
        "more_of_the_same": _fs(c["more_of_the_same"]),
    }


def rewrites(rules: list[str]) -> tuple[tuple[str, str], ...]:
    """"ending>replacement" rules (``[names] demonym_endings``, ``[grammar] participle_agreement``
    ...) as pairs, the longest ending first (then in order of the pairs)."""
    pairs = [str(x).split(">", 1) for x in rules]
    return tuple(sorted(((a, b) for a, b in pairs), key=lambda x: (-len(x[0]), x)))


def _journeys(g: dict[str, Any]) -> dict[str, Any]:
    """The ``[grammar]`` fields that make a journey's end or verb of other words (a location after
    a verb of removing or fleeing, a verb of taking and its vehicle), as :class:`Lexicon` arguments."""
    return {
        "removal_goals": _fs(g["removal_goals"]),
        "flight_goals": _fs(g["flight_goals"]),
        "boarding_verbs": _fs(g["boarding_verbs"]),
        "vehicle_nouns": _fs(g["vehicle_nouns"]),
        "travel_ways": _fs(g["travel_ways"]),
        "causative_verbs": _fs(g["causative_verbs"]),
        "direction_prefixes": tuple(sorted(g["direction_prefixes"], key=len, reverse=True)),
        "go_be_forms": _fs(g["go_be_forms"]),
        "participle_agreement": rewrites(g["participle_agreement"]),
        "participle_infinitive": rewrites(g["participle_infinitive"]),
    }


@cache
def load(lang: str) -> Lexicon:
    """The lexicon of ``lang``, checked.

    >>> lx = load("en")
    >>> [p.frame for p in lx.predicates["flee"]]
    ['depart']
    """
    data = _checked(lang)
    preds: dict[str, list[Predicate]] = {}
    for kind in ("motion", "event"):
        for key, value in data[kind].items():
            words = _phrase(key)
            frame, _, obj = value.partition(":")
            preds.setdefault(words[0], []).append(Predicate(words, kind, frame, obj))
    m, a, g = data["markers"], data["attribution"], data["grammar"]

    def fs(values: list[str]) -> frozenset[str]:
        return frozenset(" ".join(_phrase(v)) for v in values)

    return Lexicon(
        lang=lang,
        particle_gap=int(data["meta"]["particle_gap"]),
        object_before_verb=bool(data["meta"]["object_before_verb"]),
        compass_after_place=bool(data["meta"]["compass_after_place"]),
        genitive_article=bool(data["meta"]["genitive_article"]),
        bare_marker_compass=bool(data["meta"]["bare_marker_compass"]),
        nouns_capitalised=bool(data["meta"]["nouns_capitalised"]),
        predicates={k: tuple(sorted(v, key=lambda p: -len(p.words))) for k, v in preds.items()},
        markers={role: _longest([_phrase(x) for x in m[role]]) for role in REQUIRED["markers"]},
        marker_ends=_by_last_word({role: [_phrase(x) for x in m[role]] for role in REQUIRED["markers"] if role != "anaphora"}),
        markers_flat=frozenset(x for role in REQUIRED["markers"] for x in fs(m[role]) if " " not in x),
        say=fs(a["say"]),
        according=_longest([_phrase(x) for x in a["according"]]),
        according_after=_longest([_phrase(x) for x in a["according_after"]]),
        deny=fs(a["deny"]),
        hedge=_longest([_phrase(x) for x in a["hedge"]]),
        negations=_longest([_phrase(x) for x in a["negations"]]),
        pronouns=fs(a["pronouns"]),
        auxiliaries=fs(a["auxiliaries"]),
        quotes=tuple(str(q) for q in a["quotes"]),
        verb_second=bool(a["verb_second"]),
        back_references=_longest([_phrase(x) for x in a["back_references"]]),
        as_words=fs(a["as_words"]),
        what_words=_longest([_phrase(x) for x in a["what_words"]]),
        to_whom=fs(a["to_whom"]),
        name_links=fs(a["name_links"]),
        article=str(a["article"]),
        **_voice(a),
        determiners=fs(g["determiners"]),
        place_nouns=fs(g["place_nouns"]),
        **_reference(g),
        of=fs(g["of"]),
        clause_breaks=fs(g["clause_breaks"]),
        relatives=fs(g["relatives"]),
        coordinators=fs(g["coordinators"]),
        actor_nouns=fs(g["actor_nouns"]),
        armed_nouns=fs(g["armed_nouns"]),
        border_nouns=fs(g["border_nouns"]),
        with_words=fs(g["with_words"]),
        between_words=fs(g["between_words"]),
        capital_nouns=fs(g["capital_nouns"]),
        area_nouns=fs(g["area_nouns"]),
        country_nouns=fs(g["country_nouns"]),
        possessives=fs(g["possessives"]),
        into_locations=fs(g["into_locations"]),
        order_verbs=fs(g["order_verbs"]),
        **_journeys(g),
        purpose=_longest([_phrase(x) for x in g["purpose"]]),
        noun_location=fs(data["constructions"]["noun_location"]),
        not_locating=_longest([_phrase(x) for x in data["constructions"]["not_locating"]]),
        contrast=fs(data["constructions"]["contrast"]),
        not_a_verb_before=fs(data["constructions"]["not_a_verb_before"]),
        apposition=_longest([_phrase(x) for x in data["constructions"]["apposition"]]),
        setting_words=_longest([_phrase(x) for x in data["constructions"]["setting_words"]]),
        setting_verbs=fs(data["constructions"]["setting_verbs"]),
        time_words=fs(data["constructions"]["time_words"]),
        **_phrase_heads(data["constructions"]),
        directions={_phrase(w): d for d, ws in data["directions"].items() for w in ws},
        modality=_by_last_word({kind: [_phrase(x) for x in data["modality"][kind]] for kind in MODALITY_KINDS}),
    )


def table(lang: str, name: str) -> dict:
    """The table ``[name]`` of ``lang``'s lexicon as written (checked: every key present);
    for the tables matched on the folded text (``dates``, ``spatial``, ``names``,
    ``stopwords``), whose words stay strings with their spaces and apostrophes."""
    return _checked(lang)[name]


def words_of_all(name: str, key: str) -> tuple[str, ...]:
    """``[name] key`` of every supported language, in order, each word once: for the
    words a name or a spatial phrase is read with whatever the article's language (an
    English organisation's name in a French article)."""
    return tuple(dict.fromkeys(w for lang in SUPPORTED_LANGS for w in table(lang, name)[key]))


@cache
def _checked(lang: str) -> dict:
    data = _read(lang)
    problems = gaps(lang, data)
    if problems:
        raise LexiconError("; ".join(problems))
    return data


def alternation(phrases: Iterable[str], joiner: str = r"\s+") -> str:
    r"""A regular expression group matching any of ``phrases`` (words of the folded text, apart
    by spaces; a word ending in ``*`` stands for any word it starts: ``franchi*``), longest
    first; a group that matches nothing when there is no phrase.

    >>> print(alternation(["de la", "du", "franchi*"]))
    (?:franchi\w*|de\s+la|du)
    """
    def one(p: str) -> str:
        return joiner.join(re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) for w in p.split())

    out = [one(p) for p in sorted(set(phrases), key=lambda p: (-len(p), p)) if p.strip()]
    return "(?:" + "|".join(out) + ")" if out else "(?!)"


def then_space(words: Iterable[str], space: str = r"\s+") -> str:
    """A group matching one of ``words`` and the space after it (none after an apostrophe or a
    hyphen that joins it to the next word: ``l'``, ``al-``)."""
    words = list(words)
    joined = [w for w in words if w.endswith(("'", "-"))]
    spaced = alternation([w for w in words if w not in joined])
    return rf"(?:{spaced}{space}|{alternation(joined)})"

"""The lexicons are complete by concept and by lemma (issue 20, item 2).

``geo/lexicon/concepts.toml`` lists the concepts of motion, sending, carrying and the events
(from the verb classes of Levin 1993 and VerbNet, not from a corpus) with each language's
lemma(s). Every concept is named in every language (each lexicon of ``geo/lexicon/``) with
the same frame; every inflected form of ``FORMS`` (``tests/lang/<lang>/concepts.py``)
reaches its predicate through the lemmatiser (or, where it fails, through a key for that
form in the lexicon); the reflexive uses and the verbs of taking and bringing give
movements. Sentences are written for these tests.
"""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from geo.extract.pipeline import extract
from geo.lexicon import load
from geo.text import SUPPORTED_LANGS
from geo.text.document import build_document
from tests.lang import by_language, cases

#: every language with a lexicon (seven: de en es fr it nl pt); a new <lang>.toml is checked too
LANGS = SUPPORTED_LANGS
P = "2017-11-14"


def _concepts() -> dict:
    return tomllib.loads(resources.files("geo.lexicon").joinpath("concepts.toml").read_text(encoding="utf-8"))


def _lexicon(lang: str) -> dict:
    return tomllib.loads(resources.files("geo.lexicon").joinpath(f"{lang}.toml").read_text(encoding="utf-8"))


CONCEPTS = [(table, name) for table, cs in _concepts().items() for name in cs]


@pytest.mark.parametrize(("table", "name"), CONCEPTS, ids=[f"{t}-{n}" for t, n in CONCEPTS])
def test_every_concept_in_every_language(table, name):
    concept = _concepts()[table][name]
    missing = []
    for lang in LANGS:
        keys = concept.get(lang) or []
        if not keys:
            missing.append(f"{lang}: no lemma")
        entries = _lexicon(lang)[table]
        for key in keys:
            value = entries.get(key)
            if value is None or value.partition(":")[0] != concept["frame"]:
                missing.append(f"{lang}.toml [{table}] {key!r} = {value!r}, expected frame {concept['frame']!r}")
    assert missing == []


def test_the_concept_table_is_not_trivial():
    # measured: 91 motion and 15 event concepts (grep -c '^\[motion' geo/lexicon/concepts.toml); minus one each
    cs = _concepts()
    assert len(cs["motion"]) >= 90 and len(cs["event"]) >= 14


#: inflected forms that must reach a predicate of the given frame, per language: participles,
#: past tenses, plurals and feminines; where simplemma does not reduce a form, the lexicon
#: lists the form itself
FORMS = by_language("concepts", "FORMS")
FORM_CASES = [(lang, *f.split(":")) for lang, fs in FORMS.items() for f in fs.split()]


@pytest.mark.parametrize(("lang", "form", "frame"), FORM_CASES, ids=[f"{lang}-{form}" for lang, form, _ in FORM_CASES])
def test_inflected_forms_reach_their_predicate(lang, form, frame):
    lex = load(lang)
    w = build_document(f"x {form} x", lang).words[1]
    entries = [p for k in (w.lemma, w.key) for p in lex.predicates.get(k, ()) if len(p.words) == 1]
    assert frame in {p.frame for p in entries}, (w.key, w.lemma)


SPLIT_FORMS = by_language("concepts", "SPLIT_FORMS")
SPLIT_CASES = [(lang, *f.split(":")) for lang, fs in SPLIT_FORMS.items() for f in fs.split()]


@pytest.mark.parametrize(("lang", "form", "frame"), SPLIT_CASES, ids=[f"{lang}-{form}" for lang, form, _ in SPLIT_CASES])
def test_simple_past_of_a_split_verb_reaches_its_entry(lang, form, frame):
    # (issue 20 item 2: where the lemmatiser fails, a test lists the forms it must cover)
    verb, particle = form.split("+")
    w = build_document(f"x {verb} x", lang).words[1]
    entries = [p for k in (w.lemma, w.key) for p in load(lang).predicates.get(k, ()) if p.words[1:] == (particle,)]
    assert frame in {p.frame for p in entries}, (w.key, w.lemma)


def moves(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    fc = extract(text, P, lang=lang)
    return [(f["properties"]["from"], f["properties"]["to"]) for f in fc["features"] if f["properties"]["kind"] == "movement"]


def named_moves(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    """The movements of ``text`` as the lower-case names of their ends (None: no end)."""
    fc = extract(text, P, lang=lang)
    names = {f["properties"].get("id"): f["properties"].get("name", "").lower() for f in fc["features"]}
    return [(names.get(f["properties"]["from"]), names.get(f["properties"]["to"])) for f in fc["features"]
            if f["properties"]["kind"] == "movement"]


@pytest.mark.parametrize(("lang", "text", "expected"), cases("concepts", "REFLEXIVE_REFUGE"))
def test_reflexive_refuge(lang, text, expected):
    assert expected in moves(text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), cases("concepts", "REFUGE_FOUND"))
def test_refuge_found_is_where_they_went(lang, text, expected):
    assert expected in moves(text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), cases("concepts", "VERBS_OF_TAKING_AND_BRINGING"))
def test_verbs_of_taking_and_bringing(lang, text, expected):
    assert expected in moves(text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), cases("concepts", "VISIT_APPROACH_ORIGIN_AND_PASSAGE"))
def test_visit_approach_origin_and_passage(lang, text, expected):
    assert expected in moves(text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), cases("concepts", "EXTRADITE_AND_DIVERT"))
def test_extradite_and_divert(lang, text, expected):
    assert expected in named_moves(text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), cases("concepts", "SEND_AND_BANISH"))
def test_send_and_banish_verbs_and_nouns(lang, text, expected):
    assert expected in named_moves(text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), cases("concepts", "MANNER_OF_MOTION"))
def test_manner_of_motion_verbs(lang, text, expected):
    assert expected in named_moves(text, lang)


@pytest.mark.parametrize(("lang", "text"), cases("concepts", "FIGURATIVE_MANNER"))
def test_figurative_manner_verbs_name_no_movement(lang, text):
    assert moves(text, lang) == []


@pytest.mark.parametrize(("lang", "text", "expected"), cases("concepts", "SEPARATED_PREFIX"))
def test_a_separated_prefix_joins_its_verb(lang, text, expected):
    assert expected in named_moves(text, lang)


def _joined(lang: str) -> list[tuple[str, str]]:
    """The one-word infinitives of ``lang``'s [motion] table that start with a separable prefix
    of ``[grammar] separable_prefixes`` (not a participle: no "ge" after the prefix), each with
    the split entry it needs ("abschieben" -> "schieben ab")."""
    lex = _lexicon(lang)
    out = []
    for key in lex["motion"]:
        for pre in sorted(lex["grammar"]["separable_prefixes"], key=len, reverse=True):
            stem = key[len(pre):]
            if " " not in key and key.startswith(pre) and len(stem) > 3 and stem.endswith("n") and not stem.startswith("ge"):
                out.append((key, f"{stem} {pre}"))
                break
    return out


#: a particle that is also an article or a preposition is read in the clause as that word, not as the verb's
def _ambiguous(lang: str, particle: str) -> bool:
    lex = load(lang)
    return particle in lex.determiners or particle in lex.markers_flat


@pytest.mark.parametrize("lang", LANGS)
def test_a_joined_separable_verb_is_also_listed_split(lang):
    motion = _lexicon(lang)["motion"]
    missing = [(k, split) for k, split in _joined(lang) if split not in motion and not _ambiguous(lang, split.split()[-1])]
    assert missing == []


def test_the_separable_verbs_are_found():
    # measured: 47 German and 30 Dutch joined infinitives with a separable prefix; a broken reading finds none
    assert len(_joined("de")) >= 40 and len(_joined("nl")) >= 25


@pytest.mark.parametrize(("lang", "text", "expected"), cases("concepts", "DOCK_SET_OUT_MAKE_IT"))
def test_dock_set_out_and_make_it(lang, text, expected):
    assert expected in named_moves(text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), cases("concepts", "DIRECTION_PREFIX"))
def test_a_prefix_of_direction_leaves_the_verb(lang, text, expected):
    # ([grammar] direction_prefixes: the lemmatiser knows no joined form)
    assert expected in named_moves(text, lang)

"""Cheaper extraction rules (issue 24, h-speed4) give what the code they replaced gave: each
replaced walk is kept here as the reference. The sentences are written for this test."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.extract import attribution, mentions
from geo.lexicon import load
from geo.text import document
from geo.text.document import build_document

LANGS = ["de", "en", "es", "fr", "it", "pt"]


# -- negated: the phrases by last word, against every phrase at every position ------------------

def _negated_walk(words, i, lex):
    keys = [w.key for w in words]
    if lex.verb_second and i + 1 < len(keys) and (keys[i + 1],) in lex.negations:
        return True
    for ph in lex.negations:
        for end in range(max(0, i - 3), i):
            k = end - len(ph) + 1
            if k >= 0 and tuple(keys[k : end + 1]) == ph and (len(ph) == 1 or all(w.lemma in lex.auxiliaries for w in words[end + 1 : i])):
                return True
    return False


NEGATED = [
    pytest.param("en", "The families did not leave the valley and refused to go back.", id="en"),
    pytest.param("en", "An official who declined to be identified said the barges never left.", id="en-declined"),
    pytest.param("fr", "Les familles n'ont pas quitté la vallée et ne sont jamais revenues.", id="fr"),
    pytest.param("de", "Die Familien verließen das Tal nicht und kehrten nie zurück.", id="de"),
    pytest.param("es", "Las familias no salieron del valle y nunca volvieron.", id="es"),
    pytest.param("it", "Le famiglie non hanno lasciato la valle e non sono tornate.", id="it"),
    pytest.param("pt", "As famílias não deixaram o vale e nunca voltaram.", id="pt"),
]


@pytest.mark.parametrize(("lang", "text"), NEGATED)
def test_negated_by_last_word_is_the_walk(lang, text):
    doc, lex = build_document(text, lang), load(lang)
    for s in doc.sentences:
        words = doc.words_of(s.index)
        got = [attribution.negated(words, i, lex) for i in range(len(words))]
        assert got == [_negated_walk(words, i, lex) for i in range(len(words))]
        assert any(got), text  # (each sentence holds a negation: the test reads one)


@pytest.mark.parametrize("lang", LANGS)
@settings(max_examples=80, deadline=None)
@given(data=st.data())
def test_negated_by_last_word_is_the_walk_on_any_words(lang, data):
    lex = load(lang)
    vocab = sorted({w for ph in lex.negations for w in ph} | set(sorted(lex.auxiliaries)[:5]) | {"left", "the", "valley"})
    text = " ".join(data.draw(st.lists(st.sampled_from(vocab), min_size=1, max_size=10)))
    doc = build_document(text, lang)
    for s in doc.sentences:
        words = doc.words_of(s.index)
        assert [attribution.negated(words, i, lex) for i in range(len(words))] == \
            [_negated_walk(words, i, lex) for i in range(len(words))]


# -- _has_punct and _dash: set.isdisjoint and a one-space gap, against the walk of the gap ----------

def _dash_walk(gap):
    return any(c in attribution._DASHES for c in gap) or " - " in f" {gap} " and gap.strip() == "-" and gap != "-"


def _has_punct_walk(doc, a, b, chars=attribution._STOP_PUNCT):
    gap = doc.gap(a, b)
    if gap.strip() == "." and (len(a.text) <= attribution._ABBREVIATION or a.text.isdigit()):
        return False
    return any(c in chars for c in gap) or chars is attribution._STOP_PUNCT and _dash_walk(gap)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab 1.,;:–—-()«»\"\u00a0\n", max_size=40))
def test_has_punct_is_the_walk(text):
    doc = build_document(text, "en")
    for chars in (attribution._STOP_PUNCT, attribution._STOP_PUNCT - {","}, {" ", "a"}):
        for a, b in zip(doc.words, doc.words[1:]):
            assert attribution._has_punct(doc, a, b, chars) == _has_punct_walk(doc, a, b, chars), (text, chars)
    for gap in (" ", " - ", "-", " – ", "—", ", ", ""):
        assert attribution._dash(gap) == _dash_walk(gap)


# -- _words_of: the sentences with a word in capitals found once, against the walk of each --------

def _words_of_walk(doc, lex, sentence):
    words = doc.words_of(sentence)
    if not any(len(w.text) > 1 and w.text.isupper() for w in words):
        return words
    if all(w.text.isupper() or not w.text[:1].isalpha() for w in words):
        return words
    function = attribution._function_words(lex)
    return tuple(w.__class__(**{**w.__dict__, "key": w.text, "lemma": w.text}) if len(w.text) > 1 and w.text.isupper()
                 and w.key in function else w for w in words)


@pytest.mark.parametrize(("lang", "text"), [
    pytest.param("en", "The WHO said IS fighters left. A ferry left at dawn. LATE NEWS HERE. A UN team stayed.", id="en"),
    pytest.param("fr", "L'ONU a dit que les familles sont parties. Le bac est parti. DERNIÈRE HEURE.", id="fr"),
    pytest.param("de", "Die UNO sagte, die Familien seien gegangen. Die Fähre fuhr ab.", id="de"),
])
def test_words_of_is_the_walk(lang, text):
    doc, lex = build_document(text, lang), load(lang)
    for s in doc.sentences:
        assert attribution._words_of(doc, lex, s.index) == _words_of_walk(doc, lex, s.index)


# -- _facility_named: one search of either pattern, against the two searches ----------------------

_FACILITY_BITS = sorted(mentions._FACILITY_HEADS)[:40] + sorted(w.rstrip("'-") for w in mentions._all("evidence_of"))[:20] \
    + ["de", "of", "l'", "the", "  ", " ", "\n", "'", "’", "x"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_FACILITY_BITS), max_size=6),
       st.lists(st.sampled_from(["", " ", "  ", "'", "’", "\t", "\u00a0", " '"]), min_size=6, max_size=6))
def test_facility_before_at_all_is_either_pattern(bits, glue):
    before = "".join(b + g for b, g in zip(bits, glue))
    either = bool(mentions._FACILITY_BEFORE.search(before) or mentions._FACILITY_JUST_BEFORE.search(before))
    assert bool(mentions._FACILITY_BEFORE_AT_ALL.search(before)) == either, repr(before)
    # (what _facility_named asks: the last words only)
    assert bool(mentions._FACILITY_BEFORE_AT_ALL.search(mentions._last_runs(before, mentions._FACILITY_WORDS))) == either, repr(before)


def test_facility_heads_are_one_word_each():
    """The premise of asking the last words only: a head is one word written with a letter, an "of" one word."""
    assert all(len(h.split()) == 1 and h.rstrip("*") for h in mentions._FACILITY_HEADS)
    assert mentions._FACILITY_WORDS == 2


@pytest.mark.parametrize(("lang", "text", "named"), [
    pytest.param("en", "They reached the camp of Tarvel yesterday.", True, id="en-camp-of"),
    pytest.param("de", "Sie erreichten das Lager Tarvel gestern.", True, id="de-lager"),
    pytest.param("fr", "Ils ont rejoint le camp de Tarvel hier.", True, id="fr-camp-de"),
    pytest.param("en", "They reached Tarvel yesterday.", False, id="en-none"),
])
def test_facility_named_reads_either_pattern(lang, text, named):
    doc = build_document(text, lang)
    start = text.index("Tarvel")
    s = doc.sentences[0]
    assert mentions._facility_named(doc.folded, s, start, start + 6) is named


# -- build_document: the key and lemma of each word from one dict per language --------------------

def test_document_same_after_the_dict_of_words_is_emptied(monkeypatch):
    text = "Die Familien verließen Neu-Hallstedt am Montag. Sie erreichten Bad Tornow und blieben dort."
    first = build_document(text, "de")
    document._KNOWN.clear()
    monkeypatch.setattr(document, "_KNOWN_MOST", 3)  # emptied again and again while the text is read
    again = build_document(text, "de")
    assert again == first
    assert len(document._KNOWN["de"]) <= 3
    assert [(w.key, w.lemma) for w in again.words] == [document._key_and_lemma(w.text, "de") for w in again.words]


# -- _scan: lower_area's first questions asked without the call -----------------------------------

@pytest.mark.parametrize(("lang", "text"), [
    pytest.param("fr", "Des familles d'Amérique latine sont arrivées à Port Avel avec l'Union européenne.", id="fr"),
    pytest.param("es", "Las familias de América latina llegaron a Puerto Irlán desde Arabia Saudita.", id="es"),
    pytest.param("it", "Le famiglie dell'Arabia Saudita e dell'America latina sono giunte a Villa Ortense.", id="it"),
    pytest.param("pt", "As famílias da América latina chegaram a Vila Nova do Arieiro pela Arábia Saudita.", id="pt"),
])
def test_lower_area_precheck_turns_away_only_what_it_would(lang, text):
    from geo.gazetteer.index import load_index

    index, doc = load_index(), build_document(text, lang)
    found = 0
    for s in doc.sentences:
        toks = doc.words_of(s.index)
        t = mentions._Tokens(doc.text, toks, lang)
        for i in range(len(toks)):
            for n in range(1, len(toks) - i + 1):
                key = "".join(t.keys[i : i + n])
                said = t.lower_area(i, n, key, index)
                assert said == (t._next_one[i] >= i + n and key in index.area_keys() and t.lower_area(i, n, key, index))
                found += said
    assert found  # a name written with a word in lower case is read in each text


# -- _one_name: each name's content once, against the pairs' walk ----------------------------------

def _one_name_walk(src, lex):
    order = list(src.names)
    canon = {}
    for n in sorted(order, key=lambda x: len(attribution._content(src.names[x], lex))):
        ws, key = src.names[n], attribution._content(src.names[n], lex)
        while len(key) > 1 and key[0].key in lex.honorifics:
            key = key[1:]
        longer = [m for m in order if m != n and (attribution._contains(attribution._content(src.names[m], lex), key, lex)
                                                  or attribution._acronym(src.names[m], ws, lex))]
        before = [m for m in longer if order.index(m) < order.index(n)]
        if before or len(longer) == 1 and not attribution._refers_back(ws, lex):
            canon[n] = (before or longer)[-1]

    def final(n):
        while n in canon:
            n = canon[n]
        return n

    for seq in (src.own, src.deniers):
        for k, name in enumerate(seq):
            if name is not None and name in src.names:
                seq[k] = final(name)


@pytest.mark.parametrize(("lang", "text"), [
    pytest.param("en", "The Office for Coastal Rescue said the boats left Port Avel. The OCR said they reached New Tarsk. "
                       "The office said more would come. Ann Doe, a spokeswoman, said so too. Mrs Doe denied it.", id="en"),
    pytest.param("fr", "Selon l'Organisation pour le sauvetage côtier, les bateaux ont quitté Port Avel. L'OSC a dit qu'ils "
                       "sont arrivés à Brévand. L'organisation a démenti. Anne Dupré, porte-parole, l'a confirmé. Mme Dupré l'a dit.",
                 id="fr"),
    pytest.param("es", "Según la Oficina de Rescate Costero, los barcos salieron de Puerto Irlán. La ORC dijo que llegaron a "
                       "San Teodoro. La oficina lo negó. Ana Durán, portavoz, lo confirmó. La señora Durán lo dijo.", id="es"),
])
def test_one_name_is_the_walk(lang, text):
    import copy

    doc, lex = build_document(text, lang), load(lang)
    src = attribution._own_sources(doc, lex)
    a, b = copy.deepcopy(src), copy.deepcopy(src)
    attribution._one_name(a, lex)
    _one_name_walk(b, lex)
    assert (a.own, a.deniers) == (b.own, b.deniers)
    assert a.own != src.own  # (an acronym or a shorter mention takes the longer name: the test reads one)


# -- _thing_moves: its light words made once per lexicon --------------------------------------------

@pytest.mark.parametrize("lang", LANGS)
def test_light_words_are_the_union_made_from_the_lexicon_asked(lang, monkeypatch):
    from dataclasses import replace

    from geo.extract import frames

    lex = load(lang)
    assert frames._light_words(lex) == lex.auxiliaries | lex.time_words | frames._modality_words(lang)
    other = replace(lex, time_words=frozenset({"zzz"}))  # another lexicon of the language: its own set
    assert frames._light_words(other) == lex.auxiliaries | frozenset({"zzz"}) | frames._modality_words(lang)
    assert frames._light_words(lex) == lex.auxiliaries | lex.time_words | frames._modality_words(lang)


# -- find_unresolved: the locative pattern asked of the last words only ----------------------------

_LOCATIVE_BITS = sorted(mentions._all("locative"))[:30] + sorted(mentions._all("locative_heads"))[:15] \
    + sorted(mentions._all("locative_of")) + ["the", "x", "'", "l'", "Port", "-", ","]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_LOCATIVE_BITS), max_size=9), st.lists(st.sampled_from([" ", "  ", "\t", "\n", "\u00a0", "\u2009", ""]),
                                                                         min_size=10, max_size=10))
def test_locative_before_is_the_search_of_the_whole_text(bits, spaces):
    before = "".join(b + sp for b, sp in zip(bits, spaces))
    assert mentions._locative_before(before) == (mentions._LOCATIVE.search(before) is not None), repr(before)


def test_locative_words_are_runs_of_one_word_each():
    """The premise of :func:`mentions._locative_before`: each word of the pattern's phrases is
    written with a letter (no wildcard alone, no space): it matches one whole run between spaces."""
    for key in ("locative", "locative_heads", "locative_of"):
        for phrase in mentions._all(key):
            assert all(w.rstrip("*") for w in phrase.split()), (key, phrase)
    assert mentions._LOCATIVE_WORDS >= 2

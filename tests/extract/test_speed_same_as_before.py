"""Speed changes in the extraction (issue 24, batch CPU) give what the code they replaced
gave: each fast path is checked against the plain walk it stands for. The sentences are
written for this test."""

from __future__ import annotations

import math
from bisect import bisect_left

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.extract import attribution, frames, mentions
from geo.gazetteer.index import Candidate
from geo.gazetteer.ranking import WEIGHTS, CandidateFeatures, Scene, _score
from geo.lexicon import load
from geo.text import joinable, token_key
from geo.text.document import build_document

SENTENCES = [
    pytest.param("en", "The people's convoy left Port Avel at dawn - it reached New Tarsk, then St. Omerin.", id="en"),
    pytest.param("fr", "Les familles ont quitté Saint-Jorre-sur-Mer pour l'île d'Avrel ; elles sont à Brévand.", id="fr"),
    pytest.param("de", "Die Familien verließen Neu-Hallstedt am Montag und erreichten Bad Tornow.", id="de"),
    pytest.param("es", "Las familias salieron de San Teodoro del Valle hacia Puerto Irlán, dijo el alcalde.", id="es"),
    pytest.param("it", "Le famiglie sono partite da Villa Ortense e sono arrivate a Montecaldo l'altro ieri.", id="it"),
    pytest.param("pt", "As famílias saíram de Vila Nova do Arieiro e chegaram a Porto Caldas, disse ele.", id="pt"),
]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab A'-\u2019\u00a0\n\t.,", max_size=30))
def test_joins_are_joinable_of_each_pair(text):
    doc = build_document(text, "en")
    for s in doc.sentences:
        toks = doc.words_of(s.index)
        assert mentions._joins(doc.text, toks) == [joinable(doc.text, a, b) for a, b in zip(toks, toks[1:])] + [False]


def _walked_tokens(text, toks):
    """What ``_Tokens`` held before (one list comprehension for each)."""
    keys = [token_key(t.text) for t in toks]
    folded = [t.key for t in toks]
    cap = [mentions._cap_char(t.text[0]) for t in toks]
    possessive = [t.text == "s" and text[t.start - 1 : t.start] in mentions._APOSTROPHES for t in toks]
    # an elided letter joined by an apostrophe to the next word ("d'", "l'") is a particle, no one-letter word
    elided = [len(t.text) == 1 and t.text.isalpha() and text[t.end : t.end + 1] in mentions._APOSTROPHES
              and k + 1 < len(toks) and toks[k + 1].start == t.end + 1 for k, t in enumerate(toks)]
    one = [len(t.text) == 1 and not p and not e for t, p, e in zip(toks, possessive, elided)]
    part = [f in mentions._PARTICLES or p or e for f, p, e in zip(folded, possessive, elided)]
    common = [f in mentions._COMMON for f in folded]
    return dict(keys=keys, folded=folded, cap=cap, possessive=possessive, one=one, part=part, common=common)


@pytest.mark.parametrize(("lang", "text"), [*SENTENCES, pytest.param("en", "Jo's and Ann’s boats, then s and S.", id="en-lone-s")])
def test_tokens_hold_what_the_walk_held(lang, text):
    doc = build_document(text, lang)
    for s in doc.sentences:
        toks = doc.words_of(s.index)
        t = mentions._Tokens(doc.text, toks, lang)
        assert {k: getattr(t, k) for k in _walked_tokens(doc.text, toks)} == _walked_tokens(doc.text, toks)
        assert t.join == [joinable(doc.text, a, b) for a, b in zip(toks, toks[1:])] + [False]


def _walked_slots(words, spans, starts):
    """``frames._slots`` as it walked every span of the article."""
    lo, hi = words[0].start, words[-1].end
    out = []
    for a, b, pid in spans:
        if a < lo or a >= hi:
            continue
        first = bisect_left(starts, a) - words[0].index
        last = first
        while last + 1 < len(words) and words[last + 1].start < b:
            last += 1
        if 0 <= first < len(words):
            out.append((pid, first, last, a, b))
    return out


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 120), st.integers(1, 15), st.sampled_from("xyz")), max_size=25))
def test_slots_by_binary_search_are_the_walks(raw):
    doc = build_document("Ann left Avel. Then the boats reached Tarsk and Omer. Nobody stayed in Brev at all.", "en")
    spans = sorted({(a, a + n, pid) for a, n, pid in raw})
    starts = [w.start for w in doc.words]
    for s in doc.sentences:
        words = doc.words_of(s.index)
        got = [(sl.pid, sl.first, sl.last, sl.start, sl.end) for sl in frames._slots(doc, words, spans, starts)]
        assert got == _walked_slots(words, spans, starts)


class _Everything(frozenset):
    """A set every word is in: the walk over every word of the sentence."""

    def __contains__(self, item: object) -> bool:
        return True


IMPERSONAL = [
    pytest.param("en", "It is estimated that 300 families left. The toll was reported at 12. He said so.", id="en"),
    pytest.param("fr", "On estime que 300 familles sont parties. Le bilan a été annoncé hier. Il l'a dit.", id="fr"),
    pytest.param("de", "Es wird geschätzt, dass 300 Familien gingen. Das wurde gemeldet. Er sagte es.", id="de"),
    pytest.param("es", "Se calcula que 300 familias salieron. Fue informado ayer. Él lo dijo.", id="es"),
    pytest.param("it", "Si stima che 300 famiglie siano partite. È stato riferito ieri. Lui l'ha detto.", id="it"),
    pytest.param("pt", "Estima-se que 300 famílias saíram. Foi relatado ontem. Ele disse isso.", id="pt"),
]


@pytest.mark.parametrize(("lang", "text"), IMPERSONAL)
def test_impersonal_words_are_the_walks(lang, text, monkeypatch):
    doc, lex = build_document(text, lang), load(lang)

    def read():
        out = []
        for s in doc.sentences:
            words = doc.words_of(s.index)
            quoted = attribution._quoted(doc, words, lex)
            out.append(attribution._impersonal_words(doc, words, quoted, lex))
            out.append(attribution._quotation_tag(doc, words, lex, quoted) == attribution._quotation_tag(doc, words, lex))
        return out

    fast = read()
    monkeypatch.setattr(attribution, "_words_asked", lambda lex: _Everything())
    assert fast == read()
    assert any(fast[::2])  # the sentences have impersonal words for the fast path to keep


def test_derived_is_made_once_per_document_and_argument():
    doc = build_document("Ann sailed from Avel. Bo reached Tarsk.", "en")
    calls = []

    def words_of_length(d, n):
        calls.append(n)
        return [w.text for w in d.words if len(w.text) == n]

    assert doc.derived(words_of_length, 4) == ["from", "Avel"] == doc.derived(words_of_length, 4)
    assert doc.derived(words_of_length, 2) == ["Bo"]
    assert calls == [4, 2]
    assert build_document("Ann sailed from Avel.", "en").derived(words_of_length, 4) == ["from", "Avel"] and calls == [4, 2, 4]


_sources = st.sampled_from(["geonames", "region", "county", "country", "continent"])
_countries = st.sampled_from(["AA", "BB", "CC"])


_candidates = st.builds(lambda source, country, admin1, population, fuzzy, own, x, y: Candidate(source, "1", "Avel", x, y, country,
                                                                                                 population, fuzzy, own, admin1),
                        _sources, _countries, st.sampled_from(["", "01", "02"]), st.integers(0, 10_000_000), st.booleans(),
                        st.booleans(), st.floats(-10, 10), st.floats(-10, 10))


@settings(max_examples=400, deadline=None)
@given(_candidates, st.sets(_countries), st.sets(st.tuples(_countries, st.sampled_from(["", "01"]))), st.sets(_countries),
       st.lists(st.tuples(st.floats(-10, 10), st.floats(-10, 10)), max_size=3))
def test_score_is_the_features_score(c, countries, quals, agreed, towns):
    scene = Scene(countries=set(countries), regions={(c.country, "01")}, region_countries={"BB"}, agreed=frozenset(agreed),
                  implied=frozenset({"CC"}))
    for tx, ty in towns:
        scene.towns.add(tx, ty)
    f = CandidateFeatures.of(c, scene, quals)
    assert _score(c, scene, quals) == f.score()  # the same float, not an approximation
    assert f == CandidateFeatures(**{k: getattr(f, k) for k in CandidateFeatures.__dataclass_fields__})
    assert math.isclose(f.score(), math.log10(c.population + 1000) + sum(w for k, w in WEIGHTS.items() if getattr(f, k)))


def _walked_ending_at(words, j, lex):
    best = None
    for phrase, d in lex.directions.items():
        k = j - len(phrase) + 1
        if k >= 0 and all(words[k + x].key == phrase[x] for x in range(len(phrase))) and (best is None or k < best[1]):
            best = (d, k)
    return best


def _walked_starting_at(words, i, lex):
    best = None
    for phrase, d in lex.directions.items():
        if i + len(phrase) <= len(words) and all(words[i + x].key == phrase[x] for x in range(len(phrase))) \
                and (best is None or i + len(phrase) - 1 > best[1]):
            best = (d, i + len(phrase) - 1)
    return best


@pytest.mark.parametrize("lang", ["de", "en", "es", "fr", "it", "pt", "nl"])
def test_direction_phrases_by_word_are_the_walks(lang):
    from geo.extract import parts

    lex = load(lang)
    # every direction phrase of the language, one after another, between words of our own
    text = " ".join(f"Avel {' '.join(p)} Tarsk" for p in lex.directions) + "."
    doc = build_document(text, lang)
    words = doc.words
    assert any(_walked_ending_at(words, j, lex) for j in range(len(words)))
    for j in range(-1, len(words)):
        assert parts._ending_at(words, j, lex) == _walked_ending_at(words, j, lex)
        assert parts._starting_at(words, j + 1, lex) == _walked_starting_at(words, j + 1, lex)


def _walked_quoted(doc, words, lex):
    """``attribution._quoted`` as it walked every character between the words."""
    if not words:
        return []
    text, sent = doc.text, doc.sentences[words[0].sentence]
    opens = {q[0]: q[1] for q in lex.quotes}
    closes = frozenset(q[1] for q in lex.quotes) | {'"'}
    out, stack, cut, a = [], [], 0, sent.start
    for n in range(len(words) + 1):
        b = words[n].start if n < len(words) else sent.end
        for p in range(a, b):
            c = text[p]
            after_word = p > sent.start and not text[p - 1].isspace()
            if stack and c == stack[-1]:
                stack.pop()
            elif c in closes and (after_word or c not in opens) and (p + 1 >= len(text) or not text[p + 1].isalnum()):
                if stack:
                    stack.pop()
                else:
                    cut = n
            elif c in opens or c == '"':
                stack.append(opens.get(c, '"'))
        if n < len(words):
            out.append(bool(stack))
            a = words[n].end
    return [True] * cut + out[cut:]


QUOTED = [
    pytest.param("en", '"We left," she said. “They stayed”, he said, "and then" we went. Done,” said Bo.', id="en"),
    pytest.param("fr", "« Nous partons », dit-il. Il a dit « non ». Fin » du texte « ouvert.", id="fr"),
    pytest.param("de", "„Wir gehen“, sagte er. Er sagte: „Nein.“ Dann „Ende“ und »Schluss«.", id="de"),
    pytest.param("es", "«Nos vamos», dijo. “Ya”, dijo ella. Ellos “siguen» aquí\".", id="es"),
    pytest.param("it", "«Partiamo», ha detto. Lui: “No”. Poi ” fine « aperto.", id="it"),
    pytest.param("pt", "“Vamos”, disse. Ela: «Não». E \"fim\" ” só.", id="pt"),
]


@pytest.mark.parametrize(("lang", "text"), QUOTED)
def test_quoted_by_marks_is_the_walk(lang, text):
    doc, lex = build_document(text, lang), load(lang)
    got = [attribution._quoted(doc, doc.words_of(s.index), lex) for s in doc.sentences]
    assert got == [_walked_quoted(doc, doc.words_of(s.index), lex) for s in doc.sentences]
    assert any(any(q) for q in got)


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(["de", "en", "es", "fr", "it", "pt"]), st.text(alphabet="ab A.\"'«»“”„‘’‚‹› ", max_size=40))
def test_quoted_by_marks_is_the_walk_on_any_text(lang, text):
    doc, lex = build_document(text, lang), load(lang)
    for s in doc.sentences:
        assert attribution._quoted(doc, doc.words_of(s.index), lex) == _walked_quoted(doc, doc.words_of(s.index), lex)


def _walked_inside_quotes(doc, lex):
    """``attribution._inside_quotes`` as it walked every character of a sentence with a mark."""
    opens = {q[0]: q[1] for q in lex.quotes}
    closes = frozenset(q[1] for q in lex.quotes)
    out, stack, para = [], [], -1
    for s in doc.sentences:
        if s.paragraph != para:
            para, stack = s.paragraph, []
        starts = s.text[:1] in opens or s.text[:1] == '"'
        out.append(bool(stack) or (starts and not any(c in closes for c in s.text[1:]) and s.text.count('"') < 2))
        for n, c in enumerate(s.text):
            if stack and c == stack[-1]:
                stack.pop()
            elif c in opens:
                stack.append(opens[c])
            elif c in closes and stack:
                stack.pop()
            elif c in closes and n and not (s.text[n + 1 : n + 2].isalnum()):
                k = s.index - 1
                while k >= 0 and doc.sentences[k].paragraph == para and not out[k]:
                    out[k] = True
                    k -= 1
            elif c == '"':
                stack = [] if stack else ['"']
    return out


@pytest.mark.parametrize(("lang", "text"), QUOTED)
def test_inside_quotes_by_marks_is_the_walk(lang, text):
    doc, lex = build_document(text, lang), load(lang)
    assert attribution._inside_quotes(doc, lex) == _walked_inside_quotes(doc, lex)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["de", "en", "es", "fr", "it", "pt"]), st.text(alphabet="ab A.\"«»“”„‘’‚‹›\n ", max_size=60))
def test_inside_quotes_by_marks_is_the_walk_on_any_text(lang, text):
    doc, lex = build_document(text, lang), load(lang)
    assert attribution._inside_quotes(doc, lex) == _walked_inside_quotes(doc, lex)


AREAS_IN_LOWER_CASE = [
    pytest.param("fr", "Les réfugiés d'Amérique latine et de l'Union européenne sont arrivés à Port Avel.", id="fr"),
    pytest.param("it", "Le famiglie sono partite dall'Arabia Saudita verso Porto Irlano e la Nuova Avella.", id="it"),
    pytest.param("es", "Las familias llegaron de Arabia Saudita y de América latina a San Teodoro.", id="es"),
    pytest.param("pt", "As famílias vieram da Arábia Saudita e da América do Sul para Vila Nova de Avel.", id="pt"),
    pytest.param("en", "Families from Latin America and the European Union reached New Tarsk on Monday.", id="en"),
    pytest.param("de", "Familien aus Lateinamerika und der Europäischen Union kamen nach Neu Tarsk.", id="de"),
]


@pytest.mark.parametrize(("lang", "text"), AREAS_IN_LOWER_CASE)
def test_scan_asks_one_of_index_ok_and_lower_area_as_both_answered(lang, text):
    from geo.gazetteer.index import load_index

    index, doc = load_index(), build_document(text, lang)
    asked = 0
    for s in doc.sentences:
        toks = doc.words_of(s.index)
        t = mentions._Tokens(doc.text, toks, lang)
        for i in range(len(toks)):
            loose = t._next_loose[i + 1] - i
            for n in range(1, len(toks) - i + 1):
                key = "".join(t.keys[i : i + n])
                both = t.index_ok(i, n, load(lang).nouns_capitalised) or t.lower_area(i, n, key, index)
                one = t.index_ok(i, n, load(lang).nouns_capitalised) if n <= loose else t.lower_area(i, n, key, index)
                assert one == both, (i, n)
                asked += both
    assert asked  # some run of each sentence is one the index may hold

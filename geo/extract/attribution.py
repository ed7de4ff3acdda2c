"""Who claims it: the source of each sentence, in every order the six languages use.

- "according to X", "selon X", "laut X", "secondo X", "segundo X", "según X";
- "X said ...", "X a déclaré ...", "X sagte ..." (the subject before a verb of saying);
- "..., said X", "..., a indiqué X" (the speaker after the verb, at the end);
- after a quotation, whatever the verb: "« … », a lancé un témoin", '"…," Ann Doe sighed';
- a pronoun speaker ("he said") is the last source named before;
- a denial ("denied", "a démenti", "dementierte", "ha smentito", "negou", "negó") makes
  the claim disputed and records who disputes it;
- hedges ("reportedly", "angeblich") mark the sentence as hedged by the article itself.

The speaker of a verb of saying is found by the rules of :data:`SPEAKER_RULES`, tried in
order for each verb; each rule is a small function whose docstring is its example, and the
rule that named a sentence's source is kept on its :class:`Attribution` (``rule``) so
``bench/claimant_report.py`` can count how often each fires and is right. Every word the
rules compare is in the ``[attribution]`` table of the language's lexicon.

A sentence with no attribution of its own takes the article's lead source (the first
attribution in its first three sentences), else the article itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from itertools import islice

from geo.extract.dates import DAY_WORDS, MONTHS, WEEKDAYS
from geo.lexicon import Lexicon
from geo.text.document import Document, Word

_STOP_PUNCT = set(",.;:!?()\"“”«»„")
#: how many opening sentences (headlines aside) may name the article's lead source (measured
#: on the dev corpus, bench/dev_report.py: at first 1 sentence gave 39/48 claimants right and
#: 2 or 3 gave 38/48; with today's 65 movements found: 1 → 54/65, 2 → 55/65, 3 → 53/65 — a
#: report often opens with the event and names its source in the second sentence)
_LEAD_SENTENCES = 2
#: how many paragraphs after its own the lead source speaks for (dev corpus: 0 → 45/53
#: claimants right, 1 to 3 → 46/53, the whole article → 44/53: far from the lead, an
#: unattributed sentence is the article's own voice; on the 58 articles of issue 20,
#: bench/dev_report.py: 0 → 104/117, 3 → 103/117, the whole article → 93/117; dev-val
#: claimant 0.79 with 0, 0.74 with 3 (the scorer's TOTAL line). 0: the lead's source speaks
#: for its own paragraph (``_PARAGRAPH_SPEAKER``), the article goes on in its own voice —
#: issue 20 names lending it further as a fault.)
_LEAD_PARAGRAPHS = 0
#: a sentence with no source of its own, in a paragraph whose previous sentence names one,
#: goes on in that speaker's voice (dev corpus: 38/48 claimants right with, 36/48 without)
_PARAGRAPH_SPEAKER = True
#: a source named by "according to X" speaks for its own sentence only, not the paragraph after it
_ACCORDING_OWN_SENTENCE = True


@dataclass(frozen=True)
class Attribution:
    """The source of one sentence."""

    claimant: str
    basis: str
    explicit: bool = False
    disputed_by: str | None = None
    #: True when the sentence only denies (no claim of its own): the denial disputes the sentence before
    denial_only: bool = False
    hedged: bool = False
    #: claims whose words start after this offset lie outside the speaker's words (the
    #: apposition after an inverted "..., said X, a dentist who fled Y"): they take ``fallback``
    scope_end: int | None = None
    fallback: tuple[str, str] | None = None
    #: the name of the rule that gave the claimant ("according", a speaker rule of
    #: :data:`SPEAKER_RULES`, "quotation", "paragraph", "lead", "article"), for bench counts
    rule: str = "article"


def _words_of(doc: Document, lex: Lexicon, sentence: int) -> tuple[Word, ...]:
    """The words of a sentence as attribution reads them: an acronym written in capitals in a
    sentence that is not all capitals ("the WHO said", "IS fighters") is a name, not the
    function word its letters spell ("who", "is"): its key and lemma are its letters as written."""
    words = doc.words_of(sentence)
    function = _function_words(lex)
    if sentence not in doc.derived(_acronym_sentences, function):
        return words  # (no such acronym, or a headline in capitals)
    return tuple(replace(w, key=w.text, lemma=w.text) if len(w.text) > 1 and w.text.isupper() and w.key in function else w
                 for w in words)


def _acronym_sentences(doc: Document, function: frozenset[str]) -> frozenset[int]:
    """The sentences of ``doc`` that hold a word of two letters or more in capitals that spells
    one of the ``function`` words, and are not a headline in capitals (all their words in
    capitals or no letter): found in one walk of the words (:func:`_words_of` is asked three or
    four times a sentence; most sentences hold no such word)."""
    spelt = {w.sentence for w in doc.words if len(w.text) > 1 and w.text.isupper() and w.key in function}
    return frozenset(k for k in spelt if not all(w.text.isupper() or not w.text[:1].isalpha() for w in doc.words_of(k)))


#: per language: the function words an acronym may spell (:func:`_words_of`)
_FUNCTION_WORDS: dict[str, frozenset[str]] = {}


def _function_words(lex: Lexicon) -> frozenset[str]:
    """The language's relatives, pronouns, determiners, markers and coordinators, as one set
    made once (asked for each sentence that holds a word in capitals)."""
    if lex.lang not in _FUNCTION_WORDS:
        _FUNCTION_WORDS[lex.lang] = lex.relatives | lex.pronouns | lex.determiners | lex.markers_flat | lex.coordinators
    return _FUNCTION_WORDS[lex.lang]


def _words_text(doc: Document, ws: list[Word]) -> str:
    if not ws:
        return ""
    return " ".join(doc.text[ws[0].start : ws[-1].end].split()).strip(" «»\"'“”„")


#: how many letters a word written with a full stop inside a sentence has at most: the stop is an
#: abbreviation's ("M. Dupont", "Dr. Doe", "il sig. Rossi", "U.S."), not the end of a clause (a stop that ended
#: the sentence would have split it: geo.text.sentences)
_ABBREVIATION = 4


#: dashes that set off an inserted clause ("« … ieri – ha detto la sindaca – e poi siamo partiti … »"); a hyphen does
#: when spaces stand around it
_DASHES = frozenset("–—")


def _dash(gap: str) -> bool:
    """Whether the characters between two words hold a dash that sets off a clause."""
    return not _DASHES.isdisjoint(gap) or " - " in f" {gap} " and gap.strip() == "-" and gap != "-"


def _has_punct(doc: Document, a: Word, b: Word, chars: set[str] = _STOP_PUNCT) -> bool:
    gap = doc.gap(a, b)
    if gap == " ":
        return " " in chars  # (most gaps: no stop, no dash; asked first)
    if gap.strip() == "." and (len(a.text) <= _ABBREVIATION or a.text.isdigit()):
        return False  # (the sentence did not end there: "raconte M. Dupont", "3.5")
    return not chars.isdisjoint(gap) or chars is _STOP_PUNCT and _dash(gap)


def _by_first(phrases: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases by their first word, longest first (a dict lookup per word instead of a scan
    of every phrase at every word)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for ph in phrases:
        out.setdefault(ph[0], []).append(ph)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


_FIRSTS: dict[tuple[str, str], dict[str, tuple[tuple[str, ...], ...]]] = {}


def _firsts(lex: Lexicon, table: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    key = (lex.lang, table)
    if key not in _FIRSTS:
        _FIRSTS[key] = _by_first(getattr(lex, table))
    return _FIRSTS[key]


#: per (language, tables): the first words of the phrases of those ``[attribution]`` tables
_FIRST_WORDS: dict[tuple[str, tuple[str, ...]], frozenset[str]] = {}


def _first_words(lex: Lexicon, *tables: str) -> frozenset[str]:
    """The words any phrase of ``tables`` starts with (:func:`_firsts`' keys, together)."""
    key = (lex.lang, tables)
    if key not in _FIRST_WORDS:
        _FIRST_WORDS[key] = frozenset(k for t in tables for k in _firsts(lex, t))
    return _FIRST_WORDS[key]


def _none_of(doc: Document, words: tuple[Word, ...], vocab: frozenset[str]) -> bool:
    """Whether no word of ``words`` (a sentence's, or a stretch of one) is in ``vocab`` as
    written or as its lemma: asked of the sentence's :meth:`~geo.text.document.Document.vocabulary`
    at once (most sentences have no verb of saying, no "according to"). False when unsure."""
    return bool(words) and words[0].sentence == words[-1].sentence and doc.vocabulary(words[0].sentence).isdisjoint(vocab)


def _according(doc: Document, words: tuple[Word, ...], lex: Lexicon, skip: frozenset[int] = frozenset()) \
        -> tuple[Word, ...] | None:
    """"According to the harbour office, ...": the noun phrase after an "according to" phrase;
    "secondo quanto riferisce il porto": after "what" and its verb of saying, the speaker; "den
    Angaben der Polizei zufolge": the noun phrase before a phrase that follows its source. A phrase
    at ``skip`` (impersonal reporting: "Schätzungen zufolge") names no source."""
    if _none_of(doc, words, _first_words(lex, "according", "according_after", "according_closing")):
        return None  # each phrase below starts at a word its table knows
    firsts, afters = _firsts(lex, "according"), _firsts(lex, "according_after")
    for i in range(len(words)):
        if i in skip:
            continue
        closing = _closing_source(doc, words, i, lex)
        if closing:
            return closing
        after = next((ph for ph in afters.get(words[i].key, ()) if tuple(w.key for w in words[i : i + len(ph)]) == ph), None)
        if after is not None:
            before = _name_before(doc, words, i, lex)
            if before:
                return before
            continue  # (a phrase after its source is no "according to" before one)
        for ph in firsts.get(words[i].key, ()):
            if i + len(ph) < len(words) and all(words[i + k].key == ph[k] for k in range(len(ph))):
                start = _after_what(words, i + len(ph), lex)
                if _relative_at(words, start, lex):
                    continue  # "the reports according to which …", "selon lesquelles", "secondo cui": no source
                out = _name_after(doc, words, start, lex)
                if start > i + len(ph) and _says(words[start - 1], lex):
                    out = _before_addressee(out, lex)  # "según explicó el alcalde a la prensa"
                if out:
                    return tuple(out + _role_name(doc, words, lex, out))
    return None


def _contrary(doc: Document, words: tuple[Word, ...], lex: Lexicon) -> tuple[int, int, int] | None:
    """"Contrary to claims by the rebels, the troops left X", "…, contrairement à ce qu'affirme X": a
    clause opened by a phrase of ``[attribution] contrary`` that holds a verb of saying or a noun of
    ``claim_nouns``: (where
    it starts, where what it names starts, where it ends). Its speaker disputes the sentence and is not
    its source."""
    if _none_of(doc, words, _first_words(lex, "contrary")):
        return None
    firsts = _firsts(lex, "contrary")
    for i, w in enumerate(words):
        if i and not _has_punct(doc, words[i - 1], w):
            continue
        ph = next((ph for ph in firsts.get(w.key, ()) if tuple(x.key for x in words[i : i + len(ph)]) == ph), None)
        if ph is None:
            continue
        end = i + len(ph)
        while end < len(words) and not _has_punct(doc, words[end - 1], words[end]):
            end += 1
        if any(_says(x, lex) or x.key in lex.claim_nouns or x.lemma in lex.claim_nouns for x in words[i + len(ph) : end]):
            return i, i + len(ph), end
    return None


#: how many words a verb of denial and the claim noun it denies may have between them ("denied the rebels' claim")
_DENIED_CLAIM = 5


def _is_claim_noun(w: Word, lex: Lexicon) -> bool:
    return w.key in lex.claim_nouns or w.lemma in lex.claim_nouns


def _claim_owner(doc: Document, words: tuple[Word, ...], lex: Lexicon) -> tuple[Word, ...]:
    """"The army denied the rebels' claim that …", "rejected claims by local media that …", "a démenti les
    affirmations des rebelles selon lesquelles …", "wies Behauptungen der Rebellen zurück, …": whose claim
    (``[attribution] claim_nouns``) a verb of denial names: they are the source of what it says."""
    if _none_of(doc, words, lex.claim_nouns):
        return ()
    split = _split_verbs(doc, words, lex, "deny_split")
    if not split and _none_of(doc, words, lex.deny):
        return ()
    for c, w in enumerate(words[:-1]):
        d = next((d for d in range(c - 1, max(-1, c - _DENIED_CLAIM), -1) if words[d].lemma in lex.deny or words[d].key in lex.deny
                  or d in split), None)
        if not _is_claim_noun(w, lex) or d is None or any(_has_punct(doc, words[m - 1], words[m]) for m in range(d + 1, c + 1)):
            continue
        between = words[d + 1 : c]
        if between and not all(x.key in lex.determiners for x in between):
            possessive = between[-1].key == "s" or any(q in doc.gap(between[-1], w) for q in "'’")
            return tuple(x for x in between if x.key != "s") if possessive else ()
        of = words[c + 1]
        if not (of.key in lex.of | lex.agent_markers or lex.nouns_capitalised and of.key in lex.determiners):
            continue
        start = c + 2 if of.key in lex.of | lex.agent_markers else c + 1
        out = _name_after(doc, words, start, lex)
        return tuple(out[: next((k for k in range(1, len(out)) if _claim_ends(out, k, lex)), len(out))])
    return ()


def _claim_ends(out: list[Word], k: int, lex: Lexicon) -> bool:
    """Whether the name of whose claim it is ends before word ``k``: at the clause of the claim ("that …",
    "selon lesquelles …", "de que …", "secondo cui …"; a relative that is also a determiner only before a
    lower-case word: "der Vereinten Nationen" goes on)."""
    x, nxt = out[k], out[k + 1] if k + 1 < len(out) else None
    relative = x.key in lex.relatives and (x.key not in lex.determiners or nxt is not None and not nxt.capitalised)
    return relative or x.key in _first_words(lex, "according") or x.key in lex.of and nxt is not None and nxt.key in lex.relatives


def _relative_at(words: tuple[Word, ...], k: int, lex: Lexicon) -> bool:
    """Whether a relative pronoun opens the words at ``k`` (past one determiner: "según las cuales")."""
    rel = lex.relatives - lex.determiners
    return k < len(words) and (words[k].key in rel or words[k].key in lex.determiners and k + 1 < len(words) and words[k + 1].key in rel)


def _closing_source(doc: Document, words: tuple[Word, ...], i: int, lex: Lexicon) -> tuple[Word, ...]:
    """"…, so ein Sprecher der Polizei.": an "according to" word of ``[attribution] according_closing``
    after a comma, and the noun phrase after it that ends the sentence (a determiner or a capital first)."""
    for ph in _firsts(lex, "according_closing").get(words[i].key, ()):
        end = i + len(ph)
        if i == 0 or end >= len(words) or "," not in doc.gap(words[i - 1], words[i]) \
                or tuple(w.key for w in words[i:end]) != ph:
            continue
        out = _name_after(doc, words, end, lex)
        if out and end + len(out) == len(words) and (out[0].key in lex.determiners or out[0].capitalised) \
                and out[0].key not in lex.pronouns:
            return tuple(out)
    return ()


def _name_before(doc: Document, words: tuple[Word, ...], i: int, lex: Lexicon) -> tuple[Word, ...]:
    """The noun phrase that ends before ``i`` ("den Angaben der Polizei" before "zufolge"): back to
    punctuation or a word no noun phrase holds (where nouns are capitalised, a lower-case word that is
    no determiner, "of" or name link: the verb), at most eight words; its determiners first are kept."""
    k = i
    while k > 0 and i - k < 8 and not _has_punct(doc, words[k - 1], words[k]):
        w = words[k - 1]
        if not (w.capitalised or w.key in lex.determiners | lex.of | lex.name_links):
            break
        k -= 1
    out = words[k:i]
    if not out and i > 1 and doc.gap(words[i - 2], words[i - 1]).strip() == "" and doc.gap(words[i - 1], words[i]).strip() == ",":
        return _role_before_name(doc, words, i - 1, lex)  # "Dem Sprecher der Behörde, Ann Doe, zufolge"
    return out if _named(list(out), lex) or any(w.capitalised for w in out) else ()


def _role_before_name(doc: Document, words: tuple[Word, ...], last: int, lex: Lexicon) -> tuple[Word, ...]:
    """"Dem Sprecher der Behörde, Ann Doe, zufolge": a name of up to four capitalised words ending at ``last``,
    set off by commas, with the role before it (:func:`_name_before` of the first comma); else nothing."""
    m = last
    while m > 0 and last - m < 3 and words[m - 1].capitalised and not _has_punct(doc, words[m - 1], words[m]):
        m -= 1
    if not (m > 1 and all(w.capitalised for w in words[m : last + 1]) and doc.gap(words[m - 1], words[m]).strip() == ","):
        return ()
    role = _name_before(doc, words, m - 1, lex) + (words[m - 1],)
    return role + tuple(words[m : last + 1]) if _role(role, lex) else ()


def _after_what(words: tuple[Word, ...], k: int, lex: Lexicon) -> int:
    """Where the speaker starts after "according to": past "what ... says" ("selon ce que
    rapporte X", "secondo quanto riporta X", "según lo que informó X"), else ``k``."""
    for ph in _firsts(lex, "what_words").get(words[k].key, ()):
        end = k + len(ph)
        if tuple(w.key for w in words[k:end]) != ph:
            continue
        end = _past_auxiliaries(words, end, lex)
        if end < len(words) and _says(words[end], lex):
            # "secondo quanto riportato dal ministero": past the agent's marker
            return end + 2 if end + 2 < len(words) and words[end + 1].key in lex.agent_markers else end + 1
        return k + len(ph)  # "according to what the office said": the speaker before the verb
    end = _past_auxiliaries(words, k, lex)
    if end + 1 < len(words) and _says(words[end], lex) and not words[end].capitalised:
        n = end + 1
        if not (words[n].key in lex.determiners or words[n].capitalised):  # ("segundo informou a capitania": "a" is its article)
            n += _past_adjuncts(list(words[n:]), lex)  # "según confirmaron a la radio los vecinos"
            n += int(words[n].key in lex.agent_markers and n + 1 < len(words))  # "conforme confirmado pela polícia"
        if words[n].key in lex.determiners or words[n].capitalised or words[n - 1].key in lex.agent_markers:
            return n  # "según informó el ministerio", "segundo informou a polícia": the verb, then its speaker
    return k


def _past_auxiliaries(words: tuple[Word, ...], k: int, lex: Lexicon) -> int:
    """The first word from ``k`` on that is no auxiliary."""
    while k < len(words) and words[k].lemma in lex.auxiliaries:
        k += 1
    return k


def _says(w: Word, lex: Lexicon) -> bool:
    """Whether ``w`` is a verb of saying (by lemma or by its folded form)."""
    return w.lemma in lex.say or w.key in lex.say


def carried_to(v: Word, w: Word, lex: Lexicon) -> bool:
    """Whether the verb of saying ``v`` is also one of taking or moving (Italian "riportare":
    report, and bring back) and a marker of motion follows it (``w``: "riportati in Libia"):
    the verb takes them somewhere; it reports nothing, and what follows is its own clause."""
    return w.key in lex.markers_flat and any(p.kind == "motion" and len(p.words) == 1
                                             for p in lex.predicates.get(v.lemma, ()) + lex.predicates.get(v.key, ()))


def _name_after(doc: Document, words: tuple[Word, ...], k: int, lex: Lexicon) -> list[Word]:
    """The noun phrase from ``k`` to the next punctuation, a verb of saying or the verb of the
    claim; a capitalised word inside a name goes on with it ("the Office for Migration");
    where every noun is capitalised, a lower-case word after a noun ends it unless it is a
    determiner or links a name's parts ("laut Polizei nicht alle Orte", "laut der Organisation
    für Migration")."""
    out: list[Word] = []
    for n, w in enumerate(words[k : k + 14], k):
        if out and (_has_punct(doc, out[-1], w) or _route_at(words, n, lex)):
            break
        if out and (w.lemma in lex.say or w.key in lex.say) and not w.capitalised and out[-1].key not in lex.determiners:
            break  # (not "selon le communiqué de X": a noun after a determiner)
        if out and lex.nouns_capitalised and out[-1].capitalised and not w.capitalised \
                and w.key not in lex.determiners | lex.of | lex.name_links:
            break  # "laut Polizei nicht alle Orte": where nouns are capitalised a lower-case word after one ends the phrase
        if out and (w.lemma in lex.predicates or w.key in lex.predicates) and len(out) >= 2 and not _in_name(out, w, lex) \
                and out[-1].key not in lex.determiners | lex.of:
            break  # "laut dem Gouverneur verließen ...": the verb of the claim (not a noun: "pour les migrations")
        out.append(w)
    return out


def _route_at(words: tuple[Word, ...], k: int, lex: Lexicon) -> bool:
    """Whether a route opens at ``k``: a marker of the origin, a name, then within three words a marker of the
    goal and a name ("nach Angaben von Ann Doe von Charkiw nach Lwiw": the speaker's name ends before it)."""
    def one(i: int, role: str) -> bool:
        return i + 1 < len(words) and (words[i].key,) in lex.markers[role] and words[i + 1].capitalised

    return one(k, "source") and any(one(i, "goal") for i in range(k + 2, min(k + 5, len(words))))


def _in_name(out: list[Word], w: Word, lex: Lexicon) -> bool:
    """Whether a capitalised ``w`` goes on the name ``out`` ("la Oficina para las Migraciones"; where
    every noun is capitalised, only after a lower-case word: "die Organisation für Migration")."""
    return w.capitalised and _named(out, lex) and (not lex.nouns_capitalised or not out[-1].capitalised)


def _named(ws: list[Word], lex: Lexicon) -> bool:
    """Whether a phrase is a name: its first word after determiners is capitalised."""
    content = [w for w in ws if w.key not in lex.determiners]
    return bool(content) and content[0].capitalised


@dataclass(frozen=True)
class _Verb:
    """A verb of saying and the words around it, as the speaker rules read them."""

    doc: Document
    words: tuple[Word, ...]
    lex: Lexicon
    i: int  #: the verb
    j: int  #: the first word of its clause (after the last punctuation before it)
    raw: tuple[Word, ...]  #: the words from ``j`` to the verb, auxiliaries dropped
    subj: tuple[Word, ...]  #: ``raw``, or nothing when the speaker comes after the verb
    reported_after: bool  #: "c'est ce que rapporte X", "what X said": the speaker follows the verb
    #: the verb's clause opens right after a quotation ("« … », a lancé X"): the words before it are
    #: the quotation, not a name
    after_quote: bool = False
    #: the verb stands inside a quotation
    inside: bool = False
    #: the last word of a verb in two parts whose second part follows it ("fanno sapere", "dio a conocer"), else ``i``
    end: int = -1

    @property
    def last(self) -> int:
        """The verb's last word (its second part, when that follows it)."""
        return max(self.i, self.end)


class _Skip:
    """A rule's answer: this verb has no speaker (try the next verb)."""


SKIP = _Skip()
#: a speaker: (their words, offset where the speaker's words end when what follows is not theirs)
Found = tuple[tuple[Word, ...], int | None]
Rule = Callable[[_Verb], Found | _Skip | None]


def _relative_head(v: _Verb) -> Found | None:
    """"Un barcone con 5 pescatori che hanno dichiarato ...": the noun before the relative speaks."""
    subj, lex = v.raw, v.lex
    if not (subj and subj[-1].key in lex.relatives and len(subj) >= 3 and subj[-2].key not in lex.pronouns
            and subj[-2].key not in lex.determiners and not subj[-2].capitalised):
        return None
    k = len(subj) - 1
    head: list[Word] = []
    while k > 0 and len(head) < 4 and subj[k - 1].key not in lex.markers_flat and subj[k - 1].key not in lex.with_words \
            and subj[k - 1].key not in lex.of:
        k -= 1
        head.insert(0, subj[k])
        if subj[k].key in lex.determiners or subj[k].key.isdigit():
            break  # the noun phrase starts here
    if head and (head[0].key.isdigit() or head[0].key in lex.determiners or head[0].capitalised):
        return tuple(head), None
    return None


def _pronoun_and_adverb(v: _Verb) -> Found | None:
    """"Il a sobrement ajouté : …", "He bluntly said …": a pronoun, then one word that is no noun
    phrase's (an adverb ``[attribution] said_adverbs`` does not list: those :func:`_verb` drops)
    between it and the verb: the pronoun speaks."""
    subj, lex = v.subj, v.lex
    rest = [w for w in subj[1:] if w.lemma not in lex.auxiliaries]
    if len(subj) > 1 and subj[0].key in lex.pronouns and len(rest) == 1 and len(rest[0].key) > 1 and not rest[0].capitalised \
            and rest[0].key not in lex.determiners | lex.markers_flat | lex.relatives | lex.pronouns \
            and (rest[0].key,) not in lex.back_references and subj[-1] is rest[0]:
        return (subj[0],), None
    return None


def _pronoun_and_more(v: _Verb) -> _Skip | None:
    """"Ils ne pouvaient pas le confirmer": a pronoun and more words, not a source's name."""
    if v.subj and v.subj[0].key in v.lex.pronouns and len(v.subj) > 1:
        return SKIP
    return None


def _only(ws: tuple[Word, ...], phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether ``ws`` is one of ``phrases`` word for word."""
    return bool(ws) and tuple(w.key for w in ws) in phrases


def _back_reference(v: _Verb) -> Found | _Skip | None:
    """"Lo ha confermato il sindaco.", "Así lo informó la alcaldía.", "Das bestätigte die
    Feuerwehr.": the speaker after the verb says this sentence and the one before; "That is how Ana
    Ruiz, a teacher, describes it.", "C'est ainsi qu'Ana Ruiz le décrit.": the speaker between "this is
    how" (``[attribution] how_references``) opening the sentence and the verb."""
    how = _how_speaker(v)
    if how:
        return how, None
    if not _only(v.raw, v.lex.back_references):
        return None
    after = _before_addressee(_after_words(v), v.lex)
    if len(after) > 1 and after[0].key in v.lex.pronouns | v.lex.object_pronouns:
        after = after[1:]  # ("So beschreibt es Ann Doe": the pronoun of the statement, then its speaker)
    return (tuple(after), None) if after and _opens_name(after, v.lex) else SKIP


def _how_speaker(v: _Verb) -> tuple[Word, ...]:
    """The words between "this is how" that opens the sentence (no comma after it) and the verb (its pronouns
    of whom it was told to, or of the statement, dropped) when they are a noun phrase of no more than ten words, with no
    verb of saying or predicate; else nothing."""
    words, lex = v.words, v.lex
    ph = next((ph for ph in lex.how_references if tuple(w.key for w in words[: len(ph)]) == ph), None)
    if ph is None or len(ph) >= v.i or _has_punct(v.doc, words[len(ph) - 1], words[len(ph)]):
        return ()  # ("Así, el gobierno anunció …": a connective set off, no "this is how")
    rest = list(words[len(ph) : v.i])
    while rest and (rest[-1].lemma in lex.auxiliaries or rest[-1].key in lex.clitics_before_verb or (rest[-1].key,) in lex.back_references):
        rest.pop()
    if not rest or len(rest) > 10 or not _noun_phrase(rest[:1], lex) or rest[0].key in lex.pronouns \
            or any(_says(w, lex) or w.lemma in lex.predicates or w.key in lex.predicates for w in rest):
        return ()
    return tuple(rest)


def _opens_name(ws: list[Word] | tuple[Word, ...], lex: Lexicon) -> bool:
    """Whether words open a noun phrase: a capital or a determiner first ("Le communiqué précise
    que …": "précise" opens none, so "Le" is an article there, not "it")."""
    return ws[0].capitalised or ws[0].key in lex.determiners


def _as_clause(v: _Verb) -> Found | _Skip | None:
    """"..., wie die Feuerwehr bestätigte", "as the coastguard confirmed", "como informó la
    alcaldía": the noun phrase after "as" (or, with a pronoun for the statement first, after the verb)."""
    lex = v.lex
    n = max((len(ph) for ph in map(str.split, lex.as_words) if _only(v.raw[: len(ph)], (tuple(ph),))), default=0)  # "tal como"
    if not n:
        return None
    # (a word for the statement, not the article of a noun: "wie das Ministerium mitteilte")
    rest = [w for m, w in enumerate(v.raw[n:], n) if (w.key,) not in lex.back_references
            or m + 1 < len(v.raw) and v.raw[m + 1].capitalised and w.key in lex.determiners]
    rest = _past_agent_marker(rest, lex)  # "wie von der Polizei bestätigt"
    if rest and _noun_phrase(rest, lex):
        return tuple(rest), None
    after = _past_agent_marker(_after_words(v), lex)  # "as confirmed (to reporters) by the police"
    return (tuple(after), None) if after and not rest else SKIP


def _past_agent_marker(ws: list[Word], lex: Lexicon) -> list[Word]:
    """The agent of a verb of saying in the passive, when the words open with it: those after the marker of the
    agent ("by the police", "von der Polizei"), or after whom it was told to ("to reporters by the residents"),
    else the words as they are ("le maire par téléphone" is the mayor's)."""
    k = next((k for k, w in enumerate(ws) if w.key in lex.agent_markers), None)
    if k is None or k + 1 >= len(ws) or k and ws[0].key not in lex.to_whom:
        return ws
    return ws[k + 1 :]


def _quoted_as(v: _Verb) -> Found | None:
    """"State media quoted the governor as saying ...": the noun phrase between a verb of quoting
    (``[attribution] quoting``) and "as" right before the verb of saying speaks."""
    raw, lex = v.raw, v.lex
    if len(raw) < 3 or raw[-1].key not in lex.as_words:
        return None
    q = next((k for k in range(len(raw) - 2, -1, -1) if raw[k].key in lex.quoting or raw[k].lemma in lex.quoting), None)
    if q is None:
        return None
    who = raw[q + 1 : -1]
    return (tuple(who), None) if who and _noun_phrase(who, lex) else None


def _verb_second(v: _Verb) -> Found | None:
    """"Unterdessen sagte der Sprecher, ...", "Am Abend erklärte sie ...": in a language whose
    verb comes second, a word or phrase before the verb that is no noun phrase of its own, and a
    determiner or pronoun after it: the subject follows the verb."""
    lex = v.lex
    if not (lex.verb_second and v.raw and v.raw[0].key not in lex.determiners | lex.pronouns
            and (len(v.raw) == 1 or v.raw[0].key in lex.markers_flat)):
        return None
    after = _after_words(v)
    if after and after[0].key in lex.pronouns:
        return (after[0],), None
    if after and after[0].key in lex.determiners and len(after) <= 10:
        return tuple(after), None
    return None


def _inverted_pronoun(v: _Verb) -> Found | None:
    """"« Nous avons roulé toute la nuit », a-t-il ajouté.", '"Wir fuhren los", sagte er.': a
    pronoun joined to the verb ("ajoute-t-il") or alone after it stands for the last source named."""
    doc, words, lex, i = v.doc, v.words, v.lex, v.i
    if i >= 2 and words[i - 1].key in lex.pronouns and "-" in doc.gap(words[i - 2], words[i - 1]):
        return (words[i - 1],), None
    k = i + 1
    while k + 1 < len(words) and words[k].key not in lex.pronouns and len(words[k].key) == 1 \
            and doc.gap(words[k - 1], words[k]) == "-" == doc.gap(words[k], words[k + 1]):
        k += 1  # "ajoute-t-il": a letter joined by hyphens stands between verb and pronoun
    nxt = words[k] if k < len(words) else None
    if nxt is not None and nxt.key in lex.pronouns and not _has_punct(doc, words[k - 1], nxt) \
            and (k + 1 == len(words) or _has_punct(doc, nxt, words[k + 1])):
        return (nxt,), None
    return None


def _noun_phrase(ws: list[Word] | tuple[Word, ...], lex: Lexicon) -> bool:
    """Whether words before a verb can be its subject: they open with a capital, a determiner
    or a pronoun, not with a preposition ("A su llegada"), and hold no auxiliary (a clause:
    "Siamo stati informati ...")."""
    first = ws[0]
    if first.key in lex.markers_flat and first.key not in lex.determiners | lex.pronouns:
        return False
    if any(w.lemma in lex.auxiliaries for w in ws):
        return False
    return first.capitalised or first.key in lex.determiners or first.key in lex.pronouns


def _subject_before(v: _Verb) -> Found | _Skip | None:
    """"The harbour master said the ferry had left": the subject before the verb (past a time
    adverbial or an adverb that opens the sentence before it: "On Monday the mayor said", "Intanto il
    portavoce ha detto": :func:`_adverbial_first`)."""
    subj, lex = v.subj, v.lex
    subj = subj[_adverbial_first(v):]
    # (a word of saying right before the verb of saying is its subject's noun: "a local media report said")
    noun_last = bool(subj) and _says(subj[-1], lex) and _says(v.words[v.i], lex)
    if any(subj[k - 1].key not in lex.determiners and _is_verb(subj, k, lex, lex.say | lex.deny) for k in range(1, len(subj) - noun_last)):
        return SKIP  # "The government rejected reports that …": a verb before the noun, no speaker's name
    if subj and subj[0].key in lex.coordinators:
        return SKIP  # "…, and losses estimated at …", "…, and report it": the verb goes on the clause before, no new speaker
    if subj and len(subj) <= 10 and (_noun_phrase(subj, lex) or _bare_subject(v)):
        if not (len(subj) == 1 and subj[0].key in lex.determiners):
            return tuple(subj), None
    return SKIP if subj else None


#: how many words the subject of a verb of saying after a coordinated clause may have
_COORDINATED_SUBJECT = 8


def _coordinated_clause(v: _Verb) -> Found | None:
    """"Fighting went on and the minister said …", "Les combats continuent, et le ministre a dit …": a
    clause, a coordinator, then the verb's own subject: the noun phrase after the coordinator speaks
    (a clause before it: an auxiliary or a predicate there, or a punctuation mark right before the
    coordinator; "The mayor and the governor said" is one subject of two names)."""
    subj, lex = v.subj, v.lex
    k = max((k for k, w in enumerate(subj[:-1]) if w.key in lex.coordinators), default=-1)
    if k < 0:
        return None
    head, np = subj[:k], subj[k + 1:]
    clause = any(w.lemma in lex.auxiliaries or w.lemma in lex.predicates or w.key in lex.predicates for w in head) \
        if head else v.j > 0
    if not clause or len(np) > _COORDINATED_SUBJECT or not _noun_phrase(np, lex) \
            or any(_says(w, lex) or w.lemma in lex.predicates or w.key in lex.coordinators for w in np):
        return None
    return tuple(np), None


#: how many words the noun phrase before a relative clause that parts it from its verb may have
_RELATIVE_HEAD = 5


def _relative_between(v: _Verb) -> Found | None:
    """"…, an aid worker who asked not to be named said.", "A nurse who works at the camp said …": a
    noun phrase, then a relative clause between it and the verb of saying: the noun phrase speaks (a
    relative that is no determiner: German's follow a comma, which opens the verb's clause after them)."""
    subj, lex = v.subj[_adverbial_first(v):], v.lex
    r = next((k for k, w in enumerate(subj[: _RELATIVE_HEAD + 1]) if k and w.key in lex.relatives - lex.determiners), 0)
    head = subj[:r]
    if not head or any(w.lemma in lex.auxiliaries or _says(w, lex) or w.lemma in lex.predicates or w.key in lex.predicates
                       or w.key in lex.pronouns for w in head):
        return None
    bare = v.j > 0 and "," in v.doc.gap(v.words[v.j - 1], v.words[v.j]) and head[0].key not in lex.markers_flat
    if (_noun_phrase(head, lex) or bare) and not (len(head) == 1 and head[0].key in lex.determiners):
        return tuple(head), None
    return None


def _adverbial_first(v: _Verb) -> int:
    """Where the subject starts when an adverbial opens the words before the verb, in a language whose verb
    does not come second (there the subject follows the adverbial and the verb: :func:`_verb_second`): a
    time adverbial and a determiner or capital after it ("Lundi le maire", "Na segunda-feira o prefeito");
    or, opening the sentence, one word that is no determiner, pronoun, marker or relative and a determiner
    after it ("Intanto il portavoce", "Meanwhile the mayor"); else 0."""
    subj, lex = v.subj, v.lex
    if lex.verb_second or len(subj) < 3:
        return 0
    k = _time_before_name(list(subj), lex)
    if k:
        return k
    first = subj[0].key
    if v.j == 0 and first not in lex.determiners | lex.pronouns | lex.markers_flat | lex.relatives \
            and subj[1].key in lex.determiners - lex.pronouns and not subj[1].capitalised:
        return 1
    return 0


def _bare_subject(v: _Verb) -> bool:
    """"…, officials said.", "…, local residents told reporters.": a short noun phrase with no
    determiner (a bare plural) after the comma that ends the claim, its verb last in the sentence
    but for a few words; no marker, pronoun, auxiliary or predicate in it. Two such phrases, or
    one and a name or a determined phrase, may be joined ("local officials and the United
    Nations said", "residents and aid workers told reporters")."""
    doc, words, lex, subj = v.doc, v.words, v.lex, v.subj
    if not (v.j > 0 and len(subj) <= 9 and len(words) - v.i <= 5 and "," in doc.gap(words[v.j - 1], words[v.j])):
        return False
    k = next((k for k in range(1, len(subj) - 1) if subj[k].key in lex.coordinators), None)
    if k is None:
        return _bare_phrase(subj, lex)
    first, second = subj[:k], subj[k + 1:]
    return any(_bare_phrase(a, lex) for a in (first, second)) \
        and all(_bare_phrase(a, lex) or (len(a) <= 5 and _noun_phrase(a, lex) and a[0].key not in lex.pronouns) for a in (first, second))


def _bare_phrase(subj: tuple[Word, ...], lex: Lexicon) -> bool:
    """A bare noun phrase of :func:`_bare_subject`: up to three words, with no marker, pronoun,
    auxiliary, predicate or number, and maybe one phrase of place or belonging after it
    ("officials in the capital", "local residents of Smalltown": a one-word marker, then no other)."""
    cut = next((k for k in range(1, min(len(subj), 4)) if subj[k].key in (lex.markers_flat | lex.of) - lex.determiners), len(subj))
    head, tail = subj[:cut], subj[cut + 1:]
    if not head or len(head) > 3 or (cut < len(subj) and not 1 <= len(tail) <= 3):
        return False
    excluded = lex.markers_flat | lex.pronouns | lex.relatives
    return not any(w.key in excluded or w.lemma in lex.auxiliaries
                   or w.lemma in lex.predicates or w.key in lex.predicates or w.key.isdigit() for w in head) \
        and not any(w.key in excluded - lex.determiners or w.lemma in lex.auxiliaries or w.key.isdigit() for w in tail)


def _name_in_commas(v: _Verb) -> Found | None:
    """"Last week the harbour master, Ann Doe, announced that ...": the name set off by commas, with
    the noun phrase of its role before it ("the harbour master, Ann Doe": one entity, whom a later
    "the harbour master" names too); "Ann Doe, the harbour master, said", "the Observatory for Human
    Rights, a monitor, said": the name and its apposition; "The agency, which ran the ferries, said ...": the noun phrase before the relative clause."""
    doc, words, lex, i, j = v.doc, v.words, v.lex, v.i, v.j
    if not (j >= 2 and all(w.lemma in lex.auxiliaries or w.key in lex.clitics_before_verb for w in words[j:i]) and "," in doc.gap(words[j - 1], words[j])
            and not v.reported_after and not v.after_quote):
        return None
    if lex.verb_second and _after_words(v) and _opens_name(_after_words(v), lex):
        return None  # "Tausende Familien, sagte der Bürgermeister, seien …": the speaker follows the verb
    k = j - 1
    while k > 0 and not _has_punct(doc, words[k - 1], words[k]):
        k -= 1
    name = list(words[k:j])
    before = _phrase_before(v, k)
    if name and len(name) <= 5 and all(x.capitalised for x in name):
        return (before if _role(before, lex) else ()) + tuple(name), None
    if name and len(name) <= 8 and name[0].key in lex.determiners - lex.relatives and _role(tuple(name), lex) and len(before) <= 8 \
            and before and (all(x.capitalised for x in before) or _named(list(before), lex) and _role(before, lex)) \
            and before[0].key not in lex.markers_flat - lex.determiners | lex.pronouns:
        return before + tuple(name), None
    if name and name[0].key in lex.relatives and k >= 2 and "," in doc.gap(words[k - 1], words[k]):
        head = list(_phrase_before(v, k))
        if head and len(head) <= 6 and (head[0].capitalised or head[0].key in lex.determiners) \
                and head[0].key not in lex.pronouns:
            return tuple(head), None
    return None


def _phrase_before(v: _Verb, k: int) -> tuple[Word, ...]:
    """The words between the punctuation before the comma that ends at word ``k`` and that comma."""
    doc, words = v.doc, v.words
    if k < 2 or "," not in doc.gap(words[k - 1], words[k]):
        return ()
    m = k - 1
    while m > 0 and not _has_punct(doc, words[m - 1], words[m]):
        m -= 1
    return words[m:k]


def _role(ws: tuple[Word, ...], lex: Lexicon) -> bool:
    """Whether words are a noun phrase naming a role ("the harbour master", "Nagorno-Karabakh's human
    rights defender", "a vice-ministra da Defesa"): a determiner first, or capitalised words with only
    determiners, "of" or a possessive "s" between; no pronoun, verb of saying or motion; at most eight words."""
    if not ws or len(ws) > 8 or ws[0].key in lex.pronouns | lex.markers_flat - lex.determiners:
        return False
    if any(w.lemma in lex.say or w.key in lex.say or w.lemma in lex.predicates or w.key in lex.predicates for w in ws[:-1]):
        return False  # (the last word is the role's noun: "the monitor's head")
    return ws[0].key in lex.determiners or all(w.capitalised or w.key in lex.of | lex.determiners or len(w.key) == 1 for w in ws)


#: the name a rule gives for "the source named last" (a verb with no subject of its own)
PREVIOUS: tuple[Word, ...] = ()


def _subjectless(v: _Verb) -> Found | None:
    """"«Siamo partiti all'alba», ha aggiunto.", "…, añadió.": a verb of saying with no subject,
    after a comma and last in its sentence (after a quotation: with no name after it, "«…», dijo
    resignado."), goes on with the source named last."""
    doc, words, j = v.doc, v.words, v.j
    if v.raw or v.reported_after or j == 0 or "," not in doc.gap(words[j - 1], words[j]):
        return None
    if v.last + 1 == len(words):
        return PREVIOUS, None
    if v.after_quote and _speaker_after(v) is None:
        return PREVIOUS, None  # "«…», dijo resignado.", "«…», detalhou, porque …": no name after the verb
    return None


def _after_words(v: _Verb) -> list[Word]:
    """The words after the verb up to the next punctuation, past whom it was told to ("a indiqué
    à l'AFP le ministère", "ha detto all'ANSA il sindaco"), where ("a écrit sur Telegram le
    gouverneur", "escribió en un comunicado el ministerio") and when ("a déclaré mardi à l'AFP le
    ministère", "dijo este martes a la AFP el ministerio"), in any order; none when they are one
    determiner or pronoun."""
    doc, words, lex = v.doc, v.words, v.lex
    after: list[Word] = []
    for x in words[v.last + 1 : v.last + 14]:
        if _has_punct(doc, after[-1] if after else words[v.last], x):
            break  # (none after "sagte: „Unser …": what follows the colon is what was said)
        after.append(x)
    after = after[_past_adjuncts(after, lex):]
    if after and after[0].key in lex.determiners | lex.pronouns and len(after) == 1:
        return []
    return after


def _past_adjuncts(ws: list[Word], lex: Lexicon) -> int:
    """Where a noun phrase starts after the adjuncts of time, place and addressee that open ``ws``, one
    after another (:func:`_time_end`, :func:`_addressee_end`): when a determiner or a capital (no
    pronoun) follows them; else 0."""
    k = 0
    while k < len(ws):
        step = max(_time_end(ws[k:], lex), _addressee_end(ws[k:], lex))
        if not step:
            break
        k += step
    if 0 < k < len(ws) and (ws[k].key in lex.determiners or ws[k].capitalised) and ws[k].key not in lex.pronouns:
        return k
    return 0


#: how many lower-case words an addressee (a noun and its adjectives) may have in :func:`_addressee_end`
_ADDRESSEE_WORDS = 3


def _addressee_end(ws: list[Word], lex: Lexicon) -> int:
    """Where the words of whom a statement was told to or where it was said end ("à l'AFP", "a los
    periodistas", "in Berlin", "during a briefing", "lors d'un point de presse"): a marker (or a word of
    time before a determiner or an "of": "durante una", "lors d'un"), its determiners, its capitalised
    words (or one lower-case noun, its adjectives and one lower-case noun after an "of": "à rádio", "à
    televisão estatal", "en rueda de prensa"), when a determiner, a capital or another such phrase's
    marker follows; else 0."""
    if not (len(ws) >= 3 and (ws[0].key in lex.to_whom or ws[0].key in lex.markers_flat and ws[0].key not in lex.determiners
                              or ws[0].key in lex.time_words and (ws[1].key in lex.determiners or ws[1].key in lex.of))):
        return 0
    k = 1
    while k < len(ws) and (ws[k].key in lex.determiners or ws[k].key in lex.of) and not ws[k].capitalised:
        k += 1
    m = k
    while m < len(ws) and ws[m].capitalised:
        m += 1
    if m == len(ws) and k == 1 and m - k >= 2:
        return 2  # names alone to the clause's end: told to the first, said by the rest ("disse à Lusa Ahmed Ali")
    if m == k:  # a lower-case noun, and the adjectives after it ("à televisão estatal o governador")
        m = k + 1
        while m < min(len(ws), k + _ADDRESSEE_WORDS) and not ws[m].capitalised and ws[m].key not in lex.determiners | lex.markers_flat:
            m += 1
        if m + 1 < len(ws) and ws[m].key in lex.of and not ws[m + 1].capitalised and ws[m + 1].key not in lex.determiners | lex.markers_flat:
            m += 2  # "en rueda de prensa", "lors d'un point de presse"
    return m if k < m < len(ws) and (ws[m].key in lex.determiners or ws[m].capitalised or ws[m].key in lex.markers_flat) else 0


def _time_before_name(ws: list[Word], lex: Lexicon) -> int:
    """Where a noun phrase starts after a time adverbial that opens ``ws`` ("Lundi le maire", "On Monday
    the mayor"): past it (:func:`_time_end`) when a determiner or a capital (no pronoun) follows; else 0."""
    k = _time_end(ws, lex)
    if 0 < k < len(ws) and (ws[k].key in lex.determiners or ws[k].capitalised) and ws[k].key not in lex.pronouns:
        return k
    return 0


def _time_end(ws: list[Word], lex: Lexicon) -> int:
    """Where a time adverbial that opens ``ws`` ends ("lundi", "dijo este martes", "ieri sera", "na
    segunda-feira", "am Dienstag"): past its determiners and words of time (and a preposition before
    them); 0 when none opens it."""
    t = tuple(ws)
    k = 1 if len(ws) > 2 and ws[0].key in lex.markers_flat and _time_after(t, 1, lex) else 0
    while k < len(ws) and (ws[k].key in lex.determiners and k + 1 < len(ws) and _time_after(t, k, lex)
                           or _day(ws[k]) or ws[k].key in lex.time_words or ws[k].key.isdigit() and k and _time_after(t, k, lex)):
        k += 1
    return k


#: how many words a speaker's name and role after the verb may have (14 took clauses: "accused X of ...",
#: "said that ...": measured on the public English corpora)
_AFTER_NAME = 10


def _speaker_after(v: _Verb) -> Found | None:
    """'"The road was open," said Ann Doe, a driver who ...': the speaker after the verb (what
    follows the name describes her, in the article's voice); "c'est ce que rapporte X,
    ajoutant que ...": X goes on speaking."""
    lex = v.lex
    after = _before_relative(_before_addressee(_after_words(v), lex), lex)
    after += _name_after_role(v, after)
    if any(w.lemma in lex.auxiliaries for w in after[1:]):
        return None  # "… said that her family had fled": a clause, not a name
    if after and (after[0].key not in lex.relatives or after[0].key in lex.determiners) and after[0].key not in lex.pronouns \
            and (after[0].capitalised or after[0].key in lex.determiners or _bare_speaker_after(v, after)) \
            and (len(v.words) - v.i <= 20 or v.reported_after or v.after_quote or _between_dashes(v, after[-1])) \
            and (len(after) <= _AFTER_NAME or v.after_quote):
        goes_on = v.reported_after or _clause_goes_on(v, after[-1]) or _between_dashes(v, after[-1])
        return tuple(after), (None if goes_on else after[-1].end)
    return None


def _bare_speaker_after(v: _Verb, after: list[Word]) -> bool:
    """"…, dijeron funcionarios de la capital.", "…, hanno detto residenti della città.": a bare
    noun after a verb of saying that ends the claim, with a phrase of place or belonging after
    it (a marker, or a genitive article where one says "of": "berichteten Anwohner der Stadt"),
    the last words of the sentence."""
    lex, words = v.lex, v.words
    if not (3 <= len(after) <= 6 and v.j > 0 and "," in v.doc.gap(words[v.j - 1], words[v.j]) and after[-1] is words[-1]):
        return False
    head, link = after[0], after[1]
    excluded = lex.markers_flat | lex.pronouns | lex.relatives
    if head.key in excluded or head.lemma in lex.auxiliaries or head.lemma in lex.predicates or head.key in lex.predicates \
            or head.lemma in lex.say or head.key.isdigit() or head.key in lex.time_words:
        return False
    k = next((k for k in range(1, len(after) - 1) if after[k].key in lex.coordinators), None)
    if k is not None and k <= 3:
        # "…, dijeron autoridades locales y la ONU": a bare phrase and another, a name or a determined one
        other = after[k + 1]
        return not any(w.key in excluded or w.lemma in lex.auxiliaries or w.key.isdigit() for w in after[1:k]) \
            and (other.capitalised or other.key in lex.determiners and other.key not in lex.pronouns or _bare_phrase(tuple(after[k + 1:]), lex))
    return link.key in (lex.markers_flat | lex.of) - lex.determiners or lex.genitive_article and link.key in lex.determiners


#: how many capitalised words the name after a speaker's role may have
_ROLE_NAME = 4


def _name_after_role(v: _Verb, after: list[Word]) -> list[Word]:
    """'"…", a expliqué le gouverneur de la province, Ann Doe.': the name set off by a comma after the
    role of a speaker named after the verb (one entity, as "the governor, Ann Doe, said" before it):
    :func:`_role_name`."""
    return _role_name(v.doc, v.words, v.lex, after)


def _role_name(doc: Document, words: tuple[Word, ...], lex: Lexicon, after: list[Word] | tuple[Word, ...]) -> list[Word]:
    """The name set off by a comma after a speaker's role (``after``: "le gouverneur de la province, Ann
    Doe", "according to the spokesman, Ann Doe, …"): up to four capitalised words, then punctuation or the
    sentence's end; else none."""
    n = next((k for k, w in enumerate(words) if after and w is after[-1]), None)
    if n is None or after[0].key not in lex.determiners - lex.pronouns or not _role(tuple(after), lex) \
            or n + 1 >= len(words) or doc.gap(after[-1], words[n + 1]).strip() != ",":
        return []
    m = n + 1
    while m < min(len(words), n + 1 + _ROLE_NAME) and words[m].capitalised and words[m].key not in lex.determiners | lex.pronouns \
            and (m == n + 1 or not _has_punct(doc, words[m - 1], words[m])):
        m += 1
    if m == n + 1 or m < len(words) and not _has_punct(doc, words[m - 1], words[m]):
        return []
    return list(words[n + 1 : m])


def _before_relative(after: list[Word], lex: Lexicon) -> list[Word]:
    """The speaker's words after the verb without a relative clause that describes them ("a affirmé un
    humanitaire qui a requis l'anonymat", "dijo un testigo que pidió no ser nombrado"): up to a relative
    that is no determiner, from the second word on."""
    r = next((k for k, w in enumerate(after) if k and w.key in lex.relatives - lex.determiners), len(after))
    return after[:r] if r > 1 or after and after[0].capitalised else after


def _between_dashes(v: _Verb, last: Word) -> bool:
    """Whether the verb and its speaker are set off by dashes ("« … ieri – ha detto la sindaca – e poi siamo
    partiti »"): a tag inserted in the words it gives to the speaker, however long they are."""
    n = next((k for k, w in enumerate(v.words) if w is last), None)
    return n is not None and 0 < v.j and n + 1 < len(v.words) and _dash(v.doc.gap(v.words[v.j - 1], v.words[v.j])) \
        and _dash(v.doc.gap(last, v.words[n + 1]))


def _before_addressee(after: list[Word], lex: Lexicon) -> list[Word]:
    """The speaker's words after the verb without whom they told it to or where ("relata X a la AFP", "said X
    at the border", "C'est ce qu'a indiqué X à l'AFP"): up to a marker of the addressee, or of place before a
    lower-case word, from the third word on."""
    for k in range(2, len(after) - 1):
        m = k + 1
        while m < len(after) - 1 and after[m].key in lex.determiners:
            m += 1
        if after[k - 1].key in lex.coordinators:
            continue  # "disseram autoridades locais e a ONU": the article of the second speaker
        if after[k].key in lex.to_whom or after[k].key in lex.markers_flat - lex.of - lex.determiners and not after[m].capitalised:
            return after[:k]
    return after


def _clause_goes_on(v: _Verb, last: Word) -> bool:
    """Whether the reported clause goes on after an inserted tag ("Thousands of families, said Ann Doe, fled to
    X", "Miles de familias, añadió el alcalde, huyeron a X"): the tag opens after a comma and a comma closes it,
    and the word after is lower-case, no determiner, relative or number (a verb; not an apposition that
    describes the speaker: "said Ann Doe, a driver who fled X", "Ann Doe, 34,")."""
    doc, words, lex = v.doc, v.words, v.lex
    n = next((k for k, w in enumerate(words) if w is last), None)
    if n is None or n + 1 >= len(words) or v.j == 0 or "," not in doc.gap(words[v.j - 1], words[v.j]) \
            or doc.gap(last, words[n + 1]).strip() != ",":
        return False
    w = words[n + 1]
    return not w.capitalised and not w.key.isdigit() and w.key not in lex.determiners | lex.relatives | lex.pronouns


def _dateline_after(text: str, end: int) -> bool:
    """Whether what follows a place ending at ``end`` makes it a dateline: an agency in brackets,
    then a dash ("Hanoi (Agency) – ...")."""
    rest = text[end : end + 48].lstrip()
    close = rest.find(")")
    return rest[:1] == "(" and 1 < close and "(" not in rest[1:close] and rest[close + 1 :].lstrip()[:1] in ("-", "\u2013", "\u2014")


def _sentence_opener(v: _Verb) -> Found | None:
    """"Ann Doe, a nurse from the port, said ...": the name that opens the sentence (not the
    quotation's first words)."""
    if v.j == 0 or v.after_quote:
        return None
    first: list[Word] = []
    for x in v.words[:6]:
        if first and _has_punct(v.doc, first[-1], x):
            break
        first.append(x)
    dateline = bool(first) and _dateline_after(v.doc.text, first[-1].end)
    if first and all(x.capitalised for x in first) and len(first) <= 5 and not dateline:
        return tuple(first), None  # (not a dateline's place: "Hanoi (Agency) – ...")
    return None


def _passive(doc: Document, words: tuple[Word, ...], i: int, lex: Lexicon) -> bool:
    """Whether the verb at ``i`` is a participle in the passive: a passive auxiliary right before it
    ("was estimated", "a été rapporté", "è stato stimato", "fue estimada"; not after an elided
    reflexive: "s'est dit") or, where the verb comes last, anywhere in its clause before it
    ("wurde auf 50 geschätzt"); not a form with a gerund's ending ("is saying")."""
    w = words[i]
    if i == 0 or w.key == w.lemma or w.key.endswith(lex.gerund_endings):
        return False
    if lex.object_before_verb:
        k = i
        while k > 0 and not _has_punct(doc, words[k - 1], words[k]):
            k -= 1
            if words[k].lemma in lex.passive_auxiliaries:
                return True
        return False
    aux = words[i - 1]
    return aux.lemma in lex.passive_auxiliaries and not _has_punct(doc, aux, w) \
        and not (i >= 2 and len(words[i - 2].key) == 1 and any(c in "'’" for c in doc.gap(words[i - 2], aux)))


def _agent(doc: Document, words: tuple[Word, ...], i: int, lex: Lexicon) -> tuple[Word, ...] | None:
    """The agent of a passive verb of saying at ``i``: the noun phrase after an agent marker in its
    clause, before the verb ("von der Polizei geschätzt") or within six words after it ("was
    reported by the agency", "foi estimado em 50 pela ONU", "riferita dalla polizia"), not a time
    ("reported by Monday")."""
    j = i
    while j > 0 and not _has_punct(doc, words[j - 1], words[j]):
        j -= 1
    end = i + 1
    while end < len(words) and end - i <= 6 and (not _has_punct(doc, words[end - 1], words[end])
                                                  or words[end - 1].key.isdigit() and words[end].key.isdigit()):
        end += 1  # (the comma of "2,000" is no punctuation)
    # after the verb first ("la fuga da X è stata confermata dal sindaco": "da X" before it is no agent),
    # before it where the verb comes last, the nearest first ("der Abzug von X wurde von der Polizei bestätigt")
    for k in (*range(i + 1, end), *(range(i - 1, j - 1, -1) if lex.object_before_verb else ())):
        if words[k].key in lex.agent_markers and k + 1 < len(words) and not _when(words[k + 1], lex):
            name = _name_after(doc, words, k + 1, lex)
            name = name[: next((n for n, w in enumerate(name) if n and w.key in lex.relatives
                                and (w.key not in lex.determiners or not lex.nouns_capitalised)), len(name))]
            if name:
                return tuple(name[: i - k - 1] if k < i else name)
    return None


def _when(w: Word, lex: Lexicon) -> bool:
    """Whether a word says when, not who ("by Monday", "par endroits" aside): a number, a day or a time word."""
    return w.key.isdigit() or _day(w) or w.key in lex.time_words


def _cleft(v: _Verb) -> Found | None:
    """"A dirlo è il sindaco", "…, a confermarlo è stato il prefetto": a verb of saying right after
    a word of ``[attribution] cleft_markers`` that opens its clause, then a copula: the speaker is
    the noun phrase after the copula, up to the next punctuation."""
    doc, words, lex = v.doc, v.words, v.lex
    if not lex.cleft_markers or v.i != v.j + 1 or words[v.j].key not in lex.cleft_markers:
        return None
    k = v.last + 1
    while k < len(words) and words[k].lemma in lex.auxiliaries and not _has_punct(doc, words[k - 1], words[k]):
        k += 1
    if k == v.last + 1 or k >= len(words) or _has_punct(doc, words[k - 1], words[k]):
        return None
    name = [words[k]]
    for x in words[k + 1 : k + 8]:
        if _has_punct(doc, name[-1], x):
            break
        name.append(x)
    if not (name[0].capitalised or name[0].key in lex.determiners) or name[0].key in lex.pronouns:
        return None
    return tuple(name), None


def _passive_agent(v: _Verb) -> Found | None:
    """"The toll was estimated at 50 by the agency.", "Die Zahl wurde von der Polizei auf 50
    geschätzt.": the agent of a verb of saying in the passive speaks (a passive with no agent has
    no speaker: its verb is read as impersonal reporting)."""
    if v.inside or not _passive(v.doc, v.words, v.i, v.lex):
        return None  # (« we were told by X »: X told the speaker)
    agent = _agent(v.doc, v.words, v.i, v.lex)
    return (agent, None) if agent else None


#: how many words a verb in two parts may hold between its parts ("gab die Polizei am Montag bekannt")
_SPLIT_REACH = 10


def _split_verbs(doc: Document, words: tuple[Word, ...], lex: Lexicon, table: str = "say_split") -> dict[int, int]:
    """The verbs of saying in two parts (``[attribution] say_split``): the position of each verb whose
    second part follows it in its clause ("Die Polizei gab am Montag bekannt", "fanno sapere", "dio a
    conocer"; :func:`_part_at`), and the second part's last word when it follows the verb at once (else the
    verb's own)."""
    if _none_of(doc, words, _first_words(lex, table)):
        return {}
    firsts = _firsts(lex, table)
    out: dict[int, int] = {}
    for i, w in enumerate(words):
        for ph in firsts.get(w.lemma, ()) + (firsts.get(w.key, ()) if w.key != w.lemma else ()):
            rest, k = ph[1:], i + 1
            while k + len(rest) <= len(words) and k - i <= _SPLIT_REACH and not _has_punct(doc, words[k - 1], words[k]):
                if all(_is(words[k + n], x) for n, x in enumerate(rest)) and _part_at(doc, words, i, k, len(rest), lex):
                    out[i] = k + len(rest) - 1 if k == i + 1 else i
                    break
                k += 1
            if i in out:
                break
    return out


def _part_at(doc: Document, words: tuple[Word, ...], i: int, k: int, n: int, lex: Lexicon) -> bool:
    """Whether the ``n`` words at ``k`` may be the second part of the verb at ``i``: where the verb comes
    second, a particle that ends the clause ("gab … bekannt, dass"; not "gibt an dieser Front … auf");
    elsewhere the words right after the verb ("fanno sapere", "pointed out")."""
    if not lex.verb_second:
        return k == i + 1
    end = k + n
    return end == len(words) or _has_punct(doc, words[end - 1], words[end])


def _from_source(doc: Document, words: tuple[Word, ...], k: int, lex: Lexicon) -> tuple[Word, ...]:
    """"…, hieß es aus dem Ministerium", "…, fanno sapere dalla prefettura", "…, a-t-on appris auprès de
    la préfecture", "heißt es in einer Mitteilung der Polizei": the noun phrase after a marker of where a
    statement comes from (``[attribution] source_from``) that opens the words from ``k`` (past a pronoun
    and a time: "hieß es am Montag aus …"), an "of" that opens it dropped; else nothing."""
    while k < len(words) and words[k].key in lex.pronouns and (k == 0 or not _has_punct(doc, words[k - 1], words[k])):
        k += 1
    k += _time_end(list(words[k:]), lex)
    if k == 0 or k >= len(words) or _has_punct(doc, words[k - 1], words[k]):
        return ()
    for ph in _firsts(lex, "source_from").get(words[k].key, ()):
        end = k + len(ph)
        if tuple(w.key for w in words[k:end]) != ph or len(ph) == 1 and _past_adjuncts(list(words[k:]), lex):
            continue  # ("sagte bei einer Pressekonferenz der Sprecher": where it was said, then who said it)
        while end < len(words) and words[end].key in lex.of - lex.determiners:
            end += 1
        out = _name_after(doc, words, end, lex) if end < len(words) else []
        out = out[: next((n for n, w in enumerate(out) if n and w.key in lex.relatives - lex.determiners), len(out))]
        if out and out[0].key not in lex.pronouns and not _when(out[0], lex) and out[0].key not in lex.markers_flat - lex.determiners:
            return tuple(out)
    return ()


#: how many words the source after an opening marker of where a statement comes from may hold
_SOURCE_FIRST = 6


def _source_first(ws: tuple[Word, ...], lex: Lexicon) -> tuple[Word, ...]:
    """"Dalla prefettura fanno sapere …", "Desde la alcaldía explicaron …", "Aus Regierungskreisen hieß es
    …", "In una nota l'UNHCR ha spiegato …": the words before a verb of saying that open with a marker of
    ``[attribution] source_from``: the noun phrase after it (an "of" first dropped), at most
    :data:`_SOURCE_FIRST` words, not a pronoun, a time or a number; else nothing."""
    for ph in _firsts(lex, "source_from").get(ws[0].key, ()) if ws else ():
        k = len(ph)
        if tuple(w.key for w in ws[:k]) != ph:
            continue
        while k < len(ws) and ws[k].key in lex.of - lex.determiners:
            k += 1
        rest = ws[k:]
        if 0 < len(rest) <= _SOURCE_FIRST and rest[0].key not in lex.pronouns | lex.markers_flat - lex.determiners \
                and not any(_when(w, lex) for w in rest):
            return rest
    return ()


def _source_from(v: _Verb) -> Found | None:
    """"…, fanno sapere dalla prefettura", "…, explicaron desde la alcaldía": a verb of saying outside a
    quotation, in the active, with no subject before it, and where the statement comes from after it
    (:func:`_from_source`), speaks; or that source before the verb (:func:`_source_first`)."""
    if v.inside or _passive(v.doc, v.words, v.i, v.lex):
        return None  # (« we were told by X »: X told the speaker; a passive's "da X" is its agent)
    first = _source_first(v.raw, v.lex)
    if first:
        return first, None
    if v.raw and not (len(v.raw) == 1 and v.raw[0].key in v.lex.pronouns):
        return None
    who = _from_source(v.doc, v.words, v.last + 1, v.lex)
    return (who, None) if who else None


def _impersonal_source(doc: Document, words: tuple[Word, ...], lex: Lexicon, impersonal: frozenset[int]) -> tuple[Word, ...]:
    """"…, hieß es aus Kreisen der Regierung", "si apprende dalla questura": impersonal reporting, and where
    the statement comes from right after it (:func:`_from_source`) or before it ("Aus Regierungskreisen hieß
    es", "Auprès de la préfecture, on indique": :func:`_source_first`)."""
    first = min(impersonal, default=0)
    start = first - 1
    while start > 0 and not _has_punct(doc, words[start - 1], words[start]):
        start -= 1
    before = _source_first(words[max(start, 0) : first], lex) if first else ()
    if before:
        return before
    for k in sorted(impersonal):
        if k + 1 not in impersonal:
            who = _from_source(doc, words, k + 1, lex)
            if who:
                return who
    return ()


#: the rules that find a verb's speaker, tried in this order; the first that answers decides
#: (a name, or :data:`SKIP`: this verb has none, try the sentence's next verb of saying)
SPEAKER_RULES: tuple[tuple[str, Rule], ...] = (
    ("cleft", _cleft),
    ("passive_agent", _passive_agent),
    ("relative_head", _relative_head),
    ("back_reference", _back_reference),
    ("as_clause", _as_clause),
    ("quoted_as", _quoted_as),
    ("verb_second", _verb_second),
    ("inverted_pronoun", _inverted_pronoun),
    ("pronoun_and_adverb", _pronoun_and_adverb),
    ("pronoun_and_more", _pronoun_and_more),
    ("source_from", _source_from),
    ("relative_between", _relative_between),
    ("coordinated_clause", _coordinated_clause),
    ("subject_before", _subject_before),
    ("name_in_commas", _name_in_commas),
    ("subjectless", _subjectless),
    ("speaker_after", _speaker_after),
    ("sentence_opener", _sentence_opener),
)


def _is_verb(words: tuple[Word, ...], i: int, lex: Lexicon, verbs: frozenset[str], clause: int = 0) -> bool:
    """Whether the word at ``i`` is one of ``verbs`` used as a verb: not a capitalised name or
    noun inside the sentence (where capitals mark them), not a noun after a determiner ("the
    claim", "le rapport"; where determiners are also relative pronouns, "die sagte" is a verb;
    "lo" that stands for the statement is no article),
    not negated ("did not say") by a negation in its own clause, from ``clause`` on (a clause set
    off before it has its own: "un vecino, que pidió no ser identificado, afirmó")."""
    w = words[i]
    if not (w.lemma in verbs or w.key in verbs):
        return False
    if i and w.capitalised:
        return False  # a name, or where every noun is capitalised a noun ("In vielen Teilen des Landes")
    if i and words[i - 1].key in lex.determiners and not lex.nouns_capitalised and (words[i - 1].key,) not in lex.back_references:
        return False  # "the claim", "le rapport"; but "Así lo informó": "lo" stands for the statement
    return not negated(words[clause:], i - clause, lex)


def _clause_start(doc: Document, words: tuple[Word, ...], i: int) -> int:
    """The first word of the clause of the word at ``i``: after the last punctuation before it."""
    j = i
    while j > 0 and not _has_punct(doc, words[j - 1], words[j]):
        j -= 1
    return j


def _verb(doc: Document, words: tuple[Word, ...], lex: Lexicon, i: int, quoted: list[bool]) -> _Verb:
    j = _clause_start(doc, words, i)
    j = _before_parenthesis(doc, words, j, i, lex)
    raw = _past_clitics(doc, words, j, _past_adverbs(list(words[j:i]), lex), lex)
    if raw and ")" in doc.gap(raw[-1], words[j + len(raw)]):
        raw = raw[: max((k for k in range(1, len(raw)) if "(" in doc.gap(raw[k - 1], raw[k])), default=len(raw))]
    after = bool(raw) and (raw[-1].key in lex.relatives or raw[-1].key in lex.pronouns and len(raw) > 1)
    return _Verb(doc, words, lex, i, j, tuple(raw), () if after else tuple(raw), after,
                 j > 0 and quoted[j - 1] and not quoted[i], quoted[i])


def _past_adverbs(raw: list[Word], lex: Lexicon) -> list[Word]:
    """The words before a verb of saying less the auxiliaries and the adverbs (``[attribution]
    said_adverbs``) that end them: "The minister has also said" is the minister's."""
    while raw:
        if raw[-1].lemma in lex.auxiliaries:
            raw.pop()
            continue
        ph = next((ph for ph in lex.said_adverbs if len(ph) < len(raw) and tuple(w.key for w in raw[-len(ph):]) == ph), None)
        if ph is None:
            return raw
        del raw[-len(ph):]
    return raw


def _past_clitics(doc: Document, words: tuple[Word, ...], j: int, raw: list[Word], lex: Lexicon) -> list[Word]:
    """The words before a verb of saying less a pronoun of whom it was told to, or a reflexive one, that ends them
    (``[attribution] clitics_before_verb``: "Ann Doe nous a raconté", "Ana Ruiz nos contó", "Ana Ruiz se souvient"):
    when words come before it in the clause, or alone, after a phrase set off by two commas (the speaker's name and
    apposition: "Ana Ruiz, una maestra, nos contó", :func:`_name_in_commas`; not "Ayer, se informó")."""
    if not raw or raw[-1].key not in lex.clitics_before_verb:
        return raw
    if len(raw) > 1:
        return raw[:-1]
    k = _clause_start(doc, words, j - 1) if j >= 2 and "," in doc.gap(words[j - 1], words[j]) else 0
    return [] if k and "," in doc.gap(words[k - 1], words[k]) else raw


#: how many words a parenthesis between a speaker and their verb may hold ("the Office for Migration (IOM) said",
#: "officials of the agency (the Department for Roads, Rail and Ports) said")
_PARENTHESIS = 12


def _before_parenthesis(doc: Document, words: tuple[Word, ...], j: int, i: int, lex: Lexicon) -> int:
    """"The Office for Migration (IOM) said …": where the verb's clause starts when a short parenthesis
    closes right before the verb (its auxiliaries aside): before the parenthesis and the noun phrase it
    follows; else ``j``."""
    if not (0 < j < len(words) and all(w.lemma in lex.auxiliaries for w in words[j:i])
            and doc.gap(words[j - 1], words[j]).strip() == ")"):
        return j
    k = j - 1
    # (commas may stand inside: "the Department for Roads, Rail and Ports")
    while k > 0 and j - k <= _PARENTHESIS and "(" not in doc.gap(words[k - 1], words[k]) \
            and not _has_punct(doc, words[k - 1], words[k], _STOP_PUNCT - {","}):
        k -= 1
    if k == 0 or j - k > _PARENTHESIS or doc.gap(words[k - 1], words[k]).strip() != "(":
        return j
    m = k - 1
    while m > 0 and not _has_punct(doc, words[m - 1], words[m]):
        m -= 1
    return m


def _speaker(doc: Document, words: tuple[Word, ...], lex: Lexicon, verbs: frozenset[str],
             quoted: list[bool] | None = None, skip: frozenset[int] = frozenset()) \
        -> tuple[tuple[Word, ...], int, int | None, str] | None:
    """The speaker of the first verb in ``verbs`` that has one, the verbs outside a quotation
    first ("« X dit de partir », a raconté Y": Y speaks): (name, verb position, for a speaker
    named after the verb the offset where the name ends — what follows is not theirs —, and
    the name of the rule that found it). The verbs at ``skip`` (those of impersonal reporting,
    "on estime", "se calcula") have no speaker."""
    # only a word of ``verbs`` (as written or as its lemma) may be one: most sentences have none
    split = _split_verbs(doc, words, lex, "say_split" if verbs is lex.say else "deny_split")
    if not split and _none_of(doc, words, verbs):
        return None
    maybe = sorted({k for k, w in enumerate(words) if w.lemma in verbs or w.key in verbs} | set(split))
    if not maybe:
        return None
    if quoted is None:
        quoted = _quoted(doc, words, lex)
    for i in sorted(maybe, key=lambda k: quoted[k]):
        if i in skip or not _is_verb(words, i, lex, verbs | {words[i].lemma} if i in split else verbs, _clause_start(doc, words, i)) \
                or (i + 1 < len(words) and carried_to(words[i], words[i + 1], lex)) \
                or (i not in split and i + 1 in maybe and words[i].key == words[i].lemma
                    and not _has_punct(doc, words[i], words[i + 1]) and _is_verb(words, i + 1, lex, verbs)):
            continue  # (…, or the noun of "a local media report said", in its base form: the verb is the next word)
        v = replace(_verb(doc, words, lex, i, quoted), end=split.get(i, i))
        for name, rule in SPEAKER_RULES:
            got = rule(v)
            if isinstance(got, _Skip):
                break
            if got is not None:
                return got[0], i, got[1], name
    return None


def _quotation_tag(doc: Document, words: tuple[Word, ...], lex: Lexicon, quoted: list[bool] | None = None) \
        -> tuple[tuple[Word, ...], int, int | None, str] | None:
    """"« … », a lancé un témoin.", '"…," quipped Ann Doe.', "„…“, bot er an.": the clause after a
    quotation names its speaker whatever its verb: a pronoun joined to the verb or after it (the
    source named last), the noun phrase after the verb, the verb alone ending the sentence (the
    source named last), or a short subject before the verb that ends the sentence ('"…," Ann Doe
    sighed.'); ``quoted``: :func:`_quoted` of the words, when read already)."""
    quoted = _quoted(doc, words, lex) if quoted is None else quoted
    k = next((k for k in range(1, len(words)) if quoted[k - 1] and not quoted[k]
              and any(c in ",—–" for c in doc.gap(words[k - 1], words[k]))), None)
    if k is None:
        return None
    last = len(words) - 1
    if words[k].key in lex.pronouns or _opens_name(words[k:], lex):
        # the subject first ('"…," Ann Doe quipped.', '"…," he sighed.'): the verb ends the sentence
        raw = [w for w in words[k:last] if w.lemma not in lex.auxiliaries]
        if not raw or last - k > 6 or any(_has_punct(doc, words[m - 1], words[m]) for m in range(k + 1, last + 1)) \
                or not _verb_like(words[last], lex) or not _noun_phrase(raw, lex) or len(raw) > 1 and raw[0].key in lex.pronouns:
            return None
        return tuple(raw), last, None, "quotation_tag"
    while k < last and words[k].lemma in lex.auxiliaries:
        k += 1
    if not _verb_like(words[k], lex):
        return None
    v = _verb(doc, words, lex, k, quoted)
    for rule in (_inverted_pronoun, _speaker_after):
        got = rule(v)
        if got is not None:
            return got[0], k, got[1], "quotation_tag"
    if k + 1 == len(words):
        return PREVIOUS, k, None, "quotation_tag"
    return None


#: how many words a name before a colon and a quotation may hold
_COLON_NAME = 6
#: how many words a quotation set out under its speaker's name, with no colon, holds at least
_PULL_QUOTE = 5


def _colon_tag(doc: Document, words: tuple[Word, ...], lex: Lexicon) -> tuple[tuple[Word, ...], int, int | None, str] | None:
    """'Ann Doe: "We left at dawn."', "Le maire : « … »": a name (capitalised words, or a noun phrase of a
    role) that opens the sentence, then a colon and a quotation, speaks it; so does a person's name (two
    capitals first) and their role before a quotation of :data:`_PULL_QUOTE` words or more that ends the
    sentence, with no colon (a quotation set out under its speaker: 'Ann Doe Mayor of X "We left …"')."""
    quoted = _quoted(doc, words, lex)
    q = next((k for k, x in enumerate(quoted) if x), 0)
    if not 0 < q <= _COLON_NAME or any(_has_punct(doc, words[m - 1], words[m]) for m in range(1, q)):
        return None
    name = words[:q]
    if ":" not in doc.gap(words[q - 1], words[q]):
        pulled = len(words) - q >= _PULL_QUOTE and all(quoted[q:]) and len(name) >= 2 and name[0].capitalised \
            and name[1].capitalised and not any(_says(w, lex) or w.lemma in lex.predicates or w.key in lex.relatives - lex.determiners
                                                for w in name)
        return (name[:2], q - 1, None, "pull_quote") if pulled else None
    if all(w.capitalised for w in name) and name[0].key not in lex.pronouns | lex.markers_flat or _role(name, lex):
        return name, q - 1, None, "name_colon"
    return None


#: the marks that open an item of a list ("- 500 soldiers left X;", "• …")
_BULLETS = frozenset("-–—•*·▪")


def _lend_colon(doc: Document, explicit: list[str | None], lent: dict[int, str]) -> None:
    """'Ann Doe said:\n\n"We left at dawn. …"', "The ministry said:\n\nThe troops left X.": the sentence
    after one that ends with a colon takes that sentence's source (the rest of a quotation takes it in
    turn: :func:`_lend_quotations`, the rest of the paragraph: :func:`_lend_paragraphs`); so does each
    item of a list it introduces ("The ministry said:\n- 500 soldiers left X;\n- 200 went to Y.")."""
    introduced: int | None = None
    for k in range(1, len(doc.sentences)):
        item = doc.sentences[k].text[:1] in _BULLETS
        if explicit[k - 1] and doc.sentences[k - 1].text.rstrip().endswith(":"):
            introduced = k - 1
        elif not (item and introduced is not None and k - 1 in lent and doc.sentences[k - 1].text[:1] in _BULLETS):
            introduced = None
        if not explicit[k] and introduced is not None:
            explicit[k] = explicit[introduced]
            lent[k] = f"introduced by sentence {introduced + 1}"


def _verb_like(w: Word, lex: Lexicon) -> bool:
    """Whether a word in a quotation's tag may be its verb: lower-case, no determiner, pronoun,
    marker or relative."""
    return not w.capitalised and w.key not in lex.determiners | lex.pronouns | lex.markers_flat | lex.relatives


def _quoted(doc: Document, words: tuple[Word, ...], lex: Lexicon) -> list[bool]:
    """Per word of one sentence: does it stand inside a quotation? The marks are paired as the
    language pairs them; a closing mark with none open closes a quotation an earlier sentence
    opened (the words before it are quoted); a mark that both opens and closes (a straight '"',
    or German "“") closes after a word and opens after a space."""
    if not words:
        return []
    text, sent = doc.text, doc.sentences[words[0].sentence]
    if _quote_marks(lex.quotes).isdisjoint(text[sent.start : sent.end]):
        return [False] * len(words)  # no mark in the sentence: nothing below would change
    opens = {q[0]: q[1] for q in lex.quotes}
    closes = frozenset(q[1] for q in lex.quotes) | {'"'}
    out: list[bool] = []
    stack: list[str] = []
    cut = 0
    # only the marks act (any other character leaves the stack as it is), and no mark stands
    # inside a word: the marks are read in order, each before the first word after it
    n, last = 0, len(words)
    for p in _mark_positions(text, lex.quotes, sent.start, sent.end):
        c = text[p]
        while n < last and words[n].start <= p:
            out.append(bool(stack))
            n += 1
        after_word = p > sent.start and not text[p - 1].isspace()
        if stack and c == stack[-1]:
            stack.pop()
        elif c in closes and (after_word or c not in opens) and (p + 1 >= len(text) or not text[p + 1].isalnum()):
            if stack:
                stack.pop()  # a closing mark of another pair
            else:
                cut = n
        elif c in opens or c == '"':
            stack.append(opens.get(c, '"'))
    out += [bool(stack)] * (last - n)
    return [True] * cut + out[cut:]


def negated(words: tuple[Word, ...], i: int, lex: Lexicon) -> bool:
    """Whether a negation stands just before the verb at ``i`` (an auxiliary may come
    between; after a refusal, "declined to", only auxiliaries: "an official who declined to be identified told"),
    or where the verb comes second (German) just after it ("sagte nicht")."""
    if lex.verb_second and i + 1 < len(words) and (words[i + 1].key,) in lex.negations:
        return True
    by_last = _negations_by_last(lex)
    for end in range(max(0, i - 3), i):
        for ph in by_last.get(words[end].key, ()):  # (only the phrases that end with this word)
            k = end - len(ph) + 1
            if k >= 0 and tuple([w.key for w in words[k : end + 1]]) == ph \
                    and (len(ph) == 1 or all(w.lemma in lex.auxiliaries for w in words[end + 1 : i])):
                return True  # (a refusal, "declined to", negates the verb right after it, past auxiliaries only)
    return False


#: per language: the negation phrases by their last word, with the table they were made from
_NEGATIONS_BY_LAST: dict[str, tuple[tuple[tuple[str, ...], ...], dict[str, tuple[tuple[str, ...], ...]]]] = {}


def _negations_by_last(lex: Lexicon) -> dict[str, tuple[tuple[str, ...], ...]]:
    """``lex.negations`` by last word (:func:`negated` asks, of each of the three words before a
    verb, only the phrases that end with it), made once per language's table."""
    kept = _NEGATIONS_BY_LAST.get(lex.lang)
    if kept is None or kept[0] is not lex.negations:
        out: dict[str, list[tuple[str, ...]]] = {}
        for ph in lex.negations:
            out.setdefault(ph[-1], []).append(ph)
        kept = _NEGATIONS_BY_LAST[lex.lang] = (lex.negations, {k: tuple(v) for k, v in out.items()})
    return kept[1]


def _hedged(words: tuple[Word, ...], lex: Lexicon) -> bool:
    firsts = _firsts(lex, "hedge")
    keys = [w.key for w in words]
    for i, k in enumerate(keys):
        for ph in firsts.get(k, ()):
            if tuple(keys[i : i + len(ph)]) == ph:
                return True
    return False


def _is(w: Word, word: str) -> bool:
    """Whether a word is ``word``, as written (folded) or as its lemma."""
    return w.key == word or w.lemma == word


def _impersonal_words(doc: Document, words: tuple[Word, ...], quoted: list[bool], lex: Lexicon) -> frozenset[int]:
    """The positions of the words of impersonal reporting outside a quotation ("It is estimated
    that", "On estime que", "Es wird geschätzt", "Si stima che", "Estima-se que", "Se calcula
    que"): each word of a ``[attribution] impersonal`` phrase matched as written or as its lemma;
    and a verb of saying in the passive with no agent ("The toll was estimated at 50", "Fighting
    was reported in X": what is said is its subject, not who says it)."""
    if _none_of(doc, words, lex.say) and _none_of(doc, words, _first_words(lex, "impersonal")):
        return frozenset()  # no verb of saying, no word an impersonal phrase starts with
    firsts = _firsts(lex, "impersonal")
    out: set[int] = set()
    # (only a verb of saying or a word a phrase starts with does anything below)
    asked = _words_asked(lex)
    for i in [i for i, w in enumerate(words) if (w.key in asked or w.lemma in asked) and not quoted[i]]:
        w = words[i]
        if (w.lemma in lex.say or w.key in lex.say) and _passive(doc, words, i, lex) and _agent(doc, words, i, lex) is None:
            out.add(i)
        for ph in firsts.get(w.key, ()) + (firsts.get(w.lemma, ()) if w.lemma != w.key else ()):
            n = len(ph)
            if i + n <= len(words) and all(_is(words[i + k], ph[k]) and not quoted[i + k] for k in range(n)):
                if not any(_says(words[k], lex) and _agent(doc, words, k, lex) for k in range(i, i + n)):
                    out.update(range(i, i + n))  # (not "It was reported by the ministry that": the agent says it)
                break
    return frozenset(out)


#: per language: the verbs of saying and the first words of the impersonal phrases
_ASKED: dict[str, frozenset[str]] = {}


def _words_asked(lex: Lexicon) -> frozenset[str]:
    """The words :func:`_impersonal_words` acts on, as written or as lemmas: a verb of saying
    (``say``) or a word an ``impersonal`` phrase starts with."""
    if lex.lang not in _ASKED:
        _ASKED[lex.lang] = frozenset(lex.say) | frozenset(_firsts(lex, "impersonal"))
    return _ASKED[lex.lang]


def _impersonal(words: tuple[Word, ...], quoted: list[bool], lex: Lexicon, impersonal: frozenset[int]) -> bool:
    """"It is estimated that 2,000 people fled to X.", "Il semblerait que …", "Se calcula que …": a
    sentence that reports impersonally, naming no speaker, is the article's own, not the source named before."""
    return bool(impersonal)


def _unverified(words: tuple[Word, ...], quoted: list[bool], lex: Lexicon, impersonal: frozenset[int]) -> bool:
    """"Reuters was unable to verify the reports.", "Verifizieren lassen sich die Angaben nicht.": the
    outlet says what it could not check, in its own voice (the words of an ``[attribution] unverified``
    phrase in order, outside a quotation, other words between them)."""
    present: set[str] | None = None  # the words outside a quotation, as written and as lemmas
    for ph in lex.unverified:
        if present is None:
            present = {x for w, q in zip(words, quoted) if not q for x in (w.key, w.lemma)}
        if not present.issuperset(ph):
            continue  # a word of the phrase is not in the sentence: it cannot match
        k = 0
        for w, q in zip(words, quoted):
            if not q and _is(w, ph[k]):
                k += 1
                if k == len(ph):
                    return True
    return False


def _about_the_speaker(words: tuple[Word, ...], quoted: list[bool], lex: Lexicon, impersonal: frozenset[int]) -> bool:
    """"“It won't be safe anywhere,” said Ann Doe. She is heading to X.": a sentence with no source of
    its own that opens with a person's pronoun (``[attribution] person_pronouns``, outside a
    quotation) tells of that person in the article's voice; it is not in their words."""
    return bool(words) and not quoted[0] and words[0].key in lex.person_pronouns


#: why a sentence with no source of its own is the article's own voice, tried in order: such a
#: sentence is never lent the speaker of its paragraph, of the lead or of the sentence before
OWN_VOICE: tuple[tuple[str, Callable[[tuple[Word, ...], list[bool], Lexicon, frozenset[int]], bool]], ...] = (
    ("impersonal", _impersonal),
    ("unverified", _unverified),
    ("about_the_speaker", _about_the_speaker),
)
#: the basis each :data:`OWN_VOICE` rule gives
_VOICE_BASIS = {
    "impersonal": "the article itself: impersonal reporting names no source",
    "unverified": "the article itself: the outlet says what it could not verify",
    "about_the_speaker": "the article itself: the sentence tells of a person, not in their words",
    "own_outlet": "the article itself: the outlet names its own reporting as the source",
}


def _outlet_itself(ws: tuple[Word, ...], lex: Lexicon) -> bool:
    """Whether a source's words name the outlet itself ("our information", "nos informations", "este diario":
    an ``[attribution] own_outlet`` phrase, word for word): what it reports is in the article's own voice."""
    keys = [w.key for w in ws]
    return any(keys[k : k + len(ph)] == list(ph) for ph in lex.own_outlet for k in range(len(keys) - len(ph) + 1))


def _own_voice(words: tuple[Word, ...], quoted: list[bool], lex: Lexicon, impersonal: frozenset[int]) -> str | None:
    """The name of the first :data:`OWN_VOICE` rule that reads a sentence as the article's own."""
    return next((name for name, rule in OWN_VOICE if rule(words, quoted, lex, impersonal)), None)


@dataclass
class _Sources:
    """Per sentence: its own source (and the rule that named it), who denies, and where an
    inverted speaker's words end; and each name's words, to tell one entity's mentions."""

    own: list[str | None]
    rules: list[str]
    deniers: list[str | None]
    scopes: list[int | None]
    names: dict[str, tuple[Word, ...]]
    #: per sentence with no source of its own: why it is the article's own voice, never lent a
    #: source named before (a rule of :data:`OWN_VOICE`), else None
    voice: list[str | None]


def _trim(ws: tuple[Word, ...], lex: Lexicon) -> tuple[Word, ...]:
    """A speaker's name without the phrase after it that says where or when it spoke: "the
    mayor Ann Doe at a press conference" → "the mayor Ann Doe" (a marker after a capitalised
    word, and no capital after the marker: "the Office for Migration" stays whole); "Ann Doe on
    Monday", "le maire lundi", "el alcalde el lunes", "Hans Meier am Dienstag", "Ann Doe earlier" → the name (a day,
    or a marker before a time word); "die Polizei mit" → "die Polizei" (where nouns are
    capitalised, a lower-case word last after a noun is the verb's particle: "teilte ... mit"); "une
    mère de famille à sa sortie du bus" → "une mère de famille" (a marker before a possessive)."""
    for k in range(1, len(ws)):
        if ws[k - 1].capitalised and ws[k].key in lex.markers_flat and ws[k].key not in lex.of | lex.determiners | lex.name_links \
                and not any(w.capitalised for w in ws[k:]):
            return ws[:k]
        if k >= 2 and ws[k].key in lex.markers_flat | lex.of and k + 1 < len(ws) and ws[k + 1].key in lex.possessives:
            return ws[:k]  # "une mère à sa sortie du bus": when and where, not who
        if _day(ws[k]) or ws[k].key in lex.determiners and k + 1 < len(ws) and _day(ws[k + 1]) \
                or ws[k].key in lex.markers_flat - lex.determiners and _time_after(ws, k + 1, lex) \
                or ws[k - 1].capitalised and all(w.key in lex.time_words and not w.capitalised for w in ws[k:]):
            return ws[:k]
    if len(ws) > 1 and lex.nouns_capitalised and ws[-2].capitalised and not ws[-1].capitalised \
            and ws[-1].key not in lex.determiners | lex.of | lex.name_links:
        return ws[:-1]
    return ws


def _is_data(w: Word, lex: Lexicon, before: Word | None = None) -> bool:
    """Whether ``w`` names data a source published ("figures", "report"), not a word of a name
    after another capitalised one, ``before`` ("the Russian Information Agency"; where every noun
    is capitalised, capitals say nothing)."""
    in_name = w.capitalised and before is not None and before.capitalised and not lex.nouns_capitalised
    return (w.key in lex.data_nouns or w.lemma in lex.data_nouns) and not in_name


def _data_source(ws: tuple[Word, ...], lex: Lexicon) -> tuple[Word, ...]:
    """A source named by the data it published is that source: "figures from the WFP" → "the WFP",
    "a report by the agency" → "the agency", "les chiffres de l'ONU" → "l'ONU", "die Zahlen des UNHCR" → "des UNHCR", "the agency's figures" → "the agency", "the latest UN figures" → "UN" (from the first
    capital); data named by no source ("official figures") stay as they are."""
    k = next((k for k, w in enumerate(ws) if _is_data(w, lex, ws[k - 1] if k else None)), None)
    if k is None:
        return ws
    after = ws[k + 1 :]
    if after and (after[0].key in lex.of | lex.agent_markers or after[0].key in lex.markers_flat - lex.determiners):
        after = after[1:]
    elif not (after and after[0].key in lex.determiners and len(after) > 1):
        after = ()  # (a determiner after the noun is a genitive's: "die Zahlen des UNHCR")
    if after:
        return after
    before = ws[:k]
    if len(before) > 1 and before[-1].key == "s":
        return before[:-1]  # "the agency's figures"
    # (a capital that opens the phrase may only open the sentence: "Official figures show", unless all capitals: "UNHCR figures")
    first = next((m for m, w in enumerate(before) if w.capitalised and (m or len(w.text) > 1 and w.text.isupper())), None)
    return before[first:] if first is not None else ws


def _day(w: Word) -> bool:
    """Whether a word names a day ("Monday", "lundi", "gestern", "today")."""
    return w.key in WEEKDAYS or w.key in DAY_WORDS


def _time_after(ws: tuple[Word, ...], k: int, lex: Lexicon) -> bool:
    """Whether the words from ``k``, past determiners, open with a word of time ("am Dienstag",
    "on Monday", "in the evening", "nella serata")."""
    while k < len(ws) and ws[k].key in lex.determiners and ws[k].key not in lex.time_words:
        k += 1
    return k < len(ws) and (_day(ws[k]) or ws[k].key in MONTHS or ws[k].key in lex.time_words or _date_number(ws, k, lex))


def _date_number(ws: tuple[Word, ...], k: int, lex: Lexicon) -> bool:
    """Whether a number at ``k`` is a date's: a year, or a day before its month ("on 5 May", "el 5 de mayo"),
    not an age ("la joven de 20 años")."""
    if not ws[k].key.isdigit():
        return False
    rest = [w for w in ws[k + 1 : k + 3] if w.key not in lex.of]
    return len(ws[k].key) == 4 or not rest or rest[0].key in MONTHS


def _is_pronoun(ws: tuple[Word, ...], lex: Lexicon) -> bool:
    """Whether a speaker is a pronoun ("he said", "according to her") or no word at all (:data:`PREVIOUS`)."""
    return not ws or len(ws) == 1 and ws[0].key in lex.pronouns | lex.object_pronouns


def _data_speaker(doc: Document, words: tuple[Word, ...], lex: Lexicon, quoted: list[bool], impersonal: frozenset[int]) \
        -> tuple[tuple[Word, ...], int, int | None, str] | None:
    """"Data from the agency show …", "Les chiffres du HCR montrent …": the subject of a verb that data
    report with (``[attribution] data_verbs``) speaks when it is data a source published."""
    sp = _speaker(doc, words, lex, lex.data_verbs, quoted, impersonal)
    if sp is None or sp[3] != "subject_before" or _data_source(sp[0], lex) == sp[0]:
        return None  # (not data, or data that name no source: "official figures show")
    return sp[0], sp[1], sp[2], "data_show"


def _own_sources(doc: Document, lex: Lexicon, places: frozenset[int] = frozenset(), inside: list[bool] | None = None) -> _Sources:
    """Each sentence's own source, read in the sentence alone (a pronoun is the last source named;
    ``inside``: per sentence, whether it starts inside a quotation, :func:`_quote_walk`)."""
    out = _Sources([], [], [], [], {}, [])

    def name(ws: tuple[Word, ...]) -> str:
        ws = _trim(_data_source(ws, lex), lex)
        text = _words_text(doc, list(ws))
        out.names.setdefault(text, ws)
        return text

    for s in doc.sentences:
        words = _words_of(doc, lex, s.index)
        quoted = _quoted(doc, words, lex)
        impersonal = _impersonal_words(doc, words, quoted, lex)
        against = _contrary(doc, words, lex)  # ("contrary to claims by X": X is no source, X disputes)
        impersonal |= frozenset(range(against[0], against[2])) if against else frozenset()
        found = _according(doc, words, lex, impersonal)
        ours = found is not None and _outlet_itself(found, lex)  # "selon nos informations": the outlet's own
        found = None if ours else found
        rule = "according" if found else "article"
        sp = _speaker(doc, words, lex, lex.say, quoted, impersonal) or _quotation_tag(doc, words, lex, quoted) or _colon_tag(doc, words, lex) \
            or (None if found else _data_speaker(doc, words, lex, quoted, impersonal))
        if sp and _outlet_itself(sp[0], lex):
            sp, ours = None, True  # ("our correspondent reported")
        if found is not None and not (sp and sp[3] == "back_reference"):
            sp = None  # "according to X" names the source, unless "Lo denuncia Y, secondo quanto riferisce X": Y says it
        if sp and sp[3] == "speaker_after" and inside and inside[s.index] and all(w.lemma in lex.auxiliaries for w in words[: sp[1]]):
            sp = None  # ('"… Abbiamo comunicato la partenza …": inside a quotation, a verb opening the sentence is the speaker's own)
        out.scopes.append(sp[2] if sp else None)
        if sp:
            found, rule = sp[0], sp[3]
        elif found is None and impersonal:
            found = _impersonal_source(doc, words, lex, impersonal) or None
            rule = "source_from" if found else rule
        if found is None and not ours:
            found = _claim_owner(doc, words, lex) or None
            rule = "claim_owner" if found else rule
        named = [x for x in out.own if x]
        who: str | None = None
        if found is not None and _is_pronoun(found, lex):
            introduced = _introduced(doc, s.index, lex, out.own, bool(found) and found[0].key in lex.person_pronouns, places)
            if introduced:
                who, rule = name(introduced), rule + "+introduced"
            elif named:
                who, rule = named[-1], rule + "+pronoun"
            else:
                subject = _previous_subject(doc, s.index, lex)
                who, rule = (name(subject), rule + "+subject") if subject else (None, "article")
        elif found is not None:
            who = name(found)
        voice = None if found is not None else ("own_outlet" if ours else _own_voice(words, quoted, lex, impersonal))
        out.own.append(who)
        out.rules.append(voice or rule)
        out.voice.append(voice)
        den = None if against else _speaker(doc, words, lex, lex.deny)
        denier: str | None = _words_text(doc, list(words[against[1] : against[2]])) if against else None
        if den is None and not against and (not doc.vocabulary(s.index).isdisjoint(lex.deny) or _split_verbs(doc, words, lex, "deny_split")):
            denier = who or "someone in the article"
        elif den is not None and _is_pronoun(den[0], lex):
            named = [x for x in out.own if x]  # this sentence's own source too
            denier = named[-1] if named else (den[0][0].text if den[0] else None)
        elif den is not None:
            denier = name(den[0])
        out.deniers.append(denier)
    return out


#: how many sentences back a person introduced by name is what a pronoun speaker stands for
_INTRODUCED_BACK = 2


def _introduced(doc: Document, k: int, lex: Lexicon, own: list[str | None], person: bool = False,
                places: frozenset[int] = frozenset()) -> tuple[Word, ...]:
    """The person a pronoun speaker of sentence ``k`` stands for when a sentence just before it,
    more recent than the last source named, opens by introducing someone by name and an
    apposition ("Ann Doe, 34, left with her children. … she said.") or what they are ("Ann Doe is a
    nurse. … she said."), or by their role and name (:func:`_role_then_name`: "A nurse, Ann Doe, left …",
    the role with the name): two to four capitalised words that open the sentence, then a comma or
    :func:`_says_who`; for a pronoun of a person (``person``: "she", "er"), any verb after the name
    ("Ann Doe fled with her sons. … she said."), when the name is no place (``places``: where the
    article's places start)."""
    for b in range(k - 1, max(-1, k - 1 - _INTRODUCED_BACK), -1):
        if own[b]:
            return ()  # a source named since: the pronoun is theirs
        who = _introduces(doc, b, lex, person, places)
        if who:
            return who
    return ()


def _introduces(doc: Document, b: int, lex: Lexicon, person: bool, places: frozenset[int]) -> tuple[Word, ...]:
    """The person sentence ``b`` opens by introducing (:func:`_introduced`), else nothing."""
    words = _words_of(doc, lex, b)
    first = int(person and bool(words) and words[0].key in lex.clause_breaks)  # "After Ann Doe left X, she …"
    m = _name_run_end(words, first, 5, lex)
    if 2 <= m - first <= 4 and m < len(words) and (not first and "," in doc.gap(words[m - 1], words[m]) or _says_who(words, m, lex)
                                                   or person and _opens_with_person(doc, words[first:], m - first, places)):
        return words[first:m]
    m = _role_then_name(doc, words, lex, places)
    return words[:m] if m else ()


def _name_run_end(words: tuple[Word, ...], start: int, most: int, lex: Lexicon) -> int:
    """Where the run of capitalised words that starts at ``start`` ends (at most ``most`` words;
    an article, a pronoun or a marker is no part of a name)."""
    m = start
    while m < min(len(words), start + most) and words[m].capitalised and words[m].key not in lex.determiners \
            and words[m].key not in lex.pronouns and words[m].key not in lex.markers_flat:
        m += 1
    return m


def _role_then_name(doc: Document, words: tuple[Word, ...], lex: Lexicon, places: frozenset[int]) -> int:
    """"A teacher from Idlib, Sami Khoury, fled in April.": a role (a determiner first: :func:`_role`) that opens
    the sentence, then a name of two to four capitalised words set off by commas, no place: where the name ends, else 0."""
    c = next((k for k in range(1, min(len(words), 9)) if "," in doc.gap(words[k - 1], words[k])), 0)
    if not c or words[0].key not in lex.determiners or not _role(words[:c], lex):
        return 0
    m = _name_run_end(words, c, 4, lex)
    named = 2 <= m - c <= 4 and m < len(words) and "," in doc.gap(words[m - 1], words[m])
    return m if named and all(w.start not in places for w in words[c:m]) else 0


def _opens_with_person(doc: Document, words: tuple[Word, ...], m: int, places: frozenset[int]) -> bool:
    """Whether the name of the words before ``m`` is the subject of a verb after it: no punctuation, a
    lower-case word next, and none of the name's words a place ("South Sudan has …" names no person)."""
    return not _has_punct(doc, words[m - 1], words[m]) and not words[m].capitalised and all(w.start not in places for w in words[:m])


def _says_who(words: tuple[Word, ...], m: int, lex: Lexicon) -> bool:
    """Whether the words at ``m``, after a name, say who the person is: an auxiliary (the copula) and an
    indefinite or a number ("Ann Doe is a nurse", "Ana Ruiz es una maestra", "Ann Doe is 34")."""
    return m + 1 < len(words) and words[m].lemma in lex.auxiliaries and (words[m + 1].key in lex.indefinites or words[m + 1].key.isdigit())


def _previous_subject(doc: Document, k: int, lex: Lexicon) -> tuple[Word, ...]:
    """What a pronoun speaker of sentence ``k`` stands for when no source is named before it: the noun phrase
    that opens the sentence before, in its paragraph ("The ministry published its figures. …, it said."): a
    determiner and one to three words, up to an auxiliary or an inflected lower-case word (its lemma differs
    from it: the verb); else nothing."""
    if k == 0 or doc.sentences[k - 1].paragraph != doc.sentences[k].paragraph:
        return ()
    words = _words_of(doc, lex, k - 1)
    if not words or words[0].key not in lex.determiners - lex.pronouns:
        return ()
    m = 1
    while m < min(len(words), 5) and not _has_punct(doc, words[m - 1], words[m]) and words[m].lemma not in lex.auxiliaries \
            and (words[m].capitalised or words[m].lemma == words[m].key) and words[m].key not in lex.markers_flat | lex.relatives:
        m += 1
    if 2 <= m <= 4 and m < len(words) and not words[m].capitalised \
            and (words[m].lemma in lex.auxiliaries or words[m].lemma != words[m].key):
        return words[:m]
    return ()


def _content(ws: tuple[Word, ...], lex: Lexicon) -> tuple[Word, ...]:
    """A name's words without its determiners: "la OIM" → "OIM"."""
    return tuple(w for w in ws if w.key not in lex.determiners)


#: how many letters a word of a longer name may add to a common noun of a shorter one and still be
#: that noun ("monitor" in "monitoring", "governor" in "governors"; not "state" in "statement")
_ENDING = 3


def _same_word(short: Word, long: Word) -> bool:
    """Whether ``long`` is the word ``short``, or ``short`` a common noun with an ending added
    ("monitor", "monitoring": "a monitor" is the later "monitoring organisation"; a name must match
    whole: "Libya" is not "Libyan")."""
    a, b = short.key, long.key
    return a == b or not short.capitalised and len(a) >= 4 and b.startswith(a) and len(b) - len(a) <= _ENDING


def _contains(long: tuple[Word, ...], short: tuple[Word, ...], lex: Lexicon) -> bool:
    """Whether ``short`` runs word for word inside ``long`` ("the ministry" in "the Defence Ministry"),
    not as its possessor ("Libya" in "Libya's navy", "l'ONU" in "la porte-parole de l'ONU") nor as one of
    two coordinated speakers."""
    n = len(short)
    if not 0 < n < len(long) or any(w.key in lex.coordinators for w in long):
        return False
    return any(all(_same_word(a, b) for a, b in zip(short, long[k : k + n])) and [w.key for w in long[k + n : k + n + 1]] != ["s"]
               and not (k and long[k - 1].key in lex.of) for k in range(len(long) - n + 1))


def _acronym(long: tuple[Word, ...], short: tuple[Word, ...], lex: Lexicon) -> bool:
    """Whether ``short`` is an acronym of ``long``: "OIM" and "Organización Internacional para las Migraciones"
    (the initials of its capitalised words, or of all its words but determiners and prepositions: "OIM" and
    "l'Organisation internationale pour les migrations")."""
    ws = [w for w in short if w.key not in lex.determiners]
    if not (len(ws) == 1 and ws[0].text.isupper()) or any(w.key in lex.coordinators for w in long):
        return False  # (not one of two coordinated speakers: "the authorities and the Organization for Migration")
    caps = "".join(w.text[0] for w in long if w.capitalised and w.key not in lex.determiners)
    initials = "".join(w.text[0].upper() for w in long if w.key not in lex.determiners | lex.markers_flat | lex.of)
    return len(ws[0].text) >= 2 and ws[0].text in {caps, initials}


def _refers_back(ws: tuple[Word, ...], lex: Lexicon) -> bool:
    """Whether a mention can only name a source named before it: a definite common noun ("the
    organisation", "la organización", "die Organisation"), whose content words are all lower-case
    (one noun where nouns are capitalised, no acronym); an indefinite ("a monitor") or a name may
    introduce what a later, longer mention names."""
    content = _content(ws, lex)
    common = not any(w.capitalised for w in content) or lex.nouns_capitalised and len(content) == 1 and not content[0].text.isupper()
    return bool(ws) and ws[0].key in lex.determiners - lex.indefinites and common


def _one_name(src: _Sources, lex: Lexicon) -> None:
    """One entity, one name across the article: a shorter mention contained in a longer one (a
    surname after a word of address: "Mme Doe", ``[attribution] honorifics``), or an acronym of it,
    takes the longer (the latest before it, else the only one after it, unless the shorter refers
    back: :func:`_refers_back`)."""
    order = list(src.names)
    # each name's content words and place in the order, worked out once (not for every pair)
    content = {m: _content(src.names[m], lex) for m in order}
    place = {m: k for k, m in enumerate(order)}
    canon: dict[str, str] = {}
    for n in sorted(order, key=lambda x: len(content[x])):
        ws, key = src.names[n], content[n]
        while len(key) > 1 and key[0].key in lex.honorifics:
            key = key[1:]  # ("Mme Doe": the surname)
        longer = [m for m in order if m != n and (_contains(content[m], key, lex) or _acronym(src.names[m], ws, lex))]
        before = [m for m in longer if place[m] < place[n]]
        if before or len(longer) == 1 and not _refers_back(ws, lex):
            canon[n] = (before or longer)[-1]

    def final(n: str) -> str:
        while n in canon:
            n = canon[n]
        return n

    for seq in (src.own, src.deniers):
        for k, name in enumerate(seq):
            if name is not None and name in src.names:
                seq[k] = final(name)


#: how many words before a name, and after it, may describe the person it names ("the nurse Ann Doe",
#: "Ann Doe, 34, a mother of three from X")
_DESCRIBED_BEFORE, _DESCRIBED_AFTER = 5, 8
#: how many words a description of a speaker holds at most ("la mère de famille de 52 ans")
_DESCRIPTION = 8


def _description(ws: tuple[Word, ...], lex: Lexicon) -> tuple[Word, ...]:
    """What a speaker named by a definite description says of them ("the 34-year-old" → 34, "la joven de
    20 años" → 20, "the mother of three" → mother, three, "the spokesman" → spokesman): its numbers, else
    its words but determiners and prepositions ("il 41enne" → 41); nothing when the speaker is named ("the mayor Ann Doe",
    "the UN"), new to the story ("a nurse") or a group of the movers (``[grammar] actor_nouns``: "the militants")."""
    if not 1 < len(ws) <= _DESCRIPTION or ws[0].key not in lex.determiners - lex.indefinites:
        return ()
    content = tuple(w for w in ws[1:] if w.key not in lex.determiners | lex.of | lex.markers_flat and w.key != "s")
    if any(w.capitalised for w in content) and not lex.nouns_capitalised \
            or any(a.capitalised and b.capitalised for a, b in zip(content, content[1:])) \
            or any(w.key in lex.actor_nouns or w.lemma in lex.actor_nouns for w in content):
        return ()  # (named, or a group that moves, not one person: "the militants", "die Soldaten")
    return tuple(w for w in content if _number(w)) or content


def _number(w: Word) -> str:
    """The number a word opens with ("34", "41enne" → "41"), else ''."""
    return w.key[: next((k for k, c in enumerate(w.key) if not c.isdigit()), len(w.key))]


def _name_runs(doc: Document, words: tuple[Word, ...], lex: Lexicon) -> list[tuple[int, int]]:
    """Where two to four capitalised words in a row name someone (no determiner, pronoun or marker among them)."""
    no_name = lex.determiners | lex.pronouns | lex.markers_flat
    runs, i = [], 0
    while i < len(words):
        j = i
        while j < len(words) and words[j].capitalised and words[j].key not in no_name and (j == i or not _has_punct(doc, words[j - 1], words[j])):
            j += 1
        if 2 <= j - i <= 4:
            runs.append((i, j))
        i = max(j, i + 1)
    return runs


def _described_before(doc: Document, k: int, need: tuple[Word, ...], lex: Lexicon) -> str | None:
    """The name, in a sentence before ``k`` (the nearest), that the words ``need`` describe: each of them
    stands just before the name or in the words after it, within its sentence ("Ann Doe, 34, a nurse")."""
    for b in range(k - 1, -1, -1):
        words = _words_of(doc, lex, b)
        for i, j in reversed(_name_runs(doc, words, lex)):
            m = i  # (back across the comma of an apposition: "the spokesman for the ministry, Ann Doe,")
            while m > 0 and i - m < _DESCRIBED_BEFORE and (not _has_punct(doc, words[m - 1], words[m])
                                                           or m == i and doc.gap(words[m - 1], words[m]).strip() == ","):
                m -= 1
            near = words[m:j + _DESCRIBED_AFTER]
            if all(any(_describes(n, w) for w in near) for n in need):
                run = list(words[i:j])
                while len(run) > 2 and any(_describes(n, run[0]) for n in need):
                    run.pop(0)  # "Ministeriumssprecher Ben Roe" → "Ben Roe"
                return _words_text(doc, run)
    return None


#: how many letters the last word of a description must have to be the head of a compound ("Sprecher", "Ministeriumssprecher")
_COMPOUND_HEAD = 5


def _describes(n: Word, w: Word) -> bool:
    """Whether the word ``w`` said of someone is the word ``n`` of a description: the same number, the same
    word (:func:`_same_word`), or the head a compound ends with ("Sprecher" in "Ministeriumssprecher")."""
    if _number(n):
        return _number(n) == _number(w)
    return _same_word(n, w) or len(n.key) >= _COMPOUND_HEAD and w.key.endswith(n.key)


def _described(doc: Document, src: _Sources, lex: Lexicon) -> None:
    """"The 34-year-old said", "la joven de 20 años contó", "der 45-Jährige sagte", "the spokesman said": a
    speaker named by what the article said of someone before is that person, by the name given then."""
    found: dict[str, str | None] = {}
    for seq in (src.own, src.deniers):
        for k, name in enumerate(seq):
            if name is None or name not in src.names:
                continue
            if name not in found:
                need = _description(src.names[name], lex)
                found[name] = _described_before(doc, k, need, lex) if need else None
            seq[k] = found[name] or name


def _quotes(doc: Document, k: int, inside: list[bool], lex: Lexicon) -> bool:
    """Whether sentence ``k`` quotes its speaker: it goes on with a quotation, or holds one of at least
    :data:`_PULL_QUOTE` words (a word or two in quotation marks is no quotation: 'the army had "abandoned" it')."""
    return inside[k] or sum(_quoted(doc, _words_of(doc, lex, k), lex)) >= _PULL_QUOTE


def _lead_source(doc: Document, own: list[str | None]) -> tuple[tuple[str, str] | None, int]:
    """The article's lead source (the first named in its first body sentences) and where."""
    body = (k for k in range(len(doc.sentences)) if not _is_title(doc, k))  # (read as far as the lead goes)
    for k in islice(body, _LEAD_SENTENCES):
        who = own[k]
        if who:
            return (who, f"lead source of the article (sentence {k + 1})"), k
    return None, 0


def _lend_back(doc: Document, src: _Sources, explicit: list[str | None], lent: dict[int, str], lex: Lexicon) -> None:
    """"Lo ha confermato il sindaco.": a speaker who says "this" says the sentence before too
    (in the same paragraph, or the previous paragraph's last when "this" opens a paragraph:
    "Así lo denunció la alcaldesa, …" after the lead; when it has no source of its own); so does the
    agent of a passive whose subject is "this" or the news ("The information was confirmed by the police")."""
    for k in range(1, len(doc.sentences)):
        opens = _opens_with_back_reference(_words_of(doc, lex, k), lex)
        if (src.rules[k] == "back_reference" or src.rules[k] == "passive_agent" and opens) and explicit[k] and not explicit[k - 1] \
                and (doc.sentences[k].paragraph == doc.sentences[k - 1].paragraph or opens):
            explicit[k - 1] = explicit[k]
            lent[k - 1] = f"named as the source of this in sentence {k + 1}"


def _opens_with_back_reference(words: tuple[Word, ...], lex: Lexicon) -> bool:
    """Whether a sentence's words open with a word for the statement ("Así lo …", "C'est ce
    qu'…", "Das bestätigte …")."""
    return any(tuple(w.key for w in words[: len(ph)]) == ph for ph in lex.back_references)


def _lend_quotations(doc: Document, inside: list[bool], explicit: list[str | None], lent: dict[int, str], group: list[int]) -> None:
    """A sentence inside a quotation takes the speaker the quotation is given to (read from the
    paragraph's end back: a quotation of five sentences whose tag follows the last gives each
    sentence the next one's speaker; ``group``: per sentence its paragraph, or the first of the
    paragraphs a quotation runs over)."""
    for k in range(len(doc.sentences) - 1, -1, -1):
        if explicit[k] or not inside[k]:
            continue
        same = [j for j in range(k + 1, min(k + 4, len(doc.sentences))) if group[j] == group[k]]
        # a later sentence speaks for the quotation when it too starts inside it (its tag: '… we left," she said.'),
        # not once the quotation has closed ('"… we left." The army said …')
        later = [j for j in same if explicit[j] and all(inside[m] for m in range(k + 1, j + 1))]
        earlier = [j for j in range(k - 1, -1, -1) if group[j] == group[k] and explicit[j]]
        if later or earlier:
            j = (later or earlier)[0]
            explicit[k] = explicit[j]
            lent[k] = f"inside a quotation given to this source in sentence {j + 1}"


def _lend_introduced(doc: Document, lex: Lexicon, explicit: list[str | None], lent: dict[int, str], places: frozenset[int]) -> set[int]:
    """"Ana Ruiz is a teacher from X. «We walked to Y for three days.»": a sentence that is all a quotation, with
    no speaker of its own or tag, is the words of the person a sentence just before it introduces by name
    (:func:`_introduced`, as for a pronoun of a person; no source named since); opening a paragraph, of the
    speaker the sentence before names ("Ana Ruiz described the crossing.\n\n«We walked to Y.»": a change of
    speaker would be named); a quotation that opens a paragraph with no one introduced before it, of the person
    the next sentence introduces, when that has no source of its own (a quotation set first: "«We walked to Y.»
    \n\nAna Ruiz, 34, lost her house …"); the sentences it lends to."""
    out: set[int] = set()
    for k in range(len(doc.sentences)):
        if explicit[k]:
            continue
        words = _words_of(doc, lex, k)
        if not words or not all(_quoted(doc, words, lex)):
            continue
        if k and explicit[k - 1] and k - 1 not in lent and _opens_paragraph(doc, k):
            explicit[k] = explicit[k - 1]
            lent[k] = "a quotation after the sentence that introduces its speaker"
            out.add(k)
            continue
        person = _introduced(doc, k, lex, explicit, True, places)
        if not person and _opens_paragraph(doc, k) and k + 1 < len(doc.sentences) and not explicit[k + 1] \
                and not _quoted(doc, _words_of(doc, lex, k + 1), lex)[0]:
            person = _introduces(doc, k + 1, lex, True, places)  # ("«We walked to Y.»\n\nAna Ruiz, 34, lost her house …")
        if person:
            explicit[k] = _words_text(doc, list(_trim(person, lex)))
            lent[k] = "a quotation after the sentence that introduces its speaker"
            out.add(k)
    return out


def _opens_paragraph(doc: Document, k: int) -> bool:
    """Whether sentence ``k`` is the first of its paragraph."""
    return k == 0 or doc.sentences[k - 1].paragraph != doc.sentences[k].paragraph


def _lend_paragraphs(doc: Document, own: list[str | None], explicit: list[str | None], lent: dict[int, str],
                     lead: tuple[str, str] | None, voice: list[bool], rules: list[str]) -> None:
    """The rest of a paragraph goes on in the voice of the speaker it names, up to a sentence in
    the article's own voice (:data:`OWN_VOICE`); a source named by "according to" speaks for its
    own sentence only ("Selon X, …": an adjunct of that sentence, not a verb that opens speech)."""
    for k in range(1, len(doc.sentences)):
        if not explicit[k] and not voice[k] and explicit[k - 1] and doc.sentences[k].paragraph == doc.sentences[k - 1].paragraph:
            first = k - 1
            while first in lent and first > 0:
                first -= 1
            if _ACCORDING_OWN_SENTENCE and rules[first] == "according":
                continue
            explicit[k] = explicit[k - 1]
            lent[k] = (lead[1] if lead and lead[0] == explicit[k] and own[first] == lead[0] and lead[1].endswith(f"(sentence {first + 1})")
                       else f"the paragraph goes on in the voice of the source named in sentence {first + 1}")


#: how many paragraphs back a sentence in the mood of reported speech finds its speaker
_REPORTED_PARAGRAPHS = 2


def _lend_reported_speech(doc: Document, lex: Lexicon, explicit: list[str | None], lent: dict[int, str],
                          voice: list[bool]) -> set[int]:
    """"Der Bürgermeister sagte, die Straße sei offen.\n\nDie Familien seien nach X gefahren.": a
    sentence with no source of its own in the mood of reported speech (``[attribution]
    reported_speech``, outside a quotation) goes on in the voice of the last source named before
    it, up to :data:`_REPORTED_PARAGRAPHS` paragraphs back; the sentences it lends to. ``voice``: per
    sentence, whether it speaks for itself (the article's own voice, or a denial: "Die Regierung
    bestritt, dass die Truppen abgezogen seien" — the mood is the denial's, not a speaker's before)."""
    out: set[int] = set()
    if not lex.reported_speech:
        return out
    for k, s in enumerate(doc.sentences):
        if explicit[k] or voice[k]:
            continue
        words = _words_of(doc, lex, k)
        quoted = _quoted(doc, words, lex)
        if not any(w.key in lex.reported_speech and not q for w, q in zip(words, quoted)):
            continue
        j = next((j for j in range(k - 1, -1, -1) if explicit[j] or voice[j]), None)
        if j is not None and explicit[j] and s.paragraph - doc.sentences[j].paragraph <= _REPORTED_PARAGRAPHS:
            explicit[k] = explicit[j]
            lent[k] = f"reported speech: goes on in the voice of the source of sentence {j + 1}"
            out.add(k)
    return out


def attribute(doc: Document, lex: Lexicon, source: str | None = None, places: frozenset[int] = frozenset()) -> list[Attribution]:
    """The :class:`Attribution` of every sentence of ``doc``; what the article states in its own
    voice is claimed by ``source`` (its outlet), else by the language's word for the article
    (``[attribution] article``: "l'article", "der Artikel"); ``places``: where the article's places
    start (a name that is a place introduces no speaker a pronoun stands for).

    >>> d = build_document("The convoy left the town, the governor said. He said it went north.", "en")
    >>> [a.claimant for a in attribute(d, load_lexicon("en"))]
    ['the governor', 'the governor']
    """
    if source is None:
        source = lex.article
    inside, continued = _quote_walk(doc, lex)
    src = _own_sources(doc, lex, places, inside)
    _one_name(src, lex)
    _described(doc, src, lex)
    own = src.own  # each sentence's own source, before quotations and paragraphs lend theirs
    explicit = list(own)
    #: where a sentence's source was named, when it is not the sentence itself
    lent: dict[int, str] = {}
    # (a person a pronoun speaker stands for speaks for that sentence, never as the article's lead source; nor does
    # the speaker of a quotation: their words are the quotation's, the report is not theirs)
    lead, lead_at = _lead_source(doc, [None if r.endswith("+introduced") or x and _quotes(doc, k, inside, lex) else x
                                       for k, (x, r) in enumerate(zip(own, src.rules))])
    _lend_back(doc, src, explicit, lent, lex)
    back = set(lent)
    inside = list(inside)
    # a quotation over several paragraphs: each paragraph that goes on with it is one with the paragraph before
    group = [s.paragraph for s in doc.sentences]
    for k in range(1, len(group)):
        if doc.sentences[k].paragraph in continued:
            group[k] = group[k - 1]
            inside[k] = inside[k] or doc.sentences[k - 1].paragraph != doc.sentences[k].paragraph
    voice = [bool(v) and not inside[k] for k, v in enumerate(src.voice)]
    #: the lead's source speaks up to the first sentence after it in the article's own voice
    lead_end = next((k for k in range(lead_at + 1, len(voice)) if voice[k]), len(voice))
    _lend_colon(doc, explicit, lent)
    introduced = _lend_introduced(doc, lex, explicit, lent, places)
    _lend_quotations(doc, inside, explicit, lent, group)
    quoted = set(lent) - back - introduced
    if _PARAGRAPH_SPEAKER:
        _lend_paragraphs(doc, own, explicit, lent, lead, voice, src.rules)
    reported = _lend_reported_speech(doc, lex, explicit, lent, [v or bool(d) for v, d in zip(voice, src.deniers)])
    out: list[Attribution] = []
    for s in doc.sentences:
        who = explicit[s.index]
        denier = src.deniers[s.index]
        if who:
            claimant, basis, exp = who, lent.get(s.index, "attributed in this sentence"), s.index not in lent
            rule = src.rules[s.index] if exp else "back_reference" if s.index in back else "quotation" if s.index in quoted \
                else "introduced_quotation" if s.index in introduced \
                else "reported_speech" if s.index in reported else "paragraph"
        elif voice[s.index]:
            claimant, basis, exp, rule = source, _VOICE_BASIS[src.rules[s.index]], False, src.rules[s.index]
        elif lead and s.paragraph - doc.sentences[lead_at].paragraph <= _LEAD_PARAGRAPHS and s.index < lead_end:
            claimant, basis, exp, rule = lead[0], lead[1], False, "lead"
        else:
            claimant, basis, exp, rule = source, "no attribution in the text; the article itself", False, "article"
        denial_only = bool(denier) and (denier == own[s.index] or own[s.index] is None)
        scope = src.scopes[s.index] if who else None
        fallback = (source, "the article itself: the words after the speaker's name describe the speaker") if scope is not None else None
        ws = _words_of(doc, lex, s.index)
        hedged = not _none_of(doc, ws, _first_words(lex, "hedge")) and _hedged(ws, lex)  # (most sentences have no hedge's first word)
        out.append(Attribution(claimant, basis, exp, denier, denial_only, hedged, scope, fallback, rule))
    return out


@cache
def _quote_marks(quotes: tuple[str, ...]) -> frozenset[str]:
    """Every character :func:`_quoted` and :func:`_inside_quotes` act on: the language's
    opening and closing marks and the straight double quote (a sentence with none of them
    is read without walking its characters)."""
    return frozenset(q[0] for q in quotes) | frozenset(q[1] for q in quotes) | {'"'}


@cache
def _marks(quotes: tuple[str, ...]) -> tuple[str, ...]:
    """The characters :func:`_quoted` and :func:`_inside_quotes` act on (those of
    :func:`_quote_marks`: the language's marks and the straight double quote)."""
    return tuple(sorted({q[0] for q in quotes} | {q[1] for q in quotes} | {'"'}))


def _mark_positions(text: str, quotes: tuple[str, ...], start: int, end: int) -> list[int]:
    """Where a quotation mark of ``quotes`` (:func:`_marks`) stands in ``text[start:end]``, in
    order: found by ``str.find``, not by reading every character."""
    out: list[int] = []
    for c in _marks(quotes):
        p = text.find(c, start, end)
        while p != -1:
            out.append(p)
            p = text.find(c, p + 1, end)
    out.sort()
    return out


def _inside_quotes(doc: Document, lex: Lexicon) -> list[bool]:
    """Per sentence: does it start inside a quotation opened earlier in its paragraph? (:func:`_quote_walk`)"""
    return _quote_walk(doc, lex)[0]


def _quote_walk(doc: Document, lex: Lexicon) -> tuple[list[bool], frozenset[int]]:
    """Per sentence: does it start inside a quotation opened earlier in its paragraph? The
    marks are paired as the language pairs them (``[attribution] quotes``: German „…“ closes
    with the mark English opens with); a straight double quote opens and closes, and a
    closing mark closes whatever quotation is open. And the paragraphs that go on with a
    quotation the paragraph before left open, opening with its mark again (a quotation over
    several paragraphs closes only in its last)."""
    opens = {q[0]: q[1] for q in lex.quotes}
    closes = frozenset(q[1] for q in lex.quotes)
    out: list[bool] = []
    stack: list[str] = []
    para = -1
    continued: set[int] = set()
    for s in doc.sentences:
        if s.paragraph != para:
            if stack and (s.text[:1] in opens or s.text[:1] in ('"', stack[-1])):  # (Spanish goes on with "»")
                continued.add(s.paragraph)
            para, stack = s.paragraph, []
        if _quote_marks(lex.quotes).isdisjoint(s.text):
            out.append(bool(stack))  # no mark: it starts as it ends, inside a quotation or not
            continue
        starts = s.text[:1] in opens or s.text[:1] == '"'
        out.append(bool(stack) or (starts and not any(c in closes for c in s.text[1:]) and s.text.count('"') < 2))
        for n in _mark_positions(s.text, lex.quotes, 0, len(s.text)):  # (only a mark acts: the others are stepped over)
            c = s.text[n]
            if stack and c == stack[-1]:
                stack.pop()
            elif c in opens:
                stack.append(opens[c])
            elif c in closes and stack:
                stack.pop()  # a closing mark of another pair (a quotation opened with '"' closed with '”')
            elif c in closes and n and not (s.text[n + 1 : n + 2].isalnum()):
                # a closing mark with none open: the quotation opened unmarked earlier in the paragraph
                k = s.index - 1
                while k >= 0 and doc.sentences[k].paragraph == para and not out[k]:
                    out[k] = True
                    k -= 1
            elif c == '"':
                stack = [] if stack else ['"']
    return out, frozenset(continued)


def _is_title(doc: Document, k: int) -> bool:
    """A headline: a paragraph of one sentence that does not end as a sentence does."""
    s = doc.sentences[k]
    alone = all(o.paragraph != s.paragraph for o in doc.sentences if o.index != k)
    return alone and s.text.rstrip()[-1:] not in ".!?\"”»…'’"

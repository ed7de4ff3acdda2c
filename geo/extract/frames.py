"""Frames: movements and events read from the words of a :class:`~geo.text.document.Document`.

A *predicate* is a motion or event word found by lemma in the language's lexicon
(``geo/lexicon/<lang>.toml``), with its frame (depart, arrive, traverse, transfer, move;
or an event type) and the role its direct object fills. A *marker* (a preposition or case
marker: from, vers, nach, verso, para...) before a place gives that place a role and
attaches it to the nearest motion predicate before it in the same clause (else the first
after it), so that an earlier event word does not capture it. Places coordinated with a
place that has a role share it ("to X, Y or Z" gives three destinations).

Each motion predicate with places becomes one movement per origin × destination; a
movement with one end named is a movement (drawn as a point), not an event. A missing end
is taken from the previous movement only with that evidence, and listed in ``inferred``.
A sentence with a motion word that yields no movement is listed as unmapped, with why.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import islice
from operator import itemgetter
from typing import Any

from geo.extract.attribution import Attribution, attribute, carried_to, negated
from geo.extract.dates import DAY_WORDS, MONTHS, WEEKDAYS, TimeRef, calendar_words, find_time, number_words
from geo.extract.mentions import FREQUENT_ZIPF, LINKED, Mention
from geo.extract.parts import DIRECTIONS as COMPASS
from geo.extract.parts import STORY_AREA_SENTENCES
from geo.extract.setting import Setting, find_setting
from geo.extract.spatial import SpatialExpr, distance_km
from geo.gazetteer import Place, Places
from geo.lexicon import Lexicon, Predicate, load, table
from geo.records import Claim, Unmapped
from geo.schema import TENTATIVE
from geo.text import Sentence
from geo.text.document import Document, Word, lemma
from geo.text.frequency import zipf

_CLAUSE_PUNCT = (";", ":", " – ", " — ", " - ", "(", ")")
_LIST_PUNCT = set(",")
_HARD_PUNCT = set(".;:!?()\"“”«»„")
#: how far (in words) a weak marker or a location marker may stand from its predicate
#: (dev corpus, bench/dev_report.py: 5 → 48/99 movements at 84/92 precise; 7 → 49/99 at
#: 86/100; 9 → 49/99 at 88/104)
_NEAR = 5
#: how far (in words) a strong marker (from, towards, via) may stand from the verb before it
#: (dev corpus, bench/dev_report.py: 8 → 71/99 movements; 10 → 72/99 at 98/106 precise; 12, 15 or
#: 30 → 72/99 at 98/107)
_FAR = 10


@dataclass(frozen=True)
class _Pred:
    index: int  #: position of its first word in the sentence
    end: int  #: position of its last word
    clause: int
    entry: Predicate
    text: str


@dataclass
class _Slot:
    """A place span in a sentence, and the role the words give it."""

    pid: str
    first: int
    last: int
    start: int  #: character offsets
    end: int
    role: str | None = None
    pred: _Pred | None = None
    via: str = ""  #: the name of the rule that gave the role (see _SLOT_RULES, _MARKER_RULES, _PASSES)
    cue: str = ""  #: the marker or verb it read
    marker: str = ""  #: the kind of marker that gave it ("weak_goal", ...), if one did
    inferred_from: str | None = None


@dataclass
class _Move:
    pred: _Pred
    origins: list[_Slot] = field(default_factory=list)
    dests: list[_Slot] = field(default_factory=list)
    paths: list[_Slot] = field(default_factory=list)
    #: the end it lacks is stated in words that name no known place (see _end_opened_in_words)
    open_in_words: bool = False
    #: a destination reached after another of the same verb ("to X and then to Y"): Y's start is X
    onward: dict[str, str] = field(default_factory=dict)


def place_spans(mentions: list[Mention], spatial: list[SpatialExpr], kinds: Mapping[str, str]) -> list[tuple[int, int, str]]:
    """(start, end, place id) of every place a frame may use, areas replacing their anchors."""
    spans: list[tuple[int, int, str]] = []
    for m in mentions:
        # a later mention linked to a place found elsewhere is no new place in the sentence
        if m.not_place is None and m.form != LINKED and (m.form != "adjective" or kinds.get(m.place_id) == "border"):
            spans.append((m.start, m.end, m.place_id))
    for e in spatial:
        if e.relation in ("bank", "near", "offset", "inferred_border", "located", *COMPASS):
            spans = [sp for sp in spans if not (e.start <= sp[0] < e.end)]
            spans.append((e.start, e.end, e.area_id))
    # a border named by its adjectives ("the Syrian-Iraqi border") is a mention and a framed
    # span at once: one span, not two slots on the same words
    return sorted(set(spans))


@dataclass
class _Story:
    """What one sentence hands on to the next."""

    claims: list[Claim] = field(default_factory=list)
    unmapped: list[Unmapped] = field(default_factory=list)
    last_time: TimeRef | None = None  #: the date named last, and in which sentence
    last_time_sentence: int = -1
    last_place: str | None = None  #: the place named last (not inferred), and in which sentence
    last_place_sentence: int = -10
    last_town: tuple[str, int] | None = None  #: the last place named that is no area (country, region...), and in which sentence
    located: tuple[str, int, int] | None = None  #: where a sentence placed someone without moving them (place, sentence, paragraph)
    danger: tuple[str, int, int] | None = None  #: where a sentence placed fighting or a disaster, moving no one (place, sentence, paragraph)
    actor_keys: dict[str, frozenset[str]] = field(default_factory=dict)  #: an actor phrase's words (folded keys), articles aside
    last_area: dict[str, tuple[str, int]] = field(default_factory=dict)  #: the last country and region named, and where
    setting: Setting = field(default_factory=Setting)  #: where the article is set (geo/extract/setting.py)
    demonyms: Mapping[int, str] = field(default_factory=dict)  #: words naming a country's people, with the country
    open_in_words: set[tuple[int, str]] = field(default_factory=set)  #: (sentence, cue) of movements whose missing end is named in words
    named: dict[int, frozenset[str]] = field(default_factory=dict)  #: the places each sentence names as an end, path or event place
    anchors: dict[str, str] = field(default_factory=dict)  #: the place each derived area is built on ("the north of X": X)
    sides: dict[str, tuple[str, ...]] = field(default_factory=dict)  #: the two countries of each border place
    times_named: Counter[str] = field(default_factory=Counter)  #: how often the article names each place
    #: arrivals that name no end ("more arrive every day"), with the actor, the sentence's common fields and its unmapped entry
    open_arrivals: list[tuple[_Pred, str | None, dict[str, Any], Unmapped]] = field(default_factory=list)
    #: goings home that name no end ("they went home in 2005"), as open_arrivals
    open_homes: list[tuple[_Pred, str | None, dict[str, Any], Unmapped]] = field(default_factory=list)


@dataclass
class _Sentence:
    """One sentence as the passes and rules read it: its words, clauses, predicates and
    place slots (whose roles the passes fill)."""

    doc: Document
    span: Sentence
    words: tuple[Word, ...]
    clauses: list[int]
    lex: Lexicon
    kinds: dict[str, str]
    slots: list[_Slot] = field(default_factory=list)
    preds: list[_Pred] = field(default_factory=list)
    places: Places | None = None  #: the article's places (where a place lies: _lies_in)

    @property
    def index(self) -> int:
        return self.span.index


def extract_frames(
    doc: Document,
    mentions: list[Mention],
    spatial: list[SpatialExpr],
    gaz: Places,
    published: dt.date | None,
    source: str = "the article",
    demonyms: Mapping[int, str] | None = None,
) -> tuple[list[Claim], list[Unmapped]]:
    """Movements and events the document states, plus the motion sentences that cannot be drawn."""
    lex = load(doc.lang)
    kinds = {pid: p.kind for pid, p in gaz.places.items()}
    spans = place_spans(mentions, spatial, kinds)
    starts = [w.start for w in doc.words]
    attributions = attribute(doc, lex, source, frozenset(start for start, _, _ in spans))  # (a name that is a place introduces no speaker)
    story = _Story(setting=find_setting(doc, spans, kinds), demonyms=demonyms or {},
                   anchors={e.area_id: e.anchor for e in spatial},
                   sides={pid: tuple(p.countries) for pid, p in gaz.places.items() if p.kind == "border" and len(p.countries) == 2},
                   times_named=Counter(pid for _, _, pid in spans))
    for sent in doc.sentences:
        words = doc.words_of(sent.index)
        own_time = find_time(doc, sent.index, published)
        if own_time:
            story.last_time, story.last_time_sentence = own_time, sent.index
        if doc.repeated[sent.index] or not words:
            continue  # a repeated paragraph is one claim, not two
        s = _Sentence(doc, sent, words, [], lex, kinds, _slots(doc, words, spans, starts), places=gaz)
        _skip_leading_marker(doc, s.slots, words, lex, kinds)
        s.clauses = _clauses(doc, words, lex)
        s.preds = _predicates(words, s.clauses, lex, doc.lang, doc)
        s.preds = _with_boarding(words, s.clauses, lex, s.preds)
        s.preds = _with_go_be(s)
        for read in _PASSES:
            read(s, story)
        before = len(story.claims)
        _claim(s, story, gaz, _common(s, story, own_time, published, attributions[sent.index]), attributions[sent.index])
        _remember(s, story, before)
    return _unique(_story_ends(story.claims, story, gaz)), story.unmapped


def _common(s: _Sentence, story: _Story, own_time: TimeRef | None, published: dt.date | None, att: Attribution) -> dict[str, Any]:
    """What every claim of the sentence shares: its quote, claimant, date and status."""
    if own_time:
        time, time_basis = own_time, f"'{own_time.expression}' in this sentence: {own_time.basis}"
    elif story.last_time:
        time, time_basis = story.last_time, (
            f"no date in this sentence; carried from '{story.last_time.expression}' in sentence {story.last_time_sentence + 1}: "
            f"{story.last_time.basis}"
        )
    elif published:
        time = TimeRef(None, published, "", f"no date in the text; on or before publication ({published})")
        time_basis = time.basis
    else:
        time, time_basis = None, "no date in the text and no published date given"
    return dict(
        sentence=s.index, quote=s.span.text, quote_start=s.span.start, quote_end=s.span.end, claimant=att.claimant,
        claimant_basis=att.basis, time=time, time_basis=time_basis, hedged=att.hedged,
        status="disputed" if att.disputed_by else "claimed",
    )


def _claim(s: _Sentence, story: _Story, gaz: Places, common: dict[str, Any], att: Attribution) -> None:
    """The sentence's movements and events (with the ends inferred from the story), its
    negated movements and motion words without ends as unmapped, and a denial's dispute."""
    words, lex, kinds, claims = s.words, s.lex, s.kinds, story.claims
    moves = _moves(s.slots, s.preds, s)
    hazards = [mv for mv in moves if (mv.origins or mv.dests) and _hazard_moves(s, mv.pred)]
    reached = _hazard_reached(s, hazards)
    _flee_the_hazard(s, moves, hazards, reached)
    danger = _danger_before(s, story, reached)
    hazards += [mv for mv in moves if (mv.origins or mv.dests) and mv not in hazards and (_cargo_moves(s, mv.pred) or _state_moves(s, mv.pred))]
    actor, keys = _actor(words, lex, s.preds)
    if actor is not None:
        story.actor_keys[actor] = keys
    before = len(claims)
    for mv in moves:
        if not (mv.origins or mv.dests):  # only a path: the same actor's ends, if any
            _inherit_path_only(mv.pred, mv.paths, claims, common, actor, s.index, story.actor_keys)
    modal = {mv.pred.index: _modality(s, mv.pred) for mv in moves}
    for mv in hazards:
        # "The storm is expected to reach X", "la llegada del huracán a Y": no person moves
        story.unmapped.append(Unmapped(s.index, s.span.text, s.span.start, s.span.end,
                                       _why_unmapped(s, mv.pred), att.claimant))
    refused = [mv for mv in moves if (mv.origins or mv.dests) and mv not in hazards and negated(words, mv.pred.index, lex)]
    prevented = [mv for mv in moves if (mv.origins or mv.dests) and mv not in refused and modal[mv.pred.index] in _NOT_CLAIMED]
    for mv in refused:
        # "a train for Vienna that will not leave", "ils n'ont pas quitté X": no movement is claimed
        story.unmapped.append(Unmapped(s.index, s.span.text, s.span.start, s.span.end,
                                       f"a negated movement ('{mv.pred.text}'): nothing is claimed to move", att.claimant))
    for mv in prevented:
        # "they were prevented from reaching X", "ils ont refusé de quitter X": the move did not happen;
        # "we will either leave X or stay": the text leaves it open
        story.unmapped.append(Unmapped(s.index, s.span.text, s.span.start, s.span.end,
                                       _NOT_CLAIMED[modal[mv.pred.index] or "prevented"].format(mv.pred.text), att.claimant))
    refused += prevented + hazards
    # "they are crammed in Y after being told to leave X": where the sentence says they are now
    reported = not s.doc.vocabulary(s.index).isdisjoint(lex.say)  # (any(_says(w, lex) for w in words), in C)
    now_at = _where_they_are_now(s) if not reported else []
    located = story.located
    for mv in [mv for mv in moves if (mv.origins or mv.dests) and mv not in refused]:
        said = common
        if att.scope_end is not None and att.fallback and words[mv.pred.index].start > att.scope_end:
            # "..., said X, a dentist who took a week to reach Y": the article says that, not X
            said = {**common, "claimant": att.fallback[0], "claimant_basis": att.fallback[1]}
        where = located if located is not None and located[1] == s.index - 1 and located[2] == s.span.paragraph else None
        # "Some 2,500 are still in X and are waiting to head to Y": where this sentence
        # places them before the verb, in its clause, with no verb of saying between
        in_here = [sl for sl in s.slots if sl.role is None and sl.marker in ("location", "weak_goal") and sl.last < mv.pred.index
                   and _same_or_contrasted(s, s.clauses[sl.first], mv.pred.clause) and kinds.get(sl.pid) not in _NAMED_AREA_KINDS
                   and not any(_says(words[x], lex) for x in range(sl.last + 1, mv.pred.index))]
        if modal[mv.pred.index] is not None:
            said = {**said, "modality": modal[mv.pred.index]}
        mv.open_in_words = bool(mv.origins) != bool(mv.dests) and (_end_opened_in_words(s, mv) or _end_object_in_words(s, mv, story.demonyms)
                                                                   or _end_fronted_in_words(s, mv))
        if mv.open_in_words or (bool(mv.origins) != bool(mv.dests) and _end_in_words(s, mv)):
            story.open_in_words.add((s.index, mv.pred.text))
        ends = _EndRead(claims, gaz, s.index, [], [], where[0] if where else None, in_here[-1].pid if in_here else None,
                        now_at[0].pid if now_at else None, _refers_to_setting(s, story, mv, att),
                        None if any(sl.role == "origin" for sl in s.slots) else _mover_country(s, story, mv.pred, qualified=mv.pred.entry.frame in _PEOPLE_OF_FRAMES),
                        story.open_arrivals[-1][2]["sentence"] if story.open_arrivals else -1, keys if actor is not None else frozenset(),
                        story.actor_keys, _others_move(s, mv.pred), _border_crossed_from(s, story, gaz), lex.armed_nouns,
                        danger if mv.pred.entry.frame == "depart" else None, story.anchors)
        _emit_movements(mv, claims, gaz, said, actor, ends)
    for sl in s.slots:
        if sl.role == "event" and sl.pred is not None:
            claims.append(Claim(kind="event", event_type=sl.pred.entry.frame, place=sl.pid, cue=sl.pred.text, actor=actor,
                                rules=(sl.via,), **common))
    _ends_the_words_imply(s, story, gaz, before, common, actor, refused)
    motion = [p for p in s.preds if p.entry.kind == "motion"]
    if motion and not refused and not any(x.kind == "movement" for x in claims[before:]):
        story.unmapped.append(Unmapped(s.index, s.span.text, s.span.start, s.span.end, _why_unmapped(s, motion[0]), att.claimant))
        if motion[0].entry.frame in _ARRIVING_FRAMES and not any(sl.role for sl in s.slots) and _modality(s, motion[0]) is None \
                and not _marker_phrase_after(s, motion[0], ("goal", "weak_goal", "location"), motion[0].end) \
                and not _object_in_words(s, motion[0], "destination", story.demonyms):
            story.open_arrivals.append((motion[0], actor, common, story.unmapped[-1]))
        elif motion[0].entry.object != "origin" and _modality(s, motion[0]) is None and not any(sl.role for sl in s.slots) \
                and _home_after(s, motion[0]):
            story.open_homes.append((motion[0], actor, common, story.unmapped[-1]))
    _disputes(s, claims, before, att)


#: how many sentences back a speaker who says the same kind of move did not happen disputes a claim of it
_CONTRADICTS_BACK = 3


def _disputes(s: _Sentence, claims: list[Claim], before: int, att: Attribution) -> None:
    """The earlier claims this sentence disputes: "X denied the claim" disputes the previous sentence's;
    a speaker named in this sentence who says a move of the same kind did not happen ("The governor said
    the troops were pulling back. … the minister said they were not withdrawing but regrouping") disputes
    another speaker's claims of it up to :data:`_CONTRADICTS_BACK` sentences back."""
    if att.disputed_by and att.denial_only and len(claims) == before:
        for k, old in enumerate(claims[:before]):
            if old.sentence == s.index - 1 and old.status == "claimed":
                claims[k] = replace(old, status="disputed", notes=old.notes + (f"disputed by {att.disputed_by} (sentence {s.index + 1})",))
    frames = {p.entry.frame for p in s.preds if p.entry.kind == "motion" and (
        negated(s.words, p.index, s.lex) or any((w.key,) in s.lex.negations for w in s.words[p.index + 1 : p.end]))}  # ("zögen sich nicht zurück")
    if not (att.explicit and frames):
        return
    for k, old in enumerate(claims[:before]):
        if old.kind == "movement" and old.status == "claimed" and old.frame in frames and old.claimant != att.claimant \
                and s.index - old.sentence <= _CONTRADICTS_BACK:
            claims[k] = replace(old, status="disputed", notes=old.notes + (f"contradicted by {att.claimant} (sentence {s.index + 1})",))


def _ends_the_words_imply(s: _Sentence, story: _Story, gaz: Places, before: int, common: dict[str, Any], actor: str | None,
                         refused: list[_Move]) -> None:
    """The movements a verb of motion that names no end makes from what its words imply: home
    (:func:`_home_they_left`, :func:`_sent_home`) or the same journey again (:func:`_the_same_journey_again`)."""
    _home_they_left(s, story.claims, before, common, actor, gaz)
    _sent_home(s, story, story.claims, before, common, actor, refused)
    _the_same_journey_again(s, story.claims, before, common, actor, refused)


def _home_they_left(s: _Sentence, claims: list[Claim], before: int, common: dict[str, Any], actor: str | None, gaz: Places) -> None:
    """"Families who fled X in March have returned home", "les habitants évacués de X sont rentrés
    chez eux": a verb of going home (``[grammar] home_words``) that gives no movement of its own, in
    a sentence whose one movement leaves a place for nowhere named, goes back to that place
    (rule ``home_they_left``)."""
    mine = [c for c in claims[before:] if c.kind == "movement"]
    left = {c.origin for c in mine if c.origin and c.destination is None}
    if len(left) != 1 or any(c.destination for c in mine):
        return
    home = left.pop()
    for p in s.preds:
        if p.entry.kind == "motion" and p.entry.object != "origin" and _home_after(s, p) and _modality(s, p) is None \
                and not any(c.cue == p.text for c in mine):
            claims.append(_implied(p, actor, common, None, "home_they_left",
                                   f"destination: home, the place this sentence says they had left ({_name(gaz, home)})", destination=home))
            return


def _sent_home(s: _Sentence, story: _Story, claims: list[Claim], before: int, common: dict[str, Any], actor: str | None,
               refused: list[_Move]) -> None:
    """"Another 200 Venezuelans are to be repatriated next week", "120 Maliens ont été rapatriés":
    a verb of sending people home (``[grammar] home_verbs``) that gives no movement of its own ends
    in the country of its mover named by a demonym (rule ``home_of_the_mover``)."""
    if any(c.kind == "movement" for c in claims[before:]):
        return
    for p in s.preds:
        w = s.words[p.index]
        if p.entry.kind != "motion" or not (w.key in s.lex.home_verbs or w.lemma in s.lex.home_verbs) \
                or any(mv.pred is p for mv in refused) or (modality := _modality(s, p)) in _NOT_CLAIMED:
            continue
        home = _mover_country(s, story, p, qualified=True)
        if home is not None:
            claims.append(_implied(p, actor, common, modality, "home_of_the_mover", "destination: home, the country of the people sent there",
                                   destination=home))
            return


def _the_same_journey_again(s: _Sentence, claims: list[Claim], before: int, common: dict[str, Any], actor: str | None,
                            refused: list[_Move]) -> None:
    """"300 people were evacuated from X to Y on Monday. Another 200 were evacuated on Tuesday",
    "Weitere 60 sollen nächste Woche abgeschoben werden": a verb of motion that names no end, whose
    mover is a number with a word of more of the same (``[constructions] more_of_the_same``) before
    it in its clause, makes the journey of the latest movement of its frame again (both ends
    inferred; rule ``the_same_journey_again``)."""
    if any(c.kind == "movement" for c in claims[before:]) or any(sl.role for sl in s.slots):
        return
    words, lex = s.words, s.lex
    recent = [c for c in _recent(claims, s.index - 1) if c.origin and c.destination]
    for p in s.preds:
        if p.entry.kind != "motion" or any(mv.pred is p for mv in refused) or (modality := _modality(s, p)) in _NOT_CLAIMED:
            continue
        start = _clause_start(s, p)
        more = any(words[x].key in lex.more_of_the_same and any(words[y].key.isdigit() or words[y].key in number_words(lex.lang)
                                                              for y in (x - 1, x + 1) if start <= y < p.index)
                   for x in range(start, p.index))
        prev = next((c for c in recent if c.frame == p.entry.frame), None)
        if more and prev is not None:
            claims.append(_implied(p, actor, common, modality, "the_same_journey_again",
                                   f"more people of the journey in sentence {prev.sentence + 1}", prev.origin, prev.destination))
            return


def _implied(p: _Pred, actor: str | None, common: dict[str, Any], modality: str | None, rule: str, note: str,
             origin: str | None = None, destination: str | None = None) -> Claim:
    """The movement of ``p`` whose ends its words imply (home, the same journey again): each end
    given is listed in ``inferred``, the rule and its note said, the modality kept."""
    inferred = tuple(role for role, end in (("origin", origin), ("destination", destination)) if end)
    return Claim(kind="movement", origin=origin, destination=destination, cue=p.text, frame=p.entry.frame, actor=actor,
                 inferred=inferred, rules=(rule,), notes=(note,), **({**common, "modality": modality} if modality else common))


#: the modalities of a move that is not claimed, and the reason the unmapped record gives
_NOT_CLAIMED = {
    "prevented": "a movement the text says did not happen ('{}')",
    "undecided": "a movement the text leaves open as one side of a choice ('{}'): nothing is claimed to move",
}

#: how many words before its verb a word of modality may stand ("called on the residents of X to
#: leave": 6; German puts the modal second and the verb last: "mussten am Montag ihre Häuser verlassen")
_MODAL_REACH = 8


def _modality(s: _Sentence, p: _Pred) -> str | None:
    """How the text puts the move of ``p`` (``[modality]``): "were ordered to leave X" is
    ordered, "could reach X" possible, "called on them to leave X" demanded, "plan to go to
    X" planned, "were prevented from reaching X" prevented (it did not happen), "will either leave X
    or stay" undecided (a choice the text leaves open); None when it
    is stated as done. The nearest phrase before the verb in its clause decides; the search
    stops at another motion verb ("fled X and could reach Y": only the second is possible)
    and crosses a comma only to the phrase right before it ("aufgefordert, X zu verlassen")."""
    words, lex = s.words, s.lex
    comma = None  # the last word before the nearest comma crossed
    for e in range(p.index - 1, max(-1, p.index - 1 - _MODAL_REACH), -1):
        if s.clauses[e] != p.clause or any(q.entry.kind == "motion" and q.index <= e <= q.end for q in s.preds):
            break
        if comma is None and "," in s.doc.gap(words[e], words[e + 1]):
            comma = e
        if comma is not None and comma - e > 1:
            break  # "..., que ordenó el presidente de X, se trasladó": another clause's verb
        w = words[e]
        if e and w.capitalised and not lex.nouns_capitalised:
            continue  # "in May": a month, not "may"
        found = lex.modality.get(w.key, ()) + (lex.modality.get(w.lemma, ()) if w.lemma != w.key else ())
        for kind, ph in found:
            if _modal_phrase_at(s, p, e, ph):
                return None if kind == "done" else kind  # ("ont dû quitter X": they left)
    return _modal_after(s, p) if lex.object_before_verb else None


def _modal_after(s: _Sentence, p: _Pred) -> str | None:
    """Where the verb comes last, the modal verb right after it ("dass weitere nach X fliehen
    könnten", "die X verlassen wollen"): a one-word ``[modality]`` phrase, in its clause."""
    words, lex = s.words, s.lex
    for e in range(p.end + 1, min(p.end + 3, len(words))):
        if s.clauses[e] != p.clause:
            return None
        w = words[e]
        for kind, ph in lex.modality.get(w.key, ()) + (lex.modality.get(w.lemma, ()) if w.lemma != w.key else ()):
            if len(ph) == 1:
                return None if kind == "done" else kind
    return None


def _modal_phrase_at(s: _Sentence, p: _Pred, e: int, ph: tuple[str, ...]) -> bool:
    """Whether the ``[modality]`` phrase ``ph`` ends at word ``e``: its words in a row, or, where
    it holds "*", the words after it in a row and the words before it earlier in the clause of
    ``p``, within reach, with one word or more between ("blocked the families from leaving X",
    "empêché les familles de quitter X")."""
    words = s.words
    cut = ph.index("*") if "*" in ph else 0
    tail = ph[cut + 1:] if cut else ph
    k = e - len(tail) + 1
    if k < 0 or not all(words[k + x].key == tail[x] or words[k + x].lemma == tail[x] for x in range(len(tail))):
        return False
    if not cut:
        return True
    head = ph[:cut]
    first = max(0, p.index - 1 - _MODAL_REACH)
    return any(all(words[h + x].key == head[x] or words[h + x].lemma == head[x] for x in range(len(head)))
               and all(s.clauses[y] == p.clause for y in range(h, k))
               for h in range(first, k - len(head)))


#: why a hazard's move is no movement
_HAZARD_REASON = "what moves ('{}') is a storm, a fire, water or fighting, not people"
#: why the move of a thing or an animal sent or carried is no movement
_CARGO_REASON = "what moves ('{}') is a thing or an animal sent or carried, not people"
#: why the return or arrival of a state of things is no movement
_STATE_REASON = "what moves ('{}') is a state of things (life, calm, power), not people"
#: words a hazard's name may take before its verb ("the storm is expected to reach X")
_HAZARD_GAP = 4


def _hazard_moves(s: _Sentence, p: _Pred) -> bool:
    """Whether what moves at ``p`` is a hazard (``[constructions] hazard_nouns``): see :func:`_thing_moves`."""
    return _thing_moves(s, p, s.lex.hazard_nouns)


def _state_moves(s: _Sentence, p: _Pred) -> bool:
    """Whether what moves at ``p`` is a state of things (``[constructions] state_nouns``: "Normal
    life has returned to X", "La calma è tornata a Y"), as its subject: see :func:`_thing_moves`."""
    return _thing_moves(s, p, s.lex.state_nouns)


def _cargo_moves(s: _Sentence, p: _Pred) -> bool:
    """Whether what moves at ``p`` is a thing or an animal sent or carried (``[constructions]
    cargo_nouns``): as its subject ("The samples were sent to X", "Die Proben wurden nach X
    geschickt"; "..., so a parcel was then posted to X") or as the object right after a verb of sending or carrying, past its determiners
    and at most two other words ("they sent medical aid to Y", "ha inviato campioni a Y")."""
    words, lex = s.words, s.lex
    if _thing_moves(s, p, lex.cargo_nouns, one_after=False):
        return True
    # "..., so a parcel was then posted to X": the subject right before the verb's auxiliaries
    r = p.index - 1
    while r > 0 and (words[r].lemma in lex.auxiliaries or words[r].key in lex.auxiliaries):
        r -= 1
    if r < p.index - 1 and words[r].key in lex.cargo_nouns and r > 0 and words[r - 1].key in lex.determiners:
        return True
    if p.entry.frame != "transfer":
        return False
    named = {y for sl in s.slots for y in range(sl.first, sl.last + 1)}
    k = _past_determiners(words, p.end + 1, lex)
    for x in range(k, min(len(words), k + 3)):
        w = words[x]
        if x in named or s.clauses[x] != p.clause or w.key in lex.markers_flat or w.key in lex.actor_nouns:
            return False
        if w.key in lex.cargo_nouns:
            # "aid workers", "food trucks": the noun names the people or vehicles that move
            return x + 1 >= len(words) or words[x + 1].key not in lex.actor_nouns
    return False


def _thing_moves(s: _Sentence, p: _Pred, nouns: frozenset[str], one_after: bool = True) -> bool:
    """Whether what moves at ``p`` is one of ``nouns`` (hazards, cargo): the noun
    opening its clause, with only a name or an adjective, auxiliaries, words of modality and
    of time between it and the verb ("The storm is expected to reach X", "El huracán llegó a
    Y"), or the noun after "of" (or a genitive article) that follows the motion word ("the
    arrival of the cyclone in X", "a chegada do furacão", "Am Montag erreichte das Hochwasser X").
    A noun followed by one of the people or vehicles that move ("aid workers") is theirs; with
    ``one_after`` False no word may follow the noun but those of time, modality and auxiliaries (a
    cargo noun before another noun qualifies it: "aid lorries drove to X")."""
    words, lex = s.words, s.lex
    k = p.end + 1
    noun = p.index > 0 and words[p.index - 1].key in lex.determiners  # "the arrival", not "fled from"
    if k < len(words) and ((noun and words[k].key in lex.of) or (lex.genitive_article and words[k].key in lex.determiners)):
        k = _past_determiners(words, k + (words[k].key in lex.of), lex)
        if k < len(words) and _is_one_of(words[k], nouns, lex):
            return True
    x, skip = _clause_start(s, p), _opening_words(lex.lang)
    opened = x
    while x < p.index and (words[x].key in skip or len(words[x].key) < 2):
        x += 1
    fronted = next((sl for sl in s.slots if (sl.first == x + 1 and x < p.index and words[x].key in lex.markers_flat)
                    or (sl.first == x and x > opened and words[x - 1].key in lex.markers_flat)), None)
    if fronted is not None and fronted.last + 1 < p.index:
        x = fronted.last + 1  # ("A Conselice l'acqua ha raggiunto ...": where, set before the subject)
    # "Weil die Kämpfe andauerten, flohen viele nach X": the noun is the subject of the
    # subordinate clause a conjunction opens and a comma closes, not of the verb after it
    subordinate = any(words[y].key in lex.clause_breaks for y in range(opened, x))
    light = _light_words(lex)
    r = p.index - 1
    while r > 0 and words[r].key not in lex.relatives and (words[r].key in light or words[r].lemma in light):
        r -= 1
    if r > 0 and words[r].key in lex.relatives and _is_one_of(words[r - 1], nouns, lex):
        return True  # "les combats qui ont gagné X": the relative's antecedent moves
    if lex.object_before_verb and x + 2 < p.index and words[x + 1].key in lex.determiners:
        x += 1  # "dass die Kämpfe ... erreichen": a word that opens the clause, then its subject
    h = next((h for i in (x, x + 1) if i < p.index and (h := _noun_at(words, i, p.index, nouns, lex)) is not None), None)
    if h is None or p.index - h - 1 > _HAZARD_GAP or words[h + 1].key in lex.actor_nouns:
        return False
    named = {y for sl in s.slots for y in range(sl.first, sl.last + 1)}
    if subordinate and _punct_between(s, h, p.index, ","):
        return False
    if any(h < q.index < p.index for q in s.preds):
        return False  # another verb between: the noun is its subject, not this one's
    # one word may stand right after the noun: its name or an adjective ("Hurricane Irma", "la tormenta tropical");
    # where the verb comes last, its adverbs and object too ("dass die Kämpfe bald auch X erreichen")
    return all((k == 0 and one_after) or w.key in light or w.lemma in light
               or (lex.object_before_verb and (h + 1 + k in named or not w.capitalised))
               for k, w in enumerate(words[h + 1:p.index]))


def _is_one_of(w: Word, nouns: frozenset[str], lex: Lexicon) -> bool:
    """Whether ``w`` is one of ``nouns`` (hazards, cargo) — or, where a language writes compounds
    (``[grammar] compound_heads``), a compound that ends with one ("Sturmflut", "Hochwasserflutwelle")."""
    return w.key in nouns or (bool(lex.compound_heads) and any(len(w.key) >= len(h) + 3 and w.key.endswith(h) for h in nouns))


def _noun_at(words: tuple[Word, ...], i: int, stop: int, nouns: frozenset[str], lex: Lexicon) -> int | None:
    """The noun of ``nouns`` the noun phrase at ``i`` names: word ``i`` itself, or the one after
    "of" ("l'ondata di piena", "the wall of water"); else None."""
    if _is_one_of(words[i], nouns, lex):
        return i
    if i + 2 < stop and words[i + 1].key in lex.of:
        k = _past_determiners(words, i + 2, lex, stop)
        if k < stop and _is_one_of(words[k], nouns, lex):
            return k
    return None


def _hazard_reached(s: _Sentence, hazards: list[_Move]) -> list[_Slot]:
    """Where the sentence's hazard reached ("as the fighting reached X"), or where it places the
    fighting or the disaster ("the shelling of X", "floods in X"; ``[constructions] hazard_nouns``)."""
    return [sl for mv in hazards for sl in mv.dests] or [
        sl for sl in s.slots if sl.role == "event" and sl.pred is not None and s.words[sl.pred.index].key in s.lex.hazard_nouns]


def _danger_before(s: _Sentence, story: _Story, reached: list[_Slot]) -> str | None:
    """Where the sentence before, in the same paragraph, placed the fighting or the disaster
    (for :func:`where_the_danger_they_flee_was`); this sentence's is kept for the next one."""
    danger, story.danger = story.danger, (reached[0].pid, s.index, s.span.paragraph) if reached else None
    return danger[0] if danger is not None and danger[1] == s.index - 1 and danger[2] == s.span.paragraph else None


def _flee_the_hazard(s: _Sentence, moves: list[_Move], hazards: list[_Move], reached: list[_Slot]) -> None:
    """"As the fighting reached X, thousands fled to Y", "ont fui les combats qui ont gagné X":
    a departure of the sentence that names no start leaves where the hazard reached, or where
    the sentence places the fighting ("Cuando los combates llegaron a X, miles huyeron a Y"; rule
    ``where_the_hazard_reached``), a departure that named no place at all too."""
    if not reached:
        return
    taken = {mv.pred.index: mv for mv in moves}
    for p in s.preds:
        if p.entry.kind != "motion" or p.entry.frame != "depart" or any(p is mv.pred for mv in hazards):
            continue
        mv = taken.get(p.index)
        if mv is None:
            mv = _Move(p)
            moves.append(mv)
        if not mv.origins and not any(sl.pid == reached[0].pid for sl in mv.dests):
            mv.origins.append(replace(reached[0], role="origin", pred=p, via="where_the_hazard_reached"))
    moves.sort(key=lambda mv: mv.pred.index)


@cache
def _opening_words(lang: str) -> frozenset[str]:
    """The words that may open a clause before its subject: determiners, coordinators and
    every word of the phrases that open a clause (``clause_breaks``, ``contrast``: "alors que")."""
    lex = load(lang)
    return lex.determiners | lex.coordinators | frozenset(w for ph in lex.clause_breaks | lex.contrast for w in ph.split())


@cache
def _modality_words(lang: str) -> frozenset[str]:
    """Every word of the language's ``[modality]`` phrases ("expected", "to", "will")."""
    return frozenset(w for found in load(lang).modality.values() for _, ph in found for w in ph)


#: per language: its lexicon and the words of :func:`_light_words` made from it
_LIGHT_WORDS: dict[str, tuple[Lexicon, frozenset[str]]] = {}


def _light_words(lex: Lexicon) -> frozenset[str]:
    """The auxiliaries, time words and words of modality of ``lex`` as one set, made once per
    lexicon (:func:`_thing_moves` asks it of every verb whose mover it reads)."""
    kept = _LIGHT_WORDS.get(lex.lang)
    if kept is None or kept[0] is not lex:
        kept = _LIGHT_WORDS[lex.lang] = (lex, lex.auxiliaries | lex.time_words | _modality_words(lex.lang))
    return kept[1]


def _clause_start(s: _Sentence, p: _Pred) -> int:
    """The first word of the clause of ``p``."""
    return next(i for i in range(p.index + 1) if s.clauses[i] == s.clauses[p.index])


def _border_crossed_from(s: _Sentence, story: _Story, gaz: Places) -> str | None:
    """The country the story is set in (its dateline or lead place, or that place's country),
    when a crossing in the sentence has "the border" as its object with no side named
    ("franchi la frontière", "crossed the border", "überquerten die Grenze")."""
    words, lex = s.words, s.lex
    named = {x for sl in s.slots for x in range(sl.first, sl.last + 1)}
    for p in s.preds:
        # "the border" after the verb, a time phrase maybe between ("überquerten am Montag die Grenze")
        j = next((k for k in range(p.end + 2, min(p.end + 2 + _NEAR, len(words))) if words[k].key in lex.border_nouns
                  and words[k - 1].key in lex.determiners and s.clauses[k] == p.clause), None)
        if p.entry.frame != "traverse" or j is None or any(x in named for x in range(p.end + 1, j)):
            continue
        if j + 1 < len(words) and (j + 1 in named or words[j + 1].key in lex.of | lex.with_words | lex.between_words):
            continue  # "the border with X", "the border of X": a side is named
        end = story.setting.end()
        place = gaz.places.get(end[0]) if end is not None else None
        if place is None or place.kind == "country":
            return place.id if place is not None else None
        iso2 = place.properties.get("iso2")  # the article's own country place, if it names one
        return next((q.id for q in gaz.places.values() if q.kind == "country" and iso2 and q.properties.get("iso2") == iso2), None)
    return None


def _others_move(s: _Sentence, p: _Pred) -> bool:
    """Whether the clause of ``p`` opens with a word for another part of the group
    (``[constructions] other_group``: "Others returned to X", "D'autres sont rentrés à X",
    "Die anderen kehrten nach X zurück"), past its determiners and joining words."""
    words, lex = s.words, s.lex
    skip = _opening_words(lex.lang)
    for w in words[_clause_start(s, p):p.index]:
        if w.key in lex.other_group:
            return True
        if w.key not in skip and len(w.key) > 1:
            return False
    return False


def _same_or_contrasted(s: _Sentence, a: int, b: int) -> bool:
    """Whether clause ``a`` is clause ``b``, or the one before it joined by a word of
    contrast ("lived in X but moved back to Y", "vivait à X mais est rentrée à Y";
    ``[constructions] contrast``)."""
    if a == b:
        return True
    if a != b - 1:
        return False
    opens = next((i for i in range(1, len(s.words)) if s.clauses[i] == b and s.clauses[i - 1] == a), None)
    return opens is not None and s.words[opens].key in s.lex.contrast


def _why_unmapped(s: _Sentence, motion: _Pred) -> str:
    """Why a sentence with a motion word gave no movement."""
    if _hazard_moves(s, motion):
        return _HAZARD_REASON.format(motion.text)
    if _cargo_moves(s, motion):
        return _CARGO_REASON.format(motion.text)
    if _state_moves(s, motion):
        return _STATE_REASON.format(motion.text)
    if any(sl.role in ("origin", "destination") and s.kinds.get(sl.pid) == "continent" for sl in s.slots):
        return f"a movement ('{motion.text}') whose only named ends are continents, too vague to draw"
    if any(sl.role == "path" for sl in s.slots):
        return f"a movement ('{motion.text}') with only a path named"
    return f"a movement ('{motion.text}') with no origin or destination named"


def _onward(s: _Sentence, mv: _Move) -> dict[str, str]:
    """The destinations of ``mv`` reached one after another ("taken to X and then to Y", "portati a
    X e poi a Y", "nach X und dann nach Y"): each later one, with the one before it, when only a
    coordinator and words of time (``[constructions] time_words``: then, puis, poi, dann) stand
    between the earlier place and the later one's marker."""
    words, lex = s.words, s.lex
    dests = sorted(mv.dests, key=lambda sl: sl.first)
    out: dict[str, str] = {}
    for a, b in zip(dests, dests[1:]):
        mk = _marker_ending(words, b.first - 1, lex) if b.first > 0 else None
        between = range(a.last + 1, mk[1] if mk is not None else b.first)
        if mk is not None and a.pid != b.pid and any(words[x].key in lex.time_words for x in between) \
                and all(words[x].key in lex.time_words or words[x].key in lex.coordinators for x in between):
            out[b.pid] = a.pid
    return out


def _remember(s: _Sentence, story: _Story, before: int) -> None:
    """What the next sentences may take from this one: where it places someone without
    moving them ("at her home in X": a move in the next sentence of the paragraph that names
    only its end may start there), the place and the country and region it names last."""
    # (with no motion word in the sentence, a marker of goal or place, "à"/"a", places them: "étaient bloqués à X")
    markers = ("location", "weak_goal") if not any(p.entry.kind == "motion" for p in s.preds) else ("location",)
    here = [sl for sl in s.slots if sl.role is None and sl.marker in markers and s.kinds.get(sl.pid) not in _AREA_KINDS]
    moved = any(x.kind == "movement" for x in story.claims[before:])
    story.located = (here[-1].pid, s.index, s.span.paragraph) if here and not moved else None
    if moved:
        story.danger = None
    real = [sl for sl in s.slots if sl.inferred_from is None]
    story.named[s.index] = frozenset(sl.pid for sl in real if sl.role is not None)
    if real:
        story.last_place, story.last_place_sentence = real[-1].pid, s.index
    towns = [sl for sl in real if s.kinds.get(sl.pid) not in _AREA_KINDS]
    if towns:
        story.last_town = (towns[-1].pid, s.index)
    for sl in real:
        if s.kinds.get(sl.pid) in ("country", "region"):
            story.last_area[s.kinds[sl.pid]] = (sl.pid, s.index)


def _unique(claims: list[Claim]) -> list[Claim]:
    """Two words of one sentence for the same journey ("flying ... flights to X") are one
    claim (and one feature id): the first is kept."""
    seen: set[tuple[object, ...]] = set()
    unique: list[Claim] = []
    for c in claims:
        key = (c.kind, c.origin, c.destination, c.event_type, c.place, c.sentence)
        if key not in seen:
            seen.add(key)
            unique.append(c)
    return unique



# ----------------------------------------------------------------------- sentence parts


def _slots(doc: Document, words: tuple[Word, ...], spans: list[tuple[int, int, str]], starts: list[int]) -> list[_Slot]:
    if not words:
        return []
    lo, hi = words[0].start, words[-1].end
    out: list[_Slot] = []
    base = words[0].index
    # ``spans`` is sorted (place_spans): the sentence's start where a binary search says
    for a, b, pid in islice(spans, bisect_left(spans, lo, key=itemgetter(0)), None):
        if a >= hi:
            break
        first = bisect_left(starts, a) - base
        last = first
        while last + 1 < len(words) and words[last + 1].start < b:
            last += 1
        if 0 <= first < len(words):
            out.append(_Slot(pid, first, last, a, b))
    return out


def _skip_leading_marker(doc: Document, slots: list[_Slot], words: tuple[Word, ...], lex: Lexicon, kinds: Mapping[str, str]) -> None:
    """A spatial expression's span may begin with its preposition ("dans les environs
    d'Abu Kamal"): the role is read from it, so the place starts after it — not a name's own
    first word that is spelt like one (the Arabic article of "Al-Bab", "al Qaim" is no Italian
    or Spanish "al")."""
    for sl in slots:
        for length in range(min(5, sl.last - sl.first), 0, -1):
            mk = _marker_ending(words, sl.first + length - 1, lex)
            if mk is not None and mk[1] == sl.first \
                    and (kinds.get(sl.pid) == "area" or not _in_name(doc, words, sl.first, sl.first + length - 1)):
                sl.first += length
                break


def _in_name(doc: Document, words: tuple[Word, ...], first: int, last: int) -> bool:
    """Whether the words first..last, spelt like a marker, belong to the name after them:
    joined to it by a hyphen ("al-Qaim") or capitalised inside the sentence ("Al Bab")."""
    return last + 1 < len(words) and (doc.gap(words[last], words[last + 1]) in ("-", "‑")
                                      or (first > 0 and words[first].capitalised))


def _clauses(doc: Document, words: tuple[Word, ...], lex: Lexicon) -> list[int]:
    """The clause number of each word: a new clause after ; : a dash or a clause conjunction."""
    out = []
    c = 0
    text, breaks, say = doc.text, lex.clause_breaks, lex.say  # (doc.gap, w.capitalised and _says read inline)
    for i, w in enumerate(words):
        if i:
            v = words[i - 1]
            gap = text[v.end : w.start]
            if (gap != " " and any(p in gap for p in _CLAUSE_PUNCT)) or (w.key in breaks and not w.text[:1].isupper()
                                                                       and not _adverb_of_time(words, i, lex)) \
                    or (v.lemma in say or v.key in say) and w.key not in lex.to_whom and not carried_to(v, w, lex):
                c += 1  # (what follows a verb of saying is the reported clause, not whom it was told to: "habló a X")
        out.append(c)
    return out


def _adverb_of_time(words: tuple[Word, ...], i: int, lex: Lexicon) -> bool:
    """Whether the clause opener ``words[i]`` is a time word standing as an adverb before a
    marker, after an auxiliary or after a time word ("voltaram depois ao Brasil", "foram depois
    levados", "dois dias depois": afterwards, not "depois de"/"depois que")."""
    return words[i].key in lex.time_words and i + 1 < len(words) and (
        (words[i + 1].key in lex.markers_flat and words[i + 1].key not in lex.of)
        or (i > 0 and words[i - 1].lemma in lex.auxiliaries | lex.passive_auxiliaries)
        or (i > 0 and _timed(words[i - 1], lex) and words[i + 1].key not in lex.of and words[i + 1].key not in lex.relatives))


def _predicates(words: tuple[Word, ...], clauses: list[int], lex: Lexicon, lang: str, doc: Document | None = None) -> list[_Pred]:
    out: list[_Pred] = []
    taken: set[int] = set()
    for i, w in enumerate(words):
        if i in taken:
            continue
        cands = lex.predicates.get(w.lemma, ()) + (lex.predicates.get(w.key, ()) if w.key != w.lemma else ())
        if not cands and lex.participle_infinitive:
            cands = _agreed_participle(words, i, clauses, lex, lang)
        if not cands and lex.direction_prefixes:
            cands = _prefixed_verb(w, lex, lang)
        if not cands and not lex.compound_heads:
            continue  # (asked first: most words are no predicate, and no compound is read)
        if i and w.capitalised and not lex.nouns_capitalised:
            continue  # a capitalised word mid-sentence is a name ("March", "Exodus")
        if i + 1 < len(words) and words[i + 1].key in lex.not_a_verb_before:
            continue  # "the left bank", "the left wing": an adjective, not the verb
        if _crossing_point(words, i, lex):
            continue  # "at the Rafah crossing", "au point de passage de X": a place, no movement
        if i and _vehicle(w, lex) and words[i - 1].key in lex.determiners \
                and all(c.frame == "transfer" for c in cands):
            continue  # "boarded a bus in X", "took the ferry": the vehicle, not the verb "to bus", "to ferry" (not "the flight of families")
        if not cands and w.capitalised:
            cands = _compound_head(w, lex)
        elif not cands and not (i + 1 < len(words) and _timed(words[i + 1], lex)):
            cands = _participle_adjective(w, lex, lang)  # (not "in den kommenden Wochen": a time)
        if not cands or _figurative_object(words, i, cands, clauses, lex):
            continue  # (nothing to sort; "joined the party", "reached an agreement", "took place")
        for p in sorted(cands, key=lambda p: -len(p.words)):
            end = _match_rest(words, i, p.words[1:], lex.particle_gap, clauses, doc, lex)
            if end is not None and end > i and _means_phrase_end(words, end, len(words), lex) is not None:
                continue  # ("chegou a pé de X": the "a" of "a pé", how they came, not of "chegar a")
            if end is not None:
                out.append(_Pred(i, end, clauses[i], p, " ".join(words[k].text for k in range(i, end + 1)) if end - i < 4
                                 else f"{w.text} … {words[end].text}"))
                taken.update(range(i, end + 1) if end - i < 2 else (i, end))
                break
    return out


#: the shortest verb form read after a prefix of direction ("zurück" + "zog")
_PREFIXED_REST = 3


def _prefixed_verb(w: Word, lex: Lexicon, lang: str) -> tuple[Predicate, ...]:
    """The one-word motion predicate of a word that is a prefix of direction (``[grammar]
    direction_prefixes``) joined to a form of a verb of motion the lexicon lists:
    "zurückverlegt" is "verlegt", "weitergeschickt" is "geschickt" — the lemmatiser knows
    neither joined form; the prefix changes the direction, not the frame."""
    for pre in lex.direction_prefixes:
        rest = w.key[len(pre):]
        if w.key.startswith(pre) and len(rest) >= _PREFIXED_REST:
            found = tuple(p for k in dict.fromkeys((lemma(rest, lang), rest)) for p in lex.predicates.get(k, ())
                          if len(p.words) == 1 and p.kind == "motion")
            if found:
                return found
    return ()


def _crossing_point(words: tuple[Word, ...], i: int, lex: Lexicon) -> bool:
    """Whether word ``i`` is in a phrase naming a border crossing point (``[constructions]
    crossing_points``: "the border crossing", "le point de passage", "el paso fronterizo"), or is
    a one-word entry after an article and a name ("the Rafah crossing")."""
    key = words[i].key
    if key not in _crossing_words(lex.lang):
        return False  # (asked first: most words are in no such phrase)
    for ph in lex.crossing_points:
        if len(ph) == 1:
            if ph[0] != key:
                continue
            k = i - 1
            while k > 0 and words[k].capitalised and i - k <= 3:
                k -= 1  # past the name ("the Bab al-Hawa crossing")
            if k < i - 1 and words[k].key in lex.determiners:
                return True
            continue
        for o in (o for o, x in enumerate(ph) if x == key):
            if i - o >= 0 and tuple(w.key for w in words[i - o : i - o + len(ph)]) == ph:
                return True
    return False


#: how many words after its determiners the object noun of a verb may stand ("joined X's Green Party")
_OBJECT_REACH = 4


def _figurative_object(words: tuple[Word, ...], i: int, cands: tuple[Predicate, ...], clauses: list[int], lex: Lexicon) -> bool:
    """Whether the verb at ``i``, one whose direct object is where it goes (join, reach, enter)
    or a verb of taking, has a noun of ``[constructions] figurative_objects`` as its object: a
    group, talks, an agreement, a figure or an occasion ("joined the opposition", "reached an
    agreement", "took place", "ha raggiunto quota 100"); it moves no one to a place. The noun
    stands after the determiners, within a few words, before any marker or coordinator; right after
    a word in its base form it is a compound's ("the evacuation call"), not an object. A group of
    people (``people_groups``) is figurative only when joined: taken or sent, it is the people
    moved ("escorted the group to X", "sent a battalion to Y")."""
    if not any(p.kind == "motion" and len(p.words) == 1 and (p.object == "destination" or p.frame == "transfer") for p in cands):
        return False
    k = _past_determiners(words, i + 1, lex)
    if k == i + 1 and words[i].key == words[i].lemma:
        return False  # "the evacuation call", "a return agreement": a noun of motion before another noun
    for x in range(k, min(len(words), k + _OBJECT_REACH)):
        w = words[x]
        if clauses[x] != clauses[i] or w.key in lex.markers_flat or w.key in lex.coordinators:
            return False
        if w.key in lex.figurative_objects:
            return not (w.key in lex.people_groups and any(p.frame == "transfer" for p in cands))
    return False


@cache
def _crossing_words(lang: str) -> frozenset[str]:
    """Every word of the language's ``[constructions] crossing_points`` phrases."""
    return frozenset(w for ph in load(lang).crossing_points for w in ph)


def _agreed_participle(words: tuple[Word, ...], i: int, clauses: list[int], lex: Lexicon, lang: str) -> tuple[Predicate, ...]:
    """The predicates of a past participle the lemmatiser does not read, right after an
    auxiliary: its agreement undone (``[grammar] participle_agreement``: "conduite" is
    "conduit", not the noun "la conduite"), then its regular infinitive
    (``participle_infinitive``: "enviado" is "enviar", "trazido" "trazer") — a word of time may
    stand between them ("sono stati poi mandati", "foram depois enviadas")."""
    aux = i - 2 if i > 1 and words[i - 1].key in lex.time_words else i - 1
    if not (aux >= 0 and clauses[aux] == clauses[i] and words[aux].lemma in lex.auxiliaries):
        return ()
    key = words[i].key
    forms = [key] + [key[: len(key) - len(end)] + repl for end, repl in lex.participle_agreement
                     if key.endswith(end) and len(key) > len(end) + 3]
    for form in forms:
        found = (lex.predicates.get(lemma(form, lang), ()) or lex.predicates.get(form, ())) if form != key else ()
        for end, repl in lex.participle_infinitive:
            if not found and form.endswith(end):
                found = lex.predicates.get(form[: len(form) - len(end)] + repl, ())
        if found:
            return tuple(p for p in found if len(p.words) == 1)
    return ()


#: how many letters a participle keeps at least once its adjective ending is taken off ("geflohen")
_PARTICIPLE_LETTERS = 6


def _participle_adjective(w: Word, lex: Lexicon, lang: str) -> tuple[Predicate, ...]:
    """The predicate of a past participle used as an adjective (``[grammar] participle_endings``):
    "die aus X vertriebenen Familien", "die in Y angekommene Gruppe" — the participle without its
    ending is the verb's, which the lemmatiser reads (a word the lemmatiser leaves as it is, such
    as "weiter" of "weitere", is no participle)."""
    for end in lex.participle_endings:
        if w.key.endswith(end) and len(w.key) - len(end) >= _PARTICIPLE_LETTERS:
            verb = lemma(w.text[: -len(end)], lang)
            found = lex.predicates.get(verb, ()) if verb != w.key[: -len(end)] else ()  # (a participle: "weitere" is no "weiter")
            if found:
                return tuple(p for p in found if len(p.words) == 1)
    return ()


#: how many letters a compound has before its head at least ("Zuflucht", "Ausfahrt" are words of their own)
_COMPOUND_FIRST = 4


def _compound_head(w: Word, lex: Lexicon) -> tuple[Predicate, ...]:
    """The one-word predicate a compound noun ends with (``[grammar] compound_heads``:
    "Truppenabzug" is a withdrawal, "Verlegungsfahrten" journeys), its plural endings aside."""
    forms = dict.fromkeys((w.key, w.lemma))
    stems = [*forms, *(f[: -len(end)] for f in forms for end in lex.compound_plural_endings if f.endswith(end))]
    for stem in stems:
        for h in lex.compound_heads:
            if stem.endswith(h) and len(stem) >= len(h) + _COMPOUND_FIRST:
                return tuple(p for p in lex.predicates.get(h, ()) if len(p.words) == 1)
    return ()


#: how many words may stand between a verb of taking and its vehicle ("took the last overcrowded bus": 3)
_VEHICLE_REACH = 3
#: the motion a verb of taking a vehicle makes: a journey, its ends named by the markers after the vehicle
_BOARDING = Predicate(words=("board",), kind="motion", frame="move", object="none")


def _with_boarding(words: tuple[Word, ...], clauses: list[int], lex: Lexicon, preds: list[_Pred]) -> list[_Pred]:
    """``preds`` and a motion predicate for each verb of taking a vehicle (``[grammar]
    boarding_verbs``) followed, in its clause, by a vehicle noun (``vehicle_nouns``) within
    :data:`_VEHICLE_REACH` words, no predicate or name between: "took a bus to Vienna",
    "prendre un bateau pour Kigoma", "tomaron el tren hacia X", "nahmen den Zug nach X" —
    the predicate runs from the verb to the vehicle, so the markers after it give its ends."""
    if not lex.boarding_verbs:
        return preds
    taken = {x for p in preds for x in range(p.index, p.end + 1)}
    out = list(preds)
    for i, w in enumerate(words):
        if i in taken or w.lemma not in lex.boarding_verbs and w.key not in lex.boarding_verbs:
            continue
        for j in range(i + 1, min(len(words), i + 2 + _VEHICLE_REACH)):
            if clauses[j] != clauses[i] or j in taken:
                break
            if _vehicle(words[j], lex):
                out.append(_Pred(i, j, clauses[i], _BOARDING, " ".join(words[k].text for k in range(i, j + 1))))
                break
            if words[j].capitalised:
                break  # a name between ("nahmen in Budapest den Zug"): the verb takes no vehicle here
    return sorted(out, key=lambda p: p.index)


def _what_they_leave(words: tuple[Word, ...], first: int, stop: int, lex: Lexicon) -> int:
    """The first word of the noun phrase a departure leaves, which opens at ``first`` (before
    ``stop``): past the verb's own preposition ("fled from the ...", "flohen vor der ...") and
    the determiners."""
    if first < stop and _marker_ending(words, first, lex) is not None:
        first += 1
    return _past_determiners(words, first, lex, stop)


def _past_determiners(words: tuple[Word, ...], x: int, lex: Lexicon, stop: int | None = None) -> int:
    """The first word from ``x`` on (before ``stop``, else the sentence's end) that is no determiner."""
    end = len(words) if stop is None else stop
    while x < end and words[x].key in lex.determiners:
        x += 1
    return x


#: the motion a form shared by "go" and "be" makes before a goal (:func:`_with_go_be`)
_GOING = Predicate(words=("go",), kind="motion", frame="move", object="none")
#: how many words a goal marker may take after such a form ("rumo a", "hasta el")
_GOAL_MARKER_WORDS = 3


def _with_go_be(s: _Sentence) -> list[_Pred]:
    """``s.preds`` and a verb of going for each form "go" and "be" share (``[grammar]
    go_be_forms``: Spanish "fueron", Portuguese "foi") that is no predicate yet and is followed
    by a goal marker and, its determiners aside, a place the sentence names: "be" takes no
    goal, so "fueron a Madrid", "foi para o Porto" went there ("fue evacuado a X" keeps its
    participle as the verb)."""
    words, lex = s.words, s.lex
    if not lex.go_be_forms:
        return s.preds
    taken = {x for p in s.preds for x in range(p.index, p.end + 1)}
    starts = {sl.first for sl in s.slots}
    out = list(s.preds)
    for i, w in enumerate(words):
        if i in taken or w.key not in lex.go_be_forms:
            continue
        opened = _marked_place_at(s, i + 1, starts)
        if opened is not None and opened[0] in ("source", "weak_source"):
            # "fueron de X a Y": a source, then the goal ("fueron de X" alone: they were from X)
            last = next(sl.last for sl in s.slots if sl.first == opened[1])
            opened = _marked_place_at(s, last + 1, starts)
        if opened is None:
            opened = _goal_phrase_at(s, i + 1, starts)  # "fueron a casas de familiares en X"
        if opened is not None and opened[0] in ("goal", "weak_goal") and s.clauses[opened[1]] == s.clauses[i]:
            out.append(_Pred(i, i, s.clauses[i], _GOING, w.text))
    return sorted(out, key=lambda p: p.index)


def _goal_phrase_at(s: _Sentence, a: int, starts: set[int]) -> tuple[str, int] | None:
    """A goal marker at word ``a`` that opens a phrase headed by a building, a refuge or a place
    noun, its determiners aside, with a place the sentence names a few words on ("a casas de
    familiares en X", "para um abrigo em X"): the marker's role and the noun's word."""
    words, lex = s.words, s.lex
    mk = _marker_ending(words, a, lex) if a < len(words) else None
    if mk is None or mk[1] != a or mk[0] not in ("goal", "weak_goal"):
        return None
    k = _past_determiners(words, a + 1, lex)
    if k < len(words) and (words[k].key in lex.facility_nouns or words[k].key in lex.refuge_nouns or words[k].key in lex.place_nouns) \
            and any(k < st <= k + 5 for st in starts):
        return mk[0], k
    return None


def _marked_place_at(s: _Sentence, a: int, starts: set[int]) -> tuple[str, int] | None:
    """The role of the marker that opens at word ``a`` and the first word of the place it
    marks, its determiners aside ("a Madrid", "para o Porto", "hasta la ciudad de X"), if any."""
    words, lex = s.words, s.lex
    for j in range(a, min(len(words) - 1, a + _GOAL_MARKER_WORDS)):
        mk = _marker_ending(words, j, lex)
        if mk is None or mk[1] != a:
            continue
        k = _past_determiners(words, j + 1, lex)
        if k in starts:
            return mk[0], k
    return None


def _match_rest(words: tuple[Word, ...], i: int, rest: tuple[str, ...], gap: int, clauses: list[int],
                doc: Document | None = None, lex: Lexicon | None = None) -> int | None:
    pos = i
    for n, part in enumerate(rest):
        found = None
        for k in range(pos + 1, min(len(words), pos + 2 + gap)):
            if clauses[k] != clauses[i]:
                break  # the rest of a multi-word predicate is not in this clause
            if (words[k].key == part or words[k].lemma == part) and (n + 1 < len(rest) or _rest_ends_here(words, i, k, rest, clauses, doc, lex)):
                found = k
                break  # (a last word that is not the verb's is passed: "wanderte aus X nach Y aus")
        if found is None:
            return None
        pos = found
    return pos


def _rest_ends_here(words: tuple[Word, ...], i: int, pos: int, rest: tuple[str, ...], clauses: list[int],
                    doc: Document | None, lex: Lexicon | None) -> bool:
    """Whether the last word of a multi-word predicate at ``pos`` (the verb at ``i``) is the
    predicate's: a separated particle ends its clause ("trafen ... ein."), else it is another
    word — but a preposition after a time phrase is the verb's own ("chegaram ontem à noite a
    X"), a noun after its article, possessive or preposition is the phrase's own ("made their
    way to X", "se sont mises à l'abri"), and so is a noun where nouns are capitalised
    ("suchten vergangene Woche Sicherheit"); a reflexive verb's auxiliary stands inside it
    ("s'est rendu à X")."""
    return not (doc is not None and rest and pos - i > len(rest) and pos + 1 < len(words) and clauses[pos + 1] == clauses[pos]
            and not any(c in doc.gap(words[pos], words[pos + 1]) for c in ",.;:!?\"»“”")
            and not (lex is not None and not lex.object_before_verb and len(rest) == 1 and _time_phrase(words, i + 1, pos, lex))
            and not (lex is not None and len(rest) == 1 and all(words[x].key in lex.determiners | lex.markers_flat for x in range(i + 1, pos)))
            and not (lex is not None and lex.nouns_capitalised and words[pos].capitalised)
            and not (lex is not None and all(words[x].lemma in lex.auxiliaries for x in range(i + 1, pos))))


def _marker_ending(words: tuple[Word, ...], j: int, lex: Lexicon) -> tuple[str, int] | None:
    """The longest marker whose last word is ``j``: (role, first word)."""
    best: tuple[str, int] | None = None
    for role, ph in lex.marker_ends.get(words[j].key, ()):
        k = j - len(ph) + 1
        # (its last word is word j's key: the table is by last word)
        if k >= 0 and (best is None or k < best[1]) and all(words[k + x].key == ph[x] for x in range(len(ph) - 1)):
            best = (role, k)
    return best


def _give(sl: _Slot, role: str, pred: _Pred, rule: str, cue: str) -> None:
    """Give ``sl`` a role on ``pred``, recording the rule that did and the words it read."""
    sl.role, sl.pred, sl.via, sl.cue = role, pred, rule, cue


def _assign_roles(s: _Sentence, story: _Story) -> None:
    """Each place's role, from the rules of :data:`_SLOT_RULES` in order (a rule that
    returns True ends the reading of that place; a slot a pass before gave a role keeps it)."""
    for n, sl in enumerate(s.slots):
        if sl.via:
            continue
        for rule in _SLOT_RULES:
            if rule(s, n, sl):
                break


def _ends_with_clitic(s: _Sentence, p: _Pred) -> tuple[int, ...]:
    """Where the predicate ``p`` ends: its last word, and a pronoun joined to it by a hyphen
    ("mudaram-se da Baviera", "retiraram-se de Kiev": the "de" after it is the verb's, not a
    genitive)."""
    e = p.end
    if e + 1 < len(s.words) and s.doc.gap(s.words[e], s.words[e + 1]) in ("-", "‑"):
        return (e, e + 1)
    return (e,)


def qualifier(s: _Sentence, n: int, sl: _Slot) -> bool:
    """"The boats landed at Zarzis in Tunisia": a country or region right after a town says
    where the town is; it is no second place (no role)."""
    words, lex, kinds = s.words, s.lex, s.kinds
    if not n:
        return False
    prev = s.slots[n - 1]
    return kinds.get(sl.pid) in ("country", "region", "continent") and sl.pid != prev.pid \
        and 0 < sl.first - prev.last <= 2 and kinds.get(prev.pid) not in ("country", "region", "continent") \
        and all(words[x].key in lex.markers_flat or words[x].key in lex.determiners for x in range(prev.last + 1, sl.first)) \
        and not any(c in s.doc.gap(words[prev.last], words[sl.first]) for c in ";:") \
        and not any((mk := _marker_ending(words, x, lex)) is not None and mk[0] in ("source", "goal", "path")
                    for x in range(prev.last + 1, sl.first)) \
        and not _goal_after_origin(s, prev, sl) and not _source_after_goal(s, prev, sl)


def _source_after_goal(s: _Sentence, prev: _Slot, sl: _Slot) -> bool:
    """"arrivati a Beirut dalla Siria", "llegaron a Beirut desde Siria": a country or region after
    the end of a journey, joined by a marker of where a move starts, is where it comes from —
    unless the end lies in it ("arrivati a Roma dall'Italia" is no journey)."""
    if prev.role != "destination" or s.places is None:
        return False
    if not any((mk := _marker_ending(s.words, x, s.lex)) is not None and mk[0] == "weak_source"
               for x in range(prev.last + 1, sl.first)):
        return False
    return not _lies_in(s.places, prev.pid, sl.pid)


def _goal_after_origin(s: _Sentence, prev: _Slot, sl: _Slot) -> bool:
    """"from Kharkiv to Poland", "quitté Homs pour le Liban", "d'Alep en Turquie": a country or
    region after the start of a journey, joined by a marker that may name a goal, is where it
    goes — unless the start lies in it ("partis de Sfax en Tunisie" says where Sfax is)."""
    words, lex = s.words, s.lex
    if prev.role not in ("origin", "path") or s.places is None:
        return False
    if not any((mk := _marker_ending(words, x, lex)) is not None
               and (mk[0] == "weak_goal" or (mk[0] == "location" and words[x].key in lex.into_locations))
               for x in range(prev.last + 1, sl.first)):
        return False
    return not _lies_in(s.places, prev.pid, sl.pid)


def _lies_in(gaz: Places, town: str, area: str) -> bool:
    """Whether the place ``town`` lies in the place ``area`` (its centre inside the area's
    outline; a place whose outline is unknown is taken to lie in it)."""
    pt, pa = gaz.places.get(town), gaz.places.get(area)
    if pt is None or pa is None or pa.geometry.geom_type not in ("Polygon", "MultiPolygon"):
        return True
    return bool(pa.geometry.contains(pt.geometry.representative_point()))


@cache
def _last_words(phrases: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    """The last words of ``phrases``: a phrase ends only on one of them."""
    return frozenset(ph[-1] for ph in phrases if ph)


def read_back(s: _Sentence, n: int, sl: _Slot) -> bool:
    """"The convoy left the besieged northern town of Idlib": the words before a place are
    read back over articles, place nouns and adjectives to what governs it — a marker (see
    :data:`_MARKER_RULES`), a verb whose object it is, or a place it is coordinated with."""
    doc, words, lex, preds = s.doc, s.words, s.lex, s.preds
    pred_end = {e: p for p in preds for e in _ends_with_clitic(s, p)}
    pred_starts = {p.index for p in preds}
    slot_last = {o.last: o for o in s.slots}
    j = sl.first - 1
    skipped = adjectives = 0
    while j >= 0:
        gap = doc.gap(words[j], words[j + 1])
        w = words[j]
        opened = next((j - len(ph) + 1 for ph in lex.apposition if tuple(x.key for x in words[j - len(ph) + 1 : j + 1]) == ph), None) \
            if w.key in _last_words(lex.apposition) else None  # (a phrase ends on its last word: most words end none)
        if opened is not None and not any(c in gap for c in _HARD_PUNCT):
            _apposition(s, sl, opened, slot_last)
            break
        if any(c in gap for c in _HARD_PUNCT) or (_LIST_PUNCT & set(gap)):
            # only coordination may cross a comma — not an apposition ("X, the southern tip
            # of Y": a common noun after the comma describes X)
            if not any(not words[x].capitalised and words[x].key not in lex.determiners and words[x].key not in lex.of
                       and words[x].key not in lex.markers_flat and words[x].key not in lex.coordinators
                       and words[x].key not in lex.place_nouns and not words[x].key.isdigit()
                       for x in range(j + 1, sl.first)):
                if _describes_the_place_before(s, j, sl):
                    sl.via = "describes_the_place_before"  # (no role: "Rome, capital of Italy")
                else:
                    _coordinate(s, sl, j, slot_last)
            break
        if w.key in lex.between_words:
            _between(s, sl, j)
            break
        aside = _how_or_when_ends(words, j, sl, lex)
        if aside is not None:
            j = aside - 1
            continue
        mk = _marker_ending(words, j, lex)
        if mk is not None and _in_name(doc, words, mk[1], j):
            mk = None  # "de al-Bab": the name's article, not "al" (to the)
        if mk and not _genitive_at(s, j, sl, mk, pred_end, pred_starts):
            # (the "de" of "la ville de X" is the place noun's, not a marker; not a vehicle's: "viajaram de comboio de X")
            if not any(words[x].key in lex.determiners and x - 1 > j and words[x - 1].key not in lex.of
                       and words[x - 1].key not in lex.determiners for x in range(j + 1, sl.first)):
                # (unless an article further on opens another phrase: "to instruct the U.S.")
                _from_marker(s, sl, mk[0], mk[1])
            break
        if w.key in lex.with_words:
            break  # "reach agreements with X": X goes with "with", not with the verb
        if j in pred_end and pred_end[j].entry.object != "none" \
                and not (pred_end[j].entry.kind == "event" and pred_end[j].index > 0
                         and words[pred_end[j].index - 1].key in lex.determiners):
            # (an event word after an article is an adjective or a noun: "the besieged city of
            # X"; a verb of motion after "a" is an infinitive: "começaram a deixar X")
            _object_of_verb(sl, pred_end[j])
            break
        if j in slot_last or w.key in lex.coordinators:
            if not (j in slot_last and adjectives):  # ("venus de X ont fouillé Y": words that are no list)
                _coordinate(s, sl, j, slot_last)
            break
        if w.key in _TIME_WORDS or (w.key in lex.determiners and j + 1 < sl.first and words[j + 1].key in _TIME_WORDS):
            j -= 1  # "evacuated on Friday the coastal areas of X": a day between verb and object
            continue
        if w.key in lex.place_nouns or w.key in lex.determiners or w.key in lex.of or w.key.isdigit():
            pass
        elif w.key in lex.actor_nouns or w.lemma in lex.actor_nouns or w.key in lex.relatives:
            break  # "thousands of residents of X": who they are (see residents_of); "que": another clause
        elif not w.capitalised and adjectives < 3 and j not in pred_end:
            adjectives += 1  # an adjective: "the besieged Ukrainian city of X" (names are capitalised)
        elif w.capitalised and adjectives < 3 and w.key not in lex.say:
            adjectives += 1  # "the Chadian town of X"
        else:
            break
        skipped += 1
        if skipped > 5:
            break
        j -= 1
    return False


def _how_or_when_ends(words: tuple[Word, ...], j: int, sl: _Slot, lex: Lexicon) -> int | None:
    """Where a phrase that ends at ``j``, read back from the place ``sl``, starts when it says
    how they go ("hanno raggiunto in pullman i centri di X", :func:`_means_phrase_end`) or,
    opened by a marker, when ("erreichten am Abend mit dem Bus die Unterkünfte von X"): read
    back over it, the place is still the verb's object. Else None."""
    means = next((x for x in range(max(1, j - 3), j + 1) if _means_phrase_end(words, x, j + 1, lex) == j), None)
    if means is not None or words[j].key not in lex.time_words or j + 1 >= sl.first:
        return means
    return next((t for t in range(j - 1, max(-1, j - 3), -1) if _marker_ending(words, t, lex) and _time_phrase(words, t, j + 1, lex)), None)


def _genitive_at(s: _Sentence, j: int, sl: _Slot, mk: tuple[str, int] | None, pred_end: Mapping[int, _Pred], pred_starts: set[int]) -> bool:
    """Whether "of" at ``j``, read back from the place ``sl``, is the genitive of the noun
    before it ("la ville de X", "the camps of X", "die Notunterkünfte von X", "le QG de X") and
    not the marker ``mk`` of where a move starts."""
    words, lex = s.words, s.lex
    if words[j].key not in lex.of or j == 0 or _timed(words[j - 1], lex) or _coming_before(s, j):
        return False
    b = words[j - 1]
    return b.key in lex.place_nouns or b.key in lex.facility_nouns or _acronym(b) or (
        mk is not None and mk[0] == "weak_source" and not b.capitalised
        and b.key not in lex.determiners and b.key not in lex.markers_flat
        and b.key not in lex.coordinators and (j - 1) not in pred_end and (j - 1) not in pred_starts
        and b.key not in lex.vehicle_nouns and b.key not in lex.travel_ways and not _movers_source(s, j) and not _goal_follows(s, sl))


#: the longest word read as an acronym ("QG", "FOB", "UNHCR")
_ACRONYM_LETTERS = 6


def _acronym(w: Word) -> bool:
    """Whether ``w`` is an acronym (letters only, two capitals or more, a short word): the
    base, camp or office it names lies in the place after "of" ("a rejoint le QG de X",
    "reached the FOB of X"), which is no source."""
    return w.text.isalpha() and len(w.text) <= _ACRONYM_LETTERS and sum(c.isupper() for c in w.text) >= 2


#: the marks that end a phrase: a clause's punctuation, brackets and quotation marks
_PHRASE_BREAKS = ",;:()\"“”«»"


def _punct_between(s: _Sentence, a: int, b: int, marks: str) -> bool:
    """Whether a gap after word x, for x in ``a``..``b - 1``, holds any of ``marks``."""
    words = s.words
    return any(c in s.doc.gap(words[x], words[x + 1]) for x in range(a, b) for c in marks)


def _between(s: _Sentence, sl: _Slot, k: int) -> None:
    """"A convoy drove between Gao and Niamey", "entre X et Y", "zwischen X und Y", "tra X e
    Y": after a motion predicate (before it in its clause, within _FAR words; where the verb
    comes last, ``[meta] object_before_verb``, the first after it), "between" (``[grammar]
    between_words``) and two places joined by a coordinator name its start and its end, in
    the order written. (The border between two countries is one place, read by
    ``borders.py``: no slot here.)"""
    words, lex = s.words, s.lex
    after = [o for o in s.slots if o.first > sl.last]
    if not after or not all(words[x].key in lex.coordinators or words[x].key in lex.determiners or words[x].key in lex.place_nouns
                            or words[x].key in lex.of for x in range(sl.last + 1, after[0].first)) \
            or not any(words[x].key in lex.coordinators for x in range(sl.last + 1, after[0].first)) \
            or _punct_between(s, sl.last, after[0].first, ",;:()"):
        return
    motion = [p for p in s.preds if p.entry.kind == "motion" and p.clause == s.clauses[k]]
    before = [p for p in motion if p.end < k]
    p = before[-1] if before and _reach(words, before[-1].end, k, lex) <= _FAR \
        else next((q for q in motion if q.index > after[0].last and lex.object_before_verb), None)
    if p is not None:
        _give(sl, "origin", p, "between_two_places", words[k].text)
        _give(after[0], "destination", p, "between_two_places", words[k].text)


#: how many words the phrase after "between" may take before the place that ends it ("la base
#: aérienne projetée (BAP) de Y": 6)
_BETWEEN_PHRASE = 7


def between_two_phrases(s: _Sentence, story: _Story) -> None:
    """"Escorted a convoy between the logistics base of Gao and the air base at Niamey",
    "escorté un convoi entre la base opérationnelle de Gao et la base aérienne de Niamey":
    after a motion predicate (as :func:`_between` finds it), "between" (``[grammar]
    between_words``), a phrase that ends in a place, a coordinator and another such phrase
    name its start and its end, in the order written (each phrase within _BETWEEN_PHRASE
    words, no comma, verb or coordinator in it: brackets, as of an acronym, may be)."""
    words, lex = s.words, s.lex
    for k, w in enumerate(words):
        if w.key not in lex.between_words:
            continue
        first = _phrase_place(s, k + 1)
        if first is None or first.last + 1 >= len(words) or words[first.last + 1].key not in lex.coordinators:
            continue
        second = _phrase_place(s, first.last + 2)
        if second is None:
            continue
        motion = [p for p in s.preds if p.entry.kind == "motion" and p.clause == s.clauses[k]]
        before = [p for p in motion if p.end < k]
        p = before[-1] if before and _reach(words, before[-1].end, k, lex) <= _FAR \
            else next((q for q in motion if q.index > second.last and lex.object_before_verb), None)
        if p is not None:
            _give(first, "origin", p, "between_two_places", w.text)
            _give(second, "destination", p, "between_two_places", w.text)


def _phrase_place(s: _Sentence, a: int) -> _Slot | None:
    """The place that ends the phrase opening at word ``a`` (see :func:`between_two_phrases`),
    if one does within _BETWEEN_PHRASE words."""
    words, lex = s.words, s.lex
    sl = next((o for o in s.slots if o.first >= a), None)
    if sl is None or sl.via or sl.first - a > _BETWEEN_PHRASE or _punct_between(s, a - 1, sl.first, ",;:\"“”«»") \
            or any(words[x].key in lex.coordinators or words[x].key in lex.between_words for x in range(a, sl.first)) \
            or any(a <= p.index < sl.first for p in s.preds):
        return None
    return sl


def _describes_the_place_before(s: _Sentence, j: int, sl: _Slot) -> bool:
    """Whether the phrase after the comma at ``j`` up to ``sl`` is a place noun and its
    genitive, with no coordinator: "Rome, capital of Italy", "Goma, capitale du Nord-Kivu" say
    what the place before is, they list no second place."""
    words, lex = s.words, s.lex
    between = range(j + 1, sl.first)
    return not any(words[x].key in lex.coordinators for x in between) \
        and any(words[x].key in lex.place_nouns and words[x + 1].key in lex.of for x in between if x + 1 < sl.first)


def _movers_source(s: _Sentence, k: int) -> bool:
    """Whether the "de" at ``k`` follows a departure and the noun phrase of its movers, so it
    says where they leave, not whose they are ("la retirada de las tropas rusas de X",
    "a retiré ses troupes de X")."""
    before = [p for p in s.preds if p.end < k and p.clause == s.clauses[k] and p.entry.kind == "motion"]
    return bool(before) and before[-1].entry.frame in ("depart", "transfer") and _movers_between(s, before[-1], k)


def _goal_follows(s: _Sentence, sl: _Slot) -> bool:
    """Whether a goal marker right after the place ``sl`` opens another place (past its
    articles): "un billet de bus de Varsovie à Berlin", "um bilhete de autocarro de X para Y" —
    the "de" of a from–to pair says where the move starts, not whose the noun before it is."""
    words, lex = s.words, s.lex
    for x in range(sl.last + 1, min(len(words), sl.last + 4)):
        mk = _marker_ending(words, x, lex)
        if mk is not None and mk[1] == sl.last + 1 and mk[0] in ("goal", "weak_goal"):
            head = _past_determiners(words, x + 1, lex)
            return any(o.first == head for o in s.slots) and not _punct_between(s, sl.last, head, _PHRASE_BREAKS)
    return False


def _coming_before(s: _Sentence, k: int) -> bool:
    """Whether the marker at ``k`` follows a verb of coming or bringing (``setting_verbs``)
    within _NEAR words of its clause, with no other verb or place between: "trouxe 200
    pessoas de Roma", "a amené des familles de Gao" name where they come from, not whose
    people they are."""
    before = [p for p in s.preds if p.end < k and p.clause == s.clauses[k]]
    return bool(before) and before[-1].entry.kind == "motion" and s.words[before[-1].index].lemma in s.lex.setting_verbs \
        and k - before[-1].end <= _NEAR and not any(before[-1].end < o.last < k for o in s.slots)


#: how many words back from "including" the phrase it completes may open
_APPOSITION_REACH = 6


def _apposition(s: _Sentence, sl: _Slot, opened: int, slot_last: dict[int, _Slot]) -> None:
    """"They withdrew from several towns, including Izium", "de plusieurs villes, notamment
    X", "aus mehreren Städten, darunter X": a place an apposition word (``[constructions]
    apposition``) introduces shares the role of the phrase before it — of its place, or of
    the marker that opens it."""
    words, lex = s.words, s.lex
    for x in range(opened - 1, max(-1, opened - 1 - _APPOSITION_REACH), -1):
        if x in slot_last:
            _coordinate(s, sl, x, slot_last)
            return
        if x + 1 < len(words) and any(c in s.doc.gap(words[x], words[x + 1]) for c in _HARD_PUNCT):
            return
        mk = _marker_ending(words, x, lex)
        verb = next((p for p in s.preds if p.end == x and p.entry.kind == "motion" and p.entry.object in ("origin", "destination")), None)
        if verb is not None:
            _give(sl, verb.entry.object, verb, "apposition_shares_role", verb.text)  # "left several towns, including X"
            return
        if mk is not None and mk[0] in ("source", "goal", "path", "weak_source", "weak_goal") \
                and not (words[x].key in lex.of and x > 0 and words[x - 1].key in lex.place_nouns):  # ("the town of")
            _from_marker(s, sl, mk[0], mk[1])
            if sl.role is not None:
                sl.via = "apposition_shares_role"
            return


def _object_of_verb(sl: _Slot, p: _Pred) -> None:
    """"The families left Mosul", "shelling hit Kharkiv": the direct object takes the role
    the verb gives it (an event's object is where it happens)."""
    if p.entry.kind == "motion":
        _give(sl, p.entry.object, p, "object_of_verb", p.text)
    elif p.entry.object == "place":
        _give(sl, "event", p, "object_of_event", p.text)


def residents_of(s: _Sentence, n: int, sl: _Slot) -> bool:
    """"Residents of Kherson boarded trains": a place that names who the movers are, before
    a motion predicate, is where they come from."""
    if sl.role is None:
        words, lex, preds = s.words, s.lex, s.preds
        motion_cover = frozenset(x for p in preds if p.entry.kind == "motion" for x in range(p.index, p.end + 1))
        j = sl.first - 1
        # over "the besieged Ukrainian city of": determiners, place nouns, adjectives
        steps = 0
        while j >= 0 and steps < 6 and not (j >= 1 and words[j].key in lex.of and words[j - 1].key in lex.actor_nouns) \
                and (words[j].key in lex.determiners or words[j].key in lex.place_nouns or words[j].key in lex.of
                     or (j not in motion_cover and words[j].key.isalpha())):
            j -= 1
            steps += 1
        if j >= 1 and words[j].key in lex.of and words[j - 1].key in lex.actor_nouns:
            later = [p for p in preds if p.index > sl.last and p.entry.kind == "motion"]
            # the subject after its verb: "llegaron a Y 300 refugiados de X" (an arrival before,
            # in the movers' clause)
            arrived = [p for p in preds if p.end < j - 1 and p.entry.kind == "motion" and p.entry.frame == "arrive"
                       and s.clauses[p.index] == s.clauses[j]]
            if later or arrived:
                _give(sl, "origin", later[0] if later else arrived[-1], "residents_of", f"{words[j - 1].text} {words[j].text}")
    return False


def fleeing_the_event(s: _Sentence, n: int, sl: _Slot) -> bool:
    """"They were fleeing the fighting in Juba", "sind vor den Kämpfen in Juba geflohen": where
    the violence is, they leave; where what displaced them is ("displaced by the fighting in X"), too."""
    if sl.role == "event" and sl.pred is not None:
        pred = sl.pred
        # (or what displaced them, as the agent of a verb of moving someone: "displaced by the fighting in X",
        # "déplacées par les combats à X", "desplazados por los combates en X")
        flee = [p for p in s.preds if p.entry.kind == "motion" and p.end < pred.index and pred.index - p.end <= 6 and p.clause == pred.clause
                and (p.entry.frame == "depart" or p.entry.frame == "transfer"
                     and any(s.words[x].key in s.lex.agent_markers for x in range(p.end + 1, pred.index)))] or _flees_after(s, pred, sl)
        if flee:
            _give(sl, "origin", flee[-1], "fleeing_the_event", flee[-1].text)
    return False


def where_the_fled_event_is(s: _Sentence, n: int, sl: _Slot) -> bool:
    """"ont fui les combats à Khartoum", "fled the bombing of Aleppo": a place no rule gave a
    role, right after the event noun a departure has for object (only a marker that may say
    where — ``into_locations``, a location marker or "of" — and determiners between), is
    where they leave."""
    words, lex = s.words, s.lex
    if sl.role is not None or not sl.first:
        return False
    event = next((q for q in reversed(s.preds) if q.entry.kind == "event" and q.end < sl.first and sl.first - q.end <= 6), None)
    if event is None:
        return False
    between = range(event.end + 1, sl.first)

    def locating(x: int) -> bool:
        return words[x].key in lex.of or words[x].key in lex.into_locations or _marker_ending(words, x, lex) == ("location", x)

    located = len(between) <= 2 and any(locating(x) for x in between) and all(locating(x) or words[x].key in lex.determiners for x in between)
    if not located and not _relative_on(s, between):
        return False
    flee = [p for p in s.preds if p.entry.kind == "motion" and p.entry.frame == "depart" and _leaves_what_follows(s, p, event.index)
            and p.end < event.index and event.index - p.end <= 3 and p.clause == event.clause
            and (not located or event.clause == s.clauses[sl.first])]
    if not flee:
        return False
    _give(sl, "origin", flee[-1], "where_the_fled_event_is", flee[-1].text)
    return True


def _flees_after(s: _Sentence, event: _Pred, sl: _Slot) -> list[_Pred]:
    """Where the verb may come last (``[meta] object_before_verb``): the departure after the
    place, in its clause, when the event noun opens with a marker of what one leaves ("sind
    vor den Kämpfen in X geflohen"), or the verb of moving someone after it when the event is
    its agent ("die durch die Kämpfe in X vertriebenen Familien", "von den Kämpfen in X
    vertrieben"); else none."""
    words, lex = s.words, s.lex
    x = event.index - 1
    while x >= 0 and words[x].key in lex.determiners:
        x -= 1
    if x < 0 or not lex.object_before_verb or s.clauses[x] != event.clause:
        return []
    mk = _marker_ending(words, x, lex)
    agent = words[x].key in lex.agent_markers
    if not agent and (mk is None or mk[0] not in ("source", "weak_source", "location") or mk[1] != x):
        return []
    after = [p for p in s.preds if p.index > sl.last and p.clause == event.clause and p.entry.kind == "motion"]
    p = after[0] if after and after[0].index - sl.last <= _FAR else None
    return [p] if p is not None and (p.entry.frame == "depart" or agent and p.entry.frame == "transfer") else []


def _leaves_what_follows(s: _Sentence, p: _Pred, upto: int) -> bool:
    """Whether the departure ``p`` has for object what follows it: a verb whose object is what
    it leaves ("fled the fighting"), or any departure followed by a marker of a start ("fugiram
    dos combates", "flohen vor den Kämpfen")."""
    if p.entry.object == "origin":
        return True
    mk = _marker_ending(s.words, p.end + 1, s.lex) if p.end + 1 < upto else None
    return mk is not None and mk[0] in ("source", "weak_source", "location")  # ("vor": from what one flees)


def _relative_on(s: _Sentence, between: range) -> bool:
    """Whether the words between an event noun and a place are a relative clause that puts
    the event there ("the fighting that has engulfed X", "les violences qui ravagent X",
    "die Kämpfe, die X erschüttern"): a relative word first, then at most three words, none
    of them a marker or a verb of saying."""
    words, lex = s.words, s.lex
    xs = list(between)
    if not xs or words[xs[0]].key not in lex.relatives:
        return False
    rest = [x for x in xs[1:] if words[x].key not in lex.determiners]
    # (the place right after the relative word is its subject, "la ville que Damas contrôle",
    # except where the verb ends the clause: "die Kämpfe, die Khartum erschüttern")
    if not rest and not lex.object_before_verb:
        return False
    return len(rest) <= 3 and not any(_marker_ending(words, x, lex) or _says(words[x], lex) for x in rest)


def where_what_they_flee_is(s: _Sentence, n: int, sl: _Slot) -> bool:
    """"fled the violence that has engulfed X", "ont fui les violences qui ravagent X",
    "flohen vor den Kämpfen, die X erschüttern": a departure, what it leaves (a short noun
    phrase naming no place), then a relative clause (:func:`_relative_on`) whose place is
    where they leave."""
    words, lex = s.words, s.lex
    if sl.role is not None or not sl.first:
        return False
    rel = next((x for x in range(sl.first - 1, max(-1, sl.first - 5), -1) if words[x].key in lex.relatives), None)
    if rel is None or not _relative_on(s, range(rel, sl.first)):
        return False
    motion = [q for q in s.preds if q.entry.kind == "motion" and q.end < rel]
    p = motion[-1] if motion else None
    if p is None or p.entry.frame != "depart" or not _leaves_what_follows(s, p, rel) or any(o.pred is p and o.role == "origin" for o in s.slots):
        return False
    first = _what_they_leave(words, p.end + 1, rel, lex)
    if not 0 < rel - first <= _LEFT_PHRASE or _punct_between(s, p.end, rel - 1, _PHRASE_BREAKS) \
            or any(o.first > p.end and o.first < rel for o in s.slots):
        return False
    if any(words[x].key in lex.determiners or words[x].key in lex.markers_flat or _says(words[x], lex) or words[x].key.isdigit()
           or (words[x].capitalised and not lex.nouns_capitalised) for x in range(first, rel)):
        return False  # one noun phrase of common words: what they flee
    _give(sl, "origin", p, "where_what_they_flee_is", p.text)
    return True


def where_they_leave_home(s: _Sentence, n: int, sl: _Slot) -> bool:
    """"In Sindh, thousands have left their villages", "haben in der Provinz X ihre Dörfer
    verlassen", "En X, miles abandonaron sus casas": a place a location marker puts before a
    departure in its clause (no verb of saying between), whose object is a dwelling
    (``[constructions] dwelling_nouns``: after the verb, or before it where the object comes
    first), is where they leave."""
    words, lex = s.words, s.lex
    if sl.role is not None or sl.marker not in ("location", "weak_goal"):  # ("Au Darfour, ...", "En X": before the verb, where)
        return False
    after = [q for q in s.preds if q.entry.kind == "motion" and q.index > sl.last]
    p = after[0] if after else None
    if p is None or (p.entry.frame != "depart" and p.entry.object != "origin") or p.clause != s.clauses[sl.first] \
            or p.index - sl.last > _MODAL_REACH + 4 \
            or any(o.pred is p and o.role == "origin" for o in s.slots) or any(_says(words[x], lex) for x in range(sl.last + 1, p.index)):
        return False
    window = range(sl.last + 1, p.index) if lex.object_before_verb else range(p.end + 1, min(len(words), p.end + 4))
    if any(o.first in window for o in s.slots):
        return False
    if any(words[x].key in lex.dwelling_nouns for x in window):
        _give(sl, "origin", p, "where_they_leave_home", p.text)
        return True
    # "In X, residents were evacuated by boat", "In X wurden die Bewohner evakuiert": the place
    # that opens the sentence sets the scene the departure leaves
    opens = sl.first <= 2 and all(_marker_ending(words, x, lex) is not None or words[x].key in lex.determiners for x in range(sl.first)) \
        and sl.last + 1 < len(words) and ("," in s.doc.gap(words[sl.last], words[sl.last + 1]) or lex.object_before_verb)
    if opens and not any(o is not sl and o.pred is p for o in s.slots) and not any(
            words[x].key in lex.relatives and (words[x].key not in lex.determiners or "," in s.doc.gap(words[x - 1], words[x]))
            for x in range(sl.last + 1, p.index)):
        # (not a verb of a relative clause about the place: "En X, donde nadie ordenó evacuar a ...")
        _give(sl, "origin", p, "where_they_leave_home", p.text)
        return True
    return False


def apposition_is_no_end(s: _Sentence, n: int, sl: _Slot) -> bool:
    """"Ils ont atteint Zarzis, située à la frontière": where the place is, not a second end."""
    words = s.words
    # (not an item of a list that repeats the marker: "viennent de Guinée, de Syrie et du Mali")
    if sl.role and sl.marker in ("weak_goal", "weak_source", "location") and n and sl.via != "repeated_marker_in_list":
        prev = s.slots[n - 1]
        between = range(prev.last + 1, sl.first)
        if prev.role and prev.last + 1 < len(words) and "," in s.doc.gap(words[prev.last], words[prev.last + 1]) \
                and len(between) <= 5 and not any(p.index in between for p in s.preds):
            sl.role, sl.pred, sl.via = None, None, "apposition_is_no_end"
    return False


#: the rules that read a place's role, in order
_SLOT_RULES: tuple[Callable[[_Sentence, int, _Slot], bool], ...] = (
    qualifier, read_back, residents_of, fleeing_the_event, where_the_fled_event_is, where_what_they_flee_is, where_they_leave_home,
    apposition_is_no_end,
)



def purpose_clause(s: _Sentence, story: _Story) -> None:
    """"They left Kursk to find shelter in Belgorod", "ließen die Stadt hinter sich, um in
    Lwiw zu bleiben": a departure that names only its start, followed by a clause of purpose
    (``[grammar] purpose``) that locates what they go to do, ends there."""
    doc, words, slots, preds, lex = s.doc, s.words, s.slots, s.preds, s.lex
    for p in preds:
        if p.entry.kind != "motion" or p.entry.frame != "depart":
            continue
        mine = [sl for sl in slots if sl.pred is p]
        if not any(sl.role == "origin" for sl in mine) or any(sl.role == "destination" for sl in mine):
            continue
        start = max([p.end] + [sl.last for sl in mine if sl.first > p.end])
        found = next(((m, m + len(ph)) for m in range(start + 1, min(start + 3, len(words))) for ph in lex.purpose
                      if tuple(w.key for w in words[m : m + len(ph)]) == ph), None)
        if found is None or any(c in doc.gap(words[x], words[x + 1]) for x in range(start, found[1] - 1) for c in ".;:!?"):
            continue
        first, opened = found
        later = [sl for sl in slots if sl.first >= opened and sl.role is None and sl.marker in ("location", "weak_goal")
                 and sl.first - opened <= 10 and not any(q.entry.kind == "motion" and opened <= q.index < sl.first for q in preds)]
        if later:
            _give(later[0], "destination", p, "purpose_clause", doc_text(words, first, opened - 1))


#: how far (in words) an object may stand before its verb at the end of the clause
_OBJECT_BEFORE = 6


def object_before_verb(s: _Sentence, story: _Story) -> None:
    """"Viele Familien haben Charkiw verlassen" (``[meta] object_before_verb``: German puts
    the verb last): a place with no marker and no role is the object of the first motion
    verb after it in its clause that takes one, with no other place or marker between."""
    words, slots, preds, clauses, lex = s.words, s.slots, s.preds, s.clauses, s.lex
    if not lex.object_before_verb:
        return
    for sl in slots:
        if sl.role is not None or sl.marker:
            continue
        after = [p for p in preds if p.index > sl.last and p.clause == clauses[sl.last] and p.index - sl.last <= _OBJECT_BEFORE]
        if not after or after[0].entry.kind != "motion" or after[0].entry.object not in ("origin", "destination"):
            continue
        p = after[0]
        goals = _goal_phrases_before(s, sl.last, p)
        if any(sl.last < o.first < p.index and o not in goals for o in slots) or any(
                _marker_ending(words, x, lex) and not (x + 1 < len(words) and words[x + 1].key in _TIME_WORDS)
                and not any(x < o.first for o in goals)
                for x in range(sl.last + 1, p.index - 1)):  # ("am Montag" is when, not a place's marker;
            continue  # the word right before the verb marks no place: "X zu verlassen", the infinitive's "zu")
        _give(sl, p.entry.object, p, "object_before_verb", p.text)


def _goal_phrases_before(s: _Sentence, last: int, p: _Pred) -> list[_Slot]:
    """The places after word ``last`` and before the verb ``p`` that a strong marker already
    made its goal or path ("Homs in Richtung Libanon verlassen": the object comes before the
    goal phrase); none when a place between has another role."""
    between = [o for o in s.slots if last < o.first < p.index]
    if any(o.pred is not p or o.role not in ("destination", "path") or o.marker not in ("goal", "path") for o in between):
        return []
    return between


def object_later_in_clause(s: _Sentence, story: _Story) -> None:
    """"Die Kämpfer verließen in der Nacht zum Sonntag die Stadt Homs" (``[meta]
    object_before_verb``: where the verb may come late, a verb that comes second leaves its
    object for the end of the clause, past phrases of time and place): a place with no
    marker and no role after a motion verb that takes an object, in its clause, ending a noun
    phrase an article opens, is that object — read up to the clause's end, not within a fixed
    reach, with no comma, other verb of motion or place with a role between, and the verb's
    object not yet named. Elsewhere only a phrase of time may stand between ("ont quitté
    dans la nuit de samedi à dimanche la ville de X")."""
    words, slots, lex = s.words, s.slots, s.lex
    for p in s.preds:
        if p.entry.kind != "motion" or p.entry.object not in ("origin", "destination") \
                or any(o.pred is p and o.role == p.entry.object for o in slots):
            continue
        later = [o for o in slots if o.first > p.end and s.clauses[o.first] == p.clause]
        sl = later[0] if later else None
        if sl is None or sl.role is not None or sl.marker or sl.via or _punct_between(s, p.end, sl.first, _PHRASE_BREAKS) \
                or any(p.end < q.index < sl.first and q.entry.kind == "motion" for q in s.preds) \
                or any(_says(words[x], lex) for x in range(p.end + 1, sl.first)):
            continue
        opened = _noun_phrase_opened(s, sl)
        # (where the verb keeps its place, only a phrase of time may stand before its object:
        # "abandonaron durante la noche del sábado la ciudad de X")
        if opened is not None and (lex.object_before_verb or _time_phrase(words, p.end + 1, opened, lex)):
            _give(sl, p.entry.object, p, "object_later_in_clause", p.text)


def crossing_the_border_pair(s: _Sentence, story: _Story) -> None:
    """"Migrants crossed the Serbian-Hungarian border", "hanno varcato il confine
    serbo-ungherese": a crossing (frame traverse) whose only place is a border written as
    its two countries' pair goes from the first country written to the second; the border
    stays its path. The countries are read from the pair's words (a word the article reads
    as a country's demonym: ``story.demonyms``; the other word is the other side); where
    neither word reads so, the border line is the crossing's end."""
    words = s.words
    for p in s.preds:
        if p.entry.frame != "traverse" or any(o.pred is p and o.role in ("origin", "destination") for o in s.slots):
            continue
        crossed = [o for o in s.slots if o.pred is p and o.role == "path" and o.pid in story.sides and o.first < o.last]
        if len(crossed) != 1:
            continue
        sl = crossed[0]
        sides = story.sides[sl.pid]
        pair = next((x for x in range(sl.first, sl.last) if s.doc.gap(words[x], words[x + 1]).strip() in ("-", "‐", "‑", "–")), None)
        if pair is None:
            continue
        read = {x: c for x in (pair, pair + 1) if (c := story.demonyms.get(words[x].index)) in sides}
        if not read:
            _give(sl, "destination", p, "crossing_the_border_pair", p.text)  # (the order unread: the border line is the end)
            continue
        x, c = next(iter(read.items()))
        first = c if x == pair else next(d for d in sides if d != c)
        second = next(d for d in sides if d != first)
        for pid, at, role in ((first, pair, "origin"), (second, pair + 1, "destination")):
            new = _Slot(pid, at, at, words[at].start, words[at].end)
            _give(new, role, p, "crossing_the_border_pair", p.text)
            s.slots.append(new)


def _noun_phrase_opened(s: _Sentence, sl: _Slot) -> int | None:
    """The article that opens the noun phrase the place ``sl`` ends ("die Stadt Homs", "la
    ville de X", "das umkämpfte Homs"), if it is one — not the rest of a phrase a marker opens."""
    words, lex = s.words, s.lex
    x = sl.first - 1
    if x > 0 and words[x].key in lex.of and words[x - 1].key in lex.place_nouns:
        x -= 1  # "la ville de X": the place noun's genitive
    while x >= 0 and sl.first - x <= 4 and words[x].key not in lex.determiners and not _marker_ending(words, x, lex) \
            and (words[x].key in lex.place_nouns or not words[x].capitalised or lex.nouns_capitalised):
        x -= 1  # over "Stadt", "kleinen", "ville": place nouns and adjectives
    return x if x >= 0 and words[x].key in lex.determiners else None


#: how many words may stand between a verb of ordering and the departure it orders
#: ("ordered the immediate evacuation": 2)
_ORDER_GAP = 4


def ordered_departure(s: _Sentence, story: _Story) -> None:
    """"Florida ordered the evacuation of its coastal towns": a state, region or town that
    orders (``[grammar] order_verbs``) a departure which names no start is where it starts.
    Not a country: "Spain ordered the evacuation of ..." names who orders, not where."""
    doc, words, slots, preds, clauses, lex, kinds = s.doc, s.words, s.slots, s.preds, s.clauses, s.lex, s.kinds
    for p in preds:
        if p.entry.kind != "motion" or p.entry.frame not in ("depart", "transfer"):
            continue
        if any(sl.pred is p and sl.role in ("origin", "destination") for sl in slots):
            continue
        order = [x for x in range(max(0, p.index - _ORDER_GAP - 1), p.index)
                 if clauses[x] == p.clause and (words[x].key in lex.order_verbs or words[x].lemma in lex.order_verbs)]
        if not order:
            continue
        # the subject: no preposition before it ("in X, ... where no evacuation was ordered"),
        # no comma between it and the verb
        subjects = [sl for sl in slots if sl.last < order[-1] and sl.role is None and sl.marker != "location"
                    and clauses[sl.first] == p.clause and kinds.get(sl.pid) in ("region", "town", "area")
                    and not any(c in doc.gap(words[x], words[x + 1]) for x in range(sl.last, order[-1]) for c in ",;:()")]
        if subjects and not any(sl.last < order[-1] and sl.role is None and kinds.get(sl.pid) == "country"
                                and clauses[sl.first] == p.clause for sl in slots):
            for sl in subjects:
                _give(sl, "origin", p, "ordered_departure", words[order[-1]].text)


#: how many words may stand between a passive's subject and its auxiliary ("villages near X
#: were evacuated"; German: "Ortschaften nahe X sollten evakuiert werden", the auxiliary last)
_PASSIVE_SUBJECT = 6


def evacuated_subject(s: _Sentence, story: _Story) -> None:
    """"Villages near Homs were evacuated", "In der Nähe von X sollten Dörfer evakuiert werden":
    the subject of a passive verb whose object is where people are taken from (``transfer``
    with an ``origin`` object: evacuate, clear) names where they leave, when no start is named.
    The first place of the subject and those coordinated with it; none set off by a comma."""
    words, slots, lex = s.words, s.slots, s.lex
    for p in s.preds:
        if p.entry.kind != "motion" or p.entry.frame != "transfer" or p.entry.object != "origin" \
                or any(sl.pred is p and sl.role == "origin" for sl in slots):
            continue
        aux = [x for x in range(max(0, p.index - _PASSIVE_SUBJECT), min(len(words), p.end + 2))
               if x not in range(p.index, p.end + 1) and s.clauses[x] == p.clause and words[x].lemma in lex.passive_auxiliaries]
        if not aux:
            continue
        first = min(aux[0], p.index)
        subject = [sl for sl in slots if sl.role is None and sl.last < first and s.clauses[sl.first] == p.clause
                   and sl.marker in ("", "location") and first - sl.last <= _PASSIVE_SUBJECT
                   and not _punct_between(s, sl.last, first, _PHRASE_BREAKS)]
        for n, sl in enumerate(subject):
            if n and not all(words[x].key in lex.coordinators for x in range(subject[n - 1].last + 1, sl.first)):
                break
            _give(sl, "origin", p, "evacuated_subject", words[p.index].text)


def _coordinate(s: _Sentence, sl: _Slot, j: int, slot_last: dict[int, _Slot]) -> None:
    """"They fled to Gao, Mopti or Bamako": share the role of the place this one is
    coordinated with, or of the marker that opens the list when its first names are unknown
    ("de X et Y")."""
    words, lex = s.words, s.lex
    k = j
    steps = 0
    while k >= 0 and steps < 8:
        if k in slot_last:
            prev = slot_last[k]
            if prev.role is None and ")" in s.doc.gap(words[k], words[k + 1]) and (qualified := _before_bracket(s, k)) >= 0:
                k = qualified  # "to Yerevan (Armenia), Tbilisi": the bracket qualifies Yerevan
                continue
            if prev.role in ("origin", "destination", "path") and prev.pred is not None:
                _give(sl, prev.role, prev.pred, "coordinated", prev.cue)
            return
        gap = s.doc.gap(words[k], words[k + 1]) if k + 1 < len(words) else ""
        if ")" in gap and not any(c in gap for c in _HARD_PUNCT - {")"}):
            # "to A, B (TO), C": a bracket of a word or two after a listed name is skipped
            k = _before_bracket(s, k)
            if k < 0:
                return
            gap = ""
        w = words[k]
        if any(c in gap for c in _HARD_PUNCT):
            return
        mk = _marker_ending(words, k, lex)
        if mk and steps and not (w.key in lex.of and k > 0 and words[k - 1].key in lex.place_nouns):
            _from_marker(s, sl, mk[0], mk[1])
            return
        if not (w.key in lex.coordinators or w.key in lex.determiners or mk or w.capitalised
                or w.key in lex.place_nouns or w.key in lex.of):
            return
        k -= 1
        steps += 1


def _before_bracket(s: _Sentence, k: int) -> int:
    """The word before the opening bracket of a bracket of one or two words that ends with
    word ``k`` ("Pinerolo (TO)" -> "Pinerolo"), else -1."""
    for a in (k, k - 1):
        if a >= 1 and "(" in s.doc.gap(s.words[a - 1], s.words[a]) \
                and not any(c in s.doc.gap(s.words[x], s.words[x + 1]) for x in range(a, k) for c in _HARD_PUNCT):
            return a - 1
    return -1


#: days and relative days, which may stand between a verb and its object
_TIME_WORDS = frozenset(WEEKDAYS) | DAY_WORDS


def _says(w: Word, lex: Lexicon) -> bool:
    """Whether ``w`` is a verb of saying (by lemma or by its folded form)."""
    return w.lemma in lex.say or w.key in lex.say


#: lemmas of the copula: "they were from X" says where people come from, not a movement
_COPULA = frozenset("be etre sein essere ser estar".split())


@dataclass(frozen=True)
class _MarkerRead:
    """What the marker rules read: the place, its marker (role and first word) and the
    predicates of its clause around it."""

    s: _Sentence
    sl: _Slot
    role: str
    k: int
    clause: int
    motion: list[_Pred]  #: the sentence's motion predicates
    before: list[_Pred]  #: ... those before the marker in its clause
    after: list[_Pred]  #: ... and after it
    events_before: list[_Pred]  #: event predicates before the marker in its clause
    near_before: _Pred | None  #: the motion predicate right before (within _NEAR words, no verb of being or saying between)

    @property
    def word(self) -> str:
        return self.s.words[self.k].text


def _from_marker(s: _Sentence, sl: _Slot, role: str, k: int) -> None:
    """The role a marker gives a place, from the rules of :data:`_MARKER_RULES` in order."""
    words, lex = s.words, s.lex
    clause = s.clauses[k]
    perfect = _FAR if lex.object_before_verb else _NEAR
    if role in ("source", "weak_source") and k > 0 and words[k - 1].lemma in _COPULA \
            and not any(p.entry.kind == "motion" and p.clause == s.clauses[k] and (0 < p.index - k <= perfect or p.index == k - 1)
                        for p in s.preds):
        # "they were from X": where they come from, not a movement — but "sind aus X
        # gekommen" is a perfect, the verb of motion after the place (at the clause's end where
        # the verb comes last: "sind aus X seit Sonntag 3000 Menschen geflohen")
        return
    sl.marker = role
    motion = [p for p in s.preds if p.entry.kind == "motion"]
    # (a marker may open with its verb: Portuguese "vindas de X" is a marker and a verb of coming)
    before = [p for p in motion if p.index <= k and p.clause == clause]
    # (whom the verb moves counts as one word: "flew a group of 30 people to X")
    near_before = before[-1] if before and (_reach(words, before[-1].end, k, lex) <= _NEAR or _movers_between(s, before[-1], k)) else None
    if near_before is not None and any(words[x].lemma in _COPULA or _says(words[x], lex) for x in range(near_before.end + 1, k)):
        near_before = None  # "arrivals said they were from X": X is not where the arrival started
    m = _MarkerRead(s, sl, role, k, clause, motion, before, [p for p in motion if p.index > k and p.clause == clause],
                    [p for p in s.preds if p.entry.kind == "event" and p.index < k and p.clause == clause], near_before)
    for rule in _MARKER_RULES:
        if rule(m):
            return


_STRONG = {"source": "origin", "goal": "destination", "path": "path"}
#: how many letters of ending a participle may have after its stem (``[grammar] control_participles``)
_PARTICIPLE_ENDING = 3


def agent_of_a_participle(m: _MarkerRead) -> bool:
    """"La Crimea controllata dalla Russia", "die von Russland besetzten Gebiete": a start marker
    that is also the agent's word (Italian "da", German "von") right after a participle of
    holding, taking or striking a place (``[grammar] control_participles``) — or, where the verb
    comes last, right before the place and such a participle after it — names who holds the
    place, not where a move starts: the place gets no role."""
    if m.role not in ("source", "weak_source") or not m.s.lex.control_participles:
        return False
    words, lex = m.s.words, m.s.lex
    x = m.sl.last + 1 if lex.object_before_verb else m.k - 1
    if not 0 <= x < len(words) or not any(
            words[x].key.startswith(st) and len(words[x].key) - len(st) <= _PARTICIPLE_ENDING for st in lex.control_participles):
        return False
    m.sl.via = "agent_of_a_participle"
    return True


def strong_marker(m: _MarkerRead) -> bool:
    """"The trucks drove on from Homs towards Hama": a strong marker attaches to the motion
    predicate before it in its clause (within _FAR words), else to the first after it."""
    if m.role not in _STRONG or _genitive_of(m):
        return False
    before = m.before
    p = before[-1] if before and _reach(m.s.words, before[-1].end, m.k, m.s.lex) <= _FAR else (m.after[0] if m.after else None)
    if p is not None and _verb_last_after_and(m, p):
        p = m.after[0]
    if p is not None:
        _give(m.sl, _STRONG[m.role], p, "strong_marker", m.word)
    return p is not None


def _genitive_of(m: _MarkerRead) -> bool:
    """Whether a strong source marker that is also the language's "of" (German "von") follows a
    building or place noun: the genitive ("in die Aufnahmezentren von X gebracht": the centres of
    X), not where a move starts."""
    words, lex = m.s.words, m.s.lex
    return m.role == "source" and m.k > 0 and words[m.k].key in lex.of and _place_noun(words[m.k - 1], lex)


def _verb_last_after_and(m: _MarkerRead, p: _Pred) -> bool:
    """"nach X gefahren und dann nach Y geflogen": where the verb comes last in its clause, a
    marker after a coordinator that follows the predicate ``p`` before it belongs to the verb after
    it, within _FAR words and no punctuation between; so does a marker after a noun of motion when
    a verb follows ("nach ihrer Ankunft in X wurden sie nach Y gebracht": the noun's article or
    possessive before it)."""
    s, words, lex = m.s, m.s.words, m.s.lex
    if not lex.object_before_verb or not m.after or p.index > m.k or m.after[0].index - m.k > _FAR \
            or _punct_between(s, p.end, m.after[0].index, _PHRASE_BREAKS):
        return False
    noun = p.index > 0 and (words[p.index - 1].key in lex.determiners or words[p.index - 1].key in lex.possessives)
    after = m.after[0]
    verb = not (after.index > 0 and (words[after.index - 1].key in lex.determiners or words[after.index - 1].key in lex.possessives))
    return (noun and verb) or any(words[x].key in lex.coordinators for x in range(p.end + 1, m.k))


_DASHES = (" – ", " — ", " - ")


def end_restated_after_dash(m: _MarkerRead) -> bool:
    """"They drove north from X to the north of the country – to Y", "vers le nord du pays –
    jusqu'à Y", "in den Norden des Landes – nach Y": a marker opening a phrase set off by a dash,
    with no predicate in its clause, restates the end of the motion predicate of the clause before
    it; the place it names replaces the end that phrase gave (an apposition that narrows it)."""
    s, words = m.s, m.s.words
    if m.role not in _MARKER_ROLES or m.before or m.after:
        return False
    first = s.clauses.index(m.clause)
    if first == 0 or m.k != first or not any(d in s.doc.gap(words[first - 1], words[first]) for d in _DASHES) \
            or words[first].key in s.lex.coordinators or any(p.clause == m.clause for p in s.preds):
        return False
    p = next((q for q in reversed(m.motion) if q.clause == m.clause - 1), None)
    if p is None:
        return False
    role = _MARKER_ROLES[m.role]
    for o in s.slots:
        if o.pred is p and o.role == role and o.last < first:
            o.role, o.pred, o.via = None, None, "restated_after_dash"
    _give(m.sl, role, p, "end_restated_after_dash", m.word)
    return True


def strong_marker_past_clause(m: _MarkerRead) -> bool:
    """"Thousands left; towards Hama, mostly": a strong marker with no predicate in its
    clause attaches to a motion predicate just before it in another clause."""
    if m.role not in _STRONG or _genitive_of(m):
        return False
    any_before = [q for q in m.motion if q.index < m.k]
    p = any_before[-1] if any_before and m.k - any_before[-1].end <= _NEAR else None
    if p is not None:
        _give(m.sl, _STRONG[m.role], p, "strong_marker_past_clause", m.word)
    return True


def arrival_recorded_at(m: _MarkerRead) -> bool:
    """"Forty landings were counted over the weekend at Pozzallo": where an arrival is
    recorded, when no motion predicate stands right before the marker."""
    if m.role not in ("location", "weak_goal") or m.sl.role is not None or m.near_before is not None:
        return False
    arr = [p for p in m.before if p.entry.frame == "arrive"]
    if arr and not any(o.pred is arr[-1] and o.role == "destination" for o in m.s.slots) \
            and not any(e.index > arr[-1].index for e in m.events_before):
        _give(m.sl, "destination", arr[-1], "arrival_recorded_at", m.word)
        return True
    return False


#: how far after a departure an event noun is what it flees, not the subject of the next verb ("huían de los combates": 3)
_FLED_EVENT = 4


def event_goes_on_there(m: _MarkerRead) -> bool:
    """"The shelling continued in Avdiivka": an event whose verb goes on goes on there."""
    near = m.near_before
    if m.role not in ("location", "weak_goal") or m.sl.role is not None or near is None:
        return False
    words, lex = m.s.words, m.s.lex
    # (not the object of a departure before it: "Familias que huían de los combates llegaron a X")
    ev_subject = [p for p in m.s.preds if p.entry.kind == "event" and p.clause == m.clause and 0 < near.index - p.end <= 2
                  and not any(words[x].key in lex.coordinators or _timed(words[x], lex) for x in range(p.end + 1, near.index))
                  and not any(q.entry.kind == "motion" and q is not near and 0 < p.index - q.end <= _FLED_EVENT for q in m.motion)]
    # (not "were freed and repatriated to X": two verbs of one subject, the place is the second's)
    if ev_subject:
        _give(m.sl, "event", ev_subject[-1], "event_goes_on_there", m.word)
        return True
    return False


def goal_phrase_located(m: _MarkerRead) -> bool:
    """"They were moved to a camp run by the agency in Gambella": the goal the verb opens
    is no place; where that goal lies is the end (the verb's, not a noun's that names the place
    noun: "taken to a transit camp in X"); where "of" is a weak source marker too, it locates
    the building it follows ("conduits dans des hôpitaux de X", "portati negli ospedali di X")."""
    words, lex = m.s.words, m.s.lex
    verbs = [q for q in m.before if not _names_the_place_noun(words, q, lex)]
    f = m.sl.first
    # (the "of" is read as a genitive: the marker is the one before the building, "dans des")
    building_of = m.role == "weak_source" and f > 1 and words[f - 1].key in lex.of and words[f - 2].key in lex.facility_nouns
    if (m.role in ("location", "weak_goal") or building_of) and (m.near_before is None or m.role != "weak_goal" or m.near_before not in verbs) \
            and verbs and m.sl.role is None \
            and _goal_phrase_then(m.s.doc, words, verbs[-1], f - 1 if building_of else m.k, lex, m.s.preds, m.s.slots):
        _give(m.sl, "destination", verbs[-1], "goal_phrase_located", m.word)
        return True
    p = _goal_phrase_before_verb(m)
    if p is not None:
        _give(m.sl, "destination", p, "goal_phrase_located", m.word)
        return True
    return False


def _goal_phrase_before_verb(m: _MarkerRead) -> _Pred | None:
    """Where the verb comes last: "wurden in Krankenhäuser in X gebracht" — a goal phrase
    (opened by a goal marker or a location marker that says where one ends up, ``[grammar]
    into_locations``) headed by a building or place noun, the location marker of the place right
    after it, then the verb of moving someone or going in the same clause: the verb's, nothing
    but more places of a list and no punctuation between."""
    s, words, lex = m.s, m.s.words, m.s.lex
    if not lex.object_before_verb or not (m.role == "location" or _genitive_of(m)) or m.sl.role is not None or m.before or not m.after:
        return None
    p = _verb_right_after(m)
    if p is None or p.entry.frame not in ("move", "transfer", "depart") or p.entry.object == "origin":
        return None  # ("ihre Häuser in X verlassen": the phrase is what the verb leaves, :func:`what_they_leave_before_verb`)
    for x in range(m.k - 1, max(-1, m.k - _OPENED_PHRASE), -1):
        mk = _marker_ending(words, x, lex)
        if mk is None:
            continue
        into = mk[0] in ("goal", "weak_goal") or (mk[0] == "location" and words[x].key in lex.into_locations)
        nouns = [y for y in range(x + 1, m.k) if _place_noun(words[y], lex)]
        names = any(o.first < m.k and o.last >= mk[1] for o in s.slots)
        return p if into and nouns and not names and not _punct_between(s, mk[1], m.k, _PHRASE_BREAKS) else None
    return None


def _verb_right_after(m: _MarkerRead) -> _Pred | None:
    """Where the verb comes last: the first predicate after the marker's place when it stands
    near, in the same phrase, with nothing but more places of a list between ("in Zentren in X
    und Y gebracht")."""
    s, words, lex = m.s, m.s.words, m.s.lex
    if not m.after:
        return None
    p = m.after[0]
    if p.index - m.sl.last > _NEAR or _punct_between(s, m.k - 1, p.index, _PHRASE_BREAKS) \
            or not all(words[y].key in lex.coordinators or any(o.first <= y <= o.last for o in s.slots) for y in range(m.sl.last + 1, p.index)):
        return None
    return p


def what_they_leave_before_verb(m: _MarkerRead) -> bool:
    """Where the verb comes last, :func:`location_of_what_they_leave` read backwards: "haben ihre
    Häuser in X verlassen", "sind vor den Kämpfen in X geflohen" — a departure right after the
    place, and before the marker that locates a noun (``[constructions] noun_location``) one
    short noun phrase that names no place (opened by a determiner or the verb's own source
    preposition): the place is where they leave."""
    s, words, lex = m.s, m.s.words, m.s.lex
    if not lex.object_before_verb or m.before or m.role != "location" or m.sl.role is not None \
            or not any(" ".join(w.key for w in words[m.k : m.k + n]) in lex.noun_location for n in (1, 2, 3)):
        return False
    p = _verb_right_after(m)
    if p is None or p.entry.frame != "depart":
        return False
    first = m.k - 1
    while first > 0 and m.k - first < _LEFT_PHRASE and words[first - 1].key not in lex.determiners \
            and _marker_ending(words, first - 1, lex) is None and not _punct_between(s, first - 1, first + 1, _PHRASE_BREAKS):
        first -= 1
    opener = first - 1
    mk = _marker_ending(words, opener, lex) if opener >= 0 else None
    if opener < 0 or not (words[opener].key in lex.determiners or (mk is not None and mk[0] in ("source", "weak_source"))) \
            or _punct_between(s, opener, m.k, _PHRASE_BREAKS) or _time_phrase(words, first, m.k, lex) \
            or any(o.last >= opener and o.first < m.k for o in s.slots if o is not m.sl) \
            or any(opener <= q.end and q.index < m.k for q in s.preds) \
            or any(words[x].key.isdigit() or words[x].key in lex.markers_flat or _says(words[x], lex) for x in range(first, m.k)):
        return False  # (one noun phrase, no time, number, name or verb in it)
    _give(m.sl, "origin", p, "what_they_leave_before_verb", m.word)
    return True


#: how many words the phrase a marker opens may take before the marker that locates it
#: ("from the new reception camp in X": 5)
_OPENED_PHRASE = 6


def opened_phrase_located(m: _MarkerRead) -> bool:
    """"Transferred from the camp in Dundo to the new site at Lovua", "trasladados del campo
    en X al nuevo campamento en Y": a source or goal marker that goes with a motion predicate
    (right after it, or after a place that has its role) opens a phrase headed by a place
    noun that names no place; the location marker after that noun gives where it lies, and
    the place takes the opening marker's role."""
    s, words, lex = m.s, m.s.words, m.s.lex
    if m.role not in ("location", "weak_goal") or m.sl.role is not None \
            or any(words[x].key in lex.of and words[x - 1].key in lex.place_nouns for x in range(m.k + 1, m.sl.first)):
        return False  # ("al nuovo campo di X": the marker opens the place's own phrase)
    for x in range(m.k - 1, max(-1, m.k - 1 - _OPENED_PHRASE), -1):
        # (a comma may set the location off: "à la prison de X, à Londres")
        if any(c in s.doc.gap(words[x], words[x + 1]) for c in (";:()" if x == m.k - 1 else ",;:()")) \
                or any(o.first <= x <= o.last for o in s.slots) \
                or any(p.index <= x <= p.end for p in s.preds):
            return False
        mk = _marker_ending(words, x, lex)
        if mk is None or mk[0] not in ("source", "goal", "weak_source", "weak_goal") \
                or (words[x].key in lex.of and x > 0 and words[x - 1].key not in lex.markers_flat
                    and not any(p.end == x - 1 for p in s.preds) and not any(o.last == x - 1 for o in s.slots)):
            continue  # ("centro de acogida en X": the "de" of a noun, not the marker that opens the phrase)
        if "," in s.doc.gap(words[m.k - 1], words[m.k]) and m.role != "location" and mk[0] not in ("goal", "weak_goal"):
            return False  # (past a comma only a goal's phrase is located: not "fled, said workers from the region, to X")
        return _opened_at(m, mk[1], x)
    return False


def _opened_at(m: _MarkerRead, first: int, x: int) -> bool:
    """:func:`opened_phrase_located` once the opening marker (words first..x) is found."""
    s, words, lex = m.s, m.s.words, m.s.lex
    nouns = [y for y in range(x + 1, m.k) if _place_noun(words[y], lex) or words[y].key in lex.refuge_nouns]
    opener = _marker_ending(words, x, lex)
    role = "origin" if opener in (("source", first), ("weak_source", first)) else "destination"
    # (a goal's facility may have a name of its own: "to Belmarsh prison in X", "à la prison de Y, à X")
    if not nouns or any(words[y].capitalised and y not in nouns and zipf(words[y].key, s.doc.lang) < FREQUENT_ZIPF
                        and not (role == "destination" and _names_the_facility(words, y, nouns, lex)) for y in range(x + 1, m.k)):
        return False  # a phrase about a place ("the new camp", "for safety"), not a name ("to Fassala in Mauritania")
    if role == "origin" and m.role == "weak_goal" \
            and not any(o.first > m.sl.last and (mk := _marker_ending(words, o.first - 1, lex)) is not None and mk[0] in ("goal", "weak_goal")
                        for o in s.slots):
        return False  # "brought them from the old reception centre to X", "from the camp to X": a building's or a place noun's phrase, then the goal (not "d'une prison à X vers Y")
    p = next((q for q in m.before if q.end == first - 1), None)
    chained = next((o for o in s.slots if o.last == first - 1 and o.role in ("origin", "destination") and o.pred is not None), None)
    if p is None and chained is not None:
        p = chained.pred
    if p is None and opener in (("weak_source", first), ("weak_goal", first)) and m.before \
            and _time_phrase(words, m.before[-1].end + 1, first, lex):
        p = m.before[-1]  # "trasladados el lunes a un hospital en X": a time phrase between the verb and a weak marker
    if p is None and opener in (("source", first), ("goal", first)):
        # (the verb before it; where the verb comes last, ``[meta] object_before_verb``, the first after it)
        p = m.before[-1] if m.before and _reach(words, m.before[-1].end, first, lex) <= _FAR \
            else (m.after[0] if m.after and lex.object_before_verb else None)
    if p is None and role == "destination":
        p = _after_a_source_phrase(m, first)
    if p is None or any(o.pred is p and o.role == role for o in s.slots):
        return False
    _give(m.sl, role, p, "opened_phrase_located", words[x].text)
    return True


def _names_the_facility(words: tuple[Word, ...], y: int, nouns: list[int], lex: Lexicon) -> bool:
    """Whether the capitalised word ``y`` is the own name of the place noun of ``nouns`` it stands
    with: right before it, or before the capitalised words that lead to it ("Belmarsh prison",
    "the Old Town Hospital"), or right after it, "of" between or not ("le camp de X", "Lager X")."""
    after = next((n for n in nouns if n > y), None)
    if after is not None and all(words[z].capitalised for z in range(y, after)):
        return True
    return y - 1 in nouns or (y - 2 in nouns and words[y - 1].key in lex.of)


#: how many words the source phrase of a chain may take between the verb and the goal marker
#: ("transferidos do centro de receção de X para": 6)
_SOURCE_PHRASE = 7


def _after_a_source_phrase(m: _MarkerRead, first: int) -> _Pred | None:
    """The motion predicate whose "from ..." phrase the goal marker at ``first`` follows:
    "transferidos do centro de receção de X para o novo campo em Y", "moved from the
    reception centre at X to the new camp at Y" — a chain "from X to Y" whose start names no
    place the gazetteer knows (no slot with its role), the source marker right after the
    verb, no comma, verb or other goal between."""
    s = m.s
    p = m.before[-1] if m.before else None
    if p is None or _punct_between(s, p.end, first, _PHRASE_BREAKS) or any(p.end < q.index < first for q in s.preds) \
            or any(p.end < o.first < first and o.role is not None for o in s.slots):
        return None
    opened = _opened_after_verb(s, p, ("source", "weak_source"), first)
    return p if opened is not None and 0 < first - opened <= _SOURCE_PHRASE else None


def _opened_after_verb(s: _Sentence, p: _Pred, want: tuple[str, ...], before: int) -> int | None:
    """The first word of a marker of ``want`` that opens right after the predicate ``p`` (a
    verb: no article before it), or after the noun phrase of its movers ("brought the families
    from ..."), before word ``before``; else None."""
    words, lex = s.words, s.lex
    if p.index > 0 and words[p.index - 1].key in lex.determiners:
        return None  # a noun: its "de" is whom it moves ("la evacuación de los barrios")
    for y in range(p.end + 1, min(before, p.end + _MOVERS_PHRASE + 4)):
        mk = _marker_ending(words, y, lex)
        if mk is not None and mk[0] in want and (mk[1] == p.end + 1 or _movers_between(s, p, mk[1])) and not _time_after(s, y) \
                and not _vehicle_after(s, y):
            return mk[1]
    return None


def _vehicle_after(s: _Sentence, y: int) -> bool:
    """Whether the phrase after the marker ending at word ``y`` is the means of transport
    ("transportados de avião para X", "in elicottero"): its first word, articles aside, is a
    vehicle noun (``[grammar] vehicle_nouns``), no end."""
    x = _past_determiners(s.words, y + 1, s.lex)
    return x < len(s.words) and _vehicle(s.words[x], s.lex)


def _vehicle(w: Word, lex: Lexicon) -> bool:
    """Whether ``w`` (by folded form or lemma) is a vehicle noun (``[grammar] vehicle_nouns``)."""
    return w.key in lex.vehicle_nouns or w.lemma in lex.vehicle_nouns


def _time_after(s: _Sentence, y: int) -> bool:
    """Whether the phrase after the marker ending at word ``y`` is one of time ("partiti alle
    22 di mercoledì", "llegaron a mediodía"): its first word, articles aside, is a word of time."""
    x = _past_determiners(s.words, y + 1, s.lex)
    return x < len(s.words) and _timed(s.words[x], s.lex)


def goal_after_a_source_phrase(m: _MarkerRead) -> bool:
    """"A bus brought the families from the old reception centre to Aleppo", "trasferiti dal
    vecchio centro di accoglienza al nuovo campo di X": a weak goal after the "from ..." phrase
    of the motion predicate before it (see :func:`_after_a_source_phrase`) is its end."""
    if m.role != "weak_goal" or m.sl.role is not None:
        return False
    p = _after_a_source_phrase(m, m.k)
    if p is None or any(o.pred is p and o.role == "destination" for o in m.s.slots):
        return False
    _give(m.sl, "destination", p, "goal_after_a_source_phrase", m.word)
    return True


def repeated_marker_after_and(m: _MarkerRead) -> bool:
    """"Des familles venues de Gao au Mali et de Niamey au Niger": a weak marker repeated
    after "and" repeats the role of the place before; a marker of the same kind as the one
    before the place right before "and" (a location marker too) gives that place's role,
    whatever it is ("ont fui les combats à X et à Y", "huyeron de la violencia en X y en Y":
    both where they leave)."""
    words = m.s.words
    # (or after a comma that ends a place: "viennent de Guinée, de Syrie et du Mali")
    listed = m.k > 0 and m.role != "location" and "," in m.s.doc.gap(words[m.k - 1], words[m.k])
    if m.role not in ("weak_source", "weak_goal", "location") or not (m.k > 0 and words[m.k - 1].key in m.s.lex.coordinators or listed):
        return False
    last = m.k - 1 if listed else m.k - 2
    # (the "de" that ends a marker of several words repeats it: "en direction d'X et de Y", "cerca de X y de Y")
    prev = next((o for o in m.s.slots if o.last == last and o.role is not None and o.pred is not None and o.first > 0
                 and (mk := _marker_ending(words, o.first - 1, m.s.lex)) is not None
                 and (mk[0] == m.role or (mk[1] < o.first - 1 and words[o.first - 1].key in m.s.lex.of and words[m.k].key in m.s.lex.of))), None)
    if prev is not None and prev.role is not None and prev.pred is not None:
        # "ont fui les combats à X et à Y": the same marker after "and" repeats the place's role, whatever it is
        _give(m.sl, prev.role, prev.pred, "repeated_marker_in_list" if listed else "coordinated", prev.cue)
        return True
    if m.role == "location" or listed:
        return False
    inside = next((o for o in m.s.slots if o.last == m.k - 2 and o.role is not None and o.pred is not None
                   and any(words[x].key in m.s.lex.of for x in range(o.first, o.last))), None)
    if inside is not None and inside.role is not None and inside.pred is not None:
        # "vers les frontières de la Jordanie et du Liban": the genitive of the place before, repeated
        _give(m.sl, inside.role, inside.pred, "coordinated", inside.cue)
        return True
    want = "origin" if m.role == "weak_source" else "destination"
    same = [o for o in m.s.slots if o.last < m.k and o.role == want and o.pred is not None and o.pred.clause == m.clause
            and m.k - o.last <= 8]
    if same and same[-1].pred is not None:
        _give(m.sl, want, same[-1].pred, "repeated_marker_after_and", m.word)
        return True
    return False


#: how many words the noun phrase of what they leave may take ("fled the renewed violence in X": 3)
_LEFT_PHRASE = 4


def location_of_what_they_leave(m: _MarkerRead) -> bool:
    """"Families fled the floods in Derna", "ont quitté leurs maisons à Gao", "huyeron de la
    violencia en Cúcuta": after a departure and what it leaves (a noun phrase that names no
    place: the violence, their homes), a marker that locates a noun (``[constructions]
    noun_location``) gives where they leave."""
    s, words, lex = m.s, m.s.words, m.s.lex
    if not m.before or m.sl.role is not None \
            or not any(" ".join(w.key for w in words[m.k : m.k + n]) in lex.noun_location for n in (1, 2, 3)):
        return False
    p = m.before[-1]
    if p.entry.frame != "depart" or any(o.pred is p and o.role == "origin" for o in s.slots):
        return False
    if _time_phrase(words, p.end + 1, m.k, lex):
        return False  # ("sono fuggiti ieri in Turchia": a time, not what they leave)
    goal = _goal_before_what_they_leave(m, p)
    first = _what_they_leave(words, p.end + 1 if goal is None else goal[1], m.k, lex)
    if not 0 < m.k - first <= _LEFT_PHRASE or any(q.index > p.end and q.index < m.k for q in s.preds) \
            or any(p.end < o.first < m.k and (goal is None or o is not goal[0]) for o in s.slots):
        return False
    if goal is None and _punct_between(s, p.end, m.k, _PHRASE_BREAKS):
        return False
    if any(words[x].key in lex.determiners or words[x].key in lex.markers_flat or words[x].lemma in _COPULA or _says(words[x], lex)
           or (words[x].capitalised and not lex.nouns_capitalised and zipf(words[x].key, s.doc.lang) < FREQUENT_ZIPF) for x in range(first, m.k)):
        return False  # one noun phrase, no name in it ("left the Red Cross office in X" is not what they fled)
    if _punct_between(s, first - 1, m.k, _PHRASE_BREAKS) \
            or any(words[x].key.isdigit() for x in range(first, m.k)) \
            or any(tuple(w.key for w in words[m.k - len(ph) + 1 : m.k + 1]) == ph for ph in lex.not_locating):
        return False  # ("left 23 dead in X": what they leave behind; "le conflit face à X": no place of it)
    # "left their flats in Ukraine's eastern town of Izium": the town the country before it qualifies
    nxt = [o for o in s.slots if o.first > m.sl.last and o.first - m.sl.last <= 5 and o.role is None
           and not _punct_between(s, m.sl.last, o.first, ",;:()")
           and not any((_marker_ending(words, x, lex) is not None and words[x].key not in lex.of) or words[x].key in lex.coordinators
                       for x in range(m.sl.last + 1, o.first))  # ("the war in X and Y": both, X first)
           and not any(m.sl.last < q.index < o.first for q in s.preds)]  # ("the war in X and crossed Y": another verb's)
    _give(nxt[0] if nxt else m.sl, "origin", p, "location_of_what_they_leave", m.word)
    return True


def _goal_before_what_they_leave(m: _MarkerRead, p: _Pred) -> tuple[_Slot, int] | None:
    """"Fled to Chad from the violence in Darfur", "huyeron a Chad de la violencia en X": the
    departure's goal stands between the verb and what they leave; the goal's slot and the
    first word after it, when a source marker opens right after it (a comma between aside)
    — or, for a verb whose object is what it leaves ("ont fui vers le Tchad les violences au
    X"), a determiner. Else None (:func:`location_of_what_they_leave` reads from the verb)."""
    s, words, lex = m.s, m.s.words, m.s.lex
    goal = next((o for o in s.slots if o.pred is p and o.role == "destination" and p.end < o.first and o.last < m.k), None)
    if goal is None or _punct_between(s, p.end, goal.first, _PHRASE_BREAKS):
        return None
    x = goal.last + 1
    if x < m.k and s.doc.gap(words[goal.last], words[x]).strip() not in ("", ","):
        return None
    mk = _marker_ending(words, x, lex) if x < m.k else None
    if mk is not None and mk[0] in ("source", "weak_source") and mk[1] == x:
        return goal, x
    if p.entry.object == "origin" and x < m.k and words[x].key in lex.determiners:
        return goal, x
    return None


#: how far an event noun may stand before the marker that locates it ("les violents combats à X": 2)
_EVENT_NOUN_REACH = 2


def event_noun_located(m: _MarkerRead) -> bool:
    """"Les combats à Homs", "des affrontements en Syrie": a weak goal marker that also
    locates a noun (``[constructions] noun_location``: French "à", "en") right after an event
    noun, with no motion predicate after that noun, says where the event is — not where a
    movement goes (so "ont fui vers Alep les combats à Homs" does not go to Homs, and
    :func:`fleeing_the_event` reads Homs as what they flee)."""
    words, lex = m.s.words, m.s.lex
    if m.role != "weak_goal" or m.sl.role is not None \
            or not any(" ".join(w.key for w in words[m.k : m.k + n]) in lex.noun_location for n in (1, 2, 3)):
        return False
    ev = m.events_before[-1] if m.events_before else None
    if ev is None or not 0 <= m.k - ev.end - 1 <= _EVENT_NOUN_REACH or any(ev.index < p.index < m.k for p in m.motion) \
            or not any(words[x].key in lex.determiners or words[x].key in lex.of or words[x].key in lex.agent_markers
                       for x in range(max(0, ev.index - 2), ev.index)):
        return False  # (a noun after its article, or one merged with "of"/"by": "ont fui les (violents) combats",
        # "a causa dei combattimenti", "pelos combates"; not a verb "ont combattu à X")
    _give(m.sl, "event", ev, "event_noun_located", m.word)
    return True


#: how many words (articles, numbers, vehicles) may stand between a verb of boarding and where ("boarded two boats in X": 2)
_BOARDED_GAP = 3


def where_they_board(m: _MarkerRead) -> bool:
    """"The migrants embarked in Sfax", "si sono imbarcati a Sfax", "ont embarqué à Sfax",
    "embarcaram em X": after a verb of going on board (``[constructions] embark_verbs``), a
    marker that says where (``boarded_at``) gives where they board — the start, not the goal
    ("embarked for X" keeps its goal); only articles, numbers and vehicles between ("boarded two
    boats in X"); where the verb comes last, right before it ("sind in X eingestiegen")."""
    p, words, lex = m.near_before, m.s.words, m.s.lex
    if p is None and lex.object_before_verb and m.after and m.after[0].index - m.sl.last - 1 <= _BOARDED_GAP:
        p = m.after[0]  # (the verb after the place, a vehicle's phrase between or not: "sind in X in ein Boot eingestiegen")
        between = range(m.sl.last + 1, p.index)
    elif p is not None:
        between = range(p.end + 1, m.k)
    if p is None or words[m.k].key not in lex.boarded_at or not (words[p.index].lemma in lex.embark_verbs
                                                                 or words[p.index].key in lex.embark_verbs):
        return False
    # (the vehicle may take a preposition of its own: "embarcou num ônibus em X", "stieg in einen Bus in X")
    if len(between) > _BOARDED_GAP or any(not (words[x].key in lex.determiners or words[x].key.isdigit()
                                               or words[x].key in number_words(lex.lang) or _vehicle(words[x], lex)
                                               or (x == between.start and (words[x].key in lex.noun_location or words[x].key in lex.markers_flat)))
                                          for x in between):
        return False
    _give(m.sl, "origin", p, "where_they_board", m.word)
    return True


def weak_marker_after_verb(m: _MarkerRead) -> bool:
    """"Il est rentré à Bamako": a weak marker (to, à, de) right after a motion predicate,
    with no noun phrase between ("fled the war in X" has one), unless the same preposition
    repeats ("moved to the south, to X")."""
    p, words, lex = m.near_before, m.s.words, m.s.lex
    if m.role not in ("weak_source", "weak_goal") or p is None:
        return False
    inserted = _inserted(words, p.end, m.k, lex)
    means = _means_phrase_end(words, p.end + 1, m.k, lex)
    if means is not None:
        inserted = range(p.end + 1, means + 1)  # (how they went: "chegou a pé de X", "llegaron en el autobús de X")
    if any(words[x].key in lex.determiners and not (x > 0 and _marker_ending(words, x - 1, lex))
           for x in range(p.end + 1, m.k) if x not in inserted) \
            and not any(_marker_ending(words, x, lex) == (m.role, x) for x in range(p.end + 1, m.k)) \
            and not _movers_between(m.s, p, m.k) and not _border_crossed_between(m.s, p, m.k):
        return False
    _give(m.sl, "origin" if m.role == "weak_source" else "destination", p, "weak_marker_after_verb", m.word)
    return True


def _border_crossed_between(s: _Sentence, p: _Pred, k: int) -> bool:
    """"crossed the border to X", "atravessaram a fronteira para X": the words between a
    crossing and its marker are the border it crosses (determiners and a border noun)."""
    between = s.words[p.end + 1:k]
    return p.entry.frame == "traverse" and any(w.key in s.lex.border_nouns for w in between) \
        and all(w.key in s.lex.border_nouns or w.key in s.lex.determiners for w in between)


#: how many words the noun phrase of who is moved may take between a verb and its marker
#: ("bussed the last remaining families to X", "retiró a sus tropas de X": 4; "flew a first group
#: of 30 men to X", "trasladó a un grupo de 30 personas a X": 6)
_MOVERS_PHRASE = 7


def _movers_between(s: _Sentence, p: _Pred, k: int) -> bool:
    """Whether the words between the motion predicate ``p`` and the marker at ``k`` are one
    noun phrase naming who or what moves (its head an ``actor_nouns`` word: troops, families,
    buses): "bussed the families to X", "a transféré les réfugiés à X", "retiró sus tropas de X",
    "la retirada de las tropas rusas de X" (the verb's object, or a noun's genitive) — not what
    they leave or flee ("fled the war in X"), which names no mover. Not after a verb of arriving
    ("reached the families of X")."""
    words, lex = s.words, s.lex
    if p.entry.kind != "motion" or (p.entry.frame == "arrive" and not _caused(s, p)):
        return False
    # (when, right after the verb, is no part of it: "trasladó el martes a un grupo de 40 hombres a X")
    t = _time_phrase_after(words, p.end, k, lex)
    x = p.end if t is None else t - 1
    if not 0 < k - x - 1 <= _MOVERS_PHRASE or _punct_between(s, p.end, k, _PHRASE_BREAKS) \
            or any(p.end < o.first < k for o in s.slots) or any(p.end < q.index < k for q in s.preds):
        return False
    head = False
    while x + 1 < k:
        x += 1
        w = words[x]
        means = _means_phrase_end(words, x, k, lex)
        if means is not None:
            # (how they are moved, before whom: "trasladaron en avión a los heridos de X"; a
            # vehicle carries them, as after "boarded": "levadas de ônibus do campo de X")
            head = head or _vehicle(words[means], lex)
            x = means
            continue
        if w.key in lex.actor_nouns or w.lemma in lex.actor_nouns or _vehicle(w, lex):
            head = True  # (or what carries them: "boarded a bus for X", "took the train to Y")
        elif w.key in lex.of or w.key in lex.determiners or w.key.isdigit() or _marker_ending(words, x, lex) == ("weak_goal", x):
            continue  # (Spanish marks a person object with "a": "trasladó a los migrantes a X")
        elif (w.capitalised and not lex.nouns_capitalised) or w.key in lex.markers_flat:
            return False  # a name ("the families of Al-Amin"), another phrase's marker
    return head or _object_of_sending(s, p, k)


def _means_phrase_end(words: tuple[Word, ...], x: int, k: int, lex: Lexicon) -> int | None:
    """Where a phrase of the means of travel that opens at ``x`` (before ``k``) ends: a
    marker, "of", an agent's or "with", articles, then a vehicle noun or a way of
    travelling (``[grammar] travel_ways``: "in elicottero", "de avião", "by air", "par la
    route"), or a way of two words, alone or after any one word ("por vía aérea"); else None."""
    if x >= k:
        return None
    for y in (x, x + 1):  # (a way of two words, alone or after its preposition: "vía aérea", "por vía aérea")
        if y + 2 <= k and f"{words[y].key} {words[y + 1].key}" in lex.travel_ways:
            return y + 1
    if words[x].key not in lex.markers_flat and words[x].key not in lex.of and words[x].key not in lex.agent_markers \
            and words[x].key not in lex.with_words:
        return None  # (a marker, "of", the preposition of an agent or of company: "by", "par", "mit dem Bus")
    y = _past_determiners(words, x + 1, lex, k)
    if y < k and _vehicle(words[y], lex):
        return y
    for n in (2, 1):
        if y + n <= k and " ".join(w.key for w in words[y : y + n]) in lex.travel_ways:
            return y + n - 1
    return None


def _caused(s: _Sentence, p: _Pred) -> bool:
    """Whether the motion verb ``p`` is an infinitive right after a causative verb (``[grammar]
    causative_verbs``): "ont fait entrer des migrants en X" sends them, as a verb of sending does."""
    return p.index > 0 and p.entry.kind == "motion" and s.words[p.index - 1].lemma in s.lex.causative_verbs


#: how many words the noun phrase a verb of sending moves may take after its determiner ("a 52-year-old businessman")
_SENT_PHRASE = 3


def _object_of_sending(s: _Sentence, p: _Pred, k: int) -> bool:
    """Whether the words between the verb of sending or taking ``p`` (the transfer frame: extradite,
    deport, take, escort; a verb, not its noun) and the marker at ``k`` are its object: a determiner
    or a number, then a few common words — whom the verb moves, whatever the noun ("extradited a
    businessman to X", "a escorté le suspect vers X"); a thing sent is read by the cargo rule."""
    words, lex = s.words, s.lex
    if (p.entry.frame != "transfer" and not _caused(s, p)) or (p.index > 0 and words[p.index - 1].key in lex.determiners):
        return False
    first = p.end + 1
    means = _means_phrase_end(words, first, k, lex)
    if means is not None:
        first = means + 1  # (how they are moved comes first: "ha evacuato in elicottero i malati da X")
    if first >= k or not (words[first].key in lex.determiners or words[first].key.isdigit()) or not 0 < k - first - 1 <= _SENT_PHRASE:
        return False
    return not any(words[x].key in lex.of or words[x].key in lex.determiners or words[x].key in lex.markers_flat
                   or (words[x].capitalised and not lex.nouns_capitalised) for x in range(first + 1, k))


def weak_marker_in_chain(m: _MarkerRead) -> bool:
    """"Ils sont partis de Sfax à Lampedusa": a chain "from X to Y" — the place before has a
    role on a predicate."""
    if m.role not in ("weak_source", "weak_goal"):
        return False
    chained = [o for o in m.s.slots if o.last < m.k and o.role in ("origin", "destination", "path") and o.pred is not None
               and o.pred.clause == m.clause and m.k - o.last <= 4]
    if chained and chained[-1].pred is not None:
        _give(m.sl, "origin" if m.role == "weak_source" else "destination", chained[-1].pred, "weak_marker_in_chain", m.word)
        return True
    return False


def into_location_in_chain(m: _MarkerRead) -> bool:
    """"fuggiti dal Darfur in Ciad", "ritirati da Kharkiv a Leopoli": in a chain after a verb,
    "from X" then a location marker that also says where one ends up (``into_locations``)
    names where they go — not when the place is where X is ("partiti da Aleppo in Siria")."""
    s = m.s
    if m.role != "location" or m.sl.role is not None or s.words[m.k].key not in s.lex.into_locations or s.places is None:
        return False
    chained = [o for o in s.slots if o.last < m.k and o.pred is not None and o.pred.clause == m.clause and m.k - o.last <= 4]
    if not chained or chained[-1].role not in ("origin", "path") or chained[-1].pred is None or chained[-1].pred.index > chained[-1].first \
            or _same_place(s.places, chained[-1].pid, m.sl.pid):
        return False
    _give(m.sl, "destination", chained[-1].pred, "into_location_in_chain", m.word)
    return True


def weak_goal_opening_the_clause(m: _MarkerRead) -> bool:
    """"A Madrid llegaron ayer cien familias", "À Marseille sont arrivés trois cents
    migrants", "To Berlin came hundreds": a weak goal that opens its clause (only words of
    time before it) goes with the arrival or return right after the place."""
    s, words = m.s, m.s.words
    if m.role != "weak_goal" or m.before or not m.after or m.after[0].entry.frame not in ("arrive", "move") \
            or m.after[0].index - m.sl.last > _NEAR or any(p.index < m.k and p.clause == m.clause for p in s.preds):
        return False
    opened = next((x for x in range(m.k, -1, -1) if x == 0 or s.clauses[x - 1] != m.clause or "," in s.doc.gap(words[x - 1], words[x])), m.k)
    if any(not _timed(words[x], s.lex) for x in range(opened, m.k)) \
            or any(m.sl.last < o.first < m.after[0].index for o in s.slots):
        return False
    _give(m.sl, "destination", m.after[0], "weak_goal_opening_the_clause", m.word)
    return True


def fronted_source(m: _MarkerRead) -> bool:
    """"De Lviv, la plupart des réfugiés ont continué vers la Pologne", "Da Aleppo, il convoglio
    si è diretto verso Raqqa": a source that opens the sentence, set off by a comma — or with
    no other place before the verb ("Da Bari i feriti sono stati poi portati a X") — is where
    the first motion verb after it starts (within _FAR words)."""
    s, words = m.s, m.s.words
    if m.role not in ("source", "weak_source") or m.sl.role is not None or m.before or not m.after \
            or any(not _timed(words[x], s.lex) for x in range(m.k)) or m.sl.last + 1 >= len(words) \
            or m.after[0].index - m.sl.last > _FAR:
        return False
    if "," not in s.doc.gap(words[m.sl.last], words[m.sl.last + 1]) \
            and (any(m.sl.last < o.first < m.after[0].index for o in s.slots)
                 or _punct_between(s, m.sl.last, m.after[0].index, _PHRASE_BREAKS)):
        return False
    _give(m.sl, "origin", m.after[0], "fronted_source", m.word)
    return True


def cleft_place(m: _MarkerRead) -> bool:
    """"C'est à Lyon que les familles ont été relogées", "È a Roma che sono stati portati", "It
    was to Rome that they were taken": a place put first by a cleft (the copula right before its
    marker, a relative right after it, no punctuation) has its marker's role on the first motion
    verb after the relative — the clause the cleft opens is a new one, so no other rule reads it."""
    s, words, lex = m.s, m.s.words, m.s.lex
    nxt = m.sl.last + 1
    if m.sl.role is not None or m.k == 0 or words[m.k - 1].lemma not in _COPULA or nxt >= len(words) \
            or words[nxt].key not in lex.relatives or s.doc.gap(words[m.sl.last], words[nxt]).strip():
        return False
    p = next((q for q in m.motion if q.index > nxt and q.index - nxt <= _FAR), None)
    if p is None or _punct_between(s, nxt, p.index, _PHRASE_BREAKS):
        return False
    source = m.role in ("source", "weak_source") or (m.role == "location" and p.entry.frame == "depart")
    _give(m.sl, "origin" if source else "destination", p, "cleft_place", m.word)
    return True


def weak_source_before_verb(m: _MarkerRead) -> bool:
    """"De Sfax, les bateaux sont partis à l'aube": a weak source before the verb it starts."""
    if m.role not in ("weak_source", "weak_goal"):
        return False
    if m.role == "weak_source" and m.after and m.after[0].index - m.k <= _NEAR:
        _give(m.sl, "origin", m.after[0], "weak_source_before_verb", m.word)
    return True


def location_before_arrival(m: _MarkerRead) -> bool:
    """"Die in Österreich eintreffenden Familien", "in Sicilia sono sbarcati": the arrival
    comes after the place, and no verb before it in its clause but one an auxiliary closes."""
    after, words, lex = m.after, m.s.words, m.s.lex
    # (where the verb does not come last, a place right after the subject's noun is where they are:
    # "Officials in Miami reached out", not an arrival in Miami)
    subject = not lex.object_before_verb and m.k > 0 and m.s.clauses[m.k - 1] == m.clause and not (
        _timed(words[m.k - 1], lex) or words[m.k - 1].key in lex.determiners or words[m.k - 1].key in lex.coordinators
        or words[m.k - 1].key in lex.markers_flat or words[m.k - 1].key.isdigit())
    if m.role == "location" and m.near_before is None and after and after[0].entry.frame == "arrive" and not subject \
            and after[0].index - m.sl.last <= _NEAR and not any(p.index < m.k and p.clause == m.clause
                                                                and not any(words[x].lemma in lex.auxiliaries for x in range(p.end + 1, m.k))
                                                                for p in m.s.preds):
        # (a verb before it with an auxiliary between is another verb's: "Familien, die durch X vertrieben wurden,
        # sind in Y angekommen", "die von X vertriebenen Familien sind in Y angekommen")
        _give(m.sl, "destination", after[0], "location_before_arrival", m.word)
        return True
    return False


def arrival_in_the_scene_set(m: _MarkerRead) -> bool:
    """"In Berlin the volunteers have been waiting all week for the next arrival", "En Berlín
    los voluntarios llevan toda la semana esperando la próxima llegada", "À Berlin, les
    bénévoles attendent depuis une semaine la prochaine arrivée": a location (or a weak
    goal, "à") that opens its clause (only words of time before it) sets
    the scene of the whole clause, so an arrival later in it — past :data:`_NEAR` words, no
    other place, verb of motion or of saying between — ends there."""
    s, words, lex = m.s, m.s.words, m.s.lex
    if m.role not in ("location", "weak_goal") or m.before or not m.after or m.after[0].entry.frame != "arrive" \
            or m.after[0].index - m.sl.last <= _NEAR:
        return False
    p = m.after[0]
    if any(s.clauses[x] == m.clause and not _timed(words[x], lex) for x in range(0, m.k)) \
            or any(m.sl.last < o.first < p.index for o in s.slots) or any(_says(words[x], lex) for x in range(m.sl.last + 1, p.index)):
        return False
    _give(m.sl, "destination", p, "arrival_in_the_scene_set", m.word)
    return True


def location_before_departure(m: _MarkerRead) -> bool:
    """"Im Kreis Konstanz sind drei Rettungswagen nach X aufgebrochen" (``[meta]
    object_before_verb``: the verb may come last): a location that opens the clause, before
    a departure that takes no object and no verb before it, is where they set off from — read
    up to the verb at the clause's end, with no source marker between."""
    s, words, lex = m.s, m.s.words, m.s.lex
    if m.role != "location" or not lex.object_before_verb or m.near_before is not None or m.before or not m.after:
        return False
    p = m.after[0]
    if p.entry.frame != "depart" or p.entry.object != "none" or _punct_between(m.s, m.sl.last, p.index, _PHRASE_BREAKS) \
            or any(m.sl.last < x < p.index and (mk := _marker_ending(words, x, lex)) is not None and mk[0] in ("source", "weak_source")
                   for x in range(m.sl.last + 1, p.index)) \
            or any(s.clauses[x] == m.clause and not _timed(words[x], lex) for x in range(0, m.k)):
        return False
    _give(m.sl, "origin", p, "location_before_departure", m.word)
    return True


def location_of_arrival(m: _MarkerRead) -> bool:
    """"The boat arrived in Lampedusa": a location right after an arrival is where it ends."""
    if m.role == "location" and m.near_before is not None and m.near_before.entry.frame == "arrive":
        _give(m.sl, "destination", m.near_before, "location_of_arrival", m.word)
        return True
    return False


def location_of_the_border_crossing(m: _MarkerRead) -> bool:
    """"They crossed the border near El Paso", "franchirent la frontière près de X", "cruzaron la
    frontera cerca de X": after a crossing of "the border" (``[grammar] border_nouns``), a location is
    where they crossed into — the crossing's end."""
    p, s = m.near_before, m.s
    if m.role != "location" or p is None or p.entry.frame != "traverse":
        return False
    words, lex = s.words, s.lex
    if not any(words[k].key in lex.border_nouns and words[k - 1].key in lex.determiners for k in range(p.end + 2, m.k)):
        return False
    _give(m.sl, "destination", p, "location_of_the_border_crossing", m.word)
    return True


def location_taken_into(m: _MarkerRead) -> bool:
    """"The wounded were transferred into Jordan", "evacuati a Bari": after a verb of taking
    or removing, a location marker of ``into_locations`` / ``removal_goals`` is where they end up."""
    p, lex, word = m.near_before, m.s.lex, m.s.words[m.k]
    if p is not None and any(p.end < e.index < m.k for e in m.events_before):
        return False  # (the place of an event between: "deslocadas pelos combates em X" is where the fighting is)
    if m.role == "location" and p is not None and p.entry.frame in ("transfer", "move") and (
            (p.entry.object == "none" and word.key in lex.into_locations)
            or (p.entry.object == "origin" and word.key in lex.removal_goals)):
        _give(m.sl, "destination", p, "location_taken_into", m.word)
        return True
    return False


def location_fled_into(m: _MarkerRead) -> bool:
    """"Sono fuggiti in Libano", "si sono ritirati a Kherson", "ont fui dans la forêt": after a
    departure (right before, nothing of its own between), a location marker the language also
    uses for "to" after a verb of fleeing (``[grammar] flight_goals``) is where they go — when
    the verb names no goal of its own in the sentence; not a passive with two auxiliaries
    ("sono stati abbandonati a X": left behind there)."""
    p, s = m.near_before, m.s
    if m.role != "location" or p is None or p.entry.frame != "depart" or m.s.words[m.k].key not in s.lex.flight_goals \
            or any(o.pred is p and o.role == "destination" for o in s.slots) or _reach(m.s.words, p.end, m.k, s.lex) > 2:
        return False
    words, lex = s.words, s.lex
    if p.index >= 2 and words[p.index - 1].lemma in lex.passive_auxiliaries \
            and words[p.index - 2].lemma in lex.auxiliaries | lex.passive_auxiliaries:
        return False
    _give(m.sl, "destination", p, "location_fled_into", m.word)
    return True


def location_withdrawn_from(m: _MarkerRead) -> bool:
    """"Pulling back its troops in the districts of Kupiansk": the area a withdrawal leaves."""
    p, words, lex = m.near_before, m.s.words, m.s.lex
    if m.role != "location" or p is None or p.entry.frame != "depart" or p.entry.object != "none":
        return False
    ev = [q for q in m.s.preds if q.entry.kind == "event" and q.index < m.k and q.clause == m.clause]
    if any(words[x].key in lex.area_nouns or words[x].lemma in lex.area_nouns or words[x].key in lex.place_nouns
           for x in range(m.k + 1, m.sl.first)) and not (ev and ev[-1].index > p.index):
        _give(m.sl, "origin", p, "location_withdrawn_from", m.word)
        return True
    return False


def location_of_event(m: _MarkerRead) -> bool:
    """"Airstrikes were reported in Rafah": a location after an event word is where it happens."""
    if m.role != "location" or (m.near_before is not None and m.near_before.entry.frame == "arrive"):
        return False
    ev = [p for p in m.s.preds if p.entry.kind == "event" and p.index < m.k and p.clause == m.clause]
    if ev and m.k - ev[-1].end <= 8 and (not m.before or ev[-1].index > m.before[-1].index):
        _give(m.sl, "event", ev[-1], "location_of_event", m.word)
        return True
    return False


#: the rules that read the role a marker gives a place, in order (the first that returns True decides)
_MARKER_RULES: tuple[Callable[[_MarkerRead], bool], ...] = (
    agent_of_a_participle, strong_marker, cleft_place, end_restated_after_dash, strong_marker_past_clause, arrival_recorded_at, event_goes_on_there, goal_phrase_located,
    opened_phrase_located,
    repeated_marker_after_and, location_of_what_they_leave, what_they_leave_before_verb, event_noun_located, where_they_board, weak_marker_after_verb, weak_marker_in_chain,
    into_location_in_chain, goal_after_a_source_phrase,
    weak_goal_opening_the_clause, fronted_source, arrival_in_the_scene_set,
    weak_source_before_verb,
    location_before_arrival, location_before_departure, location_of_arrival, location_of_the_border_crossing, location_taken_into,
    location_fled_into,
    location_withdrawn_from, location_of_event,
)



#: how far (in words) the place that locates a goal phrase may stand from its verb
_GOAL_PHRASE = 14


def _goal_phrase_then(doc: Document, words: tuple[Word, ...], p: _Pred, k: int, lex: Lexicon, preds: list[_Pred], slots: list[_Slot]) -> bool:
    """Whether a goal marker right after the motion verb ``p`` opens a phrase that names no
    place, runs (without a comma, another predicate or another place) up to the location
    marker at ``k``: "moved to a camp run by the agency in X", "diretto nella zona ... nell'est di X"."""
    if k - p.end > _GOAL_PHRASE or p.entry.frame not in ("move", "transfer", "depart"):
        return False
    opened = None
    first = _past_vehicle(words, p.end + 1, lex, k)  # ("driven by ambulance to a hospital in X")
    for x in range(first, min(first + 4, k)):
        mk = _marker_ending(words, x, lex)
        if mk is not None and mk[1] == first:
            opened = mk
            break
    if opened is None or not (opened[0] in ("goal", "weak_goal") or (opened[0] == "location" and p.entry.object == "none")):
        return False
    head = _past_determiners(words, opened[1] + 1, lex, k)
    if head >= k or (words[head].capitalised and zipf(words[head].key, doc.lang) < FREQUENT_ZIPF):
        return False  # "to Fassala in Mauritania": a name, not a phrase that needs locating (German nouns are capitalised)
    if not any(_place_noun(words[x], lex) for x in range(head, min(head + 3, k))):
        return False  # a phrase about a place ("a camp", "the part of the territory", "a hospital"), not "zum Beispiel"
    if any(p.end < q.index < k and not _names_the_place_noun(words, q, lex) for q in preds) or any(p.end < o.first < k for o in slots):
        return False
    return not any(c in doc.gap(words[x], words[x + 1]) for x in range(p.end, k) for c in ",;:()")


def _past_vehicle(words: tuple[Word, ...], a: int, lex: Lexicon, stop: int) -> int:
    """The word after a phrase of the means of transport that opens at ``a`` ("by ambulance",
    "en ambulancia", "mit einem Krankenwagen", "in elicottero": a word that is no name, its
    determiners, a vehicle noun of ``[grammar] vehicle_nouns``), else ``a``."""
    if a + 1 >= stop or words[a].capitalised:
        return a
    v = _past_determiners(words, a + 1, lex, stop)
    if v < stop and _vehicle(words[v], lex) and v - a <= 3:
        return v + 1
    return a


def _place_noun(w: Word, lex: Lexicon) -> bool:
    """Whether ``w`` is a place, area or facility noun — or, where a language writes compounds
    (``[grammar] compound_heads``), a compound that ends with a facility or place noun
    ("Evakuierungszentrum", "Transitlager")."""
    return w.key in lex.place_nouns or w.key in lex.area_nouns or w.key in lex.facility_nouns \
        or (bool(lex.compound_heads) and any(len(w.key) >= len(f) + 4 and w.key.endswith(f) for f in lex.facility_nouns | lex.place_nouns))


def _names_the_place_noun(words: tuple[Word, ...], q: _Pred, lex: Lexicon) -> bool:
    """Whether the predicate ``q`` is a noun that names a place noun next to it ("a transit
    camp", "un centro de evacuación"): a word of the phrase, not another verb."""
    return any(_place_noun(words[x], lex) for x in range(max(0, q.index - 2), min(len(words), q.end + 2)) if not q.index <= x <= q.end)


def _reach(words: tuple[Word, ...], end: int, k: int, lex: Lexicon) -> int:
    """How far the marker at ``k`` stands from a predicate ending at ``end``, a path phrase
    between counting as one word ("walked over the border to X": the border is the way, X
    the end), and a source inserted between as one word ("fled, according to the UN, to X")."""
    ins = _inserted(words, end, k, lex)
    if ins:
        return (ins.start - end) + 1
    # a means of travel right after the verb counts as one word ("trasladaron en avión a los heridos de X"),
    means = _means_phrase_end(words, end + 1, k, lex)
    if means is not None:
        return 1 + _reach(words, means, k, lex)
    # and so does a time phrase ("deportaron el lunes a doce hombres a X")
    t = _time_phrase_after(words, end, k, lex)
    if t is not None:
        return 1 + _reach(words, t - 1, k, lex)
    for x in range(end + 1, k):
        mk = _marker_ending(words, x, lex)
        if mk is not None and mk[0] == "path" and mk[1] > end and k - x <= 4:
            return (mk[1] - end) + 1
    return k - end


#: how many words a source inserted between a verb and its marker may take ("according to the
#: agency's local office": 6)
_INSERTED = 8


def _inserted(words: tuple[Word, ...], end: int, k: int, lex: Lexicon) -> range:
    """A source inserted between a predicate ending at ``end`` and the marker at ``k`` ("sind
    laut den Vereinten Nationen nach X geflohen", "arrived, according to the UN, in X"), a time
    phrase, or a phrase of whom the movers go with or who moves them (:func:`_company`): the
    words from its first up to the marker; else an empty range."""
    for x in range(end + 1, k):
        for ph in lex.according:
            if (not ph or words[x].key == ph[0]) and tuple(w.key for w in words[x : x + len(ph)]) == ph:
                return range(x, k) if k - x <= _INSERTED else range(0)
    return range(end + 1, k) if _time_phrase(words, end + 1, k, lex) or _company(words, end, k, lex) else range(0)


def _end_marker_at(words: tuple[Word, ...], k: int, lex: Lexicon) -> bool:
    """Whether a marker of a start or a goal opens at ``k``, or a location word that names where
    they flee and are taken to (``flight_goals`` and ``removal_goals``: Italian "a", "in") — not
    one that may place the noun before it ("avec ses unités dans les provinces de X")."""
    key = words[k].key
    if key in lex.flight_goals and key in lex.removal_goals:
        return True
    return any(tuple(w.key for w in words[k : k + len(ph)]) == ph
               for role in ("source", "goal", "weak_source", "weak_goal") for ph in lex.markers[role] if ph[0] == key)


#: how many words the phrase of whom the movers go with, or of a passive's agent, may take after
#: its first words ("with his wife and their two daughters", "by the Red Cross": 6)
_COMPANY_PHRASE = 7
#: how many words before a verb its passive auxiliary may stand ("were forcibly evacuated")
_PASSIVE_BEFORE = 3


def _company(words: tuple[Word, ...], end: int, k: int, lex: Lexicon) -> bool:
    """Whether the words from right after a predicate ending at ``end`` up to the marker at ``k``
    are one phrase of whom the movers go with (``[constructions] comitatives``: "fled with their
    three children to X", "huyó con sus hijos a X", "est rentré avec sa femme à X") or, after a
    passive auxiliary, of who moves them (``[attribution] agent_markers`` that are no marker of an
    end: "were evacuated by the Red Cross to X", "fueron evacuados por la Cruz Roja a X"; not the
    Italian "da", also a source: "sono fuggite dai combattimenti a X"): no marker but an article ("la"), and
    no relative, in it."""
    x = end + 1
    if x >= k:
        return False
    opener = next((len(ph) for ph in lex.comitatives if tuple(w.key for w in words[x : x + len(ph)]) == ph), 0)
    if not opener and words[x].key in lex.agent_markers and words[x].key not in lex.markers_flat \
            and any(words[y].lemma in lex.passive_auxiliaries for y in range(max(0, end - _PASSIVE_BEFORE), end)):
        opener = 1
    return bool(opener) and 0 < k - x - opener <= _COMPANY_PHRASE and _end_marker_at(words, k, lex) \
        and not any((words[y].key in lex.markers_flat and words[y].key not in lex.determiners) or words[y].key in lex.relatives
                    for y in range(x + opener, k))


def _timed(w: Word, lex: Lexicon) -> bool:
    """Whether ``w`` is a word of time: a time word, weekday, month, day or number ("samedi
    dernier de X": the "de" after it is a marker, not the genitive of a noun)."""
    return w.key in lex.time_words or w.key in _TIME_WORDS or w.key in MONTHS or w.key.isdigit()


#: how many words a time phrase between a verb and its marker may take ("in the early hours
#: of last Saturday": 7)
_TIME_PHRASE = 7


def _time_phrase_after(words: tuple[Word, ...], end: int, k: int, lex: Lexicon) -> int | None:
    """Where the longest time phrase right after word ``end`` (a verb) stops, before the word
    before ``k`` ("deportaron el lunes a doce hombres a X"): the index after its last word; else None."""
    return next((t for t in range(min(k - 1, end + 1 + _TIME_PHRASE), end + 1, -1) if _time_phrase(words, end + 1, t, lex)), None)


def _time_phrase(words: tuple[Word, ...], a: int, b: int, lex: Lexicon) -> bool:
    """Whether the words a..b-1 are one time phrase ("nella mattina di venerdì scorso", "le matin
    du 3 mai", "am Morgen des 3. Mai"): time words (``[constructions] time_words``), weekdays,
    months, days and numbers, with only articles and prepositions between them."""
    if not 0 < b - a <= _TIME_PHRASE:
        return False
    timed = False
    for w in words[a:b]:
        if _timed(w, lex):
            timed = True
        elif w.key in number_words(lex.lang) and w.key not in lex.determiners:
            continue  # ("dois dias depois": a number of days)
        elif not (w.key in lex.determiners or w.key in lex.markers_flat or w.key in lex.of or w.key in lex.coordinators
                  or w.key in lex.between_words):  # ("nella notte tra sabato e domenica")
            return False
    return timed


#: kinds of place that a word for a settlement ("the town") cannot stand for
_AREA_KINDS = frozenset({"country", "region", "continent", "border", "river", "area"})
#: ... of them, those the text names (not a part or surroundings the words make: "area")
_NAMED_AREA_KINDS = _AREA_KINDS - {"area"}


def _anaphora(s: _Sentence, story: _Story) -> None:
    """The places the words stand for ("the town", "from there"), read against the slots as
    they were before: :func:`the_place_noun`, :func:`from_there`."""
    # "the town", "there" stand for a place named in this sentence or the two before
    recent_place = story.last_place if s.index - story.last_place_sentence <= 2 else None
    found = the_place_noun(s, story, recent_place) + from_there(s, story, recent_place)
    s.slots.extend(found)


def the_place_noun(s: _Sentence, story: _Story, last_place: str | None) -> list[_Slot]:
    """"Shelling hit Kupiansk. Families fled the town towards Kharkiv": "the town" after a
    motion verb is the last place named (the last event's or movement's end); "the country",
    "the region" are the country or region the story named last — or, for a mover named by
    a demonym, that people's country ("Burundians fled the country")."""
    words, preds, lex, kinds, claims, areas = s.words, s.preds, s.lex, s.kinds, story.claims, story.last_area
    out: list[_Slot] = []
    for p in preds:
        if p.entry.kind != "motion":
            continue
        j = p.end + 1
        # the marker may come after the mover or an adverb ("flohen weitere 300 Menschen aus
        # der Stadt", "fled with their children from the town"): in the verb's clause, no place between
        marked = None
        for x in range(j, min(j + _NEAR, len(words))):
            if s.clauses[x] != p.clause or any(sl.first <= x <= sl.last for sl in s.slots):
                break
            if (marked := _marked_place_noun(words, x, lex)) is not None:
                break
        if marked is not None:
            j, role = marked  # "fled from the town", "salieron de la ciudad", "aus der Stadt"
        elif p.entry.object not in ("origin", "destination"):
            continue
        if lex.object_before_verb and marked is None:
            # "das Gebiet zu verlassen", "das Land verlassen": the object before the verb
            k = p.index - 1 if p.index >= 1 and words[p.index - 1].key == "zu" else p.index
            if k >= 2 and words[k - 2].key in lex.determiners and (words[k - 1].key in lex.area_nouns or words[k - 1].key in lex.country_nouns):
                j = k - 2
        if any(sl.first <= j + 1 <= sl.last for sl in s.slots):
            continue  # "gagner la capitale": the words already name a place (the capital)
        if marked is None:
            role = p.entry.object
            if not (j + 1 < len(words) and words[j].key in lex.determiners):
                continue
        if j + 1 < len(words) and words[j + 1].key in lex.place_nouns and words[j].key not in lex.indefinites \
                and not (j + 2 < len(words) and (words[j + 2].key in lex.of or words[j + 2].capitalised
                                                 or (words[j + 1].key, words[j + 2].key) in lex.place_noun_compounds
                                                 or _with_a_place(s, j + 2) or _place_just_after(s, j + 2)
                                                 or _adjective_then_place(s, j + 2) or _unknown_name_after(s, j + 2))):
            now = words[0].sentence
            noun = words[j + 1].key
            pid: str | None
            mover = _mover_country(s, story, p) if noun in lex.country_nouns else None
            if mover is not None:
                pid = mover  # "Syrians fled the country": theirs, not the last one named
            elif noun in lex.country_nouns or noun in lex.area_nouns:
                # "fled the country", "a quitté l'enclave": the country (or region) the story is in
                named = areas.get("country" if noun in lex.country_nouns else "region")
                if named is not None and now - named[1] <= STORY_AREA_SENTENCES:
                    pid = named[0]
                elif noun in lex.area_nouns and last_place is not None and kinds.get(last_place) not in _AREA_KINDS:
                    pid = last_place  # "das Gebiet verlassen" after a town: the area around it
                else:
                    continue
            elif words[j].key in lex.proximal_determiners and (setting_end := story.setting.end()) is not None:
                pid = setting_end[0]  # "reached this city": where the story is filed from or set
            else:
                prior = [c for c in claims if c.kind in ("movement", "event") and now - c.sentence <= 2]
                pid = last_place if last_place is None or kinds.get(last_place) not in _AREA_KINDS else None
                if pid is None and prior:
                    pid = prior[-1].place or prior[-1].destination
            if pid is None:
                continue
            sl = _Slot(pid, j + 1, j + 1, words[j].start, words[j + 1].end, inferred_from=f"'{words[j].text} {words[j + 1].text}'")
            _give(sl, role, p, "the_place_noun", p.text)
            out.append(sl)
    return out


#: how many words may stand between a place noun and the place that names it ("die Gegend um X", "la zone autour de X")
_NOUN_PLACE_GAP = 2


def _place_just_after(s: _Sentence, k: int) -> bool:
    """Whether a place the sentence names starts at word ``k`` or one or two words after it,
    only words of "of" or of ``[spatial] near`` between ("die Gegend um Rutshuru", "la zone
    autour de X"): the place noun before ``k`` is that place's, no anaphor."""
    words, lex = s.words, s.lex
    around = _near_words(lex.lang)
    for x in range(k, min(k + _NOUN_PLACE_GAP + 1, len(words))):
        if any(sl.first == x for sl in s.slots):
            return True
        if s.clauses[x] != s.clauses[k] or not (words[x].key in lex.of or words[x].key in around):
            return False
    return False


def _unknown_name_after(s: _Sentence, k: int) -> bool:
    """Whether a location marker or "of" at word ``k`` goes on into a name the gazetteer lacks
    ("the camp at Zaatari", "das Lager bei X", "le camp de X"): a capitalised word rarer than a
    word of the language, no day or month. The place noun before ``k`` is that place's, no
    anaphor of a place named before."""
    words, lex = s.words, s.lex
    mk = _marker_ending(words, k, lex)
    if not (words[k].key in lex.of or (mk is not None and mk == ("location", k))) or k + 1 >= len(words):
        return False
    w = words[k + 1]
    return s.clauses[k + 1] == s.clauses[k] and w.capitalised and zipf(w.key, lex.lang) < FREQUENT_ZIPF \
        and w.key not in calendar_words(lex.lang) and not any(sl.first <= k + 1 <= sl.last for sl in s.slots)


@cache
def _near_words(lang: str) -> frozenset[str]:
    """Every word of the language's ``[spatial] near`` phrases ("um", "autour", "around")."""
    return frozenset(w for ph in table(lang, "spatial")["near"] for w in ph.replace("'", " ").split())


def _adjective_then_place(s: _Sentence, k: int) -> bool:
    """Whether word ``k`` is an adjective of the place noun before it, and "of" and the place
    that noun names follow ("dalle coste tunisine di Sfax", "la ville frontalière de X", where
    the adjective follows the noun): no anaphor. An adjective here is a lower-case word of no
    grammar list (no marker, article, coordinator, verb of the sentence)."""
    words, lex = s.words, s.lex
    w = words[k]
    if w.capitalised or w.key in lex.markers_flat or w.key in lex.determiners or w.key in lex.of or w.key in lex.coordinators \
            or any(p.index <= k <= p.end for p in s.preds) or k + 1 >= len(words) or s.clauses[k + 1] != s.clauses[k] \
            or words[k + 1].key not in lex.of:
        return False
    return _place_just_after(s, k + 1)


def _with_a_place(s: _Sentence, k: int) -> bool:
    """Whether word ``k`` is a word of "with" (``[grammar] with_words``) before a place the
    sentence names, its determiners aside: "the border with Ukraine", "la frontera con X"
    name a place of their own, no place said before."""
    words, lex = s.words, s.lex
    if words[k].key not in lex.with_words:
        return False
    x = _past_determiners(words, k + 1, lex)
    return any(sl.first == x for sl in s.slots)


#: the role a marker of each kind gives the place after it
_MARKER_ROLES = {"source": "origin", "weak_source": "origin", "goal": "destination", "weak_goal": "destination"}


def _marked_place_noun(words: tuple[Word, ...], j: int, lex: Lexicon) -> tuple[int, str] | None:
    """A marker of an end right at word ``j`` (after a motion verb) and a place noun after
    it, with its article or in one word with it ("from the town", "de la ciudad", "aus der
    Stadt", "del país", "dalla città"): the word before the noun and the role the marker gives."""
    best: tuple[int, str] | None = None
    for m in range(j, min(j + 3, len(words) - 1)):
        mk = _marker_ending(words, m, lex)
        if mk is None or mk[1] != j or mk[0] not in _MARKER_ROLES:
            continue
        if words[m + 1].key in lex.place_nouns:
            best = (m, _MARKER_ROLES[mk[0]])  # the article inside the marker word ("del país")
        elif m + 2 < len(words) and words[m + 1].key in lex.determiners and words[m + 2].key in lex.place_nouns:
            best = (m + 1, _MARKER_ROLES[mk[0]])
    return best


def _mover_country(s: _Sentence, story: _Story, p: _Pred, qualified: bool = False) -> str | None:
    """The country of the mover of ``p`` when a demonym names it: a word of
    ``story.demonyms`` before the verb in its clause, no place span, standing as the mover
    as a noun right before the verb or an auxiliary ("Eritreans left", "Maliens sont
    arrivés"), not an adjective ("the Sudanese border", "French troops", "la force
    française installée") — unless ``qualified`` asks for the people a demonym qualifies too
    (:func:`_qualifies_the_mover`: "Syrian refugees returned to their country")."""
    words, lex = s.words, s.lex
    named = {x for sl in s.slots for x in range(sl.first, sl.last + 1)}
    for x in range(p.index - 1, -1, -1):
        if s.clauses[x] != p.clause or any(q.entry.kind == "motion" and q.index <= x <= q.end for q in s.preds):
            return None
        pid = story.demonyms.get(words[x].index)
        if pid is None or x in named:
            continue
        # a noun: first in its clause, after an article or "of" ("Hundreds of Sudanese"), or
        # capitalised where nouns are ("Tausende Syrer"); not after a noun it qualifies
        # ("la force française") — but a country's name may join two words ("Hundreds of South
        # Sudanese", "des Sud-Soudanais": mentions._compound_demonyms), the phrase opens at the first
        h = x - 1 if x and story.demonyms.get(words[x - 1].index) == pid else x
        noun = h == 0 or s.clauses[h - 1] != p.clause or words[h - 1].key in lex.determiners or words[h - 1].key in lex.of \
            or words[h - 1].key.isdigit() or (lex.nouns_capitalised and words[x].capitalised)
        if noun and (x + 1 == p.index or words[x + 1].lemma in lex.auxiliaries) and "," not in s.doc.gap(words[x], words[x + 1]):
            return pid  # (not "a plane for 60 Brazilians, landed in X": the phrase ends at the comma)
        return pid if qualified and _qualifies_the_mover(s, x, p) else None
    return None


#: how many words (a relative, auxiliaries, an adverb) may stand between the people a demonym
#: qualifies and their verb ("refugees who had since been deported": 4)
_QUALIFIED_GAP = 4


def _qualifies_the_mover(s: _Sentence, x: int, p: _Pred) -> bool:
    """Whether the demonym at ``x`` qualifies a noun of people who move (``[grammar]
    actor_nouns``, the adjective before or after it as the language puts it: "Syrian refugees",
    "les réfugiés syriens", "i profughi siriani") standing as the mover of ``p``: only a
    relative, auxiliaries and at most one other word (an adverb) between it and the verb, or,
    where the verb may come last, an auxiliary right after it."""
    words, lex = s.words, s.lex
    noun = x - 1 if lex.adjective_after_noun else x + 1
    if not 0 <= noun < p.index or not (words[noun].key in lex.actor_nouns or words[noun].lemma in lex.actor_nouns):
        return False
    between = range(max(x, noun) + 1, p.index)
    if _punct_between(s, max(x, noun), p.index, _PHRASE_BREAKS):
        return False
    if lex.object_before_verb and between and words[between[0]].lemma in lex.auxiliaries | lex.passive_auxiliaries:
        return True  # the verb last, its auxiliary second: "Syrische Flüchtlinge sind in ihr Land zurückgekehrt"
    if len(between) > _QUALIFIED_GAP:
        return False
    other = [y for y in between if words[y].key not in lex.relatives
             and words[y].lemma not in lex.auxiliaries | lex.passive_auxiliaries]
    return not other or (len(other) == 1 and len(between) > 1 and words[other[0]].key not in lex.markers_flat
                         and not words[other[0]].capitalised)


def their_country(s: _Sentence, story: _Story) -> None:
    """"Thousands of Eritreans left their country for Ethiopia": a possessive and a country
    noun (``[grammar] possessives``, ``country_nouns``) in the clause of a motion verb whose
    mover a demonym names is that demonym's country: the verb's object (origin or
    destination), or the role of the marker before it ("returned to their country")."""
    words, lex = s.words, s.lex
    for p in s.preds:
        if p.entry.kind != "motion":
            continue
        mover = _mover_country(s, story, p, qualified=True)
        if mover is None:
            continue
        for j in range(len(words) - 1):
            # the possessive, at most one word (an adjective: "su convulso país") before the noun
            n = next((n for n in (j + 1, j + 2) if n < len(words) and words[n].key in lex.country_nouns), None)
            if s.clauses[j] != p.clause or words[j].key not in lex.possessives or n is None \
                    or any(sl.first <= n <= sl.last for sl in s.slots):
                continue
            k = j - 1 if j and words[j - 1].key in lex.determiners else j
            mk = _marker_ending(words, k - 1, lex) if k else None
            role = _MARKER_ROLES.get(mk[0]) if mk is not None and mk[1] >= 0 else None
            if role is None and mk is not None and mk[0] == "location" and p.entry.frame != "depart" \
                    and (j > p.end or (lex.object_before_verb and j < p.index)):
                role = "destination"  # "sont rentrés dans leur pays", "in ihr Land zurückgekehrt": where they go
            if role is None and mk is None and (j > p.end or (lex.object_before_verb and j < p.index)):
                role = p.entry.object if p.entry.object in ("origin", "destination") else None
            if role is None:
                continue
            said = s.doc.text[words[j].start:words[n].end]
            sl = _Slot(mover, j, n, words[j].start, words[n].end, inferred_from=f"'{said}'")
            _give(sl, role, p, "demonym_of_the_mover", said)
            s.slots.append(sl)


def from_there(s: _Sentence, story: _Story, last_place: str | None) -> list[_Slot]:
    """"They reached Mersin and from there took a boat to Cyprus", "von dort", "da lì":
    the place named last in the sentence, else in the two before, else the last movement's
    destination, is where the predicate that follows starts — a town before the country or
    region around it ("Rome, the capital of Italy. From there ...")."""
    doc, words, preds, clauses, lex = s.doc, s.words, s.preds, s.clauses, s.lex
    out: list[_Slot] = []
    anaph = set(" ".join(p) for p in lex.markers["anaphora"])
    for j, w in enumerate(words):
        if w.key not in anaph or j == 0:
            continue
        if w.key in lex.determiners and j + 1 < len(words) and not any(c in doc.gap(w, words[j + 1]) for c in ",;:.!?"):
            continue  # French "là" folds to the article "la": "de la ville" is not "de là"
        if w.key in lex.coordinators and not any(c in doc.gap(words[j - 1], w) for c in "'’"):
            continue  # French "où" folds to "ou" (or): "d'où" is "from where", "du ou des convois" is not
        mk = _marker_ending(words, j - 1, lex)
        if not mk or mk[0] not in ("source", "weak_source") or _time_follows(s, j + 1):
            continue  # "d'ici la fin de l'année", "da qui a lunedì": by a time, not from here
        # "there" is the place named last: earlier in this sentence, else the last movement's end
        # (a town rather than the country around it: "Rome, the capital of Italy, from where")
        here = [sl for sl in s.slots if sl.last < j - 1 and sl.via != "describes_the_place_before"]
        here = [sl for sl in here if s.kinds.get(sl.pid) not in _AREA_KINDS] or here
        prev = [c for c in story.claims if c.kind == "movement" and c.destination]
        town = story.last_town[0] if story.last_town and s.index - story.last_town[1] <= 2 else None
        # (a place named in the last two sentences is nearer than an older movement's end)
        there = here[-1].pid if here else (town or last_place or (prev[-1].destination if prev else None))
        if there is None:
            continue
        sl = _Slot(there, j, j, w.start, w.end, inferred_from=f"'{words[j - 1].text} {w.text}'")
        motion = [p for p in preds if p.entry.kind == "motion"]
        after = [p for p in motion if p.index > j and p.clause == clauses[j]] or [p for p in motion if p.index > j]
        before = [p for p in motion if p.index < j - 1 and p.clause == clauses[j]]
        # "... and from there were bussed to X": the predicate that follows
        goes = after[0] if after else (before[-1] if before else None)
        if goes is not None:
            _give(sl, "origin", goes, "from_there", f"{words[j - 1].text} {w.text}")
            out.append(sl)
    return out


def _time_follows(s: _Sentence, j: int) -> bool:
    """Whether a time phrase starts at word ``j`` (past determiners and a short preposition):
    a time word, a month or weekday, or a number ("la fin de l'année", "a lunedì", "2030")."""
    words, lex = s.words, s.lex
    j = _past_determiners(words, j, lex)
    if j < len(words) and len(words[j].key) <= 2 and not words[j].key.isdigit():
        j = _past_determiners(words, j + 1, lex)  # "da qui a fine mese", "daqui a dois meses"
    if j >= len(words):
        return False
    return _timed(words[j], lex) or words[j].key in number_words(lex.lang)


#: how many words may stand between a noun of destination and its copula ("the final
#: destination of the convoy is": 4), or between the copula and the place
_DESTINATION_REACH = 4


def destination_named(s: _Sentence, story: _Story) -> None:
    """"The destination of the families is Turin", "Roma, Torino e Trento saranno le
    destinazioni", "o destino inicial é Roma": a place the copula joins to a noun of
    destination (``[constructions] destination_nouns``) is where a journey ends, with the
    places listed with it; the noun is the movement's word."""
    words, lex = s.words, s.lex
    for i, w in enumerate(words):
        if w.key not in lex.destination_nouns and w.lemma not in lex.destination_nouns:
            continue
        pred = _Pred(i, i, s.clauses[i], Predicate((w.key,), "motion", "arrive", "none"), w.text)
        after = _copula_then_place(s, i)
        if after is not None:
            _give(after, "destination", pred, "destination_named", w.text)
            continue
        for sl in _places_before_copula(s, i):
            _give(sl, "destination", pred, "destination_named", w.text)


def _plain(s: _Sentence, a: int, b: int) -> bool:
    """Whether the words a..b-1 are at most _DESTINATION_REACH plain words of one phrase:
    no punctuation, no place, no predicate, no capitalised name."""
    words = s.words
    return b - a <= _DESTINATION_REACH and not _punct_between(s, a - 1, b, _PHRASE_BREAKS) \
        and not any(a <= o.last and o.first < b for o in s.slots) and not any(a <= p.index < b for p in s.preds) \
        and not any(words[x].capitalised and not s.lex.nouns_capitalised for x in range(a, b))


def _copula_then_place(s: _Sentence, i: int) -> _Slot | None:
    """The place after the noun at ``i`` and a copula ("the destination (of the convoy) is X")."""
    words = s.words
    c = next((x for x in range(i + 1, min(len(words), i + 2 + _DESTINATION_REACH)) if words[x].lemma in _COPULA), None)
    if c is None or not _plain(s, i + 1, c):
        return None
    nxt = next((o for o in s.slots if o.first > c), None)
    if nxt is None or nxt.role is not None \
            or not all(words[x].key in s.lex.determiners or words[x].key in s.lex.place_nouns or words[x].key in s.lex.of
                       for x in range(c + 1, nxt.first)) \
            or nxt.first - c > _DESTINATION_REACH or any(ch in s.doc.gap(words[c], words[c + 1]) for ch in ",;:()"):
        return None
    return nxt


def _list_tail(s: _Sentence, a: int, c: int) -> bool:
    """Whether the words a..c-1 before the copula at ``c`` may end a list that the place
    before ``a`` belongs to: at most two lowercase words before the copula (an auxiliary or a
    modal: "X and Y will be"), and before them only names no gazetteer knew and coordinators
    ("X, Y e Z saranno": Z unknown), commas only between those."""
    words, lex = s.words, s.lex
    x = c
    while x > a and c - x < 2 and not words[x - 1].capitalised and words[x - 1].key not in lex.markers_flat \
            and words[x - 1].key not in lex.coordinators:
        x -= 1
    if x - a > _DESTINATION_REACH or not all(words[y].capitalised or words[y].key in lex.coordinators for y in range(a, x)):
        return False
    return not _punct_between(s, a - 1, c - 1, _PHRASE_BREAKS.replace(",", "")) and not _punct_between(s, max(a, x - 1), c - 1, ",")


def _places_before_copula(s: _Sentence, i: int) -> list[_Slot]:
    """The places before a copula and the noun at ``i`` ("X, Y (Z) e W saranno le
    destinazioni"): the place right before the copula and those listed before it."""
    words, lex = s.words, s.lex
    c = next((x for x in range(i - 1, max(-1, i - 2 - _DESTINATION_REACH), -1) if words[x].lemma in _COPULA), None)
    if c is None or not c or not _plain(s, c + 1, i) \
            or not all(words[x].key in lex.determiners or not words[x].capitalised for x in range(c + 1, i)):
        return []
    last = next((o for o in reversed(s.slots) if o.last < c and _list_tail(s, o.last + 1, c)), None)
    if last is None or last.role is not None:
        return []
    found = [last]
    for o in reversed([o for o in s.slots if o.last < last.first]):
        between = range(o.last + 1, found[-1].first)
        gaps = "".join(s.doc.gap(words[x], words[x + 1]) for x in range(o.last, found[-1].first))
        # a list: only commas, coordinators and a short note in brackets ("Luserna (TO)") between
        if o.role is not None or any(ch in gaps for ch in ";:\"“”«»") or len(between) > 2 \
                or not all(words[x].key in lex.coordinators or "(" in s.doc.gap(words[x - 1], words[x]) or ")" in s.doc.gap(words[x], words[x + 1])
                           for x in between):
            break
        found.append(o)
    return found


#: how many words may stand between a verb of motion and the source marker of the trip it ends,
#: and between the trip's noun and its place ("returned on Monday from a long trip to X")
_TRIP_REACH = 4


def where_the_trip_back_starts(s: _Sentence, story: _Story) -> None:
    """"Returned from a trip to X", "back from holiday in X", "rentrée d'un voyage au X", "von einer
    Reise nach X zurückgekehrt", "tornata da un viaggio in X": a verb of motion, a source marker,
    then a noun of a stay or journey away (``[constructions] trip_nouns``): the place the noun's
    phrase names is where this move starts, not where it goes."""
    words, lex = s.words, s.lex
    sources = {ph[0] for role in ("source", "weak_source") for ph in lex.markers[role] if len(ph) == 1}
    for q in s.preds:
        if q.entry.kind != "motion" or words[q.index].key in lex.trip_nouns or words[q.index].lemma in lex.trip_nouns:
            continue
        # (a separable verb's particle may close the clause: "kehrte am Montag von einer Reise nach X zurück")
        last = q.index if q.end - q.index > 2 else q.end
        reach = range(q.index + 1, min(len(words), last + 2 + _TRIP_REACH))
        if lex.object_before_verb:  # "ist von einer Reise nach X zurückgekehrt": the verb last
            reach = range(max(0, q.index - 3 - 2 * _TRIP_REACH), min(len(words), last + 2 + _TRIP_REACH))
        m = next((x for x in reach if x != q.index and words[x].key in sources), None)
        if m is None or s.clauses[m] != q.clause:
            continue
        j = _past_determiners(words, m + 1, lex)
        t = next((x for x in (j, j + 1) if x < len(words) and (words[x].key in lex.trip_nouns or words[x].lemma in lex.trip_nouns)), None)
        if t is None:
            continue
        for sl in s.slots:
            if t < sl.first <= t + 1 + _TRIP_REACH and s.clauses[sl.first] == q.clause and sl.role in (None, "destination", "location"):
                _give(sl, "origin", q, "where_the_trip_back_starts", words[m].text)
                break


def where_they_stayed_before(s: _Sentence, story: _Story) -> None:
    """"She returned to X after two years in Y", "rentrée à X après deux ans à Y", "nach zwei
    Jahren in Y nach X zurückgekehrt", "volvió a X tras dos años en Y", "arrived in X after a
    stay in Y": a word of "after" (``[constructions] stay_after``), a phrase of time or of a stay
    (``time_words``, numbers, ``trip_nouns``; after a pronoun, an auxiliary or a verb of spending
    time, ``spend_verbs``: "after spending two months in Y", "nachdem sie zwei Monate in Y
    verbracht hatte"), then a marker and a place no rule gave a role: the
    place is where they were before the move, the start of the clause's verb of motion, when
    that verb names no start."""
    words, lex = s.words, s.lex
    if s.doc.vocabulary(s.index).isdisjoint(ph[0] for ph in lex.stay_after):
        return
    for i in range(len(words)):
        ph = next((ph for ph in lex.stay_after if tuple(w.key for w in words[i:i + len(ph)]) == ph), None)
        if ph is None:
            continue
        j = i + len(ph)
        while j < len(words) and (words[j].key in lex.pronouns or words[j].lemma in lex.auxiliaries or words[j].lemma in lex.spend_verbs):
            j += 1  # ("after spending two months in Y", "nachdem sie zwei Monate in Y verbracht hatte")
        for sl in s.slots:
            # (a place so located is never where they go: "kehrte nach zwei Jahren in Y nach X zurück")
            mk = _marker_ending(words, sl.first - 1, lex) if sl.first > j + 1 and sl.role in (None, "destination") else None
            if mk is None or mk[0] not in ("location", "weak_goal") or not _stay_phrase(words, j, mk[1], lex):
                continue
            # (the word of "after" may open a clause of its own: the verb's is the one before or after it)
            near = {s.clauses[i], s.clauses[max(i - 1, 0)], s.clauses[min(sl.last + 1, len(words) - 1)]}
            q = [p for p in s.preds if p.entry.kind == "motion" and p.clause in near and p.index != i
                 and not any(o.pred is p and o.role == "origin" for o in s.slots)]
            if sl.role is not None and not any(o is not sl and o.pred is sl.pred and o.role == "destination" for o in s.slots):
                q = []  # (its only end: what the verb's markers read stays as it is)
            if q:
                _give(sl, "origin", min(q, key=lambda p: abs(p.index - i)), "where_they_stayed_before", words[i].text)
            break


def _stay_phrase(words: tuple[Word, ...], a: int, b: int, lex: Lexicon) -> bool:
    """Whether words a..b-1 are a phrase of time ("two years", "a week") or of a stay ("a short
    stay", "einem kurzen Aufenthalt": at most four words that end with a noun of ``trip_nouns``)."""
    return _time_phrase(words, a, b, lex) or (0 < b - a <= 4 and words[b - 1].key in lex.trip_nouns)


#: the passes :func:`extract_frames` runs on each sentence, in order: the roles of the named
#: places, then the constructions that give a role to places no marker or verb did, then the
#: places words stand for ("the town", "from there"), then a purpose clause's place
_PASSES: tuple[Callable[[_Sentence, _Story], None], ...] = (
    their_country, destination_named, between_two_phrases, _assign_roles, ordered_departure, evacuated_subject, object_before_verb,
    object_later_in_clause,
    crossing_the_border_pair, _anaphora, purpose_clause, where_the_trip_back_starts, where_they_stayed_before,
)



def _moves(slots: list[_Slot], preds: list[_Pred], s: _Sentence | None = None) -> list[_Move]:
    by_pred: dict[int, _Move] = {}
    for sl in slots:
        if sl.pred is None or sl.role not in ("origin", "destination", "path"):
            continue
        mv = by_pred.setdefault(sl.pred.index, _Move(sl.pred))
        {"origin": mv.origins, "destination": mv.dests, "path": mv.paths}[sl.role].append(sl)
    moves = [by_pred[k] for k in sorted(by_pred)]
    # "fled X ... and took refuge in Y": a departure and a later arrival in one sentence are one movement
    merged: list[_Move] = []
    for mv in moves:
        if merged and mv.dests and not mv.origins and merged[-1].origins and not merged[-1].dests:
            merged[-1].dests.extend(mv.dests)
            merged[-1].paths.extend(mv.paths)
            continue
        rule = _start_joined(s, merged[-1].pred, mv) if merged and s is not None and mv.origins and not mv.dests \
            and merged[-1].dests and not merged[-1].origins else None
        if rule is not None:
            merged[-1].origins.extend(mv.origins)
            merged[-1].paths.extend(mv.paths)
            for sl in mv.origins:
                sl.via = rule
            continue
        merged.append(mv)
    for mv in merged:
        mv.onward = _onward(s, mv) if s is not None and len(mv.dests) > 1 else {}
    return merged


def _start_joined(s: _Sentence, arrival: _Pred, mv: _Move) -> str | None:
    """The rule by which the start ``mv`` names, after a movement that names only its end, is
    that movement's: "the families who reached Y had left X", the relative clause names the
    goal of the main clause's mover (``relative_clause_joins``); "sont arrivées à Y 300
    familles venues de X", a word of coming from that describes the movers
    (``coming_from_joins``); "they reached Y after leaving X", "arrivati a Y, partiti da X",
    what the mover did before the main clause (``earlier_clause_joins``). None when it is none
    of them."""
    if _in_relative_clause(s, arrival, mv.pred):
        return "relative_clause_joins"
    if _coming_from(s, mv.pred, arrival):
        return "coming_from_joins"
    if mv.pred.entry.frame == "depart" and _earlier_clause(s, arrival, mv.pred):
        return "earlier_clause_joins"
    return None


def _earlier_clause(s: _Sentence, main: _Pred, dep: _Pred) -> bool:
    """Whether the departure ``dep``, after the verb ``main``, is what the same mover did
    before: a word of an earlier clause (``[grammar] earlier_clause``: "after", "après avoir",
    "dopo", "tras") right before it, or a participle set off by a comma right before it with
    no subject of its own ("Sono arrivati a Y mille migranti, partiti da X"). Nothing but the
    main clause's own words (no other verb) stands between."""
    words, lex = s.words, s.lex
    if any(main.end < q.index < dep.index for q in s.preds) or any(_says(words[x], lex) for x in range(main.end + 1, dep.index)):
        return False
    keys = [w.key for w in words]
    opens = next((x for x in range(dep.index, main.end, -1) if s.clauses[x - 1] != s.clauses[x]), None)  # dep's clause
    for ph in lex.earlier_clause:
        # right before the verb ("after leaving X"), or opening its clause ("nachdem sie X verlassen hatten")
        for k in (dep.index - len(ph), opens):
            if k is not None and k > main.end and tuple(keys[k:k + len(ph)]) == ph:
                return True
    return dep.index > main.end + 1 and "," in s.doc.gap(words[dep.index - 1], words[dep.index]) \
        and not _punct_between(s, main.end, dep.index - 1, ";:()")
def _coming_from(s: _Sentence, p: _Pred, arrival: _Pred) -> bool:
    """Whether the predicate ``p`` is a word of coming from somewhere that describes the mover
    of ``arrival`` before it (``[constructions] coming_from``: "llegó a Y un convoy procedente
    de X", "chegaram a Y, vindos de X, 300 refugiados"): the start it names is the arrival's
    (rule ``coming_from_joins``) — not in what someone says of them ("arriving in Y say they
    come from X")."""
    w = s.words[p.index]
    return (w.key in s.lex.coming_from or w.lemma in s.lex.coming_from) \
        and not any(_says(s.words[x], s.lex) for x in range(arrival.end + 1, p.index))


#: how many words (an auxiliary, an adverb) may stand between a relative pronoun and its verb
_RELATIVE_TO_VERB = 4


def _in_relative_clause(s: _Sentence, first: _Pred, main: _Pred) -> bool:
    """Whether ``first`` is the verb of a relative clause about the mover of ``main``, which
    comes after it: a relative pronoun (``[grammar] relatives``) opens the clause a few words
    before ``first`` — set off by a comma where it is spelt like an article (German "die") —
    and no other relative pronoun stands between the two verbs ("die Familien, die Damaskus
    erreichten, hatten Aleppo verlassen")."""
    words, lex = s.words, s.lex
    rel = [r for r in range(max(1, first.index - _RELATIVE_TO_VERB), first.index)
           if words[r].key in lex.relatives and not _says(words[r - 1], lex)
           and (words[r].key not in lex.determiners or "," in s.doc.gap(words[r - 1], words[r]))]
    return bool(rel) and main.index > first.end and not any(words[x].key in lex.relatives for x in range(first.end + 1, main.index))


def _emit_movements(mv: _Move, claims: list[Claim], gaz: Places, common: dict, actor: str | None, ends: _EndRead) -> None:
    """The claims of one movement: one per origin × destination; a missing end is taken
    from the story by the first rule of :data:`_ORIGIN_RULES` / :data:`_DESTINATION_RULES`
    that gives one, listed in ``inferred`` with its note — unless the sentence names it in
    words that are no known place (``mv.open_in_words``: "transferred from the reception
    centre of Smalltown to the new camp in X")."""
    # a continent is no end a map can draw ("routes into Europe from Asia"): left out
    vague = {sl.pid for sl in mv.origins + mv.dests if (p := gaz.places.get(sl.pid)) is not None and p.kind == "continent"}
    origins = [o for o in dict.fromkeys(sl.pid for sl in mv.origins) if o not in vague]
    dests = [d for d in dict.fromkeys(sl.pid for sl in mv.dests) if d not in origins and d not in vague]
    path = tuple(dict.fromkeys(sl.pid for sl in mv.paths if sl.pid not in origins and sl.pid not in dests))
    inferred: list[str] = []
    notes: list[str] = []
    for sl in mv.origins + mv.dests:
        if sl.inferred_from:
            inferred.append("origin" if sl in mv.origins else "destination")
            notes.append(f"{sl.inferred_from} read as {_name(gaz, sl.pid)}")
    if not origins and not dests:
        return  # a path alone is not an end: the sentence is listed as unmapped
    rules: dict[tuple[str, str], list[str]] = {}
    for role, group in (("origin", mv.origins), ("destination", mv.dests)):
        for sl in group:
            rules.setdefault((role, sl.pid), []).append(sl.via)
    if bool(origins) != bool(dests) and not mv.open_in_words:
        missing = "destination" if origins else "origin"
        e = replace(ends, named=origins or dests, recent=_recent(claims, ends.sentence))
        for rule in _DESTINATION_RULES if origins else _ORIGIN_RULES:
            if e.others and rule.__name__ in _NOT_FOR_OTHERS:
                continue  # another part of the group did not go where the first part went
            taken = rule(e)
            if taken is not None:
                (origins if dests else dests).append(taken[0])
                inferred, notes = inferred + [missing], notes + [taken[1]]
                rules[(missing, taken[0])] = [rule.__name__]
                break
    ends_o: list[str | None] = list(origins) or [None]
    ends_d: list[str | None] = list(dests) or [None]
    for o in ends_o:
        for d in ends_d:
            if o == d or d in mv.onward:
                continue
            fired = rules.get(("origin", o or ""), []) + rules.get(("destination", d or ""), [])
            claims.append(Claim(kind="movement", origin=o, destination=d, path=path, cue=mv.pred.text, frame=mv.pred.entry.frame,
                                actor=actor, inferred=tuple(dict.fromkeys(inferred)), notes=tuple(notes),
                                rules=tuple(dict.fromkeys(fired)), **common))
    for d, o in mv.onward.items():
        # "taken to X and then to Y": the second leg starts where the first ended
        claims.append(Claim(kind="movement", origin=o, destination=d, path=(), cue=mv.pred.text, frame=mv.pred.entry.frame,
                            actor=actor, rules=tuple(dict.fromkeys(rules.get(("destination", d), []) + ["then_onward"])), **common))


@dataclass(frozen=True)
class _EndRead:
    """What the inference rules read: the ends a movement names (all origins, or all
    destinations), the claims so far, and where this sentence and the one before place people."""

    claims: list[Claim]
    gaz: Places
    sentence: int
    named: list[str]
    recent: list[Claim]  #: the movements of the latest sentence that has any (see _recent)
    located: str | None  #: where the sentence before (same paragraph) places them
    here: str | None  #: where this sentence places them before the verb
    now_at: str | None  #: where this sentence says they are now
    setting: tuple[str, str] | None = None  #: the story's setting, when this sentence refers to it ("here"), and why
    mover: str | None = None  #: the country of a mover named by its demonym ("Malians arrived in X")
    open_arrival: int = -1  #: the sentence of the latest arrival that names no end ("46 more arrived"), if any
    actor_keys: frozenset[str] = frozenset()  #: the words of this sentence's actor phrase, articles aside
    keys_of: Mapping[str, frozenset[str]] = field(default_factory=dict)  #: each actor phrase's words (the story's)
    others: bool = False  #: the mover is another part of the group ("Others returned to X")
    border_from: str | None = None  #: the setting's country, when the sentence crosses "the border" it names no side of
    armed: frozenset[str] = frozenset()  #: the language's nouns of armed men (``[grammar] armed_nouns``)
    danger: str | None = None  #: where the sentence before placed the fighting or disaster a departure leaves
    anchors: Mapping[str, str] = field(default_factory=dict)  #: the place each derived area is built on (``_Story.anchors``)

    def other_actor(self, prev: Claim) -> bool:
        """Whether ``prev`` moved someone else: both actors named, with no word in common
        ("The army sent helicopters to Y" after "Families were taken to X"); or armed men
        (``[grammar] armed_nouns``) named here after a journey of no armed men, or the reverse
        ("Its soldiers pulled back towards Y" after "a mother who reached X")."""
        theirs = self.keys_of.get(prev.actor or "", frozenset())
        if self.actor_keys and theirs and not self.actor_keys & theirs:
            return True
        mine_armed, theirs_armed = bool(self.actor_keys & self.armed), bool(theirs & self.armed)
        return mine_armed and not theirs_armed or theirs_armed and bool(self.actor_keys) and not mine_armed

    def said_already(self) -> bool:
        """"Flights go to Erbil and Baghdad, but flights to Erbil are few": this sentence
        already has a movement to the same place."""
        d = self.named[0]
        return any(prev.sentence == self.sentence and prev.destination and _same_place(self.gaz, prev.destination, d)
                   for prev in self.recent)


def the_setting_referred_to(e: _EndRead) -> tuple[str, str] | None:
    """"(Erbil, 3 May) Families arriving here from Mosul said ...": a sentence that refers to
    the place the story is set in ("here", "the camp") takes its missing end from the setting."""
    if e.setting is not None and not any(_same_place(e.gaz, e.setting[0], n) for n in e.named):
        return e.setting[0], f"the sentence refers to the story's setting ({e.setting[1]}: {_name(e.gaz, e.setting[0])})"
    return None


def demonym_of_the_mover(e: _EndRead) -> tuple[str, str] | None:
    """"Hundreds of Malians arrived in Mauritania": an arrival whose mover is named by the
    demonym of another country starts in that country; so does an arrival, a crossing or a
    flight of people a demonym qualifies ("Malian families crossed into Niger", "des réfugiés
    soudanais sont arrivés au Tchad": :data:`_PEOPLE_OF_FRAMES`), not a transfer — and not from
    a country holding where they go, nor a part of a place inside it ("Ukrainians returned to
    eastern Ukraine")."""
    if e.mover is not None and not any(_same_place(e.gaz, e.mover, e.anchors.get(n, n)) for n in e.named):
        return e.mover, f"origin: the country of the mover's demonym ({_name(e.gaz, e.mover)})"
    return None


def where_they_are_before_moving(e: _EndRead) -> tuple[str, str] | None:
    """"Some 300 are still in Calais and hope to cross to Dover": where the sentence places
    them before the verb (in its clause, no verb of saying between) is where they start."""
    if e.here is not None and not _same_place(e.gaz, e.here, e.named[0]):
        return e.here, f"origin: where this sentence places them before they move ({_name(e.gaz, e.here)})"
    return None


def start_of_the_journey_to_there(e: _EndRead) -> tuple[str, str] | None:
    """"The buses left Mariupol for Zaporizhzhia. They reached Zaporizhzhia at night": an
    arrival where the latest movement ended starts where that one did."""
    d = e.named[0]
    if e.said_already():
        return None
    for prev in e.recent:
        if prev.origin and prev.origin != d and prev.destination and _same_place(e.gaz, prev.destination, d) \
                and not e.other_actor(prev):  # ("Villagers fled X for Y. Doctors arrived in Y": others, from elsewhere)
            return prev.origin, f"origin taken from the movement in sentence {prev.sentence + 1}, which ends at the same place"
    return None


def start_of_an_earlier_journey_to_there(e: _EndRead) -> tuple[str, str] | None:
    """"Families fled Lachin for Armenia. [Cars queued on the road.] Most arrived in
    Armenia by night": the last journey of a few sentences back that names its start and
    ends where this one does."""
    d = e.named[0]
    if e.said_already():
        return None
    for prev in _movements_before(e.claims, e.sentence, _CHAIN_SENTENCES):
        if prev.origin and prev.destination and prev.origin != d and "origin" not in prev.inferred \
                and _same_place(e.gaz, prev.destination, d) and not e.other_actor(prev):
            return prev.origin, f"origin taken from the movement in sentence {prev.sentence + 1}, which ends at the same place"
    return None


def the_border_crossed_from_the_setting(e: _EndRead) -> tuple[str, str] | None:
    """"(Niamey) ... 2,000 people crossed the border to seek refuge in Burkina Faso": a
    crossing of "the border", no side named, leaves the country the story is set in."""
    if e.border_from is not None and not any(_same_place(e.gaz, e.border_from, n) for n in e.named):
        return e.border_from, f"origin: they crossed the border out of the country the story is set in ({_name(e.gaz, e.border_from)})"
    return None


def start_the_others_share(e: _EndRead) -> tuple[str, str] | None:
    """"Some families crossed into Tanzania. Others returned to Mueda": another part of the
    group starts where the latest movement did, not where it ended."""
    if not e.others:
        return None
    d = e.named[0]
    for prev in e.recent:
        if prev.origin and not _same_place(e.gaz, prev.origin, d):
            return prev.origin, f"origin: another part of the group, which left from where the movement in sentence {prev.sentence + 1} started"
    return None


def end_of_the_previous_movement(e: _EndRead) -> tuple[str, str] | None:
    """"They reached Gevgelija on Monday. On Tuesday they went on to Belgrade": an onward
    journey starts where the latest movement ended (or, after a departure with no end, where
    it started)."""
    d = e.named[0]
    if e.said_already():
        return None
    for prev in e.recent:
        if e.other_actor(prev):
            continue
        if prev.destination and not _same_place(e.gaz, prev.destination, d):
            return prev.destination, f"origin taken from the previous movement's destination (sentence {prev.sentence + 1})"
        if prev.origin and prev.destination is None and not _same_place(e.gaz, prev.origin, d):
            return prev.origin, f"origin taken from the departure in sentence {prev.sentence + 1}"
    return None


def where_the_sentence_before_places_them(e: _EndRead) -> tuple[str, str] | None:
    """"She was at her sister's flat in Kherson. On Sunday she took a train to Odesa": where
    the sentence before (same paragraph, no movement) places someone."""
    if e.located is not None and not _same_place(e.gaz, e.located, e.named[0]):
        return e.located, f"origin: where the sentence before places them ({_name(e.gaz, e.located)})"
    return None


def where_the_danger_they_flee_was(e: _EndRead) -> tuple[str, str] | None:
    """"Shelling hit X on Sunday. Hundreds of families fled to Y": a departure that names
    only its end leaves where the sentence before (same paragraph, no movement in it) placed
    the fighting or the disaster (:func:`_hazard_reached`), as ``where_the_hazard_reached``
    reads it in one sentence."""
    if e.danger is not None and not any(_same_place(e.gaz, e.danger, n) for n in e.named):
        return e.danger, f"origin: where the sentence before places the fighting or disaster they flee ({_name(e.gaz, e.danger)})"
    return None


def where_they_are_now(e: _EndRead) -> tuple[str, str] | None:
    """"They are now crammed in Rafah after being told to leave Gaza City": where the
    sentence says they are now (no verb of saying in it) is where a departure ends."""
    if e.now_at is not None and not any(_same_place(e.gaz, e.now_at, o) for o in e.named):
        return e.now_at, f"destination: where this sentence says they are now ({_name(e.gaz, e.now_at)})"
    return None


def end_of_the_journey_from_there(e: _EndRead) -> tuple[str, str] | None:
    """"Buses took them from Douma to Jarablus. Others left Douma on foot": a departure from
    where the latest movement started (or a place in or near it) ends where that one did."""
    o = e.named[0]
    gaz = e.gaz
    for prev in e.recent:
        if e.other_actor(prev):
            continue
        # the same place, or a place in (or near) it — not a whole country around a town
        same = prev.origin == o or (
            prev.origin is not None and o in gaz.places and gaz.places[o].kind not in _AREA_KINDS and _dist(gaz, prev.origin, o) <= 60)
        if prev.destination and prev.origin and prev.destination != o and same:
            return prev.destination, f"destination taken from the movement in sentence {prev.sentence + 1}, which starts at the same place"
    return None


def end_of_an_arrival_with_open_start(e: _EndRead) -> tuple[str, str] | None:
    """"Forty migrants reached Lampedusa. Their boat had left Sfax two days before": a
    departure after an arrival whose start the text had not given ends where it did — not
    past a later arrival that names no end ("[...] More arrived on Tuesday. They had left X
    three days earlier"): that one is the arrival meant, and its end is the story's (:func:`_story_ends`)."""
    o = e.named[0]
    for prev in _movements_before(e.claims, e.sentence, _ARRIVAL_WINDOW):
        if prev.sentence < e.open_arrival:
            return None
        if e.other_actor(prev):
            continue
        if prev.destination and (prev.origin is None or "origin" in prev.inferred) and prev.destination != o \
                and not _same_place(e.gaz, prev.destination, o) and prev.frame == "arrive":
            return prev.destination, f"destination taken from the arrival in sentence {prev.sentence + 1}, whose origin the text leaves open"
    return None


#: the rules that give a movement naming only its destination a start, in order
_ORIGIN_RULES: tuple[Callable[[_EndRead], tuple[str, str] | None], ...] = (
    where_they_are_before_moving, the_border_crossed_from_the_setting, start_the_others_share, start_of_the_journey_to_there, start_of_an_earlier_journey_to_there, demonym_of_the_mover,
    the_setting_referred_to, where_the_danger_they_flee_was, end_of_the_previous_movement, where_the_sentence_before_places_them,
)
#: the rules that lend the end of someone's journey: not to "others", another part of the group
_NOT_FOR_OTHERS = frozenset(r.__name__ for r in (start_of_the_journey_to_there, start_of_an_earlier_journey_to_there,
                                                end_of_the_previous_movement, where_the_sentence_before_places_them))
#: the rules that give a movement naming only its origin an end, in order
_DESTINATION_RULES: tuple[Callable[[_EndRead], tuple[str, str] | None], ...] = (
    the_setting_referred_to, where_they_are_now, end_of_the_journey_from_there, end_of_an_arrival_with_open_start,
)



def _where_they_are_now(s: _Sentence) -> list[_Slot]:
    """The places this sentence says its people are at now, which a departure naming only its
    start ends at (:func:`where_they_are_now`): a place the copula locates ("they are now
    crammed in X after being told to leave Y"), one a few words after a word of now ("and now
    sleeps in a church in X": :func:`_now_before`), or one a marker of place opens the sentence
    with ("In X, families who fled Y wait for food", "À X, des familles qui ont fui Y
    attendent"): where the sentence is set. (Asked only of a sentence with no verb of saying:
    "In Geneva, the agency said families fled Y" is where it was said.)"""
    words = s.words
    return [sl for sl in s.slots if sl.role is None and sl.marker in ("location", "weak_goal") and sl.pred is None
            and (s.kinds.get(sl.pid) not in _NAMED_AREA_KINDS
                 and (sl.marker == "location" and any(words[x].lemma in _COPULA for x in range(max(0, sl.first - 4), sl.first))
                      or _now_before(s, sl))  # (French "à" after a word of now is where they are, no goal)
                 or _opens_the_sentence(s, sl))]


#: how many words before a place a word of now may stand ("now sleeps in a church in X": 6)
_NOW_REACH = 7


def _now_before(s: _Sentence, sl: _Slot) -> bool:
    """Whether a word of now (``[constructions] now_words``) stands a few words before the place
    ``sl``, in its clause, with no verb of motion between ("left X and now sleeps in a church in
    Y", "et dort désormais dans une église à Y")."""
    words, lex = s.words, s.lex
    for x in range(sl.first - 1, max(-1, sl.first - 1 - _NOW_REACH), -1):
        if s.clauses[x] != s.clauses[sl.first] or any(p.index <= x <= p.end and p.entry.kind == "motion" for p in s.preds):
            return False
        if words[x].key in lex.now_words:
            return True
    return False


def _opens_the_sentence(s: _Sentence, sl: _Slot) -> bool:
    """Whether the place ``sl`` follows a one-word marker that opens the sentence ("In X, ...",
    "À X, ...", "En X, ..."), before any verb of motion."""
    return sl.first in (1, 2) and all(s.words[x].key in s.lex.markers_flat or s.words[x].key in s.lex.determiners for x in range(sl.first)) \
        and not any(p.index < sl.first for p in s.preds) and s.kinds.get(sl.pid) not in ("continent", "river", "border")


def _speaker_place(s: _Sentence, att: Attribution | None) -> tuple[str, str] | None:
    """Where the sentence's speaker is, when the words naming the speaker name a place that
    is no end of a movement and no country or wider area ("said a nurse in X", "dijo un
    voluntario del pueblo de X"): the last such place, and why."""
    if att is None or not att.explicit:
        return None
    spoken = [sl for sl in s.slots if sl.role is None and sl.inferred_from is None and s.kinds.get(sl.pid) not in _NAMED_AREA_KINDS
              and s.doc.text[sl.start:sl.end] in att.claimant]
    return (spoken[-1].pid, "where the speaker is") if spoken else None


def _refers_to_setting(s: _Sentence, story: _Story, mv: _Move, att: Attribution | None = None) -> tuple[str, str] | None:
    """The story's setting and why, when the sentence refers to it by a ``setting_words``
    phrase ("here", "the camp") that is not itself a place it names, or when a verb of
    coming (``setting_verbs``) names only where it starts ("they come from X"). The "here"
    of a speaker the sentence places ("'They arrive here every day,' said a nurse in X") is
    where the speaker is (:func:`_speaker_place`)."""
    end = story.setting.end()
    if _names_the_setting(s):
        return _speaker_place(s, att) or end
    if end is not None and mv.origins and not mv.dests and s.words[mv.pred.index].lemma in s.lex.setting_verbs:
        return end[0], f"a verb of coming, {end[1]}"
    return None


def _names_the_setting(s: _Sentence) -> bool:
    """Whether the sentence refers to where it is set by a ``setting_words`` phrase ("here",
    "the camp") that is not itself a place it names."""
    keys = [w.key for w in s.words]
    # a phrase that is (or goes on into) a place the sentence names is no reference:
    # "la ville d'Abéché", "the camp at X"
    named = {x for sl in s.slots for x in range(sl.first, sl.last + 1)}
    for j in range(len(keys)):
        for ph in s.lex.setting_words:
            k = j + len(ph)
            if tuple(keys[j:k]) != ph:
                continue  # (asked first: the phrase is not here)
            # (an adverb never goes on into a name: "aqui de Raqqa" is "here from Raqqa")
            # (nor does a name the gazetteer lacks: "the town of Smallville")
            goes_on = len(ph) > 1 and (k in named or (k < len(keys) and s.words[k].capitalised) or (
                k + 1 < len(keys) and keys[k] in s.lex.of and (k + 1 in named or s.words[k + 1].capitalised)))
            if not goes_on and not named & set(range(j, k)):
                return True
    return False


def _name(gaz: Places, pid: str) -> str:
    p = gaz.places.get(pid)
    return p.name if p is not None else pid


#: the motion frames of arriving and crossing: an arrival that names no end may come to the story's destination
_ARRIVING_FRAMES = frozenset({"arrive", "traverse"})
#: the frames whose mover, a noun of people a demonym qualifies ("Sudanese refugees arrived in
#: X", "des familles maliennes ont fui vers Y"), comes from the demonym's country — not a
#: transfer or a move, which may stay inside the country they fled to ("Eritrean migrants were taken to X")
_PEOPLE_OF_FRAMES = _ARRIVING_FRAMES | {"depart"}

_ACTOR_STOP = frozenset("les des de du la le l the of d der die das il gli lo i os as los las el a".split())


def _inherit_path_only(p: _Pred, paths: list[_Slot], claims: list[Claim], common: dict[str, Any], actor: str | None,
                       sentence: int, actor_keys: dict[str, frozenset[str]]) -> None:
    """"Les convois de l'EI fuyaient le long de l'Euphrate": a movement that names only its
    path takes both ends from the same actor's movement of the two sentences before."""
    mine = actor_keys.get(actor or "", frozenset())
    for prev in reversed(claims):
        if prev.kind != "movement" or sentence - prev.sentence > 2 or prev.sentence >= sentence:
            continue
        if prev.origin and prev.destination and mine and mine & actor_keys.get(prev.actor or "", frozenset()):
            path = tuple(dict.fromkeys(sl.pid for sl in paths if sl.pid not in (prev.origin, prev.destination)))
            claims.append(Claim(
                kind="movement", origin=prev.origin, destination=prev.destination, path=path, cue=p.text, frame=p.entry.frame,
                actor=actor, inferred=("origin", "destination"), rules=("same_actor_path_only",),
                notes=(f"origin and destination carried from the movement in sentence {prev.sentence + 1} (same actor)",), **common,
            ))
            return


#: two points this close are one town under two ids (dev corpus, bench/dev_report.py: 60 km
#: → 65/99 movements, 30 or 15 → 65/99, 5 → 66/99: a move between neighbouring towns was
#: taken for no move at all)
_SAME_TOWN_KM = 5


def _same_place(gaz: Places, a: str, b: str) -> bool:
    """Whether two places are the same place for a journey: the same id, two points within
    a few km (one town under two ids), or a point in (or an area holding the centre of) the
    other area — not two countries that merely touch, nor two towns 10 km apart."""
    if a == b:
        return True
    pa, pb = gaz.places.get(a), gaz.places.get(b)
    if pa is None or pb is None:
        return False
    ga, gb = pa.geometry, pb.geometry
    areas = ("Polygon", "MultiPolygon")
    if ga.geom_type in areas and gb.geom_type in areas:
        return bool(ga.contains(gb.representative_point()) or gb.contains(ga.representative_point()))
    if ga.geom_type in areas:
        return bool(ga.contains(gb.centroid))
    if gb.geom_type in areas:
        return bool(gb.contains(ga.centroid))
    return distance_km(ga, gb) <= _SAME_TOWN_KM


def _same_country_or_region(area: Place, p: Place) -> bool:
    """Whether ``area`` is a country (or a first-level region) the gazetteer says ``p`` lies in,
    by their country codes (and region codes), whatever the outline's simplification."""
    code = area.properties.get("iso2")
    if not code or code != p.properties.get("iso2") or p.kind == area.kind:
        return False
    return area.kind == "country" or (area.kind == "region" and bool(area.properties.get("admin1"))
                                      and area.properties.get("admin1") == p.properties.get("admin1"))


def _dist(gaz: Places, a: str, b: str) -> float:
    pa, pb = gaz.places.get(a), gaz.places.get(b)
    if pa is None or pb is None:
        return float("inf")
    return distance_km(pa.geometry, pb.geometry)


#: how many sentences back a movement may lend a missing end (measured on the dev corpus,
#: bench/dev_report.py: 1 → 47/99 movements, 2 → 48/99, 3 → 48/99 with one more claimant
#: right, 4 → 48/99 with one more wrong movement)
_CONTEXT_SENTENCES = 3


def _movements_before(claims: list[Claim], sentence: int, window: int) -> Iterator[Claim]:
    """The movements of the ``window`` sentences before ``sentence``, last first (not those the
    text puts forward as possible or asked for: no one is known to have made them)."""
    for prev in reversed(claims):
        if prev.kind != "movement" or prev.sentence >= sentence or prev.modality in TENTATIVE:
            continue
        if sentence - prev.sentence > window:
            return
        yield prev


def _recent(claims: list[Claim], sentence: int) -> list[Claim]:
    """The movements of the latest sentence (this one, for those already read, or one of the
    few before) that has any, last first — none the text puts forward as possible or asked for."""
    for c in reversed(claims):
        if c.kind != "movement" or c.sentence > sentence or c.modality in TENTATIVE:
            continue
        if sentence - c.sentence > _CONTEXT_SENTENCES:
            return []
        return [x for x in reversed(claims) if x.kind == "movement" and x.sentence == c.sentence and x.modality not in TENTATIVE]
    return []


#: how many sentences back a journey with both ends may lend its start to an arrival at
#: the same place (dev corpus, bench/dev_report.py: without → 64/99 movements; 4, 5 or 6 →
#: 65/99 at 95/102 precise; 8 → 65/99 at 96/102)
_CHAIN_SENTENCES = 5


#: how many sentences back an arrival may give a later departure its destination
_ARRIVAL_WINDOW = 5


def _actor(words: tuple[Word, ...], lex: Lexicon, preds: list[_Pred]) -> tuple[str | None, frozenset[str]]:
    """The actor noun nearest before the first motion predicate (else the first one after),
    and its words' keys (articles aside, to compare two actors)."""
    motion = [p for p in preds if p.entry.kind == "motion"]
    first = motion[0].index if motion else len(words)
    nouns = [i for i, w in enumerate(words) if w.key in lex.actor_nouns or w.lemma in lex.actor_nouns]
    before = [i for i in nouns if i < first]
    cover = frozenset(x for p in preds for x in range(p.index, p.end + 1))
    i = before[-1] if before else next((x for x in nouns if not motion or _subject_after(words, lex, motion[0], x, cover)), None)
    if i is None:
        return None, frozenset()
    k = i
    while k > 0 and i - k < 2 and words[k - 1].key not in lex.determiners and words[k - 1].key not in lex.of \
            and words[k - 1].key not in lex.coordinators and (k - 1) not in cover:
        k -= 1
    if k > 0 and words[k - 1].key in lex.determiners:
        k -= 1  # "Les combattants", "the fighters"
    end = i
    # and who they belong to: "les combattants de l'EI", "fighters of the SDF"
    j = i + 1
    if j < len(words) and words[j].key in lex.of:
        j = _past_determiners(words, j + 1, lex)
        if j < len(words) and words[j].capitalised and j not in cover:
            end = j
            # a name of several capitalised words ("Hundreds of South Sudanese", "fighters of the Free Syrian Army")
            while end + 1 < len(words) and end - j < 3 and words[end + 1].capitalised and end + 1 not in cover:
                end += 1
    return doc_text(words, k, end), frozenset(words[x].key for x in range(k, end + 1) if words[x].key not in _ACTOR_STOP)


#: how many words may stand between a verb and a subject after it ("flohen am Montag weitere 300 Familien")
_SUBJECT_AFTER = 5


def _subject_after(words: tuple[Word, ...], lex: Lexicon, p: _Pred, x: int, cover: frozenset[int]) -> bool:
    """Whether the actor noun at ``x``, after the motion verb ``p``, may be its subject put
    after it ("Am Montag flohen weitere Familien", "Sont arrivées à Goma des centaines de
    familles"): a few words on, with no purpose word or other verb between — not the object
    of a purpose clause ("um die Soldaten zu besuchen", "per visitare i soldati")."""
    start = p.index if x < p.end else p.end  # (inside a verb split around it: "zogen sich die Soldaten ... zurück")
    return 0 < x - start <= _SUBJECT_AFTER and not any(
        words[y].key in lex.purpose or (y in cover and not p.index <= y <= p.end)
        for y in range(start + 1, x))


def doc_text(words: tuple[Word, ...], a: int, b: int) -> str:
    """The words a..b as one phrase (single spaces; an elided article stays joined: "l'EI")."""
    out = words[a].text
    for x in range(a + 1, b + 1):
        out += ("'" if len(words[x - 1].text) == 1 and words[x - 1].key in ("l", "d", "dell", "dall", "all") else " ") + words[x].text
    return out


@dataclass(frozen=True)
class _Route:
    """The story's main route: the place its sentences state most often as an origin, and as
    a destination (else the place its title and lead name most), with how many say so."""

    origin: str | None
    destination: str | None
    origin_basis: str
    destination_basis: str
    destination_stated: bool = False  #: whether sentences state the destination (not the setting's lead place)


def story_route(claims: list[Claim], setting: Setting, times_named: Mapping[str, int] | None = None) -> _Route:
    """The :class:`_Route` of an article from its movements' stated (not inferred) ends; on
    a tie, the one the article names most often (``times_named``, :func:`_most_stated`), then
    the first stated, wins."""
    # (what the text puts forward as possible or asked for is no route the story took: "more people could try to reach X")
    said = [c for c in claims if c.kind == "movement" and c.modality not in TENTATIVE]
    origins: Counter[str] = Counter(c.origin for c in said if c.origin and "origin" not in c.inferred)
    dests: Counter[str] = Counter(c.destination for c in said if c.destination and "destination" not in c.inferred)
    o = _most_stated(origins, times_named or {})
    # the story's origin, named often because people leave it, is not its destination by a tie
    d = _most_stated(dests, times_named or {}, o[0][0] if o else None)
    destination, d_basis = (d[0][0], f"stated by {d[0][1]} movement(s)") if d else (setting.place, "the place the title and lead name most")
    return _Route(o[0][0] if o else None, destination, f"stated by {o[0][1]} movement(s)" if o else "", d_basis, bool(d))


def _most_stated(stated: Counter[str], times_named: Mapping[str, int], not_this: str | None = None) -> list[tuple[str, int]]:
    """The end stated most often, as ``Counter.most_common(1)``; between ends stated as often,
    the one the article names most ("buses brought them to Y [...] another bus reached Z" in a
    story that names Y four times goes to Y) but ``not_this`` (the story's origin, when it is
    not alone), then the first stated."""
    if not stated:
        return []
    top = max(stated.values())
    tied = [pid for pid, n in stated.items() if n == top]  # (in the order first stated)
    if not_this in tied and len(tied) > 1:
        tied.remove(not_this)
    best = max(tied, key=lambda pid: (times_named.get(pid, 0), -tied.index(pid)))
    return [(best, top)]


def _story_ends(claims: list[Claim], story: _Story, gaz: Places) -> list[Claim]:
    """A movement that still names one end only after every sentence is read (and whose
    sentence names no other end in words, ``story.open_in_words``, nor names the route's end
    in another role: "families reached X, soldiers left Y") takes the other from the
    story's main route (:func:`story_route`): "Refugees have fled South Sudan for Bidi Bidi.
    [...] More than 2,000 leave South Sudan every day" goes to Bidi Bidi; "[...] Others
    reached the camp by lorry" starts in South Sudan. Rules ``the_story_origin`` and
    ``the_story_destination``; the end is listed in ``inferred`` with the reason."""
    route = story_route(claims, story.setting, story.times_named)

    def apart(a: str, b: str) -> bool:
        # two places a journey joins: not one in the other (a derived area, "the north of
        # X", counts as X)
        a, b = story.anchors.get(a, a), story.anchors.get(b, b)
        pa, pb = gaz.places.get(a), gaz.places.get(b)
        if pa is not None and pb is not None and (_same_country_or_region(pa, pb) or _same_country_or_region(pb, pa)):
            return False  # (a simplified outline may leave out a town on its coast or river: Kherson, Ukraine)
        return not _same_place(gaz, a, b)

    o_note = f"origin: the story's main origin, {_name(gaz, route.origin)} ({route.origin_basis})" if route.origin else ""
    d_note = f"destination: the story's main destination, {_name(gaz, route.destination)} ({route.destination_basis})" \
        if route.destination else ""
    out = []
    for c in claims:
        here = story.named.get(c.sentence, frozenset())
        if c.kind != "movement" or _borrowed(c) or (c.sentence, c.cue) in story.open_in_words:
            out.append(c)
            continue
        if c.destination and not c.origin and route.origin and route.origin not in here and apart(route.origin, c.destination):
            c = replace(c, origin=route.origin, inferred=c.inferred + ("origin",), rules=c.rules + ("the_story_origin",), notes=c.notes + (o_note,))
        elif c.origin and not c.destination and route.destination and route.destination not in here and apart(route.destination, c.origin):
            scene = story.setting.scene
            if scene is not None and scene != route.destination and apart(scene, c.origin) \
                    and gaz.places.get(scene) is not None and gaz.places[scene].kind not in ("country", "continent") \
                    and _lies_in(gaz, scene, route.destination):
                # "(Goris) [...] Families fled to Armenia. [...] She left the enclave a week ago":
                # the town the report is set in, in the story's destination, is where she went
                c = replace(c, destination=scene, inferred=c.inferred + ("destination",),
                            rules=c.rules + ("the_story_destination_set_in",),
                            notes=c.notes + (f"destination: the place the report is set in ({_name(gaz, scene)}), in the story's main "
                                             f"destination {_name(gaz, route.destination)}",))
            else:
                c = replace(c, destination=route.destination, inferred=c.inferred + ("destination",),
                            rules=c.rules + ("the_story_destination",), notes=c.notes + (d_note,))
        out.append(c)
    opened: list[tuple[_Pred, str | None, dict[str, Any], Unmapped, str, str, str]] = []
    if route.destination is not None and route.destination_stated:
        # "[...] Hundreds more reach it each week": an arrival naming no end comes to the route's end
        opened += [(*a, route.destination, "the_story_destination", d_note) for a in story.open_arrivals]
    home = _home(route, story, gaz)
    if home is not None:
        # "[...] Most had gone home in 2005": home is where the story's movers come from
        opened += [(*a, home[0], "going_home", f"destination: home, read as {home[1]}") for a in story.open_homes]
    if not opened:
        return out
    for pred, actor, common, _, end, rule, note in opened:
        out.append(Claim(kind="movement", destination=end, cue=pred.text, frame=pred.entry.frame, actor=actor,
                         inferred=("destination",), rules=(rule,), notes=(note,), **common))
    drawn = {id(a[3]) for a in opened}
    story.unmapped[:] = [u for u in story.unmapped if id(u) not in drawn]
    return sorted(out, key=lambda c: c.sentence)


def _home(route: _Route, story: _Story, gaz: Places) -> tuple[str, str] | None:
    """Where "home" is for the story's movers, and why: the route's stated origin, else the
    country the article names its people of most often ("Burundians", "les Burundais")."""
    if route.origin is not None:
        return route.origin, f"the story's main origin, {_name(gaz, route.origin)} ({route.origin_basis})"
    people = Counter(story.demonyms.values()).most_common(1)
    if people:
        return people[0][0], f"the country of the people the story names, {_name(gaz, people[0][0])} ({people[0][1]} time(s))"
    return None


def _home_after(s: _Sentence, pred: _Pred) -> bool:
    """Whether a word for home (``[grammar] home_words``) goes with ``pred`` in its clause,
    within :data:`_NEAR` words of it, inside a split verb or before a final one ("they went
    back home", "sont rentrés chez eux", "kehrten nach Hause zurück", "nach Hause zurückgekehrt")."""
    keys = [w.key for w in s.words]
    for j in range(max(0, pred.index - _NEAR), min(len(keys), pred.end + 1 + _NEAR)):
        if s.clauses[j] == pred.clause and any(tuple(keys[j:j + len(ph)]) == ph for ph in s.lex.home_words):
            return True
    return False


#: the rules that lend a movement an end from elsewhere in the story (not the ones that read
#: an anaphor of the sentence, "the enclave", as the place it refers to)
_LENDING_RULES = frozenset(r.__name__ for r in _ORIGIN_RULES + _DESTINATION_RULES)


def _borrowed(c: Claim) -> bool:
    """Whether a movement already has an end lent from elsewhere in the story."""
    return bool(c.inferred) and (not c.rules or bool(_LENDING_RULES.intersection(c.rules)))


def _end_in_words(s: _Sentence, mv: _Move) -> bool:
    """Whether the sentence names the end ``mv`` lacks in words that are no place ("driven
    from X to the border", "partis vers la frontière", "rumo à fronteira"): a marker of that
    end's kind after the verb (up to a few words past the end it names), in its clause, before a place noun
    (``place_nouns``, the determiner between aside) or a name the gazetteer does not know
    ("left X for Smalltown"); "for the first time" names no end."""
    want = ("goal", "weak_goal") if mv.origins else ("source", "weak_source")
    return _marker_phrase_after(s, mv.pred, want, max([mv.pred.end] + [sl.last for sl in mv.origins + mv.dests]))


def _end_object_in_words(s: _Sentence, mv: _Move, demonyms: Mapping[int, str]) -> bool:
    """Whether a verb of ``mv``'s clause or after it takes the end ``mv`` lacks as its object,
    in words no known place stands in ("fled X and reached the village of Smalltown"):
    :func:`_object_in_words`."""
    role = "destination" if mv.origins else "origin"
    return any(_object_in_words(s, p, role, demonyms) for p in s.preds if p.clause == mv.pred.clause or p.index > mv.pred.end)


#: how many words (articles, time words) may stand between a verb and its object, or its
#: object and a verb that comes last
_OBJECT_GAP = 3


def _object_in_words(s: _Sentence, pred: _Pred, role: str, demonyms: Mapping[int, str]) -> bool:
    """Whether the direct object of a verb whose object is the ``role`` end ("reached X",
    "left X"; :func:`_object_of_verb`) is in words no known place stands in: a place noun
    ("reached the town of Smalltown", "die Stadt Smalltown erreicht") or a capitalised name the
    gazetteer does not know ("reached Smalltown"; no demonym, ``demonyms``: "entered Syrian
    territory"). The object follows the verb, or, in a
    language whose object comes before the verb (``object_before_verb``), stands before it."""
    if pred.entry.kind != "motion" or pred.entry.object != role:
        return False
    words, lex = s.words, s.lex
    named = {x for sl in s.slots for x in range(sl.first, sl.last + 1)}
    after = range(pred.end + 1, min(len(words), pred.end + 2 + _OBJECT_GAP))
    # (where the object may come first, walked back from the verb too: "die Stadt X erreicht")
    before = range(pred.index - 1, max(-1, pred.index - _OBJECT_GAP - 2), -1) if lex.object_before_verb else range(0)
    return _object_words(s, pred, after, named, demonyms) or _object_words(s, pred, before, named, demonyms)


def _object_words(s: _Sentence, pred: _Pred, span: range, named: set[int], demonyms: Mapping[int, str]) -> bool:
    words, lex = s.words, s.lex
    for k in span:
        if s.clauses[k] != pred.clause or k in named:
            return False
        w = words[k]
        if w.key in lex.place_nouns:
            return True
        if w.capitalised and w.key not in calendar_words(lex.lang) and w.index not in demonyms:
            if not lex.nouns_capitalised:
                return True
            continue  # (a noun or a name where every noun is capitalised: "das Dorf X erreicht" reads on to "Dorf")
        if w.key not in lex.determiners and w.key not in _TIME_WORDS:
            return False
    return False


def _end_opened_in_words(s: _Sentence, mv: _Move) -> bool:
    """Whether the marker of the end ``mv`` lacks opens right after its verb or right after
    the end it names ("traído desde la frontera con X hasta Y", "transferidos do centro de
    receção de X para Y", "arrivate in Y dal X"): the end is stated, in words the gazetteer
    does not place, so no end is taken from the story for it (see :func:`_emit_movements`)."""
    words, lex = s.words, s.lex
    want = ("goal", "weak_goal") if mv.origins else ("source", "weak_source")
    opened = _opened_after_verb(s, mv.pred, want, len(words))
    if opened is None:
        opened = next((sl.last + 1 for sl in mv.origins + mv.dests for y in range(sl.last + 1, min(sl.last + 5, len(words)))
                       if (mk := _marker_ending(words, y, lex)) is not None and mk[1] == sl.last + 1 and mk[0] in want
                       and not _time_after(s, y)), None)
    if opened is None:
        return False
    # the phrase it opens names no known place ("en provenance de Sfax en Tunisie": where Sfax is)
    return not any(opened < o.first <= opened + 4 and all(words[x].key in lex.determiners or _marker_ending(words, x, lex)
                                                          for x in range(opened, o.first)) for o in s.slots)


def _end_fronted_in_words(s: _Sentence, mv: _Move) -> bool:
    """Whether the marker of the end ``mv`` lacks opens the sentence or the verb's clause, before
    the verb, and the phrase it opens is a name the gazetteer does not know or a place noun ("From
    Smalltown, they walked to Serbia", "Von Smalltown kann man nach Serbien laufen"): the end is
    stated, so none is taken from an earlier sentence or the story."""
    words, lex = s.words, s.lex
    want = ("goal", "weak_goal") if mv.origins else ("source", "weak_source")
    named = {x for sl in s.slots for x in range(sl.first, sl.last + 1)}
    for start in sorted({0, next(x for x in range(mv.pred.index + 1) if s.clauses[x] == mv.pred.clause)}):
        hit = next(((y, mk) for y in range(start, min(mv.pred.index, start + 3)) if (mk := _marker_ending(words, y, lex)) and mk[1] == start), None)
        if hit is None or hit[1][0] not in want:
            continue
        k = _past_determiners(words, hit[0] + 1, lex, mv.pred.index)
        if k < mv.pred.index and k not in named \
                and ((words[k].capitalised and zipf(words[k].key, s.doc.lang) < FREQUENT_ZIPF) or _place_noun(words[k], lex)):
            return True
    return False


def _marker_phrase_after(s: _Sentence, pred: _Pred, want: tuple[str, ...], last: int) -> bool:
    """Whether a marker of a ``want`` kind follows ``pred`` (up to :data:`_NEAR` words past
    word ``last``), in its clause, before a place noun or an unknown name (:func:`_end_in_words`)."""
    words, lex = s.words, s.lex
    named = {x for sl in s.slots for x in range(sl.first, sl.last + 1)}
    for j in range(pred.end + 1, min(len(words) - 1, last + 1 + _NEAR)):
        if s.clauses[j] != pred.clause:
            return False
        mk = _marker_ending(words, j, lex)
        if mk is None or mk[0] not in want or j + 1 in named:
            continue
        k = j + 2 if words[j + 1].key in lex.determiners and j + 2 < len(words) else j + 1
        if k not in named and (words[k].key in lex.place_nouns or (words[k].capitalised and not lex.nouns_capitalised
                                                                     and words[k].key not in calendar_words(lex.lang))):
            return True  # (not "arrived on Monday": a day, no place)
    return False


__all__ = ["extract_frames", "place_spans"]

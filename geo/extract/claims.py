"""Claims: movements and events extracted from the text by general rules.

A rule is a cue (a motion verb with its preposition, an event verb or noun) followed by a
place mention or spatial expression that fills a role:

- ``origin``: quitter X, fuir X, en provenance de X, left X, fled (from) X, withdrew from X
- ``destination``: se diriger vers X, en direction de X, rejoindre X, headed to/for X, towards X
- ``path``: le long de X, via X, sur la rive ... de X (with a motion verb), along X
- ``motion``: a motion verb with no place of its own (fuyaient, fled), which marks the clause
  as a movement whose ends may come from the preceding movement of the same actor
- ``event``: libérer/capturer X, strikes on X, attaques ... dans les environs de X

Who claims it: an attribution in the sentence ("selon X", "according to X", "X said"), else
the article's lead source (the first sentence that attributes information), else the
article itself. Nothing here is keyed to one article: the cues are words of each language.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from geo.extract.dates import TimeRef, find_time
from geo.extract.mentions import Mention
from geo.extract.spatial import SpatialExpr
from geo.gazetteer import Gazetteer
from geo.text import Sentence, fold, fold_aligned

# ---------------------------------------------------------------- cue lexicon (folded text)
_V = r"[a-z]*"  # any inflection ending

CUES: dict[str, list[tuple[str, str]]] = {
    "fr": [
        ("origin", rf"\bquitt{_V}\s+"),
        ("origin", rf"\b(?:fui|fuy{_V}|fuir|fuient?)\s+(?:de\s+|d'|du\s+|des\s+)?"),
        ("origin", rf"\b(?:parti{_V}|partir|partent|sorti{_V}|sortir|retir{_V}|evacu{_V}|replie{_V}|chasse{_V})\s+(?:de\s+|d'|du\s+|des\s+)"),
        ("origin", r"\b(?:en provenance|venant|venus?|arrives?)\s+(?:de\s+|d'|du\s+|des\s+)"),
        ("destination", rf"\b(?:se\s+)?dirig{_V}\s+(?:vers|sur|en direction d(?:e|'|u))\s*"),
        ("destination", r"\b(?:vers|en direction d(?:e|'|u)|a destination d(?:e|'|u))\s*"),
        ("destination", rf"\b(?:rejoi{_V}|gagn{_V}|atteign{_V}|atteint{_V}|atteindre)\s+"),
        ("destination", rf"\b(?:se\s+)?(?:regroup{_V}|repli{_V}|refugi{_V}|install{_V})\s+(?:a|au|aux|dans|sur|pres|en|vers)\s+(?:de\s+|d')?"),
        ("destination", rf"\b(?:arriv{_V}|entr{_V})\s+(?:a|au|aux|dans|en)\s+"),
        ("weak_destination", r"\b(?:pour|a|au|jusqu'a|jusqu'au)\s+"),
        ("path", r"\ble\s+long\s+d(?:e|'|u|es)\s*"),
        ("path", r"\b(?:via|par|a travers|en longeant|en traversant)\s+"),
        ("motion", rf"\b(?:fui|fuy{_V}|fuir|fuient|fuit|s'enfu{_V}|se\s+sont\s+enfuis|convoi{_V}\s+qui\s+circul{_V}|circul{_V}|se\s+deplac{_V}|avanc{_V}|progress{_V}|se\s+repli{_V}|se\s+retir{_V})\b"),
    ],
    "en": [
        ("origin", r"\b(?:left|leave|leaves|leaving|abandoned|evacuated|quit)\s+(?:from\s+)?"),
        ("origin", r"\b(?:fled|flee|flees|fleeing|withdrew|withdrawn|withdrawing|retreated|retreating|escaped|driven out|pushed out|moved out|pulled out)\s+(?:from|of)\s+"),
        ("origin", r"\b(?:fled|flee|flees|fleeing|escaped|evacuated)\s+"),
        ("weak_origin", r"\bfrom\s+"),
        ("origin", r"\b(?:coming|arriving|arrived|came)\s+from\s+"),
        ("destination", r"\b(?:head(?:ed|ing|s)?|bound|mov(?:ed|ing|e)|advanc(?:ed|ing|e)|march(?:ed|ing)?|driv(?:e|ing)|drove|travel(?:l?ed|l?ing)?|fled|fleeing|retreat(?:ed|ing)?|withdr(?:ew|awing))\s+(?:to|for|towards?|into|toward)\s+"),
        ("destination", r"\b(?:towards?|in the direction of|en route to|on their way to|on its way to)\s+"),
        ("destination", r"\b(?:reach(?:ed|ing)?|join(?:ed|ing)?|regroup(?:ed|ing)?\s+(?:in|at|near)|arriv(?:ed|ing)\s+(?:in|at)|entered|crossed into|sought refuge in|took refuge in)\s+"),
        ("weak_destination", r"\b(?:to|into|for)\s+"),
        ("path", r"\b(?:along|via|through|across|by way of)\s+"),
        ("motion", r"\b(?:fled|flee|flees|fleeing|escaped|retreated|retreating|withdrew|withdrawing|moving|moved|travell?ing|driving)\b"),
    ],
    "de": [
        ("origin", r"\b(?:verlie(?:s|ss)(?:en)?|verlassen|flohen|floh|fluchteten|zogen sich)\s+(?:aus\s+)?"),
        ("origin", r"\b(?:aus|von)\s+(?=[A-Z])"),
        ("destination", r"\b(?:in richtung|richtung|nach|zum|zur)\s+"),
        ("path", r"\b(?:entlang|uber|am)\s+"),
        ("motion", r"\b(?:flohen|floh|fluchteten|zogen|fuhren)\b"),
    ],
    "it": [
        ("origin", r"\b(?:lasciat[oaie]|lasciando|lasciare|fuggit[oaie]|fuggendo|fuggiti)\s+(?:da\s+|dalla\s+)?"),
        ("destination", r"\b(?:vers[oa]|in direzione di|diretti a|diretto a|raggiunt[oaie]|raggiungere)\s+"),
        ("path", r"\b(?:lungo|attraverso)\s+"),
        ("motion", r"\b(?:fuggit[oaie]|fuggendo|fuggivano|ritirati)\b"),
    ],
    "pt": [
        ("origin", r"\b(?:deixar[ao]m?|deixaram|deixando|fugiram|fugindo|sairam|saindo)\s+(?:de\s+|da\s+|do\s+)?"),
        ("destination", r"\b(?:em direcao a|rumo a|para|ate)\s+"),
        ("path", r"\b(?:ao longo d[eoa]|atraves d[eoa]|pela|pelo)\s+"),
        ("motion", r"\b(?:fugiram|fugindo|fugiam|recuaram)\b"),
    ],
    "es": [
        ("origin", r"\b(?:abandonaron|dejaron|huyeron|huyendo|salieron|saliendo)\s+(?:de\s+|del\s+)?"),
        ("destination", r"\b(?:hacia|en direccion a|rumbo a|llegaron a)\s+"),
        ("path", r"\b(?:a lo largo de|a traves de|por)\s+"),
        ("motion", r"\b(?:huyeron|huyendo|huian|se retiraron)\b"),
    ],
}

EVENT_CUES: dict[str, list[tuple[str, str]]] = {
    "fr": [
        ("capture", rf"\b(?:liber{_V}|repris{_V}|reprendre|captur{_V}|conquis{_V}|pris\s+le\s+controle\s+d(?:e|'|u)|s'empar{_V}\s+d(?:e|'|u)|tomb{_V}\s+aux\s+mains)\s*(?:la\s+ville\s+d(?:e|')|le\s+village\s+d(?:e|'))?\s*"),
        ("attack", rf"\b(?:attaqu{_V}|frapp{_V}|bombard{_V}|pilonn{_V}|raids?|offensives?|combats|affrontements)\b[^.;:]{{0,60}}?\b(?:contre|sur|a|au|dans|pres|autour)\b"),
    ],
    "en": [
        ("capture", r"\b(?:liberated|captured|recaptured|seized|took control of|retook|took back|overran|freed)\s+(?:the\s+(?:town|city|village)\s+of\s+)?"),
        ("attack", r"\b(?:attack(?:s|ed|ing)?|strikes?|airstrikes?|air strikes?|shell(?:ed|ing)|bomb(?:ed|ing)|raids?|clash(?:es|ed)?|fighting|offensive)\b[^.;:]{0,60}?\b(?:on|in|near|around|at|against)\b"),
    ],
    "de": [("capture", r"\b(?:eroberten|eroberte|befreiten|befreite|eingenommen)\s+"), ("attack", r"\b(?:angriffe?|luftangriffe?|kampfe)\b[^.;:]{0,40}?\b(?:auf|in|bei)\b")],
    "it": [("capture", r"\b(?:liberat[oaie]|conquistat[oaie]|ripres[oaie])\s+"), ("attack", r"\b(?:attacchi|attacco|raid|bombardamenti)\b[^.;:]{0,40}?\b(?:su|a|contro|vicino)\b")],
    "pt": [("capture", r"\b(?:libertaram|capturaram|tomaram|reconquistaram)\s+"), ("attack", r"\b(?:ataques?|bombardeios?)\b[^.;:]{0,40}?\b(?:em|contra|perto)\b")],
    "es": [("capture", r"\b(?:liberaron|capturaron|tomaron|reconquistaron)\s+"), ("attack", r"\b(?:ataques?|bombardeos?)\b[^.;:]{0,40}?\b(?:en|contra|cerca)\b")],
}

# Nouns that head an actor phrase ("les terroristes de l'EI", "ISIS convoys").
ACTOR_NOUNS = {
    "fr": "terroristes|combattants|djihadistes|jihadistes|militants|convois|convoi|unites|troupes|forces|soldats|rebelles|civils|refugies|habitants|milices|miliciens|armee|colonnes|colonne|vehicules|insurges|familles|deplaces",
    "en": "terrorists|fighters|jihadists|militants|convoys|convoy|units|troops|forces|soldiers|rebels|civilians|refugees|residents|militias|militiamen|army|columns|column|vehicles|insurgents|families|people",
    "de": "terroristen|kampfer|dschihadisten|konvois|konvoi|einheiten|truppen|soldaten|rebellen|zivilisten|fluchtlinge|armee|milizen",
    "it": "terroristi|combattenti|jihadisti|convogli|convoglio|unita|truppe|forze|soldati|ribelli|civili|profughi|esercito|milizie",
    "pt": "terroristas|combatentes|jihadistas|comboios|comboio|unidades|tropas|forcas|soldados|rebeldes|civis|refugiados|exercito|milicias",
    "es": "terroristas|combatientes|yihadistas|convoyes|convoy|unidades|tropas|fuerzas|soldados|rebeldes|civiles|refugiados|ejercito|milicias",
}

# Attribution: "selon X", "according to X", "X a déclaré", "X said", "a déclaré X".
_SAY_FR = r"(?:a|ont|avait|avaient)\s+(?:fourni|declare|annonce|affirme|indique|rapporte|publie|communique|precise|assure|fait savoir|revele|dementi|accuse|souligne)"
_SAY_EN = r"(?:said|says|stated|announced|claimed|reported|released|alleged|told|insisted|added|accused|published)"
_SAY_OTHER = r"(?:sagte|erklarte|teilte mit|berichtete|ha detto|ha dichiarato|ha affermato|disse|afirmou|declarou|dijo|afirmo|declaro)"
_ACCORDING = re.compile(r"\b(?:selon|d'apres|according to|laut|secondo|segundo|segun)\s+(?P<who>[^,.;:]{3,80}?)(?=\s*[,.;:]|\s+(?:the|les?|la|der|die|il|o|el)\s|$)")
_SUBJECT_SAYS = re.compile(rf"^(?P<who>[^,;:]{{3,90}}?)\s+(?:{_SAY_FR}|{_SAY_EN}|{_SAY_OTHER})\b")
_SAYS_SUBJECT = re.compile(rf"[,«\"]\s*(?:{_SAY_FR}|a declare|a affirme|{_SAY_EN}|{_SAY_OTHER})\s+(?P<who>[^,.;:]{{3,80}}?)\s*[.,;]?$")

# Reported or conditional speech: the claim is hedged by the article itself.
_HEDGE = re.compile(
    r"\b(?:aurai(?:en)?t|seraient|serait|auraient|reportedly|allegedly|apparently|supposedly|would have|soi-disant|presumement|angeblich|presumibilmente|supostamente|presuntamente)\b"
)
_CLAUSE_SPLIT = re.compile(r";|\b(?:tandis que|alors que|while|whereas|wahrend|mentre|enquanto|mientras)\b")
# Parentheticals that hold no actor of the main clause: ", que ... ," / ", which ... ,"
_RELATIVE = re.compile(r",\s*(?:que|qu'|qui|dont|which|who|whom|den|die|das|che|que)\b[^,]*,")


@dataclass(frozen=True)
class Claim:
    """A movement or an event, attributed and quoted."""

    kind: str  # "movement" | "event"
    sentence: int
    quote: str
    quote_start: int
    quote_end: int
    claimant: str
    claimant_basis: str
    actor: str | None = None
    origin: str | None = None
    destination: str | None = None
    path: tuple[str, ...] = ()
    place: str | None = None  # the place of an event
    event_type: str | None = None
    cue: str = ""
    frame: str = ""  #: the motion frame (depart, arrive, traverse, transfer, move) or ""
    time: TimeRef | None = None
    time_basis: str = ""
    hedged: bool = False
    inferred: tuple[str, ...] = ()  # roles filled from context, not from this sentence
    status: str = "claimed"
    notes: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        if self.kind not in ("movement", "event"):
            raise ValueError(f"claim kind must be movement or event, got {self.kind!r}")
        if self.quote_end <= self.quote_start:
            raise ValueError("a claim needs a non-empty quote")


@dataclass(frozen=True)
class Unmapped:
    """A claim the text makes that cannot be drawn, and why."""

    sentence: int
    quote: str
    quote_start: int
    quote_end: int
    reason: str
    claimant: str


@dataclass(frozen=True)
class _Arg:
    role: str
    place: str  # place id or derived area id
    start: int
    cue: str
    cue_start: int


#: a cue found in a clause: (start, end, role, the cue's words as written)
_Cue = tuple[int, int, str, str]
#: a clause's arguments, its motion cue (a motion verb with no place of its own) and actor
_Clause = tuple[list[_Arg], str | None, str | None]


def lead_claimant(sents: list[Sentence]) -> tuple[str, str] | None:
    """The article's lead source: the first attribution in its first three sentences."""
    for s in sents[:3]:
        who = sentence_claimant(s.text)
        if who:
            return who, f"lead source of the article (sentence {s.index + 1})"
    return None


def sentence_claimant(text: str) -> str | None:
    """An attribution within one sentence, as written.

    >>> sentence_claimant("Selon l'Observatoire syrien, les combattants ont fui.")
    "l'Observatoire syrien"
    >>> sentence_claimant("The Russian defence ministry said the convoy left.")
    'The Russian defence ministry'
    """
    folded = fold_aligned(text)
    m = _ACCORDING.search(folded)
    if m:
        return _clean(text[m.start("who") : m.end("who")])
    m = _SUBJECT_SAYS.search(folded)
    if m and len(m.group("who").split()) <= 10:
        return _clean(text[m.start("who") : m.end("who")])
    m = _SAYS_SUBJECT.search(folded.rstrip())
    if m:
        return _clean(text[m.start("who") : m.end("who")])
    return None


def _clean(who: str) -> str:
    return " ".join(who.strip(" «»\"'“”").split())


def extract_claims(
    text: str,
    sents: list[Sentence],
    mentions: list[Mention],
    spatial: list[SpatialExpr],
    gaz: Gazetteer,
    lang: str,
    published: dt.date | None,
    source: str = "the article",
) -> tuple[list[Claim], list[Unmapped]]:
    """Movements and events in the text, plus the claims that cannot be drawn."""
    lead = lead_claimant(sents) or (source, "no attribution in the text; the article itself")
    claims: list[Claim] = []
    unmapped: list[Unmapped] = []
    seen: set[str] = set()
    last_time: TimeRef | None = None
    last_time_sentence = -1
    args_by_sentence = _arguments(sents, mentions, spatial, gaz, lang)
    for s in sents:
        norm = " ".join(fold(s.text).split())
        if norm in seen:
            continue  # a repeated paragraph is one claim, not two
        seen.add(norm)
        own_time = find_time(s.text, published)
        if own_time:
            last_time, last_time_sentence = own_time, s.index
        if own_time:
            time, time_basis = own_time, f"'{own_time.expression}' in this sentence: {own_time.basis}"
        elif last_time:
            time, time_basis = last_time, (
                f"no date in this sentence; carried from '{last_time.expression}' in sentence {last_time_sentence + 1}: {last_time.basis}"
            )
        elif published:
            time = TimeRef(None, published, "", f"no date in the text; on or before publication ({published})")
            time_basis = time.basis
        else:
            time, time_basis = None, "no date in the text and no published date given"
        who = sentence_claimant(s.text)
        claimant, basis = (who, "attributed in this sentence") if who else lead
        hedged = bool(_HEDGE.search(fold(s.text)))
        common = dict(
            sentence=s.index, quote=s.text, quote_start=s.start, quote_end=s.end, claimant=claimant,
            claimant_basis=basis, time=time, time_basis=time_basis, hedged=hedged,
        )
        for clause_args, motion_cue, actor in args_by_sentence.get(s.index, []):
            _clause_claims(clause_args, motion_cue, actor, common, claims, unmapped, gaz)
    return claims, unmapped


def _clause_claims(
    args: list[_Arg], motion_cue: str | None, actor: str | None, common: dict[str, Any],
    claims: list[Claim], unmapped: list[Unmapped], gaz: Gazetteer,
) -> None:
    events = [a for a in args if a.role.startswith("event:")]
    for e in events:
        claims.append(Claim(kind="event", event_type=e.role.split(":", 1)[1], place=e.place, cue=e.cue, actor=actor, **common))
    origins = [a for a in args if a.role == "origin"]
    dests = [a for a in args if a.role == "destination"]
    if not origins and (dests or motion_cue):
        origins = [a for a in args if a.role == "weak_origin"][:1]  # "advanced towards Y from X"
    if not dests and (origins or motion_cue):
        # "from X to Y", "quitté X pour Y": a bare preposition names a destination only
        # in a clause that already moves
        dests = [a for a in args if a.role == "weak_destination"][:1]  # the first: "pour X, situé à la frontière"
    paths = [a for a in args if a.role == "path"]
    if not (origins or dests or paths or motion_cue):
        return
    origin = origins[0].place if origins else None
    dest = dests[-1].place if dests else None
    if dest == origin:
        dest = None
    path = tuple(dict.fromkeys(a.place for a in paths if a.place not in (origin, dest)))
    cue = " … ".join(a.cue for a in (origins[:1] + dests[-1:] + paths)) or (motion_cue or "")
    inferred: list[str] = []
    notes: tuple[str, ...] = ()
    if origin is None and dest is None:
        prev = _previous_movement(claims, actor, common["sentence"])
        if prev is not None:
            origin, dest = prev.origin, prev.destination
            inferred = ["origin", "destination"]
            notes = (f"origin and destination carried from the movement in sentence {prev.sentence + 1} (same actor)",)
            actor = actor or prev.actor
    if origin and dest:
        claims.append(
            Claim(kind="movement", origin=origin, destination=dest, path=path, cue=cue, actor=actor, inferred=tuple(inferred), notes=notes, **common)
        )
        return
    end = origin or dest
    if end and gaz.places.get(end) is not None and gaz.places[end].kind in ("country", "region"):
        reason = f"only one end is named ({'origin' if origin else 'destination'}: {gaz.places[end].name}, a whole {gaz.places[end].kind})"
        unmapped.append(Unmapped(common["sentence"], common["quote"], common["quote_start"], common["quote_end"], reason, common["claimant"]))
        return
    if end:
        claims.append(
            Claim(kind="event", event_type="departure" if origin else "movement toward", place=end, path=path, cue=cue, actor=actor,
                  notes=("a movement with only one end named in the text",), **common)
        )
        return
    reason = "a movement with no origin or destination named" + (f" (path: {', '.join(path)})" if path else "")
    unmapped.append(Unmapped(common["sentence"], common["quote"], common["quote_start"], common["quote_end"], reason, common["claimant"]))


def _previous_movement(claims: list[Claim], actor: str | None, sentence: int) -> Claim | None:
    """The latest movement within the two previous sentences whose actor shares a word with ``actor``."""
    for c in reversed(claims):
        if c.kind != "movement" or sentence - c.sentence > 2:
            continue
        if actor is None or c.actor is None or _actor_overlap(actor, c.actor):
            return c
    return None


def _actor_overlap(a: str, b: str) -> bool:
    stop = {"les", "des", "de", "du", "la", "le", "l", "the", "of", "d"}
    wa = {w for w in re.findall(r"\w+", fold(a)) if w not in stop}
    wb = {w for w in re.findall(r"\w+", fold(b)) if w not in stop}
    return bool(wa & wb)


def _arguments(
    sents: list[Sentence], mentions: list[Mention], spatial: list[SpatialExpr], gaz: Gazetteer, lang: str
) -> dict[int, list[_Clause]]:
    """For each sentence, its clauses as (arguments, motion cue, actor)."""
    by_sentence: dict[int, list[tuple[int, int, str]]] = {}
    for m in mentions:
        if m.not_place is None and m.form != "adjective":
            by_sentence.setdefault(m.sentence, []).append((m.start, m.end, m.place_id))
    for e in spatial:
        if e.relation in ("bank", "near", "offset", "inferred_border"):
            spans = by_sentence.setdefault(e.sentence, [])
            spans[:] = [sp for sp in spans if not (e.start <= sp[0] < e.end)]
            spans.append((e.start, e.end, e.area_id))
    towns = sorted(
        (m.start, m.place_id) for m in mentions
        if m.not_place is None and m.form == "name" and gaz.places[m.place_id].kind in ("town", "crossing")
    )
    cue_res = [(r, re.compile(p)) for r, p in CUES.get(lang, [])]
    ev_res = [("event:" + r, re.compile(p)) for r, p in EVENT_CUES.get(lang, [])]
    actor_re = re.compile(
        rf"\b(?:(?:les|des|ces|the|die|i|gli|os|as|los|las)\s+)?(?:[\w-]+\s+)?(?:{ACTOR_NOUNS.get(lang, ACTOR_NOUNS['en'])})\b"
        r"(?:\s+(?:de\s+l'|de\s+la\s+|du\s+|des\s+|d'|de\s+|of\s+the\s+|of\s+|des\s+|der\s+|dell'|del\s+|do\s+|da\s+)[\w-]+(?:\s+[a-z]+ien(?:ne)?s?)?)?"
    )
    out: dict[int, list[_Clause]] = {}
    for s in sents:
        folded = fold_aligned(s.text)
        spans = sorted(by_sentence.get(s.index, []))
        clauses = _clauses(folded)
        for c0, c1 in clauses:
            args: list[_Arg] = []
            cues: list[_Cue] = []
            for role, rx in cue_res + ev_res:
                for hit in rx.finditer(folded, c0, c1):
                    cues.append((hit.start(), hit.end(), role, s.text[hit.start() : hit.end()].strip()))
            cues = _drop_overlaps(sorted(cues, key=lambda c: (c[0], -c[1])))
            motion_cue: str | None = None
            used_spans: set[int] = set()
            for cs, ce, role, cue_text in cues:
                if role == "motion":
                    motion_cue = motion_cue or cue_text
                    continue
                limit = min(c1, ce + (40 if not role.startswith("event:") else 60))
                found = False
                for j, (ps, _pe, pid) in enumerate(spans):
                    abs_ps = ps - s.start
                    if j in used_spans or abs_ps < ce - 1 or abs_ps > limit:
                        continue
                    gap = folded[ce:abs_ps]
                    if re.search(r"[.;:!?]", gap):
                        continue
                    if not role.startswith("event:") and not _DIRECT_GAP.match(gap) and not actor_re.fullmatch(gap.strip()):
                        # a movement's place follows its cue, with at most an article between
                        # (or the subject, in inverted order: "verließen die Truppen Cherson")
                        continue
                    used_spans.add(j)
                    args.append(_Arg(role, pid, ps, cue_text, cs))
                    found = True
                    break
                if not found and not role.startswith("event:") and _ANAPHORA.match(folded, ce):
                    # "fui la ville vers X": the town is the last one named before
                    ante = _antecedent(towns, s.start + cs)
                    if ante:
                        args.append(_Arg(role, ante, s.start + ce, cue_text, cs))
                        found = True
                if not found and role in ("origin", "destination") and fold(cue_text.split()[0]) not in _BARE_PREPOSITIONS:
                    motion_cue = motion_cue or cue_text  # a motion verb whose place is not named here
            # a motion verb with a path expression but no other role: "fuyaient sur la rive orientale"
            for j, (ps, _pe, pid) in enumerate(spans):
                if j in used_spans or "~" not in pid or "bank" not in pid:
                    continue
                abs_ps = ps - s.start
                if c0 <= abs_ps < c1 and motion_cue:
                    args.append(_Arg("path", pid, ps, motion_cue, abs_ps))
                    used_spans.add(j)
            if not args and not motion_cue:
                continue
            first_cue = min([a.cue_start for a in args] + [cs for cs, _, r, _ in cues if r == "motion"] or [c1])
            out.setdefault(s.index, []).append((args, motion_cue, _actor(s.text, folded, c0, first_cue, c1, actor_re)))
    return out


_BARE_PREPOSITIONS = {"vers", "en", "a", "towards", "toward", "to", "in", "via", "par", "nach", "richtung", "verso", "para", "hacia", "rumo", "em", "aus", "von"}

# What may stand between a movement cue and its place: articles and words for a settlement.
_DIRECT_GAP = re.compile(
    r"^\s*(?:(?:la|le|les|l'|the|de|d'|du|des|of|ville|town|city|village|region|area|province|localite|poste|point|passage|"
    r"camp|base|checkpoint|crossing|border|post|aeroport|airport|quartier|district|der|die|das|dem|den|il|lo|o|a|os|as|el|los)\s*)*$"
)


_ANAPHORA = re.compile(r"\s*(?:la|cette|the|this|die|diese|la|questa|a|esta)\s+(?:ville|localite|cite|town|city|stadt|citta|cidade|ciudad)\b(?!\s+(?:de|d'|of|von|di|do|da)\b)")


def _antecedent(towns: list[tuple[int, str]], before: int) -> str | None:
    """The last town named before an offset."""
    prior = [pid for start, pid in towns if start < before]
    return prior[-1] if prior else None


def _drop_overlaps(cues: list[_Cue]) -> list[_Cue]:
    """Keep the longest of cues that overlap ("se dirigeant vers" over "vers")."""
    kept: list[_Cue] = []
    for c in cues:
        if kept and c[0] < kept[-1][1]:
            continue
        kept.append(c)
    return kept


def _clauses(folded: str) -> list[tuple[int, int]]:
    bounds = [0] + [m.start() for m in _CLAUSE_SPLIT.finditer(folded)] + [len(folded)]
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]


def _actor(text: str, folded: str, c0: int, cue: int, c1: int, actor_re: re.Pattern[str]) -> str | None:
    """The actor phrase nearest before the first cue (skipping relative clauses), else after it."""
    masked = _RELATIVE.sub(lambda m: " " * len(m.group()), folded[:c1])
    before = [m for m in actor_re.finditer(masked, c0, cue)]
    m = before[-1] if before else actor_re.search(masked, cue, c1)
    if m is None:
        return None
    phrase = text[m.start() : m.end()].strip()
    # drop a leading preposition the optional modifier slot picked up ("de terroristes")
    return re.sub(r"^(?:de|d'|du|of|von|di|da)\s+", "", phrase, flags=re.IGNORECASE)

"""Mentions: every place name in a text, with character offsets and its sentence.

Names are matched on keys (:func:`geo.text.name_key`) over runs of tokens, so case,
accents, apostrophes and elision (l'Euphrate, d'Abu Kamal), hyphenation and spacing
variants all meet. On top of the name index, general rules:

- an adjective maps to its place (syrienne -> Syria);
- a combining form plus an adjective (syro-irakienne, Syrian-Iraqi), or a border noun plus
  an adjective (frontière irakienne, said of a place in Syria), maps to the border between
  the two countries when the gazetteer has it;
- what only looks like a place is kept apart with a reason: a name inside a treaty or
  organisation name (la Convention de Genève, the Islamic State of Iraq), a capital or
  country standing for its government (Washington said, dirigée par Washington).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .gazetteer import Gazetteer, NameEntry
from .text import Sentence, Token, fold, joinable, sentences, tokens

#: Why a matched name is not a place where something happened.
NOT_PLACE_REASONS = ("treaty", "organisation", "government")


@dataclass(frozen=True)
class Mention:
    """A place name found in the text."""

    place_id: str
    start: int
    end: int
    text: str
    sentence: int
    form: str = "name"
    #: ``None`` for a real place mention, else one of :data:`NOT_PLACE_REASONS`.
    not_place: str | None = None
    #: True when the sentence repeats an earlier one word for word.
    duplicate: bool = False

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ValueError(f"mention {self.text!r}: bad offsets {self.start}..{self.end}")


_BORDER_NOUNS = {"frontiere", "frontieres", "border", "borders", "grenze", "confine", "fronteira", "frontera"}
_BETWEEN = {"entre", "between", "zwischen", "tra", "fra"}
_AND = {"et", "and", "und", "e", "y"}

# Words that, right before a name, make it part of a treaty's name.
_TREATY_BEFORE = re.compile(
    r"\b(conventions?|accords?|traite|traites|protocoles?|treaty|treaties|protocols?|agreements?|"
    r"abkommen|vertrag|konvention|convenzione|convenzioni|trattato|convencao|convencoes|convencion|convenciones|tratado)"
    r"\s+(de|d'|of|von|di|da|del)\s*$"
)
_TREATY_AFTER = re.compile(r"^\s*(conventions?|accords?|protocols?|agreements?|talks|peace talks)\b")
# Names of organisations that contain a place name.
_ORG_BEFORE = re.compile(
    r"\b(islamic state of|etat islamique (en|de|d'|du)|stato islamico (dell'|di|del|in)|estado islamico (de|do|da|del|en)|"
    r"islamischer staat (im|in)|university of|universite de)\s*(l'|la |le |les |the |al-)?"
    r"([\w'-]+ (and|et|und|e|y) (au |du |the |l'|la |del )?)?$"
)
# Verbs of saying or deciding: a capital or country right before them stands for its government.
_GOV_AFTER = re.compile(
    r"^\s*(a|ont|avait|aurait)?\s*(said|says|stated|announced|claimed|denied|insisted|warned|refused|declared|"
    r"accused|responded|replied|has said|has denied|dit|declare|annonce|affirme|assure|nie|dement|refuse|accuse|"
    r"repondu|sagte|erklarte|teilte|dichiarato|ha detto|disse|afirmou|declarou|dijo|afirmo|declaro)\b"
)
_GOV_BEFORE = re.compile(
    r"\b(led by|backed by|according to|dirigee par|soutenue? par|menee par|selon|d'apres|angefuhrt von|laut|"
    r"guidata da|secondo|liderada por|segundo|dirigida por|segun)\s*$"
)


def find_mentions(text: str, gazetteer: Gazetteer, sents: list[Sentence] | None = None) -> list[Mention]:
    """All place mentions in ``text``, in order, with offsets into ``text``.

    >>> from geo.gazetteer import load_gazetteer
    >>> ms = find_mentions("Ils ont quitté l’Euphrate pour Abou-Kamal.", load_gazetteer())
    >>> [(m.place_id, m.text) for m in ms]
    [('euphrates', 'Euphrate'), ('abu-kamal', 'Abou-Kamal')]
    """
    sents = sents if sents is not None else sentences(text)
    seen_sentences: set[str] = set()
    out: list[Mention] = []
    for s in sents:
        norm = " ".join(fold(s.text).split())
        duplicate = norm in seen_sentences
        seen_sentences.add(norm)
        toks = tokens(s.text)
        raw = _scan(s.text, toks, gazetteer)
        for m in _resolve(s.text, toks, raw, gazetteer):
            out.append(
                Mention(
                    place_id=m[0],
                    start=s.start + m[1],
                    end=s.start + m[2],
                    text=s.text[m[1] : m[2]],
                    sentence=s.index,
                    form=m[3],
                    not_place=_not_place(s.text, m[1], m[2], gazetteer.places[m[0]].kind, gazetteer, m[0]),
                    duplicate=duplicate,
                )
            )
    return out


def _scan(text: str, toks: list[Token], gaz: Gazetteer) -> list[tuple[int, int, list[NameEntry]]]:
    """Longest-first matches of token runs against the name index: (first, last+1, entries)."""
    found = []
    i = 0
    while i < len(toks):
        hit = None
        for n in range(min(gaz.max_tokens, len(toks) - i), 0, -1):
            run = toks[i : i + n]
            if any(not joinable(text, a, b) for a, b in zip(run, run[1:])):
                continue
            entries = gaz.lookup_key("".join(t.key for t in run))
            if n > 1 and any(len(t.text) == 1 for t in run):
                # a one-letter token (a, y, e, l', d') joins a name only where the name has it
                entries = [e for e in entries if e.ntokens == n]
            if entries:
                hit = (i, i + n, entries)
                break
        if hit:
            found.append(hit)
            i = hit[1]
        else:
            i += 1
    return found


def _resolve(text: str, toks: list[Token], raw, gaz: Gazetteer) -> list[tuple[str, int, int, str]]:
    """Turn raw index hits into (place_id, start, end, form), applying the compound rules."""
    out: list[tuple[str, int, int, str]] = []
    skip: set[int] = set()
    for n, (a, b, entries) in enumerate(raw):
        if n in skip:
            continue
        forms = {e.form for e in entries}
        start, end = toks[a].start, toks[b - 1].end
        # combining form + adjective: syro-irakienne, Syrian-Iraqi
        if "combining" in forms and n + 1 < len(raw) and raw[n + 1][0] == b and joinable(text, toks[b - 1], toks[b]):
            nxt = raw[n + 1]
            adj = [e for e in nxt[2] if e.form in ("adjective", "combining")]
            first = [e for e in entries if e.form == "combining"]
            if adj and first:
                border = gaz.border_between(first[0].place_id, adj[0].place_id)
                if border:
                    s2, e2 = _extend_border_noun(text, toks, a, nxt[1], start, toks[nxt[1] - 1].end)
                    out.append((border.id, s2, e2, "border"))
                    skip.add(n + 1)
                    continue
        if "adjective" in forms and a > 0 and fold(toks[a - 1].text) in _BORDER_NOUNS:
            country = next(e.place_id for e in entries if e.form == "adjective")
            other = _context_country(out, gaz, exclude=country)
            border = gaz.border_between(country, other) if other else None
            if border:
                out.append((border.id, toks[a - 1].start, end, "border"))
                continue
        if "name" in forms and a >= 2 and fold(toks[a - 1].text) in _AND:
            pass
        entry = _pick(entries)
        if entry.form == "combining":
            continue  # a combining form alone (syro-) is not a mention
        out.append((entry.place_id, start, end, entry.form))
    return _between_rule(text, toks, out, gaz)


def _extend_border_noun(text, toks, a, b, start, end):
    """Include an adjacent border noun (frontière syro-irakienne, Syrian-Iraqi border) in the span."""
    if a > 0 and fold(toks[a - 1].text) in _BORDER_NOUNS:
        return toks[a - 1].start, end
    if b < len(toks) and fold(toks[b].text) in _BORDER_NOUNS:
        return start, toks[b].end
    return start, end


def _between_rule(text, toks, out, gaz):
    """"border between Syria and Iraq" / "frontière entre la Syrie et l'Irak" -> the border."""
    folded = fold(text)
    result = list(out)
    for i in range(len(out) - 1):
        p1, s1, e1, _ = out[i]
        p2, s2, e2, _ = out[i + 1]
        border = gaz.border_between(p1, p2)
        if not border:
            continue
        between = folded[e1:s2]
        if not re.fullmatch(r"\s+(et|and|und|e|y)\s+((la|le|l'|les|the|dem|den|il|lo|a|o)\s*)?", between):
            continue
        before = folded[:s1]
        m = re.search(
            r"(frontieres?|borders?|grenze|confine|fronteira|frontera)\s+(entre|between|zwischen|tra|fra)\s+((la|le|l'|les|the|dem|den|il|lo|a|o)\s*)?$",
            before,
        )
        if m:
            result = [x for x in result if x not in (out[i], out[i + 1])]
            result.append((border.id, m.start(), e2, "border"))
    return sorted(result, key=lambda x: x[1])


def _context_country(out, gaz: Gazetteer, exclude: str) -> str | None:
    """The country of the latest place mentioned before, other than ``exclude``."""
    for pid, *_ in reversed(out):
        p = gaz.places[pid]
        country = pid if p.kind == "country" else p.country
        if country and country != exclude:
            return country
    return None


def _pick(entries: list[NameEntry]) -> NameEntry:
    order = {"name": 0, "adjective": 1, "combining": 2}
    return sorted(entries, key=lambda e: order.get(e.form, 3))[0]


def _not_place(text: str, start: int, end: int, kind: str, gaz: Gazetteer, place_id: str) -> str | None:
    before = " ".join(fold(text[max(0, start - 60) : start]).split())
    before = before + " " if text[start - 1 : start].isspace() else before
    after = fold(text[end : end + 40])
    if _TREATY_BEFORE.search(before.rstrip() + (" " if before.endswith(" ") else "")) or _TREATY_AFTER.match(after):
        return "treaty"
    if _ORG_BEFORE.search(before):
        return "organisation"
    place = gaz.places[place_id]
    if place.properties.get("capital_of") or kind == "country":
        if _GOV_AFTER.match(after) or _GOV_BEFORE.search(before.rstrip()):
            return "government"
    return None

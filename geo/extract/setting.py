"""The story's setting (issue 20, item 4): where an article is set, read once per article.

A :class:`Setting` names the dateline ("Erbil, 3 May (Agency) - ...", "Erbil (Reuters) -":
a place at the very start of the article or of its first body paragraph, followed by a
comma, a bracket or a dash) and the place the story is set in (the place named most in the
title and lead sentences). ``geo/extract/frames.py`` lends it as a missing end to a
sentence that refers to it (``[constructions] setting_words``: "here", "the camp" ...,
rule ``the_setting_referred_to``), and its lead place ends the story's main route when no
sentence names a destination (``story_route``); each such end is flagged ``inferred``
with the reason. The scene ("In Goris (Armenia), ...": a place after a preposition opening
the article or its first body paragraph) is where the report is set: a departure that the
story's route sends to the area holding it ends there (rule ``the_story_destination_set_in``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from geo.lexicon import load
from geo.text.document import Document

#: the sentences whose places say where the story is set (title and lead)
LEAD_SENTENCES = 3
#: what follows a dateline's place: a comma, an opening bracket or a dash
_AFTER_DATELINE = re.compile(r"\s*[,(\-\u2013\u2014]")
#: kinds of place a story is not "set in" (a continent, a river, a border line)
_NOT_A_SETTING = frozenset({"continent", "river", "border"})


@dataclass(frozen=True)
class Setting:
    """Where the article is set: its dateline and the place its title and lead name most."""

    dateline: str | None = None
    place: str | None = None
    scene: str | None = None  #: the place a preposition opening the report sets it in ("À Goris (Arménie), ...")

    def end(self) -> tuple[str, str] | None:
        """The place a sentence's "here" refers to and why: the dateline first, else the lead's place."""
        if self.dateline is not None:
            return self.dateline, "the dateline"
        if self.place is not None:
            return self.place, "the place the title and lead name most"
        return None


def find_setting(doc: Document, spans: list[tuple[int, int, str]], kinds: Mapping[str, str]) -> Setting:
    """The article's :class:`Setting` from its sentences and place spans (start, end, place id)."""
    spans = [sp for sp in spans if kinds.get(sp[2]) not in _NOT_A_SETTING]
    return Setting(_dateline(doc, spans), _most_named(doc, spans), _dateline(doc, spans, scene=True))


def _dateline(doc: Document, spans: list[tuple[int, int, str]], scene: bool = False) -> str | None:
    """"Erbil, 3 May (Agency) - Families ...": a place opening the article or its first body
    paragraph (the one after a title), followed by a comma, a bracket or a dash. With
    ``scene``, the place after a preposition of place that opens them instead ("In Erbil,
    families ...", "À Goris (Arménie), ...": the scene the report is set in, not where it
    was filed from; one-word ``[markers]`` of a location or a weak goal)."""
    openings = [s for k, s in enumerate(doc.sentences) if k == 0 or s.paragraph != doc.sentences[k - 1].paragraph][:2]
    words = _opening_markers(doc.lang)
    for s in openings:
        for start, end, pid in spans:
            if start >= s.end:
                continue  # (asked first: the words before a place far into the article are not read)
            before = doc.folded[s.start:start].split()
            opened = len(before) == 1 and before[0] in words if scene else not before
            if opened and _AFTER_DATELINE.match(doc.text, end):
                return pid
    return None


@cache
def _opening_markers(lang: str) -> frozenset[str]:
    """The one-word ``[markers]`` of a location or a weak goal of ``lang``: what may open a
    scene ("In Erbil, ..."), read once per language."""
    lex = load(lang)
    return frozenset(ph[0] for entries in lex.marker_ends.values() for role, ph in entries if len(ph) == 1 and role in ("location", "weak_goal"))


def _most_named(doc: Document, spans: list[tuple[int, int, str]]) -> str | None:
    """The place named most in the first :data:`LEAD_SENTENCES` sentences (on a tie, the first named)."""
    if not doc.sentences:
        return None
    lead_end = doc.sentences[min(LEAD_SENTENCES, len(doc.sentences)) - 1].end
    named = Counter(pid for start, _, pid in spans if start < lead_end)
    if not named:
        return None
    top = max(named.values())
    return next(pid for start, _, pid in spans if start < lead_end and named[pid] == top)

"""What the page says, in the article's language: its words (:mod:`geo.render.i18n`) and
the names it shows for places, claims and claimants, built from the records (the
article's own spelling of a place, the claim's actor and ends), never from the English
titles and explanations the extraction writes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from geo.render._html import _as_list, _features, _lang, _meta
from geo.render.i18n import settings, texts

#: the claimants extraction writes when no one is named (the article's own voice, or a
#: speaker it could not name): shown as the page's words for them
_ARTICLE_VOICE = ("the article",)
_SOMEONE = ("someone in the article",)


@dataclass
class Say:
    """The page's words for one collection."""

    words: dict[str, str]
    #: whether the extraction's English explanations (date basis, notes, geometry sources) are shown
    notes: bool
    #: the article's outlet as the record gives it (the claimant of what it says in its own voice)
    source: str | None
    places: dict[str, dict] = field(default_factory=dict)

    @classmethod
    def of(cls, fc: dict) -> Say:
        lang = _lang(fc)
        source = _meta(fc).get("source")
        places = {str(f["properties"].get("id")): f["properties"] for f in _features(fc) if f["properties"].get("kind") == "place"}
        return cls(texts(lang), bool(settings(lang).get("english_notes")), source if isinstance(source, str) and source else None, places)

    def __call__(self, key: str, **slots: Any) -> str:
        """The word ``key``, its ``{slot}``s filled (a value's own braces stay as they are).

        >>> Say.of({"geo": {"lang": "fr"}})("about_km", n=3)
        'environ 3 km'
        """
        return re.sub(r"\{(\w+)\}", lambda m: str(slots.get(m.group(1), m.group())), self.words.get(key, key))

    def claimant(self, name: Any) -> str:
        """A claimant as the page names it: the outlet (or the article) for what the article
        says in its own voice, "someone" for a speaker extraction could not name."""
        if not isinstance(name, str) or not name or name in _SOMEONE:
            return self("someone")
        if name in _ARTICLE_VOICE or name == self.source:
            return self("the_article")
        return name

    def spelling(self, props: dict | None, fallback: Any = None) -> str:
        """A place as the article writes it (its first mention), else its name."""
        if props is None:
            return str(fallback or "?")
        for m in _as_list(props.get("mentions")):
            if isinstance(m, dict) and m.get("not_place"):
                continue  # named for something else ("Russian officials"): not how it writes the place
            text = m.get("text") if isinstance(m, dict) else m
            if isinstance(text, str) and text.strip():
                return text.strip()
        return str(props.get("name") or props.get("title") or props.get("id") or fallback or "?")

    def place(self, pid: Any) -> str:
        return self.spelling(self.places.get(str(pid)), pid)

    def event(self, event_type: Any) -> str:
        key = f"ev_{event_type}"
        return self(key) if key in self.words else self("ev_other")

    def kind(self, place_kind: Any) -> str:
        for key in (str(place_kind), f"pk_{place_kind}"):
            if key in self.words and key not in ("country", "name", "region"):
                return self(key)
        return self("pk_area")

    def title(self, props: dict) -> str:
        """A feature's name on the page: a place as the article writes it; a claim from its
        actor, event type and places."""
        kind = props.get("kind")
        actor = props.get("actor") if isinstance(props.get("actor"), str) and props.get("actor") else self("someone")
        if kind == "movement":
            origin, dest = props.get("from"), props.get("to")
            if origin and dest:
                return self("movement_title", actor=actor, origin=self.place(origin), destination=self.place(dest))
            if origin:
                return self("from_only", actor=actor, place=self.place(origin))
            if dest:
                return self("to_only", actor=actor, place=self.place(dest))
        if kind == "event":
            return self("event_title", event=self.event(props.get("event_type")), place=self.place(props.get("place")))
        if kind == "place":
            return self.spelling(props)
        return str(props.get("title") or props.get("name") or props.get("id") or "")

    def reason(self, reason: Any) -> str:
        """Why a claim is not drawn, in the page's language: the extraction's English reason
        read against the English forms of the words file, else a plain "cannot be drawn"."""
        english = texts("en")
        for key in ("reason_no_ends", "reason_path_only", "reason_continents", "reason_negated"):
            pattern = re.escape(english[key]).replace(re.escape("{cue}"), "(?P<cue>.+?)")
            m = re.fullmatch(pattern, str(reason))
            if m:
                return self(key, cue=m.group("cue"))
        return str(reason) if self.notes else self("reason_other")

    def why_unresolved(self, reason: Any) -> str:
        """Why a name is unresolved, in the page's language: the extraction's English reason
        read against the English ``unresolved_*`` words; "" when there is none (an older
        file) or it is not one of them and the page shows no English notes.

        >>> Say.of({"geo": {"lang": "fr"}}).why_unresolved("a small place far from the story")
        'un petit lieu loin du récit'
        """
        if not isinstance(reason, str) or not reason:
            return ""
        english = texts("en")
        key = next((k for k, v in english.items() if k.startswith("unresolved_") and v == reason), None)
        if key is not None:
            return self(key)
        return reason if self.notes else ""

    def source_line(self) -> str:
        return self.source or self("the_article")

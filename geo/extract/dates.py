"""Time expressions resolved against the published date ("la semaine dernière" -> a range)."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from geo.text.document import Document


@dataclass(frozen=True)
class TimeRef:
    """A resolved time: an inclusive date range and the words it came from."""

    start: dt.date | None
    end: dt.date | None
    expression: str
    basis: str

    def __post_init__(self) -> None:
        if self.start and self.end and self.start > self.end:
            raise ValueError(f"time {self.expression!r}: start {self.start} after end {self.end}")


MONTHS = {
    # fr, en, de, it, pt, es (folded)
    **dict.fromkeys(["janvier", "january", "januar", "gennaio", "janeiro", "enero", "jan"], 1),
    **dict.fromkeys(["fevrier", "february", "februar", "febbraio", "fevereiro", "febrero", "feb"], 2),
    **dict.fromkeys(["mars", "march", "marz", "marzo", "marco"], 3),
    **dict.fromkeys(["avril", "april", "aprile", "abril", "apr"], 4),
    **dict.fromkeys(["mai", "may", "maggio", "maio", "mayo"], 5),
    **dict.fromkeys(["juin", "june", "juni", "giugno", "junho", "junio", "jun"], 6),
    **dict.fromkeys(["juillet", "july", "juli", "luglio", "julho", "julio", "jul"], 7),
    **dict.fromkeys(["aout", "august", "agosto", "aug"], 8),
    **dict.fromkeys(["septembre", "september", "settembre", "setembro", "septiembre", "sept", "sep"], 9),
    **dict.fromkeys(["octobre", "october", "oktober", "ottobre", "outubro", "octubre", "oct"], 10),
    **dict.fromkeys(["novembre", "november", "novembro", "noviembre", "nov"], 11),
    **dict.fromkeys(["decembre", "december", "dezember", "dicembre", "dezembro", "diciembre", "dec"], 12),
}
WEEKDAYS = {
    **dict.fromkeys(["lundi", "monday", "montag", "lunedi", "segunda-feira", "lunes"], 0),
    **dict.fromkeys(["mardi", "tuesday", "dienstag", "martedi", "terca-feira", "martes"], 1),
    **dict.fromkeys(["mercredi", "wednesday", "mittwoch", "mercoledi", "quarta-feira", "miercoles"], 2),
    **dict.fromkeys(["jeudi", "thursday", "donnerstag", "giovedi", "quinta-feira", "jueves"], 3),
    **dict.fromkeys(["vendredi", "friday", "freitag", "venerdi", "sexta-feira", "viernes"], 4),
    **dict.fromkeys(["samedi", "saturday", "samstag", "sabato", "sabado"], 5),
    **dict.fromkeys(["dimanche", "sunday", "sonntag", "domenica", "domingo"], 6),
}
NUMBERS = {
    "un": 1, "une": 1, "one": 1, "a": 1, "deux": 2, "two": 2, "trois": 3, "three": 3, "quatre": 4, "four": 4,
    "cinq": 5, "five": 5, "six": 6, "sept": 7, "seven": 7, "huit": 8, "eight": 8, "dix": 10, "ten": 10,
    "zwei": 2, "drei": 3, "due": 2, "tre": 3, "dois": 2, "duas": 2, "tres": 3, "dos": 2,
}

_M = "|".join(sorted(MONTHS, key=len, reverse=True))
_W = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_N = r"\d{1,3}|" + "|".join(sorted(NUMBERS, key=len, reverse=True))

# (pattern on folded text, resolver name); first match in a sentence wins by position.
_PATTERNS: list[tuple[re.Pattern, str]] = [
    (re.compile(rf"\b(?:le\s+|on\s+|am\s+|il\s+|el\s+|em\s+)?(1er|\d{{1,2}})(?:st|nd|rd|th|\.)?\s+(?:de\s+)?({_M})\b(?:\s+(?:de\s+)?(\d{{4}}))?"), "day_month"),
    (re.compile(rf"\b({_M})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?"), "month_day"),
    (re.compile(r"\b(la semaine (?:derniere|passee|precedente)|last week|the previous week|letzte woche|vergangene woche|la settimana scorsa|la semana pasada|a semana passada)\b"), "last_week"),
    (re.compile(r"\b(cette semaine|this week|earlier this week|diese woche|questa settimana|esta semana)\b"), "this_week"),
    (re.compile(r"\b(le mois dernier|last month|letzten monat|il mese scorso|el mes pasado|o mes passado)\b"), "last_month"),
    (re.compile(r"\b(avant-hier|the day before yesterday|vorgestern)\b"), "day_before_yesterday"),
    (re.compile(r"\b(hier|yesterday|gestern|ieri|ayer|ontem)\b"), "yesterday"),
    (re.compile(r"\b(aujourd'hui|today|heute|oggi|hoy|hoje)\b"), "today"),
    (re.compile(rf"\bil y a ({_N})\s+(jours?|semaines?)\b"), "ago"),
    (re.compile(rf"\b({_N})\s+(days?|weeks?)\s+ago\b"), "ago"),
    (re.compile(rf"\b({_W})(?:\s+(?:dernier|last))?\b"), "weekday"),
    (re.compile(rf"\b(?:en|in|im|a|em)\s+({_M})(?:\s+(\d{{4}}))?\b"), "month"),
]

#: A word (a run of word characters of the folded text) that every pattern above has, on
#: its own between word boundaries: a month, a weekday or its first part, a word of a
#: relative day, week or month. A sentence with none of them matches no pattern, and most
#: sentences have none: they are not searched twelve times.
#: words for a day relative to now, in the six languages (folded; "aujourd'hui" is two words)
DAY_WORDS = frozenset("yesterday today tonight hier aujourd aujourdhui gestern heute ieri oggi ayer hoy ontem hoje".split())
_ANCHORS = frozenset(
    {*MONTHS, *(part for w in WEEKDAYS for part in re.findall(r"\w+", w))}
    | DAY_WORDS
    | set(
        """semaine semaines week weeks woche settimana semana mois month monat mese mes avant vorgestern hui
        jours jour days day""".split()
    )
)
_WORD = re.compile(r"\w+")


def find_time(doc: Document, sentence: int, published: dt.date | None) -> TimeRef | None:
    """The first time expression of sentence ``sentence`` of ``doc``, resolved against
    ``published`` (read on the Document's folded text: the patterns span spaces and
    apostrophes).

    >>> from geo.text.document import build_document
    >>> find_time(build_document("La semaine dernière, l'armée a libéré la ville.", "fr"), 0, dt.date(2017, 11, 14))
    TimeRef(start=datetime.date(2017, 11, 6), end=datetime.date(2017, 11, 12), expression='La semaine dernière', basis='the week before 2017-11-14')
    >>> find_time(build_document("Il est parti. On 9 November the convoy left.", "en"), 1, dt.date(2017, 11, 14)).start
    datetime.date(2017, 11, 9)
    """
    s = doc.sentences[sentence]
    folded = doc.folded[s.start : s.end]
    if _ANCHORS.isdisjoint(_WORD.findall(folded)):
        return None
    best: tuple[int, re.Match[str], str] | None = None
    for pattern, kind in _PATTERNS:
        m = pattern.search(folded)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), m, kind)
    if best is None:
        return None
    _, m, kind = best
    expr = s.text[m.start() : m.end()]
    if published is None:
        # with no published date only a full date (day, month and year) can be resolved
        if kind not in ("day_month", "month_day") or not m.group(3):
            return None
        published = dt.date(int(m.group(3)), 12, 31)
    resolved = _resolve(kind, m, published)
    if resolved is None:
        return None
    start, end, basis = resolved
    return TimeRef(start, end, expr, basis)


def _number(s: str) -> int:
    return int(s) if s.isdigit() else NUMBERS[s]


def _year_for(month: int, day: int, published: dt.date) -> int:
    year = published.year
    try:
        if dt.date(year, month, day) > published + dt.timedelta(days=7):
            year -= 1
    except ValueError:
        pass
    return year


def _explicit_day(day: int, month: int, year_text: str | None, d: dt.date) -> tuple[dt.date, dt.date, str] | None:
    """A written day and month (and year, else the one that puts it on or before ``d``)."""
    year = int(year_text) if year_text else _year_for(month, day, d)
    try:
        day_date = dt.date(year, month, day)
    except ValueError:
        return None
    return day_date, day_date, "explicit date" + ("" if year_text else f", year from {d}")


def _resolve(kind: str, m: re.Match[str], d: dt.date) -> tuple[dt.date, dt.date, str] | None:
    if kind == "day_month":
        return _explicit_day(1 if m.group(1) == "1er" else int(m.group(1)), MONTHS[m.group(2)], m.group(3), d)
    if kind == "month_day":
        return _explicit_day(int(m.group(2)), MONTHS[m.group(1)], m.group(3), d)
    if kind == "last_week":
        monday = d - dt.timedelta(days=d.weekday() + 7)
        return monday, monday + dt.timedelta(days=6), f"the week before {d}"
    if kind == "this_week":
        return d - dt.timedelta(days=d.weekday()), d, f"the week of {d}"
    if kind == "last_month":
        last = d.replace(day=1) - dt.timedelta(days=1)
        return last.replace(day=1), last, f"the month before {d}"
    if kind == "yesterday":
        return d - dt.timedelta(days=1), d - dt.timedelta(days=1), f"the day before {d}"
    if kind == "day_before_yesterday":
        return d - dt.timedelta(days=2), d - dt.timedelta(days=2), f"two days before {d}"
    if kind == "today":
        return d, d, f"the published date {d}"
    if kind == "ago":
        n = _number(m.group(1))
        unit = 7 if m.group(2).startswith(("semaine", "week")) else 1
        when = d - dt.timedelta(days=n * unit)
        if unit == 7:
            return when - dt.timedelta(days=3), when + dt.timedelta(days=3), f"about {n} week(s) before {d}"
        return when, when, f"{n} day(s) before {d}"
    if kind == "weekday":
        wd = WEEKDAYS[m.group(1)]
        back = (d.weekday() - wd) % 7 or 7
        when = d - dt.timedelta(days=back)
        return when, when, f"the last {calendar.day_name[wd]} before {d}"
    if kind == "month":
        month = MONTHS[m.group(1)]
        year = int(m.group(2)) if m.group(2) else (d.year if month <= d.month else d.year - 1)
        last_day = calendar.monthrange(year, month)[1]
        return dt.date(year, month, 1), dt.date(year, month, last_day), "the month named"
    return None

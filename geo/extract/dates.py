"""Time expressions resolved against the published date ("la semaine dernière" -> a range)."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from geo.lexicon import MONTH_KEYS, WEEKDAY_KEYS, alternation, table, words_of_all
from geo.text import SUPPORTED_LANGS

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


def _numbered(lang: str, key: str, keys: tuple[str, ...]) -> dict[str, int]:
    """word -> its number (months from 1, weekdays from 0) from ``[dates.<key>]`` of ``lang``."""
    sub = table(lang, "dates")[key]
    first = 1 if key == "months" else 0
    return {w: n for n, k in enumerate(keys, first) for w in sub[k]}


@dataclass(frozen=True)
class _Language:
    """One language's time words (``[dates]`` of its lexicon) and the patterns built from them."""

    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    first_day: frozenset[str]
    week_units: frozenset[str]
    #: (pattern on folded text, resolver name); first match in a sentence wins by position
    patterns: tuple[tuple[re.Pattern[str], str], ...]
    #: A word (a run of word characters of the folded text) that every pattern has, on its own
    #: between word boundaries: a month, a weekday or its first part, a unit, one word of each
    #: relative phrase. A sentence with none of them matches no pattern, and most sentences
    #: have none: they are not searched twelve times.
    anchors: frozenset[str]
    #: the patterns as one alternation, in their order: its first match starts where the
    #: first of them to match does (the earliest start; the pattern listed first at that start),
    #: found in one search instead of one per pattern (:func:`_first_match`)
    any_pattern: re.Pattern[str] = re.compile("(?!)")


_WORD = re.compile(r"\w+")


@cache
def _language(lang: str) -> _Language:
    t = table(lang, "dates")
    months = _numbered(lang, "months", MONTH_KEYS)
    weekdays = _numbered(lang, "weekdays", WEEKDAY_KEYS)
    numbers = {w: int(n) for w, n in t["numbers"].items()}
    m, w = alternation(months), alternation(weekdays)
    n = rf"(?:\d{{1,3}}|{alternation(numbers)})"
    day = rf"({alternation(t['first_day'])}|\d{{1,2}})"
    ordinal = alternation(t["ordinal_suffixes"], "")
    of = rf"(?:{alternation(t['month_of'])}\s+)?"
    units = alternation([*t["day_units"], *t["week_units"]])

    def phrase(key: str) -> str:
        return alternation(t[key], " ")

    patterns: list[tuple[str, str]] = [
        (rf"\b(?:{alternation(t['day_before'])}\s+)?{day}{ordinal}?\s+{of}({m})\b(?:\s+{of}(\d{{4}}))?", "day_month"),
    ]
    if t["month_first"]:
        patterns.append((rf"\b({m})\s+(\d{{1,2}}){ordinal}?\b(?:,?\s+(\d{{4}}))?", "month_day"))
    for kind in ("last_week", "this_week", "last_month", "day_before_yesterday", "yesterday", "today"):
        if t[kind]:
            patterns.append((rf"\b({phrase(kind)})\b", kind))
    if t["ago_before"]:
        patterns.append((rf"\b{phrase('ago_before')} ({n})\s+({units})\b", "ago"))
    if t["ago_after"]:
        patterns.append((rf"\b({n})\s+({units})\s+{alternation(t['ago_after'])}\b", "ago"))
    patterns += [
        (rf"\b({w})(?:\s+{alternation(t['weekday_after'])})?\b", "weekday"),
        (rf"\b{alternation(t['month_before'])}\s+({m})(?:\s+(\d{{4}}))?\b", "month"),
    ]

    def one_word(phrases: list[str]) -> set[str]:
        return {max(_WORD.findall(p), key=len) for p in phrases}

    relative = ("last_week", "this_week", "last_month", "day_before_yesterday", "yesterday", "today")
    anchors = (
        set(months) | {part for x in weekdays for part in _WORD.findall(x)} | set(t["day_units"]) | set(t["week_units"])
        | set(t["day_words"]) | one_word([p for kind in relative for p in t[kind]])
    )
    return _Language(
        months, weekdays, numbers, frozenset(t["first_day"]), frozenset(t["week_units"]),
        tuple((re.compile(p), kind) for p, kind in patterns), frozenset(anchors),
        re.compile("|".join(f"(?:{p})" for p, _ in patterns)),
    )


@cache
def calendar_words(lang: str) -> frozenset[str]:
    """The one-word months and weekdays of ``lang``, folded ("montag", "mai"): no toponym in
    its text, whatever namesake a gazetteer knows ("am Montag" is no town Montague)."""
    t = _language(lang)
    return frozenset(w for w in (*t.months, *t.weekdays) if " " not in w)


@cache
def number_words(lang: str) -> frozenset[str]:
    """The numbers ``lang`` writes in words for dates and spans ("deux", "tres"), folded."""
    return frozenset(_language(lang).numbers)


#: every language's months and weekdays (folded word -> number), and words for a day
#: relative to now (one word each): for the readers that skip over a time word whatever
#: the language
MONTHS: dict[str, int] = {w: n for lang in SUPPORTED_LANGS for w, n in _numbered(lang, "months", MONTH_KEYS).items()}
WEEKDAYS: dict[str, int] = {w: n for lang in SUPPORTED_LANGS for w, n in _numbered(lang, "weekdays", WEEKDAY_KEYS).items()}
DAY_WORDS = frozenset(words_of_all("dates", "day_words"))


def find_time(doc: Document, sentence: int, published: dt.date | None) -> TimeRef | None:
    """The first time expression of sentence ``sentence`` of ``doc``, resolved against
    ``published`` (read on the Document's folded text: the patterns span spaces and
    apostrophes).

    >>> find_time(build_document("La semaine dernière, l'armée a libéré la ville.", "fr"), 0, dt.date(2017, 11, 14))
    TimeRef(start=datetime.date(2017, 11, 6), end=datetime.date(2017, 11, 12), expression='La semaine dernière', basis='the week before 2017-11-14')
    >>> find_time(build_document("Il est parti. On 9 November the convoy left.", "en"), 1, dt.date(2017, 11, 14)).start
    datetime.date(2017, 11, 9)
    """
    s = doc.sentences[sentence]
    folded = doc.folded[s.start : s.end]
    words = _language(doc.lang)
    if words.anchors.isdisjoint(_WORD.findall(folded)):
        return None
    best = _first_match(words, folded)
    if best is None:
        return None
    m, kind = best
    expr = s.text[m.start() : m.end()]
    if published is None:
        # with no published date only a full date (day, month and year) can be resolved
        if kind not in ("day_month", "month_day") or not m.group(3):
            return None
        published = dt.date(int(m.group(3)), 12, 31)
    resolved = _resolve(kind, m, published, words)
    if resolved is None:
        return None
    start, end, basis = resolved
    return TimeRef(start, end, expr, basis)




def _first_match(words: _Language, folded: str) -> tuple[re.Match[str], str] | None:
    """The match of the pattern whose first match in ``folded`` starts first (of two that start
    at the same place, the one listed first), with its kind: where :attr:`_Language.any_pattern`
    first matches, the first pattern that matches there (patterns hold no backreference nor
    inline flag, so each matches inside the alternation where it matches alone)."""
    first = words.any_pattern.search(folded)
    if first is None:
        return None
    at = first.start()
    for pattern, kind in words.patterns:
        m = pattern.match(folded, at)
        if m:
            return m, kind
    return None  # (not reached: the alternative that matched is one of the patterns)


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


def _resolve(kind: str, m: re.Match[str], d: dt.date, words: _Language) -> tuple[dt.date, dt.date, str] | None:
    if kind == "day_month":
        return _explicit_day(1 if m.group(1) in words.first_day else int(m.group(1)), words.months[m.group(2)], m.group(3), d)
    if kind == "month_day":
        return _explicit_day(int(m.group(2)), words.months[m.group(1)], m.group(3), d)
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
        n = int(m.group(1)) if m.group(1).isdigit() else words.numbers[m.group(1)]
        unit = 7 if m.group(2) in words.week_units else 1
        when = d - dt.timedelta(days=n * unit)
        if unit == 7:
            return when - dt.timedelta(days=3), when + dt.timedelta(days=3), f"about {n} week(s) before {d}"
        return when, when, f"{n} day(s) before {d}"
    if kind == "weekday":
        wd = words.weekdays[m.group(1)]
        back = (d.weekday() - wd) % 7 or 7
        when = d - dt.timedelta(days=back)
        return when, when, f"the last {calendar.day_name[wd]} before {d}"
    if kind == "month":
        month = words.months[m.group(1)]
        year = int(m.group(2)) if m.group(2) else (d.year if month <= d.month else d.year - 1)
        last_day = calendar.monthrange(year, month)[1]
        return dt.date(year, month, 1), dt.date(year, month, last_day), "the month named"
    return None

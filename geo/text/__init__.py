"""Text primitives: reading articles, folding names, tokens and sentences with offsets,
and language detection.

Everything here works on the original text and reports character offsets into it, so
that a quote on the map can always be traced back to the article.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Protocol

from geo.errors import InputError, LanguageError


def _lexicon_langs() -> tuple[str, ...]:
    """The languages that have a lexicon (``geo/lexicon/<lang>.toml``, named by its ISO 639-1
    code; other TOML files there, such as ``concepts.toml``, are no language), in code order."""
    folder = Path(__file__).resolve().parent.parent / "lexicon"
    return tuple(sorted(p.stem for p in folder.glob("*.toml") if len(p.stem) == 2 and p.stem.isascii() and p.stem.isalpha()))


#: Languages geo reads: those with a lexicon (a new language is a new ``geo/lexicon/<lang>.toml``).
SUPPORTED_LANGS = _lexicon_langs()

_APOSTROPHES = "\u2019\u2018\u02bc\u0060\u00b4\u2032'"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2212-"
_FOLD_TABLE = str.maketrans({**{c: "'" for c in _APOSTROPHES}, **{c: "-" for c in _DASHES}})
_TOKEN_RE = re.compile(r"[^\W_]+")
# Characters allowed between the tokens of one multi-word name.
_JOINER_RE = re.compile(r"^[\s'\u2019\-\u00a0]{1,3}$")


def _fold_slow(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.translate(_FOLD_TABLE))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.casefold()


class _CharTable(dict):
    """A ``str.translate`` table filled on demand: each character's value is computed
    once, the first time a text has it (``__missing__``)."""

    def __init__(self, of_char: Callable[[str], str]) -> None:
        super().__init__()
        self._of_char = of_char

    def __missing__(self, code: int) -> str:
        value = self._of_char(chr(code))
        if len(self) < 1 << 16:  # a text made of every character there is fills no more than this
            self[code] = value
        return value


# Folding works character by character: NFKD decomposes each character on its own and only
# reorders combining marks (which are dropped), and casefold has no context. So a text's
# fold is the concatenation of its characters' folds, looked up in a table.
_FOLD_CHARS = _CharTable(_fold_slow)
_ALIGNED_CHARS = _CharTable(lambda c: (_fold_slow(c) or " ")[0])


#: the ASCII characters whose fold is not their lower case: the backtick (an apostrophe)
_ASCII_ODD = "".join(c for c in map(chr, range(128)) if _fold_slow(c) != c.lower())
if _ASCII_ODD != "`":  # (fold's ASCII path below asks for this one character)
    raise AssertionError(f"fold: ASCII characters folded otherwise than lower-cased: {_ASCII_ODD!r}")


def fold(s: str) -> str:
    """Lower-case, strip accents, and unify apostrophes and dashes.

    >>> fold("L’Euphrate – Deïr ez-Zor")
    "l'euphrate - deir ez-zor"
    """
    if s.isascii() and "`" not in s:
        return s.lower()  # (the same text: an ASCII character's fold is its lower case, the backtick's aside)
    return s.translate(_FOLD_CHARS)


def fold_aligned(s: str) -> str:
    """Like :func:`fold`, but one character out for each character in, so that offsets
    into the folded text are offsets into ``s``.

    >>> fold_aligned("Straße à Deïr")
    'strase a deir'
    """
    if s.isascii() and "`" not in s:
        return s.lower()  # (as in fold: one character out for each in)
    return s.translate(_ALIGNED_CHARS)


_DOUBLE_RE = re.compile(r"(\w)\1+")


@lru_cache(maxsize=1 << 17)
def token_key(token: str) -> str:
    """The matching key of one token: folded, ``ou`` read as ``u``, doubled letters single.
    (Kept for the tokens seen last: the name scan asks for the same tokens many times.)

    >>> token_key("Boukamal"), token_key("Raqqa"), token_key("Abou")
    ('bukamal', 'raqa', 'abu')
    """
    t = fold(token)
    t = t.replace("ou", "u")
    return _DOUBLE_RE.sub(r"\1", t) if _DOUBLE_RE.search(t) else t  # most words double no letter


def name_key(name: str) -> str:
    """The matching key of a whole name: its token keys joined with no separator, so that
    spacing and hyphenation variants meet (Abu Kamal, Abu-Kamal, Albu Kamal/Al-Bukamal).

    >>> name_key("Al-Bukamal") == name_key("Albu Kamal")
    True
    """
    return "".join(token_key(t) for t in _TOKEN_RE.findall(name))


_SKELETON_DROP = str.maketrans("", "", "aeiouyhw'")


def skeleton_key(name: str) -> str:
    """A looser key for transliteration variants: the consonants of the name, without a
    leading Arabic article, with q/k/c and doubled letters merged.

    >>> skeleton_key("Deir ez-Zor") == skeleton_key("Dayr az Zawr") == skeleton_key("Deir Ezzor")
    True
    >>> skeleton_key("Al-Qaim") == skeleton_key("Qaïm")
    True
    """
    toks = [fold(t) for t in _TOKEN_RE.findall(name)]
    if len(toks) > 1 and toks[0] in ("al", "el"):
        toks = toks[1:]
    joined = "".join(toks).replace("ou", "u").replace("dj", "j").replace("q", "k").replace("c", "k")
    return _DOUBLE_RE.sub(r"\1", joined.translate(_SKELETON_DROP))


@dataclass(frozen=True)
class Token:
    """A run of letters or digits in the text, with its character offsets."""

    text: str
    start: int
    end: int

    @property
    def key(self) -> str:
        return token_key(self.text)


def tokens(text: str) -> list[Token]:
    """Tokens of ``text`` with offsets; apostrophes and hyphens separate tokens.

    >>> [t.text for t in tokens("d’Abu-Kamal")]
    ['d', 'Abu', 'Kamal']
    """
    return list(_tokens(text))


@lru_cache(maxsize=4096)
def _tokens(text: str) -> tuple[Token, ...]:
    # kept for the sentences seen last: mentions, surnames and unresolved names each
    # tokenise every sentence (a fresh list each time: callers may change theirs)
    return tuple(Token(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text))


class Spanned(Protocol):
    """What has character offsets into a text: a :class:`Token`, a Document's word."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


def joinable(text: str, left: Spanned, right: Spanned) -> bool:
    """True when only spaces, hyphens or apostrophes (straight or typographic) separate two tokens."""
    gap = right.start - left.end
    if gap == 1:  # most often one space: what _JOINER_RE gives for one character (its \s is isspace)
        c = text[left.end]
        return c.isspace() or c in "'\u2019-"
    if not 0 < gap <= 4:  # what _JOINER_RE can match: 1 to 3, and a final newline
        return False
    return bool(_JOINER_RE.match(text[left.end : right.start]))


@dataclass(frozen=True)
class Sentence:
    """One sentence: its index, offsets into the article, and its text."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int


#: a sentence ends at a stop, with its closing quotation marks or bracket, before a space and
#: a capital, a digit or an Arabic letter, which an opening mark and its space may come before
#: ("… fils. « Nous", "… an. „Wir", "… an. »Wir", "… ayer. ¿Quién", "… said. 'We"); a French closing
#: guillemet after its space belongs to the sentence it closes ("… deux jours. » L'armée"), as a German
#: one after the stop ("… flohen.« Die")
_SENT_END_RE = re.compile(r"[.!?…]+(?:[ \u00a0\u202f]»)?[\"»«”’“)]*(?=\s+(?:[\"«»“„‘‚(¿¡]\s*)?[A-ZÀ-ÖØ-Þ0-9\u0600-\u06ff])")


@cache
def _abbreviations(lang: str | None) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The words a full stop does not end a sentence after (``[abbreviations] words``: "Dr.",
    "M.") and those it does not end one after when a number follows (``before_number``:
    "Nov. 9", "No. 5"), folded, of ``lang``'s lexicon, or of every language's when the
    language is not known; and the month names, which an ordinal day's stop comes
    before ("am 3. November")."""
    from geo.lexicon import table  # geo.lexicon reads geo.text: imported when first asked

    langs = (lang,) if lang in SUPPORTED_LANGS else SUPPORTED_LANGS
    words = frozenset(fold(w) for x in langs for w in table(x, "abbreviations")["words"])
    short_months = frozenset(fold(w) for x in langs for w in table(x, "abbreviations")["months"])
    before_number = short_months | {fold(w) for x in langs for w in table(x, "abbreviations")["before_number"]}
    months = frozenset(fold(w) for x in langs for forms in table(x, "dates")["months"].values() for w in forms)
    return words, before_number, months | short_months


def sentences(text: str, lang: str | None = None) -> list[Sentence]:
    """Split ``text`` into sentences (paragraph breaks always end one); a full stop after an
    abbreviation of ``lang`` (every language's when None) ends none.

    >>> [s.text for s in sentences("Il est parti. M. Dupont reste.\\nFin", "fr")]
    ['Il est parti.', 'M. Dupont reste.', 'Fin']
    >>> [s.text for s in sentences("They left on Nov. 9. No one stayed.", "en")]
    ['They left on Nov. 9.', 'No one stayed.']
    """
    words, before_number, months = _abbreviations(lang)
    out: list[Sentence] = []
    for p_index, para in enumerate(_PARAGRAPH_RE.finditer(text)):
        p_start = para.start()
        chunk = para.group()
        cursor = 0
        for m in _SENT_END_RE.finditer(chunk):
            before = fold(_word_before(chunk, m.start())).rstrip(".")
            after = chunk[m.end():].lstrip()
            if before in words or (before in before_number and after[:1].isdigit()):
                continue
            if before.isdigit() and len(before) <= 2 and _first_word(after) in months:
                continue  # an ordinal day: "am 3. November"
            if len(before) == 1 and chunk[m.start() - 1].isupper():
                continue  # an initial: "J. Smith"
            _append(out, text, p_start + cursor, p_start + m.end(), p_index)
            cursor = m.end()
        _append(out, text, p_start + cursor, p_start + len(chunk), p_index)
    return out


_PARAGRAPH_RE = re.compile(r"[^\n]+")
_WORD_OR_DOT_RE = re.compile(r"[\w.]")
_FIRST_WORD_RE = re.compile(r"\w+")


def _first_word(s: str) -> str:
    """The first word of ``s``, folded ("" when it starts with no word)."""
    m = _FIRST_WORD_RE.match(s)
    return fold(m[0]) if m else ""


def _word_before(chunk: str, stop: int) -> str:
    """The run of word characters and dots just before a full stop at ``stop`` (what
    ``([\\w.]+)\\.$`` finds in ``chunk[:stop + 1]``), or "" when ``chunk[stop]`` is not a full
    stop or nothing is before it. It reads back only over the run itself: splitting stays
    linear in the paragraph's length.

    >>> _word_before("Il a vu M. Dupont", 9), _word_before("Fin!", 3), _word_before("U.S. troops", 3)
    ('M', '', 'U.S')
    """
    if chunk[stop] != ".":
        return ""
    start = stop
    while start > 0 and _WORD_OR_DOT_RE.match(chunk, start - 1):
        start -= 1
    return chunk[start:stop]


def _append(out: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(len(out), start, end, text[start:end], paragraph))


@lru_cache(maxsize=1)
def _stopwords() -> dict[str, frozenset[str]]:
    """Each language's commonest words (``[stopwords]`` of its lexicon), folded."""
    from geo.lexicon import table  # geo.lexicon reads geo.text: imported when first asked

    return {lang: frozenset(fold(w) for w in table(lang, "stopwords")["words"]) for lang in SUPPORTED_LANGS}


#: A text of which less than this share of the words are words of the language its commonest
#: words point to is in no language geo reads (a Polish or Swedish text shares a few short
#: words with Portuguese or Italian). Real articles have at least 0.863 (the lowest of the
#: dev corpus and gwn-dev texts, measured with ``python bench/known_words.py``); texts in
#: other languages written for the tests at most 0.31.
MIN_KNOWN_WORDS = 0.5


def known_share(text: str, lang: str) -> float:
    """The share of the words of ``text`` (its first 20,000 characters) that are words of
    ``lang``: in its word-frequency table (:mod:`geo.text.frequency`)."""
    from geo.text.frequency import zipf

    words = [w.lower() for w in _WORD_RE.findall(text[:20000])]
    return sum(1 for w in words if zipf(w, lang) > 0) / max(1, len(words))


def languages_known() -> str:
    """The languages geo reads, named for a message: "de (German), en (English), ..."."""
    from geo.lexicon import table

    return ", ".join(f"{lang} ({table(lang, 'meta')['name']})" for lang in SUPPORTED_LANGS)


def detect_language(text: str) -> str:
    """Guess the language of ``text`` among :data:`SUPPORTED_LANGS` by stop-word counts;
    raise :class:`LanguageError` naming the languages geo reads when it is none of them
    (written mostly in another script, none of their commonest words, or too few words of
    the language those point to: :data:`MIN_KNOWN_WORDS`).

    >>> detect_language("Les terroristes ont quitté la ville pour la frontière.")
    'fr'
    >>> detect_language("The convoy left the town and headed for the border.")
    'en'
    """
    sample = text[:20000]
    words = [fold(w) for w in _WORD_RE.findall(sample)]
    stop = _stopwords()
    scores = {lang: sum(1 for w in words if w in ws) for lang, ws in stop.items()}
    best = max(SUPPORTED_LANGS, key=lambda lang: (scores[lang], -SUPPORTED_LANGS.index(lang)))
    letters = [c for c in sample if c.isalpha()]
    latin = sum(1 for c in letters if c <= "\u024f")  # Latin letters: basic, Latin-1 and Latin Extended-A and -B
    if not words or latin * 2 < len(letters) or scores[best] == 0 or known_share(sample, best) < MIN_KNOWN_WORDS:
        raise LanguageError(f"the text is in none of the languages geo reads: {languages_known()}")
    return best


_WORD_RE = re.compile(r"[^\W\d_]+")


def check_language(lang: str) -> str:
    """Return ``lang`` normalised, or raise :class:`LanguageError` if unsupported."""
    code = lang.strip().lower()
    if code not in SUPPORTED_LANGS:
        raise LanguageError(f"unknown language {lang!r}: expected one of {', '.join(SUPPORTED_LANGS)}")
    return code


def read_article(path: str | Path) -> str:
    """Read an article as UTF-8 text; raise :class:`InputError` naming the file otherwise."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file")
    if not p.is_file():
        raise InputError(f"{p}: not a regular file")
    data = p.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(
            f"{p}: not UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start}); "
            "re-save the file as UTF-8"
        ) from err
    if not text.strip():
        raise InputError(f"{p}: the text is empty")
    return text

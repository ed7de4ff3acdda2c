"""How frequent a word is, from a small table derived once from ``wordfreq``.

Loading ``wordfreq`` costs about 0.4 s per process (the package, its tokenizer and a
300,000-word list per language), most of a cold start's extraction time. geo only asks
whether a word or a short phrase of letters is at least :data:`ZIPF_FLOOR` frequent (every
threshold in :mod:`geo.extract.mentions` is at or above it), so the words at or above the
floor ship in ``geo/data/derived/wordfreq-<lang>.txt.gz``, written by
``scripts/build_derived.py`` with wordfreq's own centibel buckets, and the value is computed
here exactly as ``wordfreq.zipf_frequency`` computes it.

Numbers are in the domain too (a sentence's first word is often one: "4 people ..."):
wordfreq keeps one figure per shape of number (every run of two or more digits written as
zeros: "00", "00th") and multiplies it by an estimate of that particular number
(:func:`_digit_freq`, the formulas of ``wordfreq.numbers``), and so does :func:`zipf`.

A word with a letter of another script (Chinese, Arabic, Hebrew ... : the Unicode category
"other letter") that no word at or above the floor has is below the floor: 0.0, without
wordfreq. A word that case folding brings into the domain ("straße" is "strasse", "Aleppo" is
"aleppo": wordfreq folds case the same way, after NFC, in geo's languages) is answered for
the folded word. Any other input outside the table's domain (a character that is not a
lower-case Latin letter, an ASCII digit or a single space: apostrophes ...) is handed to
``wordfreq`` itself, which stays a run-time dependency for them;
``tests/text/test_derived_tables.py`` checks the two agree.
"""

from __future__ import annotations

import gzip
import io
import math
import re
import unicodedata
from functools import cache, lru_cache
from pathlib import Path

from geo.text import SUPPORTED_LANGS

#: the languages with a table (every language geo reads); any other language is read as English
LANGS = SUPPORTED_LANGS
#: the table holds every word at or above this Zipf frequency: below it, :func:`zipf`
#: returns 0.0 instead of the exact value (which is then below the floor too)
ZIPF_FLOOR = 3.0
#: ... that is, wordfreq's buckets 0 to this one (bucket i: 10 ** (-i / 100))
MAX_BUCKET = 600
#: the folder of the derived tables, inside the package
DERIVED = Path(__file__).resolve().parent.parent / "data" / "derived"


def table_path(lang: str) -> str:
    """The packaged table of ``lang`` (derived data: the same in a checkout and a wheel)."""
    return str(DERIVED / f"wordfreq-{lang}.txt.gz")


@cache
def _table(lang: str) -> dict[str, int]:
    """word -> wordfreq bucket, for the words of ``lang`` at or above the floor (the lines
    parsed once and kept in geo's cache folder: :func:`geo.resources.kept_reading`)."""
    from geo import resources

    return resources.kept_reading(_kept_folder(), Path(table_path(lang)).read_bytes(), _read_table, lambda v: isinstance(v, dict))


@lru_cache(maxsize=1)
def _kept_folder() -> Path | None:
    from geo import resources

    return resources.kept_folder("wordfreq-v1", _read_table)


def _read_table(raw: bytes) -> dict[str, int]:
    """The table of a ``wordfreq-<lang>.txt.gz`` file's bytes."""
    out: dict[str, int] = {}
    with gzip.open(io.BytesIO(raw), "rt", encoding="utf-8") as fh:
        for line in fh:
            bucket, _, words = line.rstrip("\n").partition("\t")
            b = int(bucket)
            for w in words.split(" "):
                out[w] = b
    return out


@cache
def _in_domain_char(c: str) -> bool:
    """A character wordfreq's tokenizer keeps as it is inside a word: a lower-case Latin
    letter that NFC and case folding leave alone, or an ASCII digit."""
    if c in "0123456789":
        return True
    return (
        unicodedata.category(c) == "Ll"
        and c.casefold() == c
        and unicodedata.normalize("NFC", c) == c
        and "LATIN" in unicodedata.name(c, "")
    )


#: the letters of the "other letter" category (Lo: CJK, Arabic, Hebrew, Thai, kana ...) that
#: some word of a table's language has at or above the floor (wordfreq's lists of the six
#: languages, checked by ``tests/text/test_derived_tables.py``)
_LISTED_OTHER_LETTERS = frozenset("ªºツ")


@cache
def _unlisted_letter(c: str) -> bool:
    """Whether ``c`` is an "other letter" (Lo) that no word at or above the floor has and
    that wordfreq reads as itself (normalisation and case folding leave it alone): a word
    with it is in no list at or above the floor, and no phrase with that word is."""
    return (
        unicodedata.category(c) == "Lo"
        and c not in _LISTED_OTHER_LETTERS
        and unicodedata.normalize("NFKC", c) == c == unicodedata.normalize("NFC", c)
        and c.casefold() == c
    )


def in_domain(text: str) -> bool:
    """Whether ``text`` is words of lower-case Latin letters and ASCII digits separated by
    single spaces — the inputs the table answers for without wordfreq.

    >>> in_domain("tal afar"), in_domain("médine"), in_domain("Paris"), in_domain("2017"), in_domain("l'est")
    (True, True, False, True, False)
    """
    if not text or text[0] == " " or text[-1] == " " or "  " in text:
        return False
    return all(c == " " or _in_domain_char(c) for c in text)


def _casefolded(text: str) -> str | None:
    """``text`` as wordfreq reads it in geo's languages (NFC, then case folding: "straße"
    is "strasse", "Aleppo" is "aleppo") when that reading is in the table's domain, else
    None. Answered from the table, such a word no longer loads wordfreq (its package and a
    300,000-word list: about 0.5 s of a batch worker) for one German word with an ß."""
    folded = text.casefold()
    if folded == text or not in_domain(folded) or unicodedata.normalize("NFC", text) != text:
        return None
    return folded


def _cb_to_freq(bucket: int) -> float:
    return 10 ** (-bucket / 100)  # wordfreq.cB_to_freq(-bucket)


#: a run of two or more digits (in a word of the domain: letters and ASCII digits only)
_DIGITS = re.compile(r"[0-9]{2,}")
#: how often a number starts with each digit (wordfreq.numbers.DIGIT_FREQS)
_FIRST_DIGIT = (0.009, 0.300, 0.175, 0.124, 0.096, 0.078, 0.066, 0.057, 0.050, 0.045)


def _benford(digits: str) -> float:
    return _FIRST_DIGIT[int(digits[0])] / 10 ** (len(digits) - 1)


def _year(digits: str) -> float:
    """How likely four digits are this one, as a year or not (wordfreq.numbers.year_freq)."""
    year = int(digits)
    if year <= 2019:
        log = -1.9185 - 0.0083 * (2019 - year)
    elif year <= 2039:
        log = -1.9185
    else:
        log = -1.9185 - 0.2 * (year - 2039)
    return 10.0**log + 0.1 * _benford(digits)


def _digit_freq(token: str) -> float:
    """How likely the token's runs of digits are these ones, given their lengths
    (wordfreq.numbers.digit_freq)."""
    freq = 1.0
    for run in _DIGITS.findall(token):
        freq *= _year(run) if len(run) == 4 else _benford(run)
    return freq


def _zeros(m: re.Match[str]) -> str:
    return "0" * len(m.group(0))


@lru_cache(maxsize=200_000)
def zipf(text: str, lang: str = "en") -> float:
    """The Zipf frequency of ``text`` in ``lang`` (6 = once per thousand words, 3 = once
    per million), as ``wordfreq.zipf_frequency`` gives it at or above :data:`ZIPF_FLOOR`;
    0.0 below the floor or when unknown.

    >>> zipf("maybe"), zipf("aleppo"), zipf("raqqa")  # wordfreq: 5.45, 3.56, 2.71
    (5.45, 3.56, 0.0)
    """
    if lang not in LANGS:
        lang = "en"
    if not in_domain(text):
        folded = _casefolded(text)
        if folded is not None:
            return zipf(folded, lang)  # "straße", "Aleppo": what wordfreq reads them as
        if any(_unlisted_letter(c) for c in text):
            return 0.0  # a name in another script (a sentence may open on one): below the floor
        from wordfreq import zipf_frequency

        z: float = zipf_frequency(text, lang)
        return z if z >= ZIPF_FLOOR else 0.0
    table = _table(lang)
    # wordfreq: 1 / f = 1 / f1 + 1 / f2 + ..., rounded to 3 significant digits
    one_over = 0.0
    for token in text.split(" "):
        # a number is looked up by its shape (its runs of digits as zeros) ...
        shape = _DIGITS.sub(_zeros, token) if _DIGITS.search(token) else token
        bucket = table.get(shape)
        if bucket is None:
            return 0.0  # a word below the floor: the phrase is below it too
        freq = _cb_to_freq(bucket)
        if shape != token:
            freq *= _digit_freq(token)  # ... and weighed by how likely these digits are
        one_over += 1.0 / freq
    freq = 1.0 / one_over
    freq = round(freq, math.floor(-math.log(freq, 10)) + 3)
    out = round(math.log(freq, 10) + 9, 2)
    return out if out >= ZIPF_FLOOR else 0.0

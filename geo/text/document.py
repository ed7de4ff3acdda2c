"""The :class:`Document`: an article read once — sentences, words with offsets, folded
keys and lemmas, repeated sentences flagged. Every extraction stage reads it; none
re-splits or re-folds the text.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import re
import unicodedata
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from pathlib import Path
from typing import Any, TypeVar

from geo.text import SUPPORTED_LANGS, Sentence, fold, fold_aligned, sentences
from geo.text.frequency import DERIVED

_WORD_RE = re.compile(r"[^\W_]+")
T = TypeVar("T")


@dataclass(frozen=True)
class Word:
    """One word of the article: offsets into the text, folded form, folded lemma."""

    index: int
    start: int
    end: int
    text: str
    key: str  #: folded surface form
    lemma: str  #: folded lemma (simplemma's) when the pipeline may compare it, else ``key`` (see :func:`lemma`)
    sentence: int

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


@dataclass(frozen=True)
class Document:
    """An article, read once."""

    text: str
    lang: str
    sentences: tuple[Sentence, ...]
    words: tuple[Word, ...]
    #: per sentence, the range of its words in :attr:`words`
    spans: tuple[range, ...]
    #: per sentence, True when it repeats an earlier sentence word for word
    repeated: tuple[bool, ...]

    @cached_property
    def folded(self) -> str:
        """The whole text folded once, one character for each character of :attr:`text`
        (:func:`geo.text.fold_aligned`), so that ``folded[s.start:s.end]`` is sentence
        ``s`` folded: what the stages that match patterns across words read."""
        return fold_aligned(self.text)

    def words_of(self, sentence: int) -> tuple[Word, ...]:
        """The words of sentence ``sentence`` (sliced once: the stages ask ~10 times a sentence)."""
        ws = self._words_of[sentence]
        if ws is None:
            r = self.spans[sentence]
            ws = self._words_of[sentence] = self.words[r.start : r.stop]
        return ws

    @cached_property
    def _words_of(self) -> list[tuple[Word, ...] | None]:
        return [None] * len(self.spans)

    def vocabulary(self, sentence: int) -> frozenset[str]:
        """The folded forms and the lemmas of sentence ``sentence``'s words as one set, built
        once: a stage that looks for any word of a list asks first whether one is there at all
        (``isdisjoint``, in C), as most sentences hold none."""
        v = self._vocabularies[sentence]
        if v is None:
            ws = self.words_of(sentence)
            v = self._vocabularies[sentence] = frozenset([w.key for w in ws] + [w.lemma for w in ws])
        return v

    @cached_property
    def _vocabularies(self) -> list[frozenset[str] | None]:
        return [None] * len(self.sentences)

    def derived(self, make: Callable[..., T], *args: Hashable) -> T:
        """``make(self, *args)``, worked out once for this document: what several stages read
        of the same article (its surnames, the words that may be demonyms) is not read again.
        The value is shared: its readers do not change it."""
        key = (make, *args)
        memo = self._derived
        if key not in memo:
            memo[key] = make(self, *args)
        return memo[key]

    @cached_property
    def _derived(self) -> dict[tuple, Any]:
        return {}

    def gap(self, left: Word | None, right: Word | None) -> str:
        """The characters between two words (punctuation, spaces)."""
        a = left.end if left is not None else 0
        b = right.start if right is not None else len(self.text)
        return self.text[a:b]


def simplemma_lemma(word: str, lang: str) -> str:
    """The folded lemma of a word as simplemma gives it (its dictionaries, shipped on PyPI,
    cost 0.25 to 1.5 s to load per language: :func:`lemma` reads a derived table instead).

    >>> simplemma_lemma("fled", "en"), simplemma_lemma("quittées", "fr"), simplemma_lemma("flohen", "de")
    ('flee', 'quitter', 'fliehen')
    """
    import simplemma

    try:
        out = simplemma.lemmatize(word, lang=lang)
    except ValueError:  # a language simplemma does not know: the word itself
        out = word
    return fold(out)


def lexicon_digest(lang: str) -> str:
    """The sha256 of ``geo/lexicon/<lang>.toml`` as shipped (what a lemma table was built for)."""
    from importlib import resources

    try:
        raw = resources.files("geo.lexicon").joinpath(f"{lang}.toml").read_bytes()
    except FileNotFoundError:
        return ""
    return hashlib.sha256(raw).hexdigest()


@cache
def _lemma_table(lang: str) -> dict[str, str] | None:
    """form -> folded lemma, for the forms of ``lang`` whose lemma the pipeline may compare
    (``geo/data/derived/lemmas-<lang>.txt.gz``, written by ``scripts/build_derived.py``);
    None for a language without a table, or whose lexicon changed since the table was
    written (simplemma is asked then, as before; ``tests/text/test_derived_tables.py`` fails
    until the table is written again)."""
    path = DERIVED / f"lemmas-{lang}.txt.gz"
    if not path.is_file():
        return None
    raw = path.read_bytes()
    with gzip.open(io.BytesIO(raw), "rt", encoding="utf-8") as fh:
        if fh.readline().rstrip("\n") != f"# lexicon sha256 {lexicon_digest(lang)}":
            return None
    from geo import resources

    # the lines parsed once, kept in geo's cache folder (named by the file's bytes)
    return resources.kept_reading(_kept_lemmas(), raw, _read_lemmas, lambda v: isinstance(v, dict))


@lru_cache(maxsize=1)
def _kept_lemmas() -> Path | None:
    from geo import resources

    return resources.kept_folder("lemmas-v1", _read_lemmas)


def _read_lemmas(raw: bytes) -> dict[str, str]:
    """form -> folded lemma, from a ``lemmas-<lang>.txt.gz`` file's bytes (its first line,
    the lexicon's digest, skipped); the forms of one lemma share its string (~1,000 lemmas
    for up to 50,000 forms: a smaller pickle, read back in 0.6 of the time)."""
    shared: dict[str, str] = {}
    with gzip.open(io.BytesIO(raw), "rt", encoding="utf-8") as fh:
        fh.readline()
        return {form: shared.setdefault(lem, lem) for form, lem in (line.rstrip("\n").split("\t", 1) for line in fh)}


@lru_cache(maxsize=200_000)
def lemma(word: str, lang: str) -> str:
    """The folded lemma of a word when it is one the pipeline compares (a word of the
    language's lexicon, an auxiliary, a copula) or when the folded word itself is one, else
    the folded word: every comparison of a :attr:`Word.lemma` with those words gives what
    simplemma's own lemma gives.

    The forms come from a table derived from simplemma's dictionaries and wordfreq's word
    list (``scripts/build_derived.py``); a form in neither, that simplemma would reduce by
    rule to a lexicon word, is read as itself.

    >>> lemma("fled", "en"), lemma("quittées", "fr"), lemma("flohen", "de"), lemma("pommes", "fr")
    ('flee', 'quitter', 'fliehen', 'pommes')
    """
    table = _lemma_table(lang)
    if table is None:
        return simplemma_lemma(word, lang)
    form = word if unicodedata.is_normalized("NFC", word) else unicodedata.normalize("NFC", word)
    return table.get(form) or fold(word)



@cache
def accented_keys(lang: str) -> dict[str, str]:
    """The words of ``lang`` whose accent is all that tells them from another word folding would
    make them (``[grammar] accented_words``, 'surface>key': Portuguese "à" is the preposition
    "a" merged with the article "a", not the article), with the folded word they are read as."""
    from geo.lexicon import table

    return dict(e.split(">", 1) for e in table(lang, "grammar")["accented_words"]) if lang in SUPPORTED_LANGS else {}


@lru_cache(maxsize=1 << 16)
def _key_and_lemma(word: str, lang: str) -> tuple[str, str]:
    """A word's folded form (or, for a word its accent tells apart, the word it is read as:
    :func:`accented_keys`) and :func:`lemma`, kept for the words seen last (the articles of a
    batch share most of their words: each is folded once, not once per article)."""
    low = word.lower()
    key = accented_keys(lang).get(low if unicodedata.is_normalized("NFC", low) else unicodedata.normalize("NFC", low))
    return key or fold(word), lemma(word, lang)


#: per language, each word's key and lemma (:func:`_key_and_lemma`) as a plain dict read
#: by :func:`build_document`: one ``dict.get`` a word instead of a cached call; emptied when
#: it holds more than :data:`_KNOWN_MOST` words (a corpus's memory does not grow with it)
_KNOWN: dict[str, dict[str, tuple[str, str]]] = {}
_KNOWN_MOST = 1 << 16


def _known(lang: str) -> dict[str, tuple[str, str]]:
    known = _KNOWN.get(lang)
    if known is None:
        known = _KNOWN[lang] = {}
    return known


_new = object.__new__
_set = object.__setattr__


def build_document(text: str, lang: str) -> Document:
    """Read ``text`` once into a :class:`Document`.

    >>> d = build_document("Les troupes ont quitté Raqqa. Elles ont fui.", "fr")
    >>> [(w.text, w.lemma) for w in d.words_of(1)]
    [('Elles', 'elle'), ('ont', 'avoir'), ('fui', 'fuir')]
    """
    sents = sentences(text, lang)
    words: list[Word] = []
    spans: list[range] = []
    repeated: list[bool] = []
    seen: set[str] = set()
    known = _known(lang)  # a word's key and lemma, worked out once (per language, the words seen last)
    # each Word is made without the frozen dataclass's ``__init__`` (which sets each field
    # through ``object.__setattr__``): its fields, in order, are its ``__dict__``, the same
    # object (``tests/text/test_document_same_as_replaced.py``)
    append, n = words.append, 0  # (n: len(words))
    for s in sents:
        first, base, index = n, s.start, s.index
        for m in _WORD_RE.finditer(s.text):
            w = m.group()
            kl = known.get(w)
            if kl is None:
                kl = known[w] = _key_and_lemma(w, lang)
                if len(known) > _KNOWN_MOST:
                    known.clear()
            a, b = m.span()
            word: Word = _new(Word)
            _set(word, "__dict__", {"index": n, "start": base + a, "end": base + b, "text": w, "key": kl[0], "lemma": kl[1], "sentence": index})
            append(word)
            n += 1
        spans.append(range(first, n))
        norm = " ".join([w.key for w in words[first:]])
        repeated.append(norm in seen and bool(norm))
        seen.add(norm)
    return Document(text, lang, tuple(sents), tuple(words), tuple(spans), tuple(repeated))

"""Write the derived tables geo reads at run time instead of loading wordfreq and simplemma.

    python scripts/build_derived.py            # (re)write geo/data/derived/
    python scripts/build_derived.py --check    # exit 1 when a table differs from what it would write

- ``wordfreq-<lang>.txt.gz``: wordfreq's words at or above ``geo.text.frequency.ZIPF_FLOOR``
  that are lower-case Latin letters and ASCII digits (numbers as wordfreq keeps them: runs of
  digits written as zeros), one line per centibel bucket (``bucket<TAB>words``).
- ``lemmas-<lang>.txt.gz``: the sha256 of the lexicon it was built for, then
  ``form<TAB>folded lemma`` for the word forms whose simplemma lemma the pipeline may
  compare (see :func:`lemma_lines`). A table whose lexicon has changed is not read (geo
  asks simplemma, as before, until the table is written again).

Needs wordfreq and simplemma (the versions in the environment); rerun after upgrading
either, after editing a lexicon, or after changing the lemma sets the pipeline compares.
``tests/text/test_derived_tables.py`` regenerates each table and compares.
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.text.frequency import DERIVED, LANGS, MAX_BUCKET, in_domain  # noqa: E402

#: a word as geo.text.document reads one
_WORD_RE = re.compile(r"[^\W_]+")


def wordfreq_lines(lang: str) -> list[str]:
    """The word-frequency table of ``lang``, as lines."""
    from wordfreq import get_frequency_list

    lines = []
    for bucket, words in enumerate(get_frequency_list(lang, "best")[: MAX_BUCKET + 1]):
        kept = sorted(w for w in words if in_domain(w) and " " not in w)
        if kept:
            lines.append(f"{bucket}\t{' '.join(kept)}")
    return lines


def compared_words(lang: str) -> frozenset[str]:
    """Every folded word a lemma may be compared with in ``lang``: each word of each entry
    and value of the language's lexicon (every table, not only those compared today: the
    auxiliaries are in ``[attribution]``), and the copulas of ``geo.extract``."""
    from geo.extract.frames import _COPULA
    from geo.lexicon import _phrase, _read

    out: set[str] = set(_COPULA)

    def walk(v: object) -> None:
        if isinstance(v, str):
            out.update(_phrase(v))
        elif isinstance(v, dict):
            for k, x in v.items():
                walk(k)
                walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)

    walk(_read(lang))
    return frozenset(out)


def lemma_universe(lang: str, compared: frozenset[str]) -> set[str]:
    """The word forms whose lemma is computed: simplemma's dictionary forms whose lemma or
    own folded form is a compared word, and every word of wordfreq's list (which is where
    forms simplemma reduces by rule rather than by dictionary come from), each as written,
    lower-case, capitalised and upper-case."""
    from simplemma.strategies.dictionaries.dictionary_factory import DEFAULT_DICTIONARY_FACTORY
    from wordfreq import iter_wordlist

    from geo.text import fold

    forms: set[str] = set()
    for form, lemma in DEFAULT_DICTIONARY_FACTORY.get_dictionary(lang).items():
        if fold(lemma) in compared or fold(form) in compared:
            forms.add(form)
    forms.update(w for w in iter_wordlist(lang, "best") if _WORD_RE.fullmatch(w))
    out: set[str] = set()
    for f in forms:
        out.update((f, f.lower(), f.capitalize(), f.upper()))
    return {f for f in out if _WORD_RE.fullmatch(f)}


def lemma_lines(lang: str) -> list[str]:
    """``form<TAB>lemma`` for every form of :func:`lemma_universe` whose folded simplemma
    lemma is a compared word, or whose own folded form is one while its lemma differs:
    any other form's lemma is read as its folded form, which changes no comparison."""
    from geo.text import fold
    from geo.text.document import lexicon_digest, simplemma_lemma

    compared = compared_words(lang)
    # the lexicon the table was built for: geo reads a table only while it is unchanged
    lines = [f"# lexicon sha256 {lexicon_digest(lang)}"]
    for form in sorted(lemma_universe(lang, compared)):
        lem = simplemma_lemma(form, lang)
        key = fold(form)
        if lem in compared or (key in compared and lem != key):
            lines.append(f"{form}\t{lem}")
    return lines


def _one(name: str) -> tuple[str, list[str]]:
    kind, lang = name.split(".")[0].split("-")
    return name, (wordfreq_lines(lang) if kind == "wordfreq" else lemma_lines(lang))


def tables(names: list[str] | None = None) -> dict[str, list[str]]:
    """Derived tables (all by default): file name -> lines (two processes at a time)."""
    from concurrent.futures import ProcessPoolExecutor

    names = names or [f"{kind}-{lang}.txt.gz" for kind in ("wordfreq", "lemmas") for lang in LANGS]
    with ProcessPoolExecutor(2) as pool:
        return dict(pool.map(_one, names))


def read_lines(path: Path) -> list[str]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return fh.read().splitlines()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare, write nothing")
    args = ap.parse_args()
    stale = []
    for name, lines in tables().items():
        path = DERIVED / name
        if args.check:
            if not path.exists() or read_lines(path) != lines:
                stale.append(name)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), compresslevel=9, mtime=0))
        print(f"{path.relative_to(ROOT)}: {len(lines)} lines, {path.stat().st_size:,} bytes")
    if stale:
        print("stale: " + ", ".join(stale) + " (run python scripts/build_derived.py)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""A claimant grid: the constructions of reported speech of every language, built from a grammar
rather than from a corpus, to measure which speakers the attribution reads (issue 20 item 6).

Each language's cells are in ``tests/lang/<lang>/claims_grid.py`` (``CLAIMS``: one
``(construction, text, claimant)`` a cell, the text written for the grid). Every text states a
movement the frames already read (the movement grid's kind: "fled from Aleppo to Damascus"), so a
cell tests who claims it, not the movement. ``claimant`` is the name the movements must carry, as
written in the text (case and spacing aside), or :data:`ARTICLE` when the article states them in
its own voice (then the claimant is the source the pipeline is given, by default "the article",
which the gold's convention names so in every language). A cell passes when the text gives
at least one movement and every movement names that claimant.

Conventions (those of ``../shared/dev-corpus/README.md``: the claimant is the speaker of "X said",
"according to X", a quoted source): "X reported, citing Y" and "X quoted Y as saying" are Y's (the
source the report cites, as "according to Y"); a spokesperson speaks as the whole noun phrase ("a
spokesperson for the ministry"); an organisation is named whole, by its first full mention (a later
acronym or shorter mention takes it); a pronoun speaker is the person named just before.

    python bench/claims_grid.py               # pass rate per language x construction
    python bench/claims_grid.py -v            # plus every failing cell: text, expected, found
    python bench/claims_grid.py --write       # write each language's MEASURED table into its file

``tests/extract/test_claims_grid.py`` asserts each (language, construction) passes at least its
``MEASURED`` count (in ``tests/lang/<lang>/claims_grid.py``) minus one.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import unicodedata
from importlib import import_module
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

_SPEC = importlib.util.spec_from_file_location("bench_grid_for_claims", ROOT / "bench" / "grid.py")
assert _SPEC is not None and _SPEC.loader is not None
movement_grid = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(movement_grid)

PUBLISHED = movement_grid.PUBLISHED
#: a cell's claimant when the article states the movement in its own voice
ARTICLE = None
MODULE = "claims_grid"
MEASURED_HEAD = "\n\n# cells that pass, per construction: .venv/bin/python bench/claims_grid.py --write\nMEASURED = {"

Claim = tuple[str, str, str | None]


def cells(lang: str) -> list[Claim]:
    """The cells of ``tests/lang/<lang>/claims_grid.py``."""
    return list(import_module(f"tests.lang.{lang}.{MODULE}").CLAIMS)


def languages() -> list[str]:
    from tests.lang import LANGS

    return [lang for lang in LANGS if (ROOT / "tests" / "lang" / lang / f"{MODULE}.py").is_file()]


def _norm(name: str) -> str:
    """A name compared without case, accents, curly apostrophes or repeated spaces."""
    folded = unicodedata.normalize("NFKD", name.replace("’", "'")).casefold()
    return " ".join("".join(c for c in folded if not unicodedata.combining(c)).split())


#: the claimant of what the article states in its own voice (``extract``'s default source)
OWN_VOICE = "the article"


def expected(lang: str, cell: Claim) -> str:
    """The claimant a cell expects: its name, or the article's own voice."""
    return OWN_VOICE if cell[2] is ARTICLE else cell[2]


def claimants(text: str, lang: str) -> list[str]:
    """The claimant of every movement the text gives."""
    from geo.extract.pipeline import extract

    fc = extract(text, PUBLISHED, lang=lang)
    return [str(f["properties"].get("claimant")) for f in fc["features"] if f["properties"]["kind"] == "movement"]


def passes(lang: str, cell: Claim) -> tuple[bool, list[str]]:
    """Whether the cell's text gives a movement and every movement names its claimant, and the claimants found."""
    got = claimants(cell[1], lang)
    want = _norm(expected(lang, cell))
    return bool(got) and all(_norm(g) == want for g in got), got


def run(langs: list[str]) -> dict[str, dict[str, list[tuple[Claim, bool, list[str]]]]]:
    """Every cell's outcome, by language and construction (constructions in file order)."""
    out: dict[str, dict[str, list[tuple[Claim, bool, list[str]]]]] = {}
    for lang in langs:
        rows = out.setdefault(lang, {})
        for cell in cells(lang):
            ok, got = passes(lang, cell)
            rows.setdefault(cell[0], []).append((cell, ok, got))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="list every failing cell")
    ap.add_argument("--measured", action="store_true", help="print each language's MEASURED table")
    ap.add_argument("--write", action="store_true", help="write each language's MEASURED table into its claims_grid file")
    ap.add_argument("langs", nargs="*", help="languages (default: every language with a claims grid)")
    args = ap.parse_args(argv)
    results = run(args.langs or languages())
    langs = list(results)
    want = {id(c): expected(lang, c) for lang in langs for rows in results[lang].values() for c, _, _ in rows}
    movement_grid.report(results, args.verbose, args.measured, want=lambda c: want[id(c)])
    if args.write:
        movement_grid.write_measured(results, MODULE, MEASURED_HEAD)
    return 0


if __name__ == "__main__":
    sys.exit(main())

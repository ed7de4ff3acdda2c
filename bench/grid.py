"""A construction grid: the same inventory of movement constructions in every language, built
from a grammar rather than from a corpus, to measure which constructions the frames read.

Each language's cells are in ``tests/lang/<lang>/grid.py`` (``GRID``: one
``(construction, sentence, expected)`` a cell, the sentence written for the grid, ``expected``
the movements it states as ``(from, to)`` pairs of place keys). A key is a place's id, or one
of the short names of :data:`PLACES` (a town, capital, country or region every language's
names resolve to). A cell passes when the sentence's movements are exactly the expected ones
(a missing end, a wrong end or an extra movement fails it).

    python bench/grid.py               # pass rate per language x construction
    python bench/grid.py -v            # plus every failing cell: sentence, expected, found
    python bench/grid.py --measured    # plus each language's MEASURED table
    python bench/grid.py --write       # write each language's MEASURED table into its grid file

``tests/extract/test_grid.py`` asserts each (language, construction) passes at least its
``MEASURED`` count (in ``tests/lang/<lang>/grid.py``) minus one.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable
from importlib import import_module
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PUBLISHED = "2024-03-01"

#: short names of the grid's places -> their ids (each checked to resolve in all six languages)
PLACES = {
    # countries
    "syria": "syria",
    "turkey": "country:TUR",
    "lebanon": "country:LBN",
    "poland": "country:POL",
    "ukraine": "country:UKR",
    "germany": "country:DEU",
    "chad": "country:TCD",
    "south_sudan": "country:SDS",
    "uganda": "country:UGA",
    "sudan": "country:SDN",
    # capitals
    "damascus": "damascus",
    "kyiv": "geonames:703448",
    "beirut": "geonames:276781",
    "warsaw": "geonames:756135",
    "berlin": "geonames:2950159",
    "baghdad": "baghdad",
    "khartoum": "geonames:379252",
    # towns
    "aleppo": "aleppo",
    "homs": "homs",
    "hama": "geonames:170017",
    "raqqa": "raqqa",
    "mosul": "mosul",
    "mariupol": "geonames:701822",
    "lviv": "geonames:702550",
    "kharkiv": "geonames:706483",
    "odesa": "geonames:698740",
    # regions
    "darfur": "darfur",
    "bavaria": "region:DE.02",
    "donbas": "donbas",
    "sicily": "region:IT.15",
    # compass parts
    "northern_germany": "country:DEU~north",
    # spatial expressions ("near X")
    "near_homs": "homs~near",
    # borders
    "poland_ukraine_border": "border:country:POL|country:UKR",
    # offsets ("20 km north of X")
    "homs_20km_north": "homs~20km-north",
}

Pair = tuple[str | None, str | None]
Cell = tuple[str, str, list[Pair]]


def place_id(key: str | None) -> str | None:
    """The id a grid key names (a short name of :data:`PLACES`, else the id itself)."""
    return None if key is None else PLACES.get(key, key)


def expected_moves(expected: Iterable[Pair]) -> set[Pair]:
    return {(place_id(a), place_id(b)) for a, b in expected}


def grid(lang: str) -> list[Cell]:
    """The cells of ``tests/lang/<lang>/grid.py``."""
    return list(import_module(f"tests.lang.{lang}.grid").GRID)


def measured(lang: str) -> dict[str, int]:
    """The pass counts recorded for ``lang`` (``MEASURED`` of its grid file)."""
    return dict(getattr(import_module(f"tests.lang.{lang}.grid"), "MEASURED", {}))


def languages() -> list[str]:
    from tests.lang import LANGS

    return [lang for lang in LANGS if (ROOT / "tests" / "lang" / lang / "grid.py").is_file()]


def moves(text: str, lang: str) -> set[Pair]:
    from geo.extract.pipeline import extract

    fc = extract(text, PUBLISHED, lang=lang)
    return {(f["properties"]["from"], f["properties"]["to"]) for f in fc["features"] if f["properties"]["kind"] == "movement"}


def passes(lang: str, cell: Cell) -> tuple[bool, set[Pair]]:
    """Whether the cell's sentence gives exactly its expected movements, and what it gave."""
    got = moves(cell[1], lang)
    return got == expected_moves(cell[2]), got


def run(langs: list[str]) -> dict[str, dict[str, list[tuple[Cell, bool, set[Pair]]]]]:
    """Every cell's outcome, by language and construction (constructions in grid order)."""
    out: dict[str, dict[str, list[tuple[Cell, bool, set[Pair]]]]] = {}
    for lang in langs:
        rows = out.setdefault(lang, {})
        for cell in grid(lang):
            ok, got = passes(lang, cell)
            rows.setdefault(cell[0], []).append((cell, ok, got))
    return out


def _constructions(results: dict[str, dict[str, list]]) -> list[str]:
    names: list[str] = []
    for rows in results.values():
        names += [c for c in rows if c not in names]
    return names


def report(results: dict[str, dict[str, list]], verbose: bool, show_measured: bool,
           want: Callable[[Cell], object] | None = None) -> None:
    """Pass counts per construction and language; ``verbose``: every failing cell with what it
    expected (``want`` of the cell: by default its movements) and what it found."""
    langs = list(results)
    names = _constructions(results)
    width = max(len(n) for n in names)
    print(f"{'construction':<{width}}  " + "  ".join(f"{lang:>6}" for lang in langs) + "     all")
    total = dict.fromkeys(langs, (0, 0))
    for name in names:
        line, ok_all, n_all = [], 0, 0
        for lang in langs:
            cells = results[lang].get(name, [])
            ok = sum(1 for _, good, _ in cells if good)
            line.append(f"{ok:>2}/{len(cells):<3}" if cells else "     -")
            total[lang] = (total[lang][0] + ok, total[lang][1] + len(cells))
            ok_all, n_all = ok_all + ok, n_all + len(cells)
        print(f"{name:<{width}}  " + "  ".join(line) + f"  {ok_all:>3}/{n_all}")
    line = [f"{a:>3}/{n:<3}" for a, n in total.values()]
    ok_all, n_all = sum(a for a, _ in total.values()), sum(n for _, n in total.values())
    print(f"{'TOTAL':<{width}} " + " ".join(line) + f"  {ok_all:>3}/{n_all} = {ok_all / max(n_all, 1):.2f}")
    if verbose:
        for lang in langs:
            for name, cells in results[lang].items():
                for i, (cell, good, got) in enumerate(cells, 1):
                    if not good:
                        expected = want(cell) if want else sorted(expected_moves(cell[2]), key=str)
                        print(f"\n{lang}-{name}-{i}: {cell[1]}\n   expected {expected}\n   found    {sorted(got, key=str)}")
    if show_measured:
        for lang in langs:
            print(f"\n# {lang}\nMEASURED = {{")
            for name, cells in results[lang].items():
                print(f'    "{name}": {sum(1 for _, good, _ in cells if good)},')
            print("}")


MEASURED_HEAD = "\n\n# cells that pass, per construction: .venv/bin/python bench/grid.py --write\nMEASURED = {"


def write_measured(results: dict[str, dict[str, list]], module: str = "grid", head: str = MEASURED_HEAD) -> None:
    """Replace the ``MEASURED`` table (after ``head``) at the end of each language's ``module`` file."""
    for lang, rows in results.items():
        path = ROOT / "tests" / "lang" / lang / f"{module}.py"
        text = path.read_text(encoding="utf-8")
        text = text.split(head)[0].rstrip("\n")
        lines = [f'    "{name}": {sum(1 for _, good, _ in cells if good)},' for name, cells in rows.items()]
        path.write_text(text + head + "\n" + "\n".join(lines) + "\n}\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="list every failing cell")
    ap.add_argument("--measured", action="store_true", help="print each language's MEASURED table")
    ap.add_argument("--write", action="store_true", help="write each language's MEASURED table into its grid file")
    ap.add_argument("langs", nargs="*", help="languages (default: every language with a grid)")
    args = ap.parse_args(argv)
    langs = args.langs or languages()
    results = run(langs)
    report(results, args.verbose, args.measured)
    if args.write:
        write_measured(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())

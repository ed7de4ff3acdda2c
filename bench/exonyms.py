"""How many of the world's best-known cities each language's own name for them finds, pinned
within 60 km of the city.

    python bench/exonyms.py          # per language: found / asked, and the misses
    python bench/exonyms.py -q       # the counts only

A reader of "Die Delegation reiste nach Rom" or "partis pour Le Cap" means the famous city:
the language's exonym (Rom, Le Cap, L'Aia, Venedig) often names a small namesake elsewhere
too, or is written with an article that merges with a preposition ("au Caire", "all'Aia").
The cities (capitals and the largest or best-known cities of each continent) and their
names in each language are written for this script from general knowledge
(``tests/lang/<lang>/exonyms.py``); each is put in one sentence of a movement written for it.
``tests/extract/test_exonyms.py`` holds each language to its count here minus one.
"""

from __future__ import annotations

import argparse
import math
import sys
from importlib import import_module
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

#: how far from the city a pin may lie
TOLERANCE_KM = 60.0


def _km(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def _pins(geom: dict, lon: float, lat: float) -> bool:
    """Whether a place feature's geometry is the city: a point within :data:`TOLERANCE_KM`,
    or an area no larger than a city's region that holds it (a city-region of the same
    name: Addis Ababa, Beirut's governorate)."""
    from shapely.geometry import Point, shape

    if geom["type"] == "Point":
        return _km(*geom["coordinates"][:2], lon, lat) <= TOLERANCE_KM
    area = shape(geom)
    return area.area < 4.0 and area.contains(Point(lon, lat))  # (square degrees: a region, not a country)


def check(lang: str) -> tuple[int, list[tuple[str, str]]]:
    """(how many of ``lang``'s cases pin the city, the misses as (sentence, what was pinned))."""
    from geo.extract.pipeline import extract

    table = import_module(f"tests.lang.{lang}.exonyms")
    found, misses = 0, []
    for p in table.EXONYMS:
        sentence, lon, lat = p.values
        fc = extract(sentence, "2024-03-01", lang=lang)
        places = [f for f in fc["features"] if f["properties"]["kind"] == "place"]
        near = [f for f in places if _pins(f["geometry"], lon, lat)]
        if near:
            found += 1
        else:
            misses.append((sentence, ", ".join(f["properties"]["name"] for f in places) or "nothing"))
    return found, misses


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-q", "--quiet", action="store_true", help="the counts only")
    args = ap.parse_args()
    from tests.lang import LANGS

    total = asked = 0
    for lang in LANGS:
        try:
            n = len(import_module(f"tests.lang.{lang}.exonyms").EXONYMS)
        except ModuleNotFoundError:
            continue
        found, misses = check(lang)
        total, asked = total + found, asked + n
        print(f"{lang} {found}/{n}")
        if not args.quiet:
            for sentence, got in misses:
                print(f"    MISS {sentence}  -> {got}")
    print(f"TOTAL {total}/{asked}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

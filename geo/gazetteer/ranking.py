"""Choosing among the name index's candidates for the names of one article.

A name the curated gazetteer lacks may mean several GeoNames towns, Natural Earth
countries, first-level regions or continents (its *candidates*). Each candidate is
described by a :class:`CandidateFeatures` record read against the article's *scene* (the
countries, regions and towns it names, a :class:`Scene`); its score is its population's
order of magnitude plus the :data:`WEIGHTS` of the features it has. The best candidate is
then checked by the :data:`REJECTIONS`, named rules that each say why a name is better
left unresolved than forced onto a place. The names are read biggest first, and each
chosen place joins the scene for the names after it.

What the words around a name say (a locative preposition before it, a qualifier after it,
how frequent it is as a word) is read by the mention stage and handed in as a
:class:`Name` and two functions; this module reads no text.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from geo.gazetteer import Place
    from geo.gazetteer.index import Candidate
    from geo.text import Sentence

#: Place kinds that set the scene's countries but are no point to measure a distance from.
_NOT_A_POINT = ("country", "border", "river", "lake", "sea", "region", "continent")

#: What a candidate's score adds to ``log10(population + 1000)`` for each feature it has, in
#: the order they are added. Set by hand when the index came in (f34fa62: the story's
#: countries, distance, alternate names, transliteration guesses) and when regions,
#: continents and qualifiers did (76f8a2a), and kept as they were measured then on the
#: GeoWebNews dev half (``python bench/geoparse.py``: toponym F1 and the share of pins near
#: a gold place); ``bench/same_output.py`` holds them to that output. One unit is a factor
#: of 10 in population: +1.5 lets a town of the story's country beat a foreign one 30 times
#: bigger.
WEIGHTS: dict[str, float] = {
    # a place in a country the article names (or an unambiguous country name it has, or
    # a place already chosen): Tripoli in a story about Libya, not Lebanon
    "in_story_country": 1.5,
    # a region beside regions of the same country already chosen ("the states of South
    # Carolina and Georgia"): enough to beat the country Georgia's +2 below
    "region_beside_regions": 2.0,
    # two or more of the article's names have a candidate in this country (Kherson and
    # Nova Kakhovka: Ukraine), not counting names already placed elsewhere (Scene.settle);
    # less than a country named outright
    "agreed_country": 1.0,
    # a town in a first-level region the article named (a state, a province)
    "in_story_region": 1.5,
    # a town within 3 degrees (about 300 km) of a town already placed
    "near_story_town": 2.0,
    # a country or continent: a name that is a country's is meant as the country more
    # often than as a town of that name (Georgia, Jordan)
    "country_or_continent": 2.0,
    # matched by one of the place's alternate names, not its own
    "alternate_name": -1.0,
    # matched only on the consonant skeleton (a transliteration guess)
    "fuzzy": -2.0,
    # the words after the name name its region or country ("Vienna, Va.", "Tours, France"):
    # the strongest evidence there is, above any population difference of five orders
    "qualified": 5.0,
}

#: A candidate town nearer than this (degrees, longitude scaled by the cosine of its
#: latitude) to a town already placed is ``near_story_town``.
NEAR_DEGREES = 3.0
#: A chosen town nearer than this (plain degrees) to a town already placed is in the story.
IN_STORY_DEGREES = 5.0
#: A town outside the story's countries, for an ambiguous name, needs at least this many
#: people of its own (or a qualifier) to be meant: see :func:`abroad`. Measured (issue 21):
#: GeoWebNews dev half (``python bench/geoparse.py ../shared/geoparsing/gwn-dev/*/``)
#: precision 0.869 -> 0.871, recall 0.859 kept; GeoVirus (``--every 2``) 0.960 / 0.911 kept;
#: dev corpus and dev-val unchanged. At 1,000,000 GeoVirus lost a Scottish city (recall
#: 0.959); a tenfold-dominance exemption instead kept the wrong pin it removes. Then the
#: countries two names merely agree on no longer count as the story's here (the big
#: countries have a namesake of nearly every name): GWN precision 0.871 -> 0.884, GeoVirus
#: 0.911 -> 0.917, dev corpus 0.96 -> 0.97, dev-val 0.96 -> 0.98, every recall kept.
ABROAD_POPULATION = 500_000
#: A town that has a region's other name ("Lisboa", "Lisbonne": the region's own is
#: "Lisbon") is the region's capital, meant by the name, from this many people. Measured
#: (issue 21): letting a town's other name beat the region's own name too sent "New York"
#: (the state) to New York City and "Rio Grande do Sul" to a town: GeoVirus (``--every 2``)
#: 0.960 / 0.918 -> 0.956 / 0.911; as it stands GeoVirus is unchanged.
CAPITAL_POPULATION = 100_000
#: A town just across the border of a country the story names or implies (a country sharing a
#: land border with it, :func:`neighbours`), by its own name, is in the story's area when it
#: has this many people (Kherson in a story that names only Russia; Gaza in one about Egypt) ...
ACROSS_BORDER_POPULATION = 100_000
#: ... or when it lies within this many degrees (about 150 km) of that country's outline and
#: the words place it (a preposition, a marker of where a move ends: refugees from Sudan who
#: fled to a town in Chad). See :func:`across_the_border` for the measurement.
ACROSS_BORDER_DEGREES = 1.5
#: A first-level region named after its seat makes the seat known beyond the story (:func:`_names_its_region`)
#: when the region has this many people (the sum of its towns' in the index)
SEAT_REGION_POPULATION = 100_000
#: the table of countries sharing a land border (``scripts/build_neighbours.py``)
NEIGHBOURS_TABLE = Path(__file__).resolve().parent.parent / "data" / "derived" / "neighbours.tsv"
#: A word at least this frequent (Zipf) needs evidence to be a place ...
FREQUENT_ZIPF = 3.0
#: ... unless the place has more than 10 ** (zipf + POP_MARGIN) inhabitants.
POP_MARGIN = 1.0


@lru_cache(maxsize=1)
def neighbours() -> Mapping[str, frozenset[str]]:
    """For each country (ISO-2), the countries it shares a land border with (Natural Earth's
    outlines, ``scripts/build_neighbours.py``; none for a country the table lacks)."""
    out: dict[str, frozenset[str]] = {}
    for line in NEIGHBOURS_TABLE.read_text(encoding="utf-8").splitlines():
        iso, _, others = line.partition("\t")
        out[iso] = frozenset(others.split())
    return out


class TownGrid:
    """The towns placed so far, in cells of :attr:`CELL` degrees: "is there one within d of
    (lon, lat)" reads the few cells around it, not every town (the distance test was a loop
    over all the article's towns for every candidate: quadratic in the text's length).
    The answer is the loop's: each town in the cells is measured with the same formula,
    and the cells read cover every town that can be that near."""

    CELL = 5.0

    def __init__(self, points: Iterable[tuple[float, float]] = ()):
        # each cell's towns once (a long text names the same towns again and again)
        self._cells: dict[tuple[int, int], dict[tuple[float, float], None]] = {}
        for x, y in points:
            self.add(x, y)

    def __bool__(self) -> bool:
        return bool(self._cells)

    def _cell(self, x: float, y: float) -> tuple[int, int]:
        return math.floor(x / self.CELL), math.floor(y / self.CELL)

    def add(self, x: float, y: float) -> None:
        self._cells.setdefault(self._cell(x, y), {})[(x, y)] = None

    def _near(self, x: float, y: float, reach_x: float, reach_y: float) -> Iterable[tuple[float, float]]:
        """The towns in the cells that meet the box ``x ± reach_x``, ``y ± reach_y`` (and one
        cell more each way, so a town on a cell's edge is never missed)."""
        (cx0, cy0), (cx1, cy1) = self._cell(x - reach_x, y - reach_y), self._cell(x + reach_x, y + reach_y)
        if (cx1 - cx0 + 3) * (cy1 - cy0 + 3) >= len(self._cells):
            return (p for pts in self._cells.values() for p in pts)
        return (p for cx in range(cx0 - 1, cx1 + 2) for cy in range(cy0 - 1, cy1 + 2) for p in self._cells.get((cx, cy), ()))

    def any_within_scaled(self, lon: float, lat: float, d: float) -> bool:
        """Whether a town lies nearer than ``d`` degrees, the longitude difference scaled by
        the cosine of ``lat`` (the ``near_story_town`` test)."""
        k = math.cos(math.radians(lat))
        reach_x = d / abs(k) if abs(k) > d / 360 else 360.0  # near a pole every longitude is near
        return any(math.hypot((lon - x) * k, lat - y) < d for x, y in self._near(lon, lat, reach_x, d))

    def any_within(self, lon: float, lat: float, d: float) -> bool:
        """Whether a town lies nearer than ``d`` plain degrees."""
        return any(math.hypot(lon - x, lat - y) < d for x, y in self._near(lon, lat, d, d))


@dataclass
class Scene:
    """What the article has established so far: its countries (ISO-2), its first-level
    regions, the countries of the regions chosen, the countries two names agree on, its
    towns. Grows as names are chosen."""

    countries: set[str] = field(default_factory=set)
    regions: set[tuple[str, str]] = field(default_factory=set)
    region_countries: set[str] = field(default_factory=set)
    agreed: frozenset[str] = frozenset()
    towns: TownGrid = field(default_factory=TownGrid)
    #: the countries the article's demonyms imply ("soudanais", "sudanesi"): a candidate there
    #: is in the story's country, but they set no story for the rules that need one named
    #: (``abroad``, ``unplaced_guess``)
    implied: frozenset[str] = frozenset()
    #: for each country, the keys of the names not yet read that have a candidate there, and
    #: of those read whose place lies there: ``agreed`` is the countries two of them share
    votes: dict[str, set[str]] = field(default_factory=dict)
    #: how far (degrees) a point (lon, lat) lies from the outline of a country (ISO-2); set by
    #: the mention stage from the index's outlines (none known: infinitely far)
    border_distance: Callable[[float, float, str], float] = lambda lon, lat, iso: math.inf

    @classmethod
    def of(cls, places: Iterable[Place], iso2_of: Callable[[Place], str | None], names: list[Name]) -> Scene:
        """The scene the curated ``places`` (the article's, already resolved) and the
        unambiguous names set: their countries, and the points of their towns."""
        scene = cls()
        for p in places:
            iso = iso2_of(p)
            if iso:
                scene.countries.add(iso)
            if p.kind not in _NOT_A_POINT:
                centre = p.geometry.centroid
                scene.towns.add(centre.x, centre.y)
        # unambiguous country mentions set the scene for the rest
        for n in names:
            if len(n.candidates) == 1 and n.candidates[0].source == "country":
                scene.countries.add(n.candidates[0].country)
        # names that agree on a country support each other (Kherson and Nova Kakhovka: Ukraine)
        for n in names:
            for c in n.candidates:
                scene.votes.setdefault(c.country, set()).add(n.key)
        scene.agreed = frozenset(country for country, keys in scene.votes.items() if len(keys) >= 2)
        return scene

    def settle(self, key: str, country: str | None) -> None:
        """The name ``key`` was read: placed in ``country``, or left unresolved (None). Its
        namesakes elsewhere no longer vote ("Niger" read as the country Niger is no vote for
        Nigeria, where a state has the name): a country stays agreed on only while two names
        still may lie, or lie, there. Measured (issue 21, wrong-country pins): GeoWebNews dev
        half 0.907 / 0.901 -> 0.907 / 0.912, GeoVirus (``--every 2``) 0.979 / 0.940 -> 0.979 /
        0.945, toponym acc161 0.971 -> 0.976, dev-corpus pins not in gold in a country the
        article never names (``bench/wrong_country.py``) 2 -> 0, dev-val 2 -> 1 and its TOTAL
        precision 0.98 -> 0.99, every recall kept."""
        if not self.votes:
            return
        for c, keys in self.votes.items():
            if c != country:
                keys.discard(key)
        self.agreed = frozenset(c for c, keys in self.votes.items() if len(keys) >= 2)

    def in_story(self, c: Candidate, qualified: bool, agreed: bool = True) -> bool:
        """Whether the article's countries, regions, towns or a qualifier place ``c`` in the
        story (with ``agreed``: or two of its names agree on ``c``'s country)."""
        return (
            c.country in self.countries or c.country in self.implied or (agreed and c.country in self.agreed) or qualified
            or (c.country, c.admin1) in self.regions
            or bool(self.towns and self.towns.any_within(c.lon, c.lat, IN_STORY_DEGREES))
        )

    def across_border(self, c: Candidate) -> float | None:
        """How far (degrees) ``c`` lies from the nearest country of the story (named or
        implied) whose neighbour its country is; None when its country is of the story or
        borders none of its countries."""
        story = self.countries | self.implied
        if c.country in story:
            return None
        bordered = [iso for iso in story if c.country in neighbours().get(iso, ())]
        return min((self.border_distance(c.lon, c.lat, iso) for iso in bordered), default=None)

    def off_shore(self, c: Candidate) -> float | None:
        """How far (degrees) ``c`` lies from the nearest country of the story (named or implied)
        that is not its own, whether or not the two share a land border (a strait, a channel:
        Dover from France); None when its country is of the story or the story has none."""
        story = self.countries | self.implied
        if not story or c.country in story:
            return None
        return min(self.border_distance(c.lon, c.lat, iso) for iso in story)

    def choose(self, c: Candidate) -> None:
        """``c`` was chosen: its country, region or point joins the scene."""
        if c.source == "country":
            self.countries.add(c.country)
        elif c.source in ("region", "county"):
            self.countries.add(c.country)
            self.regions.add((c.country, c.admin1))
            self.region_countries.add(c.country)
        elif c.source == "geonames":
            self.towns.add(c.lon, c.lat)


def _qualifies(c: Candidate, quals: set[tuple[str, str]]) -> bool:
    """Whether ``c`` lies in a region or country a qualifier after its name names."""
    return (c.country, c.admin1) in quals or (c.country, "") in quals


@dataclass(frozen=True)
class CandidateFeatures:
    """What counts for or against one candidate, in the scene at the time (see :data:`WEIGHTS`)."""

    population: int
    in_story_country: bool
    region_beside_regions: bool
    agreed_country: bool
    in_story_region: bool
    near_story_town: bool
    country_or_continent: bool
    alternate_name: bool
    fuzzy: bool
    qualified: bool

    @classmethod
    def of(cls, c: Candidate, scene: Scene, quals: set[tuple[str, str]]) -> CandidateFeatures:
        f: CandidateFeatures = _new(cls)  # (the fields set at once, not one object.__setattr__ each)
        _set(f, "__dict__", _features(c, scene, quals))
        return f

    def score(self) -> float:
        return _weighed(vars(self))


_new = object.__new__
_set = object.__setattr__


def _features(c: Candidate, scene: Scene, quals: set[tuple[str, str]]) -> dict[str, Any]:
    """The fields of :meth:`CandidateFeatures.of`, in order."""
    beside = c.source == "region" and c.country in scene.region_countries
    town = c.source == "geonames"
    return {
        "population": c.population,
        "in_story_country": c.country in scene.countries or c.country in scene.implied,
        "region_beside_regions": beside,
        "agreed_country": not beside and c.country in scene.agreed,
        "in_story_region": c.source in ("geonames", "county") and (c.country, c.admin1) in scene.regions,
        "near_story_town": bool(scene.towns) and town and scene.towns.any_within_scaled(c.lon, c.lat, NEAR_DEGREES),
        "country_or_continent": c.source in ("country", "continent"),
        "alternate_name": not c.own,
        "fuzzy": c.fuzzy,
        "qualified": _qualifies(c, quals),
    }


def _weighed(features: Mapping[str, Any]) -> float:
    """A candidate's score from its features: the log of its population, plus each weight of
    :data:`WEIGHTS` whose feature holds, added in that order."""
    s = math.log10(features["population"] + 1000)
    for name, weight in WEIGHTS.items():
        if features[name]:
            s += weight
    return s


def _score(c: Candidate, scene: Scene, quals: set[tuple[str, str]]) -> float:
    """``CandidateFeatures.of(c, scene, quals).score()``, without making the object (asked for
    every candidate of every name)."""
    return _weighed(_features(c, scene, quals))


@dataclass(frozen=True)
class Name:
    """A name of the article that only the index knows, with what the words say of it."""

    sentence: Sentence
    start: int
    end: int
    candidates: tuple[Candidate, ...]
    duplicate: bool
    #: the name as written
    written: str
    #: the name folded (two names with the same key are one name)
    key: str
    #: how frequent the name is as a word of the language (Zipf; a phrase's minus one)
    zipf: float
    #: a region noun goes with the name ("the Kiev region", "région de Kiev"): the region is meant
    region_named: bool = False
    #: the name is the article's dateline ("MIAMI, Sept. 9 (AP) -"): where the report is filed
    dateline: bool = False
    #: a facility noun heads the name ("the X camp", "le camp de X", "Flughafen X"): the name is that of
    #: the place the facility stands in
    facility: bool = False
    #: the name is the first word of its sentence, where a capital says nothing of a name
    opening: bool = False


@dataclass(frozen=True)
class Choice:
    """The candidate chosen for a name, its confidence, and the next three."""

    name: Name
    best: Candidate
    confidence: float
    runners_up: tuple[Candidate, ...]


@dataclass(frozen=True)
class Evidence:
    """What the words around a name say, read by the mention stage: ``qualifiers(name,
    countries)`` the (country, region) pairs a qualifier after it allows; ``placed(name)``
    whether a preposition before it or a qualifier after it makes it a place; ``surnames``
    the keys of words the article uses as a person's or body's short name."""

    qualifiers: Callable[[Name, frozenset[str]], set[tuple[str, str]]]
    placed: Callable[[Name], bool]
    surnames: frozenset[str] = frozenset()
    #: how many names the gazetteer has for a candidate (its own and alternate names in all languages)
    name_count: Callable[[Candidate], int] = lambda c: 0
    #: a marker of where a move starts or ends (weak ones too) stands right before the name in a sentence of motion
    marked: Callable[[Name], bool] = lambda n: False
    #: what follows the name like a qualifier is the next item of a list ("Saipan, Guam, Alaska")
    listed: Callable[[Name], bool] = lambda n: False
    #: a verb of motion whose direct object is a place has the name as its object ("left Izium")
    object_of_motion: Callable[[Name], bool] = lambda n: False
    #: the first-level regions of a town's country called by one of the town's names (the index's
    #: ``namesake_regions``: the region Kherson for the town the text calls "Cherson" or "Jersón")
    namesake_regions: Callable[[Candidate], tuple[Candidate, ...]] = lambda c: ()


@dataclass(frozen=True)
class _Best:
    """The best candidate of a name, with what the rejections read."""

    name: Name
    best: Candidate
    quals: set[tuple[str, str]]
    big: bool
    in_story: bool
    evidence: Evidence
    scene: Scene


def against_its_qualifier(b: _Best) -> str | None:
    """The words after a name name where it lies ("Suffolk, England", "Fife, Scotland",
    "Guildford, Surrey, UK"): when the best candidate, a town, does not lie there nor in a
    country the story has named, none does (a qualified candidate outranks any other,
    :data:`WEIGHTS`): the gazetteer lacks the place meant, and its namesake abroad is not
    pinned. Only towns, and not in a list: "Laos, Cambodia and Thailand", "Saipan, Guam,
    Alaska" read like a name and its qualifier (``Evidence.listed``). Measured (issue 21):
    GeoWebNews dev half (``bench/geoparse.py``) 0.907 / 0.912 -> 0.907 / 0.917; GeoVirus, all
    229, 0.974 / 0.943 -> 0.974 / 0.950 (``--every 2``: 0.979 / 0.945 -> 0.979 / 0.954); GWN
    toponyms rec_p 0.889 -> 0.891, e2e161 0.822 kept; dev corpus and dev-val TOTAL unchanged.
    GeoVirus's points in a country its article never names: 32 -> 19, those gold lacks 16 -> 3."""
    if b.quals and b.best.source == "geonames" and b.best.country not in b.scene.countries and not _qualifies(b.best, b.quals) \
            and not b.evidence.listed(b.name):
        return "not in the region or country the words after it name"
    return None


def surname(b: _Best) -> str | None:
    """'Mayor Jo Boston said ...': one word the article used as the last of a person's or
    body's longer name stands for them, unless a preposition puts a big town there by its
    own name ('... flew to Boston')."""
    n = b.name
    if not b.big and " " not in n.written and n.key in b.evidence.surnames and not (
        b.best.own and b.best.population >= 100_000 and b.evidence.placed(n)
    ):
        return "the short form of a person's or body's name used earlier"
    return None


def frequent_word(b: _Best) -> str | None:
    """'Four', 'Park', 'Maybe': a frequent word of the language needs a qualifier or a
    preposition (not for a continent), unless the place is big enough to be meant."""
    n = b.name
    if n.zipf >= FREQUENT_ZIPF and not b.quals and (b.best.population < 10 ** (n.zipf + POP_MARGIN) or _opening_other_name(b)) and not (
        b.evidence.placed(n) and b.best.source != "continent"
    ):
        return "a frequent word with nothing saying it is a place"
    return None


def _opening_other_name(b: _Best) -> bool:
    """Whether a frequent word opening its sentence (not a dateline) matched one of a town's other
    names, not its own, outside the story's area: its capital is the sentence's, and the town's
    population is no sign it is meant (a gerund opening a sentence is a transliteration of a
    Chinese city's name, "Pensi" one of Benxi's). Measured (issue 21): GeoWebNews dev half
    (``bench/geoparse.py``) 0.912 / 0.919 -> 0.912 / 0.922; toponyms rec_p 0.899 -> 0.900; GWN+GeoVirus
    pins gold lacks in a country the article never names 12 -> 11; GeoVirus, dev-corpus and dev-val
    TOTAL unchanged. Without "outside the story's area" or "towns only" it cost GWN a gold place
    and dev-corpus two pins (countries by another name, "Britain", "Estados Unidos"). The cost: a
    German exonym opening a sentence of a story with no place yet ("Mailand war ...") is left out."""
    return b.name.opening and not b.name.dateline and not b.best.own and b.best.source == "geonames" and not b.in_story


#: a town the gazetteer has this many names for (its own and alternate names in all languages
#: and scripts) is known the world over whatever its population (Venice, Timbuktu, Valletta,
#: Jericho: 51 to 58 names; a US or European town of 20,000 people has 10 to 20)
KNOWN_NAMES = 40


#: the reasons that leave a name of a place the gazetteer knows unresolved for the story it is in
SMALL_AND_FAR = "a small place far from the story"
NAMESAKE_ABROAD = "a namesake abroad: no candidate in the story's countries"


def small_and_far(b: _Best) -> str | None:
    """A town under 100,000 people in no country, region or neighbourhood of the story is
    not forced onto a wrong match, unless it names its region or is known the world over (:data:`KNOWN_NAMES`)
    and no namesake abroad comes near it (the candidates in other countries have fewer than
    half its names; its own region, named after it, is no rival), or lies just across the
    border of a country of the story (:func:`across_the_border`)."""
    if not _in_story_area(b) and b.best.population < 100_000 and not b.big and not _known_the_world_over(b) \
            and not _names_its_region(b) and not _alone_and_placed(b) and not across_the_border(b):
        return SMALL_AND_FAR
    return None


def _in_story_area(b: _Best) -> bool:
    """Whether the best candidate lies in the story's area (:meth:`Scene.in_story`). When the
    story has named or implied a country, two names merely agreeing on another one do not put a
    town there (the big countries have a small namesake of nearly every word: two composers'
    surnames are two villages of one country), unless a marker of where a move starts or ends, or
    a verb of motion, places the name by the town's own name; with no country named, agreement
    is all the story has. Measured (issue 21): GeoWebNews
    dev half (``bench/geoparse.py``) 0.912 / 0.910 -> 0.912 / 0.919; GeoVirus (``--every 2``)
    0.986 / 0.956 -> 0.986 / 0.957; toponyms overlap F1 0.863 -> 0.868 (rec_p 0.888 -> 0.899);
    GWN+GeoVirus pins gold lacks in a country the article never names (``bench/wrong_country.py
    --cases``) 17 -> 12; dev-corpus and dev-val TOTAL unchanged. Without the placed-by-its-own-name
    exception a town a story of migrants reached lost its pin (dev-corpus places 326 -> 325). Then
    a plain preposition no longer placed it ("on the shore of X Lagoon": the lagoon, not a namesake
    town abroad): GeoWebNews 0.912 / 0.924 -> 0.912 / 0.926, toponyms acc161 0.976 -> 0.981, e2e161
    0.825 kept, overlap F1 0.869 -> 0.867 (names pinned to a wrong town left out: n_pred 1066 -> 1061), wrong-country
    pins gold lacks 10 -> 9; GeoVirus, dev-corpus and dev-val TOTAL unchanged."""
    scene = b.scene
    if not (scene.countries or scene.implied) or (b.best.own and (b.evidence.marked(b.name) or b.evidence.object_of_motion(b.name))):
        return b.in_story
    return scene.in_story(b.best, bool(b.quals), agreed=False)


#: a name read before the story has set anything, which a preposition places, means its biggest
#: place when that place has this many times the people of every other (see :func:`_alone_and_placed`)
ALONE_DOMINANCE = 2


def _alone_and_placed(b: _Best) -> bool:
    """Whether the story has set no country, region or town yet and the name, which a preposition places
    ("sbarcati a Lampedusa"), has one place in the whole index, or one that has
    :data:`ALONE_DOMINANCE` times the people of each other (Calais, 74,000, and a village in
    Maine): nothing it could be confused with, nowhere else the story could be. Two near equals
    (Dover in England and in Delaware) stay rejected: a coin toss. Measured: sparing the biggest
    placed candidate whatever the others left GWN dev, GeoVirus (``--every 2``), toponyms,
    wrong-country pins, dev-corpus and dev-val TOTAL unchanged; this spares a subset of those."""
    scene = b.scene
    return not (scene.countries or scene.implied or scene.regions or scene.towns) \
        and all(c.id == b.best.id or c.population * ALONE_DOMINANCE <= b.best.population for c in b.name.candidates) \
        and b.evidence.placed(b.name)


def across_the_border(b: _Best) -> bool:
    """Whether the best candidate, a town in a country bordering one the story names or implies
    (:meth:`Scene.across_border`), is in the story's area all the same: a city of
    :data:`ACROSS_BORDER_POPULATION` by its own name, the seat its region is named after
    (Kherson in a story that names only Russia), or a town within :data:`ACROSS_BORDER_DEGREES`
    of that country that the words place (refugees from Sudan who fled to a town in Chad; "left
    Izium", the town's other spelling). War, border and refugee reports name one country and
    the towns just across its border. Not a weight: the story's neighbours raise no candidate
    above another (over the three public corpora, no rejected name whose best candidate lay
    elsewhere had its candidate in a neighbour country near gold); they only spare the best one
    :func:`small_and_far` and :func:`abroad`.
    Measured (issue 21): of the names those two rules left unresolved whose best candidate lies
    in a neighbour country, 1 of 12 was right (dev-corpus 0 of 2, GeoWebNews dev 0 of 1,
    GeoVirus 1 of 9: a city of 410,000 by its own name, in an Egypt story); no other was a town
    of 100,000 by its own name or a region's seat, and the placed ones lay 7 to 16 degrees from
    the border. Unplaced towns near the border stay rejected (a person's first name as a border
    town's other name; a weather word as a village on the border).
    The town near the outline need not be in a land neighbour: a short crossing from a country
    of the story (:meth:`Scene.off_shore`: Dover or Calais in a story about the other side of
    the Channel, Lampedusa from Tunisia) is as near, when the words place it. Measured: GWN
    dev, GeoVirus (``--every 2``), toponyms, wrong-country pins, dev-corpus and dev-val TOTAL
    unchanged."""
    best = b.best
    if best.source != "geonames" or best.fuzzy:
        return False
    far = b.scene.across_border(best)
    if far is not None and ((best.own and best.population >= ACROSS_BORDER_POPULATION) or _names_its_region(b)):
        return True
    near = b.scene.off_shore(best)
    return near is not None and near <= ACROSS_BORDER_DEGREES and _worded_place(b)


def _names_its_region(b: _Best) -> bool:
    """Whether the town is the seat its first-level region is named after (Kherson, Mykolaiv,
    Chernihiv: the region of that name among the candidates holds the town), also when the text
    calls the town by another of its names, one the region lacks (German "Cherson", Spanish
    "Jersón": the region holding the town is called by one of the town's names), where the words
    place it (a preposition, a marker of a move's start or end, the object of a verb of motion):
    unplaced, another name is too easily something else (a virus named after a town's old name,
    "Level-4" as a village). Measured: without that condition GeoVirus (``--every 2``)
    precision 0.956 -> 0.953 and its wrong-country pins 17 -> 19 (those two); with it unchanged.
    The region must have :data:`SEAT_REGION_POPULATION` people: where every municipality is a
    first-level region (Slovenia), a village of a thousand names one of two thousand, which makes
    it no better known (a TV station's name as such a village in a story about another country).
    Measured: GeoWebNews dev half 0.912 / 0.922 -> 0.912 / 0.924, toponyms rec_p 0.900 -> 0.902,
    GWN+GeoVirus pins gold lacks in a country the article never names 11 -> 10; GeoVirus, dev-corpus
    and dev-val TOTAL unchanged."""
    best = b.best
    if best.source != "geonames":
        return False
    return any(c.source == "region" and c.country == best.country and c.admin1 == best.admin1 and c.population >= SEAT_REGION_POPULATION
               for c in b.name.candidates) \
        or (not best.own and _worded_place(b) and any(r.admin1 == best.admin1 for r in b.evidence.namesake_regions(best)))


def _worded_place(b: _Best) -> bool:
    """Whether a preposition, a marker of where a move starts or ends, or a verb of motion whose
    object it is places the name."""
    ev, n = b.evidence, b.name
    return ev.placed(n) or ev.marked(n) or ev.object_of_motion(n)


def _known_the_world_over(b: _Best) -> bool:
    count = b.evidence.name_count
    n = count(b.best)
    if n < KNOWN_NAMES or b.best.fuzzy:
        return False
    return all(count(c) * 2 < n for c in b.name.candidates if c.country != b.best.country)


#: a three-letter town of the story's area a preposition places needs this many people ("relogées à Say")
PLACED_THREE_LETTERS = 5_000


def three_letters(b: _Best) -> str | None:
    """Three letters (Gao, Hit) are too easily something else: only a town of 20,000 people
    by its own name in the story's area, a country written in capitals (USA), or, where a
    preposition places the name, a country ("para o Irã") or a city of half a million by its
    own name in a language (German "nach Rom": the CLDR's, ``scripts/build_exonyms.py``)."""
    n, best = b.name, b.best
    if n.end - n.start <= 3 and not (b.in_story and best.own and best.population >= 20_000) and not (b.big and n.written.isupper()) \
            and not (_placed_big(b) and b.evidence.placed(n)) \
            and not (b.in_story and best.own and best.population >= PLACED_THREE_LETTERS and b.evidence.placed(n)):
        return "three letters, too easily something else"
    return None


def _placed_big(b: _Best) -> bool:
    """Whether the best candidate is a country, or a city of :data:`ABROAD_POPULATION` by its own name."""
    return b.best.source == "country" or (b.best.own and b.best.source == "geonames" and b.best.population >= ABROAD_POPULATION)


def unplaced_guess(b: _Best) -> str | None:
    """A transliteration guess is trusted only inside the story's countries where the words
    place it (a preposition, a qualifier): a person's two names share their consonants with
    some village."""
    if b.best.fuzzy and (b.best.country not in b.scene.countries or not (b.quals or b.evidence.placed(b.name))):
        return "a transliteration guess the story does not place"
    return None


#: how alike a transliteration guess and the name written must be (difflib's ratio of the
#: folded names): kept at or above the first figure; at or above the second when both start
#: with a letter of one sound class. Measured on variants (Deir Ezzor / Deir ez-Zor 0.95,
#: Dayr az Zawr / Deir ez-Zor 0.61, Isjum / Izium 0.60, Tchernihiv / Chernihiv 0.95) against
#: the guesses GeoWebNews's dev half pinned abroad (a district "Eastern X" as a "Southern Y"
#: 0.60, a person's two names as a village 0.48, a newspaper as a hamlet 0.52)
GUESS_ALIKE = (0.8, 0.55)
#: the sound classes of a name's first letter (any vowel, h, w and y are one class: the
#: consonant skeleton drops them)
_INITIAL_CLASSES = ("aeiouyhw", "ckqgx", "dj", "sz", "bp", "fv")


def _initial_class(name: str) -> str:
    words = name.split()
    if len(words) > 1 and words[0] in ("al", "el"):
        name = " ".join(words[1:])
    first = next((ch for ch in name if ch.isalpha()), "")
    return next((c for c in _INITIAL_CLASSES if first and first in c), first)


def unlike_guess(b: _Best) -> str | None:
    """A transliteration guess (the consonant skeletons agree) must still look like the
    name written: alike enough (:data:`GUESS_ALIKE`), and starting with a letter of the same
    sound class unless very alike ("Eastern X" is no "Southern Y")."""
    if not b.best.fuzzy:
        return None
    from difflib import SequenceMatcher

    from geo.text import fold

    written, name = " ".join(b.name.key.replace("-", " ").split()), " ".join(fold(b.best.name).replace("-", " ").split())
    ratio = SequenceMatcher(None, written, name).ratio()
    if ratio >= GUESS_ALIKE[0] or (ratio >= GUESS_ALIKE[1] and _initial_class(written) == _initial_class(name)):
        return None
    return "a transliteration guess unlike the name written"


def abroad(b: _Best) -> str | None:
    """A name several countries have a place of, whose best candidate lies outside the
    countries, regions and neighbourhood the story has set, is not pinned abroad: only a
    qualifier or a town of its own big population (a city of half a million) is evidence
    enough; two names agreeing on its country are not. The Duma of a story about Moscow's parliament is no Syrian town.
    A town that the name calls by one of its *other* names (a person's first name that is an
    old name of a city, a unit named like a city's exonym), in no country, region or
    neighbourhood of the story nor in a country two of its names agree on, needs a
    qualifier, or a preposition placing a city of half a million ("basé à Londres"), even
    as the name's only candidate. A town just across the border of a country of the story
    (:func:`across_the_border`) is not abroad, nor a town known the world over that the words
    place (:func:`_known_and_placed`). Measured (issue 21, wrong-country pins): GeoWebNews dev
    half 0.907 / 0.899 -> 0.907 / 0.901, GeoVirus (``--every 2``) 0.979 / 0.939 -> 0.979 /
    0.940, dev-corpus pins not in gold in a country the article never names
    (``bench/wrong_country.py``) 3 -> 2, dev-val TOTAL unchanged; counting two names'
    agreement as no story here (as for a shared name), or asking every other name abroad
    for a preposition, cost dev-val a place (place recall 0.94 -> 0.93)."""
    if not b.scene.countries or b.big or b.quals or b.scene.in_story(b.best, False, agreed=False) or across_the_border(b) \
            or _known_and_placed(b):
        return None
    shared = len({c.country for c in b.name.candidates}) > 1 and b.best.population < ABROAD_POPULATION
    other_name = not b.best.own and not b.in_story and not (
        (b.evidence.placed(b.name) or b.evidence.marked(b.name)) and b.best.population >= ABROAD_POPULATION)
    if shared or other_name:
        return NAMESAKE_ABROAD
    return None


def _known_and_placed(b: _Best) -> bool:
    """Whether the best candidate is known the world over (:func:`_known_the_world_over`: a
    capital of 350,000 people with fifty names, its namesakes villages with a handful) and a
    preposition or a marker of where a move starts or ends places the name ("flew on to Doha"
    in a story about Afghanistan), as :func:`small_and_far` spares it; by its own name only (a
    person's first name that is an old name of a famous city, read as placed in a list, stays
    abroad: ``tests/gazetteer/test_places_from_the_index.py``)."""
    return b.best.own and _known_the_world_over(b) and (b.evidence.placed(b.name) or b.evidence.marked(b.name))


#: The rules that leave a name unresolved, in the order they are asked; each returns its reason.
REJECTIONS: tuple[Callable[[_Best], str | None], ...] = (against_its_qualifier, surname, frequent_word, small_and_far, abroad, three_letters, unplaced_guess,
                                                       unlike_guess)
#: The rejections a dateline does not answer to: the city a report is filed from is named
#: for readers the world over ("MIAMI, Sept. 9 -", "GENEVA (Reuters) -"), whatever country the
#: story is about; it is read first (:func:`rank_names`), and its country sets the scene.
DATELINE_KEEPS: tuple[Callable[[_Best], str | None], ...] = (small_and_far, abroad)


def _ranked(n: Name, scene: Scene, quals: set[tuple[str, str]]) -> list[tuple[float, Candidate]]:
    """The candidates of ``n`` by score, best first; a region named after its capital
    (Kherson) gives way to the town, and so does a region the name calls by another of its
    names when a city of the region has that name too (Lisboa, Lisbonne; not New York, the
    state's own name, New York City's other one), and a region that a city of that name
    outnumbers (Kiev: the city of three million, not its oblast) or, called by its own name,
    holds most of the people of (Lima: 7.7 of the 8.3 million its region counts) or whose
    people all live in it
    (a region's population is the sum of its towns': the governorate of Beirut is the city, and
    French "Beyrouth" its own name, the city's other one); a region noun with the name
    ("Kyiv Oblast") puts the region before a town; a demonym keeps only demonym readings."""
    scored = sorted(((_score(c, scene, quals), c) for c in n.candidates), key=lambda x: (-x[0], x[1].id))
    best = scored[0][1]
    if best.source == "region" and not n.region_named:
        towns = [(sc, c) for sc, c in scored if c.source == "geonames" and c.country == best.country
                 and (c.admin1 == best.admin1 and (c.own or not best.own and c.population >= CAPITAL_POPULATION)
                      or c.population >= best.population or (c.own and 2 * c.population > best.population))]
        if towns:
            scored = [towns[0]] + [x for x in scored if x is not towns[0]]
    elif n.region_named and best.source == "geonames":
        # a region noun goes with the name ("Kyiv Oblast"): the region of that name, not its town
        regions = [(sc, c) for sc, c in scored if c.source in ("region", "county")]
        if regions:
            scored = [regions[0]] + [x for x in scored if x is not regions[0]]
    if n.facility:
        scored = _facility_first(n, scene, quals, scored)
    if scored[0][1].demonym:
        scored = [(sc, c) for sc, c in scored if c.demonym]
    return scored


def _facility_first(n: Name, scene: Scene, quals: set[tuple[str, str]], scored: list[tuple[float, Candidate]]) -> list[tuple[float, Candidate]]:
    """A facility stands in the place whose name it has, called by that place's own name: for a
    name a facility noun heads ("the X camp", "le camp de X"), a town the name calls by one of its
    other names, outside the story, gives way to a town of that very name (a camp named after a
    village, not the far city one of whose old names it is), which the rejections then read; a
    short form of the town's own name ("Frankfurt" of Frankfurt am Main) is its own."""
    from geo.text import fold

    best = scored[0][1]
    if best.source != "geonames" or best.own or fold(best.name).startswith(n.key) or scene.in_story(best, bool(quals)):
        return scored
    own = next((x for x in scored if x[1].source == "geonames" and x[1].own), None)
    return scored if own is None else [own] + [x for x in scored if x is not own]


def rank(names: list[Name], scene: Scene, evidence: Evidence) -> list[tuple[Choice | None, str]]:
    """For each name (biggest candidate population first): its :class:`Choice`, or None
    with the reason a :data:`REJECTIONS` rule gave. Chosen places join ``scene``."""
    return [(choice, reason) for _, choice, reason in rank_names(names, scene, evidence)]


def _said_once(names: list[Name], scene: Scene, evidence: Evidence) -> dict[str, set[tuple[str, str]]]:
    """Where the article said once that a name lies ("a farm near Guildford, Surrey, UK" ...
    "a Surrey farm"): the qualifiers of one mention of each name, lent to its mentions
    written without one. A name qualified twice differently lends nothing."""
    said: dict[str, set[tuple[str, str]]] = {}
    twice: set[str] = set()
    for n in names:
        if q := evidence.qualifiers(n, frozenset(scene.countries)):
            if said.setdefault(n.key, q) != q:
                twice.add(n.key)
    return {k: q for k, q in said.items() if k not in twice}


def rank_names(names: list[Name], scene: Scene, evidence: Evidence) -> list[tuple[Name, Choice | None, str]]:
    """:func:`rank`, each answer with its name (a rejected name has no :class:`Choice` to
    carry it, and its reason reaches ``geo.unresolved``)."""
    out: list[tuple[Name, Choice | None, str]] = []
    said = _said_once(names, scene, evidence)
    # (the dateline first: the place a report is filed from sets the scene its other names are read in)
    for n in sorted(names, key=lambda n: (not n.dateline, -max(c.population for c in n.candidates))):
        quals = evidence.qualifiers(n, frozenset(scene.countries)) or said.get(n.key, set())
        scored = _ranked(n, scene, quals)
        best_score, best = scored[0]
        big = best.source in ("country", "region", "county", "continent")
        b = _Best(n, best, quals, big, scene.in_story(best, bool(quals)), evidence, scene)
        reason = next((r for rule in REJECTIONS if not (n.dateline and rule in DATELINE_KEEPS) and (r := rule(b))), None)
        if reason is not None:
            out.append((n, None, reason))
            scene.settle(n.key, None)
            continue
        total = sum(math.exp(sc - best_score) for sc, _ in scored)
        confidence = round(1 / total, 2)
        if best.fuzzy:
            confidence = round(confidence * 0.7, 2)
        out.append((n, Choice(n, best, confidence, tuple(c for _, c in scored[1:4])), ""))
        scene.choose(best)
        scene.settle(n.key, best.country)
    return out

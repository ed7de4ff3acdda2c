"""The layout of geo's GeoJSON, in one place: the properties of each kind of feature and
the collection's ``geo`` member, as ``TypedDict``s.

:mod:`geo.features` builds its features as these types (mypy checks every key and value
it writes); ``scripts/build_schema.py`` publishes them as JSON Schema in
``docs/schema/events.schema.json`` for other tools (``tests/test_schema.py`` checks the file is
current and that real extractions pass it). Names with a hyphen (simplestyle's
``marker-color``) or that are Python keywords (``from``) are declared the functional way.
"""

# no ``from __future__ import annotations`` here: the TypedDicts' required keys (NotRequired)
# are read at run time from real annotations (scripts/build_schema.py)
from typing import Any, Literal, NotRequired, TypedDict

#: What a feature is: ``properties.kind``.
FeatureKind = Literal["place", "movement", "event"]
#: What a claim is.
ClaimKind = Literal["movement", "event"]
#: A claim's status: as the article reports it, denied by someone, confirmed, refuted (by hand).
ClaimStatus = Literal["claimed", "disputed", "confirmed", "refuted"]
#: How the text puts a movement that it does not state as done (``properties.modality``; a
#: movement stated as done has none): planned or ordered (it counts as claimed, drawn as one),
#: possible ("could", "may") or demanded ("must", "called on X to", "urged"), drawn dashed.
#: A move the text says did not happen ("did not leave", "were prevented from reaching") is
#: no movement at all: it is listed in ``geo.unmapped`` with the reason.
Modality = Literal["planned", "ordered", "possible", "demanded"]
#: the modalities drawn dashed: what the text puts forward as possible or asked for, not as done
TENTATIVE: tuple[Modality, ...] = ("possible", "demanded")


class MentionRef(TypedDict):
    """Where the text names a place: offsets into the text, the sentence, the form."""

    text: str
    start: int
    end: int
    sentence: int
    #: "name", "adjective", ... or, for a place derived from the words, the relation
    form: str
    #: the place is named here but nothing happens there ("Russian officials", "Washington
    #: said"): why, one of ``geo.extract.mentions.NOT_PLACE_REASONS`` as in ``geo.mentioned``;
    #: these mentions come after the place's own, so the first mention is always a place's
    not_place: NotRequired[str]


class RunnerUp(TypedDict):
    """Another place the name could mean (a place found in the name index)."""

    id: str
    name: str
    kind: str
    country: str
    country_name: str
    region: str
    population: int
    lon: float
    lat: float


class Located(TypedDict):
    """A place the text puts on a border, and whether the gazetteer agrees."""

    relation: Literal["on_border"]
    border: str
    text: str
    distance_km: float
    consistent: bool


#: simplestyle-spec properties (https://github.com/mapbox/simplestyle-spec): every feature
#: has the ones of its geometry.
Style = TypedDict("Style", {
    "marker-color": str,
    "marker-symbol": str,
    "marker-size": str,
    "stroke": str,
    "stroke-width": int,
    "stroke-opacity": float,
    "fill": str,
    "fill-opacity": float,
}, total=False)


class PlaceFound(TypedDict, total=False):
    """What some places have: a note; for a place found in the name index, how sure and
    the runner-ups; for a place derived from the words, what it is relative to."""

    note: str
    #: found in the name index: how sure, the runner-ups, how the name matched, its region
    confidence: float
    candidates: list[RunnerUp]
    matched: str
    region: str
    #: confidence under geo.features.UNCERTAIN_BELOW: drawn faded, asks "which X?"
    uncertain: bool
    question: str
    located: Located
    #: a place derived from the words: the place it is relative to, and how
    derived_from: str
    relation: str
    #: a combined corpus file only (geo/outlines.py): the key of this place's area or line in
    #: ``geo.outlines``, written once there; the feature's geometry is then null
    outline: str


class PlaceProperties(Style, PlaceFound):
    """A place the article names (or derives from its words: "the east bank of X")."""

    kind: Literal["place"]
    id: str
    name: str
    #: town, country, border, river, region, area ...
    place_kind: str
    precision_km: float
    source: str
    inferred: bool
    mentions: list[MentionRef]
    quote: str
    title: str
    description: str


class ClaimFields(TypedDict):
    """Who claims a movement or an event, in which words, and when."""

    actor: str | None
    claimant: str
    claimant_basis: str
    status: ClaimStatus
    hedged: bool
    quote: str
    quote_start: int
    quote_end: int
    sentence: int
    cue: str
    date_start: str | None
    date_end: str | None
    date_basis: str


class ClaimNote(TypedDict, total=False):
    """What the reader should know of a claim: inferred ends, a denial, one end only ..."""

    note: str


class ClaimProperties(Style, ClaimFields, ClaimNote):
    """What every claim (movement or event) carries."""

    id: str
    path: list[str]
    precision_km: float
    title: str
    description: str


_MovementEnds = TypedDict("_MovementEnds", {"from": str | None, "to": str | None})


class MovementProperties(ClaimProperties, _MovementEnds):
    """A movement: from a place to a place (one of them null when the text names one end)."""

    kind: Literal["movement"]
    #: the roles filled from context, not from this sentence
    inferred: list[str]
    #: planned, ordered, possible or demanded; absent when the text states the move as done
    modality: NotRequired[Modality]


class EventProperties(ClaimProperties):
    """An event at a place (a strike, a flood, a crossing closed)."""

    kind: Literal["event"]
    event_type: str
    place: str


class Unmapped(TypedDict):
    """A claim the text makes that cannot be drawn, and why."""

    quote: str
    start: int
    end: int
    sentence: int
    reason: str
    claimant: str


class NotAPlace(TypedDict):
    """A place name used for something else (a treaty, a government), with the reason."""

    text: str
    place_id: str
    reason: str
    start: int
    end: int
    sentence: int


class UnresolvedName(TypedDict):
    """A name in a place's position that no gazetteer resolved, and why."""

    text: str
    start: int
    end: int
    sentence: int
    #: "no gazetteer knows this name", or the reason the ranking of the index's candidates
    #: gave (geo/gazetteer/ranking.py REJECTIONS: "a namesake abroad: ...", ...); files
    #: written before it have none
    reason: NotRequired[str]


class GeoMeta(TypedDict):
    """The collection's ``geo`` member: the article and what extraction could not map."""

    format: int
    source: str
    lang: str
    published: str | None
    text_sha256: str
    text: str
    claimants: list[str]
    mentioned: list[NotAPlace]
    unresolved: list[UnresolvedName]
    unmapped: list[Unmapped]
    #: the Document's sentences as [start, end, paragraph]
    sentences: list[list[int]]
    #: geo's record of what it wrote, added when the file is written (geo.io.edits)
    written: NotRequired[dict[str, Any]]
    #: a combined corpus file only (geo/outlines.py): each area and line its places share,
    #: once, by key (``properties.outline``); readers put them back in the features
    outlines: NotRequired[dict[str, Any]]


#: The feature properties by ``kind``, and what the collection's ``geo`` member is:
#: what ``scripts/build_schema.py`` publishes.
PROPERTIES: dict[FeatureKind, type] = {"place": PlaceProperties, "movement": MovementProperties, "event": EventProperties}

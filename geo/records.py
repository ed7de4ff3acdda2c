"""Records that cross stage boundaries: what extraction hands to the GeoJSON builder.

The text records (:class:`geo.text.Sentence`, :class:`geo.text.document.Word`,
:class:`geo.text.document.Document`) live with the text stage; the gazetteer's
(:class:`geo.gazetteer.Place`) with the gazetteer; these are the claims.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, get_args

from geo.extract.dates import TimeRef
from geo.schema import ClaimKind, ClaimStatus, Modality

if TYPE_CHECKING:
    from collections.abc import Mapping

    from geo.extract.mentions import Mention, Unresolved
    from geo.extract.spatial import Area, SpatialExpr
    from geo.gazetteer import ArticlePlaces
    from geo.text import Sentence


@dataclass(frozen=True)
class Claim:
    """A movement or an event, attributed and quoted."""

    kind: ClaimKind
    sentence: int
    quote: str
    quote_start: int
    quote_end: int
    claimant: str
    claimant_basis: str
    actor: str | None = None
    origin: str | None = None
    destination: str | None = None
    path: tuple[str, ...] = ()
    place: str | None = None  # the place of an event
    event_type: str | None = None
    cue: str = ""
    #: the motion frame of a movement's verb (depart, arrive, traverse, transfer, move) or ""
    #: (a str: the lexicon's predicates carry it as one)
    frame: str = ""
    time: TimeRef | None = None
    time_basis: str = ""
    hedged: bool = False
    inferred: tuple[str, ...] = ()  # roles filled from context, not from this sentence
    status: ClaimStatus = "claimed"
    notes: tuple[str, ...] = field(default=())
    #: how the text puts a movement it does not state as done (geo/schema.py ``Modality``), else None
    modality: Modality | None = None
    rules: tuple[str, ...] = ()  #: the frame rules that gave its ends (geo/extract/frames.py), counted by bench/dev_report.py

    def __post_init__(self) -> None:
        if self.kind not in get_args(ClaimKind):  # the type says so; a caller without mypy is told
            raise ValueError(f"claim kind must be movement or event, got {self.kind!r}")
        if self.quote_end <= self.quote_start:
            raise ValueError("a claim needs a non-empty quote")


@dataclass(frozen=True)
class Unmapped:
    """A claim the text makes that cannot be drawn, and why."""

    sentence: int
    quote: str
    quote_start: int
    quote_end: int
    reason: str
    claimant: str


@dataclass(frozen=True)
class Resolved:
    """What resolution (:func:`geo.extract.pipeline.resolve`) hands on: the article's
    mentions and places. The stages after it read this; none writes to a gazetteer."""

    #: every place the text names, with the border and capital phrases the words make, by start
    mentions: tuple[Mention, ...]
    #: the same for the frames: the countries named in a border phrase give way to the border
    framed: tuple[Mention, ...]
    #: names in a place's position that no gazetteer knows
    unresolved: tuple[Unresolved, ...]
    #: the curated places and those found for this article
    places: ArticlePlaces
    #: the words (by index) that name a country's people ("Eritreans"), with that country
    demonyms: Mapping[int, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Extraction:
    """Everything extraction read from one article, handed as one record to the GeoJSON
    builder (:func:`geo.features.build_collection`)."""

    text: str
    #: the places the text names (with the border and capital phrases the words make)
    mentions: tuple[Mention, ...]
    spatial: tuple[SpatialExpr, ...]
    #: places derived from the words: banks, "near X", offsets, compass parts
    areas: tuple[Area, ...]
    claims: tuple[Claim, ...]
    unmapped: tuple[Unmapped, ...]
    #: the article's places: the curated ones and those resolution found for this article
    places: ArticlePlaces
    #: source, lang, published, text_sha256, text
    meta: dict[str, Any]
    #: the Document's sentences (a place's quote is its sentence: never split again)
    sentences: tuple[Sentence, ...]
    unresolved: tuple[Unresolved, ...] = ()

    def to_geojson(self) -> dict:
        """The extraction as a GeoJSON FeatureCollection (see :func:`geo.features.build_collection`)."""
        from geo.features import build_collection  # features reads these records: imported when used

        return build_collection(self)

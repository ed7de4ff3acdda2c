"""Score extraction against a gold corpus (one JSON file per article).

    python -m geo.evaluate tests/corpus            # prints the scores, per article with -v

A gold file holds ``text``, ``lang``, ``published``, ``places`` (``name``, ``lon``, ``lat``,
``tol_km``) and ``movements`` (``from``, ``to``: gold place names).

- A predicted place *corresponds* to a gold place when the text names it with the gold
  name (one of its mentions, or its own name, has the same name key).
- Place precision: predicted places that correspond to a gold place / predicted places.
  Place recall: gold places some predicted place corresponds to / gold places.
- Accuracy within tolerance: corresponding pairs whose geometry lies within ``tol_km`` of
  the gold point / corresponding pairs.
- Movement recall: gold movements with a predicted movement whose origin and destination
  correspond to, and lie within tolerance of, the gold ends / gold movements.

Derived areas (a river bank, "near X") are not counted: they are not named places.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from shapely.geometry import Point, shape

from geo.extract.pipeline import extract
from geo.extract.spatial import distance_km
from geo.text import name_key

COUNTED_KINDS = {"town", "crossing", "country", "river", "border", "region", "continent", "inferred point"}


@dataclass
class Score:
    """Counts for one article or a whole corpus."""

    predicted: int = 0
    predicted_ok: int = 0
    gold: int = 0
    gold_found: int = 0
    pairs: int = 0
    pairs_within: int = 0
    movements: int = 0
    movements_found: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for k in ("predicted", "predicted_ok", "gold", "gold_found", "pairs", "pairs_within", "movements", "movements_found"):
            setattr(self, k, getattr(self, k) + getattr(other, k))
        self.errors += other.errors

    @staticmethod
    def _ratio(a: int, b: int) -> float:
        return a / b if b else 1.0

    @property
    def precision(self) -> float:
        return self._ratio(self.predicted_ok, self.predicted)

    @property
    def recall(self) -> float:
        return self._ratio(self.gold_found, self.gold)

    @property
    def accuracy(self) -> float:
        return self._ratio(self.pairs_within, self.pairs)

    @property
    def movement_recall(self) -> float:
        return self._ratio(self.movements_found, self.movements)

    def as_dict(self) -> dict:
        return {
            "place_precision": round(self.precision, 3), "place_recall": round(self.recall, 3),
            "accuracy_within_tolerance": round(self.accuracy, 3), "movement_recall": round(self.movement_recall, 3),
            "places_predicted": self.predicted, "places_gold": self.gold, "movements_gold": self.movements,
        }


def _keys(feature: dict) -> set[str]:
    p = feature["properties"]
    keys = {name_key(str(p.get("name", "")))}
    keys |= {name_key(str(m.get("text", ""))) for m in p.get("mentions", []) if isinstance(m, dict)}
    return {k for k in keys if k}


def score_article(gold: dict, fc: dict | None = None) -> Score:
    """Score one article (extracting it unless ``fc`` is given)."""
    if fc is None:
        fc = extract(gold["text"], gold.get("published"), gold.get("lang"), source=gold.get("slug", "corpus"))
    sc = Score()
    places = [f for f in fc["features"] if f["properties"]["kind"] == "place" and f["properties"].get("place_kind") in COUNTED_KINDS]
    gold_places = gold["places"]
    gkeys = [name_key(g["name"]) for g in gold_places]
    corr: dict[str, list[dict]] = {}  # gold name -> corresponding predicted features
    for f in places:
        ks = _keys(f)
        matches = [g for g, k in zip(gold_places, gkeys, strict=True) if k in ks]
        sc.predicted += 1
        if matches:
            sc.predicted_ok += 1
            for g in matches:
                corr.setdefault(g["name"], []).append(f)
        else:
            sc.errors.append(f"{gold.get('slug')}: predicted place not in gold: {f['properties'].get('name')!r}")
    for g in gold_places:
        sc.gold += 1
        fs = corr.get(g["name"], [])
        if fs:
            sc.gold_found += 1
            sc.pairs += 1
            if any(_within(f, g) for f in fs):
                sc.pairs_within += 1
            else:
                sc.errors.append(f"{gold.get('slug')}: {g['name']!r} placed more than {g['tol_km']} km from gold")
        else:
            sc.errors.append(f"{gold.get('slug')}: gold place missed: {g['name']!r}")
    by_id = {f["properties"]["id"]: f for f in fc["features"]}
    gold_by_name = {g["name"]: g for g in gold_places}
    for mv in gold.get("movements", []):
        sc.movements += 1
        go, gd = gold_by_name[mv["from"]], gold_by_name[mv["to"]]
        ok = False
        for f in fc["features"]:
            p = f["properties"]
            if p["kind"] != "movement":
                continue
            o, d = by_id.get(p.get("from")), by_id.get(p.get("to"))
            if o and d and _same(o, go) and _same(d, gd):
                ok = True
                break
        if ok:
            sc.movements_found += 1
        else:
            sc.errors.append(f"{gold.get('slug')}: movement missed: {mv['from']} -> {mv['to']}")
    return sc


def _within(f: dict, g: dict) -> bool:
    return distance_km(shape(f["geometry"]), Point(g["lon"], g["lat"])) <= g["tol_km"]


def _same(f: dict, g: dict) -> bool:
    return name_key(g["name"]) in _keys(f) and _within(f, g)


def load_corpus(folder: str | Path) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(Path(folder).glob("*.json"))]


def score_corpus(folder: str | Path) -> tuple[Score, dict[str, Score]]:
    total, per = Score(), {}
    for gold in load_corpus(folder):
        sc = score_article(gold)
        per[gold["slug"]] = sc
        total.add(sc)
    return total, per


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m geo.evaluate", description=__doc__.splitlines()[0])
    ap.add_argument("corpus", help="folder of gold JSON files")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every error")
    args = ap.parse_args(argv)
    total, per = score_corpus(args.corpus)
    print(json.dumps({"articles": len(per), **total.as_dict()}, indent=1))
    if args.verbose:
        for e in total.errors:
            print(e)
    return 0


if __name__ == "__main__":
    sys.exit(main())

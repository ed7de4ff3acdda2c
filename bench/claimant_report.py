"""How often each attribution rule names a movement's claimant, and how often it is right.

    python bench/claimant_report.py            # dev corpus: fired and right per rule; dev-val: fired only

Each sentence's :class:`geo.extract.attribution.Attribution` carries the name of the rule
that gave its claimant (a speaker rule of ``SPEAKER_RULES``, "according", "quotation",
"paragraph", "back_reference", "lead", "article", with "+pronoun" when the speaker was a
pronoun for the last source named). A movement counts for the rule of its sentence
("after_name" when the words after an inverted speaker's name are the article's). On the
dev corpus a movement is right when it matches a gold movement whose claimant it names (the
scorer's own functions, imported at run time); on dev-val only the counts are printed —
nothing of its texts or gold. Texts are read from ``../shared`` at run time, never copied.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def _scorer():
    spec = importlib.util.spec_from_file_location("dev_score", SHARED / "dev-corpus" / "score.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def rule_counts(folder: Path, with_gold: bool) -> tuple[Counter[str], Counter[str]]:
    """Per rule: movements it named the claimant of, and (with gold) how many of those were right."""
    from geo.extract.attribution import attribute
    from geo.extract.pipeline import extract
    from geo.lexicon import load
    from geo.text.document import build_document

    sc = _scorer() if with_gold else None
    fired: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for d in sorted(p for p in folder.iterdir() if (p / "meta.json").exists()):
        meta = json.loads((d / "meta.json").read_text(encoding="utf-8"))
        text = (d / "text.txt").read_text(encoding="utf-8")
        rules = [a.rule for a in attribute(build_document(text, meta["lang"]), load(meta["lang"]))]
        fc = extract(text, meta["published"], lang=meta["lang"])
        gold = json.loads((d / "gold.json").read_text(encoding="utf-8")).get("movements", []) if with_gold else []
        for f in fc["features"]:
            p = f["properties"]
            if p.get("kind") != "movement":
                continue
            rule = "after_name" if str(p.get("claimant_basis", "")).startswith("the article itself: the words after") else rules[p["sentence"]]
            fired[rule] += 1
            if sc is not None:
                e = sc.endpoints(f)
                if e and any(sc.move_match(m, e) and sc.claimant_ok(m, f) for m in gold):
                    right[rule] += 1
    return fired, right


def main() -> int:
    sys.path.insert(0, str(ROOT))
    fired, right = rule_counts(SHARED / "dev-corpus", with_gold=True)
    print("dev-corpus: rule  movements  right (claimant of a matched gold movement)")
    for rule, n in fired.most_common():
        print(f"  {rule:28} {n:4} {right[rule]:4}")
    val = SHARED / "dev-val"
    if val.is_dir():
        vfired, _ = rule_counts(val, with_gold=False)
        print("dev-val (counts only): " + ", ".join(f"{r} {n}" for r, n in vfired.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())

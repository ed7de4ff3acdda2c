"""No traceback on real text (issue 20, item 8): extraction runs on every sentence of every
article under ``../shared`` (dev-corpus, dev-val, geoparsing), alone and with the sentence
after it, as written, without its final stop and cut at its last word, and must raise nothing.

The texts are read from ``../shared`` at run time (a clone without it skips these tests) and
never printed or kept: a failure names the article's folder, the sentence's number, the form
and where the exception was raised, not the words.

By default every sentence of dev-corpus and dev-val is read, and one sentence in
``GEO_SWEEP_EVERY`` (default 6, chosen by its number) of the geoparsing articles, whose
texts are English news like those already read; ``GEO_SWEEP_EVERY=1`` reads every sentence
of every article (90 s on the shared two-core machine, 25 s of CPU; the default 35 s, 12 s of CPU).
"""

from __future__ import annotations

import json
import os
import traceback
from collections.abc import Iterator
from pathlib import Path

import pytest

from geo.extract.pipeline import extract
from geo.text.document import build_document

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
#: (folder under ../shared, whether every sentence is read by default)
CORPORA = (("dev-corpus", True), ("dev-val", True), ("geoparsing/gwn-dev", False), ("geoparsing/geovirus", False))
EVERY = max(1, int(os.environ.get("GEO_SWEEP_EVERY", "6")))
#: final marks a sentence may end with (a stop, and the quotation marks after it)
_FINAL = ".!?…\"'”»“«„)"


def _articles() -> list[object]:
    if not SHARED.is_dir():
        return [pytest.param(None, False, id="no-shared-folder")]
    out: list[object] = []
    for sub, whole in CORPORA:
        for text in sorted((SHARED / sub).glob("*/text.txt")):
            out.append(pytest.param(text.parent, whole, id=f"{sub.rsplit('/', 1)[-1]}/{text.parent.name}"))
    return out


def _forms(text: str) -> Iterator[tuple[str, str]]:
    """The text as written, without its final stop (closing quotes kept), and cut at its last word."""
    yield "as written", text
    bare = text.rstrip()
    cut = bare.rstrip(_FINAL + " \t\n")
    tail = bare[len(cut):]
    stop = max(tail.rfind(c) for c in ".!?…")
    if stop >= 0:
        yield "without its final stop", cut + tail[:stop] + tail[stop + 1 :]
    if tail and tail != tail[stop : stop + 1]:
        yield "cut at its last word", cut


@pytest.mark.parametrize(("folder", "whole"), _articles())
def test_extraction_raises_nothing_on_real_sentences(folder: Path | None, whole: bool) -> None:
    if folder is None:
        pytest.skip("../shared is not next to this checkout")
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8")) if (folder / "meta.json").exists() else {}
    lang, published = meta.get("lang"), meta.get("published")
    text = (folder / "text.txt").read_text(encoding="utf-8")
    doc = build_document(text, lang or "en")
    spans = [(s.start, s.end) for s in doc.sentences]
    failures: list[str] = []
    for n, (a, b) in enumerate(spans):
        if not whole and n % EVERY:
            continue
        pieces = [("alone", text[a:b])]
        if n + 1 < len(spans):
            pieces.append(("with the next", text[a : spans[n + 1][1]]))
        for how, piece in pieces:
            for form, variant in _forms(piece):
                try:
                    extract(variant, published, lang=lang)
                except Exception as err:  # noqa: BLE001 - any exception is the failure reported
                    where = traceback.extract_tb(err.__traceback__)[-1]
                    failures.append(f"sentence {n + 1} {how}, {form}: {type(err).__name__} at "
                                    f"{Path(where.filename).name}:{where.lineno} ({where.name})")
    if failures:
        # (the message names no word of the text: the texts stay in ../shared)
        pytest.fail(f"{folder.name}: {len(failures)} exceptions\n" + "\n".join(failures[:20]), pytrace=False)

"""What the batch tests share: articles of tests/corpus/ written as a JSON-lines corpus."""

import json

from tests.conftest import ROOT

CORPUS = ROOT / "tests" / "corpus"
SLUGS = ["en-kherson", "fr-raqqa", "de-mossul", "en-gaza", "it-libia"]


def write_jsonl(path, slugs, extra_lines=()):
    with path.open("w", encoding="utf-8") as fh:
        for slug in slugs:
            a = json.loads((CORPUS / f"{slug}.json").read_text(encoding="utf-8"))
            fh.write(json.dumps({"id": slug, "text": a["text"], "published": a["published"], "lang": a["lang"]}, ensure_ascii=False) + "\n")
        for line in extra_lines:
            fh.write(line + "\n")
    return path

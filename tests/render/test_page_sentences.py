"""The article's sentences are split once, by extraction, and stored in the output
(``geo.sentences``: [start, end, paragraph] per sentence); the page marks those spans and
never splits the text again, except for an events file that has none (written before the
spans were stored, or whose text the user edited)."""

from __future__ import annotations

import copy
from html.parser import HTMLParser

import pytest

import geo.text
from geo.cli import main
from geo.errors import ValidationError
from geo.extract.pipeline import extract
from geo.io import dumps
from geo.io.edits import merge, reconcile, stamp
from geo.io.validate import parse_geojson
from geo.render import render_html
from geo.render.panel import _article_html
from geo.text.document import build_document

TEXTS = [
    pytest.param(
        "Trucks left Gao for Timbuktu on Monday. Mr. Smith said the convoy reached Timbuktu late.\n\n"
        "Witnesses said soldiers attacked Mopti. The U.S. embassy said nothing.",
        "en", id="en-two-paragraphs-abbreviations",
    ),
    pytest.param(
        "Les camions ont quitté Agadez pour Niamey. M. Dupont a confirmé leur arrivée à Niamey !\n"
        "  \nUne attaque a visé Tahoua, selon la police.",
        "fr", id="fr-blank-line-with-spaces",
    ),
    pytest.param("Die Kolonne fuhr von Gao nach Mopti", "de", id="de-one-sentence-no-stop"),
]


class _Sentences(HTMLParser):
    """The page's article as [(paragraph, sentence number, text), ...]."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[tuple[int, int, str]] = []
        self.paragraph = -1
        self.depth = 0  # open <span>s inside the current sentence

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "p":
            self.paragraph += 1
        elif tag == "span" and self.depth:
            self.depth += 1
        elif tag == "span" and "geo-sentence" in (a.get("class") or ""):
            self.out.append((self.paragraph, int(a["data-s"] or -1), ""))
            self.depth = 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "span" and self.depth:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth:
            p, s, t = self.out[-1]
            self.out[-1] = (p, s, t + data)


def page_sentences(fc: dict) -> list[tuple[int, int, str]]:
    parser = _Sentences()
    parser.feed(_article_html(fc))
    return parser.out


def _paragraph_numbers(paragraphs: list[int]) -> list[int]:
    """Paragraph indexes renumbered 0, 1, 2 ... in order (the page has one <p> per paragraph)."""
    order = sorted(set(paragraphs))
    return [order.index(p) for p in paragraphs]


@pytest.mark.parametrize("text,lang", TEXTS)
def test_extraction_stores_the_documents_sentences(text, lang):
    fc = extract(text, "2024-03-01", lang)
    doc = build_document(text, lang)
    assert fc["geo"]["sentences"] == [[s.start, s.end, s.paragraph] for s in doc.sentences]
    spans = fc["geo"]["sentences"]
    claims = [f["properties"] for f in fc["features"] if f["properties"]["kind"] in ("movement", "event")]
    assert claims  # else the quotes below prove nothing
    for p in claims:  # a claim's quote lies in the sentence its number names
        start, end, _ = spans[p["sentence"]]
        assert start <= p["quote_start"] < p["quote_end"] <= end
        assert text[p["quote_start"] : p["quote_end"]] == p["quote"]


@pytest.mark.parametrize("text,lang", TEXTS)
def test_the_page_shows_the_stored_sentences(text, lang):
    fc = extract(text, "2024-03-01", lang)
    spans = fc["geo"]["sentences"]
    want = [(p, i, text[a:b]) for i, (a, b, p) in enumerate(spans)]
    got = page_sentences(fc)
    assert [(s, t) for _, s, t in got] == [(s, t) for _, s, t in want]
    assert [p for p, _, _ in got] == _paragraph_numbers([p for p, _, _ in want])


def test_the_page_marks_the_stored_spans_not_a_split_of_its_own(monkeypatch):
    text = "Trucks left Gao for Timbuktu on Monday. The convoy reached Timbuktu late. Soldiers attacked Mopti."
    fc = extract(text, "2024-03-01", "en")
    assert len(fc["geo"]["sentences"]) == 3
    # spans no splitter would make: the first two sentences as one, the third cut in two
    third = fc["geo"]["sentences"][2][0]
    cut = text.index("attacked")
    fc["geo"]["sentences"] = [[0, fc["geo"]["sentences"][1][1], 0], [third, cut - 1, 0], [cut, len(text), 1]]

    def no_split(*args, **kwargs):
        raise AssertionError("the page split the text although the file has its sentences")

    monkeypatch.setattr(geo.text, "sentences", no_split)
    got = page_sentences(fc)
    assert [(p, s, t) for p, s, t in got] == [
        (0, 0, text[: fc["geo"]["sentences"][0][1]]), (0, 1, "Soldiers"), (1, 2, "attacked Mopti."),
    ]
    html = render_html(fc)  # the whole page too, mentions and all
    assert 'data-s="2">attacked <span class="geo-mention"' in html


@pytest.mark.parametrize("text,lang", TEXTS)
def test_a_file_without_sentences_is_split_as_extraction_splits(text, lang):
    """Events files written before geo.sentences existed still render, the same page."""
    fc = extract(text, "2024-03-01", lang)
    old = copy.deepcopy(fc)
    del old["geo"]["sentences"]
    assert page_sentences(old) == page_sentences(fc)
    assert render_html(old) == render_html(fc)
    parse_geojson(dumps(old).encode(), "old.geojson")  # and such a file is still valid


def test_only_a_file_without_sentences_is_split(monkeypatch):
    fc = extract("Trucks left Gao for Timbuktu. Soldiers attacked Mopti.", "2024-03-01", "en")
    calls = []
    real = geo.text.sentences
    monkeypatch.setattr(geo.text, "sentences", lambda text, lang=None: calls.append(text) or real(text, lang))
    render_html(fc)
    assert calls == []
    del fc["geo"]["sentences"]
    render_html(fc)
    assert calls == [fc["geo"]["text"]]


@pytest.mark.parametrize(
    "edit",
    [
        pytest.param(lambda t: t.replace("Monday", "Monday morning, early") + " The road was closed.", id="longer"),
        pytest.param(lambda t: t[: t.index(" Soldiers")], id="shorter-than-the-spans"),
        pytest.param(lambda t: t.replace("Gao", "Kidal"), id="a-name-changed"),
    ],
)
def test_a_text_the_user_edited_is_split_on_the_page_not_cut_by_stale_spans(edit, tmp_path):
    text = "Trucks left Gao for Timbuktu on Monday. Soldiers attacked Mopti."
    fc = extract(text, "2024-03-01", "en")
    edited = edit(text)
    fc["geo"]["text"] = edited  # geo.sentences and geo.text_sha256 left as extraction wrote them
    path = tmp_path / "events.geojson"
    path.write_text(dumps(fc), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["--geojson", str(path), "--out", str(out)]) == 0  # the validator accepts it
    assert [t for _, _, t in page_sentences(fc)] == [s.text for s in geo.text.sentences(edited)]


def test_stale_spans_are_still_checked_for_their_form():
    fc = _events("0-18", "Edited text.")
    fc["geo"]["text_sha256"] = "0" * 64
    with pytest.raises(ValidationError, match="geo.sentences: expected a list of"):
        parse_geojson(dumps(fc).encode(), "events.geojson")


# ------------------------------------------------------------------ validation

def _events(spans, text="One sentence here. Another one."):
    return {"type": "FeatureCollection", "geo": {"text": text, "sentences": spans}, "features": []}


@pytest.mark.parametrize(
    "spans,text,message",
    [
        pytest.param("0-18", "One sentence here.", 'geo.sentences: expected a list of [start, end, paragraph] spans, found \'0-18\'', id="not-a-list"),
        pytest.param([[0, 18]], "One sentence here.", "geo.sentences[0]: expected [start, end, paragraph] (three whole numbers), found [0, 18]", id="two-numbers"),
        pytest.param([[0, "18", 0]], "One sentence here.", "geo.sentences[0]: expected [start, end, paragraph] (three whole numbers)", id="a-string"),
        pytest.param([[0, 18.5, 0]], "One sentence here.", "geo.sentences[0]: expected [start, end, paragraph] (three whole numbers)", id="a-float"),
        pytest.param([[0, True, 0]], "One sentence here.", "geo.sentences[0]: expected [start, end, paragraph] (three whole numbers)", id="a-bool"),
        pytest.param([[5, 5, 0]], "One sentence here.", "geo.sentences[0]: expected 0 <= start < end, found [5, 5, 0]", id="empty"),
        pytest.param([[-1, 5, 0]], "One sentence here.", "geo.sentences[0]: expected 0 <= start < end, found [-1, 5, 0]", id="negative"),
        pytest.param([[0, 18, 0], [10, 31, 0]], "One sentence here. Another one.",
                     "geo.sentences[1]: starts at 10, before the sentence before it ends (18)", id="overlap"),
        pytest.param([[19, 31, 0], [0, 18, 0]], "One sentence here. Another one.",
                     "geo.sentences[1]: starts at 0, before the sentence before it ends (31)", id="out-of-order"),
        pytest.param([[0, 18, 1], [19, 31, 0]], "One sentence here. Another one.",
                     "geo.sentences[1]: paragraph 0 comes after paragraph 1", id="paragraph-back"),
        pytest.param([[0, 18, 0], [19, 40, 0]], "One sentence here. Another one.",
                     "geo.sentences[1]: ends at 40, past the end of geo.text (31 characters)", id="past-the-text"),
    ],
)
def test_bad_sentence_spans_are_refused(spans, text, message):
    with pytest.raises(ValidationError) as err:
        parse_geojson(dumps(_events(spans, text)).encode(), "events.geojson")
    msg = str(err.value)
    assert msg.startswith("events.geojson")
    assert message in msg, msg
    assert 'fix: delete "sentences"' in msg


def test_many_bad_spans_are_counted_not_all_listed():
    with pytest.raises(ValidationError) as err:
        parse_geojson(dumps(_events([[0, 0, 0]] * 8)).encode(), "events.geojson")
    msg = str(err.value)
    assert msg.count("expected 0 <= start < end") == 5 and "3 more bad span(s) not listed" in msg


@pytest.mark.parametrize(
    "spans,text",
    [
        pytest.param([[0, 18, 0], [19, 31, 0]], "One sentence here. Another one.", id="with-text"),
        pytest.param([[0, 18, 0], [19, 31, 2]], None, id="no-text-nothing-to-fit"),
        pytest.param([], "", id="empty-article"),
    ],
)
def test_good_sentence_spans_are_accepted(spans, text):
    fc = _events(spans, text)
    if text is None:
        del fc["geo"]["text"]
    assert parse_geojson(dumps(fc).encode(), "events.geojson")["geo"]["sentences"] == spans


def test_cli_refuses_a_file_with_bad_spans_exit_2_outputs_untouched(tmp_path, capsys):
    bad = tmp_path / "bad.geojson"
    bad.write_text(dumps(_events([[0, 18, 0], [19, 99, 0]])), encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "map.html").write_text("old map", encoding="utf-8")
    assert main(["--geojson", str(bad), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and str(bad) in err and "geo.sentences[1]: ends at 99" in err
    assert sorted(p.name for p in out.iterdir()) == ["map.html"]
    assert (out / "map.html").read_text(encoding="utf-8") == "old map"


# ------------------------------------------------------------------ the edit merge

A = "Trucks left Gao for Timbuktu on Monday. Soldiers attacked Mopti."
B = "Aid lorries left Niamey for Agadez at dawn.\nSoldiers attacked Mopti on Tuesday. Nobody said more."


def test_the_merge_takes_the_new_extractions_sentences():
    existing = stamp(extract(A, "2024-03-01", "en"))
    existing["geo"]["source"] = "my notes"  # an edit: the file is merged, not replaced
    new = extract(B, "2024-03-01", "en")
    assert existing["geo"]["sentences"] != new["geo"]["sentences"]
    merged, message, _ = reconcile(existing, new)
    assert message is not None and merged["geo"]["source"] == "my notes"
    assert merged["geo"]["sentences"] == new["geo"]["sentences"]
    assert page_sentences(merged) == page_sentences(new)


def test_the_merge_keeps_spans_the_user_edited():
    existing = stamp(extract(A, "2024-03-01", "en"))
    mine = [[0, len(A), 0]]  # the whole text as one sentence
    existing["geo"]["sentences"] = mine
    merged, counts = merge(existing, extract(A, "2024-03-01", "en"))
    assert merged["geo"]["sentences"] == mine and counts["kept_meta"] == 1


def test_a_text_the_user_edited_loses_the_new_spans_and_is_split_on_the_page():
    existing = stamp(extract(A, "2024-03-01", "en"))
    edited = "Trucks left Gao for Timbuktu early on Monday morning. Later, soldiers attacked Mopti."
    existing["geo"]["text"] = edited  # the spans left as geo wrote them, for the old text
    merged, message, _ = reconcile(existing, extract(A, "2024-03-01", "en"))
    assert merged["geo"]["text"] == edited
    assert "sentences" not in merged["geo"]
    parse_geojson(dumps(merged).encode(), "events.geojson")
    assert [t for _, _, t in page_sentences(merged)] == [s.text for s in geo.text.sentences(edited)]
    again, _, _ = reconcile(merged, extract(A, "2024-03-01", "en"))  # and on the merge after
    assert again["geo"]["text"] == edited and "sentences" not in again["geo"]


def test_a_file_written_before_the_spans_gets_them_on_the_next_merge():
    old = extract(A, "2024-03-01", "en")
    del old["geo"]["sentences"]
    old = stamp(old)  # its record has no "sentences" either
    new = extract(A, "2024-03-01", "en")
    merged, _, _ = reconcile(old, new)
    assert merged["geo"]["sentences"] == new["geo"]["sentences"]

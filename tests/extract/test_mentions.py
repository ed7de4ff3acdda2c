import pytest

from geo.errors import LanguageError
from geo.extract.mentions import find_mentions as _find_mentions
from geo.text import detect_language
from geo.text.document import build_document
from tests.lang import cases


def find_mentions(text, gaz):
    """The mentions of ``text`` read as a Document in its language (English when too short to tell)."""
    try:
        lang = detect_language(text)
    except LanguageError:
        lang = "en"
    return _find_mentions(build_document(text, lang), gaz)


def places(text, gaz):
    return [(m.place_id, m.text) for m in find_mentions(text, gaz) if m.not_place is None]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Ils ont quitté Abou Kamal hier.", [("abu-kamal", "Abou Kamal")]),
        ("Ils ont quitté ABU KAMAL hier.", [("abu-kamal", "ABU KAMAL")]),
        ("La ville d’Al-Bukamal est tombée.", [("abu-kamal", "Al-Bukamal")]),
        ("Fighters fled Albu Kamal.", [("abu-kamal", "Albu Kamal")]),
        ("Les convois de Boukamal.", [("abu-kamal", "Boukamal")]),
        ("Reports from Abu-Kemal.", [("abu-kamal", "Abu-Kemal")]),
        ("Sur la rive de l'Euphrate.", [("euphrates", "Euphrate")]),
        ("Vers Deïr ez-Zor et Mayadine.", [("deir-ez-zor", "Deïr ez-Zor"), ("al-mayadin", "Mayadine")]),
    ],
)
def test_variants_case_elision_and_offsets(text, expected, gaz):
    ms = find_mentions(text, gaz)
    assert [(m.place_id, m.text) for m in ms] == expected
    for m in ms:
        assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    "text,place",
    [
        ("Les combattants ont fui dans le désert syrien.", "syria"),
        ("They crossed into Iraqi territory.", "iraq"),
        ("situé à la frontière syro-irakienne", "syria-iraq-border"),
        ("near the Syrian-Iraqi border", "syria-iraq-border"),
        ("along the border between Syria and Iraq", "syria-iraq-border"),
        ("à la frontière entre la Syrie et l’Irak", "syria-iraq-border"),
    ],
)
def test_adjectives_and_borders(text, place, gaz):
    assert place in [p for p, _ in places(text, gaz)]


@pytest.mark.parametrize("text", ["L’armée syrienne avance.", "The Iraqi army moved.", "les frappes aériennes russes et syriennes"])
def test_a_country_adjective_on_an_actor_is_not_a_place(text, gaz):
    ms = find_mentions(text, gaz)
    assert ms and all(m.not_place == "attribute" for m in ms)


def test_border_adjective_uses_the_country_of_the_place_before(gaz):
    ms = places("Abu Kamal, située à la frontière irakienne, est tombée.", gaz)
    assert ("syria-iraq-border", "frontière irakienne") in ms
    assert "iraq" not in [p for p, _ in ms]


@pytest.mark.parametrize(
    "text,place,reason",
    [
        ("conformément à la Convention de Genève relative aux prisonniers", "geneva", "treaty"),
        ("under the Geneva Conventions", "geneva", "treaty"),
        ("the Islamic State of Iraq and Syria claimed it", "iraq", "organisation"),
        ("the Islamic State of Iraq and Syria claimed it", "syria", "organisation"),
        ("Washington said the strikes would continue.", "washington", "government"),
        ("la coalition dirigée par Washington", "washington", "government"),
        ("Moscou a déclaré que les frappes continuaient.", "moscow", "government"),
        ("The Damascus government denied it.", "damascus", "government"),
        ("le gouvernement de Bagdad a démenti", "baghdad", "government"),
    ],
)
def test_what_only_looks_like_a_place(text, place, reason, gaz):
    ms = [m for m in find_mentions(text, gaz) if m.place_id == place]
    assert ms and all(m.not_place == reason for m in ms)


def test_a_capital_as_a_place_stays_a_place(gaz):
    ms = find_mentions("The convoy reached Damascus on Monday.", gaz)
    assert [(m.place_id, m.not_place) for m in ms] == [("damascus", None)]


def test_islamic_state_is_not_a_state(gaz):
    assert places("les terroristes de l’Etat islamique ont fui", gaz) == []


def test_duplicated_paragraph_marks_duplicates(gaz):
    para = "Les combattants ont quitté Raqqa."
    ms = find_mentions(para + "\n" + para, gaz)
    assert [m.duplicate for m in ms] == [False, True]


# sentences written for this test: every border noun of the Italian lexicon makes "border noun +
# country adjective" the border (frontiera was missing from the name scan's own list)
@pytest.mark.parametrize(
    "text",
    [
        pytest.param("I profughi sono fuggiti da Raqqa verso la frontiera irachena.", id="frontiera"),
        pytest.param("I profughi sono fuggiti da Raqqa verso il confine iracheno.", id="confine"),
    ],
)
def test_an_italian_border_noun_and_adjective_give_the_destination(text):
    from geo.extract.pipeline import extract

    fc = extract(text, "2017-11-14", "it")
    moves = [f["properties"] for f in fc["features"] if f["properties"]["kind"] == "movement"]
    assert [(m["from"], m["to"]) for m in moves] == [("raqqa", "syria-iraq-border")]


@pytest.fixture(scope="module")
def resolver(gaz, name_index):
    from geo.gazetteer import ArticleResolver

    return ArticleResolver(gaz, name_index)


@pytest.mark.parametrize("text,lang,expected", cases("mentions", "SPANS_AS_THE_FIELD_COUNTS_THEM", lang_at=1))
def test_spans_as_the_field_counts_them(text, lang, expected, resolver):
    """An abbreviation keeps its final stop; a capitalised head noun of the name is inside the span."""
    ms = _find_mentions(build_document(text, lang), resolver)
    assert expected in [m.text for m in ms]
    for m in ms:
        assert text[m.start : m.end] == m.text


@pytest.mark.parametrize("text,lang,expected", cases("mentions", "A_MARKER_AFTER_A_VERB_OF_MOTION_PLACES_THE_NAME", lang_at=1))
def test_a_marker_after_a_verb_of_motion_places_the_name(text, lang, expected, resolver):
    """"sont partis de Lyon": a name that is also a frequent word is a place after a marker that
    follows a verb of motion (mentions._marked_after_motion), though the marker alone is no evidence."""
    assert expected in [m.text for m in _find_mentions(build_document(text, lang), resolver)]


@pytest.mark.parametrize("text,lang,expected", cases("mentions", "A_HEAD_NOUN_OUTSIDE_THE_NAME_STAYS_OUT", lang_at=1))
def test_a_head_noun_outside_the_name_stays_out(text, lang, expected, resolver):
    assert expected in [m.text for m in _find_mentions(build_document(text, lang), resolver)]


def _place_ids(text: str, lang: str) -> list[str]:
    from geo.extract.pipeline import extract

    return [f["id"] for f in extract(text, "2024-03-01", lang=lang)["features"] if f["properties"]["kind"] == "place"]


@pytest.mark.parametrize("lang,text,expected", cases("mentions", "NAMES_ON_BOTH_SIDES_OF_A_SOURCE_MARKER"))
def test_names_on_both_sides_of_a_source_marker(lang, text, expected):
    """"arrivati a Milano da X": the marker before the first name and the verb of motion say the
    particle after it starts another name; both are places."""
    ids = _place_ids(text, lang)
    assert all(e in ids for e in expected), ids


@pytest.mark.parametrize("lang,text,only", cases("mentions", "A_PERSONS_NAME_WITH_A_PARTICLE_GIVES_NO_PLACE"))
def test_a_persons_name_with_a_particle_gives_no_place(lang, text, only):
    assert _place_ids(text, lang) == [only]


@pytest.mark.parametrize("lang,text,word,ref", cases("mentions", "A_TOWN_NAMED_WITH_ITS_ARTICLE_AFTER_A_CONTRACTION"))
def test_a_town_named_with_its_article_after_a_contraction(lang, text, word, ref, resolver):
    """"au Mans", "alla Spezia": the word after the merged preposition and article is read with
    the article, as the town's own name (Le Mans, La Spezia), among what the word alone matches."""
    from geo.extract.mentions import _contracted_names, _scan

    doc = build_document(text, lang)
    s = doc.sentences[0]
    toks = doc.words_of(0)
    raw = _contracted_names(_scan(doc.text, doc.folded, toks, resolver, lang=lang, lo=s.start, hi=s.end), doc.text, toks, resolver, lang)
    (hit,) = [h for h in raw if toks[h.first].text == word]
    assert [c.own for c in hit.candidates if c.ref == ref] == [True]


def test_a_contraction_reads_only_a_place_named_with_the_article():
    """"no Rio" is no "Orio": a place the article and the word spell together whose own name
    does not start with the article is not read so."""
    from geo.extract.mentions import _contracted_names, _scan
    from geo.gazetteer import ArticleResolver, load_gazetteer
    from geo.gazetteer.index import load_index

    resolver = ArticleResolver(load_gazetteer(), load_index())
    doc = build_document("Os voos chegaram no Rio na terça-feira.", "pt")
    s, toks = doc.sentences[0], doc.words_of(0)
    raw = _contracted_names(_scan(doc.text, doc.folded, toks, resolver, lang="pt", lo=s.start, hi=s.end), doc.text, toks, resolver, "pt")
    assert not [c for h in raw for c in h.candidates if c.name == "Orio"]

"""Who claims it (geo.extract.attribution): each speaker rule, per language, on sentences
written for these tests."""

import pytest

from geo.extract.attribution import SPEAKER_RULES, _inside_quotes, attribute
from geo.lexicon import load
from geo.text.document import build_document

LANGS = ("en", "fr", "de", "it", "pt", "es")


def attributions(text, lang):
    return attribute(build_document(text, lang), load(lang), source="-")


def last(text, lang):
    """The claimant and rule of the text's last sentence."""
    a = attributions(text, lang)[-1]
    return a.claimant, a.rule


@pytest.mark.parametrize(
    ("lang", "text", "claimant"),
    [
        pytest.param("en", "The ferry left Dover at dawn. So said the harbour master.", "the harbour master", id="en-so-said"),
        pytest.param("fr", "Le ferry a quitté Brest à l'aube. C'est ce qu'a indiqué la capitainerie.", "la capitainerie",
                     id="fr-c-est-ce-qu-a-indique"),
        pytest.param("de", "Die Fähre verließ Kiel im Morgengrauen. Das bestätigte die Hafenbehörde.", "die Hafenbehörde",
                     id="de-das-bestaetigte"),
        pytest.param("it", "Il traghetto è partito da Bari all'alba. Lo ha confermato la capitaneria.", "la capitaneria",
                     id="it-lo-ha-confermato"),
        pytest.param("pt", "A balsa partiu de Aveiro de madrugada. Assim o informou a capitania.", "a capitania",
                     id="pt-assim-o-informou"),
        pytest.param("es", "El ferry salió de Vigo al amanecer. Así lo informó la capitanía.", "la capitanía",
                     id="es-asi-lo-informo"),
    ],
)
def test_a_speaker_who_says_this_says_the_sentence_before(lang, text, claimant):
    a = attributions(text, lang)
    assert [x.claimant for x in a] == [claimant, claimant]
    assert [x.rule for x in a] == ["back_reference", "back_reference"]


@pytest.mark.parametrize(
    ("lang", "text", "claimant"),
    [
        pytest.param("en", "The ferry left Dover at dawn, as the harbour office confirmed.", "the harbour office", id="en-as"),
        pytest.param("fr", "Le ferry a quitté Brest à l'aube, comme l'a confirmé la capitainerie.", "la capitainerie", id="fr-comme"),
        pytest.param("de", "Die Fähre verließ Kiel im Morgengrauen, wie die Hafenbehörde bestätigte.", "die Hafenbehörde", id="de-wie"),
        pytest.param("it", "Il traghetto è partito da Bari all'alba, come ha confermato la capitaneria.", "la capitaneria", id="it-come"),
        pytest.param("pt", "A balsa partiu de Aveiro de madrugada, como confirmou a capitania.", "a capitania", id="pt-como"),
        pytest.param("es", "El ferry salió de Vigo al amanecer, como confirmó la capitanía.", "la capitanía", id="es-como"),
    ],
)
def test_as_the_speaker_said(lang, text, claimant):
    assert last(text, lang) == (claimant, "as_clause")


@pytest.mark.parametrize(
    ("lang", "text", "claimant", "rule"),
    [
        pytest.param("fr", "Le capitaine a précisé la route.\n« Nous avons quitté Brest à l'aube », a-t-il ajouté.",
                     "Le capitaine", "inverted_pronoun+pronoun", id="fr-a-t-il-ajoute"),
        pytest.param("de", "Der Kapitän erklärte die Route.\n„Wir verließen Kiel im Morgengrauen“, sagte er.",
                     "Der Kapitän", "inverted_pronoun+pronoun", id="de-sagte-er"),
        pytest.param("it", "Il capitano ha spiegato la rotta. «Siamo partiti da Bari all'alba», ha aggiunto.",
                     "Il capitano", "subjectless+pronoun", id="it-ha-aggiunto"),
        pytest.param("pt", "O capitão explicou a rota. «Saímos de Aveiro de madrugada», acrescentou.",
                     "O capitão", "subjectless+pronoun", id="pt-acrescentou"),
        pytest.param("es", "El capitán explicó la ruta. «Salimos de Vigo al amanecer», añadió.",
                     "El capitán", "subjectless+pronoun", id="es-anadio"),
    ],
)
def test_a_speaker_left_unnamed_after_the_quote_is_the_last_named(lang, text, claimant, rule):
    # (the quotation opens a paragraph: the sentence splitter does not split before "«" or "„" today)
    assert last(text, lang) == (claimant, rule)


@pytest.mark.parametrize(
    ("lang", "text", "claimant"),
    [
        pytest.param("de", "Unterdessen sagte der Hafenmeister, die Fähre habe Kiel verlassen.", "der Hafenmeister", id="de-adverb-first"),
        pytest.param("de", "Am Abend erklärte die Reederei, die Fähre habe Kiel verlassen.", "die Reederei", id="de-time-first"),
    ],
)
def test_an_adverb_before_a_verb_second_is_no_speaker(lang, text, claimant):
    assert last(text, lang) == (claimant, "verb_second")


@pytest.mark.parametrize(
    ("lang", "text", "claimant"),
    [
        pytest.param("en", "According to what the harbour office said, the ferry left Dover.", "the harbour office", id="en-what"),
        pytest.param("fr", "Selon ce que rapporte la capitainerie, le ferry a quitté Brest.", "la capitainerie", id="fr-ce-que"),
        pytest.param("it", "Secondo quanto riporta la capitaneria, il traghetto è partito da Bari.", "la capitaneria", id="it-quanto"),
        pytest.param("pt", "Segundo o que informou a capitania, a balsa partiu de Aveiro.", "a capitania", id="pt-o-que"),
        pytest.param("es", "Según lo que informó la capitanía, el ferry salió de Vigo.", "la capitanía", id="es-lo-que"),
    ],
)
def test_according_to_what_the_speaker_says(lang, text, claimant):
    assert last(text, lang) == (claimant, "according")


@pytest.mark.parametrize(
    ("lang", "text", "claimant"),
    [
        pytest.param("fr", "Le ferry a quitté Brest à l'aube, a indiqué à l'AFP la capitainerie.", "la capitainerie", id="fr-a-l-afp"),
        pytest.param("it", "Il traghetto è partito da Bari all'alba, ha detto all'ANSA il comandante.", "il comandante", id="it-all-ansa"),
        pytest.param("pt", "A balsa partiu de Aveiro de madrugada, disse à Lusa o capitão.", "o capitão", id="pt-a-lusa"),
        pytest.param("es", "El ferry salió de Vigo al amanecer, dijo a EFE el capitán.", "el capitán", id="es-a-efe"),
        pytest.param("de", "Die Fähre verließ Kiel im Morgengrauen, sagte gegenüber dem ZDF der Kapitän.", "der Kapitän",
                     id="de-gegenueber"),
    ],
)
def test_the_speaker_after_whom_it_was_told_to(lang, text, claimant):
    assert last(text, lang) == (claimant, "speaker_after")


@pytest.mark.parametrize(
    ("lang", "text", "claimant"),
    [
        pytest.param("es", "Según la Oficina para las Migraciones, el ferry salió de Vigo.", "la Oficina para las Migraciones",
                     id="es-migraciones"),
        pytest.param("it", "Secondo l'Ufficio per le Migrazioni, il traghetto è partito da Bari.", "l'Ufficio per le Migrazioni",
                     id="it-migrazioni"),
        pytest.param("fr", "Selon l'Office des Migrations, le ferry a quitté Brest.", "l'Office des Migrations", id="fr-migrations"),
        pytest.param("pt", "Segundo o Gabinete para as Migrações, a balsa partiu de Aveiro.", "o Gabinete para as Migrações",
                     id="pt-migracoes"),
    ],
)
def test_a_name_is_not_cut_at_a_lexicon_word(lang, text, claimant):
    assert last(text, lang)[0] == claimant


@pytest.mark.parametrize(
    ("lang", "text", "claimant"),
    [
        pytest.param("es", "La Oficina Internacional de Puertos dijo que el ferry salió de Vigo. La OIP añadió que llegó a Cádiz.",
                     "La Oficina Internacional de Puertos", id="es-acronym"),
        pytest.param("en", "The Defence Ministry said the convoy left at dawn. The ministry said it reached the coast.",
                     "The Defence Ministry", id="en-shorter-mention"),
        pytest.param("fr", "Le maire Jean Dupont a déclaré que le ferry était parti. Dupont a ajouté qu'il était arrivé.",
                     "Le maire Jean Dupont", id="fr-surname"),
        pytest.param("de", "Die Hafenbehörde Kiel teilte mit, die Fähre sei abgefahren. Die Hafenbehörde sagte, sie sei angekommen.",
                     "Die Hafenbehörde Kiel", id="de-shorter-mention"),
        pytest.param("it", "Il sindaco Marco Rossi ha detto che il traghetto è partito. Rossi ha aggiunto che è arrivato.",
                     "Il sindaco Marco Rossi", id="it-surname"),
        pytest.param("pt", "O prefeito João Silva disse que a balsa partiu. Silva acrescentou que ela chegou.",
                     "O prefeito João Silva", id="pt-surname"),
    ],
)
def test_one_entity_one_name(lang, text, claimant):
    assert [a.claimant for a in attributions(text, lang)] == [claimant, claimant]


def test_two_entities_a_short_mention_could_be_are_not_merged():
    text = ("The Russian army said the convoy left at dawn. The Ukrainian army said it stayed. "
            "The army said nothing more.")
    assert [a.claimant for a in attributions(text, "en")][:2] == ["The Russian army", "The Ukrainian army"]


@pytest.mark.parametrize(
    ("lang", "text", "claimant"),
    [
        pytest.param("pt", "O governador Rui Costa numa conferência de imprensa disse que a balsa partiu.", "O governador Rui Costa",
                     id="pt-em-conferencia"),
        pytest.param("en", "Governor Ann Doe at a briefing said the ferry left.", "Governor Ann Doe", id="en-at-a-briefing"),
    ],
)
def test_where_the_speaker_spoke_is_not_their_name(lang, text, claimant):
    assert last(text, lang)[0] == claimant


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param("es", "A su llegada dijeron que el ferry había salido de Vigo.", id="es-preposition-first"),
        pytest.param("fr", "À leur arrivée ont raconté que le ferry était parti de Brest.", id="fr-preposition-first"),
    ],
)
def test_a_phrase_that_is_no_noun_phrase_is_no_speaker(lang, text):
    assert last(text, lang) == ("-", "article")


@pytest.mark.parametrize(
    ("lang", "text", "inside"),
    [
        pytest.param("de", "„Wir verließen Kiel. Wir fuhren nach Rostock“, sagte er. Die Fähre fuhr weiter.", [True, True, False],
                     id="de-low-high"),
        pytest.param("de", "»Wir verließen Kiel. Wir fuhren nach Rostock«, sagte er. Die Fähre fuhr weiter.", [True, True, False],
                     id="de-chevrons"),
        pytest.param("fr", "« Nous avons quitté Brest. Nous sommes allés à Nantes », dit-il. Le ferry a continué.", [True, True, False],
                     id="fr-guillemets"),
        pytest.param("en", "“We left Dover. We drove to Leeds,” he said. The ferry went on.", [True, True, False], id="en-curly"),
        pytest.param("it", "«Siamo partiti da Bari. Siamo andati a Lecce», ha detto. Il traghetto è ripartito.", [True, True, False],
                     id="it-guillemets"),
        pytest.param("es", "«Salimos de Vigo. Fuimos a León», dijo. El ferry siguió.", [True, True, False], id="es-guillemets"),
        pytest.param("pt", "“Saímos de Aveiro. Fomos a Braga”, disse. A balsa seguiu.", [True, True, False], id="pt-curly"),
    ],
)
def test_quotation_marks_are_paired_as_the_language_pairs_them(lang, text, inside):
    assert _inside_quotes(build_document(text, lang), load(lang)) == inside


def test_every_rule_has_an_example_and_a_name():
    names = [n for n, _ in SPEAKER_RULES]
    assert len(set(names)) == len(names)
    assert all(rule.__doc__ and '"' in rule.__doc__ for _, rule in SPEAKER_RULES)


@pytest.mark.parametrize("lang", LANGS)
def test_every_language_names_the_words_the_rules_read(lang):
    lx = load(lang)
    assert lx.auxiliaries and lx.quotes and lx.as_words and lx.what_words and lx.back_references and lx.to_whom
    assert all(len(q) == 2 for q in lx.quotes)


@pytest.mark.parametrize(
    ("lang", "text", "voice"),
    [
        pytest.param("en", "The ferry left Dover at dawn.", "the article", id="en"),
        pytest.param("fr", "Le ferry a quitté Brest à l'aube.", "l'article", id="fr"),
        pytest.param("de", "Die Fähre verließ Kiel im Morgengrauen.", "der Artikel", id="de"),
        pytest.param("it", "Il traghetto è partito da Bari all'alba.", "l'articolo", id="it"),
        pytest.param("pt", "A balsa partiu de Aveiro de madrugada.", "o artigo", id="pt"),
        pytest.param("es", "El ferry salió de Vigo al amanecer.", "el artículo", id="es"),
    ],
)
def test_the_articles_own_voice_in_its_language(lang, text, voice):
    assert attribute(build_document(text, lang), load(lang))[0].claimant == voice
    assert attribute(build_document(text, lang), load(lang), source="Harbour News")[0].claimant == "Harbour News"


def test_the_rules_stay_small_and_words_stay_data():
    import ast
    import inspect

    import geo.extraction.attribution as module

    src = inspect.getsource(module)
    long = [n.name for n in ast.walk(ast.parse(src)) if isinstance(n, ast.FunctionDef) and n.end_lineno - n.lineno >= 80]
    assert long == []
    assert "lang ==" not in src and "lang !=" not in src and "import re" not in src

"""The lexicons are complete by concept and by lemma (issue 20, item 2).

``geo/lexicon/concepts.toml`` lists the concepts of motion, sending, carrying and the events
(from the verb classes of Levin 1993 and VerbNet, not from a corpus) with each language's
lemma(s). Every concept is named in every language (each lexicon of ``geo/lexicon/``) with the same frame; every inflected
form below reaches its predicate through the lemmatiser (or, where it fails, through a key
for that form in the lexicon); the reflexive uses and the verbs of taking and
bringing give movements. Sentences are written for these tests.
"""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from geo.extract.pipeline import extract
from geo.lexicon import load
from geo.text import SUPPORTED_LANGS
from geo.text.document import build_document

#: every language with a lexicon (seven: de en es fr it nl pt); a new <lang>.toml is checked too
LANGS = SUPPORTED_LANGS
P = "2017-11-14"


def _concepts() -> dict:
    return tomllib.loads(resources.files("geo.lexicon").joinpath("concepts.toml").read_text(encoding="utf-8"))


def _lexicon(lang: str) -> dict:
    return tomllib.loads(resources.files("geo.lexicon").joinpath(f"{lang}.toml").read_text(encoding="utf-8"))


CONCEPTS = [(table, name) for table, cs in _concepts().items() for name in cs]


@pytest.mark.parametrize(("table", "name"), CONCEPTS, ids=[f"{t}-{n}" for t, n in CONCEPTS])
def test_every_concept_in_every_language(table, name):
    concept = _concepts()[table][name]
    missing = []
    for lang in LANGS:
        keys = concept.get(lang) or []
        if not keys:
            missing.append(f"{lang}: no lemma")
        entries = _lexicon(lang)[table]
        for key in keys:
            value = entries.get(key)
            if value is None or value.partition(":")[0] != concept["frame"]:
                missing.append(f"{lang}.toml [{table}] {key!r} = {value!r}, expected frame {concept['frame']!r}")
    assert missing == []


def test_the_concept_table_is_not_trivial():
    # measured: 63 motion and 15 event concepts (grep -c '^\[motion' geo/lexicon/concepts.toml); minus one each
    cs = _concepts()
    assert len(cs["motion"]) >= 62 and len(cs["event"]) >= 14


#: inflected forms that must reach a predicate of the given frame, per language: participles,
#: past tenses, plurals and feminines; where simplemma does not reduce a form, the lexicon
#: lists the form itself
FORMS = {
    "en": ("fled:depart fleeing:depart left:depart escaped:depart withdrew:depart withdrawn:depart arrived:arrive reached:arrive "
           "entered:arrive crossed:traverse returned:move brought:transfer carried:transfer carrying:transfer sent:transfer "
           "visited:arrive approached:move approaching:move evacuated:transfer transported:transfer expelled:transfer "
           "escorted:transfer emigrated:depart originated:move"),
    "fr": ("parti:depart partis:depart partent:depart quittent:depart fui:depart fuient:depart fuyaient:depart "
           "arrivés:arrive arrivées:arrive atteint:arrive rejoignent:arrive traversé:traverse revenus:move retournés:move "
           "amené:transfer amenés:transfer emmenés:transfer transportés:transfer transférés:transfer envoyés:transfer "
           "évacués:transfer visité:arrive approchent:move rapatriés:transfer expulsés:transfer"),
    "de": ("flohen:depart geflohen:depart verließen:depart angekommen:arrive erreichten:arrive überquerten:traverse "
           "zurückgekehrt:move brachten:transfer gebracht:transfer transportiert:transfer evakuiert:transfer geschickt:transfer "
           "stammen:move stammt:move stammten:move näherten:move besuchte:arrive abgeschoben:transfer ausgewiesen:transfer"),
    "it": ("fuggiti:depart fuggite:depart partiti:depart lasciato:depart arrivati:arrive giunti:arrive raggiunto:arrive "
           "attraversato:traverse tornati:move rientrati:move portati:transfer trasferiti:transfer trasportati:transfer "
           "evacuati:transfer inviati:transfer visitato:arrive avvicinati:move rimpatriati:transfer espulsi:transfer "
           "sbarcati:arrive"),
    "pt": ("fugiram:depart partiram:depart deixaram:depart chegaram:arrive alcançaram:arrive atravessaram:traverse "
           "voltaram:move regressaram:move levados:transfer levaram:transfer trouxeram:transfer transferidos:transfer "
           "transportados:transfer evacuados:transfer enviados:transfer visitou:arrive aproximaram:move repatriados:transfer "
           "expulsos:transfer desembarcaram:arrive"),
    "es": ("huyeron:depart salieron:depart partieron:depart dejaron:depart llegaron:arrive alcanzaron:arrive cruzaron:traverse "
           "volvieron:move regresaron:move llevados:transfer llevadas:transfer trajeron:transfer trasladados:transfer "
           "transportados:transfer evacuados:transfer enviados:transfer visitó:arrive acercaron:move repatriados:transfer "
           "expulsados:transfer desembarcaron:arrive"),
    "nl": ("vluchtten:depart gevlucht:depart vertrok:depart vertrokken:depart verlieten:depart ontsnapten:depart "
           "teruggetrokken:depart uitgereisd:depart aangekomen:arrive arriveerden:arrive bereikten:arrive bezochten:arrive "
           "binnengekomen:arrive landden:arrive overgestoken:traverse passeerden:traverse teruggekeerd:move reisden:move "
           "naderden:move stamt:move brachten:transfer gebracht:transfer overgebracht:transfer vervoerden:transfer "
           "geevacueerd:transfer evacueerden:transfer gestuurd:transfer gedeporteerd:transfer uitgewezen:transfer "
           "gerepatrieerd:transfer geescorteerd:transfer meegenomen:transfer"),
}
FORM_CASES = [(lang, *f.split(":")) for lang, fs in FORMS.items() for f in fs.split()]


@pytest.mark.parametrize(("lang", "form", "frame"), FORM_CASES, ids=[f"{lang}-{form}" for lang, form, _ in FORM_CASES])
def test_inflected_forms_reach_their_predicate(lang, form, frame):
    lex = load(lang)
    w = build_document(f"x {form} x", lang).words[1]
    entries = [p for k in (w.lemma, w.key) for p in lex.predicates.get(k, ()) if len(p.words) == 1]
    assert frame in {p.frame for p in entries}, (w.key, w.lemma)


def moves(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    fc = extract(text, P, lang=lang)
    return [(f["properties"]["from"], f["properties"]["to"]) for f in fc["features"] if f["properties"]["kind"] == "movement"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param("fr", "Des centaines de familles se sont réfugiées à Palmyre.", (None, "palmyra"), id="fr-reflexive"),
        pytest.param("it", "Centinaia di famiglie si sono rifugiate a Palmira.", (None, "palmyra"), id="it-reflexive"),
        pytest.param("es", "Cientos de familias se refugiaron en Palmira.", (None, "palmyra"), id="es-reflexive"),
        pytest.param("pt", "Centenas de famílias refugiaram-se em Palmira.", (None, "palmyra"), id="pt-reflexive"),
    ],
)
def test_reflexive_refuge(lang, text, expected):
    assert expected in moves(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param("en", "The army brought the wounded from Raqqa to Palmyra.", ("raqqa", "palmyra"), id="en-bring"),
        pytest.param("en", "Buses took the families from Raqqa to Palmyra.", ("raqqa", "palmyra"), id="en-take"),
        pytest.param("en", "Trucks carried the families from Raqqa to Palmyra.", ("raqqa", "palmyra"), id="en-carry"),
        pytest.param("fr", "Les blessés ont été amenés de Raqqa à Palmyre.", ("raqqa", "palmyra"), id="fr-amener"),
        pytest.param("fr", "Les blessés ont été emmenés de Raqqa à Palmyre.", ("raqqa", "palmyra"), id="fr-emmener"),
        pytest.param("de", "Busse brachten die Familien aus Rakka nach Palmyra.", ("raqqa", "palmyra"), id="de-bringen"),
        pytest.param("it", "I feriti sono stati portati da Raqqa a Palmira.", ("raqqa", "palmyra"), id="it-portare"),
        pytest.param("pt", "Os feridos foram levados de Raqqa para Palmira.", ("raqqa", "palmyra"), id="pt-levar"),
        pytest.param("es", "Los heridos fueron llevados de Raqqa a Palmira.", ("raqqa", "palmyra"), id="es-llevar"),
        pytest.param("nl", "Het leger bracht de gewonden van Raqqa naar Palmyra.", ("raqqa", "palmyra"), id="nl-brengen"),
        pytest.param("nl", "Vrachtwagens vervoerden de gezinnen van Raqqa naar Palmyra.", ("raqqa", "palmyra"), id="nl-vervoeren"),
        pytest.param("nl", "De gewonden werden van Raqqa naar Palmyra overgebracht.", ("raqqa", "palmyra"), id="nl-overbrengen"),
    ],
)
def test_verbs_of_taking_and_bringing(lang, text, expected):
    assert expected in moves(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param("en", "The envoy visited Palmyra last week.", (None, "palmyra"), id="en-visit"),
        pytest.param("fr", "L'envoyé a visité Palmyre la semaine dernière.", (None, "palmyra"), id="fr-visiter"),
        pytest.param("de", "Der Gesandte besuchte Palmyra.", (None, "palmyra"), id="de-besuchen"),
        pytest.param("it", "L'inviato ha visitato Palmira.", (None, "palmyra"), id="it-visitare"),
        pytest.param("pt", "O enviado visitou Palmira.", (None, "palmyra"), id="pt-visitar"),
        pytest.param("es", "El enviado visitó Palmira.", (None, "palmyra"), id="es-visitar"),
        pytest.param("nl", "De gezant bezocht vorige week Palmyra.", (None, "palmyra"), id="nl-bezoeken"),
        pytest.param("nl", "De colonne naderde gisteren Palmyra.", (None, "palmyra"), id="nl-naderen"),
        pytest.param("nl", "Veel van de gezinnen stammen uit Raqqa.", ("raqqa", None), id="nl-stammen-uit"),
        pytest.param("en", "The column approached Palmyra from the north.", (None, "palmyra"), id="en-approach"),
        pytest.param("it", "La colonna si è avvicinata a Palmira.", (None, "palmyra"), id="it-avvicinarsi"),
        pytest.param("es", "La columna se acercó a Palmira.", (None, "palmyra"), id="es-acercarse"),
        pytest.param("de", "Viele der Familien stammen aus Rakka.", ("raqqa", None), id="de-stammen-aus"),
        pytest.param("en", "The deal gave the fighters safe passage from Raqqa to Palmyra.", ("raqqa", "palmyra"), id="en-safe-passage"),
    ],
)
def test_visit_approach_origin_and_passage(lang, text, expected):
    assert expected in moves(text, lang)

"""The story's setting (issue 20, item 4): the dateline and the place the lead names most,
lent as a missing end only to a sentence that refers to it ("here", "the camp") or to a
verb of coming; sentences of our own, one per language."""

from __future__ import annotations

import pytest

from geo.extract.pipeline import extract

P = "2024-03-01"


def moves(text: str, lang: str) -> list[tuple[str | None, str | None, tuple[str, ...]]]:
    fc = extract(text, P, lang=lang)
    return [(f["properties"]["from"], f["properties"]["to"], tuple(f["properties"]["inferred"]))
            for f in fc["features"] if f["properties"]["kind"] == "movement"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param("en", "Aleppo, 3 May (Agency) - Hundreds of families arrived here from Raqqa on Monday.", id="en-here"),
        pytest.param("fr", "Alep, 3 mai (Agence) - Des centaines de familles sont arrivées ici depuis Raqqa lundi.", id="fr-ici"),
        pytest.param("de", "Aleppo, 3. Mai (Agentur) - Hunderte Familien sind am Montag aus Rakka hier angekommen.", id="de-hier"),
        pytest.param("it", "Aleppo, 3 maggio (Agenzia) - Centinaia di famiglie sono arrivate qui da Raqqa lunedì.", id="it-qui"),
        pytest.param("es", "Alepo, 3 de mayo (Agencia) - Cientos de familias llegaron aquí desde Raqqa el lunes.", id="es-aqui"),
        pytest.param("pt", "Alepo, 3 de maio (Agência) - Centenas de famílias chegaram aqui de Raqqa na segunda-feira.", id="pt-aqui"),
        pytest.param("nl", "Aleppo, 3 mei (Agentschap) - Honderden gezinnen zijn maandag hier uit Raqqa aangekomen.", id="nl-hier"),
    ],
)
def test_here_is_the_dateline(lang, text):
    assert ("raqqa", "aleppo", ("destination",)) in moves(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param("en", "Aleppo, 3 May (Agency) - Hundreds of families arrived from Raqqa on Monday.", id="en-no-here"),
        pytest.param("fr", "Alep, 3 mai (Agence) - Des centaines de familles sont arrivées de Raqqa lundi.", id="fr-no-ici"),
        pytest.param("en", "Aleppo, 3 May (Agency) - Families reached the town of Raqqa on Monday.", id="en-the-town-of-x"),
    ],
)
def test_no_reference_no_setting_end(lang, text):
    assert all(m[1] != "aleppo" and m[0] != "aleppo" for m in moves(text, lang))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param("en", "Aleppo, 3 May (Agency) - Most of the families come from Raqqa.", id="en-come"),
        pytest.param("es", "Alepo, 3 de mayo (Agencia) - La mayoría de las familias vienen de Raqqa.", id="es-venir"),
    ],
)
def test_a_verb_of_coming_ends_at_the_setting(lang, text):
    assert ("raqqa", "aleppo", ("destination",)) in moves(text, lang)

"""Relative and participle clauses (issue 20, item 3): a clause about the mover that names
one end of the journey joins the main clause's movement, which names the other. Sentences of
our own, in every language."""

from __future__ import annotations

import pytest

from geo.extract.pipeline import extract

P = "2024-03-01"


def moves(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    fc = extract(text, P, lang=lang)
    return [(f["properties"]["from"], f["properties"]["to"]) for f in fc["features"] if f["properties"]["kind"] == "movement"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the relative clause names the goal, the main clause the start: failed before
        # relative_clause_joins (two one-ended movements)
        pytest.param("en", "The families who reached Damascus on Monday had left Aleppo a week earlier.", id="en-who-reached-had-left"),
        pytest.param("fr", "Les familles qui sont arrivées à Damas lundi avaient quitté Alep.", id="fr-qui-arrivees-avaient-quitte"),
        pytest.param("de", "Die Familien, die Damaskus erreichten, hatten Aleppo verlassen.", id="de-die-erreichten-verlassen"),
        pytest.param("it", "Le famiglie che sono arrivate a Damasco avevano lasciato Aleppo.", id="it-che-arrivate-lasciato"),
        pytest.param("pt", "As famílias que chegaram a Damasco tinham deixado Aleppo.", id="pt-que-chegaram-deixado"),
        pytest.param("es", "Las familias que llegaron a Damasco habían salido de Alepo.", id="es-que-llegaron-salido"),
    ],
)
def test_a_relative_clause_naming_the_goal_joins_the_main_clauses_start(lang, text):
    assert moves(text, lang) == [("aleppo", "damascus")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the relative or participle clause names the start, the main clause the goal (these
        # held before, through the departure-then-arrival merge; kept as guards)
        pytest.param("en", "The families, who fled Aleppo, reached Damascus on Monday.", id="en-who-fled"),
        pytest.param("en", "The people displaced from Aleppo arrived in Damascus.", id="en-displaced-from"),
        pytest.param("fr", "Les personnes déplacées d'Alep sont arrivées à Damas.", id="fr-deplacees-de"),
        pytest.param("de", "Die Familien, die aus Aleppo geflohen waren, erreichten Damaskus.", id="de-die-geflohen"),
        pytest.param("it", "Le persone sfollate da Aleppo sono arrivate a Damasco.", id="it-sfollate-da"),
        pytest.param("pt", "As famílias, que fugiram de Aleppo, chegaram a Damasco.", id="pt-que-fugiram"),
        pytest.param("es", "Las personas desplazadas de Alepo llegaron a Damasco.", id="es-desplazadas-de"),
    ],
)
def test_a_clause_naming_the_start_joins_the_main_clauses_goal(lang, text):
    assert ("aleppo", "damascus") in moves(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # two movers, no relative clause: two movements, not one journey
        pytest.param("de", "Die Familien erreichten Damaskus, die Soldaten verließen Aleppo.", id="de-article-after-comma"),
        pytest.param("en", "Families reached Damascus, and soldiers left Aleppo.", id="en-no-relative"),
    ],
)
def test_two_clauses_without_a_relative_stay_two_movements(lang, text):
    assert ("aleppo", "damascus") not in moves(text, lang)

"""A full stop after an abbreviation of the article's language ends no sentence; a short
month or "No." before a number neither; an ordinal day before its month neither. The words
are the lexicons' ``[abbreviations]`` tables (sentences written for these tests)."""

from __future__ import annotations

import pytest

from geo.text import sentences

CASES = [
    ("en-month", "en", "The convoy left on Nov. 9. Nobody stayed behind.",
     ["The convoy left on Nov. 9.", "Nobody stayed behind."]),
    ("en-title", "en", "Gen. Smith said the trucks were gone. They came back.",
     ["Gen. Smith said the trucks were gone.", "They came back."]),
    ("en-no", "en", "Route No. 4 was closed. Cars turned back.", ["Route No. 4 was closed.", "Cars turned back."]),
    ("en-month-ends", "en", "They said no. Then they left.", ["They said no.", "Then they left."]),
    ("fr-title", "fr", "Mme Durand est partie. M. Leroy est resté à Lyon.",
     ["Mme Durand est partie.", "M. Leroy est resté à Lyon."]),
    ("fr-month", "fr", "Ils sont arrivés le 3 janv. 2024 à Lyon. Puis ils sont repartis.",
     ["Ils sont arrivés le 3 janv. 2024 à Lyon.", "Puis ils sont repartis."]),
    ("de-ordinal", "de", "Am 3. Oktober zogen sie nach Bonn. Danach blieben sie.",
     ["Am 3. Oktober zogen sie nach Bonn.", "Danach blieben sie."]),
    ("de-million", "de", "Rund 2 Mio. Menschen flohen aus der Stadt. Viele kamen zurück.",
     ["Rund 2 Mio. Menschen flohen aus der Stadt.", "Viele kamen zurück."]),
    ("de-number-ends", "de", "Es waren 3. Danach ging es weiter.", ["Es waren 3.", "Danach ging es weiter."]),
    ("es-title", "es", "El Sr. Gómez llegó a Cádiz. Luego se fue.", ["El Sr. Gómez llegó a Cádiz.", "Luego se fue."]),
    ("es-month", "es", "Salieron el 2 de dic. 2023 hacia Vigo. Nadie volvió.",
     ["Salieron el 2 de dic. 2023 hacia Vigo.", "Nadie volvió."]),
    ("it-title", "it", "Il dott. Rossi è arrivato a Bari. Poi è ripartito.",
     ["Il dott. Rossi è arrivato a Bari.", "Poi è ripartito."]),
    ("pt-month", "pt", "Chegaram em 4 de out. 2022 a Braga. Depois partiram.",
     ["Chegaram em 4 de out. 2022 a Braga.", "Depois partiram."]),
    ("pt-title", "pt", "A Dra. Lima saiu de Faro. Ninguém ficou.", ["A Dra. Lima saiu de Faro.", "Ninguém ficou."]),
    ("nl-title", "nl", "Dhr. Jansen vertrok naar Gent. Niemand bleef.", ["Dhr. Jansen vertrok naar Gent.", "Niemand bleef."]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_sentences_of_the_language(lang: str, text: str, expected: list[str]) -> None:
    assert [s.text for s in sentences(text, lang)] == expected


def test_another_languages_abbreviation_ends_a_sentence() -> None:
    """Italian "on." (a member of parliament) is no abbreviation in an English article."""
    assert [s.text for s in sentences("They carried on. The road was open.", "en")] == [
        "They carried on.", "The road was open."]

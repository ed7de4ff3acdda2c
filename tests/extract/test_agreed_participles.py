"""A past participle whose agreement the lemmatiser reads as another word ("conduite" as the
noun, "trazidas" unknown) is read right after an auxiliary by its masculine singular
(``[grammar] participle_agreement``). Sentences written for this test."""

import pytest

from geo.extraction import Extractor

#: (language, text, destination id)
CASES = [
    ("fr", "Un camion les a conduites jusqu'à Damas.", "damascus"),
    ("fr", "Un bus l'a conduite à Damas lundi.", "damascus"),
    ("it", "Le donne sono state condotte a Damasco.", "damascus"),
    ("es", "Las mujeres fueron enviadas a Damasco.", "damascus"),
    ("pt", "As mulheres foram trazidas para Damasco.", "damascus"),
    ("pt", "As crianças foram acompanhadas até Damasco.", "damascus"),
]


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


@pytest.mark.parametrize(("lang", "text", "dest"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_an_agreed_participle_is_the_verb(extractor, lang, text, dest):
    ex = extractor("News\n\n" + text, "2024-03-01", lang=lang)
    assert dest in {c.destination for c in ex.claims if c.kind == "movement"}, [u.reason for u in ex.unmapped]


#: (language, text, the predicate word that must carry the movement): a participle used as an
#: adjective before a time is no verb of motion ("in den kommenden Wochen": the coming weeks)
TIMES = [
    ("de", "Die Regierung will die Familien in den kommenden Wochen nach Damaskus bringen.", "bringen"),
    ("de", "Die Familien sollen am kommenden Montag nach Damaskus gebracht werden.", "gebracht"),
]


@pytest.mark.parametrize(("lang", "text", "cue"), TIMES, ids=[f"{c[0]}-{i}" for i, c in enumerate(TIMES)])
def test_a_participle_before_a_time_is_no_verb(extractor, lang, text, cue):
    ex = extractor("News\n\n" + text, "2024-03-01", lang=lang)
    assert [c.cue for c in ex.claims if c.kind == "movement" and c.destination == "damascus"] == [cue]

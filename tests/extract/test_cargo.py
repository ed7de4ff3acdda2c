"""What moves is a thing or an animal sent or carried, not people (issue 20, precision on
unseen news): a noun of ``[constructions] cargo_nouns`` as the subject of a verb of motion, or
as the object right after a verb of sending or carrying, makes no movement; the sentence is
listed as unmapped with that reason. People sent, and the people or vehicles a cargo noun
qualifies ("aid workers", "aid lorries"), still move; a verb form spelt like a cargo noun (German
"waren", "were") is none. Sentences written for this test."""

import pytest

from geo.extraction import Extractor

#: (language, text): no movement is claimed
CARGO = [
    ("en", "The blood samples were sent to Berlin on Monday."),
    ("en", "The ministry sent medical aid to Homs on Monday."),
    ("en", "Officials met on Monday, and the letters were sent to Berlin."),
    ("fr", "Les échantillons ont été envoyés à Berlin lundi."),
    ("fr", "Le ministère a envoyé des médicaments à Homs lundi."),
    ("de", "Die Proben wurden nach Berlin geschickt."),
    ("de", "Das Ministerium schickte Medikamente nach Homs."),
    ("it", "I campioni sono stati inviati a Berlino lunedì."),
    ("it", "Il ministero ha inviato farmaci a Homs lunedì."),
    ("es", "Las muestras fueron enviadas a Berlín el lunes."),
    ("es", "El ministerio envió medicamentos a Homs el lunes."),
    ("pt", "As amostras foram enviadas para Berlim na segunda-feira."),
    ("pt", "O ministério enviou alimentos para Homs na segunda-feira."),
]

#: (language, text, destination id): people sent still move
PEOPLE = [
    ("en", "The ministry sent aid workers to Homs on Monday.", "homs"),
    ("en", "Hundreds of families were sent to Homs on Monday.", "homs"),
    ("en", "Aid lorries drove from Damascus to Homs on Monday.", "homs"),
    ("fr", "Le ministère a envoyé des médecins à Homs lundi.", "homs"),
    ("de", "Das Ministerium schickte Ärzte nach Homs.", "homs"),
    ("it", "Il ministero ha inviato medici a Homs lunedì.", "homs"),
    ("es", "El ministerio envió médicos a Homs el lunes.", "homs"),
    ("pt", "O ministério enviou médicos para Homs na segunda-feira.", "homs"),
]


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


@pytest.mark.parametrize(("lang", "text"), CARGO, ids=[f"{c[0]}-{i}" for i, c in enumerate(CARGO)])
def test_a_thing_sent_is_no_movement(extractor, lang, text):
    ex = extractor("News\n\n" + text, "2024-03-01", lang=lang)
    assert not [c for c in ex.claims if c.kind == "movement"], [(c.origin, c.destination, c.cue) for c in ex.claims]
    assert any("thing or an animal" in u.reason for u in ex.unmapped), [u.reason for u in ex.unmapped]


@pytest.mark.parametrize(("lang", "text", "dest"), PEOPLE, ids=[f"{c[0]}-{i}" for i, c in enumerate(PEOPLE)])
def test_people_sent_still_move(extractor, lang, text, dest):
    ex = extractor("News\n\n" + text, "2024-03-01", lang=lang)
    assert dest in {c.destination for c in ex.claims if c.kind == "movement"}, [(c.origin, c.destination, c.cue) for c in ex.claims]

"""A move someone was prevented from making, with the people prevented between the verb of
preventing and the verb of motion (issue 20, modality on unseen news): a ``[modality]
prevented`` phrase with "*" ("block * from", "empecher * de", "hindern * daran") matches
its words after "*" right before the verb and those before it earlier in the clause. The move
did not happen: no movement, the sentence unmapped. Sentences written for this test."""

import pytest

from geo.extraction import Extractor

#: (language, text): no movement is claimed
PREVENTED = [
    ("en", "The soldiers blocked the families from leaving Homs on Monday."),
    ("en", "The police stopped hundreds of migrants from crossing into Poland."),
    ("fr", "Les soldats ont empêché les familles de quitter Homs lundi."),
    ("fr", "Les autorités ont interdit aux migrants d'entrer en Pologne."),
    ("de", "Die Soldaten hinderten die Familien daran, nach Polen zu fliehen."),
    ("de", "Die Soldaten hielten die Familien davon ab, nach Polen zu fliehen."),
    ("it", "I soldati hanno vietato alle famiglie di lasciare Homs lunedì."),
    ("es", "Los soldados prohibieron a las familias salir de Homs el lunes."),
    ("pt", "Os soldados proibiram as famílias de sair de Homs na segunda-feira."),
]

#: (language, text, destination id): the same words in other roles leave the move claimed
CLAIMED = [
    ("en", "The army blocked the road, and thousands fled to Lebanon.", "country:LBN"),
    ("en", "The families stopped in Homs before going to Damascus.", "damascus"),
    ("fr", "Les soldats ont bloqué la route et les familles ont fui vers le Liban.", "country:LBN"),
]


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


@pytest.mark.parametrize(("lang", "text"), PREVENTED, ids=[f"{c[0]}-{i}" for i, c in enumerate(PREVENTED)])
def test_a_prevented_move_is_no_movement(extractor, lang, text):
    ex = extractor("News\n\n" + text, "2024-03-01", lang=lang)
    assert not [c for c in ex.claims if c.kind == "movement"], [(c.origin, c.destination, c.cue) for c in ex.claims]
    assert any("did not happen" in u.reason for u in ex.unmapped), [u.reason for u in ex.unmapped]


@pytest.mark.parametrize(("lang", "text", "dest"), CLAIMED, ids=[f"{c[0]}-{i}" for i, c in enumerate(CLAIMED)])
def test_other_moves_stay_claimed(extractor, lang, text, dest):
    ex = extractor("News\n\n" + text, "2024-03-01", lang=lang)
    assert dest in {c.destination for c in ex.claims if c.kind == "movement"}, [(c.origin, c.destination, c.cue) for c in ex.claims]

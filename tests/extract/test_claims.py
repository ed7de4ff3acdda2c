"""Claims read by the frames (geo.extract.frames) on the curated gazetteer alone: the cases
the first rule set was written with, kept through the rewrite."""

import datetime as dt

from geo.extract.attribution import attribute
from geo.extract.frames import extract_frames
from geo.extract.mentions import find_mentions
from geo.extract.spatial import find_spatial
from geo.lexicon import load
from geo.text.document import build_document

PUB = dt.date(2017, 11, 14)


def claims_of(text, gaz, lang):
    doc = build_document(text, lang)
    ms = find_mentions(doc, gaz)
    sp = find_spatial(doc, ms, gaz)
    return extract_frames(doc, ms, sp, gaz, PUB, source="test")


def sentence_claimant(text, lang="en"):
    doc = build_document(text, lang)
    att = attribute(doc, load(lang), source="none")[0]
    return att.claimant if att.explicit else None


def movements(claims):
    return [(c.origin, c.destination) for c in claims if c.kind == "movement"]


def test_french_quitter_and_se_diriger_vers(gaz):
    cl, _ = claims_of("Les combattants ont quitté Raqqa en se dirigeant vers Palmyre.", gaz, "fr")
    assert movements(cl) == [("raqqa", "palmyra")]
    assert cl[0].actor == "Les combattants"


def test_french_fuir_en_direction_de(gaz):
    cl, _ = claims_of("Hier, des convois ont fui Hajine en direction d’Al-Qaïm.", gaz, "fr")
    assert movements(cl) == [("hajin", "al-qaim")]
    assert cl[0].time.start == dt.date(2017, 11, 13)


def test_french_rejoindre_le_long_de(gaz):
    cl, _ = claims_of("Les unités ont quitté Deir ez-Zor pour rejoindre Mayadine le long de l’Euphrate.", gaz, "fr")
    m = [c for c in cl if c.kind == "movement"][0]
    assert (m.origin, m.destination, m.path) == ("deir-ez-zor", "al-mayadin", ("euphrates",))


def test_english_left_headed_towards_along(gaz):
    cl, _ = claims_of("ISIS fighters left Deir ez-Zor on Monday and headed towards Al-Mayadin along the Euphrates.", gaz, "en")
    m = [c for c in cl if c.kind == "movement"][0]
    assert (m.origin, m.destination, m.path) == ("deir-ez-zor", "al-mayadin", ("euphrates",))
    assert m.time.start == dt.date(2017, 11, 13)


def test_english_fled_from_to(gaz):
    cl, _ = claims_of("Hundreds of civilians fled from Hajin to Al-Qaim last week.", gaz, "en")
    assert movements(cl) == [("hajin", "al-qaim")]
    assert cl[0].time.start == dt.date(2017, 11, 6)


def test_capture_event(gaz):
    cl, _ = claims_of("Government troops captured Hajin yesterday.", gaz, "en")
    ev = [c for c in cl if c.kind == "event"]
    assert [(e.event_type, e.place) for e in ev] == [("capture", "hajin")]
    assert ev[0].actor == "Government troops"


def test_french_capture_event(gaz):
    cl, _ = claims_of("L’armée a libéré la ville de Raqqa.", gaz, "fr")
    assert [(c.event_type, c.place) for c in cl] == [("capture", "raqqa")]


def test_attack_near_a_town_is_an_event_in_the_area(gaz):
    cl, _ = claims_of("Ils préparaient des attaques contre l’armée dans les environs de Hajine.", gaz, "fr")
    assert [(c.event_type, c.place) for c in cl] == [("attack", "hajin~near")]


def test_adjective_is_not_an_argument(gaz):
    # "syrienne" is an adjective of the army, not where the attack is
    cl, _ = claims_of("Ils préparaient des attaques contre l’armée syrienne.", gaz, "fr")
    assert cl == []


def test_attribution_in_sentence_and_lead(gaz):
    text = (
        "Le ministère de la Défense a annoncé de nouvelles frappes. "
        "Les combattants ont quitté Raqqa vers Palmyre. "
        "Selon l’Observatoire, des civils ont fui Hajine vers Al-Qaïm."
    )
    cl, _ = claims_of(text, gaz, "fr")
    by_origin = {c.origin: c for c in cl if c.kind == "movement"}
    assert by_origin["raqqa"].claimant == "Le ministère de la Défense"
    assert "lead source" in by_origin["raqqa"].claimant_basis
    assert by_origin["hajin"].claimant == "l’Observatoire"


def test_unattributed_text_is_claimed_by_the_article(gaz):
    cl, _ = claims_of("The convoy left Raqqa for Palmyra.", gaz, "en")
    assert cl[0].claimant == "test"


def test_hedged_speech(gaz):
    cl, _ = claims_of("Les combattants auraient quitté Raqqa vers Palmyre.", gaz, "fr")
    assert cl[0].hedged is True
    cl, _ = claims_of("The fighters reportedly left Raqqa for Palmyra.", gaz, "en")
    assert cl[0].hedged is True


def test_motion_without_ends_inherits_from_the_same_actor(gaz):
    text = "Les combattants de l’EI ont quitté Raqqa vers Palmyre. Les convois de l’EI fuyaient le long de l’Euphrate."
    cl, _ = claims_of(text, gaz, "fr")
    ms = [c for c in cl if c.kind == "movement"]
    assert len(ms) == 2
    assert (ms[1].origin, ms[1].destination, ms[1].inferred) == ("raqqa", "palmyra", ("origin", "destination"))


def test_one_end_in_a_country_is_a_one_ended_movement(gaz):
    # (issue 11: a movement with one end named is a movement, drawn at that end)
    cl, un = claims_of("Des centaines de combattants auraient quitté la Syrie.", gaz, "fr")
    assert [(c.kind, c.origin, c.destination) for c in cl] == [("movement", "syria", None)]
    assert cl[0].hedged is True and un == []


def test_duplicate_sentence_gives_one_claim(gaz):
    s = "Les combattants ont quitté Raqqa vers Palmyre."
    cl, _ = claims_of(s + "\n" + s, gaz, "fr")
    assert len(cl) == 1


def test_no_motion_no_claim(gaz):
    cl, un = claims_of("Raqqa est une ville de Syrie sur l’Euphrate.", gaz, "fr")
    assert cl == [] and un == []


def test_sentence_claimant_forms():
    assert sentence_claimant("According to the Syrian Observatory, fighters left.") == "the Syrian Observatory"
    assert sentence_claimant("The ministry said the convoy left.") == "The ministry"
    assert sentence_claimant("Les convois sont partis, a déclaré le porte-parole.", "fr") == "le porte-parole"
    assert sentence_claimant("Les convois sont partis.", "fr") is None

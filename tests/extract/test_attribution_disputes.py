"""Who claims it and who disputes it (issue 20, claimants): the speaker of a verb of saying after
a coordinated clause ("Fighting went on, and the minister said …": speaker rule
``coordinated_clause``); a speaker who says the same kind of move did not happen disputes another
speaker's claim of it a few sentences before (status "disputed"); a German denial in the mood of
reported speech is no sentence of the speaker before it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from geo.extract.pipeline import Extractor


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def _moves(ex: Extractor, text: str, lang: str) -> list[dict]:
    fc = ex(text, "2024-03-01", lang=lang).to_geojson()
    return [f["properties"] for f in fc["features"] if f["properties"]["kind"] == "movement"]


def _same(a: str, b: str) -> bool:
    return " ".join(a.replace("'", " ").split()).casefold() == " ".join(b.replace("'", " ").split()).casefold()


COORDINATED = [
    ("en", "The roads were closed, and the mayor said thousands of families had fled from Aleppo to Damascus.", "the mayor"),
    ("fr", "Les routes étaient fermées, et le maire a déclaré que des milliers de familles avaient fui d'Alep vers Damas.", "le maire"),
    ("de", "Die Straßen waren gesperrt, und der Bürgermeister sagte, Tausende Familien seien aus Aleppo nach Damaskus geflohen.",
     "der Bürgermeister"),
    ("es", "Las carreteras estaban cerradas, y el alcalde dijo que miles de familias habían huido de Alepo a Damasco.", "el alcalde"),
    ("it", "Le strade erano chiuse, e il sindaco ha detto che migliaia di famiglie erano fuggite da Aleppo a Damasco.", "il sindaco"),
    ("pt", "As estradas estavam fechadas, e o prefeito disse que milhares de famílias tinham fugido de Alepo para Damasco.", "o prefeito"),
]


@pytest.mark.parametrize(("lang", "text", "claimant"), [pytest.param(*c, id=c[0]) for c in COORDINATED])
def test_the_subject_after_a_coordinated_clause_speaks(ex: Extractor, lang: str, text: str, claimant: str) -> None:
    got = [m["claimant"] for m in _moves(ex, text, lang)]
    assert got and all(_same(c, claimant) for c in got), got


def test_two_coordinated_speakers_stay_one_subject(ex: Extractor) -> None:
    got = [m["claimant"] for m in _moves(ex, "The mayor and the governor said families had fled from Aleppo to Damascus.", "en")]
    assert got and all(_same(c, "The mayor and the governor") for c in got), got


CONTRADICTED = [
    ("en", "The governor said the troops were withdrawing from Kharkiv to Lviv. The minister said the troops were not withdrawing."),
    ("fr", "Le gouverneur a déclaré que les troupes se retiraient de Kharkiv vers Lviv. "
           "Le ministre a affirmé que les troupes ne se retiraient pas."),
    ("de", "Der Gouverneur sagte, die Truppen zögen sich aus Charkiw nach Lwiw zurück. "
           "Der Minister sagte, die Truppen zögen sich nicht zurück."),
    ("es", "El gobernador dijo que las tropas se retiraban de Járkov a Leópolis. El ministro afirmó que las tropas no se retiraban."),
    ("it", "Il governatore ha detto che le truppe si ritiravano da Kharkiv a Leopoli. Il ministro ha affermato che le truppe non si ritiravano."),
    ("pt", "O governador disse que as tropas se retiravam de Kharkiv para Lviv. O ministro afirmou que as tropas não se retiravam."),
]


@pytest.mark.parametrize(("lang", "text"), [pytest.param(*c, id=c[0]) for c in CONTRADICTED])
def test_another_speaker_saying_the_move_did_not_happen_disputes_it(ex: Extractor, lang: str, text: str) -> None:
    got = _moves(ex, text, lang)
    assert got and all(m["status"] == "disputed" for m in got), got


@pytest.mark.parametrize(("lang", "text"), [pytest.param(c[0], c[1].split(". ")[0] + ".", id=c[0]) for c in CONTRADICTED])
def test_a_claim_nobody_contradicts_stays_claimed(ex: Extractor, lang: str, text: str) -> None:
    got = _moves(ex, text, lang)
    assert got and all(m["status"] == "claimed" for m in got), got


def test_the_same_speaker_saying_what_did_not_move_disputes_nothing(ex: Extractor) -> None:
    text = "The governor said the troops were withdrawing from Kharkiv to Lviv. The governor said the tanks were not withdrawing."
    got = _moves(ex, text, "en")
    assert got and all(m["status"] == "claimed" for m in got), got


def test_a_german_denial_in_reported_speech_is_not_the_speaker_before(ex: Extractor) -> None:
    text = ("Die Armee hat ihre Truppen aus Charkiw nach Lwiw abgezogen, sagte der Gouverneur.\n\n"
            "Die Regierung bestritt, dass Tausende Familien aus Aleppo nach Damaskus geflohen seien.")
    got = [m for m in _moves(ex, text, "de") if m["cue"] == "geflohen"]
    assert got and all(m["claimant"] == "the article" and m["status"] == "disputed" for m in got), got


CONTRARY = [
    ("en", "Contrary to claims by the rebels, the troops withdrew from Homs to Latakia."),
    ("en", "The troops withdrew from Homs to Latakia, contrary to what the army said."),
    ("fr", "Contrairement aux affirmations des rebelles, les troupes se sont retirées de Homs vers Lattaquié."),
    ("de", "Entgegen den Behauptungen der Rebellen zogen sich die Truppen aus Homs nach Latakia zurück."),
    ("es", "Contrariamente a lo que afirman los rebeldes, las tropas se retiraron de Homs a Latakia."),
    ("it", "Contrariamente a quanto affermato dai ribelli, le truppe si sono ritirate da Homs a Latakia."),
    ("pt", "Ao contrário do que afirmam os rebeldes, as tropas retiraram-se de Homs para Latakia."),
]


@pytest.mark.parametrize(("lang", "text"), [pytest.param(*c, id=f"{c[0]}-{k}") for k, c in enumerate(CONTRARY)])
def test_contrary_to_claims_disputes_the_sentence_and_names_no_speaker(ex: Extractor, lang: str, text: str) -> None:
    got = _moves(ex, text, lang)
    assert got and all(m["status"] == "disputed" and m["claimant"] == "the article" for m in got), got


@pytest.mark.parametrize(("lang", "text"), [
    pytest.param("en", "Contrary to expectations, families fled from Aleppo to Damascus.", id="en-no-claim"),
    pytest.param("de", "Im Gegensatz zu Syrien flohen Familien aus Aleppo nach Damaskus.", id="de-unlike"),
    pytest.param("de", "Die Helfer kamen den Familien entgegen, die aus Homs nach Latakia geflohen waren.", id="de-particle"),
])
def test_contrast_without_a_claim_disputes_nothing(ex: Extractor, lang: str, text: str) -> None:
    got = _moves(ex, text, lang)
    assert got and all(m["status"] == "claimed" for m in got), got


@pytest.mark.parametrize(("lang", "text", "claimant"), [
    pytest.param("en", "The ministry said on Monday:\n- 500 soldiers withdrew from Kherson to Mykolaiv;\n"
                       "- 200 soldiers moved from Izium to Kharkiv.", "The ministry", id="en-list"),
    pytest.param("fr", "Le ministère a indiqué lundi :\n- 500 soldats se sont retirés de Kherson vers Mykolaïv ;\n"
                       "- 200 soldats sont allés d'Izioum à Kharkiv.", "Le ministère", id="fr-list"),
    pytest.param("en", "The mayor explained:\n\nHundreds of families travelled from Aleppo to Damascus. Others went from Homs to Beirut.",
                 "The mayor", id="en-paragraph"),
])
def test_what_a_colon_introduces_is_the_speakers(ex: Extractor, lang: str, text: str, claimant: str) -> None:
    got = [m["claimant"] for m in _moves(ex, text, lang)]
    assert len(got) >= 2 and all(_same(c, claimant) for c in got), got


def test_a_list_after_a_colon_with_no_speaker_stays_the_articles(ex: Extractor) -> None:
    text = "The figures for Monday:\n- 500 soldiers withdrew from Kherson to Mykolaiv;\n- 200 soldiers moved from Izium to Kharkiv."
    got = [m["claimant"] for m in _moves(ex, text, "en")]
    assert got and all(c == "the article" for c in got), got


DENIED_CLAIMS_OF = [
    ("en", "The army denied the rebels' claim that the troops had withdrawn from Idlib to Aleppo.", "the rebels"),
    ("en", "The ministry rejected claims by local media that families had fled from Hama to Tartus.", "local media"),
    ("fr", "L'armée a démenti les affirmations des rebelles selon lesquelles ses troupes se seraient retirées d'Idleb vers Alep.", "rebelles"),
    ("de", "Die Armee wies Behauptungen der Rebellen zurück, ihre Truppen seien aus Idlib nach Aleppo abgezogen.", "der Rebellen"),
    ("es", "El ejército desmintió las afirmaciones de los rebeldes de que sus tropas se habían retirado de Idlib a Alepo.", "los rebeldes"),
    ("it", "L'esercito ha smentito le dichiarazioni dei ribelli secondo cui le truppe sarebbero partite da Idlib per Damasco.", "ribelli"),
    ("pt", "O exército desmentiu as afirmações dos rebeldes de que as suas tropas se teriam retirado de Idlib para Alepo.", "rebeldes"),
]


@pytest.mark.parametrize(("lang", "text", "claimant"), [pytest.param(*c, id=f"{c[0]}-{k}") for k, c in enumerate(DENIED_CLAIMS_OF)])
def test_a_denied_claim_is_claimed_by_whose_claim_it_is(ex: Extractor, lang: str, text: str, claimant: str) -> None:
    got = _moves(ex, text, lang)
    assert got and all(_same(m["claimant"], claimant) and m["status"] == "disputed" for m in got), got


def test_denied_reports_with_no_owner_stay_the_articles(ex: Extractor) -> None:
    got = _moves(ex, "The government rejected reports that thousands of families had fled from Aleppo to Damascus.", "en")
    assert got and all(m["claimant"] == "the article" and m["status"] == "disputed" for m in got), got


@pytest.mark.parametrize(("lang", "text", "claimant"), [
    pytest.param("fr", "Des milliers de familles ont fui d'Alep vers Damas, a annoncé l'ONU. La porte-parole de l'ONU, Ann Doe, "
                       "a déclaré que des familles avaient marché de Homs à Beyrouth.", "l'ONU", id="fr"),
    pytest.param("en", "Thousands of families fled from Aleppo to Damascus, the UN said. The head of the UN, Ann Doe, "
                       "said families had walked from Homs to Beirut.", "the UN", id="en"),
    pytest.param("es", "Miles de familias huyeron de Alepo a Damasco, informó la ONU. La portavoz de la ONU, Ann Doe, "
                       "dijo que las familias caminaron de Homs a Beirut.", "la ONU", id="es"),
])
def test_an_organisation_is_not_the_person_who_speaks_for_it(ex: Extractor, lang: str, text: str, claimant: str) -> None:
    got = _moves(ex, text, lang)
    first = [m["claimant"] for m in got if m["sentence"] == min(x["sentence"] for x in got)]
    assert first and all(_same(c, claimant) for c in first), got


HONORIFICS = [
    ("en", "Ann Doe said the road was closed. Mrs Doe said her family had fled from Aleppo to Damascus."),
    ("fr", "Ann Doe a déclaré que la route était fermée. Mme Doe a affirmé que sa famille avait fui d'Alep vers Damas."),
    ("de", "Ann Doe sagte, die Straße sei gesperrt. Frau Doe sagte, ihre Familie sei aus Aleppo nach Damaskus geflohen."),
    ("es", "Ann Doe dijo que la carretera estaba cerrada. La señora Doe dijo que su familia había huido de Alepo a Damasco."),
    ("it", "Ann Doe ha detto che la strada era chiusa. La signora Doe ha detto che la sua famiglia era fuggita da Aleppo a Damasco."),
    ("pt", "Ann Doe disse que a estrada estava fechada. A senhora Doe disse que a sua família tinha fugido de Alepo para Damasco."),
]


@pytest.mark.parametrize(("lang", "text"), [pytest.param(*c, id=c[0]) for c in HONORIFICS])
def test_a_surname_after_a_word_of_address_is_the_person_named_before(ex: Extractor, lang: str, text: str) -> None:
    got = [m["claimant"] for m in _moves(ex, text, lang)]
    assert got and all("Ann Doe" in c for c in got), got


def test_a_german_speaker_ends_before_whom_they_spoke_to(ex: Extractor) -> None:
    text = "Familien seien aus Homs nach Beirut gegangen, sagte die Sprecherin Ann Doe vor Journalisten."
    got = [m["claimant"] for m in _moves(ex, text, "de")]
    assert got and all(c == "die Sprecherin Ann Doe" for c in got), got

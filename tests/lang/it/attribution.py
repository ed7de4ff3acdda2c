"""Italian sentences of tests/extract/test_attribution.py, one table a test (see tests/lang/__init__.py)."""

import pytest

A_SPEAKER_WHO_SAYS_THIS_SAYS_THE_SENTENCE_BEFORE = [
    pytest.param("Cento famiglie hanno lasciato Bari. Lo denuncia il sindaco, secondo quanto riferisce l'agenzia.", "il sindaco", id="over-according"),
    pytest.param("Il traghetto è partito da Bari all'alba. Lo ha confermato la capitaneria.", "la capitaneria", id="lo-ha-confermato"),
    pytest.param("Il traghetto è partito da Bari all'alba.\nLo ha confermato la capitaneria.", "la capitaneria", id="new-paragraph"),
]

AS_THE_SPEAKER_SAID = [
    pytest.param("Il traghetto è partito da Bari all'alba, come ha confermato la capitaneria.", "la capitaneria", id="come"),
]

A_SPEAKER_LEFT_UNNAMED_AFTER_THE_QUOTE_IS_THE_LAST_NAMED = [
    pytest.param("Il capitano ha spiegato la rotta.\n«Torneremo», ha sospirato.", "Il capitano", "quotation_tag+pronoun", id="ha-sospirato"),
    pytest.param("Il capitano ha spiegato la rotta. «Siamo partiti da Bari all'alba», ha aggiunto.", "Il capitano", "subjectless+pronoun", id="ha-aggiunto"),
]

ACCORDING_TO_WHAT_THE_SPEAKER_SAYS = [
    pytest.param("Secondo quanto riporta la capitaneria, il traghetto è partito da Bari.", "la capitaneria", id="quanto"),
]

THE_SPEAKER_AFTER_WHOM_IT_WAS_TOLD_TO = [
    pytest.param("Il traghetto è partito da Bari all'alba, ha detto all'ANSA il comandante.", "il comandante", id="all-ansa"),
]

A_NAME_IS_NOT_CUT_AT_A_LEXICON_WORD = [
    pytest.param("Secondo l'Ufficio per le Migrazioni, il traghetto è partito da Bari.", "l'Ufficio per le Migrazioni", id="migrazioni"),
]

ONE_ENTITY_ONE_NAME = [
    pytest.param("Il sindaco Marco Rossi ha detto che il traghetto è partito. Rossi ha aggiunto che è arrivato.", "Il sindaco Marco Rossi", id="surname"),
]

QUOTATION_MARKS_ARE_PAIRED_AS_THE_LANGUAGE_PAIRS_THEM = [
    pytest.param("«Siamo partiti da Bari. Siamo andati a Lecce», ha detto. Il traghetto è ripartito.", [True, True, False], id="guillemets"),
]

THE_ARTICLES_OWN_VOICE_IN_ITS_LANGUAGE = [
    pytest.param("Il traghetto è partito da Bari all'alba.", "l'articolo"),
]

THE_SPEAKER_OF_A_QUOTATION_WHATEVER_ITS_VERB = [
    pytest.param("«Non torneremo», ha sospirato un vecchio pescatore.", "un vecchio pescatore", id="ha-sospirato"),
]

A_VERB_INSIDE_THE_QUOTATION_IS_NOT_ITS_TAG = [
    pytest.param("«L'esercito dice di partire», ha raccontato il sindaco.", "il sindaco", id="dice-inside"),
]

SPECULATING_IS_SAYING = [
    pytest.param("La guardia costiera ha ipotizzato che la barca si dirigesse verso Malta.", "La guardia costiera", id="ha-ipotizzato"),
]

A_PRONOUN_AND_AN_ADVERB_BEFORE_THE_VERB = [
    pytest.param("Il sindaco ha spiegato la rotta. Lui ha seccamente aggiunto che il traghetto era partito.", "Il sindaco", id="lui-ha-seccamente-aggiunto"),
]

THE_ARTICLES_OWN_VOICE_IS_NEVER_LENT_A_SPEAKER = [
    pytest.param("Il sindaco ha detto che la strada era aperta. Il bilancio è stato stimato in 50 morti.", "impersonal", id="e-stato-stimato"),
    pytest.param("Il sindaco ha detto che la strada era aperta. Si stima che gran parte delle famiglie abbia lasciato la valle.", "impersonal", id="si-stima"),
    pytest.param("Il sindaco ha detto che la strada era aperta. Si dice che le famiglie siano arrivate a Tarvel.", "impersonal", id="si-dice"),
    pytest.param("Il sindaco ha detto che la strada era aperta. Non è stato possibile verificare queste cifre.", "unverified", id="non-possibile-verificare"),
    pytest.param("«La strada è aperta», ha detto Anna Rossi, un'autista. Lei è partita per Tarvel a mezzogiorno.", "about_the_speaker", id="lei-e-partita"),
]

A_NAMED_SPEAKER_OUTRANKS_IMPERSONAL_WORDS = [
    pytest.param("Si stima che 2000 persone siano fuggite a Tarvel, ha detto il sindaco.", "il sindaco", id="ha-detto-il-sindaco"),
]

A_ROLE_AND_A_NAME_ARE_ONE_ENTITY = [
    pytest.param("Il prefetto della regione, Anna Rossi, ha detto che il convoglio ha lasciato Tarvel. Il prefetto ha aggiunto che è arrivato a Sarn.",
                 "Il prefetto della regione, Anna Rossi", id="role-then-name"),
]

WHEN_THE_SPEAKER_SPOKE_IS_NOT_THEIR_NAME = [
    pytest.param("Le famiglie sono partite per Tarvel, ha detto il sindaco lunedì.", "il sindaco", id="lunedi"),
]

A_VERB_OF_SAYING_IN_THE_PASSIVE_SPEAKS_BY_ITS_AGENT = [
    pytest.param("La fuga delle famiglie verso Tarvel è stata riferita dalla polizia.", "polizia", id="dalla"),
]

ACCORDING_TO_SPEAKS_FOR_ITS_OWN_SENTENCE = [
    pytest.param("Il traghetto è partito all'alba. La strada era chiusa. Secondo l'agenzia, 200 persone sono fuggite a Tarvel. Sono ripartite per Sarn.", id="secondo"),
]

A_TIME_BEFORE_THE_SPEAKER_AFTER_THE_VERB = [
    pytest.param("Il traghetto è partito da Bari all'alba, ha detto martedì la capitaneria.", "la capitaneria", id="weekday"),
    pytest.param("Il traghetto è partito da Bari all'alba, ha spiegato nella serata il comandante.", "il comandante", id="preposition-and-time"),
]

THE_SPEAKER_AFTER_WHERE_THEY_SAID_IT = [
    pytest.param("Il traghetto è partito da Bari all'alba, scrive su Telegram la capitaneria.", 'la capitaneria', id="on-telegram"),
]

A_PRONOUN_SPEAKER_IS_THE_PERSON_JUST_INTRODUCED = [
    pytest.param("Anna Rossi, 34 anni, è partita con i figli. «Siamo partiti da Bari all'alba», ha raccontato.", 'Anna Rossi', id='ha-raccontato'),
]

A_QUOTATION_AFTER_ITS_SPEAKER_IS_INTRODUCED = [
    pytest.param('Bo Lind è pescatore a Tartus. "Le barche sono partite da Tartus per Cipro di notte."', 'Bo Lind', id='e'),
    pytest.param('Bo Lind, 51 anni, ripara le reti al porto. "Abbiamo navigato da Tartus a Cipro di notte."', 'Bo Lind', id='apposition'),
]

A_PRONOUN_TOLD_TO_IS_NO_SPEAKER = [
    pytest.param('Bo Lind, un pescatore, mi ha detto: "Le barche sono partite per Cipro."', 'Bo Lind, un pescatore', id='mi-ha-detto'),
    pytest.param('Bo Lind ci ha spiegato che le barche erano partite per Cipro.', 'Bo Lind', id='ci-ha-spiegato'),
]

A_NEGATION_IN_A_CLAUSE_SET_OFF_LEAVES_THE_VERB = [
]

A_VERB_OF_REMEMBERING_SAYS = [
]

A_ROLE_THEN_NAME_INTRODUCES_THE_PERSON = [
    pytest.param('Un pescatore, Bo Lind, riparava le reti. Lui ha detto che le barche erano partite per Cipro.', 'Un pescatore, Bo Lind', id='role-then-name'),
]

A_QUOTATION_OPENING_A_PARAGRAPH_AFTER_ITS_SPEAKER = [
    pytest.param('Bo Lind ha descritto la traversata ai giornalisti.\n\n"Le barche sono partite da Tartus per Cipro di notte."', 'Bo Lind', id='described-then-quoted'),
]

THIS_IS_HOW_THE_SPEAKER_SAYS_THE_SENTENCE_BEFORE = [
    pytest.param('"Le barche sono partite da Tartus per Cipro di notte." È così che Bo Lind, un pescatore, lo racconta.', 'Bo Lind, un pescatore', id='e-cosi-che'),
]

CONFESSING_AND_NARRATING_ARE_SAYING = [
    pytest.param('Bo Lind confessa che le barche sono partite da Tartus per Cipro.', 'Bo Lind', id='confessa'),
    pytest.param('Bo Lind narra che le barche sono partite da Tartus per Cipro.', 'Bo Lind', id='narra'),
]

A_QUOTATION_SET_BEFORE_ITS_SPEAKER_IS_INTRODUCED = [
    pytest.param('"Le barche sono partite da Tartus per Cipro di notte."\n\nBo Lind, 51 anni, ripara le reti al porto.', 'Bo Lind', id='quotation-first'),
]

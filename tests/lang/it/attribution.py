"""Italian sentences of tests/extract/test_attribution.py, one table a test (see tests/lang/__init__.py)."""

import pytest

A_SPEAKER_WHO_SAYS_THIS_SAYS_THE_SENTENCE_BEFORE = [
    pytest.param("Il traghetto è partito da Bari all'alba. Lo ha confermato la capitaneria.", "la capitaneria", id="lo-ha-confermato"),
]

AS_THE_SPEAKER_SAID = [
    pytest.param("Il traghetto è partito da Bari all'alba, come ha confermato la capitaneria.", "la capitaneria", id="come"),
]

A_SPEAKER_LEFT_UNNAMED_AFTER_THE_QUOTE_IS_THE_LAST_NAMED = [
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

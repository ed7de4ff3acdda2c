"""French sentences of tests/extract/test_attribution.py, one table a test (see tests/lang/__init__.py)."""

import pytest

A_SPEAKER_WHO_SAYS_THIS_SAYS_THE_SENTENCE_BEFORE = [
    pytest.param("Le ferry a quitté Brest à l'aube. C'est ce qu'a indiqué la capitainerie.", "la capitainerie", id="c-est-ce-qu-a-indique"),
]

AS_THE_SPEAKER_SAID = [
    pytest.param("Le ferry a quitté Brest à l'aube, comme l'a confirmé la capitainerie.", "la capitainerie", id="comme"),
]

A_SPEAKER_LEFT_UNNAMED_AFTER_THE_QUOTE_IS_THE_LAST_NAMED = [
    pytest.param("Le capitaine a précisé la route.\n« Nous avons quitté Brest à l'aube », a-t-il ajouté.", "Le capitaine", "inverted_pronoun+pronoun", id="a-t-il-ajoute"),
]

ACCORDING_TO_WHAT_THE_SPEAKER_SAYS = [
    pytest.param("Selon ce que rapporte la capitainerie, le ferry a quitté Brest.", "la capitainerie", id="ce-que"),
]

THE_SPEAKER_AFTER_WHOM_IT_WAS_TOLD_TO = [
    pytest.param("Le ferry a quitté Brest à l'aube, a indiqué à l'AFP la capitainerie.", "la capitainerie", id="a-l-afp"),
]

A_NAME_IS_NOT_CUT_AT_A_LEXICON_WORD = [
    pytest.param("Selon l'Office des Migrations, le ferry a quitté Brest.", "l'Office des Migrations", id="migrations"),
]

ONE_ENTITY_ONE_NAME = [
    pytest.param("Le maire Jean Dupont a déclaré que le ferry était parti. Dupont a ajouté qu'il était arrivé.", "Le maire Jean Dupont", id="surname"),
]

A_PHRASE_THAT_IS_NO_NOUN_PHRASE_IS_NO_SPEAKER = [
    pytest.param("À leur arrivée ont raconté que le ferry était parti de Brest.", id="preposition-first"),
]

QUOTATION_MARKS_ARE_PAIRED_AS_THE_LANGUAGE_PAIRS_THEM = [
    pytest.param("« Nous avons quitté Brest. Nous sommes allés à Nantes », dit-il. Le ferry a continué.", [True, True, False], id="guillemets"),
]

THE_ARTICLES_OWN_VOICE_IN_ITS_LANGUAGE = [
    pytest.param("Le ferry a quitté Brest à l'aube.", "l'article"),
]

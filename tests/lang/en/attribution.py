"""English sentences of tests/extract/test_attribution.py, one table a test (see tests/lang/__init__.py)."""

import pytest

A_SPEAKER_WHO_SAYS_THIS_SAYS_THE_SENTENCE_BEFORE = [
    pytest.param("The ferry left Dover at dawn. So said the harbour master.", "the harbour master", id="so-said"),
]

AS_THE_SPEAKER_SAID = [
    pytest.param("The ferry left Dover at dawn, as the harbour office confirmed.", "the harbour office", id="as"),
]

ACCORDING_TO_WHAT_THE_SPEAKER_SAYS = [
    pytest.param("According to what the harbour office said, the ferry left Dover.", "the harbour office", id="what"),
]

ONE_ENTITY_ONE_NAME = [
    pytest.param("The Defence Ministry said the convoy left at dawn. The ministry said it reached the coast.", "The Defence Ministry", id="shorter-mention"),
]

WHERE_THE_SPEAKER_SPOKE_IS_NOT_THEIR_NAME = [
    pytest.param("Governor Ann Doe at a briefing said the ferry left.", "Governor Ann Doe", id="at-a-briefing"),
]

QUOTATION_MARKS_ARE_PAIRED_AS_THE_LANGUAGE_PAIRS_THEM = [
    pytest.param("“We left Dover. We drove to Leeds,” he said. The ferry went on.", [True, True, False], id="curly"),
]

THE_ARTICLES_OWN_VOICE_IN_ITS_LANGUAGE = [
    pytest.param("The ferry left Dover at dawn.", "the article"),
]

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

THE_SPEAKER_OF_A_QUOTATION_WHATEVER_ITS_VERB = [
    pytest.param('"We will not go back," Ann Doe sighed.', "Ann Doe", id="name-then-verb"),
    pytest.param('"We will not go back," shrugged the old fisherman.', "the old fisherman", id="verb-then-name"),
]

A_SPEAKER_LEFT_UNNAMED_AFTER_THE_QUOTE_IS_THE_LAST_NAMED = [
    pytest.param('The captain explained the route.\n"We will come back," he sighed.', "The captain", "quotation_tag+pronoun", id="he-sighed"),
]

A_VERB_INSIDE_THE_QUOTATION_IS_NOT_ITS_TAG = [
    pytest.param('"The army says we must go," the mayor told the radio.', "the mayor", id="says-inside"),
]

SPECULATING_IS_SAYING = [
    pytest.param("The coastguard speculated that the boat was heading for Malta.", "The coastguard", id="speculated"),
]

A_PRONOUN_AND_AN_ADVERB_BEFORE_THE_VERB = [
    pytest.param("The mayor explained the route. He bluntly said the ferry had left.", "The mayor", id="he-bluntly-said"),
]

A_NAME_IS_NOT_CUT_AT_A_LEXICON_WORD = [
    # ("report" is also a noun of the data a source published: the source is the agency, [attribution] data_nouns)
    pytest.param("According to the report of the agency, the convoy left Gao.", "the agency", id="report-after-the"),
]

THE_ARTICLES_OWN_VOICE_IS_NEVER_LENT_A_SPEAKER = [
    pytest.param("The mayor said the road was open. The toll was estimated at 50 and 2,000 people fled to Tarvel.", "impersonal", id="was-estimated"),
    pytest.param("The mayor said the road to Tarvel was open. It is believed that most families left the valley.", "impersonal", id="it-is-believed"),
    pytest.param("The mayor said the road was open. The families are said to have reached Tarvel.", "impersonal", id="are-said-to"),
    pytest.param("The mayor said the road was open. The figures could not be independently verified.", "unverified", id="not-verified"),
    pytest.param("“The road is open,” said Ann Doe, a driver. She left for Tarvel at noon.", "about_the_speaker", id="she-left"),
]

A_NAMED_SPEAKER_OUTRANKS_IMPERSONAL_WORDS = [
    pytest.param("It is estimated that 2,000 people fled to Tarvel, the mayor said.", "the mayor", id="the-mayor-said"),
]

A_ROLE_AND_A_NAME_ARE_ONE_ENTITY = [
    pytest.param("The regional governor, Ann Doe, said the convoy left Tarvel. The governor said it reached Sarn.",
                 "The regional governor, Ann Doe", id="role-then-name"),
    pytest.param("Ann Doe, the regional governor, said the convoy left Tarvel. Doe said it reached Sarn.",
                 "Ann Doe, the regional governor", id="name-then-role"),
]

WHEN_THE_SPEAKER_SPOKE_IS_NOT_THEIR_NAME = [
    pytest.param("The families drove to Tarvel, said Ann Doe on Monday.", "Ann Doe", id="on-monday"),
    pytest.param("Deputy police chief Ann Doe earlier said the families drove to Tarvel.", "Deputy police chief Ann Doe", id="earlier"),
]

A_VERB_OF_SAYING_IN_THE_PASSIVE_SPEAKS_BY_ITS_AGENT = [
    pytest.param("The number of families who fled to Tarvel was estimated at 2,000 by the regional agency.", "the regional agency", id="by"),
]

ACCORDING_TO_SPEAKS_FOR_ITS_OWN_SENTENCE = [
    pytest.param("The ferry left at dawn. The road was closed. According to the agency, 200 people fled to Tarvel. They went on to Sarn.", id="according-to"),
]

A_BARE_PLURAL_SPEAKER_CLOSING_THE_SENTENCE = [
    pytest.param("The ferry left Dover at dawn, officials said.", "officials", id="officials-said"),
    pytest.param("The ferry left Dover at dawn, harbour workers told reporters.", "harbour workers", id="told-reporters"),
]

A_PRONOUN_SPEAKER_IS_THE_PERSON_JUST_INTRODUCED = [
    pytest.param('Ann Doe, 34, left with her two sons. "We left Dover at dawn," she said.', 'Ann Doe', id='quoted'),
    pytest.param('Ann Doe, 34, left with her two sons. She said they had left Dover at dawn.', 'Ann Doe', id='she-said'),
]

A_VERB_OF_SAYING_OF_ITS_CLASS = [
    pytest.param("The ferry left Dover at dawn, the harbour master reiterated.", "the harbour master", id="reiterated"),
    pytest.param("The harbour master clarified that the ferry had left Dover at dawn.", "The harbour master", id="clarified"),
    pytest.param("The ferry left Dover at dawn, the coastguard cautioned.", "the coastguard", id="cautioned"),
]

THE_ONE_QUOTED_AS_SAYING_SPEAKS = [
    pytest.param("State radio quoted the harbour master as saying the ferry had left Dover.", "the harbour master", id="quoted-as-saying"),
    pytest.param("The agency cited a coastguard officer as saying the ferry had left Dover.", "a coastguard officer", id="cited-as-saying"),
]

A_QUOTATION_AFTER_ITS_SPEAKER_IS_INTRODUCED = [
    pytest.param('Bo Lind is a fisherman from Tartus. "The boats left Tartus for Cyprus at night."', 'Bo Lind', id='is-a'),
    pytest.param('Bo Lind, 51, mends nets by the harbour. "We sailed from Tartus to Cyprus at night."', 'Bo Lind', id='apposition'),
]

A_PRONOUN_TOLD_TO_IS_NO_SPEAKER = [
]

A_NEGATION_IN_A_CLAUSE_SET_OFF_LEAVES_THE_VERB = [
    pytest.param('A fisherman in Tartus, who would not be named, said the boats had sailed for Cyprus.', 'A fisherman in Tartus', id='who-did-not'),
]

A_VERB_OF_REMEMBERING_SAYS = [
    pytest.param('Bo Lind remembers: "The boats sailed from Tartus to Cyprus at night."', 'Bo Lind', id='remembers'),
]

A_ROLE_THEN_NAME_INTRODUCES_THE_PERSON = [
    pytest.param('A fisherman, Bo Lind, mended his nets. He said the boats had sailed for Cyprus.', 'A fisherman, Bo Lind', id='role-then-name'),
]

A_QUOTATION_OPENING_A_PARAGRAPH_AFTER_ITS_SPEAKER = [
    pytest.param('Bo Lind described the crossing to reporters.\n\n"The boats left Tartus for Cyprus at night."', 'Bo Lind', id='described-then-quoted'),
]

THIS_IS_HOW_THE_SPEAKER_SAYS_THE_SENTENCE_BEFORE = [
    pytest.param('"The boats left Tartus for Cyprus at night." This is how Bo Lind, a fisherman, remembers it.', 'Bo Lind, a fisherman', id='this-is-how'),
]

CONFESSING_AND_NARRATING_ARE_SAYING = [
    pytest.param('Bo Lind confides that the boats left Tartus for Cyprus.', 'Bo Lind', id='confides'),
    pytest.param('Bo Lind narrates how the boats left Tartus for Cyprus.', 'Bo Lind', id='narrates'),
]

A_QUOTATION_SET_BEFORE_ITS_SPEAKER_IS_INTRODUCED = [
    pytest.param('"The boats left Tartus for Cyprus at night."\n\nBo Lind, 51, mends nets in the harbour.', 'Bo Lind', id='quotation-first'),
]

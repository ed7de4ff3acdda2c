"""French sentences of tests/extract/test_attribution.py, one table a test (see tests/lang/__init__.py)."""

import pytest

A_SPEAKER_WHO_SAYS_THIS_SAYS_THE_SENTENCE_BEFORE = [
    pytest.param("Le ferry a quitté Brest à l'aube. C'est ce qu'a indiqué la capitainerie.", "la capitainerie", id="c-est-ce-qu-a-indique"),
    pytest.param("Le ferry a quitté Brest à l'aube.\nC'est ce qu'a indiqué la capitainerie.", "la capitainerie", id="new-paragraph"),
]

AS_THE_SPEAKER_SAID = [
    pytest.param("Le ferry a quitté Brest à l'aube, comme l'a confirmé la capitainerie.", "la capitainerie", id="comme"),
]

A_SPEAKER_LEFT_UNNAMED_AFTER_THE_QUOTE_IS_THE_LAST_NAMED = [
    pytest.param("Le préfet a précisé le bilan.\n« Le point a été fait entre la mairie et la Croix-Rouge (CRF) », ajoute-t-il.", "Le préfet", "inverted_pronoun+pronoun", id="ajoute-t-il-not-the-name-in-the-quote"),
    pytest.param("Le capitaine a précisé la route.\n« Nous reviendrons », soupire-t-il.", "Le capitaine", "quotation_tag+pronoun", id="soupire-t-il"),
    pytest.param("Le capitaine a précisé la route.\n« Nous avons quitté Brest à l'aube », a-t-il ajouté.", "Le capitaine", "inverted_pronoun+pronoun", id="a-t-il-ajoute"),
]

ACCORDING_TO_WHAT_THE_SPEAKER_SAYS = [
    pytest.param("Selon ce que rapporte la capitainerie, le ferry a quitté Brest.", "la capitainerie", id="ce-que"),
]

THE_SPEAKER_AFTER_WHOM_IT_WAS_TOLD_TO = [
    pytest.param("Le ferry a quitté Brest à l'aube, a indiqué à l'AFP la capitainerie.", "la capitainerie", id="a-l-afp"),
]

A_NAME_IS_NOT_CUT_AT_A_LEXICON_WORD = [
    pytest.param("Selon le communiqué de l'armée, le convoi a quitté Gao.", "le communiqué de l'armée", id="communique-after-le"),
    pytest.param("Selon l'Office des Migrations, le ferry a quitté Brest.", "l'Office des Migrations", id="migrations"),
]

ONE_ENTITY_ONE_NAME = [
    pytest.param("Le maire Jean Dupont a déclaré que le ferry était parti. Dupont a ajouté qu'il était arrivé.", "Le maire Jean Dupont", id="surname"),
]

A_PHRASE_THAT_IS_NO_NOUN_PHRASE_IS_NO_SPEAKER = [
    pytest.param("À leur arrivée ont raconté que le ferry était parti de Brest.", id="preposition-first"),
]

QUOTATION_MARKS_ARE_PAIRED_AS_THE_LANGUAGE_PAIRS_THEM = [
    pytest.param("Nous avons quitté Brest. Nous sommes allés à Nantes », dit-il. Le ferry a continué.", [True, False, False], id="closed-not-opened"),
    pytest.param("« Nous avons quitté Brest. Nous sommes allés à Nantes », dit-il. Le ferry a continué.", [True, True, False], id="guillemets"),
]

THE_ARTICLES_OWN_VOICE_IN_ITS_LANGUAGE = [
    pytest.param("Le ferry a quitté Brest à l'aube.", "l'article"),
]

THE_SPEAKER_OF_A_QUOTATION_WHATEVER_ITS_VERB = [
    pytest.param("« Nous ne reviendrons pas », a soupiré un vieux pêcheur.", "un vieux pêcheur", id="a-soupire"),
]

A_VERB_INSIDE_THE_QUOTATION_IS_NOT_ITS_TAG = [
    pytest.param("« L'armée dit de partir », a raconté le maire.", "le maire", id="dit-inside"),
]

SPECULATING_IS_SAYING = [
    pytest.param("Les garde-côtes ont supposé que le bateau se dirigeait vers Malte.", "Les garde-côtes", id="ont-suppose"),
]

A_PRONOUN_AND_AN_ADVERB_BEFORE_THE_VERB = [
    pytest.param("Le maire a précisé la route. Il a sobrement ajouté que le ferry était parti.", "Le maire", id="il-a-sobrement-ajoute"),
]

AN_ARTICLE_IS_NO_WORD_FOR_THE_STATEMENT = [
    pytest.param("Le communiqué précise que le convoi a quitté Gao.", "Le communiqué", id="le-communique-precise"),
]

THE_ARTICLES_OWN_VOICE_IS_NEVER_LENT_A_SPEAKER = [
    pytest.param("Le maire a déclaré que la route était ouverte. Le bilan est estimé à 50 morts et 2000 personnes ont fui vers Tarvel.", "impersonal", id="est-estime"),
    pytest.param("Le maire a déclaré que la route était ouverte. On estime que la plupart des familles ont quitté la vallée.", "impersonal", id="on-estime"),
    pytest.param("Le maire a déclaré que la route était ouverte. Il semble que les familles soient arrivées à Tarvel.", "impersonal", id="il-semble"),
    pytest.param("Le maire a déclaré que la route était ouverte. Ces chiffres n'ont pas pu être vérifiés dans l'immédiat.", "unverified", id="pas-pu-etre-verifies"),
    pytest.param("« La route est ouverte », a dit Anne Dupont, une conductrice. Elle est partie pour Tarvel à midi.", "about_the_speaker", id="elle-est-partie"),
]

A_NAMED_SPEAKER_OUTRANKS_IMPERSONAL_WORDS = [
    pytest.param("On estime que 2000 personnes ont fui vers Tarvel, a indiqué le maire.", "le maire", id="a-indique-le-maire"),
]

A_ROLE_AND_A_NAME_ARE_ONE_ENTITY = [
    pytest.param("Le préfet de la région, Anne Dupont, a déclaré que le convoi avait quitté Tarvel. Le préfet a ajouté qu'il était arrivé à Sarn.",
                 "Le préfet de la région, Anne Dupont", id="role-then-name"),
]

WHEN_THE_SPEAKER_SPOKE_IS_NOT_THEIR_NAME = [
    pytest.param("Les familles sont parties pour Tarvel, a déclaré le maire lundi.", "le maire", id="lundi"),
    pytest.param("« Nous sommes partis », a confié une mère de famille à sa sortie du bus.", "une mère de famille", id="a-sa-sortie"),
]

A_VERB_OF_SAYING_IN_THE_PASSIVE_SPEAKS_BY_ITS_AGENT = [
    pytest.param("Le nombre de familles parties pour Tarvel a été estimé à 2000 par l'agence régionale.", "l'agence régionale", id="par"),
]

ACCORDING_TO_SPEAKS_FOR_ITS_OWN_SENTENCE = [
    pytest.param("Le ferry est parti à l'aube. La route était fermée. Selon l'agence, 200 personnes ont fui vers Tarvel. Elles sont reparties vers Sarn.", id="selon"),
]

A_TIME_BEFORE_THE_SPEAKER_AFTER_THE_VERB = [
    pytest.param("Le ferry a quitté Brest à l'aube, a déclaré mardi la capitainerie.", "la capitainerie", id="weekday"),
    pytest.param("Le ferry a quitté Brest à l'aube, a précisé dans la soirée le préfet maritime.", "le préfet maritime", id="preposition-and-time"),
]

THE_SPEAKER_AFTER_WHERE_THEY_SAID_IT = [
    pytest.param("Le ferry a quitté Brest à l'aube, a écrit sur Telegram le préfet maritime.", 'le préfet maritime', id="on-telegram"),
]

A_PRONOUN_SPEAKER_IS_THE_PERSON_JUST_INTRODUCED = [
    pytest.param("Anne Dupont, 34 ans, est partie avec ses fils. « Nous avons quitté Brest à l'aube », raconte-t-elle.", 'Anne Dupont', id='raconte-t-elle'),
]

A_QUOTATION_AFTER_ITS_SPEAKER_IS_INTRODUCED = [
    pytest.param('Bo Lind est pêcheur à Tartous. « Les bateaux sont partis de Tartous pour Chypre la nuit. »', 'Bo Lind', id='est'),
    pytest.param('Bo Lind, 51 ans, répare des filets sur le port. « Nous avons navigué de Tartous à Chypre la nuit. »', 'Bo Lind', id='apposition'),
]

A_PRONOUN_TOLD_TO_IS_NO_SPEAKER = [
    pytest.param("Bo Lind, un pêcheur, m'a dit : « Les bateaux sont partis pour Chypre. »", 'Bo Lind, un pêcheur', id='m-a-dit'),
    pytest.param('Bo Lind nous a expliqué que les bateaux étaient partis pour Chypre.', 'Bo Lind', id='nous-a-explique'),
]

A_NEGATION_IN_A_CLAUSE_SET_OFF_LEAVES_THE_VERB = [
]

A_VERB_OF_REMEMBERING_SAYS = [
    pytest.param('Bo Lind se souvient que les bateaux sont partis de Tartous pour Chypre la nuit.', 'Bo Lind', id='se-souvient'),
]

A_ROLE_THEN_NAME_INTRODUCES_THE_PERSON = [
    pytest.param('Un pêcheur, Bo Lind, réparait ses filets. Il a dit que les bateaux étaient partis pour Chypre.', 'Un pêcheur, Bo Lind', id='role-then-name'),
]

A_QUOTATION_OPENING_A_PARAGRAPH_AFTER_ITS_SPEAKER = [
    pytest.param('Bo Lind a décrit la traversée aux journalistes.\n\n« Les bateaux sont partis de Tartous pour Chypre la nuit. »', 'Bo Lind', id='described-then-quoted'),
]

THIS_IS_HOW_THE_SPEAKER_SAYS_THE_SENTENCE_BEFORE = [
    pytest.param("« Les bateaux sont partis de Tartous pour Chypre la nuit. » C'est ainsi que Bo Lind, un pêcheur, le raconte.", 'Bo Lind, un pêcheur', id='c-est-ainsi-que'),
]

CONFESSING_AND_NARRATING_ARE_SAYING = [
    pytest.param('Bo Lind avoue que les bateaux sont partis de Tartous pour Chypre.', 'Bo Lind', id='avoue'),
]

A_QUOTATION_SET_BEFORE_ITS_SPEAKER_IS_INTRODUCED = [
    pytest.param('« Les bateaux sont partis de Tartous pour Chypre la nuit. »\n\nBo Lind, 51 ans, répare des filets sur le port.', 'Bo Lind', id='quotation-first'),
]

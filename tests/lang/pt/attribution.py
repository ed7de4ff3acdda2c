"""Portuguese sentences of tests/extract/test_attribution.py, one table a test (see tests/lang/__init__.py)."""

import pytest

A_SPEAKER_WHO_SAYS_THIS_SAYS_THE_SENTENCE_BEFORE = [
    pytest.param("A balsa partiu de Aveiro de madrugada. Assim o informou a capitania.", "a capitania", id="assim-o-informou"),
]

AS_THE_SPEAKER_SAID = [
    pytest.param("A balsa partiu de Aveiro de madrugada, como confirmou a capitania.", "a capitania", id="como"),
]

A_SPEAKER_LEFT_UNNAMED_AFTER_THE_QUOTE_IS_THE_LAST_NAMED = [
    pytest.param("O prefeito explicou o plano.\n«Partimos amanhã», disse, porque não havia outra saída.", "O prefeito", "subjectless+pronoun", id="disse-comma"),
    pytest.param("O capitão explicou a rota. «Saímos de Aveiro de madrugada», acrescentou.", "O capitão", "subjectless+pronoun", id="acrescentou"),
]

ACCORDING_TO_WHAT_THE_SPEAKER_SAYS = [
    pytest.param("Segundo o que informou a capitania, a balsa partiu de Aveiro.", "a capitania", id="o-que"),
]

THE_SPEAKER_AFTER_WHOM_IT_WAS_TOLD_TO = [
    pytest.param("A balsa partiu de Aveiro de madrugada, disse à Lusa o capitão.", "o capitão", id="a-lusa"),
]

A_NAME_IS_NOT_CUT_AT_A_LEXICON_WORD = [
    pytest.param("Segundo o Gabinete para as Migrações, a balsa partiu de Aveiro.", "o Gabinete para as Migrações", id="migracoes"),
]

ONE_ENTITY_ONE_NAME = [
    pytest.param("O prefeito João Silva disse que a balsa partiu. Silva acrescentou que ela chegou.", "O prefeito João Silva", id="surname"),
]

WHERE_THE_SPEAKER_SPOKE_IS_NOT_THEIR_NAME = [
    pytest.param("\"Partimos\", informou à rádio uma fonte da polícia a respeito do comboio.", "uma fonte da polícia", id="a-respeito"),
    pytest.param("O governador Rui Costa numa conferência de imprensa disse que a balsa partiu.", "O governador Rui Costa", id="em-conferencia"),
]

QUOTATION_MARKS_ARE_PAIRED_AS_THE_LANGUAGE_PAIRS_THEM = [
    pytest.param("“Saímos de Aveiro. Fomos a Braga”, disse. A balsa seguiu.", [True, True, False], id="curly"),
]

THE_ARTICLES_OWN_VOICE_IN_ITS_LANGUAGE = [
    pytest.param("A balsa partiu de Aveiro de madrugada.", "o artigo"),
]

THE_SPEAKER_OF_A_QUOTATION_WHATEVER_ITS_VERB = [
    pytest.param("«Não voltaremos», suspirou um velho pescador.", "um velho pescador", id="suspirou"),
]

A_VERB_INSIDE_THE_QUOTATION_IS_NOT_ITS_TAG = [
    pytest.param("A prefeita explicou o plano.\n\"O exército diz para sairmos\", contou ela por telefone.", "A prefeita", id="diz-inside"),
]

SPECULATING_IS_SAYING = [
    pytest.param("A guarda costeira especulou que o barco seguia para Malta.", "A guarda costeira", id="especulou"),
]

THE_ARTICLES_OWN_VOICE_IS_NEVER_LENT_A_SPEAKER = [
    pytest.param("O prefeito disse que a estrada estava aberta. O número de mortos foi estimado em 50.", "impersonal", id="foi-estimado"),
    pytest.param("O prefeito disse que a estrada estava aberta. Estima-se que a maioria das famílias deixou o vale.", "impersonal", id="estima-se"),
    pytest.param("O prefeito disse que a estrada estava aberta. Acredita-se que as famílias chegaram a Tarvel.", "impersonal", id="acredita-se"),
    pytest.param("O prefeito disse que a estrada estava aberta. Não foi possível verificar esses números.", "unverified", id="nao-foi-possivel-verificar"),
    pytest.param('"A estrada está aberta", disse Ana Silva, uma motorista. Ela partiu para Tarvel ao meio-dia.', "about_the_speaker", id="ela-partiu"),
]

A_NAMED_SPEAKER_OUTRANKS_IMPERSONAL_WORDS = [
    pytest.param("Estima-se que 2000 pessoas fugiram para Tarvel, disse o prefeito.", "o prefeito", id="disse-o-prefeito"),
]

A_ROLE_AND_A_NAME_ARE_ONE_ENTITY = [
    pytest.param("A vice-ministra da Defesa, Ana Silva, disse que o comboio deixou Tarvel. A vice-ministra disse ainda que chegou a Sarn.",
                 "A vice-ministra da Defesa, Ana Silva", id="role-then-name"),
]

WHEN_THE_SPEAKER_SPOKE_IS_NOT_THEIR_NAME = [
    pytest.param("As famílias partiram para Tarvel, disse o prefeito ontem.", "o prefeito", id="ontem"),
]

A_VERB_OF_SAYING_IN_THE_PASSIVE_SPEAKS_BY_ITS_AGENT = [
    pytest.param("O número de famílias que fugiram para Tarvel foi estimado em 2000 pela Defesa Civil.", "Defesa Civil", id="pela"),
]

ACCORDING_TO_SPEAKS_FOR_ITS_OWN_SENTENCE = [
    pytest.param("O ferry partiu de madrugada. A estrada estava fechada. Segundo a agência, 200 pessoas fugiram para Tarvel. Seguiram depois para Sarn.", id="segundo"),
]

A_TIME_BEFORE_THE_SPEAKER_AFTER_THE_VERB = [
    pytest.param("O balsa partiu de Belém ao amanhecer, informou nesta terça-feira a capitania.", "a capitania", id="nesta-terca-feira"),
]

ACCORDING_TO_THE_SPEAKER_AFTER_THEIR_VERB = [
    pytest.param("Segundo informou a capitania, a balsa partiu de Belém ao amanhecer.", "a capitania", id="segundo-informou"),
]

THE_SPEAKER_AFTER_WHERE_THEY_SAID_IT = [
    pytest.param('A balsa partiu de Belém ao amanhecer, escreveu no Telegram a capitania.', 'a capitania', id="on-telegram"),
]

A_QUOTATION_AFTER_ITS_SPEAKER_IS_INTRODUCED = [
    pytest.param('Bo Lind é pescador em Tartus. "Os barcos partiram de Tartus para Chipre à noite."', 'Bo Lind', id='e'),
    pytest.param('Bo Lind, de 51 anos, remenda redes no porto. "Navegámos de Tartus para Chipre à noite."', 'Bo Lind', id='apposition'),
]

A_PRONOUN_TOLD_TO_IS_NO_SPEAKER = [
    pytest.param('Bo Lind, um pescador, me disse: "Os barcos partiram para Chipre."', 'Bo Lind, um pescador', id='me-disse'),
]

A_NEGATION_IN_A_CLAUSE_SET_OFF_LEAVES_THE_VERB = [
    pytest.param('Um pescador de Tartus, que pediu para não ser nomeado, garantiu que os barcos tinham partido para Chipre.', 'Um pescador de Tartus', id='que-nao'),
]

A_VERB_OF_REMEMBERING_SAYS = [
]

A_ROLE_THEN_NAME_INTRODUCES_THE_PERSON = [
    pytest.param('Um pescador, Bo Lind, remendava as redes. Ele disse que os barcos tinham partido para Chipre.', 'Um pescador, Bo Lind', id='role-then-name'),
]

A_QUOTATION_OPENING_A_PARAGRAPH_AFTER_ITS_SPEAKER = [
    pytest.param('Bo Lind descreveu a travessia aos jornalistas.\n\n"Os barcos partiram de Tartus para Chipre à noite."', 'Bo Lind', id='described-then-quoted'),
]

THIS_IS_HOW_THE_SPEAKER_SAYS_THE_SENTENCE_BEFORE = [
    pytest.param('"Os barcos partiram de Tartus para Chipre à noite." Foi assim que Bo Lind, um pescador, o contou.', 'Bo Lind, um pescador', id='foi-assim-que'),
]

CONFESSING_AND_NARRATING_ARE_SAYING = [
    pytest.param('Bo Lind confessa que os barcos partiram de Tartus para Chipre.', 'Bo Lind', id='confessa'),
    pytest.param('Bo Lind narra que os barcos partiram de Tartus para Chipre.', 'Bo Lind', id='narra'),
]

A_QUOTATION_SET_BEFORE_ITS_SPEAKER_IS_INTRODUCED = [
    pytest.param('"Os barcos partiram de Tartus para Chipre à noite."\n\nBo Lind, de 51 anos, remenda redes no porto.', 'Bo Lind', id='quotation-first'),
]

"""Spanish sentences of tests/extract/test_attribution.py, one table a test (see tests/lang/__init__.py)."""

import pytest

A_SPEAKER_WHO_SAYS_THIS_SAYS_THE_SENTENCE_BEFORE = [
    pytest.param("Cien familias salieron de Cádiz. Así lo denunció el alcalde, según la agencia local.", "el alcalde", id="over-according"),
    pytest.param("El ferry salió de Vigo al amanecer. Así lo informó la capitanía.", "la capitanía", id="asi-lo-informo"),
    pytest.param("El ferry salió de Vigo al amanecer.\nAsí lo informó la capitanía.", "la capitanía", id="new-paragraph"),
]

AS_THE_SPEAKER_SAID = [
    pytest.param("El ferry salió de Vigo al amanecer, como confirmó la capitanía.", "la capitanía", id="como"),
]

A_SPEAKER_LEFT_UNNAMED_AFTER_THE_QUOTE_IS_THE_LAST_NAMED = [
    pytest.param("La alcaldesa explicó el plan.\n«Nos vamos mañana», dijo resignada.", "La alcaldesa", "subjectless+pronoun", id="dijo-resignada"),
    pytest.param("El capitán explicó la ruta. «Salimos de Vigo al amanecer», añadió.", "El capitán", "subjectless+pronoun", id="anadio"),
]

ACCORDING_TO_WHAT_THE_SPEAKER_SAYS = [
    pytest.param("Según lo que informó la capitanía, el ferry salió de Vigo.", "la capitanía", id="lo-que"),
]

THE_SPEAKER_AFTER_WHOM_IT_WAS_TOLD_TO = [
    pytest.param("El ferry salió de Vigo al amanecer, dijo a EFE el capitán.", "el capitán", id="a-efe"),
]

A_NAME_IS_NOT_CUT_AT_A_LEXICON_WORD = [
    pytest.param("Según la Oficina para las Migraciones, el ferry salió de Vigo.", "la Oficina para las Migraciones", id="migraciones"),
]

ONE_ENTITY_ONE_NAME = [
    pytest.param("La Oficina Internacional de Puertos dijo que el ferry salió de Vigo. La OIP añadió que llegó a Cádiz.", "La Oficina Internacional de Puertos", id="acronym"),
]

A_PHRASE_THAT_IS_NO_NOUN_PHRASE_IS_NO_SPEAKER = [
    pytest.param("A su llegada dijeron que el ferry había salido de Vigo.", id="preposition-first"),
]

QUOTATION_MARKS_ARE_PAIRED_AS_THE_LANGUAGE_PAIRS_THEM = [
    pytest.param("«Salimos de Vigo. Fuimos a León», dijo. El ferry siguió.", [True, True, False], id="guillemets"),
]

THE_ARTICLES_OWN_VOICE_IN_ITS_LANGUAGE = [
    pytest.param("El ferry salió de Vigo al amanecer.", "el artículo"),
]

THE_SPEAKER_OF_A_QUOTATION_WHATEVER_ITS_VERB = [
    pytest.param("«No volveremos», suspiró un viejo pescador.", "un viejo pescador", id="suspiro"),
]

A_VERB_INSIDE_THE_QUOTATION_IS_NOT_ITS_TAG = [
    pytest.param("«El ejército dice que nos vayamos», contó el alcalde.", "el alcalde", id="dice-inside"),
]

SPECULATING_IS_SAYING = [
    pytest.param("La guardia costera especuló que el barco se dirigía a Malta.", "La guardia costera", id="especulo"),
]

WHERE_THE_SPEAKER_SPOKE_IS_NOT_THEIR_NAME = [
    pytest.param("«Nos vamos», relata Ana Pérez a la agencia.", "Ana Pérez", id="a-la-agencia"),
]

THE_ARTICLES_OWN_VOICE_IS_NEVER_LENT_A_SPEAKER = [
    pytest.param("El alcalde dijo que la carretera estaba abierta. La cifra de muertos fue estimada en 50.", "impersonal", id="fue-estimada"),
    pytest.param("El alcalde dijo que la carretera estaba abierta. Se calcula que la mayoría de las familias dejó el valle.", "impersonal", id="se-calcula"),
    pytest.param("El alcalde dijo que la carretera estaba abierta. Se cree que las familias llegaron a Tarvel.", "impersonal", id="se-cree"),
    pytest.param("El alcalde dijo que la carretera estaba abierta. No fue posible verificar esas cifras.", "unverified", id="no-fue-posible-verificar"),
    pytest.param('"La carretera está abierta", dijo Ana García, una conductora. Ella partió hacia Tarvel al mediodía.', "about_the_speaker", id="ella-partio"),
]

A_NAMED_SPEAKER_OUTRANKS_IMPERSONAL_WORDS = [
    pytest.param("Se calcula que 2000 personas huyeron a Tarvel, dijo el alcalde.", "el alcalde", id="dijo-el-alcalde"),
]

A_ROLE_AND_A_NAME_ARE_ONE_ENTITY = [
    pytest.param("La gobernadora de la región, Ana García, dijo que el convoy salió de Tarvel. La gobernadora dijo que llegó a Sarn.",
                 "La gobernadora de la región, Ana García", id="role-then-name"),
]

WHEN_THE_SPEAKER_SPOKE_IS_NOT_THEIR_NAME = [
    pytest.param("Las familias partieron hacia Tarvel, dijo el alcalde el lunes.", "el alcalde", id="el-lunes"),
]

A_VERB_OF_SAYING_IN_THE_PASSIVE_SPEAKS_BY_ITS_AGENT = [
    pytest.param("El número de familias que huyeron a Tarvel fue estimado en 2000 por la agencia regional.", "la agencia regional", id="por"),
]

ACCORDING_TO_SPEAKS_FOR_ITS_OWN_SENTENCE = [
    pytest.param("El ferry salió al amanecer. La carretera estaba cerrada. Según la agencia, 200 personas huyeron a Tarvel. Siguieron luego hacia Sarn.", id="segun"),
]

A_TIME_BEFORE_THE_SPEAKER_AFTER_THE_VERB = [
    pytest.param("El ferri zarpó de Vigo al amanecer, dijo este martes la capitanía.", "la capitanía", id="este-martes"),
    pytest.param("El ferri zarpó de Vigo al amanecer, explicó ayer el capitán.", "el capitán", id="ayer"),
]

ACCORDING_TO_THE_SPEAKER_AFTER_THEIR_VERB = [
    pytest.param("Según informó la capitanía, el ferri zarpó de Vigo al amanecer.", "la capitanía", id="segun-informo"),
]

THE_SPEAKER_AFTER_WHERE_THEY_SAID_IT = [
    pytest.param('El ferri zarpó de Vigo al amanecer, escribió en Telegram la capitanía.', 'la capitanía', id="on-telegram"),
]

A_QUOTATION_AFTER_ITS_SPEAKER_IS_INTRODUCED = [
    pytest.param('Bo Lind es pescador en Tartús. "Los barcos salieron de Tartús hacia Chipre de noche."', 'Bo Lind', id='es'),
    pytest.param('Bo Lind, de 51 años, remienda redes en el puerto. "Navegamos de Tartús a Chipre de noche."', 'Bo Lind', id='apposition'),
]

A_PRONOUN_TOLD_TO_IS_NO_SPEAKER = [
    pytest.param('Bo Lind, un pescador, me dijo: "Los barcos salieron hacia Chipre."', 'Bo Lind, un pescador', id='me-dijo'),
    pytest.param('Bo Lind nos explicó que los barcos habían salido hacia Chipre.', 'Bo Lind', id='nos-explico'),
]

A_NEGATION_IN_A_CLAUSE_SET_OFF_LEAVES_THE_VERB = [
    pytest.param('Un pescador de Tartús, que pidió no ser nombrado, aseguró que los barcos habían salido hacia Chipre.', 'Un pescador de Tartús', id='que-no'),
]

A_VERB_OF_REMEMBERING_SAYS = [
]

A_ROLE_THEN_NAME_INTRODUCES_THE_PERSON = [
    pytest.param('Una pescadora, Bo Lind, remendaba sus redes. Ella dijo que los barcos habían salido hacia Chipre.', 'Una pescadora, Bo Lind', id='role-then-name'),
]

A_QUOTATION_OPENING_A_PARAGRAPH_AFTER_ITS_SPEAKER = [
    pytest.param('Bo Lind describió la travesía a los periodistas.\n\n"Los barcos salieron de Tartús hacia Chipre de noche."', 'Bo Lind', id='described-then-quoted'),
]

THIS_IS_HOW_THE_SPEAKER_SAYS_THE_SENTENCE_BEFORE = [
    pytest.param('"Los barcos salieron de Tartús hacia Chipre de noche." Así es como Bo Lind, un pescador, lo relata.', 'Bo Lind, un pescador', id='asi-es-como'),
]

CONFESSING_AND_NARRATING_ARE_SAYING = [
    pytest.param('Bo Lind confiesa que los barcos salieron de Tartús hacia Chipre.', 'Bo Lind', id='confiesa'),
]

A_QUOTATION_SET_BEFORE_ITS_SPEAKER_IS_INTRODUCED = [
    pytest.param('"Los barcos salieron de Tartús hacia Chipre de noche."\n\nBo Lind, de 51 años, remienda redes en el puerto.', 'Bo Lind', id='quotation-first'),
]

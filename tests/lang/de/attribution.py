"""German sentences of tests/extract/test_attribution.py, one table a test (see tests/lang/__init__.py)."""

import pytest

A_SPEAKER_WHO_SAYS_THIS_SAYS_THE_SENTENCE_BEFORE = [
    pytest.param("Die Fähre verließ Kiel im Morgengrauen. Das bestätigte die Hafenbehörde.", "die Hafenbehörde", id="das-bestaetigte"),
    pytest.param("Die Fähre verließ Kiel im Morgengrauen.\nDas bestätigte die Hafenbehörde.", "die Hafenbehörde", id="new-paragraph"),
]

AS_THE_SPEAKER_SAID = [
    pytest.param("Die Fähre verließ Kiel im Morgengrauen, wie die Hafenbehörde bestätigte.", "die Hafenbehörde", id="wie"),
]

A_SPEAKER_LEFT_UNNAMED_AFTER_THE_QUOTE_IS_THE_LAST_NAMED = [
    pytest.param("Der Kapitän erklärte die Route.\n„Wir kommen zurück“, seufzte er.", "Der Kapitän", "quotation_tag+pronoun", id="seufzte-er"),
    pytest.param("Der Kapitän erklärte die Route.\n„Wir verließen Kiel im Morgengrauen“, sagte er.", "Der Kapitän", "inverted_pronoun+pronoun", id="sagte-er"),
]

AN_ADVERB_BEFORE_A_VERB_SECOND_IS_NO_SPEAKER = [
    pytest.param("Unterdessen sagte der Hafenmeister, die Fähre habe Kiel verlassen.", "der Hafenmeister", id="adverb-first"),
    pytest.param("Am Abend erklärte die Reederei, die Fähre habe Kiel verlassen.", "die Reederei", id="time-first"),
]

THE_SPEAKER_AFTER_WHOM_IT_WAS_TOLD_TO = [
    pytest.param("Die Fähre verließ Kiel im Morgengrauen, sagte gegenüber dem ZDF der Kapitän.", "der Kapitän", id="gegenueber"),
]

ONE_ENTITY_ONE_NAME = [
    pytest.param("Die Hafenbehörde Kiel teilte mit, die Fähre sei abgefahren. Die Hafenbehörde sagte, sie sei angekommen.", "Die Hafenbehörde Kiel", id="shorter-mention"),
]

QUOTATION_MARKS_ARE_PAIRED_AS_THE_LANGUAGE_PAIRS_THEM = [
    pytest.param("„Wir verließen Kiel. Wir fuhren nach Rostock“, sagte er. Die Fähre fuhr weiter.", [True, True, False], id="low-high"),
    pytest.param("»Wir verließen Kiel. Wir fuhren nach Rostock«, sagte er. Die Fähre fuhr weiter.", [True, True, False], id="chevrons"),
]

THE_ARTICLES_OWN_VOICE_IN_ITS_LANGUAGE = [
    pytest.param("Die Fähre verließ Kiel im Morgengrauen.", "der Artikel"),
]

THE_SPEAKERS_NAME_ENDS_WITH_ITS_NOUN_PHRASE = [
    pytest.param("Die Helfer erreichten laut Polizei nicht alle Dörfer am Fluss.", "Polizei", id="laut-noun-then-lower-case"),
    pytest.param("Die Fähre verließ Kiel laut der Organisation für Migration am Morgen.", "der Organisation für Migration", id="fuer-links-a-name"),
]

A_NOUN_IS_NO_VERB_OF_SAYING = [
    pytest.param("In manchen Teilen der Stadt fiel am Abend der Strom aus.", id="teilen"),
]

THE_SPEAKER_OF_A_QUOTATION_WHATEVER_ITS_VERB = [
    pytest.param("„Wir kehren nicht zurück“, seufzte ein alter Fischer.", "ein alter Fischer", id="seufzte"),
]

A_VERB_INSIDE_THE_QUOTATION_IS_NOT_ITS_TAG = [
    pytest.param("„Die Armee sagt, wir müssen gehen“, erzählte der Bürgermeister.", "der Bürgermeister", id="sagt-inside"),
]

SPECULATING_IS_SAYING = [
    pytest.param("Die Küstenwache vermutete, das Boot fahre nach Malta.", "Die Küstenwache", id="vermutete"),
]

NO_SPEAKER_AFTER_A_COLON = [
    pytest.param("Der Fahrer, der aus Kiel kam, sagte: „Unser Haus stand leer.“", "Der Fahrer", id="sagte-colon"),
]

THE_ARTICLES_OWN_VOICE_IS_NEVER_LENT_A_SPEAKER = [
    pytest.param("Der Bürgermeister sagte, die Straße sei offen. Die Zahl der Toten wurde auf 50 geschätzt.", "impersonal", id="wurde-geschaetzt"),
    pytest.param("Der Bürgermeister sagte, die Straße sei offen. Man schätzt, dass die meisten Familien das Tal verlassen haben.", "impersonal", id="man-schaetzt"),
    pytest.param("Der Bürgermeister sagte, die Straße sei offen. Es heißt, die Familien seien in Tarvel angekommen.", "impersonal", id="es-heisst"),
    pytest.param("Der Bürgermeister sagte, die Straße sei offen. Andernorts heißt es, die Familien seien in Tarvel.", "impersonal", id="heisst-es"),
    pytest.param("Der Bürgermeister sagte, die Straße sei offen. Schätzungen zufolge flohen 2000 Menschen nach Tarvel.", "impersonal", id="schaetzungen-zufolge"),
    pytest.param("Der Bürgermeister sagte, die Straße sei offen. Überprüfen ließen sich diese Zahlen zunächst nicht.", "unverified", id="liessen-sich-nicht-ueberpruefen"),
    pytest.param("„Die Straße ist offen“, sagte Hans Weber, ein Fahrer. Er fuhr am Mittag nach Tarvel.", "about_the_speaker", id="er-fuhr"),
]

A_NAMED_SPEAKER_OUTRANKS_IMPERSONAL_WORDS = [
    pytest.param("Es wird geschätzt, dass 2000 Menschen nach Tarvel flohen, sagte der Bürgermeister.", "der Bürgermeister", id="sagte-der-buergermeister"),
]

A_ROLE_AND_A_NAME_ARE_ONE_ENTITY = [
    pytest.param("Der Sprecher der Polizei, Hans Meier, sagte, die Familien seien nach Tarvel gefahren. Der Sprecher sagte auch, sie seien in Sarn.",
                 "Der Sprecher der Polizei, Hans Meier", id="role-then-name"),
]

A_SOURCE_BEFORE_ITS_ACCORDING_TO = [
    pytest.param("Am Montag flohen den Angaben der Polizei zufolge 2000 Menschen nach Tarvel.", "der Polizei", id="zufolge"),
]

WHEN_THE_SPEAKER_SPOKE_IS_NOT_THEIR_NAME = [
    pytest.param("Die Familien seien nach Tarvel gefahren, teilte die Polizei am Montag mit.", "die Polizei", id="am-montag-mit"),
    pytest.param("Die Familien seien nach Tarvel gefahren, erklärte der Bürgermeister Hans Meier am Dienstag.", "der Bürgermeister Hans Meier", id="am-dienstag"),
]

A_VERB_OF_SAYING_IN_THE_PASSIVE_SPEAKS_BY_ITS_AGENT = [
    pytest.param("Die Zahl der nach Tarvel geflohenen Familien wurde von der Polizei auf 2000 geschätzt.", "der Polizei", id="von"),
]

ACCORDING_TO_SPEAKS_FOR_ITS_OWN_SENTENCE = [
    pytest.param("Die Fähre fuhr im Morgengrauen ab. Die Straße war gesperrt. Laut der Agentur flohen 200 Menschen nach Tarvel. Sie fuhren weiter nach Sarn.", id="laut"),
]

A_SOURCE_CLOSING_THE_SENTENCE_AFTER_SO = [
    pytest.param("Die Fähre verließ Kiel im Morgengrauen, so ein Sprecher des Hafenamts.", "ein Sprecher des Hafenamts", id="so-ein-sprecher"),
    pytest.param("Die Fähre verließ Kiel im Morgengrauen, so die Polizei.", "die Polizei", id="so-die-polizei"),
]

NO_SOURCE_AFTER_SO_THAT_OPENS_A_CLAUSE = [
    pytest.param("Die Fähre verließ Kiel im Morgengrauen, so dass der Hafen leer war.", id="so-dass"),
    pytest.param("Die Fähre verließ Kiel im Morgengrauen, so schnell sie konnte.", id="so-schnell"),
]

A_LONG_QUOTATION_IS_THE_SPEAKERS_FROM_ITS_FIRST_SENTENCE = [
    pytest.param("„Wir sind aus Kiel gekommen. Die Fahrt war lang. Es regnete. Alle waren müde. Jetzt warten wir“, sagt Anna Weber.",
                 "Anna Weber", id="five-sentences"),
]

A_QUOTATION_AFTER_ITS_SPEAKER_IS_INTRODUCED = [
    pytest.param('Bo Lind ist Fischer in Tartus. „Die Boote sind nachts von Tartus nach Zypern gefahren.“', 'Bo Lind', id='ist'),
    pytest.param('Bo Lind, 51, flickt Netze am Hafen. „Wir sind nachts von Tartus nach Zypern gesegelt.“', 'Bo Lind', id='apposition'),
]

A_PRONOUN_TOLD_TO_IS_NO_SPEAKER = [
]

A_NEGATION_IN_A_CLAUSE_SET_OFF_LEAVES_THE_VERB = [
]

A_VERB_OF_REMEMBERING_SAYS = [
]

A_ROLE_THEN_NAME_INTRODUCES_THE_PERSON = [
    pytest.param('Ein Fischer, Bo Lind, flickte seine Netze. Er sagte, die Boote seien nach Zypern gefahren.', 'Ein Fischer, Bo Lind', id='role-then-name'),
]

A_QUOTATION_OPENING_A_PARAGRAPH_AFTER_ITS_SPEAKER = [
    pytest.param('Bo Lind beschrieb den Reportern die Überfahrt.\n\n„Die Boote sind nachts von Tartus nach Zypern gefahren.“', 'Bo Lind', id='described-then-quoted'),
]

THIS_IS_HOW_THE_SPEAKER_SAYS_THE_SENTENCE_BEFORE = [
    pytest.param('„Die Boote sind nachts von Tartus nach Zypern gefahren.“ So erzählt es Bo Lind.', 'Bo Lind', id='so-erzaehlt-es'),
]

CONFESSING_AND_NARRATING_ARE_SAYING = [
    pytest.param('Bo Lind gesteht, dass die Boote von Tartus nach Zypern gefahren sind.', 'Bo Lind', id='gesteht'),
]

A_QUOTATION_SET_BEFORE_ITS_SPEAKER_IS_INTRODUCED = [
    pytest.param('„Die Boote sind nachts von Tartus nach Zypern gefahren.“\n\nBo Lind, 51, flickt Netze am Hafen.', 'Bo Lind', id='quotation-first'),
]

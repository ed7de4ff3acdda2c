import pytest

from geo.errors import InputError, LanguageError
from geo.text import check_language, detect_language, name_key, read_article, sentences, tokens


@pytest.mark.parametrize(
    "a,b",
    [
        ("Abu Kamal", "Abou Kamal"),
        ("Al-Bukamal", "Albu Kamal"),
        ("Abu-Kamal", "abu kamal"),
        ("Deïr ez-Zor", "Deir Ez Zor"),
        ("Raqqa", "Raqa"),
        ("L’Euphrate", "l'euphrate"),
    ],
)
def test_name_keys_meet_for_variants(a, b):
    assert name_key(a) == name_key(b)


def test_name_keys_differ_for_different_names():
    assert name_key("Hajin") != name_key("Homs")


def test_tokens_split_elision_and_hyphens_with_offsets():
    text = "d’Abu-Kamal"
    toks = tokens(text)
    assert [t.text for t in toks] == ["d", "Abu", "Kamal"]
    assert all(text[t.start : t.end] == t.text for t in toks)


def test_sentences_keep_offsets_and_abbreviations():
    text = "Le général M. Ali est parti. Il a rejoint Raqqa!\nNouveau paragraphe"
    ss = sentences(text)
    assert [s.text for s in ss] == ["Le général M. Ali est parti.", "Il a rejoint Raqqa!", "Nouveau paragraphe"]
    assert all(text[s.start : s.end] == s.text for s in ss)
    assert [s.paragraph for s in ss] == [0, 0, 1]


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Les combattants ont quitté la ville pour rejoindre la frontière.", "fr"),
        ("The fighters left the town and headed for the border.", "en"),
        ("Die Kämpfer verließen die Stadt und flohen in Richtung der Grenze.", "de"),
        ("I combattenti hanno lasciato la città e sono fuggiti verso il confine.", "it"),
        ("Os combatentes deixaram a cidade e fugiram para a fronteira.", "pt"),
    ],
)
def test_detect_language(text, lang):
    assert detect_language(text) == lang


# sentences written for this test, in languages geo has no lexicon for
@pytest.mark.parametrize(
    "text",
    [
        pytest.param("12345 67890", id="no-words"),
        pytest.param("Колонна грузовиков вчера покинула город и направилась к границе.", id="russian"),
        pytest.param("غادرت قافلة الشاحنات المدينة أمس واتجهت نحو الحدود.", id="arabic"),
        pytest.param("Η φάλαγγα των φορτηγών έφυγε χθες από την πόλη προς τα σύνορα.", id="greek"),
        pytest.param("Kolumna ciężarówek opuściła wczoraj miasto i ruszyła w stronę granicy.", id="polish"),
        pytest.param("Kamyon konvoyu dün şehirden ayrıldı ve sınıra doğru ilerledi.", id="turkish"),
        # short words Portuguese has too (do, a, na): a sixth of the words, as many as a real article's
        pytest.param("W sobotę wojsko wycofało się do granicy, a mieszkańcy uciekli na południe. Pomoc nie dociera "
                     "jeszcze do wszystkich, a drogi do obozu są zniszczone.", id="polish-with-portuguese-short-words"),
        pytest.param("Armén drog sig tillbaka till gränsen på lördagen och invånarna flydde söderut.", id="swedish"),
    ],
)
def test_a_text_in_no_known_language_names_the_languages_geo_reads(text):
    with pytest.raises(LanguageError) as err:
        detect_language(text)
    message = str(err.value)
    assert "none of the languages geo reads" in message and "en (English)" in message and "fr (French)" in message
    assert "--lang" not in message and "\n" not in message


def test_check_language_rejects_unknown():
    with pytest.raises(LanguageError, match="unknown language 'xx'"):
        check_language("xx")


def test_read_article_errors(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_article(tmp_path / "missing.txt")
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    with pytest.raises(InputError, match="empty"):
        read_article(empty)
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Déjà".encode("latin-1"))
    with pytest.raises(InputError, match=r"latin1.txt: not UTF-8 \(byte 0xe9 at offset 1\)"):
        read_article(latin1)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    pytest.param("Il est parti avec ses fils. « Nous partons », dit-il.", "fr",
                 ["Il est parti avec ses fils.", "« Nous partons », dit-il."], id="fr-guillemet-and-space"),
    pytest.param("Er ging zum Hafen. „Wir fahren“, sagte er.", "de", ["Er ging zum Hafen.", "„Wir fahren“, sagte er."], id="de-low-quote"),
    pytest.param("Er sagte: „Wir fahren.“ Dann ging er.", "de", ["Er sagte: „Wir fahren.“", "Dann ging er."], id="de-closing-quote"),
    pytest.param("Se fue del puerto. ¿Volverá? Nadie lo sabe.", "es", ["Se fue del puerto.", "¿Volverá?", "Nadie lo sabe."], id="es-question"),
    pytest.param("Se fue. ¡Adiós! Nadie lo vio.", "es", ["Se fue.", "¡Adiós!", "Nadie lo vio."], id="es-exclamation"),
])
def test_a_sentence_opening_with_a_quotation_mark_is_a_sentence(text, lang, expected):
    assert [s.text for s in sentences(text, lang)] == expected

"""The derived tables of geo/data/derived/ (scripts/build_derived.py): current with the
lexicons and the installed wordfreq and simplemma, and giving what those packages give."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from geo.text import fold
from geo.text.document import _lemma_table, lemma, simplemma_lemma
from geo.text.frequency import DERIVED, LANGS, MAX_BUCKET, ZIPF_FLOOR, in_domain, zipf

ROOT = Path(__file__).resolve().parents[2]
LANG_PARAMS = [pytest.param(lang, id=lang) for lang in LANGS]


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_derived", ROOT / "scripts" / "build_derived.py")
    assert spec is not None and spec.loader is not None
    if "build_derived" in sys.modules:
        return sys.modules["build_derived"]
    mod = importlib.util.module_from_spec(spec)
    sys.modules["build_derived"] = mod  # its workers find its functions by module name
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("lang", LANG_PARAMS)
def test_wordfreq_table_is_current(lang: str) -> None:
    build = _script()
    assert build.read_lines(DERIVED / f"wordfreq-{lang}.txt.gz") == build.wordfreq_lines(lang), (
        f"geo/data/derived/wordfreq-{lang}.txt.gz is stale: run python scripts/build_derived.py"
    )


@pytest.fixture(scope="module")
def regenerated_lemmas() -> dict[str, list[str]]:
    """Every lemma table as the script would write it now (two processes: ~1 min)."""
    tables: dict[str, list[str]] = _script().tables([f"lemmas-{lang}.txt.gz" for lang in LANGS])
    return tables


@pytest.mark.slow
@pytest.mark.parametrize("lang", LANG_PARAMS)
def test_lemma_table_is_current(lang: str, regenerated_lemmas: dict[str, list[str]]) -> None:
    build = _script()
    name = f"lemmas-{lang}.txt.gz"
    assert build.read_lines(DERIVED / name) == regenerated_lemmas[name], (
        f"geo/data/derived/{name} is stale: run python scripts/build_derived.py"
    )


@pytest.mark.parametrize("lang", LANG_PARAMS)
def test_zipf_agrees_with_wordfreq(lang: str) -> None:
    """Every word of wordfreq's list down to a little below the floor, a sample of the rest,
    two-word phrases, and inputs the table does not answer for (handed to wordfreq)."""
    from wordfreq import get_frequency_list, zipf_frequency

    buckets = get_frequency_list(lang, "best")
    words = [w for b in buckets[: MAX_BUCKET + 10] for w in b] + [w for b in buckets[MAX_BUCKET + 10 :] for w in b][::40]
    letters = [w for w in words if in_domain(w)]
    phrases = [f"{a} {b}" for a, b in zip(letters[::7], letters[3::7], strict=False)]
    others = [w.capitalize() for w in letters[:300]] + [w.upper() for w in letters[:300]] + ["2017", "l'est", "al-bab", "straße", "tal  afar", " park"]
    # answered from the table for their case-folded form ("ß" is "ss"), as wordfreq folds them
    sharp = [w.replace("ss", "ß", 1) for w in letters if "ss" in w][:300]
    others += sharp + [w.capitalize() for w in sharp[:50]] + ["Straße", "STRASSE", "Groß Gerau", "Maßnahme"]
    checked = 0
    for w in words + phrases + others:
        z = zipf_frequency(w, lang)
        assert zipf(w, lang) == (z if z >= ZIPF_FLOOR else 0.0), (w, lang, z)
        checked += 1
    assert len(letters) > 20_000 and checked > len(words)


def test_every_frequency_threshold_is_at_or_above_the_floor() -> None:
    """The table answers 0 below its floor: a threshold under it would read every rarer
    word as unknown."""
    from geo.extract import mentions

    src = (ROOT / "geo" / "extract" / "mentions.py").read_text(encoding="utf-8")
    found = [float(x) for x in re.findall(r"word_zipf\([^()]*(?:\([^()]*\)[^()]*)*\)\s*>=\s*([0-9.]+)", src)]
    assert found, "no word_zipf threshold found in mentions.py"
    assert min(found) >= ZIPF_FLOOR, found
    assert mentions.FREQUENT_ZIPF >= ZIPF_FLOOR


@pytest.mark.parametrize("lang", LANG_PARAMS)
def test_lemma_gives_simplemma_lemma_where_compared(lang: str) -> None:
    """Each form of the table has simplemma's lemma; a sample of other forms (every 40th
    word of wordfreq's list, in three casings) reads as itself, and simplemma's lemma of
    it is no compared word unless it is that form itself."""
    from wordfreq import iter_wordlist

    build = _script()
    compared = build.compared_words(lang)
    table = _lemma_table(lang)
    assert table is not None and len(table) > 1000
    for form, lem in list(table.items())[::20]:
        assert lemma(form, lang) == lem == simplemma_lemma(form, lang), (form, lang)
    outside = 0
    for w in list(iter_wordlist(lang, "best"))[::40]:
        for form in (w, w.capitalize(), w.upper()):
            if not re.fullmatch(r"[^\W_]+", form) or form in table:
                continue
            outside += 1
            assert lemma(form, lang) == fold(form)
            lem = simplemma_lemma(form, lang)
            assert lem not in compared or lem == fold(form), (form, lang, lem)
    assert outside > 5000


def test_a_table_built_for_another_lexicon_is_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """After a lexicon edit, until the table is written again, simplemma is asked."""
    from geo.text import document

    assert document._lemma_table.__wrapped__("fr") is not None
    monkeypatch.setattr(document, "lexicon_digest", lambda lang: "0" * 64)
    assert document._lemma_table.__wrapped__("fr") is None


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        pytest.param("Die Kolonne zog sich gestern zurück.", "de", [("zog", "ziehen")], id="de-strong-past"),
        pytest.param("The villagers fled across the hills.", "en", [("fled", "flee")], id="en-irregular"),
        pytest.param("Les familles avaient quitté la vallée avant l'aube.", "fr", [("avaient", "avoir"), ("quitté", "quitter")], id="fr-aux-participle"),
        pytest.param("I pescatori erano fuggiti dal porto.", "it", [("erano", "essere"), ("fuggiti", "fuggire")], id="it-aux-participle"),
    ],
)
def test_document_lemmas_from_the_table(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    from geo.text.document import build_document

    got = {w.text: w.lemma for w in build_document(text, lang).words}
    for form, lem in expected:
        assert got[form] == lem == simplemma_lemma(form, lang)


def test_extraction_loads_neither_simplemma_nor_wordfreq() -> None:
    code = (
        "import sys\n"
        "from geo.extract.pipeline import extract\n"
        "extract('Les convois ont quitté Lyon pour Marseille, a déclaré le porte-parole. Four people left.', '2024-01-01', 'fr')\n"
        "extract('Four buses left Leeds for York on Monday, the council said.', '2024-01-01', 'en')\n"
        "print(sorted(m for m in ('simplemma', 'wordfreq') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]", out.stdout + out.stderr


@pytest.mark.parametrize("lang", LANG_PARAMS)
def test_zipf_of_numbers_agrees_with_wordfreq(lang: str) -> None:
    """Numbers and words with digits are answered from the table (wordfreq's number shapes,
    weighed by its estimate of the digits): every number up to 999, with leading zeros,
    the years 1000 to 2199, longer numbers, and wordfreq's own shapes with digits put back."""
    import random

    from wordfreq import get_frequency_list, zipf_frequency

    shapes = [w for b in get_frequency_list(lang, "best")[: MAX_BUCKET + 10] for w in b if re.search("[0-9]", w) and in_domain(w)]
    rnd = random.Random(lang)
    numbers = [str(i) for i in range(1000)] + [f"{i:03d}" for i in range(100)] + [str(y) for y in range(1000, 2200)]
    numbers += [str(rnd.randrange(10**k)) for k in range(5, 20) for _ in range(5)]
    filled = [re.sub("0", lambda _: str(rnd.randrange(10)), s) for s in shapes for _ in range(3)]
    phrases = [f"{a} {b}" for a, b in zip(numbers[::50], shapes[::3], strict=False)] + ["tal 4", "4 tal", "28th", "1990s", "f16", "a4b"]
    for w in numbers + shapes + filled + phrases:
        assert in_domain(w), w
        z = zipf_frequency(w, lang)
        assert zipf(w, lang) == (z if z >= ZIPF_FLOOR else 0.0), (w, lang, z)
    assert len(shapes) > 50 and zipf("4", lang) > 5  # a digit alone is a frequent word


def test_sentences_opening_on_a_number_load_no_wordfreq() -> None:
    code = (
        "import sys\n"
        "from geo.extract.pipeline import extract\n"
        "extract('250 Soldiers left Leeds for York on Monday. 4 Leeds councillors went to York.', '2024-01-01', 'en')\n"
        "print(sorted(m for m in ('simplemma', 'wordfreq') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]", out.stdout + out.stderr


@pytest.mark.parametrize("lang", LANG_PARAMS)
def test_other_letters_at_or_above_the_floor_are_listed(lang: str) -> None:
    """The premise of answering 0.0 for a word in another script without wordfreq: every
    "other letter" (Lo) of a word at or above the floor is in ``_LISTED_OTHER_LETTERS``."""
    import unicodedata

    from wordfreq import get_frequency_list

    from geo.text.frequency import _LISTED_OTHER_LETTERS

    found = {c for b in get_frequency_list(lang, "best")[: MAX_BUCKET + 1] for w in b for c in w if unicodedata.category(c) == "Lo"}
    assert found <= _LISTED_OTHER_LETTERS, sorted(found - _LISTED_OTHER_LETTERS)


_OTHER_SCRIPTS = [
    pytest.param("北京", id="han"), pytest.param("東京都", id="han-three"), pytest.param("دمشق", id="arabic"),
    pytest.param("ירושלים", id="hebrew"), pytest.param("กรุงเทพ", id="thai"), pytest.param("서울", id="hangul"),
    pytest.param("とうきょう", id="hiragana"), pytest.param("ツ", id="listed-katakana"), pytest.param("1ª", id="listed-ordinal"),
    pytest.param("paris 北京", id="latin-and-han"), pytest.param("ﾄｳｷｮｳ", id="halfwidth-kana"), pytest.param("ﺩﻣﺸﻖ", id="arabic-presentation-forms"),
]


@pytest.mark.parametrize("text", _OTHER_SCRIPTS)
@pytest.mark.parametrize("lang", LANG_PARAMS)
def test_zipf_of_other_scripts_agrees_with_wordfreq(text: str, lang: str) -> None:
    from wordfreq import zipf_frequency

    z = zipf_frequency(text, lang)
    assert zipf(text, lang) == (z if z >= ZIPF_FLOOR else 0.0)


def test_a_sentence_opening_on_another_script_loads_no_wordfreq() -> None:
    code = (
        "import sys\n"
        "from geo.extract.pipeline import extract\n"
        "extract('北京 Fähren fuhren nach Kiel.\\nدمشق Soldiers left Leeds for York.', '2024-01-01', 'en')\n"
        "extract('北京 Il traghetto lasciò Genova per Napoli.', '2024-01-01', 'it')\n"
        "print(sorted(m for m in ('simplemma', 'wordfreq') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]", out.stdout + out.stderr


def test_a_name_with_a_sharp_s_loads_no_wordfreq() -> None:
    """A capitalised word with an ß (wordfreq folds it to "ss") is answered from the table:
    one German street name no longer loads wordfreq's package and word list in a worker."""
    code = (
        "import sys\n"
        "from geo.extract.pipeline import extract\n"
        "extract('Die Fähre fuhr von Kiel über die Große Straße nach Lübeck, sagte der Sprecher.', '2024-01-01', 'de')\n"
        "from geo.text.frequency import zipf\n"
        "print(zipf('straße', 'de') == zipf('strasse', 'de') > 3, zipf('Maßnahme', 'de') == zipf('massnahme', 'de') > 3)\n"
        "print(sorted(m for m in ('simplemma', 'wordfreq') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-2:] == ["True True", "[]"], out.stdout + out.stderr

"""The rules of the pipeline's layout (docs/architecture.md), checked on the code and on
runs: a loaded gazetteer is never written to; the extraction stages read the Document
instead of folding or splitting the text again; no place id is parsed for its kind."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from geo.extract.pipeline import extract, resolve
from geo.gazetteer import ArticlePlaces, ArticleResolver, load_gazetteer
from geo.gazetteer.index import load_index
from geo.lexicon import load
from geo.text.document import build_document

GEO = Path(__file__).resolve().parent.parent / "geo"


def _snapshot(gaz):
    return (
        list(gaz.places),
        [(p.id, p.kind, p.name) for p in gaz.places.values()],
        {k: id(v) for k, v in vars(gaz).items()},
        {k: len(v) for k, v in vars(gaz).items() if hasattr(v, "__len__")},
    )


@pytest.mark.parametrize(
    "text,lang,found",
    [
        pytest.param("Aid lorries crossed the frontier zone, the border between Niger and Mali, at dawn.", "en",
                     ("border", "border"), id="derived-border"),
        pytest.param("Die Lastwagen fuhren von Timbuktu nach Gao.", "de", ("town", "name"), id="index-towns"),
        pytest.param("Les réfugiés ont quitté Agadez, dans le nord du Niger, pour la capitale.", "fr", ("town", "capital"),
                     id="capital-of-the-story-country"),
    ],
)
def test_resolution_leaves_the_loaded_gazetteer_as_it_was(text, lang, found):
    gaz = load_gazetteer()
    before = _snapshot(gaz)
    fc = extract(text, "2024-03-01", lang)
    # the run did find places the curated file lacks (else this test would prove nothing) ...
    curated = set(before[0])
    new = [(f["properties"]["place_kind"], m["form"]) for f in fc["features"] if f["properties"]["kind"] == "place"
           and f["properties"]["id"] not in curated for m in f["properties"].get("mentions", [])]
    assert found in new, new
    # ... and the shared, cached gazetteer is the same object with the same places and attributes
    assert load_gazetteer() is gaz
    assert _snapshot(gaz) == before


def test_resolution_returns_the_articles_places():
    doc = build_document("Trucks drove from Timbuktu to the border between Niger and Mali.", "en")
    res = resolve(doc, load_gazetteer(), load_index(), load("en"))
    assert isinstance(res.places, ArticlePlaces)
    assert res.places.found and all(pid in res.places and pid not in load_gazetteer() for pid in res.places.found)
    assert {m.place_id for m in res.mentions} <= set(res.places.places)
    with pytest.raises(TypeError):
        res.places.places["x"] = res.places[res.places.found[0]]  # type: ignore[index]


def test_a_loaded_gazetteer_and_the_articles_places_are_read_only():
    gaz = load_gazetteer()
    with pytest.raises(TypeError):
        gaz.places["x"] = gaz["raqqa"]  # type: ignore[index]
    assert not [name for name in vars(type(gaz)) if name.startswith(("add", "set", "update", "remove", "for_article"))]
    r = ArticleResolver(gaz)  # no index: nothing can be added
    with pytest.raises(Exception, match="name index"):
        r.add_place(gaz["raqqa"])
    with pytest.raises(TypeError):
        r.places["x"] = gaz["raqqa"]  # type: ignore[index]


def _calls(path: Path) -> list[tuple[str, str, int]]:
    """(function called, enclosing function, line) of every call in a module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: list[tuple[str, str, int]] = []

    def visit(node: ast.AST, where: str) -> None:
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) else where
            if isinstance(child, ast.Call):
                f = child.func
                name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""
                out.append((name, where, child.lineno))
            visit(child, inner)

    visit(tree, "<module>")
    return out


#: what folds, splits or tokenises text: the text stage does it once, into the Document
_REREADS = {"fold", "fold_aligned", "sentences", "tokens", "build_document", "lower", "casefold"}
#: known exceptions and debts, by (module, function). Remove an entry when its debt is paid
#: (the test below fails while a listed function no longer calls any of them); never add
#: one for new code.
_STILL_REREADS = {
    ("pipeline.py", "__call__"),  # Extractor.__call__: the one place a Document is built
    # folds the index's region names (gazetteer data, once per initial), not the article
    ("mentions.py", "_regions_by_initial"),
    # debt: lower-cases a name's letters (digits left out) for its word frequency (wordfreq
    # keeps accents, so the Document's folded text would give other figures)
    ("mentions.py", "_name_zipf"),
}


def _rereads(paths: list[Path], names: set[str], allowed: set[tuple[str, str]]) -> list[str]:
    """Every call of one of ``names`` in ``paths`` outside the (module, function)s allowed."""
    return [
        f"{path.name}:{line} {where}() calls {name}()"
        for path in paths
        for name, where, line in _calls(path)
        if name in names and (path.name, where) not in allowed
    ]


def test_no_extraction_stage_folds_or_splits_the_text_again():
    found = _rereads(sorted((GEO / "extract").glob("*.py")), _REREADS, _STILL_REREADS)
    assert not found, "read the Document's words, keys or folded text instead:\n" + "\n".join(found)
    # every listed exception still stands for a call (a paid debt leaves the list)
    calls = {(path.name, where) for path in (GEO / "extract").glob("*.py") for name, where, _ in _calls(path) if name in _REREADS}
    assert not _STILL_REREADS - calls, f"paid debts still listed: {sorted(_STILL_REREADS - calls)}"


#: the page marks the sentences extraction stored (``geo.sentences``): it splits nothing,
#: except an events file that has no spans, in this one function
_PAGE_REREADS = _REREADS | {"split", "splitlines"}
_PAGE_MAY_SPLIT = {("panel.py", "_split_file_without_sentences")}


def test_the_page_does_not_split_or_fold_the_text_again():
    found = _rereads(sorted((GEO / "render").glob("*.py")), _PAGE_REREADS, _PAGE_MAY_SPLIT)
    assert not found, "read geo.sentences (the Document's spans) instead:\n" + "\n".join(found)
    # the one exception is where it is said to be (else this entry would stand for nothing)
    calls = {(name, where) for name, where, _ in _calls(GEO / "render" / "panel.py")}
    assert ("sentences", "_split_file_without_sentences") in calls


def test_the_rereading_rules_find_a_split(tmp_path):
    page = tmp_path / "panel.py"
    page.write_text(
        "def _article_html(text):\n    return sentences(text)\n\n\n"
        "def _split_file_without_sentences(text):\n    return sentences(text)\n\n\n"
        "def _title(props):\n    return props['title'].split(':')[0].lower()\n",
        encoding="utf-8",
    )
    assert _rereads([page], _PAGE_REREADS, _PAGE_MAY_SPLIT) == [
        "panel.py:2 _article_html() calls sentences()",
        "panel.py:10 _title() calls lower()",
        "panel.py:10 _title() calls split()",
    ]


_ID_NAME = re.compile(r"(^|_)(pid|place_id|anchor|area_id|ids?)$|\[.id.\]$")
_KIND_WORDS = ("~", ":", "|", "border", "geonames", "country", "region", "inferred", "continent")


def test_no_place_id_is_parsed_for_its_kind():
    found = []
    for path in sorted(GEO.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            # "border" in m.place_id, "~" in pid
            if isinstance(node, ast.Compare) and isinstance(node.left, ast.Constant) and isinstance(node.left.value, str):
                for op, right in zip(node.ops, node.comparators):
                    if isinstance(op, (ast.In, ast.NotIn)) and _ID_NAME.search(ast.unparse(right).split(".")[-1]) \
                            and any(w in node.left.value for w in _KIND_WORDS):
                        found.append(f"{path.relative_to(GEO)}:{node.lineno} {ast.unparse(node)}")
            # pid.startswith("geonames:"), place_id.split(":")
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr in ("startswith", "endswith", "split", "partition", "rpartition", "find", "index") \
                    and _ID_NAME.search(ast.unparse(node.func.value).split(".")[-1]):
                found.append(f"{path.relative_to(GEO)}:{node.lineno} {ast.unparse(node)}")
    assert not found, "use the place's kind (Place.kind, Mention.form), not its id's text:\n" + "\n".join(found)


# --- every language's words are data (geo/lexicon/<lang>.toml), never code -----------------

#: a language-code test: ``lang == "de"``, ``lex.lang != "en"``, ``lang in ("fr", "it")``
_LANG_NAME = re.compile(r"(^|\.)(lang|language)$")
#: a regular expression's alternation with a word on one side: ``(?:river|fleuve)``, ``a|ont``
#: (a letter after a backslash is an escape: ``\s|\b`` is none)
_WORD_ALTERNATION = re.compile(r"(?<![\\\w])[^\W\d_]+'?\|(?!\\)|\|[^\W\d_]+")


def _docstrings(tree: ast.AST) -> set[int]:
    return {
        id(node.body[0].value) for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body
        and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)
    }


def _is_code(node: ast.AST) -> bool:
    """A string, or a tuple, list or set holding one (what a language code is compared with)."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    return isinstance(node, (ast.Tuple, ast.List, ast.Set)) and any(_is_code(e) for e in node.elts)


def _language_offenders(path: Path) -> list[tuple[str, str, str]]:
    """(module, enclosing function, offence) of every language-code test and every regular
    expression alternation of words written in ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = _docstrings(tree)
    out: list[tuple[str, str, str]] = []

    def visit(node: ast.AST, where: str) -> None:
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) else where
            if isinstance(child, ast.Compare):
                sides = [child.left, *child.comparators]
                for op, left, right in zip(child.ops, sides, sides[1:]):
                    if isinstance(op, (ast.Eq, ast.NotEq, ast.In, ast.NotIn)) and any(
                        _LANG_NAME.search(ast.unparse(a)) and _is_code(b) for a, b in ((left, right), (right, left))
                    ):
                        out.append((path.name, where, f"language test: {ast.unparse(child)}"))
            if isinstance(child, ast.Constant) and isinstance(child.value, str) and id(child) not in docs:
                m = _WORD_ALTERNATION.search(child.value)
                if m:
                    out.append((path.name, where, f"word alternation: {child.value[max(0, m.start() - 20) : m.end() + 20]!r}"))
            visit(child, inner)

    visit(tree, "<module>")
    return out


#: Offenders in the modules two other pieces of work are rewriting (the frame reader and the
#: claimants), by (module, function, number of offences). Remove an entry when its words
#: have moved to the lexicons (the test fails while a listed function has none left); never
#: add one.
_STILL_WORDS_IN_CODE: frozenset[tuple[str, str, int]] = frozenset()


def _offenders_by_function(paths: list[Path]) -> dict[tuple[str, str], list[str]]:
    out: dict[tuple[str, str], list[str]] = {}
    for path in paths:
        for module, where, what in _language_offenders(path):
            out.setdefault((module, where), []).append(what)
    return out


def test_no_language_test_or_word_alternation_in_extraction_or_text_code():
    paths = sorted((GEO / "extract").glob("*.py")) + sorted((GEO / "text").glob("*.py"))
    found = _offenders_by_function(paths)
    allowed = {(m, f): n for m, f, n in _STILL_WORDS_IN_CODE}
    new = [f"{m}: {f}(): {w}" for (m, f), ws in sorted(found.items()) for w in ws[allowed.get((m, f), 0):]]
    assert not new, ("a language's words go in geo/lexicon/<lang>.toml and a language's ways in its settings "
                     "([meta] nouns_capitalised, object_before_verb ...), not in code:\n" + "\n".join(new))
    fewer = [f"{m}: {f}(): {n} listed, {len(found.get((m, f), []))} left" for m, f, n in sorted(_STILL_WORDS_IN_CODE)
             if len(found.get((m, f), [])) < n]
    assert not fewer, "offenders gone: lower or remove their entries in _STILL_WORDS_IN_CODE:\n" + "\n".join(fewer)


def test_the_language_rule_finds_a_language_test_and_a_word_alternation(tmp_path):
    planted = tmp_path / "planted.py"
    planted.write_text(
        'import re\n\n_RIVER = re.compile(r"\\b(?:river|fleuve)\\s+$")\n_SPACES = re.compile(r"(?:^|\\s)\\s*$")\n\n\n'
        'def read(words, lex, lang):\n    """Words (this|that) in a docstring are prose."""\n'
        '    if lex.lang != "en" and lang in ("fr", "it"):\n        return [w for w in words if w.lang == "de"]\n'
        '    return [w for w in words if w.lang in LANGS]\n',
        encoding="utf-8",
    )
    assert _language_offenders(planted) == [
        ("planted.py", "<module>", "word alternation: '\\\\b(?:river|fleuve)\\\\s+$'"),
        ("planted.py", "read", "language test: lex.lang != 'en'"),
        ("planted.py", "read", "language test: lang in ('fr', 'it')"),
        ("planted.py", "read", "language test: w.lang == 'de'"),
    ]


#: No function under geo/ is longer than this many lines (``def`` to its last line).
MAX_FUNCTION_LINES = 80
#: Today's longer functions, each being split on another branch (issue 23 item 2). Remove
#: an entry when its function is split (the test fails while a listed function is no longer
#: over the limit, or gone); never add one.
_LONG_FUNCTIONS_BEING_SPLIT: dict[tuple[str, str], str] = {}


def _function_lengths() -> dict[tuple[str, str], int]:
    """Lines of every function and method under geo/, by (path under geo/, name)."""
    out: dict[tuple[str, str], int] = {}
    for path in sorted(GEO.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                key = (path.relative_to(GEO).as_posix(), node.name)
                out[key] = max(out.get(key, 0), (node.end_lineno or node.lineno) - node.lineno + 1)
    return out


def test_no_function_is_over_80_lines():
    lengths = _function_lengths()
    long = {k: n for k, n in lengths.items() if n > MAX_FUNCTION_LINES}
    new = sorted(f"geo/{path}: {name}() is {n} lines" for (path, name), n in long.items() if (path, name) not in _LONG_FUNCTIONS_BEING_SPLIT)
    assert not new, f"split these (at most {MAX_FUNCTION_LINES} lines a function):\n" + "\n".join(new)
    # a listed function that was split (or is gone) leaves the list
    done = sorted(f"{path}: {name}" for path, name in _LONG_FUNCTIONS_BEING_SPLIT if (path, name) not in long)
    assert not done, f"split already, remove from _LONG_FUNCTIONS_BEING_SPLIT: {done}"

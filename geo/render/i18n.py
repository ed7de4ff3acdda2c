"""The map page's interface words in the article's language, read from
``geo/render/words/<lang>.toml`` (one file a language: a new language is a new file).

Only the page's own words are translated; what comes from the article (names, quotes,
claimants) is shown as written. A language without a file is shown in English; a key a
file leaves out is shown in English too (for that language only).
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

WORDS = Path(__file__).resolve().parent / "words"
#: the languages with a words file (English first: the fallback)
LANGS = ("en", *sorted(p.stem for p in WORDS.glob("*.toml") if p.stem != "en"))


@lru_cache(maxsize=16)
def _file(lang: str) -> dict[str, Any]:
    path = WORDS / f"{lang}.toml"
    if lang not in LANGS or not path.is_file():
        return {}
    with path.open("rb") as fh:
        return tomllib.load(fh)


def texts(lang: str | None) -> dict[str, str]:
    """The page's words in ``lang`` (English for a language without a file, and for any
    word its file leaves out).

    >>> texts("fr")["legend"], texts("xx")["legend"]
    ('Légende', 'Legend')
    """
    words = {k: v for k, v in _file("en").items() if isinstance(v, str)}
    words.update({k: v for k, v in _file(lang or "en").items() if isinstance(v, str)})
    return words


def settings(lang: str | None) -> dict[str, Any]:
    """The ``[settings]`` of ``lang``'s words file (none for a language without one).

    >>> settings("en")["english_notes"], settings("de").get("english_notes", False)
    (True, False)
    """
    table = _file(lang or "en").get("settings")
    return dict(table) if isinstance(table, dict) else {}

"""A found place's later mention in this language (tests/extract/test_linked_mentions.py)."""

import pytest

A_LATER_MENTION_IS_LINKED_ONCE = [
    pytest.param("Die Truppen zogen von Kupjansk nach Charkiw. Kupjansk Radio meldete Schäden.", ["name", "name", "name"], id="scanned"),
]

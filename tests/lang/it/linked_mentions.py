"""A found place's later mention in this language (tests/extract/test_linked_mentions.py)."""

import pytest

A_LATER_MENTION_IS_LINKED_ONCE = [
    pytest.param("I soldati sono andati da Kupiansk a Kharkiv. Kupiansk Radio ha segnalato danni.", ["name", "name", "linked"]),
]

"""A found place's later mention in this language (tests/extract/test_linked_mentions.py)."""

import pytest

A_LATER_MENTION_IS_LINKED_ONCE = [
    pytest.param("Troops moved from Kupiansk to Kharkiv. Kupiansk Radio reported damage.", ["name", "name", "linked"]),
]

"""A found place's later mention in this language (tests/extract/test_linked_mentions.py)."""

import pytest

A_LATER_MENTION_IS_LINKED_ONCE = [
    pytest.param("Los soldados fueron de Kupiansk a Járkov. Kupiansk Radio informó de daños.", ["name", "name", "linked"]),
]

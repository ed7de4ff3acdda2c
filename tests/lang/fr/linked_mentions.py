"""A found place's later mention in this language (tests/extract/test_linked_mentions.py)."""

import pytest

A_LATER_MENTION_IS_LINKED_ONCE = [
    pytest.param("Les soldats sont allés de Kupiansk à Kharkiv. Kupiansk Radio a signalé des dégâts.", ["name", "name", "linked"]),
]

"""A found place's later mention in this language (tests/extract/test_linked_mentions.py)."""

import pytest

A_LATER_MENTION_IS_LINKED_ONCE = [
    pytest.param("Os soldados foram de Kupiansk para Carcóvia. Kupiansk Radio noticiou danos.", ["name", "name", "linked"]),
]

"""Demonyms of this language and the countries they imply (tests/gazetteer/test_story_demonyms.py)."""

import pytest

DEMONYMS_IMPLY_THEIR_COUNTRIES = [
    pytest.param("Malian traders and Burundian farmers met in the market.", {'BI', 'ML'}, id="country-name-ending-in-i"),
    pytest.param("Sudanese families and Chadian herders shared the wells.", {"SD", "TD"}),
    # -ian/-ians on the whole name (Canada, Brazil), -ians for -y, -ish for -ey and -and
    pytest.param("Canadian pilots and Brazilian nurses met Turkish and Polish engineers.", {"CA", "BR", "TR", "PL"}, id="ian-ish"),
    pytest.param("Canadians, Italians and Hungarians queued at the gate.", {"CA", "IT", "HU"}, id="plurals"),
]

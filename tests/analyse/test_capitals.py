"""The written-out table of capital letters is the one `unicodedata` gives (analyse/capitals.py)."""
from __future__ import annotations

import unicodedata

import pytest

from briefgen.analyse.capitals import UNICODE_VERSION, capital_ranges, computed_ranges
from briefgen.analyse.nameruns import CAPITALS


def test_the_table_is_the_running_pythons_capitals() -> None:
    if unicodedata.unidata_version != UNICODE_VERSION:
        pytest.skip(f"the table is for Unicode {UNICODE_VERSION}; this Python has {unicodedata.unidata_version}")
    assert capital_ranges() == computed_ranges()


def test_the_character_class_holds_every_capital_and_nothing_else() -> None:
    import re

    capital = re.compile(f"[{CAPITALS}]")
    for code in range(0x10000):
        char = chr(code)
        assert bool(capital.fullmatch(char)) == (unicodedata.category(char) in ("Lu", "Lt")), hex(code)

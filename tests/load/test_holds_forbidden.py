"""`codepoints.holds_forbidden`, the gate of `first_forbidden` and `replace_forbidden`, says what `FORBIDDEN.search`
says, for every code point alone and inside a text of wider characters, and for any text."""
from __future__ import annotations

from hypothesis import given, strategies as st

from briefgen.load.codepoints import FORBIDDEN, REPLACEMENT, first_forbidden, holds_forbidden, replace_forbidden


def test_every_code_point() -> None:
    forbidden = set(FORBIDDEN.findall("".join(map(chr, range(0x110000)))))
    wrong = [hex(cp) for cp in range(0x110000) if holds_forbidden(chr(cp)) != (chr(cp) in forbidden)
             or cp > 0xFFFF and (cp & 0xFFFF >= 0xFFF0 or cp % 97 == 0)  # (each plane's end, and a sample)
             and holds_forbidden(f"a\u2019{chr(cp)}\U0001f600") != (chr(cp) in forbidden)]
    assert wrong == []


@given(st.text(alphabet=st.characters(blacklist_categories=())))
def test_any_text(text: str) -> None:
    found = FORBIDDEN.search(text)
    assert holds_forbidden(text) == (found is not None)
    assert first_forbidden(text) == (f"U+{ord(found.group()):04X}" if found else None)
    assert replace_forbidden(text) == FORBIDDEN.sub(REPLACEMENT, text)

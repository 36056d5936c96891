"""The bodies `packedbody` keeps unpacked: what comes out is what went in, whether it was kept or not.

`pack` and `unpack` keep the last `RECENT` bodies (a document is made right after its parse, a page reads its
body twice); a body asked for after others were packed is unpacked from its bytes again.
"""
from __future__ import annotations

from hypothesis import given, strategies as st

from briefgen.load import packedbody
from briefgen.load.packedbody import RECENT, pack, unpack

ANY_TEXT = st.text(alphabet=st.characters(blacklist_categories=()))  # lone surrogates and NUL included


@given(st.lists(ANY_TEXT, min_size=1, max_size=3 * RECENT))
def test_any_body_comes_back_after_others(texts: list[str]) -> None:
    packed = [pack(text) for text in texts]
    assert [unpack(one) for one in packed] == texts  # the first ones no longer kept: unpacked from their bytes
    assert [unpack(one) for one in reversed(packed)] == texts[::-1]
    assert len(packedbody._recent) <= RECENT


def test_a_body_not_kept_is_unpacked_from_its_bytes() -> None:
    body = "<p>“Gone,” she said — الجزيرة</p>"
    packed = pack(body)
    for n in range(RECENT + 1):
        pack(f"<p>other {n}</p>")
    assert packed not in packedbody._recent
    assert unpack(packed) == body and unpack(b"") == ""

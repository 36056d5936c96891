"""A longer newspaper's name that extends a site outlet's "The X" is another outlet (FX110, 2026-12-07).

"The Mercury News reported" credited a site's "The Mercury": sourcecores.core_forms made "The Mercury News" (and "…
Online", "… TV", "… Network", "… Media") a form of every site outlet, T27's "Yle News" for Yle. A name that opens with
"The" is a newspaper's title, which a generic word extends into another title (The Mercury, Hobart; The Mercury News,
San Jose): no such longer form now; the run is read as a known outlet's is (outletlookalikes.within_known: credited by
its own name, as "The Times Free Press" is). "Yle News" for a site's Yle, "Kaleva Radio" for Kaleva Radio News: as
before (tests/analyse/test_source_cores_t27.py).
"""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.credits import credit_finder, detect_credits

TAILS = st.sampled_from(("News", "Daily", "Herald", "Tribune", "Post", "Gazette"))  # ("The X TV", "The X Online":
# its desks, outletlookalikes.desk, as before)
FRAMES = st.sampled_from(("{o} reported that the dam burst.", "According to {o}, the dam burst.",
                          "The mayor told {o} that the dam burst."))


def _credited(text: str, outlets: tuple[str, ...]) -> list[str]:
    return [c.outlet for c in detect_credits(text, credit_finder(outlets))]


@pytest.mark.parametrize("text, outlets, credited", [
    ("The Mercury News reported that the dam burst.", ("The Mercury",), ["The Mercury News"]),
    ("The Mercury reported that the dam burst.", ("The Mercury",), ["The Mercury"]),
    ("The Mercury News reported that the dam burst.", ("The Mercury", "The Mercury News"), ["The Mercury News"]),
    ("Yle News reported that the dam burst.", ("Yle",), ["Yle"]),  # (T27's, as before)
])
def test_the_reported_credit(text: str, outlets: tuple[str, ...], credited: list[str]) -> None:
    assert _credited(text, outlets) == credited


@FAST
@given(word, TAILS, FRAMES)
def test_a_longer_title_is_another_outlet(core: str, tail: str, frame: str) -> None:
    site = f"The {core}"
    assert site not in _credited(frame.format(o=f"The {core} {tail}"), (site,))
    assert _credited(frame.format(o=site), (site,)) == [site]  # (the site's own name, as before)


@FAST
@given(word, TAILS)
def test_credited_by_its_own_name(core: str, tail: str) -> None:
    assert _credited(f"The {core} {tail} reported that the dam burst.", (f"The {core}",)) == [f"The {core} {tail}"]

""""Nana" and "Oga" alone are a person's name, though the text writes them as titles before a longer name (titlewords).

The reported input (FX84, a breaker's cases, 2026-12-07): "“We are ready,” Nana said. Nana Kwame Bediako said
nothing." lost its speaker "Nana" (s60 had it) once T26's rule made "Nana" a named title: `title_alone` read any
clerical title written before a two-word name as a title wherever it stood alone. The kind: "Nana"/"Oga" alone in any
frame, with a titled two-word name anywhere in the text.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from support.examples import examples
from support.madeup import LISTED  # (no word an analysis lists: "Kisen" is a company's since FX89)

from briefgen.analyse.quotes import quotes_in

SYLLABLES = ("ba", "de", "mi", "la", "tun", "ko", "ye", "se", "gun", "wa", "do", "ri", "je")
WORD = st.lists(st.sampled_from(SYLLABLES), min_size=2, max_size=3).map(lambda parts: "".join(parts).capitalize()).filter(lambda w: w.lower() not in LISTED)
FRAMES = ("“We are ready,” {T} said. {T} {N} said nothing.", "{T} {N} said nothing. “We are ready,” {T} said.",
          "“We are ready,” said {T}. {T} {N} said nothing.")


@settings(max_examples=examples(100), deadline=None)
@given(st.sampled_from(("Nana", "Oga")), WORD, WORD, st.sampled_from(FRAMES))
def test_nana_alone_keeps_its_speaker(title: str, given_name: str, surname: str, frame: str) -> None:
    speakers = [q.speaker for q in quotes_in("x", frame.format(T=title, N=f"{given_name} {surname}"))]
    assert speakers in ([title], [f"{given_name} {surname}"]), speakers


def test_the_reported_sentence() -> None:
    assert [q.speaker for q in quotes_in("x", "“We are ready,” Nana said. Nana Kwame Bediako said nothing.")] in (
        ["Nana"], ["Kwame Bediako"])
    assert [q.speaker for q in quotes_in("x", "“We are ready,” Oga said. Oga Emeka Nwosu said nothing.")] == ["Oga"]

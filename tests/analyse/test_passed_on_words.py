"""Words a speaker passes on from someone else are not theirs: "She had assured him, he said, that “no decision is
imminent”" was shown as the minister's words ("— Tom Fairbrook"; the tester's airport briefing, issue 9, 2026-12-05).
A parenthetical frame after another speech verb of the clause gives no one (passedon.py)."""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.quotes import quotes_in


def _speakers(text: str) -> list[str | None]:
    return [q.name for q in quotes_in("", text)]


def test_the_reported_sentence():
    text = ("Mr Fairbrook said he had met Halvern Capital's managing partner, Dana Whitcombe, on Tuesday. She had "
            "assured him, he said, that “no decision is imminent”.")
    assert _speakers(text) == [None]


def test_what_must_not_change():
    kept = {
        "Tom Reid spoke on Monday. The plan, he said, was “dead on arrival and nobody will vote for it”.":
            ["Tom Reid"],
        "Anna Berg, who had warned of the risk, said: “We told them again and again.”": ["Anna Berg"],
        "Tom Reid said the board had met, and added that “nothing will change for the staff this year”.":
            ["Tom Reid"],
        "“Nothing will change for the staff this year,” Tom Reid said, “whatever the board decides.”":
            ["Tom Reid", "Tom Reid"],
    }
    for text, speakers in kept.items():
        assert _speakers(text) == speakers, text


@FAST
@given(word, word, word, word, st.sampled_from(("had assured him", "told the board", "promised them", "insisted")),
       st.sampled_from(("he said", "she said", "{g} {s} said")))
def test_words_passed_on_have_no_speaker(g1, s1, g2, s2, verb, frame):
    frame = frame.format(g=g2, s=s2)
    text = (f"{g2} {s2} met {g1} {s1} on Tuesday. {g1} {s1} {verb}, {frame}, that “no decision on the future of the "
            f"site is imminent”.")
    assert _speakers(text) == [None], text

"""A sentence-opening adverb of a closed list is never a name's first word (FX109, item 4): "Eventually Hondaka said:
“…”" with no other Hondaka gave a person "Eventually Hondaka", and "Ultimately Ford Motor said" a body "Ultimately Ford
Motor" (FX104's sentenceadverbs.adverb_skip dropped an adverb only before one word written elsewhere, and
`opening_adverb` only before a person's two words). sentenceadverbs.NEVER_NAME_OPENERS; BR50's "Simply Business",
"Maybe Kim" stay as written (tests/analyse/test_sentence_adverbs.py)."""
from __future__ import annotations

from hypothesis import example, given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.people import find_people
from briefgen.analyse.quotes import quotes_in
from briefgen.analyse.sentenceadverbs import NEVER_NAME_OPENERS

ADVERBS = st.sampled_from(sorted(NEVER_NAME_OPENERS)).map(str.capitalize)
FRAMES = st.sampled_from(["{a} {w} said: “We will count every vote.”", "“We will count every vote,” {a} {w} said.",
                          "{a} {w} told reporters: “We will count every vote.”"])


def test_reported_input() -> None:
    for text, speaker in (("The board met. Eventually Hondaka said: “We will count every vote.”", "Hondaka"),
                          ("The board met. Ultimately Ford Motor said: “We will count every vote.”", "Ford Motor")):
        assert [q.speaker for q in quotes_in("T", text)] == [speaker], text
        assert [n.full for n in find_people("T", text).named] == [speaker], text


@given(ADVERBS, word, word, FRAMES, st.sampled_from(["", "Motor", "Bank", "Holdings"]))
@example("Eventually", "Hondaka", "Kenji", "{a} {w} said: “We will count every vote.”", "")
@FAST
def test_an_opening_adverb_is_no_name_word(adverb: str, name: str, other: str, frame: str, body: str) -> None:
    if name == other:
        return
    who = f"{name} {body}".strip()
    text = "The board met on Monday. " + frame.format(a=adverb, w=who)
    assert [q.speaker for q in quotes_in("T", text)] == [who], text
    assert [n.full for n in find_people("T", text).named] == [who], text

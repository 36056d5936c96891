"""A sentence adverb opening a sentence is no part of the one name word after it (FX104, BR61, 2026-12-07): "Kenji
Hondaka spoke. Eventually Hondaka was blunt: “No.”" gave the words to a person "Eventually Hondaka" (also
"Nonetheless", "Predictably"; "Nonetheless Kenji was blunt:"): sentenceadverbs.opening_adverb drops one only before
two name words or more. Now sentenceadverbs.adverb_skip drops it where the word after it is written elsewhere in the
article (names.py, quotespeakers.py); "Maybe Kim said: “…”" alone stays as written (BR50)."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from briefgen.analyse.people import find_people
from briefgen.analyse.quotes import quotes_in
from briefgen.analyse.sentenceadverbs import SENTENCE_ADVERBS
from support import madeup
from support.examples import examples

ADVERBS = st.sampled_from(sorted(SENTENCE_ADVERBS)).map(str.capitalize)
FRAMES = st.sampled_from(["{a} {w} was blunt: “It is over.”", "{a} {w} said: “It is over.”",
                          "“It is over,” {a} {w} said.", "{a} {w} put it well: “It is over.”"])


def test_the_reported_sentences() -> None:
    for text in ("Kenji Hondaka spoke. Eventually Hondaka was blunt: “No.”",
                 "Kenji Hondaka spoke. Nonetheless Hondaka was blunt: “No.”",
                 "Kenji Hondaka spoke. Predictably Hondaka was blunt: “No.”",
                 "Kenji Hondaka spoke. Eventually Hondaka said: “No.”",
                 "Kenji Hondaka spoke. Nonetheless Kenji was blunt: “No.”"):
        assert [q.speaker for q in quotes_in("T", text)] == [text.split(" ")[4]], text  # as written: "Hondaka"
        found = find_people("T", text)
        assert [n.full for n in found.named] == ["Kenji Hondaka"] and [q.speaker for q in found.quotes] == [
            "Kenji Hondaka"], text


@given(ADVERBS, madeup.word, madeup.word, FRAMES, st.booleans())
@settings(max_examples=examples(80), deadline=None)
def test_an_opening_adverb_never_joins_a_name_word(adverb: str, given_name: str, family: str, frame: str,
                                                   by_given: bool) -> None:
    name = f"{given_name} {family}"
    text = f"{name} arrived on Monday. " + frame.format(a=adverb, w=given_name if by_given else family)
    found = find_people("Talks", text)
    assert [n.full for n in found.named] == [name]
    assert [q.speaker for q in found.quotes] == [name]

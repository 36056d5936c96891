"""A frame read at a sentence's start is read there wherever the sentence stands in the text.

Python's `^` matches only at the string's real start, never at a `pos` given to `search`/`match` past 0: a pattern
anchored with it and searched from a sentence's offset misses every sentence but the text's first. FX24 (2026-12-06)
found it in agentvoices.py ("A Cobrebras spokeswoman, Carolina Vidal, said …" read only in a text's first sentence);
agentpronouns.others_speak had the same (a sentence opening "Her lawyers, Anna Berg and Helen Marsh, said." was read
only at the text's start). The property: each reader's answer for a sentence is the same alone and after any text.
"""
from __future__ import annotations

from hypothesis import example, given, strategies as st
from support.madeup import FAST

from briefgen.analyse.agentpronouns import others_speak
from briefgen.analyse.unnamedvoices import another_speaks

FRAMES = ["Her lawyers, Anna Berg and Helen Marsh, said.", "His solicitors, Tom Hale and Ian Roe, said.",
          "Anna Berg of Berg & Co, her solicitors, said.", "Their advisers, Mark Dunn, Ann Lee and Jo Kay, said.",
          "A neighbour said the fire started at noon.", "Her husband said he had heard a bang.",
          "The court sat on Monday."]
BEFORE = st.lists(st.sampled_from(["Jane Reid denies the charges.", "The hearing resumed on Tuesday.",
                                   "\u201cWe will appeal,\u201d she said.", "Prices rose 3% in May;", "Police said."]),
                  max_size=4).map(" ".join)


@FAST
@given(st.sampled_from(FRAMES), BEFORE)
@example("Her lawyers, Anna Berg and Helen Marsh, said.", "Jane Reid denies the charges.")  # (False before)
def test_a_sentences_frames_are_read_wherever_it_stands(sentence: str, before: str) -> None:
    text = f"{before} {sentence}" if before else sentence
    lo, hi = len(text) - len(sentence), len(text)
    assert others_speak(text, lo, hi) == others_speak(sentence, 0, len(sentence)), (before, sentence)
    assert another_speaks(text, lo, hi) == another_speaks(sentence, 0, len(sentence)), (before, sentence)
    for pronoun in ("he", "she"):
        assert another_speaks(text, lo, hi, pronoun) == another_speaks(sentence, 0, len(sentence), pronoun)

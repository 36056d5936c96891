"""A named agent in the shapes the rule missed gave a later "she said" to the person spoken for (a WRONG speaker):
the name first ("Tom Reid will plead not guilty, Anna Berg, his lawyer, said. “…,” she said."), a title the run leaves
out ("his solicitor, Ms Anna Berg, said"), an age, a firm or a "who" clause before the verb ("Anna Berg, 52, said"),
and a capitalised modifier ("the White House spokesman, Andrew Bates, said. “…,” he said."). The breakers' br5/br6
inputs, issue 9, 2026-12-05: agentvoices.agent_speakers."""
from __future__ import annotations

from hypothesis import assume, given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.quotes import quotes_in


def _speakers(text: str) -> list[str | None]:
    return [q.name for q in quotes_in("", text)]


def test_the_reported_inputs():
    cases = {
        "Tom Reid will plead not guilty, Anna Berg, his lawyer, said. “He is innocent,” she said.": "Anna Berg",
        "Tom Reid will plead not guilty, his lawyer, Dr Anna Berg, said. “He is innocent,” she said.": "Anna Berg",
        "Tom Reid was arrested, his solicitor, Ms Anna Berg, said. “He is helping with inquiries,” she said.": "Anna Berg",
        "Tom Reid was arrested, his solicitor, Anna Berg, 52, said. “He is helping with inquiries,” she said.": "Anna Berg",
        "Tom Reid was arrested, his solicitor, Anna Berg of Berg & Co, said. “He is helping with inquiries,” she said.":
            "Anna Berg",
        "Tom Reid was arrested, his solicitor, Anna Berg, who is representing him, said. “He is helping with inquiries,” "
        "she said.": "Anna Berg",
        "Joe Biden was briefed on Friday, the White House spokesman, Andrew Bates, said. “He is on top of it,” he said.":
            "Andrew Bates",
    }
    for text, speaker in cases.items():
        assert _speakers(text) == [speaker], text
    for text in ("Tom Reid will plead not guilty, Ms Berg, his lawyer, said. “He is innocent,” she said.",
                 "Tom Reid was arrested, his solicitor, Ms Berg, said. “He is helping with inquiries,” she said."):
        assert _speakers(text) in ([None], ["Berg"]), text


def test_what_must_not_change():
    kept = {
        "Mr Reid will appeal, his lawyer, Anna Berg, said. “I will clear my name,” he said.": "Reid",
        "Tom Reid will plead not guilty, Anna Berg, his lawyer, said. “I am innocent,” he said.": "Tom Reid",
        "Tom Reid was arrested, his lawyer, Anna Berg, said. “He denies everything put to him,” she said.": "Anna Berg",
    }
    for text, speaker in kept.items():
        assert _speakers(text) == [speaker], text


_NOUNS = st.sampled_from(("lawyer", "solicitor", "spokeswoman", "agent", "barrister"))
_SHAPES = st.sampled_from(("{name}, his {noun}, said", "his {noun}, Ms {name}, said", "his {noun}, Dr {name}, said",
                           "his {noun}, {name}, 52, said", "his {noun}, {name}, who is representing him, said",
                           "the Harbour Board spokeswoman, {name}, said"))  # ("the" tells no owner)


@FAST
@given(word, word, word, word, _NOUNS, _SHAPES)
def test_a_named_agent_takes_her_own_she(a, b, c, d, noun, shape):
    assume(len({a, b, c, d}) == 4)  # (two people, not one named twice)
    subject, agent = f"{a} {b}", f"{c} {d}"
    frame = shape.format(name=agent, noun=noun)
    text = f"{subject} was arrested on Monday, {frame}. “He is helping the police with their inquiries,” she said."
    assert subject not in _speakers(text), text
    assert _speakers(text) in ([agent], [None]), text

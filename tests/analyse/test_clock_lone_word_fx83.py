"""FX83 (BR43): a live blog's one-word heading after its clock ("**10:40** Watch:", "Analysis:", "BREAKING:",
"Reuters:", "Nato:", "Helsinki:", "10:40 Ukraine:") gives no speaker; only a word the text writes as the surname of a
person named in full speaks (askedleads._lone_name). Fails on the code before."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from briefgen.analyse.people import find_people

_HEADINGS = ("Watch", "Analysis", "Summary", "Quote", "BREAKING", "Reuters", "Nato", "Helsinki", "Finland", "Ukraine",
             "Reaction", "Video", "Kremlin", "Brussels")
_CLOCKS = ("**10:40** ", "10:40 ", "10:40 \u2014 ", "10.40: ", "At 10:40, ")


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_people("Live: talks", text).quotes]


def test_the_reported_inputs() -> None:
    text = ("**10:40** Watch: \u201cNothing is ruled out.\u201d\n\n**10:45** Analysis: \u201cTalks go on.\u201d\n\n"
            "**10:50** Helsinki: \u201cWe wait.\u201d\n\n**10:55** BREAKING: \u201cDeal done.\u201d\n\n"
            "**11:00** Summary: \u201cAll good.\u201d\n\n10:40 Ukraine: \u201cWe fight on.\u201d")
    assert not any(_speakers(text)), _speakers(text)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_CLOCKS), st.sampled_from(_HEADINGS), st.booleans())
def test_a_heading_word_names_no_one(clock: str, heading: str, context: bool) -> None:
    lead = "Defence Minister Antti Häkkänen spoke in Helsinki about Nato and Ukraine, Reuters said.\n\n" if context else ""
    text = f"{lead}{clock}{heading}: \u201cNothing is ruled out.\u201d"
    assert not any(_speakers(text)), text


def test_a_surname_named_in_full_still_speaks() -> None:
    text = 'Defence Minister Antti Häkkänen spoke in Helsinki.\n\n**10:40** Häkkänen: "Nothing is ruled out."'
    assert _speakers(text) == ["Antti Häkkänen"]

"""A quotation alone in its sentence, after a sentence that reports one speaker's words and before one that opens
with another named speaker's frame, is no one's (FX109, item 1): `Jorge Pérez said the vote was over. “The count is
clean.” Ana Ruiz said the count was fair.` gave the words to Jorge Pérez (leadsentences._reported; the next
sentence's reported clause keeps it from being the quotation's frame, FX99). Ambiguous: the words may be either's
(leadsentences._reported_alone). A quotation whose own sentence carries the frame ("“…,” Ana Ruiz said the count was
fair.") is that frame's; the same speaker after, or no frame after, leaves the first speaker's."""
from __future__ import annotations

from hypothesis import example, given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.quotes import quotes_in

VERBS = st.sampled_from(["said", "told reporters", "added", "insisted", "wrote"])
_QUOTE = "“The count is clean{p}”"


def _names(text: str) -> list[str | None]:
    return [q.name for q in quotes_in("t", text)]


def test_reported_input() -> None:
    lead = "Jorge Pérez said the vote was over. "
    assert _names(lead + "“The count is clean.” Ana Ruiz said the count was fair.") == [None]
    assert _names(lead + "“The count is clean,” Ana Ruiz said the count was fair.") == ["Ana Ruiz"]


@given(word, word, word, word, VERBS, VERBS)
@example("Jorge", "Pérez", "Ana", "Ruiz", "said", "said")
@FAST
def test_a_new_named_speaker_after_makes_it_no_ones(g1, s1, g2, s2, verb1, verb2) -> None:
    if len({g1, s1, g2, s2}) < 4:
        return
    lead = f"{g1} {s1} {verb1} the vote was over. "
    assert _names(lead + _QUOTE.format(p=".") + f" {g2} {s2} {verb2} the count was fair.") == [None]
    assert _names(lead + _QUOTE.format(p=",") + f" {g2} {s2} {verb2} the count was fair.") == [f"{g2} {s2}"]


@given(word, word, word, word, VERBS)
@FAST
def test_the_same_speaker_or_none_after_keeps_the_first(g1, s1, g2, s2, verb) -> None:
    if len({g1, s1, g2, s2}) < 4:
        return
    lead = f"{g1} {s1} said the vote was over. " + _QUOTE.format(p=".")
    assert _names(lead + f" {s1} {verb} the count was fair.") == [f"{g1} {s1}"]
    assert _names(lead + " The count went on.") == [f"{g1} {s1}"]

"""A relative's titled surname is the relative's own name when no one of that surname is named in full
(kinnames.kin_titled). A breaker (BR8, 2026-12-05, late night): "His widow, Lady Reid, said: “He was a kind man.”"
lost its speaker (old: Lady Reid) under the night's kin rule, which is for "Tom Reid … His wife, Mrs Reid, said"."""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.quotes import quotes_in

KIN = st.sampled_from(("His widow", "His wife", "Her father", "His mother", "Their son", "Her husband"))
TITLE = st.sampled_from(("Lady", "Mrs", "Dr", "Mr", "Sir"))


@FAST
@given(KIN, TITLE, word, word)
def test_a_relative_named_only_so_speaks(kin, title, given_name, surname):
    text = f"{kin}, {title} {surname}, said: “We will remember every kindness.”"
    speakers = [q.name for q in quotes_in("", text)]
    assert len(speakers) == 1 and speakers[0] is not None and speakers[0].endswith(surname), (text, speakers)
    named = f"{given_name} {surname} was jailed on Monday. {text}"
    assert [q.name for q in quotes_in("", named)] == [None], named  # (the relative of the one named: no one's)


def test_the_reported_inputs():
    for text in ("His widow, Lady Reid, said: “He was a kind man.”", "Her father, Dr Reid, said: “She was brilliant.”"):
        assert [q.name for q in quotes_in("", text)][0] is not None, text

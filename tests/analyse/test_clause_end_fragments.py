"""A short quotation ending the reported clause of a speech verb before it is the speaker's at any distance
(clauseends.py; T25 F8: "Trade Minister Yoon Tae-hoon said South Korea held about five months of gallium stocks and
would “respond calmly”." had no speaker: 11 words past FRAGMENT_REACH). Drawn: the speaker, the verb, a reported clause
of 0 to 24 words, the short quotation, and the sentence's end; the guards: a quotation far from the verb that does not
end its clause, and one after a clause of another subject (", and prices rose …"), stay no one's."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.quotes import quotes_in
from test_speaker_properties import person

FAST = settings(max_examples=examples(80), deadline=None, suppress_health_check=[HealthCheck.too_slow])
CLAUSE_WORDS = "South Korea held about five months of gallium stocks the country large and ample useful supplies would".split()
CLAUSE = st.lists(st.sampled_from(CLAUSE_WORDS), min_size=0, max_size=24).map(" ".join)
FRAGMENT = st.sampled_from(["respond calmly", "under review", "deeply regrettable", "not for sale"])
VERB = st.sampled_from(["said", "added", "told reporters", "said on Monday", "warned"])
END = st.sampled_from([".", "”.", "!", "; prices rose.", ". Prices rose."])


def _speakers(text: str) -> list[str | None]:
    return [q.name for q in quotes_in("", text)]


def test_the_reported_sentence() -> None:
    text = ("In Seoul, Trade Minister Yoon Tae-hoon said South Korea held about five months of gallium stocks and would "
            "“respond calmly”.")
    assert _speakers(text) == ["Yoon Tae-hoon"]
    assert _speakers(text.replace("“respond calmly”.", "“respond calmly.”")) == ["Yoon Tae-hoon"]


@FAST
@given(person, VERB, CLAUSE, FRAGMENT, END)
def test_a_short_quotation_ending_the_reported_clause_is_the_speakers(name: str, verb: str, clause: str, words: str,
                                                                       end: str) -> None:
    closing = "”" + end if not end.startswith("”") else end
    text = f"{name} {verb} {clause} would “{words}{closing}" if end != "”." else f"{name} {verb} {clause} would “{words}.”"
    assert _speakers(text) == [name]


@FAST
@given(person, st.sampled_from(["said", "added", "warned", "said on Monday"]), FRAGMENT)
def test_far_and_not_ending_its_clause_or_after_another_clause_is_no_ones(name: str, verb: str, words: str) -> None:
    far = "the board met on Monday in Leeds with its advisers to talk about the new offer and about the"
    assert _speakers(f"{name} {verb} {far} “{words}” plan before the vote.") == []
    assert _speakers(f"{name} {verb} the board met in Leeds, and prices rose on talk of a “{words}”.") == []

"""A sentence that says nothing of the news is not what a report adds (adds_boilerplate.said_nothing, T13, 2026-12-06:
a blog's "Well." and "I think that is about right." were listed under "What each report adds")."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.compare import compare_reports

SHARED = "The Harrowmoor Line strike was called off on Wednesday after Westmarch Rail agreed to keep guards on trains."
BLOG = ("{shared} Well. The strike is off. I had arranged to work from my sister's sofa on Monday. "
        "I think that is about right.")
EMPTY = ["Well.", "I think that is about right.", "Yes.", "Thank you, everyone.", "No.", "Quite right.",
         "That is fine.", "Fair enough, really."]


def _adds(text: str) -> list[str]:
    comparison = compare_reports([("wire", SHARED), ("blog", text)])
    blog = comparison.reports[1]
    return [blog.sentences[i] for i in blog.adds]


def test_the_testers_blog() -> None:
    assert _adds(BLOG.format(shared=SHARED)) == ["The strike is off.",
                                                 "I had arranged to work from my sister's sofa on Monday."]


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(EMPTY), st.sampled_from(["The sofa is booked.", "Trains run on Monday.", "I will cancel it."]))
def test_words_of_assent_add_nothing_and_a_fact_still_does(empty: str, fact: str) -> None:
    assert _adds(f"{SHARED} {empty} {fact}") == [fact]


def test_plain_words_that_tell_something_still_add() -> None:
    """A quotation is a voice, and a sentence without a word of assent or judgement tells something: both still
    added (a first version of the rule dropped "“Now they have nothing.”" and "It did not." on the trials' pages)."""
    for sentence in ("\u201cNow they have nothing.\u201d", "It did not.", "Not everything is back.",
                     "\u201cTell them we are also right.\u201d"):
        assert _adds(f"{SHARED} {sentence}") == [sentence], sentence

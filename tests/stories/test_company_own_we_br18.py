"""A company's own "we" of its work is no newsroom's (BR18, a breaker on S15's guides._NEWSROOM).

S15 took "we contacted / checked / asked / called …" for a newsroom telling how it reported, and left such words out
of an organisation's own voice: a recall notice in the company's words ("We have contacted every retailer and our
engineers checked each batch. If you own an Aqua kettle, you should stop using it …") became a readers' guide (its
pairs with reports of the recall capped). Those verbs are the newsroom's only as a reporter's: "checked with",
"contacted … for comment", "approached … to ask", "asked … to comment"."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.guides import _NEWSROOM, for_readers

OWN_WORK = ("We have contacted every retailer", "We contacted all registered owners", "We have checked each batch",
            "We called every customer who bought one", "We have asked customers to stop using them",
            "We've emailed everyone on our register", "We asked retailers to take it off their shelves")
REST = ("our engineers are testing the rest", "our priority is safety", "our stores will take them back")
READER = ("If you own an Aqua kettle, you should stop using it and you can return it for a refund.",
          "You can check your model number on the base; if you have one, you should unplug it.")
REPORTER = ("We contacted Brightwell for comment.", "We approached the ministry to ask why.",
            "We asked the company to comment.", "We checked with the maker.", "We called the agency for a response.",
            "Every expert we spoke to gave the same answer.", "We've asked the agency for the list.")


@settings(max_examples=examples(80), deadline=None)
@given(st.sampled_from(OWN_WORK), st.sampled_from(REST), st.sampled_from(READER))
def test_a_companys_own_we_makes_its_statement(work: str, rest: str, reader: str) -> None:
    """A company's notice in its own "we" (two words of it), telling readers what to do: its statement, a report.
    Failed before: a readers' guide."""
    lead = f"Brightwell is recalling 40,000 Aqua kettles. {work}, and {rest}. {reader}"
    assert not for_readers(lead, "Brightwell recalls Aqua kettles"), lead


@settings(max_examples=examples(40), deadline=None)
@given(st.sampled_from(REPORTER))
def test_a_reporters_we_is_the_newsrooms(sentence: str) -> None:
    assert _NEWSROOM.search(sentence), sentence


@settings(max_examples=examples(40), deadline=None)
@given(st.sampled_from(OWN_WORK))
def test_a_companys_work_is_not_the_newsrooms(sentence: str) -> None:
    assert not _NEWSROOM.search(sentence), sentence

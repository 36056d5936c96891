"""A quotation with no frame after a sentence that reports someone's words is theirs.

A trial (2026-12-03): "Paweł Wróbel, head of the grid operator, told reporters that storage was full. “We can
cover the gap for six weeks.”" gave the quotation no speaker (three such in the trial site; the takeover set's
Sophie Lang and the hospital set had more): a quotation without a frame continued only the speaker of a
quotation just before it. Property over made-up names, roles, verbs and one paragraph or two: the person who
reports is the speaker; a sentence that reports no named person's words (no speech verb, or "Analysts said")
gives none.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.quotes import quotes_in

SYLLABLES = ("pa", "weł", "wro", "bel", "ma", "ki", "lang", "so", "phie", "dor", "ven", "ta")
word = st.lists(st.sampled_from(SYLLABLES), min_size=2, max_size=3).map(lambda parts: "".join(parts).capitalize())
ROLES = ("", ", head of the grid operator,", ", the minister,")
VERBS = ("told reporters that", "said", "warned that", "added that")
QUOTE = "“We can cover the gap for six weeks.”"


@settings(max_examples=examples(150), deadline=None)
@given(word, word, st.sampled_from(ROLES), st.sampled_from(VERBS), st.sampled_from((" ", "\n\n")))
def test_the_person_who_reports_says_the_next_quotation(given_name: str, surname: str, role: str, verb: str,
                                                        gap: str) -> None:
    name = f"{given_name} {surname}"
    text = f"{name}{role} {verb} storage was full.{gap}{QUOTE}"
    quote, = quotes_in("Gas", text)
    assert (quote.speaker, quote.frame) == (name, "reported"), text


def test_a_sentence_that_reports_no_named_speaker_gives_none() -> None:
    for before in ("Storage was full on Monday.", "Analysts said storage was full.", "Prices rose, the ministry said."):
        quote, = quotes_in("Gas", f"{before} {QUOTE}")
        assert quote.speaker is None, before

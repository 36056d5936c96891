"""A quotation with no frame after a sentence that reports someone's words is theirs.

A trial (2026-12-03): "Paweł Wróbel, head of the grid operator, told reporters that storage was full. “We can
cover the gap for six weeks.”" gave the quotation no speaker (three such in the trial site; the takeover set's
Sophie Lang and the hospital set had more): a quotation without a frame continued only the speaker of a
quotation just before it. Property over made-up names, roles, verbs and one paragraph or two: the person who
reports is the speaker; a sentence that reports no named person's words (no speech verb, or "Analysts said")
gives none. A second check (a helper trying to break the rule) gave a crowd's, a banner's and a letter's words
to the person before them, and an answer to the one who asked: a quotation with words after it ("…,"
protesters shouted) is no sentence alone, and a reporting sentence that asks, holds two speech verbs, says the
words in a relative clause or names a second person after its verb names no one.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from support.examples import examples
from support.madeup import LISTED  # (no word an analysis lists: "Kisen" is a company's since FX89)

from briefgen.analyse.quotes import quotes_in

SYLLABLES = ("pa", "weł", "wro", "bel", "ma", "ki", "lang", "so", "phie", "dor", "ven", "ta")
word = st.lists(st.sampled_from(SYLLABLES), min_size=2, max_size=3).map(lambda parts: "".join(parts).capitalize()).filter(lambda w: w.lower() not in LISTED)
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


FOLLOWERS = ("protesters shouted", "the crowd chanted", "read one banner", "it read", "neighbours screamed",
             "he yelled")
NOT_THEIRS = (
    "Paweł Wróbel asked Anna Kowal whether storage was full.",
    "Reporters asked Paweł Wróbel whether storage was full.",
    "Paweł Wróbel said Gazprom had told him storage was full.",
    "Paweł Wróbel told reporters that Anna Kowal had said storage was full.",
    "Paweł Wróbel read out a note that Anna Kowal wrote.",
    "Paweł Wróbel said storage was full, but Anna Kowal disagreed.",
)


@settings(max_examples=examples(60), deadline=None)
@given(word, word, st.sampled_from(FOLLOWERS))
def test_a_quotation_with_a_frame_of_its_own_is_not_the_reporters(given_name: str, surname: str, follower: str) -> None:
    text = f"{given_name} {surname} said the strike would continue. “Solidarity forever and ever,” {follower}."
    quote, = quotes_in("Strike", text)
    assert quote.speaker != f"{given_name} {surname}", text


def test_reporting_sentences_that_name_no_one_for_the_quotation() -> None:
    for before in NOT_THEIRS:
        quote, = quotes_in("Gas", f"{before} {QUOTE}")
        assert quote.speaker is None, before

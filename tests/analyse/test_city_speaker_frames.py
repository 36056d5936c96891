"""Three speaker frames of the British business press, each found in the fifth trial (tests/stories/takeover/).

- A subject two predicates share (quoteframes.shared_subject): "Tom Baxter, of broker Quill Laing, raised his
  target price to 260p and said the results ‘make a 210p bid look even meaner’" and "Fenwick Lisle promised to
  keep the Leeds head office and said it had “no plans” to sell" had no speaker: the words between the name and
  the verb are no name's.
- The object of "at" with a company noun between (quoteframes.object_head): "Analyst Priya Sandhu at broker Tarrant
  Wood said: “…”" gave her words to the broker.
- A subject with two appositives: "Dr Marcus Whitlock, a fund manager at Caldwell Forbes, the largest shareholder,
  said: “…”" had no speaker (only the two parts before the verb were read).
Each over made-up names, frames before and after the quotation, full and short quotations.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.quotes import quotes_in
from test_speaker_properties import person

FAST = settings(max_examples=examples(80), deadline=None, suppress_health_check=[HealthCheck.too_slow])
QUOTE = st.sampled_from(["“The bid looks mean, and the board knows it.”", "“no plans”", "‘make a bid look meaner’",
                         "“We will not sell at this price.”"])
PREDICATE = st.sampled_from(["raised his target price to 260p", "promised to keep the Leeds head office",
                             "declined to comment on the talks", "wrote to the chairman on Friday", "bought shares"])
NOUN = st.sampled_from(["broker", "the broker", "the investment bank", "the law firm", "consultancy"])


def _speakers(text: str) -> list[str | None]:
    return [q.name for q in quotes_in("", text)]


@FAST
@given(person, PREDICATE, st.sampled_from(["and said", "and added", "but said", "and told reporters"]), QUOTE)
def test_a_subject_two_predicates_share_is_the_speaker(name: str, predicate: str, verb: str, quote: str) -> None:
    assert _speakers(f"{name} {predicate} {verb} the plan was {quote}") == [name]
    assert _speakers(f"{name}, of broker Quill Laing, {predicate} {verb} the plan was {quote}") == [name]


@FAST
@given(person, PREDICATE, QUOTE)
def test_another_subject_after_and_is_not_the_first(name: str, predicate: str, quote: str) -> None:
    """A clause of its own after "and" keeps its own subject: "X met Y and Z said" is not X's."""
    assert name not in _speakers(f"{name} {predicate} and the chairman said the plan was {quote}")
    assert _speakers(f"Sophie Lang bought shares and {name} said: {quote}") == [name]


@FAST
@given(person, person, NOUN)
def test_the_firm_one_works_at_is_not_the_speaker(name: str, firm: str, noun: str) -> None:
    quote = "“Opening the books suggests the gap is now small.”"
    assert _speakers(f"Analyst {name} at {noun} {firm} said: {quote}") == [name]
    assert _speakers(f"{quote[:-2]},” said analyst {name} at {noun} {firm}.") == [name]


@FAST
@given(person, person)
def test_a_subject_with_two_appositives(name: str, firm: str) -> None:
    quote = "“We support the board, but we want a real offer.”"
    assert _speakers(f"Dr {name}, a fund manager at {firm}, the largest shareholder, said: {quote}") == [name]
    assert _speakers(f"{quote[:-2]},” {name}, a fund manager at {firm}, the largest shareholder, said.") == [name]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Investors were cheered. Tom Baxter, of broker Quill Laing, raised his target price to 260p and said the "
     "results ‘make a 210p bid look even meaner’.", "Tom Baxter"),
    ("Fenwick Lisle promised to keep the company's headquarters in Leeds and said it had \"no plans\" to sell its "
     "stores.", "Fenwick Lisle"),
    ("Analyst Priya Sandhu at broker Tarrant Wood said: \"Opening the books at 235p suggests the gap is now small.\"",
     "Priya Sandhu"),
    ("Dr Marcus Whitlock, a fund manager at Caldwell Forbes, the largest shareholder, said: \"We support the board, "
     "but we would expect it to listen to any proposal that reflects the real worth of the business.\"",
     "Marcus Whitlock"),
])
def test_the_trials_frames(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


FILLER = st.lists(st.sampled_from("the latest proposal worth 210p a share net cash stood at 31m and dividend".split()),
                  min_size=0, max_size=10).map(" ".join)


@FAST
@given(person, st.sampled_from(["said", "added", "said in a statement", "said on Monday", "told investors"]), FILLER,
       st.sampled_from(["under review", "very significantly undervalues", "derisory"]))
def test_a_short_quotation_in_reported_speech_is_the_speakers(name: str, verb: str, filler: str, words: str) -> None:
    """quoteframes.THAT_AT: a "that" right after the verb opens the reported speech, whose short quotation is the
    speaker's up to twice FRAGMENT_REACH words on; with no "that", a short quotation that far is a scare quote."""
    assert _speakers(f"{name} {verb} that {filler} was “{words}”.") == [name]
    far = "the board met on Monday in Leeds to talk about the offer which some think"
    assert _speakers(f"{name} {verb} {far} “{words}”.") == []


TERM = st.sampled_from(["put up or shut up", "buy now, pay later", "too big to fail", "last in, first out"])


@FAST
@given(person, st.sampled_from(["the so-called", "a rule known as", "what is known as", "a practice dubbed",
                                "a test termed", "a plan nicknamed"]), TERM)
def test_a_term_after_a_naming_word_is_no_quotation(name: str, naming: str, term: str) -> None:
    """quoteframes.named_term: the fifth trial returned its "put up or shut up" as quotations (with no speaker)."""
    assert quotes_in("", f"{name} said the deadline was extended under {naming} “{term}” rule.") == ()


@FAST
@given(person, TERM)
def test_a_quotation_between_a_determiner_and_a_noun_is_still_read(name: str, term: str) -> None:
    """"a “long and meaningful” phone call" quotes Zelensky (the evaluation set), so the shape alone names no term."""
    assert _speakers(f"{name} said it had been a “{term}” phone call.") == [name]

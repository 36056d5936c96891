"""The ransomware trial's findings (tests/stories/ransom/, 2026-12-05), each as a kind:

- an explainer ("Explainer: …", "…: what we know", "Here is what you need to know") is a piece for readers, not a
  report of the event (guides.explains): the Herald's explainer joined the Courier's leak-claim report at 0.735;
- an organisation's own statement, speaking as "we"/"our", is a report even where it tells its people what they must
  do (guides.addresses_reader): the university's restore notice was held apart from its re-tellings as a guide;
- the day a claim was revealed, reported or disclosed on is not the day of the news (eventdays.lead_event_day): the
  Courier's "…, a security blogger revealed on Friday" was held apart from the blog's Thursday-night listing;
- a live blog's entry re-telling a party's statement of the same morning is that statement's event
  (eventdays.live_statement), and a day in an opening "Following …," clause dates the cause, not the news: the
  university's "Following the cyber incident that began on Monday, the University has decided to postpone …" and
  Castle FM's Wednesday updates ("09:40 The university has just announced …") were shown as related stories.
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.eventdays import lead_event_day, live_statement
from briefgen.analyse.guides import addresses_reader, explains, for_readers
from stories.storyeval import assignment, group, load_site

RANSOM = Path(__file__).resolve().parent / "ransom"


def test_the_reported_inputs() -> None:
    grouping = assignment(group(load_site(RANSOM)))
    assert grouping["herald-explainer"] != grouping["courier-leak-claim"]
    assert grouping["courier-leak-claim"] == grouping["blog-leak-claim"]
    assert grouping["uni-restore"] == grouping["ledger-restore"] == grouping["quad-restore"]
    assert grouping["uni-exams"] == grouping["castlefm-live-exams"] == grouping["quad-exams"]


# ("{a} attack on {b}: what we know so far" left HEADLINES for NEWS in T14, 2026-12-06: over a report's lead it is a
# report; its body tells an explainer, tests/stories/test_recall_trial_kinds.py)
HEADLINES = ("Explainer: why do {a} target {b} — and should they ever pay?", "Explained: the {a} {b} row",
             "Analysis: {a} bets on {b}",
             "What to know about the {a} strike in {b}", "{a} and {b}: everything you need to know",
             "The {a} {b} dispute, explained", "Q&A: what does the {a} ruling mean for {b}?")
NEWS = ("{a} hackers hit {b} systems", "{a} postpones {b} assessments", "Q&A: {a} on the {b} ransom",
        "{a}: \"We will not pay {b}\"", "Update: {a} and {b} restored", "{a} says {b} data stolen, blog reveals",
        "{a} attack on {b}: what we know so far")


@FAST
@given(word, word, st.sampled_from(HEADLINES))
def test_an_explainers_headline_names_it(a: str, b: str, headline: str) -> None:
    assert explains(headline.format(a=a, b=b))
    assert for_readers(f"The attack on {a} is the latest of many at {b}.", headline.format(a=a, b=b))


@FAST
@given(word, word, st.sampled_from(NEWS))
def test_a_reports_headline_does_not(a: str, b: str, headline: str) -> None:
    assert not explains(headline.format(a=a, b=b), f"{a} said on Monday that {b} had been hit.")


@FAST
@given(word, word, st.sampled_from(("Here is what you need to know.", "Here's what we know.")))
def test_an_explainers_lead_names_it(a: str, b: str, promise: str) -> None:
    assert explains(f"{a} and {b}", f"The attack on {a} is the latest at {b}. {promise}\n\nMore.")
    assert not explains(f"{a} and {b}", f"The attack on {a} is the latest at {b}.\n\nLater: {promise}")


STATEMENT = ("Email at {a} was restored this morning. Our systems have been rebuilt from backups. Before you log in "
             "for the first time you must reset your password at the {b} Centre. We thank our staff.")
GUIDE = ("If your home at {a} was flooded, call your insurer as soon as you safely can. Keep your receipts and "
         "photograph the damage before the {b} clean-up.")


@FAST
@given(word, word)
def test_an_organisations_own_statement_is_no_guide(a: str, b: str) -> None:
    assert not addresses_reader(STATEMENT.format(a=a, b=b), f"Update: {a} restored")
    assert addresses_reader(GUIDE.format(a=a, b=b), f"How to claim after the {a} flood")
    assert addresses_reader(GUIDE.format(a=a, b=b) + ' "We are here for you," our helpline says.', "")  # (one "our")


@FAST
@given(word, word, st.sampled_from(("revealed", "reported", "disclosed")),
       st.sampled_from(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")))
def test_the_day_a_claim_came_to_light_is_not_its_news(a: str, b: str, verb: str, day: str) -> None:
    text = (f"A criminal gang says it stole data from {a} and will release it by next week, a security blogger "
            f"{verb} on {day}.\n\nThe {b} police urged calm.")
    assert lead_event_day(text) == ""
    said = f"{a} will table a final offer next week, its chief executive {b} said on {day}.\n\nMore."
    assert lead_event_day(said) == f"p{('monday', 'tuesday', 'wednesday', 'thursday', 'friday').index(day.lower())}"


@FAST
@given(word, word, st.sampled_from(("Following", "After", "In the wake of", "Amid")),
       st.sampled_from(("Monday", "Tuesday", "Thursday")))
def test_a_day_in_an_opening_clause_of_the_cause_is_not_the_news(a: str, b: str, opening: str, day: str) -> None:
    text = f"{opening} the {a} incident that began on {day}, the {b} council has decided to close its offices.\n\nMore."
    assert lead_event_day(text) == ""
    assert lead_event_day(f"The {b} council closed its offices on {day} after the {a} incident.\n\nMore.") != ""


@FAST
@given(word, word, st.integers(0, 8 * 3600))
def test_a_live_blog_retells_the_statement_of_a_party_it_names(a: str, b: str, before: int) -> None:
    blog = frozenset({"university", a.lower(), "assessment", "postpone"})
    day, time = 740000, 1_800_000_000.0
    assert live_statement(day, time, blog, f"university of {a.lower()}", day, time - before)
    assert not live_statement(day, time, blog, f"{b.lower()} courant", day, time - before)  # (a paper's piece)
    assert not live_statement(day, time, blog | {"bbc"}, "bbc", day, time - before)  # (a known news outlet's)
    assert not live_statement(day, time, blog, f"university of {a.lower()}", day - 1, time - 86400)  # (a day before)
    assert not live_statement(day, time, blog, f"university of {a.lower()}", day, time + 3600)  # (after the blog)

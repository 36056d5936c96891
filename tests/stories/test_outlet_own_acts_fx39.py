"""An outlet acting in the news is no credit (FX39, 2026-12-07; analyse/credit_ownacts.py).

"NPR said it would cut 10 percent of its staff." credited NPR as the article's source, though NPR is the newsmaker
there; so "Reuters said it would close its bureau", "The New York Times reported a quarterly profit", and "NPR plans to
cut …, the broadcaster said". A known or site outlet as the subject of an organisation's act, or of its own
announcement, credits no one; "X reported", "X said, citing officials", "X said it had seen a copy", "its reporters
had seen", "according to X" still credit it.
"""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.credits import credit_finder, detect_credits

SITE = ("Harbour Daily", "The Coast Record")
OUTLETS = {"NPR": "broadcaster", "BBC": "broadcaster", "The BBC": "broadcaster", "CNN": "network", "Reuters": "agency",
           "Bloomberg": "agency", "The New York Times": "newspaper", "The Washington Post": "newspaper",
           "Harbour Daily": "newspaper", "The Coast Record": "paper"}
CANONICAL = {"The BBC": "BBC", "The Coast Record": "The Coast Record"}
ACTS = ("would cut 10 percent of its staff", "will close its bureau in Kabul", "plans to lay off 100 people",
        "was cutting 240 jobs", "had sued OpenAI", "would appeal the ruling", "had fired its anchor",
        "had acquired a podcast start-up", "stands by its reporting", "would stop printing on Sundays",
        "is selling its headquarters", "has apologised to viewers", "would shut two channels")
OWN = ("its chief executive would step down", "its photographer was killed in the blast", "its Kabul bureau would close",
       "its digital subscribers rose by 300,000", "its editor had resigned")
LEADS = ("", " on Monday", " Thursday", " in a statement", " in a memo to staff", " late on Friday")
KEPT = ("{o} said, citing officials, that the plant would close.", "{o} said the ministry would appeal the ruling.",
        "{o} said it had seen a copy of the letter.", "{o} said it could not independently verify the claims.",
        "{o} said its reporters had seen the bodies.", "The plant will close, according to {o}.",
        "{o} reported that the ministry would close the plant.", "The plant will close, {o} said.",
        "{o} reported a 10% drop in exports.", "{o} reported that it rained.",
        "The ministry will close the plant, {o} reported. The {n} said it had seen the order.",
        "Boeing is in turmoil. {o} reported that it would cut 10,000 jobs.")


def _credited(text: str) -> set[str]:
    return {c.outlet for c in detect_credits(text, credit_finder(SITE))}


def _name(outlet: str) -> str:
    return CANONICAL.get(outlet, outlet)


def test_the_reported_inputs() -> None:
    """Each credited its outlet before."""
    assert _credited("NPR said it would cut 10 percent of its staff.") == set()
    assert _credited("Reuters said it would close its bureau in Kabul.") == set()
    assert _credited("The New York Times reported a quarterly profit of $50 million.") == set()
    assert _credited("NPR plans to cut 10 percent of its staff, the broadcaster said.") == set()
    assert _credited("The BBC announced job cuts. The broadcaster said it would close two channels.") == set()
    assert _credited("NPR said, citing officials, that the plant would close.") == {"NPR"}


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(sorted(OUTLETS)), st.sampled_from(ACTS + OWN), st.sampled_from(LEADS), st.booleans(),
       st.sampled_from(("said", "says")))
def test_an_outlets_own_act_credits_no_one(outlet: str, act: str, lead: str, that: bool, verb: str) -> None:
    """"X said (on Monday) (that) it would cut …", "… its chief executive would step down": news of X, no credit."""
    assert _name(outlet) not in _credited(f"{outlet} {verb}{lead}{' that' if that else ''} it {act}."
                                          if act in ACTS else f"{outlet} {verb}{lead}{' that' if that else ''} {act}.")


@settings(max_examples=examples(40), deadline=None)
@given(st.sampled_from(sorted(OUTLETS)), st.sampled_from(("quarterly profit", "first annual loss", "record revenue",
                                                          "net loss of $30 million", "higher earnings")))
def test_an_outlets_results_are_no_credit(outlet: str, result: str) -> None:
    """"X reported a quarterly profit": X's results; "reported a loss at Ford" is another's, a credit."""
    assert _name(outlet) not in _credited(f"{outlet} reported a {result} on Monday.")
    assert _name(outlet) in _credited(f"{outlet} reported a {result} at Ford on Monday.")


@settings(max_examples=examples(40), deadline=None)
@given(st.sampled_from(sorted(OUTLETS)), st.sampled_from(ACTS))
def test_an_outlet_announcing_its_act_is_no_credit_of_the_noun_that_says_it(outlet: str, act: str) -> None:
    """"NPR plans to cut …, the broadcaster said": the outlet opening its sentence as the act's subject."""
    noun = OUTLETS[outlet]
    words = act.split()
    text = f"{outlet} {' '.join(words[1:]) if words[0] in ('would', 'will', 'had', 'has', 'was', 'is') else act}"
    assert _name(outlet) not in _credited(f"{text}, the {noun} said.")
    assert _name(outlet) not in _credited(f"{outlet} made an announcement. The {noun} said it {act}.")


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(sorted(OUTLETS)), st.sampled_from(KEPT))
def test_an_outlets_reporting_still_credits_it(outlet: str, form: str) -> None:
    """News of others, or what a newsroom does as one ("it had seen a copy"): the credit stands."""
    assert _name(outlet) in _credited(form.format(o=outlet, n=OUTLETS[outlet]))

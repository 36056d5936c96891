"""A site outlet named without "News", "Online", "TV" … is credited (shortnames.site_cores, 2026-12-06).

A tester's lunar-lander briefing (T12): Skimline's "Osterhagen told VBN that …" re-told the site's VBN News
interview, but only "told VBN News" and "told the Gazette" were credits, so Skimline's report stood as an independent
one. An outlet's core (its name less the words that keep it the same outlet: outletkeys.outlet_core) is read as its
name: an acronym ("VBN") or several words ("Valley Radio"); one ordinary word ("Ledger" of Ledger Online) only after
"the", as before (site_tails); a core two site outlets share credits neither.
"""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.credits import credit_finder, detect_credits
from briefgen.analyse.knownoutlets import KNOWN_OUTLETS
from briefgen.analyse.shortnames import site_cores

TAILS = ("News", "Online", "TV", "Television", "Digital", "Media", "Network")
FRAMES = ("Mr Osterhagen told {} that the lander was sound.", "According to {}, the lander was lost.",
          "{} reported on Tuesday that the lander was lost.", "The lander was lost, {} said.",
          "In an interview with {}, the minister defended the mission.")
_KNOWN = {alias.upper() for name, aliases in KNOWN_OUTLETS.items() for alias in (name, *aliases)}
# (an acronym of a well-known outlet, "SCMP", credits that outlet: KNOWN_OUTLETS)
acronym = st.text(alphabet="BCDFGHJKLMNPQRSTVWXZ", min_size=2, max_size=4).filter(lambda a: a not in _KNOWN)


def test_the_reported_input() -> None:
    finder = credit_finder(("VBN News", "Skimline", "The Orbital"))
    found = detect_credits("Leif Osterhagen told VBN that the lander's builders should not be thrown away.", finder)
    assert [(c.outlet, c.cue) for c in found] == [("VBN News", "told VBN")]


@settings(max_examples=examples(60), deadline=None)
@given(core=acronym, tail=st.sampled_from(TAILS), frame=st.sampled_from(FRAMES))
def test_an_outlets_acronym_alone_credits_it(core: str, tail: str, frame: str) -> None:
    """Any site outlet "<ACRONYM> <News|Online|TV …>": the acronym alone in a credit's frame credits that outlet."""
    name = f"{core} {tail}"
    found = detect_credits(frame.format(core), credit_finder((name, "Skimline")))
    assert [c.outlet for c in found] == [name]


@settings(max_examples=examples(40), deadline=None)
@given(core=acronym, tails=st.lists(st.sampled_from(TAILS), min_size=2, max_size=2, unique=True),
       frame=st.sampled_from(FRAMES))
def test_a_core_two_outlets_share_credits_neither(core: str, tails: list[str], frame: str) -> None:
    outlets = tuple(f"{core} {tail}" for tail in tails)
    assert site_cores(outlets) == {}
    assert [c.outlet for c in detect_credits(frame.format(core), credit_finder(outlets))] == []


def test_cores_of_several_words_and_ordinary_words() -> None:
    assert site_cores(("Valley Radio News", "Ledger Online", "The Ledger", "Skimline", "N1 TV")) == {
        "Valley Radio": "Valley Radio News", "N1": "N1 TV"}
    finder = credit_finder(("Valley Radio News", "Ledger Online"))
    assert [c.outlet for c in detect_credits("She told Valley Radio that it was sound.", finder)] == ["Valley Radio News"]
    assert detect_credits("The Ledger said the lander was sound, and Ledger staff agreed.", credit_finder(
        ("Ledger Online", "Skimline"))) == ()  # ("Ledger" alone is no name; "the Ledger" is read by site_tails only
    # where a credit's frame names it: "told the Ledger")

"""A programme after its outlet's possessive is the outlet's (FX39, 2026-12-07; analyse/programmes.py).

"told ABC's This Week" and "ABC's This Week reported" credited no one, "CBS's Face the Nation reported" and "CNN's
State of the Union reported" no one, and "NBC's Meet the Press reported" the Associated Press (the title's last word
"Press" read as an outlet). FX32 had only "told the BBC's Focus on Africa" (the outlet at the head of the run).
"""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.credits import credit_finder, detect_credits
from briefgen.analyse.programmes import NETWORK_PROGRAMMES

SITE = ("Harbour Daily", "Valley Radio")
OWNERS = {"the BBC's": "BBC", "CNN's": "CNN", "NPR's": "NPR", "Fox News's": "Fox News", "Valley Radio's": "Valley Radio",
          "Bloomberg's": "Bloomberg", "ABC News's": "ABC News"}
WORDS = ("Morning", "Edition", "World", "Tonight", "Focus", "Africa", "State", "Union", "Business", "Hour", "Sunday",
         "Face", "Nation", "Meet", "Press", "Post", "Daily", "News", "Times", "Dispatch", "Week", "Insight", "Live")
titles = st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).flatmap(
    lambda ws: st.sampled_from(["", "the ", "of the ", "on "]).map(
        lambda joint: (" ".join(ws[:-1]) + (" " + joint if len(ws) > 1 else "") + ws[-1]).replace("  ", " ")))
BEFORE = ("The senator told {p} that the bill would pass.", "The senator said in an interview with {p} that the "
          "bill would pass.", "Speaking to {p}, the senator said the bill would pass.",
          "According to {p}, the bill would pass.")
AFTER = ("{P} reported that the bill would pass.", "{P} revealed on Sunday that the bill would pass.",
         "{P} has learned that the bill would pass.")


def _credited(text: str) -> list[str]:
    return [c.outlet for c in detect_credits(text, credit_finder(SITE))]


def _capital(words: str) -> str:
    return words[0].upper() + words[1:]


def test_the_reported_inputs() -> None:
    """Each credited no one or the wrong outlet before."""
    assert _credited("The senator told ABC's This Week that the bill would pass.") == ["ABC News"]
    assert _credited("ABC's This Week reported that the bill would pass.") == ["ABC News"]
    assert _credited("CBS's Face the Nation reported that the bill would pass.") == ["CBS News"]
    assert _credited("NBC's Meet the Press reported that the bill would pass.") == ["NBC News"]
    assert _credited("CNN's State of the Union reported that the bill would pass.") == ["CNN"]
    assert _credited("The minister told the BBC's Focus on Africa that the vote was fair.") == ["BBC"]


@settings(max_examples=examples(80), deadline=None)
@given(st.sampled_from(sorted(OWNERS)), titles, st.sampled_from(BEFORE + AFTER), st.booleans())
def test_an_outlets_programme_credits_the_outlet_alone(owner: str, title: str, form: str, programme: bool) -> None:
    """"<outlet>'s <Programme>" in any credit's frame credits the outlet, never an outlet of the title's words."""
    named = f"{owner} {title}{' programme' if programme else ''}"
    assert _credited(form.format(p=named, P=_capital(named))) == [OWNERS[owner]]


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(sorted(NETWORK_PROGRAMMES)), st.data(), st.sampled_from(BEFORE + AFTER))
def test_a_networks_programme_names_the_network_by_its_initials(initials: str, data: st.DataObject, form: str) -> None:
    """"ABC's This Week", "CBS's 60 Minutes", "NBC's Meet the Press": the network; another title after bare "ABC"
    ("ABC's Four Corners": Australia's) credits no one."""
    network, shows = NETWORK_PROGRAMMES[initials]
    named = f"{initials}'s {data.draw(st.sampled_from(shows))}"
    assert _credited(form.format(p=named, P=named)) == [network]
    if initials == "ABC":
        assert _credited(form.format(p="ABC's Four Corners", P="ABC's Four Corners")) == []

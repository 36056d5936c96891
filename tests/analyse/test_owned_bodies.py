"""A body every country has keeps its owner: "Kazakhstan's Ministry of Foreign Affairs", not "Ministry of Foreign Affairs".

A trial (a briefing on chip export controls): the possessive ended the name, so Kazakhstan's,
China's and Japan's ministries were one organisation "Ministry of Foreign Affairs" with one People
page and each other's quotes; and "Britain's Central Bank" at a sentence's start lost its owner as if
"Britain's" were a verb opening a list item ("Names Olaf Scholz").
"""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.people import find_people

OWNERS = ["Kazakhstan", "China", "Japan", "South Korea", "Britain", "Ukraine", "Poland", "Armenia", "the Netherlands"]
BODIES = ["Ministry of Foreign Affairs", "Foreign Ministry", "Commerce Ministry", "Ministry of Defence",
          "Central Bank", "Armed Forces", "Supreme Court", "Trade Ministry", "Embassy", "Interior Ministry",
          "State Security Service", "Coast Guard"]
PEOPLE = ["Narendra Modi", "Sergei Lavrov", "Tim Cook", "Anna Kowal"]


def _speakers(text: str) -> list[str]:
    return [q.speaker for q in find_people("T", text, (), ()).quotes]


def test_the_reported_ministries_are_three() -> None:
    text = ("“Kazakhstan complies with all of its obligations,” Kazakhstan’s Ministry of Foreign Affairs said.\n\n"
            "“We will take the measures we must,” China’s Ministry of Foreign Affairs said.\n\n"
            "Britain’s Central Bank said “rates stay where they are for now”.")
    assert _speakers(text) == ["Kazakhstan’s Ministry of Foreign Affairs", "China’s Ministry of Foreign Affairs",
                               "Britain’s Central Bank"]


@settings(max_examples=examples(80), deadline=None, database=None)
@given(st.sampled_from(OWNERS), st.sampled_from(BODIES), st.sampled_from(["'", "\u2019"]),
       st.booleans())
def test_an_owned_body_keeps_its_owner_wherever_it_stands(owner: str, body: str, apostrophe: str, leads: bool) -> None:
    name = f"{owner}{apostrophe}s {body}"
    text = (f"{name[0].upper()}{name[1:]} said “we are watching this very closely indeed”." if leads
            else f"“We are watching this very closely indeed,” {name} said.")
    named = [n.full for n in find_people("T", text, (), ()).named]
    spoken = _speakers(text)
    assert spoken and spoken[0].endswith(f"{apostrophe}s {body}"), (text, spoken)
    assert owner.split()[-1] in spoken[0], (text, spoken)
    assert any(body in n and owner.split()[-1] in n for n in named), (text, named)


@settings(max_examples=examples(40), deadline=None, database=None)
@given(st.sampled_from(OWNERS), st.sampled_from(PEOPLE))
def test_a_person_after_an_owner_is_still_the_person(owner: str, person: str) -> None:
    text = f"“We are watching this very closely indeed,” {owner}’s {person} said."
    assert _speakers(text) == [person]

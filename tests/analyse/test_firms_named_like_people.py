"""Companies named after people, read as companies from what their article says of them (orgnames.firms_and_things).

The fifth trial (tests/stories/takeover/, the British business press) listed as people a fund manager named in
nine articles ("Caldwell Forbes, the Edinburgh fund manager which owns 11pc"), a consultancy ("retail director at
Garland Pryor", "the consultancy Garland Pryor"), a union ("the shopworkers' union Usdaw") and "the Takeover Code".
Firms of the City are named after their founders as often as not (Goldman Sachs, Morgan Stanley, Peel Hunt, John
Lewis, Slaughter and May), so a name's shape says nothing; its context does, and one article's reading holds across
the archive (names.NameIndex.build). The kinds, each over made-up two-word names:
- what a company has and a person has not, after the possessive: a board, shareholders, a chairman, a chief
  executive, a share price, a dividend, profits ("Hartley Rowe's board", "Bramwell Hayes' chair");
- a relative clause only a thing takes: "X, which owns …", "X, the Edinburgh fund manager which owns …";
- a role held at it: "an analyst at X", "retail director at X";
- more company nouns before it: "the consultancy X", "the union X", "the investment platform X".
A person keeps being one: her shares and her advisers are hers, "Anna Berg, the mayor of a town which flooded"
is the mayor, "talks at Anna Berg's house" are at her house.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefgen.analyse.names import NameIndex, names_in
from test_speaker_properties import person

FAST = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SAID = " {f} said on Tuesday that it would talk to shareholders."
FIRM_CONTEXTS = ["{f}'s board rejected the proposal.", "{f}\u2019s largest shareholder wrote to the board.",
                 "{f}'s chief executive resigned.", "{f}'s share price fell.", "{f}'s profits rose 19 per cent.",
                 "{f}, which owns 11 per cent, wrote a letter.", "{f}, the Edinburgh fund manager which owns 11pc, "
                 "wrote.", "{f}, the bank, which advised the board, declined to comment.",
                 "Sophie Lang, an analyst at {f}, expects more.", "Sophie Lang, retail director at {f}, expects more.",
                 "The consultancy {f} expects more.", "The shopworkers' union {f} expects more.",
                 "The investment platform {f} expects more."]
PERSON_CONTEXTS = ["{f}'s shares in the company are worth more.", "{f}'s advisers wrote to the board.",
                   "{f}, the mayor of a town which flooded, wrote to the board.", "Talks took place at {f}'s house.",
                   "{f}, who owns 11 per cent, wrote a letter.", "The retail analyst {f} expects more."]


def _kinds(text: str, name: str) -> set[str]:
    return {m.kind for m in names_in("", text) if m.full == name or m.surface == name}


@FAST
@given(person, st.sampled_from(FIRM_CONTEXTS))
def test_what_the_article_says_of_it_makes_a_name_a_company(firm: str, context: str) -> None:
    text = context.format(f=firm) + SAID.format(f=firm)
    assert _kinds(text, firm) == {"organisation"}


@FAST
@given(person, st.sampled_from(PERSON_CONTEXTS))
def test_a_person_stays_a_person(name: str, context: str) -> None:
    text = context.format(f=name) + f" {name} said on Tuesday that she would talk to shareholders."
    assert _kinds(text, name) == {"person"}


@FAST
@given(person, st.sampled_from(FIRM_CONTEXTS))
def test_one_articles_reading_holds_across_the_archive(firm: str, context: str) -> None:
    index = NameIndex.build((), {"a": names_in("", context.format(f=firm)),
                                 "b": names_in("", SAID.format(f=firm).strip())})
    assert firm in index.organisations  # article "b" alone reads a person


@pytest.mark.parametrize(("text", "firm"), [
    ("Caldwell Forbes, the Edinburgh fund manager which owns 11pc of the retailer, wrote to Sir Nigel Pembury on "
     "Friday.", "Caldwell Forbes"),
    ("Sophie Lang, retail director at Garland Pryor, thinks the results put the board in a strong position.",
     "Garland Pryor"),
    ("Gareth Lowe of the shopworkers' union Usdaw said staff were anxious.", "Usdaw"),
    ("Hartley Rowe's board, led by the chairman, Sir Nigel Pembury, is understood to disagree.", "Hartley Rowe"),
])
def test_the_trials_firms(text: str, firm: str) -> None:
    assert _kinds(text, firm) == {"organisation"}


def test_a_code_is_no_one() -> None:
    assert not [m for m in names_in("", "Under the Takeover Code, Fenwick Lisle has 28 days.") if "Code" in m.surface]

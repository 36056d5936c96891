"""A peer's or royal's territorial "of" is part of the one person's name (territorial.py, 2026-12-05): a trial's "Prince
Harry of Wales said" gave a person "Harry", and "Lord Smith of Finsbury told peers" a second person "Finsbury". The name
is "Harry of Wales", "Lord Smith of Finsbury" (a peer keeps the title, a royal does not, as before), later "Lord Smith"
and "Smith" are that person, and the place is no name of its own; "DI Vale of Harcastle Police" stays a person and the
body she works for, and "of" with an organisation after a peer's title is the organisation.
"""
from __future__ import annotations

from hypothesis import example, given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.names import names_in
from briefgen.analyse.quotes import quotes_in

PEERS = ["Lord", "Lady", "Baroness", "Baron", "Viscount", "Earl", "Countess"]
ROYALS = ["Prince", "Princess", "King", "Queen"]
NAMES = ["Smith", "Harry", "Hale", "Margrethe", "Cranleigh", "Albert"]
PLACES = ["Finsbury", "Wales", "Richmond", "Denmark", "Monaco", "Kelvin", "Tower Hamlets", "Stoke Newington"]
QUOTE = "\u201cThe bill will not pass in this form,\u201d"


def _expected(title: str, name: str, place: str) -> str:
    return f"{title} {name} of {place}" if title in PEERS else f"{name} of {place}"


@settings(max_examples=examples(80), deadline=None)
@given(st.sampled_from(PEERS + ROYALS), st.sampled_from(NAMES), st.sampled_from(PLACES),
       st.sampled_from(["after", "before", "told"]))
@example("Prince", "Harry", "Wales", "after")
@example("Lord", "Smith", "Finsbury", "told")
def test_a_territorial_of_is_part_of_the_name(title: str, name: str, place: str, frame: str) -> None:
    holder = f"{title} {name} of {place}"
    text = {"after": f"{QUOTE} said {holder}.", "before": f"{holder} said: {QUOTE}",
            "told": f"{holder} told peers the bill was \u201ca mess\u201d and should go."}[frame]
    later = f"{text}\n\n\u201cWe will vote against it,\u201d {title} {name} said. \u201cNo,\u201d {name} said."
    expected = _expected(title, name, place)
    assert [q.name for q in quotes_in("Lords", later)] == [expected] * 3, quotes_in("Lords", later)
    found = names_in("Lords", later)
    assert {m.full for m in found} == {expected}, found
    assert not any(place.split()[0] in m.surface for m in found), found


@settings(max_examples=examples(40), deadline=None)
@given(st.sampled_from(PEERS + ROYALS + ["DI", "Dr", "Ms", "Inspector"]), st.sampled_from(["Vale", "Smith"]),
       st.sampled_from(["Harcastle Police", "Harcastle Council", "Northvale University", "the Treasury"]))
def test_of_an_organisation_or_after_other_titles_is_no_designation(title: str, name: str, body: str) -> None:
    (quote,) = quotes_in("Lords", f"{QUOTE} said {title} {name} of {body}.")
    assert quote.name is not None and " of " not in quote.name, quote


def test_other_titles_keep_their_reading() -> None:
    (quote,) = quotes_in("Police", f"{QUOTE} said DI Ruth Vale of Harcastle Police.")
    assert quote.name == "Ruth Vale", quote
    assert [(m.full, m.kind) for m in names_in("Police", quote.sentence)] == [("Ruth Vale", "person"),
                                                                              ("Harcastle Police", "organisation")]

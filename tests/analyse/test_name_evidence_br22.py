"""Names the T18 rules (FX5: function words that are names, initials opening with 'A', landforms) read wrongly, each
decided by the evidence the text gives (BR22 finding 11, 2026-12-06): known bodies written as initials and a word
("A.C. Milan", "A.M. Best": initialnames.INITIALLED_BODIES; 'J.K. Rowling' and 'A.K. Sharma' stay people); an
abbreviation alone starts no name ("A.I. firms": initialnames.INITIALS_ON); a Title Case phrase's "To" is no family
name ("Welcome To Vietnam": stopnames.spelt_as_name); a place by its context ("the beach at Do Son", "the An Phu
ward": places.place_context); a work's title in quotation marks or italics ('“Will Grayson”'); a person's appositive
after a landform-led name ("Jabal Ali, a trader, said": runparts._landform_person)."""
from __future__ import annotations

from hypothesis import example, given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.names import names_in
from briefgen.analyse.quotes import quotes_in


def _named(text: str) -> list[tuple[str, str]]:
    return [(m.full, m.kind) for m in names_in("", text)]


@given(st.sampled_from(["A.C. Milan", "A.S. Roma", "F.C. Porto", "S.C. Braga", "A.M. Best", "AC Milan", "S.S. Lazio"]),
       st.sampled_from(["{name} beat Inter on Sunday.", "Benfica lost to {name} on Sunday.", "{name} said its rating held.",
                        "“It was hard,” {name} analyst John Brown said.", "“We won,” {name} said."]))
@example("A.C. Milan", "Benfica lost to {name} on Sunday.")
@settings(max_examples=examples(40), deadline=None)
def test_known_bodies_written_as_initials_are_organisations(name: str, frame: str) -> None:
    text = frame.format(name=name)
    assert (name, "organisation") in _named(text), text
    assert all(kind != "person" or full == "John Brown" for full, kind in _named(text)), text


@given(st.sampled_from(["J.K. Rowling", "A.K. Sharma", "A.C. Green", "A.S. Byatt", "A.J. Brown", "A.A. Milne"]),
       st.sampled_from(["{name} said its first print run sold out.", "“It was hard,” {name} said.",
                        "{name} beat the defender twice."]))
@settings(max_examples=examples(40), deadline=None)
def test_people_written_with_initials_stay_people(name: str, frame: str) -> None:
    assert _named(frame.format(name=name)) == [(name, "person")]


def test_the_reported_sentences() -> None:
    assert _named("A.I. firms are hiring. John Brown said so.") == [("John Brown", "person")]
    assert _named("The session ended at 9 A.M., John Brown said.") == [("John Brown", "person")]
    assert ("To Vietnam", "person") not in _named("Signs saying Welcome To Vietnam lined the road, John Brown said.")
    assert ("To Win Friends", "person") not in _named("His book, How To Win Friends, sold well, John Brown said.")
    assert _named("The beach at Do Son was closed, Nguyen Van Hai said.") == [("Nguyen Van Hai", "person")]
    assert _named("Floods hit the An Phu ward of Ho Chi Minh City, said Nguyen Van Hai.") == [("Nguyen Van Hai", "person")]
    assert _named("Fans of “Will Grayson” packed the cinema.") == []
    assert _named("Fans of *Will Grayson* packed the cinema.") == []
    assert _named("Jabal Ali, a trader, said prices rose.") == [("Jabal Ali", "person")]
    assert [q.name for q in quotes_in("", "Jabal Ali, a trader, said prices rose. “It is bad,” Ali said.")] == ["Jabal Ali"]
    assert [q.name for q in quotes_in("", "“It is bad,” said Jabal Ali, a trader.")] == ["Jabal Ali"]
    assert [q.name for q in quotes_in("", "“It is bad,” Jabal Ali, a trader, said.")] == ["Jabal Ali"]


def test_what_stays_as_it_was() -> None:
    assert _named("Jebel Ali, the port, was shut.") == []
    assert _named("Fans of Will Grayson packed the cinema.") == [("Will Grayson", "person")]  # (no evidence either way)
    assert _named("Will Smith said he was sorry.") == [("Will Smith", "person")]
    assert _named("Yesterday Do Van Thanh told reporters the crew were safe.") == [("Do Van Thanh", "person")]
    assert _named("Tourists flocked to Ha Long Bay and Do Son beach, Nguyen Van Hai said.") == [("Nguyen Van Hai", "person")]
    assert _named("Do Son, a fisherman, said the catch was poor.") == [("Do Son", "person")]


@given(st.sampled_from(["Jabal", "Jebel", "Wadi", "Bukit", "Mont"]), st.sampled_from(["Ali", "Hassan", "Omar", "Karim"]),
       st.sampled_from([", a trader, said prices rose.", ", 45, said prices rose.", ", the port's manager, said it was shut."]))
@settings(max_examples=examples(30), deadline=None)
def test_a_landform_led_name_with_a_persons_appositive_is_a_person(lead: str, word: str, rest: str) -> None:
    name = f"{lead} {word}"
    assert (name, "person") in _named(name + rest), name + rest

"""One person, one page: post-nominal letters end a name, "Dame/Sir + given name" is the one person of that given name,
an office's title in title case and the place of its brief are no one's name, "St" opens a surname (T11, 2026-12-06).

A tester's briefing of a disputed election count listed "Priya Venkataraman-Hale KC" (filed under "KC") and
"Venkataraman-Hale" (her "Ms Venkataraman-Hale told the court" quote), "Tobias Wrenfield MP", "Wrenfield MP" and
"Tobias Wrenfield" (three pages, his quotes split), "Philippa" beside Philippa Oduya-Kerr ("Dame Philippa", 7 articles),
the persons "Returning Officer" and "West Harrowmere" ("The Returning Officer for West Harrowmere has ordered ..."), and
filed "Oliver St John-Mabey" as "John-Mabey, Oliver St". (postnominals.py, titledgiven.py, titlewords.TITLE_LEADS,
nameruns._classify, people.surname_start.)
"""
from __future__ import annotations

from hypothesis import assume, given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.names import NameIndex, names_in
from briefgen.analyse.people import filing_order, find_people
from briefgen.analyse.quotes import quotes_in

_SAID = " said the count had been “a disgrace from start to finish”."
LETTERS = st.sampled_from(("KC", "QC", "MP", "MSP", "MEP", "OBE", "MBE", "CBE", "DBE", "FRS", "PhD"))


def _speakers(text: str) -> list[str | None]:
    return [q.name for q in quotes_in("", text)]


def _listed(text: str) -> list[str]:
    return sorted(n.full for n in find_people("", text).named if n.kind == "person")


def _index(*texts: str) -> NameIndex:
    return NameIndex.build((), {f"a{n}": names_in("", text) for n, text in enumerate(texts)})


def test_the_reported_sentences():
    barrister = "His barrister, Priya Venkataraman-Hale KC, said: “The law on doubtful papers is settled.”"
    assert _speakers(barrister) == ["Priya Venkataraman-Hale"]
    assert _listed(barrister) == ["Priya Venkataraman-Hale"]
    letter = ("Tobias Wrenfield MP has written to the Minister asking for an inquiry. In the letter, Mr Wrenfield "
              "asks for answers.")
    assert _listed(letter) == ["Tobias Wrenfield"]
    member = "Tobias Wrenfield MP, the Progressive Alliance member for Harrowmere North, said: “An apology is a start.”"
    assert _speakers(member) == ["Tobias Wrenfield"]
    index = _index(barrister, "Ms Venkataraman-Hale told the election court that a voter “might be expressing a "
                              "preference”.")
    assert index.canonical("Venkataraman-Hale") == "Priya Venkataraman-Hale"
    dame = _index("Dame Philippa Oduya-Kerr watched from the public gallery.",
                  "A spokesman said: “Dame Philippa will carry on serving the people.” Dame Philippa was not in court.")
    assert dame.canonical("Dame Philippa") == "Philippa Oduya-Kerr"
    assert _listed("The Returning Officer for West Harrowmere has ordered a full recount.") == []
    assert _listed("West Harrowmere’s Returning Officer apologised on Wednesday.") == []
    assert filing_order("Oliver St John-Mabey", "person") == ("St John-Mabey", "Oliver")


@FAST
@given(word, word, LETTERS, st.booleans())
def test_letters_end_a_name(given_name, surname, letters, twice):
    assume(given_name != surname)
    written = f"{letters} OBE" if twice and letters != "OBE" else letters
    text = f"{given_name} {surname} {written}{_SAID}"
    assert _speakers(text) == [f"{given_name} {surname}"], text
    assert _listed(text) == [f"{given_name} {surname}"], text
    later = f"In a statement, {given_name} {surname} {written} has written to the council. Mr {surname} wants answers."
    assert _listed(later) == [f"{given_name} {surname}"], later
    index = _index(text, f"Ms {surname} told the hearing that the count was “a disgrace”.",
                   f"{surname} {letters} has written to the minister.")
    assert index.canonical(surname) == f"{given_name} {surname}"
    assert sorted({index.canonical(s) for s in index.names}) == [f"{given_name} {surname}"]


@FAST
@given(word, word, st.sampled_from(("Dame", "Sir")), st.booleans())
def test_an_honour_and_a_given_name_are_the_one_person_of_it(given_name, surname, honour, later):
    assume(given_name != surname)
    full = f"{honour} {given_name} {surname} watched the count."
    alone = f"A spokesman said: “{honour} {given_name} will carry on.” {honour} {given_name} was not in court."
    index = _index(full, alone) if not later else _index(alone + " " + full)
    assert index.canonical(f"{honour} {given_name}") == f"{given_name} {surname}"


@FAST
@given(word, word, st.sampled_from(("Dame", "Sir")))
def test_a_quote_of_the_honour_and_given_name_is_the_persons(given_name, surname, honour):
    assume(given_name != surname)  # (the takeover set's "Sir Nigel, the ... chairman, said": a wrong speaker "Sir Nigel")
    quoted = f"{honour} {given_name}, the group’s chairman, said the offer was “far too low for this company”."
    index = _index(f"The board is led by {honour} {given_name} {surname}.", quoted)
    assert [index.canonical(name) for name in _speakers(quoted)] == [f"{given_name} {surname}"]


@FAST
@given(word, word, word, st.sampled_from(("Dame", "Sir")))
def test_two_people_of_the_given_name_join_no_one(given_name, surname, other, honour):
    assume(len({given_name, surname, other}) == 3)
    index = _index(f"{given_name} {surname} spoke first.", f"{given_name} {other} spoke next.",
                   f"{honour} {given_name} said nothing.")
    assert index.canonical(f"{honour} {given_name}") not in (f"{given_name} {surname}", f"{given_name} {other}")


@FAST
@given(word, st.sampled_from(("West", "East", "North", "South")), st.sampled_from(("Returning", "Presiding")), word, word)
def test_an_office_and_its_place_are_no_one(place, compass, office, given_name, surname):
    assert _listed(f"The {office} Officer for {compass} {place} has ordered a full recount.") == []
    assert _listed(f"{compass} {place}’s {office} Officer apologised on Wednesday.") == []
    named = f"{office} Officer {given_name} {surname}{_SAID}"
    assert _speakers(named) == [f"{given_name} {surname}"], named


@FAST
@given(word, word)
def test_st_opens_a_surname(given_name, surname):
    assert filing_order(f"{given_name} St {surname}", "person") == (f"St {surname}", given_name)
    assert filing_order(f"{given_name} {surname}", "person") == (surname, given_name)

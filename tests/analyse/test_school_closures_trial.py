"""Kinds a school-closures trial (2026-12-04, /tmp/trialSN) found on its People pages, by kind.

- A colon lead-in that is a clause is no organisation's name: 'Priya Ranganathan handed it to the mayor's office: “…”'
  made an organisation page of the whole lead-in (an institution noun ended it); its subject is the speaker.
- A role word alone, capitalised where a headline opens, is no person: 'Auditor tells councillors: “…”' made a person
  "Auditor" (lexicon.role_alone); a surname of someone the text names in full stays theirs.
- A hospital's ranks before a name at a sentence's start are false titles: "Matron Ilse Marrow" was a three-word name.
- A quotation of a capital and function words ('“Back the the to,” said X') is words said, no title (quotemarks).
"""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.names import names_in
from briefgen.analyse.quotes import quotes_in

PEOPLE = ["Priya Ranganathan", "Ada Brenn", "Colin Ashdown", "Nadia Petrescu"]
QUOTE = "\u201cSix thousand people have said no. Will the councillors listen?\u201d"


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(PEOPLE), st.sampled_from(["handed it to", "read it out to", "sent the petition to",
                                                 "wrote to", "turned to", "pointed at"]),
       st.sampled_from(["the mayor's office", "the council", "the committee", "the ministry", "the embassy",
                        "the cabinet office"]))
def test_a_clause_before_a_colon_is_no_organisation(person: str, verb: str, institution: str) -> None:
    (quote,) = quotes_in("", f"{person} {verb} {institution}: {QUOTE}")
    assert quote.kind != "organisation", quote
    assert quote.name in (person, None), quote


def test_the_trial_lead_in_is_the_subjects() -> None:
    (quote,) = quotes_in("", f"Priya Ranganathan handed it to the mayor's office: {QUOTE}")
    assert (quote.name, quote.kind) == ("Priya Ranganathan", "person"), quote


def test_an_institution_after_a_country_is_still_one() -> None:
    (quote,) = quotes_in("", f"China's foreign ministry said: {QUOTE}")
    assert quote.kind == "organisation", quote


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(["Auditor", "Headteacher", "Minister", "Spokesperson", "Nurse", "Statistician", "Matron"]),
       st.sampled_from(["tells councillors", "tells MPs", "warns", "says"]),
       st.sampled_from(["", "The council's auditor did not soften his message. "]))
def test_a_role_alone_in_a_headline_is_no_person(role: str, verb: str, body: str) -> None:
    quotes = quotes_in(f"{role} {verb}: \u2018We cannot say where the work was done\u2019",
                       f"{body}Councillors met on Monday.")
    assert [q.speaker for q in quotes if q.in_title] == [None], quotes


def test_a_surname_that_is_a_role_word_stays_its_bearers() -> None:
    (quote,) = quotes_in("", f"Tom Baker chairs the board. Baker said: {QUOTE}")
    assert quote.name == "Tom Baker", quote


@settings(max_examples=examples(40), deadline=None)
@given(st.sampled_from(["Matron", "Sister", "Registrar", "Chaplain", "Surgeon"]),
       st.sampled_from(["Ilse Marrow", "Ada Brenn", "Colm Brady"]))
def test_a_hospital_rank_is_no_first_name(rank: str, person: str) -> None:
    text = f"{rank} {person} said the ward was full. \u201cWe have no beds left at all,\u201d she said."
    assert [n.full for n in names_in("", text)] == [person]
    assert [q.name for q in quotes_in("", text)] == [person]


@settings(max_examples=examples(60), deadline=None)
@given(st.lists(st.sampled_from("back down the to of and a we it".split()), min_size=4, max_size=6))
def test_a_capital_and_function_words_are_words_said(words: list[str]) -> None:
    first = " ".join(words).capitalize()
    quotes = quotes_in("", f"\u201c{first},\u201d said Ines Harrowgate. \u201cWe are ready for this.\u201d")
    assert [q.name for q in quotes] == ["Ines Harrowgate", "Ines Harrowgate"], quotes


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(["Foxhollow", "Millbrook", "Ashcombe", "St Wenna's C of E"]),
       st.sampled_from(["Primary", "Infants", "Juniors", "Nursery", "Academy", "School", "College"]),
       st.sampled_from(["{s} will close in 2027.", "Pupils at {s} were sent home.", "The head of {s} said so."]))
def test_a_school_word_ends_an_organisations_name(place: str, word: str, sentence: str) -> None:
    school = f"{place} {word}"
    found = {n.surface: n.kind for n in names_in("", sentence.format(s=school))}
    assert all(kind != "person" for kind in found.values()), found


def test_a_city_hall_is_no_person() -> None:
    found = {n.surface: n.kind for n in names_in("", "Parents filled the square in front of Calderbridge City Hall.")}
    assert found.get("Calderbridge City Hall") == "organisation", found


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(PEOPLE), st.sampled_from(["speaking on the steps", "facing the crowd", "the union's chair",
                                                 "a parent of two", "addressing the rally outside"]),
       st.sampled_from(["", "The vote was lost. "]))
def test_a_name_and_its_appositive_before_a_colon_is_the_speaker(person: str, appositive: str, before: str) -> None:
    (quote,) = quotes_in("", f"{before}{person}, {appositive}: {QUOTE}")
    assert quote.name == person, quote


@settings(max_examples=examples(40), deadline=None)
@given(st.sampled_from(PEOPLE), st.sampled_from(["quoting the judge", "holding a placard reading", "reading the letter"]))
def test_a_name_giving_others_words_before_a_colon_is_no_speaker(person: str, appositive: str) -> None:
    (quote,) = quotes_in("", f"{person}, {appositive}: {QUOTE}")
    assert quote.name is None, quote


def test_a_place_and_its_appositive_is_no_speaker() -> None:
    (quote,) = quotes_in("", f"New York, the city that never sleeps: {QUOTE}")
    assert quote.speaker is None, quote

"""A capitalised office before "of" and a body is no organisation of its own (FX97, 2026-12-07; BR58): "“…,” said the
Chairman of Hondaka Motor" gave the quotation to an organisation "Chairman of Hondaka Motor", and "the Chairman of
Acme Holdings" did at the session's start (nameruns._classify read the run by its last word, an organisation's head,
before any title rule). Now the run is no name (officebodies.office_of_body): the quotation is no organisation's — the
holder's where the article names a person with every word of the office ("Kenji Hondaka, the chairman of Hondaka
Motor,", titledvoices._CAPITAL_OFFICE), else no one's — and the body is still found where the article writes it alone. Royal and noble titles name places and buildings: "Prince of
Wales Hospital" is read as before."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from briefgen.analyse.nameruns import classify
from briefgen.analyse.people import find_people
from briefgen.analyse.titledvoices import ROLE_TITLES
from support import madeup
from support.examples import examples

OFFICES = st.sampled_from(["Chairman", "Chairwoman", "Chief Executive", "President", "Director", "Managing Director",
                           "Head", "Governor", "Chair", "Deputy Chairman", "Acting President", "Vice-President",
                           "Secretary-General", "Founder"])
HEADS = st.sampled_from(["Motor", "Holdings", "Group", "Bank", "Electric", "Industries", "Corporation", "Foundation",
                         "Airlines", "Energy", "Robotics"])
FRAMES = st.sampled_from(["“We will not sell,” said the {office}.", "“We will not sell,” the {office} said.",
                          "The {office} said: “We will not sell.”", "The {office} told reporters: “We will not sell.”"])


def _read(text: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    found = find_people("Shares fall", text)
    return [(n.full, n.kind) for n in found.named], [(q.speaker, q.kind) for q in found.quotes]


def test_the_reported_sentences() -> None:
    named, said = _read("Hondaka Motor cut its forecast. “This is no longer one company's problem,” said the "
                        "Chairman of Hondaka Motor.")
    assert named == [("Hondaka Motor", "organisation")] and said == []
    named, said = _read("Kenji Hondaka, the chairman of Hondaka Motor, met investors. “This is no longer one "
                        "company's problem,” said the Chairman of Hondaka Motor.")
    assert ("Chairman of Hondaka Motor", "organisation") not in named and said == [("Kenji Hondaka", "person")]
    named, said = _read("“This is no longer one company's problem,” said the Chairman of Acme Holdings.")
    assert named == [] and said == []


def test_royal_titles_and_bodies_stay_as_they_were() -> None:
    assert classify(["Bank", "of", "England"]) == ("organisation", 0)
    assert classify(["Friends", "of", "the", "Earth"]) == ("organisation", 0)
    assert classify(["Prince", "of", "Wales", "Hospital"]) is None  # (as at s63)
    assert classify(["Chairman", "of", "Acme", "Holdings", "Kenji", "Hondaka"]) == ("person", 2)
    # a title's brief and a person: not an office of a body (a draw of test_title_briefs, and an "of" first: no office)
    assert classify("Minister of Fisheries of Affairs Aaaa Aaaaa".split()) == ("person", 5)
    assert classify("of Acme of Bank".split()) == ("organisation", 0)


@given(OFFICES, madeup.word, HEADS, FRAMES, st.booleans(), st.booleans())
@settings(max_examples=examples(200), deadline=None)
def test_an_office_of_a_body_is_no_organisation(office: str, stem: str, head: str, frame: str, the: bool,
                                                written_alone: bool) -> None:
    body = f"{'the ' if the else ''}{stem} {head}"
    before = f"{stem} {head} cut its forecast on Monday. " if written_alone else ""
    named, said = _read(before + frame.format(office=f"{office} of {body}"))
    assert not [n for n, _ in named if n.split()[0] in office.split()], named
    assert said == [], said
    if written_alone:
        assert (f"{stem} {head}", "organisation") in named, named


@given(OFFICES, madeup.word, HEADS, FRAMES, madeup.word, madeup.word, st.booleans(), st.sampled_from(["", "Acme"]))
@settings(max_examples=examples(200), deadline=None)
def test_the_holder_named_with_the_office_speaks(office: str, stem: str, head: str, frame: str, given_name: str,
                                                 family: str, after: bool, other: str) -> None:
    """The holder named with every word of the office, before or after, speaks where its head is a title the frames
    read alone ("the chairman said": titledvoices.ROLE_TITLES; not "Founder", "Vice-President": no one, as before);
    one named with another body's never does."""
    holder = f"{given_name} {family}"
    body = f"{other or stem} {head}"
    named_so = f"{holder}, the {office.lower()} of {body}, met investors on Monday."
    quoted = frame.format(office=f"{office} of {stem} {head}")
    text = f"{quoted} {named_so}" if after else f"{named_so} {quoted}"
    _, said = _read(text)
    read = office.split()[-1].lower() in ROLE_TITLES
    assert said == ([] if other or not read else [(holder, "person")]), (text, said)

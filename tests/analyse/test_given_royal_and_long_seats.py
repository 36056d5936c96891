"""A given name that opens bodies' names, and seats of several words (nameruns._classify, _title_end, seats.seat_end;
a breaker's regressions in the rules of 2026-12-05, /work/notes/br4-findings.md R6, R7; issue 9).

- R6: "Royal Ivey said …" listed an organisation "Royal Ivey" with the quotation (and "Ivey said" then listed him twice):
  a two-word run opened by royal/daily/federal/… was an organisation whatever its second word. Now only when the
  second word is a body's or a paper's (`_BODY_NOUNS`, ORG_HEADS: "Royal Mail", "Daily Mirror", "Federal Reserve");
  before a title word the opening word qualifies the title ("Federal Minister for Health Mark Butler").
- R7: "Labour TD for Dublin Bay South Ivana Bacik", "Fianna Fáil TD for Cork South-Central Micheál Martin" and "Cabinet
  Member for Adult Social Care Tom Reid said" named no one: a seat runs to its last compass or joining word (hyphened
  ones too), and a council brief has its own words ("adult", "care", "children", "families" …).
All failed on the tree before (5fb8b6b1 / a8554186); the guards pass on both.
"""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples
from support.madeup import FAST, word

from briefgen.analyse.people import find_people
from briefgen.analyse.quotes import quotes_in

SMALL = settings(FAST, max_examples=examples(40))


def _read(text: str) -> tuple[list[tuple[str | None, str | None]], list[tuple[str, str]]]:
    return ([(q.name, q.kind) for q in quotes_in("", text)],
            sorted((n.full, n.kind) for n in find_people("", text).named))


def test_the_reported_sentences():
    ivey = [("Royal Ivey", "person")]
    reported = {
        "Royal Ivey said the team had been “outstanding at both ends of the floor tonight”.": (ivey, ivey),
        "Nets assistant Royal Ivey said the team had been “outstanding at both ends of the floor”.": (ivey, ivey),
        "Federal Minister for Health Mark Butler said the reforms were “the biggest in a generation”.":
            ([("Mark Butler", "person")], [("Mark Butler", "person")]),
        "Labour TD for Dublin Bay South Ivana Bacik said the figures were “a scandal in a wealthy country”.":
            ([("Ivana Bacik", "person")], [("Ivana Bacik", "person")]),
        "Fianna Fáil TD for Cork South-Central Micheál Martin said the plan was “ambitious but deliverable”.":
            ([("Micheál Martin", "person")], [("Micheál Martin", "person")]),
        "Cabinet Member for Adult Social Care Tom Reid said the cuts were “painful but unavoidable this year”.":
            ([("Tom Reid", "person")], [("Tom Reid", "person")]),
        "MP for St Helens North Anna Berg said the plans were “completely out of keeping with the area”.":
            ([("Anna Berg", "person")], [("Anna Berg", "person")]),
    }
    for text, read in reported.items():
        assert _read(text) == read, text


def test_what_must_not_change():
    kept = {
        "Royal Mail said the strike was “regrettable and damaging for customers across the country”.":
            [("Royal Mail", "organisation")],
        "Daily Mail said the story was “accurate in every respect and in the public interest”.":
            [("Daily Mail", "organisation")],
        "Imperial Brands said profits were “in line with the board's expectations for the year”.":
            [("Imperial Brands", "organisation")],
        "Federal Treasurer Jim Chalmers said the budget was “responsible and fair to all”.": [("Jim Chalmers", "person")],
        "The Member for Milton Keynes Andrew Mitchell said the aid cut was “a moral and strategic mistake”.":
            [(None, None)],  # (a second seat word not shaped as a place's: "Keynes Andrew Mitchell"? unsure; "Sutton
        # Coldfield Andrew Mitchell" names him since 2026-12-05, seats._PLACE_ENDINGS)
    }
    for text, speakers in kept.items():
        assert _read(text)[0] == speakers, text


@SMALL
@given(st.sampled_from(("Royal", "Daily", "Federal", "Imperial", "Evening", "Weekly")), word)
def test_a_given_name_before_a_surname_is_a_person(given_name, surname):
    text = f"{given_name} {surname} said the team had been “outstanding at both ends of the floor tonight”."
    person = [(f"{given_name} {surname}", "person")]
    assert _read(text) == (person, person), text


@SMALL
@given(word, word, word, st.sampled_from(("North", "South", "East", "West", "Central", "South-Central", "North-West")),
       st.sampled_from(("Labour TD", "MP", "Fine Gael councillor", "Member of the Scottish Parliament")))
def test_a_seat_runs_to_its_last_compass_word(given_name, surname, place, compass, title):
    text = f"{title} for {place} Bay {compass} {given_name} {surname} said the plan was “a disgrace to the city”."
    assert _read(text)[0] == [(f"{given_name} {surname}", "person")], text


@SMALL
@given(word, word, st.sampled_from(("Adult Social Care", "Social Care", "Adult Care", "Public Realm", "Leisure",
                                    "Regeneration")))
def test_a_council_brief_is_no_name(given_name, surname, brief):
    text = f"Cabinet Member for {brief} {given_name} {surname} said the cuts were “painful but unavoidable this year”."
    assert _read(text)[0] == [(f"{given_name} {surname}", "person")], text


@SMALL
@given(word, word, st.sampled_from(("DUP MLA", "SDLP MLA", "SNP MSP", "TUV MLA")),
       st.sampled_from(("East Antrim", "Foyle", "Belfast North", "Upper Bann")))
def test_a_partys_initials_before_a_members_title(given_name, surname, title, seat):
    # ("DUP MLA for East Antrim Gordon Lyons said" was one organisation with the quotation: a breaker's "wrong in both
    # trees", 2026-12-05; runparts.split_run)
    text = f"{title} for {seat} {given_name} {surname} said the protocol was “strangling businesses here”."
    assert _read(text) == ([(f"{given_name} {surname}", "person")], [(f"{given_name} {surname}", "person")]), text

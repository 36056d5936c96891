"""Voices a trial of a water utility's briefing lost or misplaced (2026-12-04; docs/log/people.md).

- '"…," the regulator said' after "The Office for Water Standards has fined …", and '"…," the watchdog said' after
  "The Financial Conduct Authority fined …": a regulator's noun stands for the one public body opening a sentence
  before (orgvoices.REGULATOR_REFERENCES); two compete, or a company alone, give no speaker.
- '"…," the minister said' after "The water minister, Declan Hurst, was asked …": a title as an appositive's head
  before the name, which a comma closes after it (titledvoices._BEFORE_COMMA).
- '"…," the union said' after "Members of the Utility Workers Union walked out" went to a body "Members of the
  Utility Workers Union": the people of a body are no part of its name (runparts._members_of, lexicon.MEMBER_NOUNS).
"""
from __future__ import annotations

from hypothesis import example, given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.lexicon import MEMBER_NOUNS
from briefgen.analyse.names import names_in
from briefgen.analyse.quotes import quotes_in

QUOTE = "\u201cWe are confident we acted properly in every respect,\u201d"  # (a frame follows)
REGULATORS = ["Office for Water Standards", "Financial Conduct Authority", "Gambling Commission", "Environment Agency",
              "CMA"]  # (not yet a name with "and": "the Competition and Markets Authority … the regulator said")
COMPANIES = ["Fenmoor Water", "Harbourline Bank", "Acme plc"]


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(REGULATORS), st.sampled_from(COMPANIES), st.sampled_from(["regulator", "watchdog"]),
       st.booleans())
@example("Office for Water Standards", "Fenmoor Water", "regulator", True)
def test_a_regulators_noun_is_the_one_public_body_before_it(body: str, company: str, noun: str, company_after: bool) -> None:
    text = (f"The {body} has fined {company} on Wednesday.\n\n"
            + (f"{company} said it would not appeal. " if company_after else "")
            + f"{QUOTE} the {noun} said.")
    (quote,) = quotes_in("Fine", text)
    assert quote.name == body, (text, quote)


@settings(max_examples=examples(30), deadline=None)
@given(st.sampled_from(REGULATORS), st.sampled_from(REGULATORS), st.sampled_from(["regulator", "watchdog"]))
def test_two_public_bodies_or_a_company_alone_give_no_regulator(one: str, other: str, noun: str) -> None:
    if one != other:
        text = f"The {one} and the {other} opened inquiries.\n\n{QUOTE} the {noun} said."
        assert quotes_in("Fine", text)[0].name is None, text
    alone = f"Harbourline Bank fined its supplier.\n\n{QUOTE} the {noun} said."
    assert quotes_in("Fine", alone)[0].name is None


@settings(max_examples=examples(40), deadline=None)
@given(st.sampled_from(["water minister", "minister", "health secretary", "chief executive", "mayor"]),
       st.sampled_from(["Declan Hurst", "Ann Cole", "Tomasz Wrona"]), st.sampled_from(["was asked about it", "spoke"]))
def test_a_title_before_the_name_as_an_appositive_names_its_holder(title: str, name: str, verb: str) -> None:
    text = f"The {title}, {name}, {verb} on Monday.\n\n{QUOTE} the {title.split()[-1]} said."
    (quote,) = quotes_in("Water", text)
    assert quote.name == name, (text, quote)
    other = f"The {title} met {name}, who runs a farm.\n\n{QUOTE} the {title.split()[-1]} said."
    assert quotes_in("Water", other)[0].name is None, other  # (no appositive: the title is someone else's)


@settings(max_examples=examples(40), deadline=None)
@given(st.sampled_from(sorted(MEMBER_NOUNS)), st.sampled_from(["Utility Workers Union", "Water Board",
                                                                "Royal Society", "Labour Party"]))
def test_the_people_of_a_body_are_no_part_of_its_name(members: str, body: str) -> None:
    text = f"{members.capitalize()} of the {body} walked out on Monday."
    assert body in {m.surface for m in names_in("Strike", text)}, text
    assert not [m for m in names_in("Strike", text) if m.surface.startswith(members.capitalize())], text
    for whole in ("Friends of the Earth said the plan was weak.", "Doctors of the World said the clinic closed."):
        assert not [m for m in names_in("T", whole) if m.surface in ("Earth", "World")], whole


@settings(max_examples=examples(30), deadline=None)
@given(st.sampled_from(["directors", "shareholders", "members", "leaders"]), st.sampled_from(COMPANIES),
       st.sampled_from(["The ", ""]))
def test_the_people_of_a_company_opening_a_sentence_lead_to_it(members: str, company: str, the: str) -> None:
    """"The directors of Fenmoor Water have rejected … “…,” the board said" is the company's (a trial lost it)."""
    opening = f"{the}{members}" if the else members.capitalize()
    text = f"{opening} of {company} have rejected the proposal.\n\n{QUOTE} the board said."
    (quote,) = quotes_in("Bid", text)
    assert quote.name == company, (text, quote)


@settings(max_examples=examples(40), deadline=None)
@given(st.sampled_from(["Corvid", "Halden", "Northgate", "Pellam"]),
       st.sampled_from(["Ratings", "Advisors", "Foods", "Resources", "Solutions", "Studios", "Networks", "Insurance"]))
def test_a_firm_by_its_industry_word_and_its_short_name(first: str, head: str) -> None:
    """"Corvid Ratings put Fenmoor on watch … “…,” Corvid said" gave a person "Ratings, Corvid"; now the firm's name
    ends in an industry word (lexicon.COMPANY_HEADS) and its short name speaks for it (orgvoices._who)."""
    text = f"{first} {head} put Fenmoor Water on watch on Monday.\n\n{QUOTE} {first} said."
    (quote,) = quotes_in("Ratings", text)
    assert (quote.name, quote.kind) == (f"{first} {head}", "organisation"), (text, quote)
    person = f"Anna {first} met the {first} {head} board.\n\n{QUOTE} {first} said."
    assert quotes_in("Ratings", person)[0].name == f"Anna {first}"  # a person named in full by it keeps it

"""Places, institutions, laws and groups read as people (FX50, 2026-12-07; the trials' People pages).

1. A military base ("Ramstein Air Base", "Camp Lemonnier", "Naval Station Rota", "Joint Base Andrews", "RAF
   Lakenheath", "Incirlik Air Base") was a person: a base's word after a force's word ends the run, or an
   installation's word starts it (installations.py). "Grace Camp", "Jonathan Fort", "Tom Base" stay people.
6. A sports club's letters after its name ("Wimbledon GC", "Walton Heath GC", "Leinster RFC", "Lancashire CCC") were
   a person's: the club's, an organisation (postnominals.club_named), unless a title or a given name shows a person
   ("Sergeant Tom Reed GC", "Jane Smith SC").
"""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefgen.analyse.names import ORGANISATION, PERSON
from briefgen.analyse.people import find_people
from support.madeup import FAST, word


def _named(text: str) -> list[tuple[str, str]]:
    return [(n.full, n.kind) for n in find_people("", text).named]


def _people(text: str) -> set[str]:
    return {n for n, kind in _named(text) if kind == PERSON}


# 1. Military bases
BASE_FORMS = ("{w} Air Base", "{w} Air Force Base", "Naval Base {w}", "Camp {w}", "Naval Station {w}",
              "Joint Base {w}", "Naval Air Station {w}", "RAF {w}", "{w} {v} Air Base", "Camp {w} {v}")
BASE_FRAMES = ("Troops landed at {b} on Monday, officials said.", "Jets left {b} overnight.",
               "{b} was put on alert.", "The drones flew from {b} and returned.", "A spokesman at {b} said the runway was shut.")


@FAST
@given(st.sampled_from(BASE_FORMS), word, word, st.sampled_from(BASE_FRAMES))
def test_a_military_base_is_no_person(form: str, w: str, v: str, frame: str) -> None:
    base = form.format(w=w, v=v)
    text = frame.format(b=base)
    assert not any(base.endswith(p) or p in base for p in _people(text)), (text, _named(text))


@pytest.mark.parametrize("base", ["Ramstein Air Base", "Fort Bragg", "Camp Lemonnier", "Naval Station Rota",
                                  "Joint Base Andrews", "RAF Lakenheath", "Incirlik Air Base"])
def test_the_reported_bases(base: str) -> None:
    assert _named(f"Troops landed at {base} on Monday, officials said.") == []


@FAST
@given(word, st.sampled_from(["Camp", "Fort", "Base"]), st.sampled_from(["Grace", "Jonathan", "Tom", "Anna"]))
def test_a_surname_that_is_a_base_word_stays_a_name(w: str, surname: str, given_name: str) -> None:
    text = f"{given_name} {surname} said the plan would work. Ms {surname} added that it was late."
    assert f"{given_name} {surname}" in _people(text), _named(text)


# 6. Sports clubs
CLUB_LETTERS = ("FC", "AFC", "GC", "CC", "CCC", "RFC", "RUFC", "SC", "BC", "HC")


@FAST
@given(word, st.sampled_from(CLUB_LETTERS), st.sampled_from(["The event was held at {c} on Sunday.",
                                                             "{c} said the course was closed.", "They beat {c} 3-1."]))
def test_a_clubs_letters_make_an_organisation(name: str, letters: str, frame: str) -> None:
    club = f"{name} {letters}"
    named = _named(frame.format(c=club))
    assert not any(kind == PERSON for _, kind in named) and ((club, ORGANISATION) in named or not named), named


@pytest.mark.parametrize("club", ["Wimbledon GC", "Walton Heath GC", "Leinster RFC", "Lancashire CCC"])
def test_the_reported_clubs(club: str) -> None:
    assert _named(f"The event was held at {club} on Sunday.") == [(club, ORGANISATION)]


def test_a_person_with_letters_stays_a_person() -> None:
    assert "Tom Reed" in _people("Sergeant Tom Reed GC said the patrol was hit.")
    assert any(p.startswith("Jane Smith") for p in _people("Jane Smith SC said the appeal would fail."))


# 5. A number word and a plural group noun; the group noun alone
GROUPS = ("Republicans", "Democrats", "Conservatives", "Tories", "Senators", "Ministers", "Generals", "Lawmakers")
COUNTS = ("Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten")
GROUP_FRAMES = ("{g} voted against the bill on Tuesday.", "{g} said the plan was flawed.",
                "The bill failed. {g} voted against it, and {h} said it was too costly.",
                "“It is flawed,” {g} said in a letter.")


@FAST
@given(st.sampled_from(COUNTS), st.sampled_from(GROUPS), st.sampled_from(GROUP_FRAMES), st.sampled_from(["", "Senate ", "House "]))
def test_a_counted_or_bare_group_is_no_person(count: str, group: str, frame: str, chamber: str) -> None:
    text = frame.format(g=f"{count} {group}", h=f"{chamber}{group}")
    assert not _people(text), (text, _named(text))


@pytest.mark.parametrize("text", ["Ten Republicans voted against the bill. Republicans said it was too costly.",
                                  "Two Senators said the plan was flawed.", "Three Lions said they were ready.",
                                  "Senate Republicans said the bill was dead."])
def test_the_reported_groups(text: str) -> None:
    assert not _people(text), _named(text)


def test_a_party_named_by_a_plural_stays_an_organisation() -> None:
    assert _named("Liberal Democrats said no.") == [("Liberal Democrats", ORGANISATION)]
    assert "Tom Evans" in _people("Ten Britons were hurt. Tom Evans said so. Evans said more.")


# 4. A minister's brief with "and" before the name
BRIEFS = ("Minister of Trade and Industry", "Secretary of State for Business and Trade", "Minister of Finance and Economic Planning",
          "Commissioner for Trade and Economic Security", "Minister of Health and Social Care", "Minister for Energy and Climate Change")
BRIEF_FRAMES = ("{t} {n} said the deal was signed.", "“We signed it,” said {t} {n}.", "{t} {n} said: “We signed it.”",
                "The talks ended. {t} {n} flew home.")


@FAST
@given(st.sampled_from(BRIEFS), st.sampled_from(["Anna", "Tom", "Mary", "Jonathan"]), word, st.booleans(), st.sampled_from(BRIEF_FRAMES))
def test_a_briefs_words_are_no_part_of_the_name(brief: str, given_name: str, surname: str, middle: bool, frame: str) -> None:
    name = f"{given_name} Zafrul {surname}" if middle else f"{given_name} {surname}"
    text = frame.format(t=brief, n=name)
    assert _people(text) == {name}, (text, _named(text))


def test_the_reported_minister() -> None:
    from briefgen.analyse.quotes import quotes_in
    text = "Minister of Trade and Industry Tengku Zafrul Aziz said: “The deal is signed.”"
    assert _people(text) == {"Tengku Zafrul Aziz"}
    assert [q.name for q in quotes_in("", text)] == ["Tengku Zafrul Aziz"]
    assert _people("The Minister of Health and Jane Roe met on Monday.") == {"Jane Roe"}


# 2. The tail of an instrument's or an institution's name after "on"/"against"; a brief's "Human Rights"
HEADS = ("European Convention", "Convention", "Treaty", "Commission", "Committee", "Conference", "Protocol", "Charter")
TAIL_FRAMES = ("The court ruled under the {h} on {t} on Monday.", "Britain signed the {h} on the {t} in 1990.",
               "The {h} on {t} said it was concerned.", "Under the {h} against {t}, states must act.")


@FAST
@given(st.sampled_from(HEADS), word, word, st.sampled_from(TAIL_FRAMES))
def test_the_tail_of_an_instruments_name_is_no_person(head: str, w: str, v: str, frame: str) -> None:
    text = frame.format(h=head, t=f"{w} {v}")
    assert not _people(text), (text, _named(text))


@pytest.mark.parametrize("text", ["The court ruled under the European Convention on Human Rights on Monday.",
                                  "Britain signed the Convention on the Rights of the Child in 1990.",
                                  "The Universal Declaration of Human Rights was adopted in 1948.",
                                  "Article 50 of the Treaty on the Functioning of the European Union applies.",
                                  "The Court of Justice of the European Union ruled on Tuesday.",
                                  "The Office of the High Commissioner for Human Rights said it was concerned.",
                                  "The Commissioner for Human Rights said it was concerned.",
                                  "The Commission on Human Rights said it was concerned."])
def test_the_reported_instruments(text: str) -> None:
    assert not _people(text), _named(text)


def test_a_person_after_such_a_head_stays_a_person() -> None:
    assert "Jane Roe" in _people("The Committee on Jane Roe's appointment met. Jane Roe said she was ready.")
    assert "Anna Berg" in _people("A report by the Guardian on Anna Berg was published on Monday.")
    assert "Anna Berg" in _people("The inquiry into Anna Berg's death opened. Anna Berg's sister spoke.")


# 3. A brand's word in lower case first opens the company's name
BRAND_FRAMES = ("{b} reported higher sales on Monday.", "{b} said it would cut jobs.", "“We grew,” said {b}.",
                "Shares of {b} fell 5 percent.", "{b} said: “Bookings rose.”")


@FAST
@given(st.sampled_from(["e", "i", "easy", "my", "u"]), word, word, st.sampled_from(["", " Group", " Media", " Holidays", " Motors"]),
       st.sampled_from(BRAND_FRAMES))
def test_a_lower_case_brand_opens_the_company_name(prefix: str, brand: str, name: str, head: str, frame: str) -> None:
    from briefgen.analyse.quotes import quotes_in
    company = f"{prefix}{brand} {name}{head}"
    text = frame.format(b=company)
    assert not _people(text) and [n for n, _ in _named(text)] in ([company], []), (text, _named(text))
    assert all(q.kind != PERSON for q in quotes_in("", text)), text


@pytest.mark.parametrize("company", ["eBay Motors Group", "iHeart Media", "easyJet Holidays"])
def test_the_reported_brands(company: str) -> None:
    from briefgen.analyse.quotes import quotes_in
    assert _named(f"{company} said it would cut jobs.") == [(company, ORGANISATION)]
    assert [(q.name, q.kind) for q in quotes_in("", f"“We will cut jobs,” {company} said.")] == [(company, ORGANISATION)]


def test_a_brands_chief_stays_a_person() -> None:
    for text in ("eBay CEO Jamie Iannone said so.", "eBay chief Jamie Iannone said so.", "eBay's Anna Berg said so."):
        assert "Jamie Iannone" in _people(text) or "Anna Berg" in _people(text), (text, _named(text))

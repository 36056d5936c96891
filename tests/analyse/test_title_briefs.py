"""Titles that name a brief with "of"/"for" ("Minister of State for Fisheries", "Chancellor of the
Exchequer") and titles standing alone ("the Prime Minister said") are never a person.

A trial on an Irish and British briefing: "Minister of State for Fisheries Colm Mac Giolla Bhríde said
the outcome was “…”" credited the quote to a person "State"; "The Prime Minister said" to "Minister",
"The Foreign Secretary said" to "Secretary"; "Minister of Agriculture Anna Kowal" was the person
"Agriculture Anna Kowal". A title was read as words before the *last* title word, so a brief that is
not a title word, a "for" (which split the run) or a title with no name after it left a word behind.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from support.examples import examples
from support.madeup import ENDINGS, LISTED as MADE_UP_LISTED

from briefgen.analyse.lexicon import (BRIEF_WORDS, DEMONYMS, FALSE_TITLES, HONORIFICS, MONTHS_DAYS, ORG_HEADS,
                                      ORG_NAMES, PLACES, PORTFOLIO_WORDS, ROLE_NOUNS, STOPWORDS, SURNAME_PARTICLES,
                                      THING_HEADS, TITLE_QUALIFIERS, TITLE_WORDS)
from briefgen.analyse.names import names_in
from briefgen.analyse.quotes import quotes_in

FAST = settings(max_examples=examples(200), deadline=None, suppress_health_check=[HealthCheck.too_slow])
_LISTED = (STOPWORDS | MONTHS_DAYS | PLACES | DEMONYMS | ROLE_NOUNS | TITLE_WORDS | ORG_HEADS | ORG_NAMES
           | THING_HEADS | SURNAME_PARTICLES | PORTFOLIO_WORDS | HONORIFICS | FALSE_TITLES | BRIEF_WORDS
           | MADE_UP_LISTED)  # (support.madeup's lists: "Aaaa Brig" is a brigadier's name, a suite draw of 2026-12-05)
word = (st.text(alphabet="abdeghiklmnorstuvz", min_size=4, max_size=9)
        .map(str.capitalize).filter(lambda w: w.lower() not in _LISTED and not w.endswith(("ing", "ed", "s"))
                                    and not w.lower().endswith(ENDINGS)))  # ("Asion": a brief's noun's ending)
person = st.tuples(word, word).filter(lambda p: p[0] != p[1]).map(" ".join)

HEADS = ["Minister", "Secretary", "Chancellor", "Commissioner", "Director", "Foreign Minister", "Deputy Minister",
         "Junior Minister"]
# a qualifier before the title ("Junior Minister of Government": a CI draw read it as an organisation,
# "Government" being an organisation's head word)
QUALIFIED = st.builds(lambda qualifier, head: f"{qualifier} {head}",
                      st.sampled_from(sorted(w.capitalize() for w in TITLE_QUALIFIERS)), st.sampled_from(HEADS))
BRIEF_WORDS = sorted(w.capitalize() for w in PORTFOLIO_WORDS | {"ireland", "scotland", "wales", "europe"})
brief = st.lists(st.sampled_from(BRIEF_WORDS), min_size=1, max_size=3).map(" ".join)
# "of Agriculture", "for the Environment", "of State for Fisheries", "of the Exchequer"
title = st.builds(lambda head, parts: head + "".join(parts), st.sampled_from(HEADS) | QUALIFIED,
                  st.lists(st.builds(lambda link, the, words: f" {link} {the}{words}", st.sampled_from(["of", "for"]),
                                     st.sampled_from(["", "the "]), brief), min_size=1, max_size=2))
FRAMES = [
    "{title} {name} said the outcome was “a bad day for the harbour and a worse one for the stock.”",
    "“We will not give up the northern grounds,” said {title} {name}.",
    "The {title}, {name}, said: “We will not give up the northern grounds.”",
    "{title} {name} told reporters in Dublin: “We will not give up the northern grounds.”",
]


@FAST
@given(title, person, st.sampled_from(FRAMES))
def test_a_title_with_its_brief_is_never_part_of_the_speaker(title: str, name: str, frame: str) -> None:
    assume(len(f"{title} {name}") < 80)  # "said X" reads 80 characters (longer: test_a_name_cut_by_the_phrase_limit…)
    text = frame.format(title=title, name=name)
    (quote,) = quotes_in("", text)
    assert (quote.speaker, quote.name) == (name, name), text
    assert [(m.surface, m.kind) for m in names_in("", text)] == [(name, "person")], text


ALONE = [
    "The {title} said the outcome was “a bad day for the harbour and a worse one for the stock.”",
    "“We will not give up the northern grounds,” the {title} said.",
]


@FAST
@given(title | st.sampled_from(["Prime Minister", "Foreign Secretary", "Home Secretary", "Defence Minister"]),
       st.sampled_from(ALONE))
@example("Junior Minister of Government", ALONE[1])
def test_a_title_without_a_name_names_no_one(title: str, frame: str) -> None:
    text = frame.format(title=title)
    (quote,) = quotes_in("", text)
    assert quote.name is None, text
    assert [m for m in names_in("", text) if m.kind == "person"] == [], text


@pytest.mark.parametrize(("text", "speaker"), [
    ("Minister of State for Fisheries Colm Mac Giolla Bhríde said the outcome was \"a bad day for Killybegs "
     "and a worse day for the stock\".", "Colm Mac Giolla Bhríde"),
    ("Minister for Fisheries Charlie McConalogue said the deal was \"a good day for Killybegs, truly\".",
     "Charlie McConalogue"),
    ("Minister of Agriculture Anna Kowal said it was \"a serious step back for everyone\".", "Anna Kowal"),
    ("Chancellor of the Exchequer Rachel Reeves said it was \"a serious step back for everyone\".", "Rachel Reeves"),
    ("Secretary of State for Northern Ireland Hilary Benn said it was \"a serious step back for everyone\".",
     "Hilary Benn"),
    ("The Minister for Foreign Affairs, Micheál Martin, said it was \"a serious step back for everyone\".",
     "Micheál Martin"),
    ("President of the European Commission Ursula von der Leyen said it was \"a serious step back for everyone\".",
     "Ursula von der Leyen"),
    ("Secretary of State Antony Blinken said the plan was \"a serious step back for everyone\".", "Antony Blinken"),
    ("The Prime Minister said it was \"a serious step back for everyone\".", None),
    ("The Secretary of State said it was \"a serious step back for everyone\".", None),
    ("The Foreign Secretary said it was \"a serious step back for everyone\".", None),
])
def test_the_trial_cases(text: str, speaker: str | None) -> None:
    (quote,) = quotes_in("", text)
    assert quote.name == speaker
    persons = [m.surface for m in names_in("", text) if m.kind == "person"]
    assert persons == ([speaker] if speaker else [])


LEADS = ["the veteran", "the long-serving and widely respected", "Deputy Prime Minister and former",
         "the chief negotiator of the delegation from the islands and"]


@FAST
@given(st.lists(st.sampled_from(LEADS), min_size=1, max_size=4).map(" ".join), person,
       st.sampled_from(["said", "according to"]))
def test_a_name_cut_by_the_phrase_limit_is_never_a_speaker(lead: str, name: str, verb: str) -> None:
    """"said X" and "according to X" read 80 characters: a name the limit cuts is no speaker, never
    half a word or its first words (a trial: "Aaaa Bbbbbbbbbbb" became a person "Aaaa Bbbbbbbbb")."""
    text = f"“We will not give up the northern grounds,” {verb} {lead} {name}."
    (quote,) = quotes_in("", text)
    assert quote.name in (name, None), text
    assert quote.speaker in (name, None), text


def test_the_cut_name_of_the_trial() -> None:
    text = ("“We will not give up the northern grounds,” said the veteran Foreign Minister and former Deputy "
            "Prime Minister Aaaaaaaa Bbbbbbbbbbb.")
    (quote,) = quotes_in("", text)
    assert quote.name is None

"""A nationality and one word is a firm's or a body's name; a utility's word ends one.

A trial (2026-12-03): "“We cannot absorb these costs alone,” British Gas said." made a person "Gas" and gave
him the quotation (a leading nationality is dropped as a description: "British Prime Minister …"), and so did
"Baltic Power" and "Nordic Gas"; "Scottish Power" was a person of two names; "Octavia Energy said" named no
one. Properties over made-up words: a nationality or regional adjective before one capitalised word is an
organisation, also as a quotation's speaker; a made-up word before a utility's or an industry's word
(energy … airports) is one; a nationality before a given name and a surname, or before a title and a name,
still describes a person.
"""
from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.lexicon import DEMONYMS, NATIONALITIES, REGION_PREFIXES
from briefgen.analyse.names import names_in
from briefgen.analyse.quotes import quotes_in

SYLLABLES = ("nor", "vane", "kes", "trel", "oc", "ta", "via", "bal", "ster", "ma", "ra", "thu", "len")  # (no "-ing":
# a capitalised word in -ing opening a sentence is read as a verb, "Showing Olaf Scholz", docs/log/people.md)
UTILITIES = ("Energy", "Gas", "Water", "Rail", "Railway", "Oil", "Petroleum", "Electric", "Electricity", "Utilities",
             "Telecom", "Telecoms", "Mining", "Airport", "Airports")
# (not the region prefixes, "Central", "Western": "Central Nornor" may be a region, as "Central Java" is)
ADJECTIVES = sorted(word.capitalize() for word in (NATIONALITIES | DEMONYMS) - REGION_PREFIXES
                    if word.isalpha() and word not in ("us", "uk"))
word = st.lists(st.sampled_from(SYLLABLES), min_size=2, max_size=3).map(lambda parts: "".join(parts).capitalize())


def kinds(text: str) -> dict[str, str]:
    return {m.surface: m.kind for m in names_in("Prices", text)}


@settings(max_examples=examples(200), deadline=None)
@given(st.sampled_from(ADJECTIVES), word | st.sampled_from(UTILITIES + ("Power", "Radio", "Post")))
@example("British", "Gas")
@example("Baltic", "Power")
@example("Scottish", "Power")
def test_a_nationality_and_one_word_is_an_organisation(adjective: str, name: str) -> None:
    firm = f"{adjective} {name}"
    text = f"“We cannot absorb these costs alone,” {firm} said on Tuesday."
    assert kinds(text) == {firm: "organisation"}, text
    quote, = quotes_in("Prices", text)
    assert (quote.speaker, quote.kind) == (firm, "organisation"), text


@settings(max_examples=examples(200), deadline=None)
@given(word, st.sampled_from(UTILITIES))
@example("Octavia", "Energy")
def test_a_utilitys_word_ends_an_organisations_name(name: str, head: str) -> None:
    firm = f"{name} {head}"
    text = f"{firm} said it welcomed “a cap that reflects reality”."
    assert kinds(text) == {firm: "organisation"}, text
    quote, = quotes_in("Prices", text)
    assert quote.speaker == firm, text


@settings(max_examples=examples(100), deadline=None)
@given(st.sampled_from(ADJECTIVES), word, word)
def test_a_nationality_before_a_persons_name_describes_the_person(adjective: str, given_name: str, surname: str) -> None:
    person = f"{given_name} {surname}"
    quote, = quotes_in("Prices", f"“We cannot absorb these costs alone,” said the {adjective} {person}.")
    assert quote.speaker == person
    assert kinds(f"{adjective} Prime Minister {person} said no.") == {person: "person"}


def test_surnames_that_are_industries_words_stay_people() -> None:
    assert kinds("Samantha Power said no.") == {"Samantha Power": "person"}
    assert kinds("David Steel said no.") == {"David Steel": "person"}


@settings(max_examples=examples(100), deadline=None)
@given(st.sampled_from(ADJECTIVES), word, word, st.booleans())
def test_a_nationality_before_a_person_the_article_names_describes_them(adjective: str, given_name: str,
                                                                         surname: str, headline: bool) -> None:
    """A check of the rule above found "Erling Haaland … the Norwegian Haaland said" and the headline "Argentine
    Milei says “…”" read as bodies (namecontext.described)."""
    if given_name == surname:
        return
    person = f"{given_name} {surname}"
    quote = "We will cut the state in half by the spring"
    if headline:
        found = quotes_in(f"{adjective} {surname} says “{quote}”", f"{person} spoke on Monday. “{quote},” {surname} said.")
    else:
        found = quotes_in("Budget", f"{person} spoke on Monday. “{quote},” the {adjective} {surname} said.")
    assert {(q.name, q.kind) for q in found} == {(person, "person")}, found

"""Plural common nouns, bodies and papers "the" opens, and organisations' accounts are no persons (groupnouns.py,
namecontext.article_body, nonpersons._OUTLET_BEFORE, quotehandles.account_handle; issue 9, 2026-12-05).

"Unions called the plan “a betrayal”" made a person "Unions"; "The Royal Mail said …" and "the Coast Record said"
persons; "the Morning Star reported", "first published by the Morning Star" a person; "@AcmeSupport … “…,” they said"
gave the company's account the quotation as a person.
"""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.people import find_people
from briefgen.analyse.quotes import quotes_in


def _quotes(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.name, q.kind) for q in quotes_in("", text)]


def _people(text: str) -> list[tuple[str, str]]:
    return [(n.full, n.kind) for n in find_people("", text).named]


def test_the_reported_sentences():
    text = "Unions called the plan “a betrayal of every worker in the country”."
    assert _quotes(text) == [(None, None)] and _people(text) == []
    text = "The Royal Mail said the strike would cost “millions of pounds a week”."
    assert _quotes(text) == [("Royal Mail", "organisation")] and _people(text) == [("Royal Mail", "organisation")]
    text = "“It is a scandal and a disgrace,” the Morning Star said."
    assert _quotes(text) == [("Morning Star", "organisation")]
    assert _people("The Morning Star reported that the talks had collapsed.") == [("Morning Star", "organisation")]
    assert _people("The story was first published by the Morning Star on Sunday.") == []
    text = "@AcmeSupport said the outage was being fixed. “We are sorry for the trouble,” they said."
    assert _quotes(text) == [(None, None)]


def test_what_must_not_change():
    kept = {
        "The Rev Tom Reid said the church was “open to everyone who needs it”.": [("Tom Reid", "person")],
        "The Dalai Lama said the world needed “more compassion and less anger”.": [("Dalai Lama", "person")],
        "Arron Banks gave money. Banks said the rules were “unworkable in their current form”.": [("Arron Banks", "person")],
        "Tom Parsons runs the farm. Parsons said the rules were “unworkable in their current form”.": [("Tom Parsons", "person")],
        "Anna Star reported the fault to the council. “Nobody listened to a word,” she said.": [("Anna Star", "person")],
        "Independent researcher @k3rnelpanic said the files were real. “Extending a deadline is theatre,” they wrote.":
            [("@k3rnelpanic", "person")],
    }
    for text, quotes in kept.items():
        assert _quotes(text) == quotes, text
    assert _people("The hearing was told the Tom Reid case had been mishandled.") == [("Tom Reid", "person")]
    assert _people("The Tom Reid who ran the club was a different man.") == [("Tom Reid", "person")]


@FAST
@given(st.sampled_from(("unions", "nurses", "banks", "neighbours", "councils", "firms", "pupils", "judges")), st.sampled_from(("said the offer was", "called the plan")))
def test_a_group_opening_its_sentence(group, verb):
    text = f"{group.capitalize()} {verb} “an insult to every worker in the country”."
    assert _quotes(text) == [(None, None)], text
    assert not [n for n, kind in _people(text) if kind == "person"], text


@FAST
@given(word, word, st.sampled_from(("said", "reported", "told readers")))
def test_the_and_a_name_that_speaks_is_a_body(first, second, verb):
    name = f"{first} {second}"
    text = f"The {name} {verb} that the harbour was “closed until further notice”."
    assert (name, "person") not in _people(text), text
    assert (name, "person") not in _quotes(text), text
    person = f"{name} {verb} that the harbour was “closed until further notice”."
    assert (name, "person") in _people(person), person


@FAST
@given(word, st.sampled_from(("Support", "Help", "_News", "Care", "Official")))
def test_an_organisations_account(company, suffix):
    handle = f"@{company}{suffix}"
    text = f"{handle} said the outage was being fixed. “We are sorry for the trouble,” they said."
    assert _quotes(text) == [(None, None)], text

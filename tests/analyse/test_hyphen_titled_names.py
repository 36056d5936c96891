"""A hyphenated title between a body and a person parts them in the People listing too (nameruns._title_end,
runparts._organisation_then_person read hyphentitles.hyphen_title; issue 9, 2026-12-05).

"NATO Secretary-General Jens Stoltenberg said …" listed one organisation "NATO Secretary-General Jens Stoltenberg"
(the quotation was already his: quotespeakers reads hyphentitles.titled_parts); the evaluation set's four articles
with "UN/NATO Secretary-General …" did so.
"""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.people import find_people


def _people(text: str) -> list[tuple[str, str]]:
    return [(n.full, n.kind) for n in find_people("", text).named]


def test_the_reported_sentence():
    text = "NATO Secretary-General Jens Stoltenberg said the alliance was “ready to defend every ally”."
    assert _people(text) == [("NATO", "organisation"), ("Jens Stoltenberg", "person")]


def test_what_must_not_change():
    assert _people("NATO Secretary General Jens Stoltenberg said the alliance was ready.") == [
        ("NATO", "organisation"), ("Jens Stoltenberg", "person")]
    assert _people("The Secretary-General said the alliance was ready.") == []


def test_a_hyphenated_title_alone_before_a_name():
    assert _people("Attorney-General Anna Berg said the law was clear.") == [("Anna Berg", "person")]  # (was the whole run)


@FAST
@given(st.sampled_from(("NATO", "UN", "WHO", "OECD")), st.sampled_from(("Secretary-General", "Director-General",
                                                                         "Vice-President")), word, word)
def test_a_body_a_hyphenated_title_and_a_person(body, title, given_name, surname):
    name = f"{given_name} {surname}"
    text = f"{body} {title} {name} said the plan was ready."
    people = _people(text)
    assert (name, "person") in people, text
    assert not [n for n, _ in people if title in n], text

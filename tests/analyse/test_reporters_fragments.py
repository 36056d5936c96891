"""A fragment the reporter's sentence quotes ('described it as “unacceptable”', 'expects the plan to pass
“comfortably”') is not a statement shown on the People pages (analyse/fragments.py, docs/people.md "Fragments");
`quotes_in` still returns it with its speaker. A statement — a quotation that opens its sentence, follows a colon or
a comma, has a verb, or has more than four words — is shown.

A trial (2026-12-05, a school-closures archive) showed “comfortably”, “disappointed” and “not gone missing” under
their speakers' names. Property over speakers, lead-ins and quoted words.
"""
from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.fragments import MAX_FRAGMENT_WORDS, reporters_fragment
from briefgen.analyse.people import find_people, people_of
from briefgen.analyse.quotemarks import VERB_HINTS
from briefgen.analyse.quotes import quotes_in

NAMES = st.sampled_from(["Desmond Okoro", "Helen Mabry", "Ruth Quayle", "Gareth Fenwick"])
FRAGMENT_WORDS = st.lists(st.sampled_from("unacceptable comfortably angry and frankly baffled a huge relief painful "
                                          "but necessary deeply disappointed".split()), min_size=1, max_size=6)
EMBEDDED = ("{p} described the plan as “{q}”.", "{p} told reporters he was “{q}” about it.",
            "{p} said the vote would pass “{q}”.", "{p} called the closures “{q}”.")
STATEMENTS = ("{p} said: “{q}.”", "“{q},” {p} said.", "{p} said, “{q}.”")


@settings(max_examples=examples(150), deadline=None)
@given(NAMES, FRAGMENT_WORDS, st.sampled_from(EMBEDDED + STATEMENTS))
def test_only_statements_are_shown(name: str, words: list[str], frame: str) -> None:
    quoted = " ".join(words)
    text = "The council met on Monday. " + frame.format(p=name, q=quoted)
    found = [q for q in quotes_in("Closures", text) if q.name == name]
    shown = [s.text for s in find_people("Closures", text).quotes if s.speaker == name and not s.fragment]
    fragment = frame in EMBEDDED and len(words) <= MAX_FRAGMENT_WORDS and not VERB_HINTS & set(words)
    for quote in found:
        assert reporters_fragment(quote, text) == fragment, text
    if fragment:
        assert shown == [], text
    else:
        assert len(shown) == len(found), text


def shown(title: str, text: str) -> list[str]:
    return [s.text for s in find_people(title, text).quotes if not s.fragment]


def test_the_trial_sentences() -> None:
    text = "Council leader Desmond Okoro has told reporters he expects the plan to pass “comfortably”."
    quote, = quotes_in("Vote", text)
    assert quote.name == "Desmond Okoro"  # still attributed …
    assert shown("Vote", text) == []  # … but no statement of his
    assert shown("Audit", "Ruth Quayle said the money had “not gone missing” and that the paperwork was late.") == []
    text = "Desmond Okoro called it “the hardest vote of my time as leader”."  # eight words: shown
    assert shown("Vote", text) == ["the hardest vote of my time as leader"]
    assert "Never." in shown("Vote", "“Disappointed,” Helen Mabry said when asked. Helen Mabry said: “Never.”")


def test_a_fragment_s_speaker_is_listed_with_no_quote_shown() -> None:
    bodies = {"a": "Ruth Quayle said the money had “not gone missing”.",
              "b": "Nadia Petrescu said: “The council is asking parents to lose their schools.”"}
    found = {slug: find_people("Audit", body) for slug, body in bodies.items()}
    listed = {p.name: len(p.quotes) for p in people_of(tuple(_Slug(s) for s in bodies), found, ()).people}
    assert listed == {"Ruth Quayle": 0, "Nadia Petrescu": 1}, listed  # quoted, so listed; the fragment not shown


@dataclass(frozen=True)
class _Slug:
    slug: str
    title = "Auditors find 'significant weaknesses' at council"
    quote, = [q for q in quotes_in(title, "Colin Ashdown said the council had “significant weaknesses”.") if q.in_title] or [None]
    assert quote is None or reporters_fragment(quote, "", title)

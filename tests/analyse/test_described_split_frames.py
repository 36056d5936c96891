"""A quotation split around a frame whose subject carries several descriptions before the verb: "“We will fight,” Ada
Brenn, the chair of the parents' group and a mother of two, said on Monday, “and we will win.”" is Ada Brenn's, both
parts, one quote on her page.

A trial (2026-12-05) lost such quotations three ways: a frame of more than 12 words before the verb was no frame
(`quotes._after`: a subject with appositives, `quotesplits.long_frame`, may run to 20); of a subject's four or more
comma parts ("Ada Brenn, 41, the chair …, a mother of two, said") the name was never tried (`quotes._subject`); and
"and a mother of two" inside an appositive, or "said on Monday," before the second part, made the frame no
interruption (`quotesplits._clause_words`, `quoteframes._WHEN`). Property over names, descriptions (one to three,
joined by commas or "and a"), an age, a time after the verb; both parts are the person's, and they join.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.people import find_people
from briefgen.analyse.quotes import quotes_in

NAMES = st.sampled_from(["Ada Brenn", "Colm Brady", "Nikos Theodorou", "Maureen Ashby", "Priya Ranganathan"])
DESCRIPTIONS = ("the chair of the parents' group", "a mother of two", "a former teacher", "the group's treasurer",
                "speaking outside the town hall")
WHEN = ("", " on Monday", " later", " yesterday")


@settings(max_examples=examples(200), deadline=None)
@given(NAMES, st.lists(st.sampled_from(DESCRIPTIONS), min_size=1, max_size=3, unique=True), st.booleans(),
       st.booleans(), st.sampled_from(WHEN), st.booleans())
def test_a_described_speaker_says_both_parts(name: str, described: list[str], age: bool, joined_by_and: bool,
                                             when: str, split: bool) -> None:
    parts = described[:-2] + [f"{described[-2]} and {described[-1]}"] if joined_by_and and len(described) > 1 and \
        described[-1].startswith("a ") else described
    frame = ", ".join([name, *(["41"] if age else []), *parts])
    text = f"“We will fight,” {frame}, said{when}" + (", “and we will win.”" if split else ".")
    found = quotes_in("", text)
    assert [q.name for q in found] == [name] * (2 if split else 1), text
    if split:
        assert [(q.speaker, q.text) for q in find_people("", text).quotes] == [(name, "We will fight … and we will win.")], text


def test_the_trial_sentence() -> None:
    text = "“We will fight,” Ada Brenn, the chair of the parents' group and a mother of two, said on Monday, “and we will win.”"
    assert [(q.name, q.frame) for q in quotes_in("", text)] == [("Ada Brenn", "said-after"), ("Ada Brenn", "interrupted")]


def test_another_speaker_after_and_is_no_description() -> None:
    text = "“We will fight,” Ada Brenn, the chair, said, and Colm Brady said, “we will win.”"
    assert [q.name for q in quotes_in("", text)] == ["Ada Brenn", "Colm Brady"]

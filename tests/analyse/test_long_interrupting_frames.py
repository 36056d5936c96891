"""A quotation split around a long frame keeps one speaker for both parts (quotesplits.long_frame).

A school-closures trial (2026-12-04, parentsvoice-judicial-review): `"This is not a step …," said Priya
Ranganathan, the group's chair, speaking outside the court building, "but the children …"` lost its second half:
the frame between the parts was held to one appositive, 60 characters and 8 words. Now a frame of a speech verb, its
subject and appositives or participle phrases (no clause, no sentence end) up to 120 characters is the frame of both
parts; a frame with a clause of its own ("who …", "and X replied") or another's words ("quoting …") still is not.
"""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.quotes import quotes_in

FAST = settings(max_examples=examples(80), deadline=None, suppress_health_check=[HealthCheck.too_slow])
PEOPLE = ["Priya Ranganathan", "Ada Brenn", "Sam Tregarthen", "Mariam Chaudhry"]
APPOSITIVES = ["the group's chair", "a mother of three", "the union's branch secretary", "41",
               "speaking outside the court building", "standing on the steps of the hall", "his voice breaking",
               "her arms folded", "looking tired after the vote"]
FIRST = "\u201cThis is not a step any of us wanted to take,\u201d"
SECOND = "\u201cbut the children of east Calderbridge deserve a fair hearing.\u201d"


def _frame(person: str, appositives: list[str], before: bool) -> str:
    parts = ", ".join([person, *appositives])
    return f"{parts}, said," if before else f"said {parts},"


@FAST
@given(st.sampled_from(PEOPLE), st.lists(st.sampled_from(APPOSITIVES), min_size=1, max_size=3, unique=True),
       st.booleans())
def test_a_frame_of_a_name_and_its_appositives_is_both_parts(person: str, appositives: list[str], before: bool) -> None:
    frame = _frame(person, appositives[:2] if before else appositives, before)  # (a subject of 3 is read by neither)
    text = f"{FIRST} {frame} {SECOND}"
    names = [q.name for q in quotes_in("Hearing", text)]
    assert names[1] == person, text  # (the first part's own frame: before=True reads it as "X, …, said")
    assert before or names[0] == person, text


@FAST
@given(st.sampled_from(PEOPLE), st.sampled_from([
    "who chairs the group and spoke outside the court building", "the group's chair, and Ada Brenn replied",
    "the group's chair, quoting the judge's ruling at length", "the group's chair, adding that the council had lied",
    "the group's chair, before the council's lawyer said"]))
def test_a_frame_with_a_clause_of_its_own_is_not(person: str, rest: str) -> None:
    text = f"{FIRST} said {person}, {rest}, {SECOND}"
    names = [q.name for q in quotes_in("Hearing", text)]
    assert names[0] == person and names[1] != person or "Ada Brenn" in rest, text


def test_the_reported_quotation() -> None:
    text = ('"This is not a step any of us wanted to take," said Priya Ranganathan, the group\'s chair, speaking '
            'outside the court building, "but the children of east Calderbridge deserve a fair hearing, and so far '
            'they haven\'t had one."')
    assert [q.name for q in quotes_in("Judicial review", text)] == ["Priya Ranganathan"] * 2

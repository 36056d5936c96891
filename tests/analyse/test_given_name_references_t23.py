"""A titled word that is one person's given name and another's surname ("Mr Ahmed" after "Abiy Ahmed" and "Ahmed
Shide") names the one the article's usage says: its given name where the article calls someone else by title and given
name ("Mr Abiy"), its surname where by title and surname ("Mr Reda"), no one where it shows neither (FX55, T23,
2026-12-07: the quotation went to Abiy Ahmed; "Mr Getachew" after "Getachew Reda and Nebiat Getachew" to Nebiat
Getachew; givenrefs.py). A property over made-up names × frames × the three usages, the reported inputs, and what
stays: "Mr Ahmed" for "Kamal Ahmed" alone, "Mr Anwar" for "Anwar bin Ibrahim", "Mr Abdi" for "Abdi Ali Farah".
"""
from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from briefgen.analyse.quotes import quotes_in
from support.madeup import FAST, SAID, said, word

TITLES = ("Mr", "Ms", "Dr")


@FAST
@given(word, word, word, word, word, st.sampled_from(("given", "surname", "")), st.sampled_from(TITLES),
       st.sampled_from(SAID))
def test_a_shared_word_names_whom_the_usage_says(one: str, shared: str, two: str, third: str, other: str, usage: str,
                                                  title: str, frame: str) -> None:
    assume(len({one, shared, two, third, other}) == 5)
    text = f"Minister {one} {shared} and adviser {shared} {two} arrived with {third} {other}. "
    text += {"given": f"{title} {third} spoke first. ", "surname": f"{title} {other} spoke first. ", "": ""}[usage]
    text += said(frame, f"{title} {shared}")
    want = {"given": f"{shared} {two}", "surname": f"{one} {shared}", "": None}[usage]
    assert [q.name for q in quotes_in("", text)] == [want], text


@FAST
@given(word, word, st.sampled_from(TITLES), st.sampled_from(SAID))
def test_one_person_of_the_word_is_named_as_before(given_name: str, surname: str, title: str, frame: str) -> None:
    text = f"Adviser {given_name} {surname} arrived. " + said(frame, f"{title} {surname}")
    assert [q.name for q in quotes_in("", text)] == [f"{given_name} {surname}"], text


@pytest.mark.parametrize(("text", "name"), [
    ('Prime Minister Abiy Ahmed and Finance Minister Ahmed Shide attended. "The first phase will be tendered next '
     'year," Mr Ahmed said.', None),
    ('Prime Minister Abiy Ahmed and Finance Minister Ahmed Shide attended. Mr Abiy spoke first. "The first phase will '
     'be tendered next year," Mr Ahmed said.', "Ahmed Shide"),
    ('Government spokesman Getachew Reda and ministry spokesman Nebiat Getachew spoke. "We regret it," Mr Getachew '
     'said.', None),
    ('Government spokesman Getachew Reda and ministry spokesman Nebiat Getachew spoke. Mr Nebiat was brief. "We '
     'regret it," Mr Getachew said.', "Getachew Reda"),
    ('Kamal Ahmed spoke. "We regret it," Mr Ahmed said.', "Kamal Ahmed"),
    ('Prime Minister Anwar bin Ibrahim spoke. "We regret it," Mr Anwar said.', "Anwar bin Ibrahim"),
    ('Chairman Ali Farah Warsame and his son, chief executive Abdi Ali Farah, were in court. "We will appeal," Mr Abdi '
     'said.', "Abdi Ali Farah"),
    ('Ministry spokesman Nebiat Getachew spoke after Getachew Reda. "We regret it," Mr Nebiat said.',
     "Nebiat Getachew")])
def test_the_reported_references(text: str, name: str | None) -> None:
    assert [q.name for q in quotes_in("", text)] == [name]


def test_a_company_named_like_a_person_is_no_rival_and_sir_is_no_usage() -> None:
    """The takeover set's "Hartley Rowe" (a department store) and "Jonathan Hartley": "Mr Hartley" is his, as before;
    "Sir Nigel" (an honour takes the given name in English too) says nothing of the article's usage."""
    from pathlib import Path
    articles = Path(__file__).resolve().parents[1] / "stories/takeover/content/articles"
    text = (articles / "b1-times-board-rejects.md").read_text(encoding="utf-8").split("---", 2)[2]
    quote = next(q for q in quotes_in("", text) if q.text.startswith("I read about it"))
    assert quote.name == "Jonathan Hartley"
    text = (articles / "c2-telegraph-investors-urge-talks.md").read_text(encoding="utf-8").split("---", 2)[2]
    quote = next(q for q in quotes_in("", text) if q.text.startswith("I want what is best"))
    assert quote.name != "Hartley Rowe"

"""A possessive opening a colon lead-in is passed over only before a person the article names (BR33, 2026-12-07, a break
of FX55's colonleads._OWNER): "Britain's Got Talent: '…'" gave a person "Got Talent" with a People page, "Europe's
Dilemma:", "Kenya's Gen Z:" ("Z"), "Sudan's Darfur:" likewise. The words after the possessive are a person when two
words a known given name opens, or a reference the article writes in full elsewhere (colonleads._owned_person);
else the lead-in has no speaker, as before FX55. Properties over made-up owners and words, and the reported headlines.
"""
from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from briefgen.analyse.quotes import quotes_in
from support.madeup import FAST, word

BODY = "The show returned on Saturday with a new panel."


@FAST
@given(word, st.lists(word, min_size=1, max_size=2), st.sampled_from(("'s", "\u2019s")),
       st.sampled_from(("{lead}: '{q}'", "{lead} in Mogadishu: '{q}'")))
def test_words_after_an_owner_the_article_names_nowhere_are_no_speaker(owner: str, words: list[str], mark: str,
                                                                      frame: str) -> None:
    assume(owner not in words)
    headline = frame.format(lead=f"{owner}{mark} {' '.join(words)}", q="The best final ever")
    assert [q.name for q in quotes_in(headline, BODY)] == [None], headline


@FAST
@given(word, word, word, st.sampled_from(("Ms {g} {s} was appointed in May.", "{g} {s} arrived on Monday.")))
def test_a_surname_after_an_owner_the_article_names_in_full_is_its_person(owner: str, given_name: str, surname: str,
                                                                         body: str) -> None:
    assume(len({owner, given_name, surname}) == 3)
    headline = f"{owner}'s {surname}: 'The best final ever'"
    assert [q.name for q in quotes_in(headline, body.format(g=given_name, s=surname))] == [f"{given_name} {surname}"]


@FAST
@given(word, st.sampled_from(("William", "Anna", "Rachel", "James")), word)
def test_a_known_given_name_and_a_surname_after_an_owner_are_its_person(owner: str, given_name: str, surname: str) -> None:
    assume(owner != surname)
    headline = f"{owner}'s {given_name} {surname}: 'The best final ever'"
    assert [q.name for q in quotes_in(headline, BODY)] == [f"{given_name} {surname}"], headline


@pytest.mark.parametrize("title", [
    "Britain's Got Talent: 'The best final ever'", "Europe's Dilemma: 'We must act now'",
    "America's Sweethearts: 'We must act now'", "Britain's Brightest: 'We must act now'", "Kenya's Gen Z: 'We must act now'",
    "Sudan's Darfur: 'We must act now'", "Ukraine's Kharkiv: 'We must act now'", "Labour's Budget: 'A fair deal'"])
def test_the_reported_headlines_have_no_speaker(title: str) -> None:
    assert [q.name for q in quotes_in(title, BODY)] in ([None], []), title


@pytest.mark.parametrize(("title", "text", "name"), [
    ("Sudan's al-Burhan in Mogadishu: 'We must act now'", "Gen Abdel Fattah al-Burhan arrived.", "Abdel Fattah al-Burhan"),
    ("Britain's Starmer: 'We must act now'", "Keir Starmer spoke in Leeds.", "Keir Starmer"),
    ("Labour's Reeves: 'We must act now'", "Rachel Reeves spoke in Leeds.", "Rachel Reeves"),
    ("The Guardian's Polly Toynbee: 'We must act now'", BODY, "Polly Toynbee")])
def test_what_stays(title: str, text: str, name: str) -> None:
    assert [q.name for q in quotes_in(title, text)] == [name]

"""A peer's title is the name: "Lord Cranleigh", "Baroness Ellery" (lexicon.PEERAGE, nameruns._title_end).

The fifth trial (tests/stories/takeover/, the British business press) gave the People page a "Cranleigh" and an
"Ellery", and their three quotes to those one-word names: British papers name a peer by the title and one word,
never with a given name, and the title was dropped as an honorific is ("Sir Nigel Pembury" → Nigel Pembury). The
kind: every rank of the peerage, as a speaker before or after the verb, by a pronoun or the word alone later, and
after a title ("former chancellor Lord Lamont"); an honorific before a given name still goes, and a peer whose
surname names a person of the article in full is that person ("Alan Sugar … Lord Sugar").
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.names import NameIndex, names_in
from briefgen.analyse.quotes import quotes_in
from test_speaker_properties import person, word

FAST = settings(max_examples=examples(80), deadline=None, suppress_health_check=[HealthCheck.too_slow])
RANK = st.sampled_from(["Lord", "Lady", "Baroness", "Baron", "Viscount", "Viscountess", "Earl", "Countess",
                        "Marquess", "Duke", "Duchess"])
FRAMES = ["“The board must listen to its owners,” said {p}, a former chairman.",
          "{p}, who chaired the company, puts it well. “The board must listen to its owners,” he says.",
          "“The board must listen to its owners,” {p} told the Lords.",
          "Former chancellor {p} said: “The board must listen to its owners.”"]


@FAST
@given(RANK, word, st.sampled_from(FRAMES))
def test_a_peer_is_quoted_under_the_title_and_name(rank: str, name: str, frame: str) -> None:
    peer = f"{rank} {name}"
    assert [q.name for q in quotes_in("", frame.format(p=peer))] == [peer]


@FAST
@given(RANK, word)
def test_the_word_alone_later_is_the_peer(rank: str, name: str) -> None:
    text = f"{rank} {name} joined the board in 2019. “We will not sell,” {name} said."
    assert [q.name for q in quotes_in("", text)] == [f"{rank} {name}"]
    index = NameIndex.build((), {"a": names_in("", text)})
    assert index.canonical(name) == f"{rank} {name}"


@FAST
@given(RANK, person)
def test_a_peer_named_in_full_before_is_that_person(rank: str, name: str) -> None:
    """"Alan Sugar … Lord Sugar said" is Alan Sugar: a life peer takes the surname as the title (a property of
    test_capitalised_titles.py drew "Aaaa Aaaaa spoke first … said Countess Aaaaa" when the title was always kept)."""
    text = f"{name} spoke first. “The board must listen to its owners,” said {rank} {name.split()[-1]}."
    assert [q.name for q in quotes_in("", text)] == [name]
    assert {m.full for m in names_in("", text)} == {name}


@FAST
@given(st.sampled_from(["Sir", "Dame", "Lord", "Lady", "Mr", "Dr"]), person)
def test_an_honorific_before_a_given_name_is_dropped(honorific: str, name: str) -> None:
    text = f"“We will not sell,” said {honorific} {name}, the chairman."
    assert [q.name for q in quotes_in("", text)] == [name]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Lord Cranleigh, who chaired the company in the 2000s, puts it well. “Every chairman of Hartley Rowe has "
     "believed the next Christmas will be the one,” he says. “I believed it too.”", "Lord Cranleigh"),
    ("Baroness Ellery, the senior independent director, said the board had “listened carefully” to investors.",
     "Baroness Ellery"),
])
def test_the_trials_peers(text: str, speaker: str) -> None:
    assert {q.name for q in quotes_in("", text)} == {speaker}

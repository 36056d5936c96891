"""A hyphenated title in a speaker's run ("NATO Secretary-General Jens Stoltenberg told reporters") is no part of the
person's name, and the body before it is no speaker (hyphentitles.py).

The reported input (the evaluation set, tests/stories/eval/, 2026-12-05): four of Stoltenberg's quotations, in two
articles, went to an organisation "NATO Secretary-General Jens Stoltenberg" / "Nato Secretary-General …".
"""
from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from briefgen.analyse.quotes import quotes_in
from support.madeup import FAST, word

TITLES = ("Secretary-General", "Attorney-General", "Director-General", "Vice-President", "Lieutenant-General")
BODIES = ("NATO", "Nato", "UN", "EU", "")
FRAMES = ("“This is a historic day,” {who} told reporters.", "“This is a historic day,” said {who}.",
          "{who} said: “This is a historic day.”")


def _speaker(text: str) -> tuple[str | None, str | None]:
    quote = quotes_in("", text)[0]
    return quote.name, quote.kind


@FAST
@given(word, word, st.sampled_from(TITLES), st.sampled_from(BODIES), st.sampled_from(FRAMES))
def test_the_person_after_a_hyphenated_title_speaks(given_name: str, surname: str, title: str, body: str,
                                                     frame: str) -> None:
    assume(given_name != surname)
    who = f"{body} {title} {given_name} {surname}".strip()
    assert _speaker(frame.format(who=who)) == (f"{given_name} {surname}", "person")


@FAST
@given(st.lists(word, min_size=3, max_size=3, unique=True), st.sampled_from(FRAMES))
def test_a_hyphenated_given_name_is_kept(words: list[str], frame: str) -> None:
    who = f"{words[0]}-{words[1]} {words[2]}"
    assert _speaker(frame.format(who=who)) == (who, "person")


def test_the_evaluation_sets_secretary_general() -> None:
    text = "“This is a historic day,” NATO Secretary-General Jens Stoltenberg told reporters. “Finland is safer.”"
    assert [q.name for q in quotes_in("", text)] == ["Jens Stoltenberg", "Jens Stoltenberg"]

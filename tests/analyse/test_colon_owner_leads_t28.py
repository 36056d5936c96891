"""A colon lead-in whose subject's role is owned by the writer or reader: "My colleague Akiko Sato put it well this
morning: “…”" (T28 F6, 2026-12-07: no speaker; "Her colleague Akiko Sato …" had one). antecedents._lead_in read
"my", "our", "your" as stopwords that end a subject's lead-in; they are determiners, as "his" and "her" are."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from briefgen.analyse.quotes import quotes_in
from support import madeup
from support.examples import examples

QUOTE = "“This is no longer one company's problem.”"


def test_the_reported_sentence() -> None:
    text = f"My colleague Akiko Sato put it well this morning: {QUOTE}"
    assert [q.speaker for q in quotes_in("Shares", text)] == ["Akiko Sato"]


@given(st.sampled_from(["My", "Our", "Your", "His", "Her", "The", "Their"]),
       st.sampled_from(["colleague", "correspondent", "Tokyo correspondent", "analyst", "chief economist"]),
       madeup.word, madeup.word, st.sampled_from(["put it well this morning", "was blunt", "said", "summed it up"]))
@settings(max_examples=examples(150), deadline=None)
def test_an_owned_role_before_the_name_leaves_the_name_the_speaker(owner: str, role: str, given_name: str,
                                                                  family: str, predicate: str) -> None:
    text = f"Markets opened lower. {owner} {role} {given_name} {family} {predicate}: {QUOTE}"
    assert [q.speaker for q in quotes_in("Shares", text)] == [f"{given_name} {family}"]

"""A colon lead-in that opens with a connective or sentence adverb, or with the writer's or the reader's own role
before the name, names its speaker (FX97, 2026-12-07; T28 F6): "Then Akiko Sato was blunt: “…”", "Meanwhile Kenji
Hondaka was blunt: “…”", "My colleague Akiko Sato put it well this morning: “…”" had no speaker — "then", "meanwhile",
"my" are stopwords that ended the subject's lead-in (quotes._phrase, colonleads.named_first) — and "Eventually came
the vote: “…”" was a person "Eventually"'s (quotespeakers._named_alone). A name that is the clause's object stays no
speaker: "Reporters asked Kenji Hondaka: “…”", "Then came Akiko Sato's turn: “…”"."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from briefgen.analyse.quotes import quotes_in
from support import madeup
from support.examples import examples

QUOTE = "“This is no longer one company's problem.”"
OPENERS = st.sampled_from(["Then", "Meanwhile", "Later", "Still", "But", "And", "However,", "Meanwhile,", "Yet", "Now",
                           "Earlier", "Afterwards", "Finally", "Separately", "But then", "And yet", "Instead"])
ROLES = st.sampled_from(["", "My colleague", "Our correspondent", "Your reporter", "Her lawyer", "His spokeswoman",
                         "The company's founder", "Their chief economist", "Our Tokyo correspondent", "My friend"])
PREDICATES = st.sampled_from(["was blunt", "put it well this morning", "summed it up", "said", "had a warning",
                              "told reporters"])


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in quotes_in("Shares", text)]


def test_the_reported_sentences() -> None:
    assert _speakers(f"Then Akiko Sato was blunt: {QUOTE}") == ["Akiko Sato"]
    assert _speakers(f"Meanwhile Kenji Hondaka was blunt: {QUOTE}") == ["Kenji Hondaka"]
    assert _speakers(f"My colleague Akiko Sato put it well this morning: {QUOTE}") == ["Akiko Sato"]
    assert _speakers(f"Markets opened lower. My colleague Akiko Sato put it well this morning: {QUOTE}") == ["Akiko Sato"]


def test_the_traps_stay_no_ones() -> None:
    for lead in ("Then came Akiko Sato's turn", "Reporters asked Kenji Hondaka", "Then reporters asked Kenji Hondaka",
                 "My question to Kenji Hondaka", "My interview with Akiko Sato", "Our thanks to Akiko Sato",
                 "Then came the question for Kenji Hondaka", "Your guide to Akiko Sato"):
        assert _speakers(f"{lead}: {QUOTE}") == [None], lead
    for adverb in ("Eventually", "Afterwards", "Finally"):  # a lone adverb is no person: "Eventually" spoke
        assert _speakers(f"{adverb} came the vote: {QUOTE}") == [None], adverb
    # the breaker's case that reverted "my/our/your" as determiners of every lead-in (BR50): still the minister's
    assert _speakers("Our correspondent Akiko Sato asked the minister, Kenji Mori, about it. His answer was blunt: "
                     f"{QUOTE}") == ["Kenji Mori"]


@given(OPENERS, ROLES, madeup.word, madeup.word, PREDICATES)
@settings(max_examples=examples(200), deadline=None)
def test_an_opener_or_an_owned_role_leaves_the_name_the_speaker(opener: str, role: str, given_name: str, family: str,
                                                                predicate: str) -> None:
    lead = " ".join(w for w in (opener, role[:1].lower() + role[1:] if opener[-1] != "," or role[:3] != "The" else role, f"{given_name} {family}") if w)
    assert _speakers(f"Markets opened lower. {lead} {predicate}: {QUOTE}") == [f"{given_name} {family}"], lead
    owned = " ".join(w for w in (role, f"{given_name} {family}") if w)
    assert _speakers(f"Markets opened lower. {owned} {predicate}: {QUOTE}") == [f"{given_name} {family}"], owned


@given(OPENERS, madeup.word, madeup.word, st.sampled_from(["Reporters asked {}", "Then came {}'s turn", "Came {}'s turn",
                                                           "Investors turned to {}", "My question to {}",
                                                           "Our interview with {}", "Critics of {} were blunt"]))
@settings(max_examples=examples(150), deadline=None)
def test_a_name_that_is_no_subject_stays_no_speaker(opener: str, given_name: str, family: str, clause: str) -> None:
    lead = clause.format(f"{given_name} {family}")
    assert _speakers(f"Markets opened lower. {lead}: {QUOTE}") == [None], lead
    lowered = lead[:1].lower() + lead[1:]
    assert _speakers(f"Markets opened lower. {opener} {lowered}: {QUOTE}") == [None], lowered

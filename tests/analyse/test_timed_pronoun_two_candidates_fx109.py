"""A pronoun placed in time ("Then she said:", "She then said", "Later she added:") after a sentence that names two
persons who may be it, none of them speaking, is no one's (FX109, item 3): "Ana Ruiz met Marta Gómez on Monday. Then
she said: “…”" gave the words to Ana Ruiz, the sentence's subject. Candidates: persons named in full, not a
possessive, not known to be of the other sex (givensex). quotespeakers._antecedent, sentenceadverbs.timed_pronoun.
Left as QW17 decided: a plain "she said" keeps the subject ("Alex Morgan met Sam Jones. “…,” she said.")."""
from __future__ import annotations

from hypothesis import example, given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.quotes import quotes_in

LEADS = st.sampled_from(["Then she said:", "She then said:", "Later she added:", "Later, she added:",
                         "Meanwhile she wrote:", "On Tuesday she said:", "Separately she said:"])
WOMEN = st.sampled_from(["Emma", "Sophie", "Maria", "Grace", "Anna"])
_QUOTE = "“We will count every vote.”"


def _names(text: str) -> list[str | None]:
    return [q.name for q in quotes_in("t", text)]


def test_reported_input() -> None:
    for lead in ("Then she said:", "She then said:", "Later she added:"):
        assert _names(f"Ana Ruiz met Marta Gómez on Monday. {lead} {_QUOTE}") == [None], lead
    assert _names(f"Ana Ruiz met Jorge Pérez on Monday. Then she said: {_QUOTE}") == ["Ana Ruiz"]


@given(st.one_of(WOMEN, word), word, st.one_of(WOMEN, word), word, LEADS)
@example("Ana", "Ruiz", "Marta", "Gómez", "Then she said:")
@FAST
def test_two_who_may_be_she_make_it_no_ones(g1, s1, g2, s2, lead) -> None:
    if len({g1, s1, g2, s2}) < 4:
        return
    assert _names(f"{g1} {s1} met {g2} {s2} on Monday. {lead} {_QUOTE}") == [None]


@given(WOMEN, word, st.sampled_from(["John", "David", "Peter", "Jorge"]), word, LEADS)
@FAST
def test_one_of_the_pronouns_sex_keeps_her(g1, s1, g2, s2, lead) -> None:
    """The controls: the other is a man; or the first speaks in the sentence (her own words before)."""
    if s1 == s2:
        return
    assert _names(f"{g1} {s1} met {g2} {s2} on Monday. {lead} {_QUOTE}") == [f"{g1} {s1}"]
    assert _names(f"{g1} {s1} told {g2} {s2} the vote was over. {lead} {_QUOTE}") == [f"{g1} {s1}"]

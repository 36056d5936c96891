"""A speech verb followed only by adverbs and time words up to its sentence's end ends its clause: that sentence is
the frame of the quotation before it (FX102, BR60). `Jorge Pérez said the vote was over. "…" Ana Ruiz said instead.`
gave the words to Jorge Pérez after FX99 read "instead" as a whole word, no longer as "in"; "said again.", "said
yesterday." did so before it too. The rule: verbends.verb_ends_clause; its control, a reported clause ("said only
that …", "told reporters today that …") is the verb's own and frames nothing (FX99, T29 F1)."""
from __future__ import annotations

from hypothesis import example, given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.quotes import quotes_in

_ADVERBS = ["instead", "too", "afterwards", "tonight", "today", "tomorrow", "once more", "only later", "again", "also",
            "simply", "yesterday", "repeatedly", "firmly", "later", "on Monday", "that day", "again on Tuesday",
            "very firmly", "this morning", "later that evening", "once again", "only briefly"]
_QUOTE = '"Nobody goes home until every tally sheet is counted."'


def _names(text: str) -> list[str | None]:
    return [q.name for q in quotes_in("t", text)]


def test_reported_input() -> None:
    for adv in ("instead", "too", "afterwards", "tonight", "today", "tomorrow", "once more", "only later", "again",
                "also", "simply", "yesterday", "repeatedly", "firmly"):
        text = f"Jorge Pérez said the vote was over. {_QUOTE} Ana Ruiz said {adv}."
        assert _names(text) == ["Ana Ruiz"], text
    assert _names(f"{_QUOTE} Ana Ruiz said only later.") == ["Ana Ruiz"]


@given(word, word, word, word, st.sampled_from(_ADVERBS), st.sampled_from(["said", "told reporters", "added", "wrote"]))
@example("Jorge", "Pérez", "Ana", "Ruiz", "instead", "said")
@FAST
def test_adverbs_alone_after_the_verb_make_it_the_frame(g1, s1, g2, s2, adv, verb) -> None:
    if len({g1, s1, g2, s2}) < 4:
        return
    text = f"{g1} {s1} said the vote was over. {_QUOTE} {g2} {s2} {verb} {adv}."
    assert _names(text) == [f"{g2} {s2}"], text


@given(word, word, word, word, st.sampled_from(_ADVERBS))
@FAST
def test_a_reported_clause_after_the_adverbs_is_no_frame(g1, s1, g2, s2, adv) -> None:
    """The control (T29 F1): the quotation's own sentence names its speaker; the next sentence's verb has its own
    reported clause after the same adverbs, so the words stay the first speaker's."""
    if len({g1, s1, g2, s2}) < 4:
        return
    text = f'{g1} {s1} said the pause was "the oldest trick in the book." {g2} {s2} said {adv} that a review was under way.'
    assert _names(text) == [f"{g1} {s1}"], text
    alone = f'The vote was delayed.\n\n"We will win." {g2} {s2} said {adv} that a review was under way.'
    assert _names(alone) == [None], alone

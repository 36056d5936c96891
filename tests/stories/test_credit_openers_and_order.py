"""Credits read from a feed-imported briefing (2026-12-05, late night): a word that opens the sentence is not part of
the outlet's name ("When The Harbour Ledger revealed …" credited an outlet "When The Harbour Ledger", shown to readers
as "First reported by When The Harbour Ledger"; credit_leadins.py), and an original cannot post-date its re-telling
(the essay so crediting the Ledger was made a re-telling of the Ledger's report of another event a day later;
originals.py)."""
from __future__ import annotations

import datetime as dt

from hypothesis import given, settings, strategies as st
from support import madeup
from support.examples import examples

from briefgen.analyse.credits import credit_finder, detect_credits
from briefgen.analyse.originals import REPORT, shared_originals
from briefgen.analyse.similarity import Report

OPENERS = ("When", "Once", "As", "While", "Because", "Although", "Only", "Even", "Still", "Whereas", "Hours before", "Weeks",
           "Days after", "Although", "Since", "After", "Until", "Just as", "Soon after")
WORDS = ("Gazette", "Ledger", "Post", "Herald", "Courier", "Chronicle", "Times")
VERBS = ("revealed", "reported", "first reported", "wrote")


@settings(max_examples=examples(60), deadline=None)
@given(opener=st.sampled_from(OPENERS), made=madeup.word, word=st.sampled_from(WORDS), verb=st.sampled_from(VERBS),
       known=st.booleans())
def test_a_word_opening_the_sentence_is_no_part_of_the_outlet(opener: str, made: str, word: str, verb: str,
                                                               known: bool) -> None:
    """"<Opener> The <Name> <Gazette> revealed …" and "<Opener> Reuters reported …" credit the outlet alone."""
    outlet = "Reuters" if known else f"The {made} {word}"
    text = f"The dockers walked out at dawn. {opener} {outlet} {verb} the memo, the union called a strike."
    assert [c.outlet for c in detect_credits(text)] == [outlet]


def test_the_reported_inputs() -> None:
    """The tester's sentences."""
    for text, outlet in (("When The Harbour Ledger revealed Calderway's automation memo on 10 November, the union "
                          "was furious.", "The Harbour Ledger"),
                         ("Once The Evening Post reported the plan, ministers moved.", "The Evening Post"),
                         ("Because Reuters reported it first, others followed.", "Reuters")):
        assert [c.outlet for c in detect_credits(text)] == [outlet]


def _report(slug: str, day: int, source: str, credited: frozenset[str] = frozenset()) -> Report:
    when = dt.datetime(2026, 11, day, 9, tzinfo=dt.timezone.utc)
    return Report(slug, when.timestamp(), source, credited, (), b"", day=when.date().toordinal())


@settings(max_examples=examples(40), deadline=None)
@given(gap=st.integers(1, 6), earlier=st.integers(0, 6), similar=st.floats(0.1, 0.9))
def test_an_original_is_never_dated_after_its_re_telling(gap: int, earlier: int, similar: float) -> None:
    """A report crediting outlet X shares its original with X's report of that day or before, never with one of X's
    dated after it, however alike (before: the one most alike in the window, later or not)."""
    essay = _report("essay", 20, "continental review", frozenset({"harbour ledger"}))
    later = _report("later", 20 + gap, "harbour ledger")
    before = _report("before", 20 - earlier, "harbour ledger")
    pairs = [(0, 1), (0, 2)]
    shared = shared_originals([essay, later, before], pairs, [similar, similar / 2])
    assert shared == ["", REPORT]  # (the kinds since FX27: originals.shared_originals)


@settings(max_examples=examples(60), deadline=None)
@given(opener=st.sampled_from(["As", "Only", "Like", "If", "Just", "Once", "Even", "Hours", "While", "When"]),
       made=madeup.word, word=st.sampled_from(WORDS + ("Magazine", "Weekly", "Daily")), verb=st.sampled_from(VERBS),
       configured=st.booleans())
def test_an_outlet_whose_name_opens_with_such_a_word_keeps_it(opener: str, made: str, word: str, verb: str,
                                                                configured: bool) -> None:
    """"Only Connect Weekly revealed …", "Like Minds Herald reported …" (a breaker's, 2026-12-05, late night: the
    openers made lead-ins everywhere cut them to "Minds Herald" or credited nothing): the opener stays the outlet's
    when no "The" or known outlet follows it, configured (`sources:`) or not."""
    outlet = f"{opener} {made} {word}"
    finder = credit_finder([outlet]) if configured else None
    text = f"The dockers walked out at dawn. {outlet} {verb} the memo on Friday."
    assert [c.outlet for c in detect_credits(text, finder)] in ([outlet], [] if not configured else [outlet])
    assert all(c.outlet == outlet for c in detect_credits(text, finder))


def test_a_name_before_the_is_no_opener() -> None:
    """"BBC Radio The Islands reported …" with "The Times of The Islands" configured credits no other outlet's name."""
    found = detect_credits("BBC Radio The Islands reported the closure.", credit_finder(["The Times of The Islands"]))
    assert "The Times of The Islands" not in [c.outlet for c in found]


def test_a_configured_outlet_with_an_opener_and_the_is_whole() -> None:
    """"Just The News reported …" with Just The News configured credits it whole, not "The News"; "If Reuters reports
    the deal, …" and "Unlike Reuters, the BBC reported …" credit no Reuters (a second breaker's, 2026-12-05)."""
    assert [c.outlet for c in detect_credits("Just The News reported the closure.", credit_finder(["Just The News"]))] \
        == ["Just The News"]
    assert "Reuters" not in [c.outlet for c in detect_credits("If Reuters reports the deal, shares will rise.")]
    assert [c.outlet for c in detect_credits("Unlike Reuters, the BBC reported the closure.")] == ["BBC"]

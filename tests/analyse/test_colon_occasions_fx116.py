"""FX116 (BR68 on FX112): FX112 read any preposition and lower-case noun phrase between a name and its colon as the
name's circumstance, so "Jane Doe, in the words of her father: “a fighter.”", "in the eyes of her critics", "in the
judgment of the court", "in the indictment:", "in the caption under the photo:" gave Jane Doe the words (s64: no
speaker). Now only an occasion she speaks at (colonleads.OCCASIONS: a news conference, a briefing, a statement, an
interview, a speech, a summit, a hearing, the end of one …), with no "of <someone>" after it. Fails on main ea1c762e.
"""
from __future__ import annotations

from hypothesis import example, given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.quotes import quotes_in

QUOTE = "“a fighter.”"
NAMES = ("Jane Doe", "Ursula von der Leyen", "Ada Brenn")
BEFORE = ("", "12:40 ", "The court ruled on Monday. ")


def _names(text: str) -> list[str | None]:
    return [q.name for q in quotes_in("", text)]


# the reported phrases: whose words they are is someone else's, or a document's
REPORTED = ("in the words of her father", "in the eyes of her critics", "in the view of her critics",
            "in the opinion of her critics", "in the phrase of her rival", "on the lips of her rival",
            "in the minds of voters", "in the headlines of the tabloids", "in the judgment of the court",
            "in the verdict of the jury", "in the indictment", "in the court filing", "in the lawsuit", "in the report",
            "in the caption under the photo")


def test_br68_phrases_give_no_speaker() -> None:
    """The breaker's phrases, alone, after a live blog's clock and after a sentence: no one's words (as at s64)."""
    for phrase in REPORTED:
        for before in BEFORE:
            assert "Jane Doe" not in _names(f"{before}Jane Doe, {phrase}: {QUOTE}"), (before, phrase)


NON_OCCASIONS = ("words", "eyes", "view", "opinion", "phrase", "lips", "minds", "headlines", "judgment", "verdict",
                 "indictment", "court filing", "lawsuit", "report", "caption", "ruling", "complaint", "memo", "letter",
                 "book", "obituary", "profile", "diary", "transcript", "affidavit")
OCCASIONS = ("news conference", "press conference", "briefing", "statement", "interview", "speech", "summit", "meeting",
             "hearing", "debate", "rally", "vote", "visit", "ceremony")
OTHERS = ("", " of her father", " of the court", " under the photo", " of her critics")


@settings(max_examples=examples(80), deadline=None, database=None)
@given(st.sampled_from(NAMES), st.sampled_from(("at", "after", "during", "in", "on")), st.sampled_from(("the", "a", "her")),
       st.sampled_from(("", "last ", "weekly ")), st.sampled_from(NON_OCCASIONS), st.sampled_from(OTHERS),
       st.sampled_from(BEFORE))
@example("Jane Doe", "in", "the", "", "words", " of her father", "")
def test_a_non_occasion_gives_no_speaker(name: str, preposition: str, det: str, modifier: str, noun: str, other: str,
                                         before: str) -> None:
    """A document's, a judgment's or another's point of view, with or without "of <someone>": not the name's words."""
    assert name not in _names(f"{before}{name}, {preposition} {det} {modifier}{noun}{other}: {QUOTE}")


@settings(max_examples=examples(80), deadline=None, database=None)
@given(st.sampled_from(NAMES), st.sampled_from(("at", "after", "during", "in", "on")), st.sampled_from(("the", "a", "her")),
       st.sampled_from(("", "last ", "weekly ")), st.sampled_from(OCCASIONS),
       st.sampled_from(("", "the end of ", "the sidelines of ")), st.sampled_from(OTHERS), st.sampled_from(BEFORE))
@example("Jane Doe", "in", "the", "", "statement", "", " of her father", "")
def test_an_occasion_is_the_names_own_unless_of_someone(name: str, preposition: str, det: str, modifier: str, noun: str,
                                                        part: str, other: str, before: str) -> None:
    """An occasion she speaks at gives her the words; "of <someone>" after it ("the statement of her father") does not."""
    found = _names(f"{before}{name}, {preposition} {part}{det} {modifier}{noun}{other}: {QUOTE}")
    assert (name in found) == (other == ""), found

"""The story features' speed-ups of 2026-12-05 (after noon) give what the forms they replaced give (hypothesis).

docs/log/performance.md, "Session of 2026-12-05, after noon": patterns that no literal or class opened (a look-ahead, a
look-behind, `\\b`) were tried by sre at every place of a lead. The day a lead's first sentence gives its news
(eventdays._DAY) and a lead's background days ("last week", "two days ago": followups._BACKGROUND) now open with a
look-ahead of the letters every form opens with; the place runs (wherenames._RUN)
look behind after their first capital; spelled numbers (numberwords) and the writer credits' "spotted by"
(credit_writers._FOUND_BY) are tried only where one of their opening words begins a word (findspans.word_starts,
matches_at). Each is compared here with the form before, kept as the reference.
"""
from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse import credit_writers, eventdays, followups, numberwords, wherenames
from briefgen.analyse.findspans import matches_at, word_starts

SETTINGS = settings(max_examples=examples(400), deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Odd characters that sre's re.IGNORECASE matches with an ASCII letter ("İ", "ı", "ſ", the Kelvin sign), other
# letters and digits before a word, joiners, white space of several kinds.
ODD = ["İ", "ı", "ſ", "\u212a", "é", "Ω", "東", "_", "9", "-", "’", "'", ".", ",", " ", "  ", "\t", "\n", "\u00a0",
       "\u3000", "“", "(", ":", "x", "X"]


def pieces_text(words: list[str]) -> st.SearchStrategy[str]:
    """Texts joined from `words`, their capitalised and upper-case forms and ODD, or any text."""
    every = sorted({*words, *(w.capitalize() for w in words), *(w.upper() for w in words), *ODD})
    return st.one_of(st.lists(st.sampled_from(every), max_size=50).map("".join), st.text(max_size=120))


def before_day() -> re.Pattern[str]:
    """eventdays._DAY without its opening look-ahead: the form before 2026-12-05 (after noon)."""
    guard = "(?=\\b[oleimtwfsy])(?:"
    assert eventdays._DAY.pattern.startswith(guard) and eventdays._DAY.pattern.endswith(")")
    return re.compile(eventdays._DAY.pattern[len(guard):-1], eventdays._DAY.flags)


DAY_WORDS = ["on", "late", "early", "earlier", "later", "in the early hours of", "in the small hours", "last night",
             "yesterday", "yesterday morning", "today", "this morning", "tonight", "overnight", "overnight ferry",
             "since", "until", "next", "a", "every", "Thursday", "Friday night", "monday", "4", "12th", "November",
             "Sept.", "of", "the", "'s", "said", " "]


@SETTINGS
@given(pieces_text(DAY_WORDS))
@example("Ferries were cancelled late on Thursday, June 1 after overnight ferry trouble; since Friday night")
@example("ſunday morning and İn the early hours of Tuesday, on \u212aay 4")
def test_the_day_of_a_lead_is_found_as_before(text: str) -> None:
    before = before_day()
    assert [(m.span(), m.groupdict()) for m in eventdays._DAY.finditer(text)] == \
        [(m.span(), m.groupdict()) for m in before.finditer(text)]


NUMBER_WORDS = ["one", "two", "three", "nine", "ten", "twelve", "nineteen", "twenty", "forty", "ninety", "hundred",
                "thousand", "and", "-", " ", "often", "someone", "tent", "first", "eighth", "th", "Rivers", ". ", "\n"]


@SETTINGS
@given(pieces_text(NUMBER_WORDS))
@example("Three hundred and twelve operations; forty-eight-hour strike; someone often tent twenty-first")
@example("ſix hundred and ſeventy, İn twenty two, ninety-nine thousand, nine hundred and ninety-nine")
def test_spelled_numbers_are_written_in_digits_as_before(text: str) -> None:
    assert numberwords.numbers_as_digits(text) == numberwords._NUMBER.sub(numberwords._digits, text)


BEFORE_RUN = re.compile(f"(?<![{wherenames.WORD_CHARS}])(?<![{wherenames.WORD_CHARS}][{wherenames._JOIN}])"
                        f"{wherenames._CAPITALISED}(?:[ \\t]{wherenames._CAPITALISED})*")


@SETTINGS
@given(pieces_text(["Merthyr", "Tydfil", "the", "O'Neill", "x-Ray", "St.", "Ünal", "in", "Liepaja", "a"]))
@example("near Treforest, Abercynon or Mountain Ash; x-Ray O’Neill-Smith\tCourt 9Ab _Cd é-Fg")
def test_place_runs_are_found_as_before(text: str) -> None:
    assert [m.span() for m in wherenames._RUN.finditer(text)] == [m.span() for m in BEFORE_RUN.finditer(text)]


@SETTINGS
@given(pieces_text(["first", "spotted", "reported", "found", "unreported", "by", "the", "blog", "firstly", "\n"]))
@example("first spotted by researchers; unreported by X; first  first reported by Y; foundby; _found by Z")
def test_finding_credits_are_found_as_before(text: str) -> None:
    found = matches_at(credit_writers._FOUND_BY, text, word_starts(text, credit_writers._OPENERS))
    assert [m.span() for m in found] == [m.span() for m in credit_writers._FOUND_BY.finditer(text)]


def test_lower_case_reads_every_character_as_ignorecase_does_but_four():
    """numberwords finds its opening words in the text in lower case: the characters re.IGNORECASE matches with an
    ASCII letter are the letters themselves and four others, of which only "İ" lowers to more than one character."""
    letter = re.compile("[a-z]", re.IGNORECASE)
    others = [c for c in map(chr, range(0x80, 0x110000)) if letter.fullmatch(c)]
    assert others == ["\u0130", "\u0131", "\u017f", "\u212a"]
    assert [c for c in map(chr, range(0x110000)) if len(c.lower()) != 1] == ["\u0130"]
    assert "\u212a".lower() == "k" and "k" not in "".join(numberwords._STARTS)


def test_a_number_spelled_with_a_letter_ignorecase_folds_is_left_as_written():
    """"ſix hundred and twelve": re.IGNORECASE matched the long s with "s", and the number's value was looked up in
    lower case ("ſix"): KeyError, a traceback in any build of such an article (found by the property above)."""
    from briefgen.analyse.storyfeatures import story_features
    assert numberwords.numbers_as_digits("Some ſix hundred and twelve staff") == "Some ſix hundred and twelve staff"
    assert numberwords.numbers_as_digits("Some six hundred and twelve staff") == "Some 612 staff"
    assert story_features("ſeventy-two jobs go", "About ſix hundred and twelve staff were told on Monday.").terms


def before_background() -> re.Pattern[str]:
    """followups._BACKGROUND as it was before 2026-12-05 (after noon): its look-behinds and `\\b` first."""
    guard = "(?=\\b[ltfsen\\d])(?<!since )(?<!until )(?<!from )"
    assert followups._BACKGROUND.pattern.startswith(guard)
    return re.compile("(?<!since )(?<!until )(?<!from )\\b" + followups._BACKGROUND.pattern[len(guard):],
                      followups._BACKGROUND.flags)


@SETTINGS
@given(pieces_text(["last", "week", "month", "two", "ten", "12", "٣", "days", "weeks", "ago", "since", "until",
                    "from", "The council voted", "  ", "a"]))
@example("The council voted last week; since two weeks ago, from 12 days ago, ſix days ago, ٣ days ago, LAST  MONTH")
def test_background_days_are_found_as_before(text: str) -> None:
    before = before_background()
    assert [(m.span(), m.groupdict()) for m in followups._BACKGROUND.finditer(text)] == \
        [(m.span(), m.groupdict()) for m in before.finditer(text)]

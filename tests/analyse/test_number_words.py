"""Numbers written in words are the same story term as the digits (`analyse/numberwords.py`, 2026-12-04).

The reported input: a trial's Radio Vellmoor report of a nurses' strike wrote "three hundred and twelve non-urgent
procedures", the two other reports of the day "312 planned operations" and "one of 312 patients": the figure was no
term they shared. The kind: any exact cardinal from ten to 999,999 spelled in English words (with or without "and",
hyphenated or not), read by the story features only.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.numberwords import numbers_as_digits
from briefgen.analyse.stories import story_features

UNITS = "zero one two three four five six seven eight nine".split()
TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def below_100(n: int, hyphen: str) -> str:
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + (f"{hyphen}{UNITS[n % 10]}" if n % 10 else "")


def below_1000(n: int, hyphen: str, joined: bool) -> str:
    if n < 100:
        return below_100(n, hyphen)
    rest = n % 100
    return f"{UNITS[n // 100]} hundred" + (f"{' and' if joined else ''} {below_100(rest, hyphen)}" if rest else "")


def spelled(n: int, hyphen: str = "-", joined: bool = True) -> str:
    """English words for 0 < n < 1,000,000, British style ("and") when `joined`."""
    if n < 1000:
        return below_1000(n, hyphen, joined)
    rest = n % 1000
    head = f"{below_1000(n // 1000, hyphen, joined)} thousand"
    if not rest:
        return head
    return f"{head}{' and' if joined and rest < 100 else ''} {below_1000(rest, hyphen, joined)}"


@pytest.mark.parametrize("text, expected", [
    ("A spokesperson said three hundred and twelve non-urgent procedures had been rescheduled.",
     "A spokesperson said 312 non-urgent procedures had been rescheduled."),
    ("Three hundred and twelve operations were postponed.", "312 operations were postponed."),
    ("The forty-eight-hour strike ended.", "The 48-hour strike ended."),
    ("More than two hundred nurses gathered.", "More than 200 nurses gathered."),
    ("It will cost one thousand four hundred jobs.", "It will cost 1400 jobs."),
    ("Forty senior doctors signed.", "40 senior doctors signed."),
    ("About a hundred people came.", "About a hundred people came."),  # no exact number
    ("A dozen shops shut, and hundreds of people left; tens of thousands watched.",
     "A dozen shops shut, and hundreds of people left; tens of thousands watched."),
    ("Two nurses and nine porters walked out.", "Two nurses and nine porters walked out."),  # under ten
    ("In the twenty-first century, it said.", "In the twenty-first century, it said."),  # an ordinal
    ("Walkers reached the Twelve Apostles on Monday.", "Walkers reached the Twelve Apostles on Monday."),  # a name
    ("No number here.", "No number here."),
])
def test_the_written_numbers(text: str, expected: str) -> None:
    assert numbers_as_digits(text) == expected


@settings(max_examples=examples(300), deadline=None)
@given(st.integers(10, 999_999), st.sampled_from(["-", " "]), st.booleans(), st.booleans())
def test_every_spelled_number_is_its_digits(n: int, hyphen: str, joined: bool, opening: bool) -> None:
    words = spelled(n, hyphen, joined)
    if opening:
        assert numbers_as_digits(f"{words[0].upper()}{words[1:]} patients were moved.") == f"{n} patients were moved."
    else:
        assert numbers_as_digits(f"The trust said {words} patients were moved.") == f"The trust said {n} patients were moved."


@settings(max_examples=examples(60), deadline=None)
@given(st.integers(10, 99_999))
def test_the_story_terms_of_words_and_digits_meet(n: int) -> None:
    in_words = story_features("Nurses strike", f"The trust said {spelled(n)} operations had been postponed.")
    in_digits = story_features("Nurses strike", f"The hospitals said {n:,} planned operations were postponed.")
    assert str(n) in in_words.term_list() and str(n) in in_digits.term_list()


def test_the_reported_strike_reports_share_the_figure() -> None:
    radio = story_features("Nurses walk out at both Vellmoor hospitals",
                           "A spokesperson for Vellmoor Health Trust said three hundred and twelve non-urgent "
                           "procedures had been rescheduled.")
    courier = story_features("Hundreds of nurses join picket lines as Vellmoor strike begins",
                             "The hospitals said 312 planned operations and clinics had been postponed.")
    assert "312" in radio.term_list() and "312" in courier.term_list()
    assert "hundred" not in radio.term_list()

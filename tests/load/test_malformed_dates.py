"""A date written with numbers of other lengths, or with something after it that is no time of day, is
refused with the reason and what to write (realdates.why_malformed, through fields.Fields.moment).

A trial's `published: 2023-05-010` was only "is not a real date: 2023-05-010", though docs/peer-bugs.md
row 2 says such dates get the part that is wrong and the fix. The property draws each part of an RFC 3339
date and time with too few or too many digits, offsets written short or after a space, and junk after the
date or the time: every one refused says why and gives an address-like fix that reads, or the example.
"""
from __future__ import annotations

import datetime as dt
import re

from hypothesis import example, given, settings, strategies as st

from support.examples import examples
from support.hostile import article

EXAMPLE = "2023-05-08T14:30:00+03:00"


def _digits(value: int, width: int) -> st.SearchStrategy[str]:
    return st.sampled_from([str(value), f"{value:0{width}d}", f"{value:0{width + 1}d}"])


@st.composite
def malformed(draw: st.DrawFn) -> str:
    text = "-".join((draw(st.sampled_from(["2023", "23", "02023"])), draw(_digits(draw(st.integers(1, 12)), 2)),
                     draw(_digits(draw(st.integers(1, 28)), 2))))
    rest = draw(st.sampled_from(["", "time", ",", "x", " 10am", "T"]))
    if rest == "time":
        rest = draw(st.sampled_from("T ")) + draw(_digits(draw(st.integers(0, 23)), 2)) + ":" + \
            draw(_digits(draw(st.integers(0, 59)), 2)) + draw(st.sampled_from(["", ":00", ":5"])) + \
            draw(st.sampled_from(["", "Z", "+03:00", "+3", " +03:00", "+0300", "-5", " EEST!", "+3:00"]))
    return text + rest


def _published(value: str) -> list[str]:
    _, problems = article(f"---\ntitle: T\nsource: S\npublished: '{value}'\n---\nBody.\n")
    return [p for p in problems if '"published"' in p]


@settings(max_examples=examples(120), deadline=None)
@given(malformed())
@example("2023-05-010")  # the trial's
def test_a_malformed_date_says_why_and_what_to_write(text: str) -> None:
    problems = _published(text)
    if not problems:  # (read: Python's ISO 8601 reading takes it)
        return
    assert len(problems) == 1, problems
    message = problems[0]
    assert re.search(r"\((?:the|hours|an offset|after|there is)[^)]*\)|; write \d", message), message
    fix = re.search(r"write (\S+?)\)?$", message) or re.search(r"write (\S+?)(?: if|\))", message)
    assert fix is not None or f"like {EXAMPLE}" in message, message
    if fix is not None and fix.group(1) != "it":
        written = fix.group(1)
        assert not _published(written), (text, written)  # the fix offered is a date that reads


def test_the_reported_date() -> None:
    assert _published("2023-05-010") == [
        'content/articles/a.md:4: "published" is not a real date: 2023-05-010 (the day has 3 digits, 010: a date '
        "is written year-month-day with 4, 2 and 2 digits; write 2023-05-10)"]
    assert dt.date.fromisoformat("2023-05-10")

"""Durations in words: one helper (briefgen/durations.py) for story pages, `feeds` and warnings.

A tester (2026-12-05): a story of two reports an hour apart said "They were published within 0.0
days of each other" (days to one decimal, rounded down to nothing). The story page, `feeds`'
"last success … ago" and the warnings of far dates each had their own arithmetic ("12 min", "5 h",
"1 days"). Checked: any pair of moments is worded by the grammar below, the number is a true bound
("within N units" holds, and is the least such count), the nearest rounding is within half a unit;
and on a built site, an hour apart and a date-only pair of the same day.
"""
from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path

from hypothesis import given, settings, strategies as st
from support.examples import examples
from support.sites import write_site

from briefgen.build import BuildOptions, build
from briefgen.durations import apart_words, duration_words

UNITS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "year": 365 * 86400}
AMOUNT = re.compile(r"(?P<n>[0-9]+) (?P<unit>second|minute|hour|day|year)(?P<s>s?)")
APART = re.compile(r"at the same time|on the same day|within a minute of each other|within (?P<amount>.+) of each other")
MOMENTS = st.datetimes(min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2100, 1, 1),
                       timezones=st.just(dt.timezone.utc))


def parsed(words: str) -> tuple[int, int]:
    """(count, seconds in a unit) of "3 hours", checking the plural."""
    found = AMOUNT.fullmatch(words)
    assert found, words
    count = int(found["n"])
    assert (found["s"] == "") == (count == 1), words
    return count, UNITS[found["unit"]]


@settings(max_examples=examples(200), deadline=None, database=None)
@given(first=MOMENTS, last=MOMENTS)
def test_any_pair_of_moments_is_worded_as_a_true_bound(first: dt.datetime, last: dt.datetime) -> None:
    seconds = abs((last - first).total_seconds())
    said = apart_words(first, last, timed=True)
    found = APART.fullmatch(said)
    assert found, said
    if found["amount"]:
        count, unit = parsed(found["amount"])
        assert count >= 2 or unit == 1, said  # no "within 1 day": a smaller unit says it
        if unit < UNITS["year"]:
            assert (count - 1) * unit < seconds <= count * unit + 1e-6, (said, seconds)
    else:
        assert seconds < 60 and (said != "at the same time" or seconds == 0), (said, seconds)
    days = abs((last.date() - first.date()).days)
    dated = apart_words(first, last, timed=False)
    assert dated == ("on the same day" if days == 0 else f"within {days} day{'s' if days != 1 else ''} of each other")


@settings(max_examples=examples(200), deadline=None, database=None)
@given(seconds=st.floats(min_value=0, max_value=200 * 365 * 86400.0))
def test_a_duration_is_the_nearest_count_of_a_readable_unit(seconds: float) -> None:
    count, unit = parsed(duration_words(seconds))
    if unit == UNITS["year"]:
        assert count * unit <= seconds < (count + 1) * unit
    else:
        assert abs(count * unit - seconds) <= unit / 2 + 1e-6, (seconds, count, unit)
    assert "0." not in duration_words(seconds)


def _article(source: str, when: str, title: str, story: str) -> str:
    return (f"---\ntitle: {title}\nsource: {source}\npublished: {when}\nstory: {story}\n---\n"
            "The ferry to Lornholm was cancelled after a storm damaged the pier.\n")


SITE = {
    "config.yaml": "title: Ferries\nbase_url: https://example.org/f/\ntimezone: UTC\n"
                   "topics:\n  - id: ferries\n    title: Ferries\n    keywords: [ferry]\n",
    "content/articles/a-ferry.md": _article("Example Times", "2026-11-05T10:00:00Z", "Ferry cancelled", "ferry"),
    "content/articles/b-ferry.md": _article("Other Post", "2026-11-05T11:00:00Z", "No ferry today", "ferry"),
    "content/articles/c-pier.md": _article("Example Times", "2026-11-03", "Pier damaged", "pier"),
    "content/articles/d-pier.md": _article("Other Post", "2026-11-03", "Storm hits pier", "pier"),
}


def _why(output: Path, story: str) -> str:
    page = (output / "stories" / story / "index.html").read_text(encoding="utf-8")
    section = re.search(r'<section class="coverage__why".*?</section>', page, re.S)
    assert section, story
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", section.group(0)))).strip()


def test_a_story_page_words_an_hour_and_a_day(tmp_path: Path) -> None:
    result = build(write_site(tmp_path, SITE) / "config.yaml", BuildOptions(jobs=1))
    assert result.ok, [str(d) for d in result.diagnostics]
    assert "published within 60 minutes of each other" in _why(result.output_dir, "ferry")
    assert "published on the same day" in _why(result.output_dir, "pier")
    assert "0.0" not in _why(result.output_dir, "ferry")

"""A date that looks like one but is no moment is named with the part that is wrong and what to write.

Peers' reports: Hugo issues 10717 and 12898 (a date such as 2023-02-010 or a boolean under a date key
was refused without naming the part or the fix). Here `2023-04-31`, `2016-12-31T23:59:60Z` (a leap
second, which RFC 3339 allows), `2023-05-08T24:00:00` (ISO 8601's end of day) and `2023-31-04` (day
and month swapped) were all only "not a real date", which said neither which part nor what to write.
"""
from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import example, given, strategies as st

from briefgen.load.fields import parse_moment
from briefgen.load.realdates import why_not_real, written_in_words, written_otherwise
from support.sites import MINIMAL_SITE, run_cli, write_site

KYIV = ZoneInfo("Europe/Kyiv")


@st.composite
def date_like(draw: st.DrawFn) -> str:
    """Text shaped like an RFC 3339 / ISO 8601 date, with each part drawn past its range too."""
    text = f"{draw(st.integers(1000, 9000)):04d}-{draw(st.integers(0, 19)):02d}-{draw(st.integers(0, 39)):02d}"
    if draw(st.booleans()):
        text += draw(st.sampled_from("T ")) + f"{draw(st.integers(0, 29)):02d}:{draw(st.integers(0, 69)):02d}"
        if draw(st.booleans()):
            text += f":{draw(st.integers(0, 69)):02d}"
        if draw(st.booleans()):
            text += draw(st.sampled_from("+-")) + f"{draw(st.integers(0, 29)):02d}:{draw(st.integers(0, 59)):02d}"
    return text


@given(date_like())
@example("2023-04-31")
@example("2016-12-31T23:59:60Z")
@example("2023-05-08T24:00:00")
@example("2023-31-04")
@example("2023-02-29")
def test_every_refused_date_has_a_reason_and_every_read_one_none(text: str) -> None:
    reason = why_not_real(text)
    assert (parse_moment(text, KYIV) is None) == bool(reason), (text, reason)
    if "; write " in reason:  # the day and month swapped back make a real date
        suggested = reason.split("; write ")[1].split(" ")[0]
        assert parse_moment(suggested, KYIV) is not None


@given(st.dates(dt.date(1000, 1, 1), dt.date(9000, 12, 31)))
def test_real_dates_have_no_reason(day: dt.date) -> None:
    assert why_not_real(day.isoformat()) == "" and why_not_real(f"{day.isoformat()}T23:59:59+14:00") == ""


@pytest.mark.parametrize("value, reason", [
    ("2023-04-31", "April 2023 has 30 days: check the day"),
    ("2023-02-29", "February 2023 has 28 days; 2023 is not a leap year: check the day"),
    ("2023-31-04", "there is no month 31: dates are written year-month-day, as in 2023-05-08"),
    ("2023-13-04", "there is no month 13: dates are written year-month-day, as in 2023-05-08; write 2023-04-13 if "
                   "that is the day"),
    ("2023-05-08T24:00:00", "24:00, the end of the day, is written as 00:00 of the next day"),
    ("2016-12-31T23:59:60Z", "a leap second, :60, cannot be dated here: write :59"),
    ("2023-05-08T10:00:00+25:00", "an offset from UTC is at most 23:59 hours, as in +03:00 or -05:00: check the offset"),
])
def test_the_reported_dates_through_the_cli(tmp_path, value: str, reason: str) -> None:
    root = write_site(tmp_path, dict(MINIMAL_SITE, **{"content/articles/first-report.md": MINIMAL_SITE[
        "content/articles/first-report.md"].replace("2023-05-10T09:00:00+03:00", value)}))
    result = run_cli(["check"], cwd=root)
    assert result.returncode == 1
    assert f'content/articles/first-report.md:4: "published" is not a real date: {value} ({reason})\n' in result.stderr


_FORMS = ("{d} {month} {y}", "{d} {mon}. {y}", "{month} {d}, {y}", "{mon} {d} {y}", "{weekday}, {d}th {mon} {y}",
          "{weekday} {month} {d}, {y}")


@given(st.dates(dt.date(1000, 1, 1), dt.date(9000, 12, 31)), st.sampled_from(_FORMS))
@example(dt.date(2026, 11, 27), "{d} {month} {y}")  # a new editor's `published: 27 November 2026`
def test_a_date_in_words_is_refused_with_the_date_to_write(day: dt.date, form: str) -> None:
    text = form.format(d=day.day, month=day.strftime("%B"), mon=day.strftime("%b"), y=f"{day.year:04d}",
                       weekday=day.strftime("%A"))
    assert parse_moment(text, KYIV) is None
    assert written_in_words(text) == f"; write {day.isoformat()}"
    assert parse_moment(day.isoformat(), KYIV)[0].date() == day


@given(st.integers(1000, 9000), st.integers(1, 12), st.integers(29, 39))
def test_a_day_the_month_does_not_have_gets_no_date_to_write(year: int, month: int, day: int) -> None:
    text = f"{day} {dt.date(2000, month, 1).strftime('%B')} {year}"
    real = day <= (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
    assert written_in_words(text) == (f"; write {year:04d}-{month:02d}-{day:02d}" if real else "")


def test_the_reported_date_in_words_is_answered_with_the_date_to_write(tmp_path) -> None:
    article = MINIMAL_SITE["content/articles/first-report.md"].replace(
        "published: 2023-05-10T09:00:00+03:00", "published: 27 November 2026")
    write_site(tmp_path, {**MINIMAL_SITE, "content/articles/first-report.md": article})
    result = run_cli(["check"], tmp_path)
    assert result.returncode == 1
    assert ('content/articles/first-report.md:4: "published" must be a date like 2023-05-08 or '
            '2023-05-08T14:30:00+03:00, got "27 November 2026"; write 2026-11-27') in result.stderr


_NUMERIC = ("{y}/{m:02d}/{d:02d}", "{y}/{m}/{d}", "{y}.{m:02d}.{d:02d}", "{y}-{m}-{d}", "{d:02d}.{m:02d}.{y}",
            "{d}. {m}. {y}")


@given(st.dates(dt.date(1000, 1, 1), dt.date(9000, 12, 31)), st.sampled_from(_NUMERIC))
@example(dt.date(2026, 10, 5), "{y}/{m:02d}/{d:02d}")  # a new editor's `published: 2026/10/05`
@example(dt.date(2026, 1, 5), "{y}-{m}-{d}")
def test_a_date_written_with_other_numbers_is_refused_with_the_date_to_write(day: dt.date, form: str) -> None:
    text = form.format(d=day.day, m=day.month, y=f"{day.year:04d}")
    if text == day.isoformat():
        return  # ("{y}-{m}-{d}" of a two-digit month and day is the date itself)
    assert parse_moment(text, KYIV) is None
    assert written_otherwise(text) == f"; write {day.isoformat()}"


@given(st.integers(1000, 9000), st.integers(1, 31), st.integers(1, 31), st.sampled_from("/-"))
def test_a_slashed_date_is_answered_with_each_day_it_can_be(year: int, a: int, b: int, mark: str) -> None:
    def real(month: int, day: int) -> str:
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            return ""
    readings = list(dict.fromkeys(filter(None, (real(b, a), real(a, b)))))
    said = written_otherwise(f"{a:02d}{mark}{b:02d}{mark}{year:04d}")
    assert said == ("" if not readings else f"; write {readings[0]}" if len(readings) == 1 else
                    f"; write {readings[0]} if the day comes first, {readings[1]} if the month does")


def test_the_reported_numeric_date_is_answered_with_the_date_to_write(tmp_path) -> None:
    article = MINIMAL_SITE["content/articles/first-report.md"].replace(
        "published: 2023-05-10T09:00:00+03:00", "published: 2026/10/05")
    write_site(tmp_path, {**MINIMAL_SITE, "content/articles/first-report.md": article})
    result = run_cli(["check"], tmp_path)
    assert result.returncode == 1
    assert ('content/articles/first-report.md:4: "published" must be a date like 2023-05-08 or '
            '2023-05-08T14:30:00+03:00, got "2026/10/05"; write 2026-10-05\n') in result.stderr

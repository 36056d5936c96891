"""Unit tests of edition periods (`briefgen.editions`): moment → edition id → period, titles, spans."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from briefgen.site.editions import Period, date_range, edition_id, long_date, period

UTC = ZoneInfo("UTC")
KYIV = ZoneInfo("Europe/Kyiv")
NEW_YORK = ZoneInfo("America/New_York")


def at(*args: int, tz: dt.tzinfo = UTC) -> dt.datetime:
    return dt.datetime(*args, tzinfo=tz)


# --- ISO weeks ---------------------------------------------------------------------------


@pytest.mark.parametrize("day, expected", [
    (dt.date(2023, 1, 1), "2022-W52"),   # a Sunday: still the last ISO week of 2022
    (dt.date(2023, 1, 2), "2023-W01"),
    (dt.date(2024, 12, 30), "2025-W01"),  # a Monday in December that starts 2025's first week
    (dt.date(2021, 1, 3), "2020-W53"),    # 2020 has 53 ISO weeks
    (dt.date(2023, 5, 8), "2023-W19"),
    (dt.date(2023, 5, 14), "2023-W19"),   # Sunday closes the week
    (dt.date(2023, 5, 15), "2023-W20"),
])
def test_weekly_edition_is_the_iso_week(day: dt.date, expected: str) -> None:
    assert edition_id(at(day.year, day.month, day.day, 12), "weekly", UTC) == expected


def test_weekly_is_the_default_for_unknown_edition_names() -> None:
    assert edition_id(at(2023, 1, 1, 12), "fortnightly", UTC) == "2022-W52"


def test_week_across_the_year_boundary_has_the_right_span() -> None:
    p = period("2022-W52", "weekly")
    assert p == Period("2022-W52", "Week 52, 2022", dt.date(2022, 12, 26), dt.date(2023, 1, 1))
    assert p.span == "26 December 2022 \u2013 1 January 2023"


def test_week_53_and_week_1_periods() -> None:
    assert period("2020-W53", "weekly") == Period("2020-W53", "Week 53, 2020", dt.date(2020, 12, 28),
                                                  dt.date(2021, 1, 3))
    assert period("2025-W01", "weekly") == Period("2025-W01", "Week 1, 2025", dt.date(2024, 12, 30),
                                                  dt.date(2025, 1, 5))


def test_edition_ids_sort_in_time_order() -> None:
    days = [dt.date(2023, 3, 6) + dt.timedelta(weeks=n) for n in range(12)]
    ids = [edition_id(at(d.year, d.month, d.day), "weekly", UTC) for d in days]
    assert ids == sorted(ids)
    assert ids[0] == "2023-W10" and ids[-1] == "2023-W21"


# --- timezone --------------------------------------------------------------------------------


def test_late_utc_time_falls_into_the_next_day_and_week_in_kyiv() -> None:
    moment = at(2023, 5, 14, 22, 30)  # Sunday 22:30 UTC = Monday 01:30 in Kyiv (UTC+3)
    assert edition_id(moment, "weekly", UTC) == "2023-W19"
    assert edition_id(moment, "weekly", KYIV) == "2023-W20"
    assert edition_id(moment, "daily", UTC) == "2023-05-14"
    assert edition_id(moment, "daily", KYIV) == "2023-05-15"


def test_late_utc_time_on_the_last_of_the_month_is_next_month_in_kyiv() -> None:
    moment = at(2023, 5, 31, 21, 0)  # 00:00 on 1 June in Kyiv
    assert edition_id(moment, "monthly", UTC) == "2023-05"
    assert edition_id(moment, "monthly", KYIV) == "2023-06"


def test_early_utc_time_is_the_previous_day_in_new_york() -> None:
    moment = at(2023, 1, 2, 3, 0)  # Sunday 1 January 22:00 in New York
    assert edition_id(moment, "daily", NEW_YORK) == "2023-01-01"
    assert edition_id(moment, "weekly", NEW_YORK) == "2022-W52"


def test_moment_written_with_its_own_offset_is_converted() -> None:
    moment = dt.datetime(2023, 5, 15, 0, 30, tzinfo=dt.timezone(dt.timedelta(hours=2)))  # 22:30 UTC Sunday
    assert edition_id(moment, "daily", UTC) == "2023-05-14"
    assert edition_id(moment, "daily", KYIV) == "2023-05-15"


# --- daily and monthly ------------------------------------------------------------------------


def test_daily_period() -> None:
    p = period("2023-05-08", "daily")
    assert p == Period("2023-05-08", "8 May 2023", dt.date(2023, 5, 8), dt.date(2023, 5, 8))
    assert p.span == "8 May 2023"


@pytest.mark.parametrize("key, title, start, end", [
    ("2023-02", "February 2023", dt.date(2023, 2, 1), dt.date(2023, 2, 28)),
    ("2024-02", "February 2024", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
    ("2023-12", "December 2023", dt.date(2023, 12, 1), dt.date(2023, 12, 31)),
    ("2023-04", "April 2023", dt.date(2023, 4, 1), dt.date(2023, 4, 30)),
])
def test_monthly_period(key: str, title: str, start: dt.date, end: dt.date) -> None:
    assert period(key, "monthly") == Period(key, title, start, end)


def test_monthly_edition_id_is_zero_padded() -> None:
    assert edition_id(at(2023, 3, 9), "monthly", UTC) == "2023-03"
    assert edition_id(at(2023, 3, 9), "daily", UTC) == "2023-03-09"
    assert edition_id(at(2023, 3, 9), "weekly", UTC) == "2023-W10"


@pytest.mark.parametrize("edition", ["daily", "weekly", "monthly"])
def test_every_moment_lies_inside_its_period(edition: str) -> None:
    for days in range(0, 800, 13):
        moment = at(2022, 11, 20, 23, 59) + dt.timedelta(days=days)
        p = period(edition_id(moment, edition, KYIV), edition)
        assert p.start <= moment.astimezone(KYIV).date() <= p.end, (moment, p)


# --- date formats ----------------------------------------------------------------------------


@pytest.mark.parametrize("start, end, text", [
    (dt.date(2023, 5, 8), dt.date(2023, 5, 8), "8 May 2023"),
    (dt.date(2023, 5, 8), dt.date(2023, 5, 14), "8\u201314 May 2023"),
    (dt.date(2023, 5, 29), dt.date(2023, 6, 4), "29 May \u2013 4 June 2023"),
    (dt.date(2022, 12, 26), dt.date(2023, 1, 1), "26 December 2022 \u2013 1 January 2023"),
])
def test_date_range_formats(start: dt.date, end: dt.date, text: str) -> None:
    assert date_range(start, end) == text


def test_long_date_has_no_leading_zero() -> None:
    assert long_date(dt.date(2023, 3, 1)) == "1 March 2023"

"""Editions: which period (day, ISO week or month, in the site timezone) a moment belongs to.

Pure functions from a datetime to an edition id and back to its dates and title, so
that the site model can group articles and notes with one dictionary pass.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")


@dataclass(frozen=True, slots=True)
class Period:
    id: str  # 2023-W19, 2023-05-08 or 2023-05
    title: str  # "Week 19, 2023"
    start: dt.date
    end: dt.date  # inclusive

    @property
    def span(self) -> str:
        return date_range(self.start, self.end)


def edition_id(moment: dt.datetime, edition: str, tz: ZoneInfo) -> str:
    local = moment.astimezone(tz).date()
    if edition == "daily":
        return local.isoformat()
    if edition == "monthly":
        return f"{local.year:04d}-{local.month:02d}"
    year, week, _ = local.isocalendar()
    return f"{year:04d}-W{week:02d}"


def period(edition_key: str, edition: str) -> Period:
    if edition == "daily":
        day = dt.date.fromisoformat(edition_key)
        return Period(edition_key, long_date(day), day, day)
    if edition == "monthly":
        year, month = int(edition_key[:4]), int(edition_key[5:7])
        start = dt.date(year, month, 1)
        end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        return Period(edition_key, f"{MONTHS[month - 1]} {year}", start, end)
    year, week = int(edition_key[:4]), int(edition_key[6:8])
    start = dt.date.fromisocalendar(year, week, 1)
    return Period(edition_key, f"Week {week}, {year}", start, start + dt.timedelta(days=6))


def long_date(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def date_range(start: dt.date, end: dt.date) -> str:
    """'8–14 May 2023', '29 May – 4 June 2023', '26 December 2022 – 1 January 2023'."""
    if start == end:
        return long_date(start)
    if start.year != end.year:
        return f"{long_date(start)} \u2013 {long_date(end)}"
    if start.month != end.month:
        return f"{start.day} {MONTHS[start.month - 1]} \u2013 {long_date(end)}"
    return f"{start.day}\u2013{end.day} {MONTHS[end.month - 1]} {end.year}"

"""Dates in page fingerprints (`speed.fingerprint`): a fixed-offset time zone is reduced by its repr (offset and
name) rather than by pickle's own reduction (2026-12-05, a speed change: ~20,000 dates of a 10,000-article site
went through copyreg in Python). The digest must still tell every date, offset and zone name apart, and equal
values made apart must still digest alike, in fresh fingerprinters as two builds have."""
from __future__ import annotations

import datetime as dt
import zoneinfo

from hypothesis import given, settings, strategies as st

from briefgen.speed.fingerprint import Fingerprinter

OFFSETS = st.integers(min_value=-23 * 60, max_value=23 * 60).map(lambda minutes: dt.timedelta(minutes=minutes))
NAMES = st.one_of(st.none(), st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ+-0123456789", min_size=1, max_size=6))
ZONES = st.one_of(st.builds(lambda offset, name: dt.timezone(offset) if name is None else dt.timezone(offset, name),
                            OFFSETS, NAMES),
                  st.sampled_from([dt.timezone.utc, zoneinfo.ZoneInfo("Europe/Kyiv"), zoneinfo.ZoneInfo("UTC")]))
DATES = st.builds(lambda when, zone, fold: when.replace(tzinfo=zone, fold=fold),
                  st.datetimes(min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2040, 1, 1)), ZONES,
                  st.integers(0, 1))


def _copy(value: dt.datetime) -> dt.datetime:
    """An equal datetime made apart (a new object, a new time zone object when it has a fixed offset)."""
    zone = value.tzinfo
    if isinstance(zone, dt.timezone) and zone is not dt.timezone.utc:
        name = zone.tzname(None)
        made = dt.timezone(zone.utcoffset(None))
        zone = made if made.tzname(None) == name else dt.timezone(zone.utcoffset(None), name)
    return dt.datetime(value.year, value.month, value.day, value.hour, value.minute, value.second, value.microsecond,
                       zone, fold=value.fold)


def _print(*values: object) -> str:
    return Fingerprinter.once(("dates", values))


@settings(max_examples=300, deadline=None)
@given(DATES, DATES)
def test_dates_digest_alike_exactly_when_they_show_alike(one: dt.datetime, other: dt.datetime) -> None:
    same = (one.replace(tzinfo=None) == other.replace(tzinfo=None) and one.fold == other.fold
            and repr(one.tzinfo) == repr(other.tzinfo))
    assert (_print(one) == _print(other)) == same


@settings(max_examples=200, deadline=None)
@given(DATES)
def test_a_date_made_apart_digests_alike(when: dt.datetime) -> None:
    assert _print(when, when.tzinfo) == _print(_copy(when), _copy(when).tzinfo)


def test_named_and_unnamed_zones_of_one_offset_differ() -> None:
    """`timezone(+2h)` and `timezone(+2h, "EET")` are equal to Python but print other names (`%Z`)."""
    plain, named = dt.timezone(dt.timedelta(hours=2)), dt.timezone(dt.timedelta(hours=2), "EET")
    assert plain == named
    assert _print(dt.datetime(2023, 5, 1, tzinfo=plain)) != _print(dt.datetime(2023, 5, 1, tzinfo=named))
    assert _print(plain) != _print(named)

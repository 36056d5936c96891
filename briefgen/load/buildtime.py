"""SOURCE_DATE_EPOCH: the moment a reproducible build is made for (the feeds' lastBuildDate, and
"now" for content dated in the future).

The variable is whole seconds since 1970-01-01 00:00 UTC in ASCII digits, as `date +%s` prints
them (reproducible-builds.org/specs/source-date-epoch). A value briefgen cannot use — not such a
number ("yesterday", "1.5", "-5", "١٧٠٠٠٠٠٠٠٠"), or beyond the years briefgen handles — was ignored
without a word, so the build was silently not reproducible; and "99999999999999" stopped every
build, check and serve with "unexpected error: ValueError: year 3170843 is out of range". It is
still ignored (the build goes on as without it), with a warning saying so.
"""
from __future__ import annotations

import datetime as dt
import os

from briefgen.diagnostics import Diagnostic, warning

VARIABLE = "SOURCE_DATE_EPOCH"
LAST = dt.datetime(9000, 1, 1, tzinfo=dt.timezone.utc)  # the years of content dates (load/fields.py: 1000–9000)


def source_date_epoch(value: str | None) -> tuple[dt.datetime | None, tuple[Diagnostic, ...]]:
    """The moment `value` (the variable's text, None when unset) names, in UTC; None when it is unset,
    empty or unusable, with a warning (path SOURCE_DATE_EPOCH, line 0) for an unusable one."""
    text = (value or "").strip()
    if not text:
        return None, ()
    if text.isascii() and text.isdigit() and int(text) < LAST.timestamp():
        return dt.datetime.fromtimestamp(int(text), dt.timezone.utc), ()
    shown = text if len(text) <= 40 else text[:40] + "…"
    return None, (warning(VARIABLE, 0, f"{shown!r} is not a moment from 1970 to {LAST.year - 1} in whole seconds "
                                       "since 1970-01-01 UTC (as `date +%s` prints it): ignored, so the feeds' "
                                       "lastBuildDate is their newest content date; set it to such a number "
                                       "or unset it"),)


def build_time_from_environment() -> tuple[dt.datetime | None, tuple[Diagnostic, ...]]:
    """`source_date_epoch` of the variable in this process's environment."""
    return source_date_epoch(os.environ.get(VARIABLE))

"""Why a date that looks like one is not real, in the editor's words: which part, and what to write.

Takes the text of a front-matter date that `fields.parse_moment` refused although it starts like
one (`2023-04-31`, `2023-05-08T24:00:00`, `2016-12-31T23:59:60Z`); gives the reason to append to
"is not a real date: …". Before, every such date was only "not a real date", which said neither
which part was wrong nor what to write: a leap second or an ISO 8601 end-of-day 24:00 is a real
moment that the date types here cannot hold, and `2023-31-04` is a day and a month swapped (peers:
Hugo issues 10717 and 12898, whose date errors named neither the part nor the fix).
"""
from __future__ import annotations

import calendar
import datetime as dt
import re

# (site.editions has these too; load may not import it: tests/test_architecture.py)
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")

_PARTS = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?"
                    r"(?:([+-])(\d{2}):?(\d{2})?)?)?")


def why_not_real(text: str) -> str:
    """The reason `text` (which starts with YYYY-MM-DD) is no moment, and how to write it: a
    clause for after "is not a real date: <text>", starting with " (" or empty when none is
    known. Pure; the calendar is the proleptic Gregorian one (`calendar.monthrange`)."""
    found = _PARTS.match(text)
    if found is None:
        return ""
    year, month, day = int(found[1]), int(found[2]), int(found[3])
    if not 1 <= month <= 12:
        swapped = 1 <= day <= 12 and 1 <= month <= calendar.monthrange(year, day)[1]
        hint = f"; write {found[1]}-{found[3]}-{found[2]} if that is the day" if swapped else ""
        return f" (there is no month {month}: dates are written year-month-day, as in 2023-05-08{hint})"
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        leap = f"; {year} is not a leap year" if month == 2 and day == 29 else ""
        return f" ({_MONTHS[month - 1]} {year} has {days} days{leap}: check the day)"
    if found[4] is None:
        return ""
    hour, minute, second = int(found[4]), int(found[5]), int(found[6] or 0)
    if hour == 24 and minute == 0 and second == 0:
        return " (24:00, the end of the day, is written as 00:00 of the next day)"
    if hour > 23 or minute > 59:
        return " (a time of day runs from 00:00 to 23:59: check the hour and the minutes)"
    if second == 60:
        return " (a leap second, :60, cannot be dated here: write :59)"
    if second > 60:
        return " (a minute has 60 seconds, :00 to :59: check the seconds)"
    if found[7] and (int(found[8]) > 23 or int(found[9] or 0) > 59):
        return " (an offset from UTC is at most 23:59 hours, as in +03:00 or -05:00: check the offset)"
    return ""


# A date written in words, as outlets print it: "27 November 2026", "Nov. 27, 2026", "Friday, 27th Nov 2026".
_IN_WORDS = re.compile(r"^(?:[A-Za-z]+\.?,?\s+)??(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?\.?\s+(?P<m1>[A-Za-z]+)\.?,?"
                       r"|(?P<m2>[A-Za-z]+)\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?)\s+(?P<y>\d{4})$", re.I)


def written_in_words(text: str) -> str:
    """"; write 2026-11-27" for a date written with its month in words (English names or their
    abbreviations of 3 letters or more, day before or after the month, a weekday ahead), when it is
    a real day; else "". A new editor's `published: 27 November 2026` was refused with only the
    pattern to follow. The month in words makes day and month unambiguous, unlike 04/05/2026."""
    found = _IN_WORDS.match(text.strip())
    if found is None:
        return ""
    word = (found["m1"] or found["m2"]).lower()
    months = [n for n, name in enumerate(_MONTHS, 1) if len(word) >= 3 and name.lower().startswith(word)]
    year, day = int(found["y"]), int(found["d1"] or found["d2"])
    if len(months) != 1 or year < 1 or not 1 <= day <= calendar.monthrange(year, months[0])[1]:
        return ""
    return f"; write {year:04d}-{months[0]:02d}-{day:02d}"


# A date written with other separators or without leading zeros, as spreadsheets and other countries write it:
# "2026/10/05", "2026.10.5", "2026-1-5" (year first), "05.10.2026" (day first: the dotted form is day.month.year
# wherever it is written), "05/10/2026" (day and month first, in either order by country).
_YEAR_FIRST = re.compile(r"^(?P<y>\d{4})([-/.])(?P<m>\d{1,2})\2(?P<d>\d{1,2})$")
_DOTTED = re.compile(r"^(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>\d{4})$")
_SLASHED = re.compile(r"^(?P<a>\d{1,2})[/-](?P<b>\d{1,2})[/-](?P<y>\d{4})$")


def written_otherwise(text: str) -> str:
    """"; write 2026-10-05" for a date written with its numbers in another form (`_YEAR_FIRST`, `_DOTTED`,
    or `_SLASHED` when one of its first two numbers can only be the day); for `_SLASHED` dates whose
    day and month could be either, both readings to choose from; else "" (also when the day is not
    real). A new editor's `published: 2026/10/05` was refused with only the pattern to follow, where a
    date in words was told the date to write (`written_in_words`)."""
    text = text.strip()
    found = _YEAR_FIRST.match(text) or _DOTTED.match(text)
    if found is not None:
        day = _real(int(found["y"]), int(found["m"]), int(found["d"]))
        return f"; write {day}" if day else ""
    found = _SLASHED.match(text)
    if found is None:
        return ""
    year, a, b = int(found["y"]), int(found["a"]), int(found["b"])
    readings = list(dict.fromkeys(filter(None, (_real(year, b, a), _real(year, a, b)))))  # day first, then US
    if len(readings) == 1:
        return f"; write {readings[0]}"
    if len(readings) == 2:
        return f"; write {readings[0]} if the day comes first, {readings[1]} if the month does"
    return ""


def _real(year: int, month: int, day: int) -> str:
    """"YYYY-MM-DD" when it is a day of the calendar, else ""."""
    if 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1] and year >= 1:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return ""


# A date and the rest, for `why_malformed`: the numbers of any length, then whatever follows.
_LOOSE = re.compile(r"^(\d+)-(\d+)-(\d+)(.*)$", re.S)
_TIME = re.compile(r"^([Tt ])(\d{1,2}):(\d{1,2})(?::(\d{1,2})([.,]\d+)?)?(.*)$", re.S)
_OFFSET = re.compile(r"^([+-])(\d{1,2})(?::?(\d{2}))?$")
EXAMPLE = "2023-05-08T14:30:00+03:00"


def why_malformed(text: str) -> str:
    """The reason a date written `YYYY-MM-DD…` with numbers of other lengths or something else after it is
    not read, and what to write: " (the day has 3 digits, 010: …; write 2023-05-10)", or "" for other
    shapes and for text that reads. Beside `why_not_real` (a real-looking date that is no moment): a trial's
    `published: 2023-05-010` was only "not a real date", where docs/peer-bugs.md row 2 promised the reason."""
    text = text.strip()
    found = _LOOSE.match(text)
    if found is None or _reads(text):
        return ""
    numbers, rest = found.groups()[:3], found[4]
    reasons = [f"the {part} has {len(n)} digit{'s' * (len(n) != 1)}, {n}" for part, n, want in
               zip(("year", "month", "day"), numbers, (4, 2, 2)) if len(n) != want]
    year, month, mday = (int(n) if len(n) < 6 else -1 for n in numbers)
    day = _real(year, month, mday) if 1000 <= year <= 9000 else ""
    if reasons:
        reasons[-1] += ": a date is written year-month-day with 4, 2 and 2 digits"
    if not day and 1000 <= year <= 9000 and month >= 0 and mday >= 0:  # (also not a day of the calendar: why)
        reasons += [why_not_real(f"{year:04d}-{month:02d}-{mday:02d}")[2:-1]]
    time, why = _time(rest)
    reasons += [why] if why else []
    if not reasons:
        return ""
    fixed = f"{day}{time}" if day and time is not None and _reads(f"{day}{time}") else ""
    return f" ({'; '.join(reasons)}; write {fixed or 'it like ' + EXAMPLE})"


def date_reason(text: str) -> str:
    """Why `text`, which starts like YYYY-MM-DD, is not read: `why_not_real` when its numbers have 4, 2 and 2
    digits (a day of no calendar, 24:00 …), else, or when that knows none, `why_malformed`."""
    text = text.strip()
    real = why_not_real(text) if re.match(r"^\d{4}-\d{2}-\d{2}(?!\d)", text) else ""
    return real or why_malformed(text)


def _time(rest: str) -> tuple[str | None, str]:
    """(the part after a date as it should be written, or None when no fix is known; why it is not read
    as written, or "")."""
    if not rest:
        return "", ""
    found = _TIME.match(rest)
    if found is None:
        return None, (f'after the date comes nothing, or a time of day as in {EXAMPLE}, not "{rest}"')
    _, hour, minute, second, fraction, zone = found.groups()
    reasons = []
    if any(len(n) != 2 for n in (hour, minute, second or "00")):
        reasons.append("hours, minutes and seconds are written with two digits each, as in 09:05:00")
    clock = f"T{int(hour):02d}:{int(minute):02d}" + (f":{int(second):02d}{fraction or ''}" if second else "")
    written = zone.strip()
    offset = _OFFSET.match(written)
    if not written or written in ("Z", "z"):
        fixed = written.upper()
    elif offset is not None:
        fixed = f"{offset[1]}{int(offset[2]):02d}:{offset[3] or '00'}"
        if zone != written or fixed != written and fixed.replace(":", "") != written:
            reasons.append(f"an offset from UTC follows the time without a space, with hours and minutes, as in "
                           f"{fixed}")
    else:
        return None, "; ".join(reasons + [f'after the time comes nothing, Z or an offset such as +03:00, not "{zone}"'])
    return clock + fixed, "; ".join(reasons)


def _reads(text: str) -> bool:
    """True when Python reads `text` as an ISO 8601 date or date and time (`Z` for UTC)."""
    try:
        dt.datetime.fromisoformat(text[:-1] + "+00:00" if text[-1:] in "Zz" else text)
    except ValueError:
        return False
    return True


# The spellings of a date and time of day that YAML 1.1 reads as a timestamp when unquoted (a space for the "T", a
# one-digit hour, spaces before the zone, an offset of one-digit hours: `2026-12-02 08:00:00 -5`), and the same
# without seconds. FX114 (UX1, 2026-12-07): unquoted they were read silently, quoted refused, and README called them
# errors; now the same text reads the same quoted or not (README, on dates).
_SPELLED = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[Tt]|[ \t]+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?[ \t]*"
                      r"(?:([Zz])|([+-])(?:(\d{2}):?(\d{2})?|(\d)(?::(\d{2}))?))?$")


def rfc3339(text: str) -> str:
    """`text` ("2026-12-02 08:00 +1", stripped) in RFC 3339's spelling ("2026-12-02T08:00:00+01:00") when it is a
    date and time of day in one of the spellings YAML 1.1 reads as a timestamp (above); else `text` as it is (a date
    alone, or what is not read: its error is the caller's). An offset's hours of one digit need a colon before its
    minutes ("+5:30"; "+530" is not read). Only the spelling changes: the numbers are not checked here."""
    found = _SPELLED.match(text)
    if found is None:
        return text
    day, hour, minute, second, fraction, utc, sign, hours, minutes, short, short_minutes = found.groups()
    zone = "Z" if utc else f"{sign}{int(hours or short):02d}:{minutes or short_minutes or '00'}" if sign else ""
    return f"{day}T{int(hour):02d}:{minute}:{second or '00'}{'.' + fraction if fraction else ''}{zone}"


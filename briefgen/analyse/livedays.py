"""A live blog's news day — the day of its entries, which its date on the site's calendar may not be — and whether a
report that dates no news tells the news the blog leads with.

    first, last = entry_span(text)                     # (605, 975): entries from 10:05 to 16:15 ((-1, -1): no blog)
    first_entry_start(text)                            # where its first entry in time starts (newest first: its last)
    day = entries_day(first, last, published, has_time, written)  # the date of its first entry, as an ordinal
    day_sure(first, last, published, has_time, written)  # whether that day holds for any writer's clock (else no join)
    entries_at(first, last, published, written)        # with its writer's offset: its entries' instants (UTC minutes)
    within_entries(entries, time, offset)              # a report's date is of a day they ran on, on its calendar
    tells_entry(entry, lead, keys, not_words)          # a report's lead and the blog's leading entry share an event word
    names_apart(entry_names, blog_terms, lead_names, terms)  # each names what the other never writes: two events

T25 F7 (2026-12-07): the South China Harbour Post's "LIVE: China hits back with gallium and germanium export rule",
entries from 10:05 to 16:15 and last updated at 23:30 in Hong Kong (+08:00), is dated 29 November at 00:30 on the
Seoul briefing's calendar (load/fields.py writes every date on the site's calendar). Its news day was its date (a live
blog's news is its day's: eventdays.LIVE_DAY), so the reports that date the rule on Saturday the 28th were news of
another day (0.45, eventdays.different_days) and those that date none were held apart as a live blog against a report
of no day (eventdays.live_day_apart): it stood alone, 8 labelled pairs missed.

The day. A blog's date is its opening's or its last update's, on the site's calendar; its entries' clocks are its
writer's, whose UTC offset the calendar does not keep (load/fields.py). (1) A page opened for its first entry is dated
at its time or up to OPENED_BEFORE minutes before it (the copper and rail trials' blogs at 06:00 and 08:30, their
first entries' times; the hospital set's phone-in at 12:00, its first entry 12:05): when the first entry's clock is
that near after the blog's time of day, the first entry is of its date (of the next day past midnight). (2) Else the
date is its last update's, which follows its last entry: the last entry is of the last day on which its clock is at
or before the blog's time of day (T25: 16:15 on the 28th, 8 h 15 before 00:30 on the 29th in Seoul; the writer in
Hong Kong is an hour behind), unless that is more than LATE (14 h) before it and a writer that much less than a day
ahead of the site's clock is in a real zone (to UTC+14): then the last entry is of the day after, its writer ahead of
the site (T24's Madrid blog of Chile's lithium deal, entries 22:40–23:10 CET, dated 20:00 on the Santiago briefing's
calendar, -03:00: read on the 23rd, 20 h 50 before; on the 24th, its writer 3 h 10 ahead). The first entry is of
that day less the midnights between them (entries oldest or newest first, past midnight too: `entry_span`). It is
right whenever the writer's clock, less the update's delay after the last entry, is ahead of the site's by less than
a day less LATE (10 h), and behind it by no more than LATE or by less than a day with a writer that far ahead in no
real zone (`entries_day`; a property over the world's zones). Left: a blog dated by its opening more than an hour
before its first entry, and one written further from the site's zone: only the writer's own offset could tell.
Such a day is a guess, and a same-day report joins a blog only when the guess cannot be wrong (`day_sure`; FX80: a
Honolulu blog, dated 22:00 on the 27th in Honolulu, is 08:00 on the 28th on a London site's calendar; its entries of
14:05 to 21:10 read on London's clock, 10 h 50 before, are of the 27th, and the London report of the 27th that the
dockworkers voted to strike joined it, though the entries were written from 00:05 on the 28th in London). Sure: a blog
dated by its opening, or one whose first entry is of one day on the site's calendar whether its last update came
right after its last entry or SURE_DELAY (6 h) after it, and that day is `entries_day`'s: then it is right for any
writer's clock when the update came at most SURE_DELAY after the last entry (a property; T25's blog, 7 h 15, is sure
too). Left, unjoined: a blog whose first entry is less than SURE_DELAY into the site's day less the update's delay
(a London blog from 05:30 updated at once), and one updated too long after (c5: the next morning).

The writer's offset (FX86). Where `published:` was written with its writer's offset (Article.written_offset,
load/writtenoffsets.py: not UTC's, which converters write), the entries' clocks and the date are on one clock and
nothing is guessed: the entries are instants (`entries_at`), the blog's day its first entry's on the site's calendar,
and a report joins it when its date is of a day from the first entry's to the last's on the report's calendar, its
writer's where written, else the site's (`within_entries`; Report.offset), and no later than AFTER_LAST after the
last entry (FX95: a blog of 21:05 to 01:10 is not of all of the next day). Entries whose clocks are labelled with a
zone ("00:10 GMT") are on its clock, not their date's offset (entryzones.py; FX95). BR40: a Kathmandu blog on a London site,
unsure by the rule above, joins its strike's report; the Honolulu blog of c7, entries from 00:05 on the 28th in
London, stays apart from the London reports of the 27th. The same for any writer's offset: a property.

The report. A report whose lead dates no news — a feature, an explainer — is not of a live blog's story (the bakery
trial's explainer of the strain's genetics beside the radio's updates: live_day_apart). One published on the blog's
day whose headline or lead's first sentence shares an event word with the first sentence of the entry the blog leads
with (its first entry in time: its first paragraph, or newest first its last — FX86: the top one is then its
latest news) is a report of that news: "Gallium prices
rose after China's commerce ministry said it would license exports of the metal and of germanium to Japan and South
Korea" beside "10:05 The Ministry of Commerce has announced licence requirements for gallium and germanium exports to
Japan and South Korea" (`tells_entry`). The explainer shares words with the blog's headline ("Salmonella outbreak:
Thursday's updates") and its second entry (the laboratory's director), none with its leading one ("The inspectorate
has confirmed 31 cases this morning"). An event word is the event's kind, not the event: two strikes over pay on one
day share "strike", "walked", "pay" and even the union that called both ("Dockworkers at Felixstowe walked out at dawn
in a strike over pay, the union Unite said" beside Reuters' "Unite bus drivers strike in Manchester over pay": FX80,
0.931, one story). So the join also asks that neither names what the other never writes: when the entry names
something ("Felixstowe") the report does not write anywhere and the report's lead names something ("Manchester") the
blog does not write anywhere, they tell two events (`names_apart`). One side's extra name is a detail (the gallium
prices' Rotterdam). Pure functions.
"""
from __future__ import annotations

import datetime as dt
import re

from briefgen.analyse.leadwords import share_lead_word
from briefgen.analyse.liveblog import _ENTRY, live_blog

DAY_MINUTES = 24 * 60
OPENED_BEFORE = 60  # minutes: a blog dated at most this long before its first entry's clock is dated by its opening
EAST = 14 * 60  # minutes: the world's easternmost UTC offset (UTC+14)
LATE = 14 * 60  # minutes: a last entry's clock this long before its blog's date's, a day apart, is read as after it
SURE_DELAY = 6 * 60  # minutes: the longest a sure day allows between a blog's last entry and its last update (FX80)
AFTER_LAST = 12 * 60  # minutes: the latest a report of a blog's entries' days joins it after its last entry (FX95)
_MARKS = ":-\u2013\u2014"  # (the marks liveblog._ENTRY allows between a clock and its text)
_CLOCK_VALUE = re.compile(r"(?P<hour>\d{1,2})(?:[:.h](?P<minute>\d{2}))?(?:\s?(?P<half>[ap])\.?m\b)?", re.IGNORECASE)


def _minute(clock: str) -> int:
    """The minute of the day of an entry's clock time ("10:05" 605, "8.30am" 510, "4pm" 960, "16h00" 960), or -1."""
    found = _CLOCK_VALUE.match(clock)
    if found is None:
        return -1
    hour, minute = int(found.group("hour")), int(found.group("minute") or 0)
    if found.group("half"):
        if not 1 <= hour <= 12:
            return -1
        hour = hour % 12 + (12 if found.group("half").lower() == "p" else 0)
    return hour * 60 + minute if hour < 24 and minute < 60 else -1


def _entries(text: str) -> list[tuple[int, int]]:
    """(where its paragraph starts in `text`, its clock's minute of the day) of each entry of a live blog's plain
    `text`, in text order; [] for any other text. A blog's entries are shaped alike: when more than half its clocked
    paragraphs are followed by what its top one's is ("15:40 Ferries", no mark), one shaped otherwise is no entry
    (FX95: a newest-first blog's quoted "06:30 - \"We were told at half six...\"" below its 09:05, 11:20 and 15:40)."""
    if not live_blog(text):
        return []
    skipped = len(text) - len(start := text.lstrip())
    found = [(m.start() + skipped, _minute(m.group().lstrip()), _mark(m.group())) for m in _ENTRY.finditer(start)]
    alike = [entry for entry in found if entry[2] == found[0][2]]
    return [(at, clock) for at, clock, _ in (alike if 2 * len(alike) > len(found) else found) if clock >= 0]


def _mark(entry: str) -> str:
    """The mark between an entry's clock and its text (`_ENTRY`'s match): "-", ":", "\u2013" or ""."""
    return entry.rstrip()[-1] if entry.rstrip()[-1:] in _MARKS else ""


def entry_clocks(text: str) -> tuple[int, ...]:
    """The minute of the day of each entry's clock time of plain `text`, in text order, when it is a live blog's
    (liveblog.live_blog: paragraphs that open with a clock time); () for any other text."""
    return tuple(clock for _, clock in _entries(text))


def _in_time(clocks: tuple[int, ...] | list[int]) -> list[int]:
    """Each clock's minutes from the first's midnight, its steps read the shorter way round the clock (`entry_span`)."""
    at = [clocks[0]]
    for a, b in zip(clocks, clocks[1:]):
        step = (b - a) % DAY_MINUTES
        at.append(at[-1] + (step if step <= DAY_MINUTES // 2 else step - DAY_MINUTES))
    return at


def first_entry_start(text: str) -> int:
    """Where in plain `text` the paragraph of a live blog's first entry in time starts: its last paragraph's when its
    entries run newest first (the leading entry told is the news the blog opened with, not its latest: FX86), the top
    one's when oldest first; 0 for any other text. The earliest of equal clocks is the one written first."""
    entries = _entries(text)
    if not entries:
        return 0
    at = _in_time([clock for _, clock in entries])
    return entries[at.index(min(at))][0] if at.index(min(at)) else 0


def entry_span(text: str) -> tuple[int, int]:
    """When plain `text` is a live blog's, its first and last entries in time as minutes from the midnight before
    the first: (605, 975) for entries of 10:05 to 16:15, (1260, 1540) for 21:00 to 01:40 the next day; else (-1, -1).
    Its entries run oldest or newest first: each step between neighbours is read as the shorter way round the clock
    (forward past midnight, "23:45" then "00:15"; back, the rail trial's "17:40 The strike is off." above "08:30 Good
    morning.")."""
    clocks = entry_clocks(text)
    if not clocks:
        return -1, -1
    at = _in_time(clocks)
    first = min(at)
    shift = first - first % DAY_MINUTES
    return first - shift, max(at) - shift


def entries_day(first: int, last: int, published: dt.datetime, has_time: bool, written: int | None = None) -> int:
    """The day of a live blog's first entry as an ordinal, from its first and last entries' minutes (`entry_span`)
    and its date, `published` (on the site's calendar, in the site's offset); the date itself when `first` is -1
    (no live blog) or the date has no time (`has_time` False). Module docstring: a blog dated by its opening (its
    first entry's clock at most OPENED_BEFORE minutes after its time of day, past midnight too), else by its last
    update: its last entry is of the last day its clock is at or before the date's, or of the day after when that
    is more than LATE minutes before it and a writer that far ahead of the site's clock is in a real zone. With its
    writer's offset `written` (minutes; Article.written_offset), its first entry's exact day (`entries_at`)."""
    day = published.date().toordinal()
    if first < 0 or not has_time:
        return day
    if written is not None:  # (its clocks placed in time: FX86)
        at = entries_at(first, last, published, written)[0]
        return dt.datetime.fromtimestamp(at * 60, published.tzinfo).date().toordinal()
    time = published.hour * 60 + published.minute
    if (first - time) % DAY_MINUTES <= OPENED_BEFORE:
        return day + (first < time)
    site = int((published.utcoffset() or dt.timedelta()).total_seconds()) // 60
    late, delay = divmod(time - last % DAY_MINUTES, DAY_MINUTES)  # (the last entry on day + late, `delay` before)
    ahead = delay > LATE and site + DAY_MINUTES - delay <= EAST  # (a writer ahead of the site's clock)
    return day + late + ahead - last // DAY_MINUTES


def day_sure(first: int, last: int, published: dt.datetime, has_time: bool, written: int | None = None) -> bool:
    """Whether `entries_day(first, last, published, has_time)` is a live blog's first entry's day on the site's
    calendar whatever its writer's clock (module docstring; FX80): True with no blog (`first` -1), no time, or a blog
    dated by its opening (its first entry's clock at most OPENED_BEFORE minutes after its date's); else when its first
    entry is of that one day if its last update, `published` (on the site's calendar), came 0 or SURE_DELAY minutes
    after its last entry (minutes from `entry_span`): right whenever it came at most SURE_DELAY after it. True with
    its writer's offset `written` (its day is then no guess: `entries_at`)."""
    if first < 0 or not has_time or written is not None:
        return True
    time = published.hour * 60 + published.minute
    if (first - time) % DAY_MINUTES <= OPENED_BEFORE:
        return True
    soon, late = (time - (last - first)) // DAY_MINUTES, (time - (last - first) - SURE_DELAY) // DAY_MINUTES
    return soon == late and published.date().toordinal() + soon == entries_day(first, last, published, has_time)


def entries_at(first: int, last: int, published: dt.datetime, written: int) -> tuple[int, int]:
    """A live blog's first and last entries as minutes since the Unix epoch (UTC), from their minutes (`entry_span`),
    its date `published` (aware) and the UTC offset its writer wrote it with, `written` (minutes east), on whose clock
    its entries are (FX86). Dated by its opening (its first entry's clock at most OPENED_BEFORE minutes after its
    time of day on that clock), its first entry follows it; else its last update follows its last entry by less than
    a day. Offset-free: the same instants for any `written` that the same moments are written in."""
    at = int(published.timestamp()) // 60
    time = (at + written) % DAY_MINUTES
    if (first - time) % DAY_MINUTES <= OPENED_BEFORE:
        start = at + (first - time) % DAY_MINUTES
    else:
        start = at - (time - last) % DAY_MINUTES - (last - first)
    return start, start + last - first


def placed_entries(first: int, last: int, published: dt.datetime, has_time: bool,
                   written: int | None) -> tuple[int, int] | tuple[()]:
    """`entries_at` for a live blog (`first` not -1) dated with a time whose writer's offset is written; else ()."""
    return entries_at(first, last, published, written) if first >= 0 and has_time and written is not None else ()


def calendar_offset(published: dt.datetime, written: int | None) -> int:
    """The UTC offset in minutes east of the calendar a report's date is read on beside a live blog's entries: its
    writer's, `written` (Article.written_offset), else the site's at its date (`published`'s own offset)."""
    return int((published.utcoffset() or dt.timedelta()).total_seconds()) // 60 if written is None else written


def within_entries(entries: tuple[int, int], time: float, offset: int) -> bool:
    """Whether a report published at `time` (POSIX seconds) is of a day a live blog's entries ran on (`entries`:
    `entries_at`), the days read on the report's calendar: `offset` minutes east of UTC, its writer's where written,
    else the site's (FX86). Any day from its first entry's to its last's (a report after midnight inside a blog that
    crosses it is of the blog's days), and no later than AFTER_LAST minutes after its last entry (FX95: a blog whose
    entries ran from 21:05 to 01:10 is not of all of the next day: another strike 17 hours after its last entry)."""
    day = (int(time // 60) + offset) // DAY_MINUTES
    return ((entries[0] + offset) // DAY_MINUTES <= day <= (entries[1] + offset) // DAY_MINUTES
            and time // 60 <= entries[1] + AFTER_LAST)


def tells_entry(entry: frozenset[str], lead: frozenset[str], keys: frozenset[str], not_words: frozenset[str]) -> bool:
    """Whether a report's `lead` (leadwords.lead_terms: its headline and lead's first sentence) shares an event word
    with a live blog's leading `entry` (the terms of its first paragraph's first sentence): a key term (`keys`,
    similarity's), one word, not among `not_words` (names and capitalised words: leadwords.share_lead_word). An empty
    entry (a greeting's terms may all be names) tells nothing."""
    return bool(entry) and bool(lead) and share_lead_word(entry, lead, keys, not_words)


def names_apart(entry_names: frozenset[str], blog_terms: frozenset[str], lead_names: frozenset[str],
                report_terms: frozenset[str]) -> bool:
    """Whether a live blog's leading entry and a report's lead tell two events: the entry names a term
    (`entry_names`: its terms the blog writes as names or capitalised inside a sentence) the report never writes
    (not among `report_terms`, all its terms), and the report's lead names one (`lead_names`, likewise) the blog
    never writes (not among `blog_terms`). FX80: "Felixstowe" and "Manchester", two strikes of one union on one day.
    Module docstring."""
    return bool(entry_names - report_terms) and bool(lead_names - blog_terms)

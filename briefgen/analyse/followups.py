"""A lead that dates an earlier event: a follow-up of that event, not a re-telling of it.

A follow-up re-tells the event it follows, so it shares the event's names and words and scores like
a re-telling: Which?'s "How to check if your portable charger has been recalled", three days after
the recall, opens "After this week's recall of Brightwell's PowerCell Mini, many readers have asked
how ..." and scored 0.60-0.69 with the recall's four reports, which merged it into their story (the
trial in tests/stories/rates/; the labelling convention makes a follow-up a related story, not the
same one: docs/stories.md). Neither cap of similarity.py holds there: the piece names the recall's
maker and product, and its lead has no actor. What tells it apart is that its lead opens by placing
the event in the past, with a date; a report published at that date is a report of the event, and
the follow-up is a later story.

`lead_follows(text)` reads the lead (`leadactors.lead_head`: after a byline and a dateline) for an
opening of one of these forms, and gives a code for the date it names ("" when there is none):

- "After", "Following", "Since", "In the wake of", "In the aftermath of", then a dated possessive:
  "yesterday's", "last night's" (the day before: "d1"); "Monday's" … "Sunday's" (the last such day
  before the article's: "wd0" … "wd6"); "this week's" (from the Monday of the article's week to the
  day before: "w0"); "last week's" ("w1"); "the weekend's", "last weekend's" ("we"); "last month's"
  ("m1");
- "A day after", "Three days after", "A week after", "Two weeks after" (at most 30 days; digits or
  words one to ten): that many days before ("d3", "d7", "d14"), counted loosely (a day either side),
  with or without a dated possessive after it (which then wins);
- the same count, or "the day after" ("the morning after"), anywhere in the lead's first sentence, whatever follows it: a gerund clause
  ("turned up at the picket line on Friday, a day after telling the assembly she would stay out of the dispute"), a
  finite clause with its subject ("rated good, a week after the same regulator graded Ravensmere's emergency
  department inadequate"), a noun phrase ("met on Wednesday, the day after the assembly vote"). Since 2026-12-04: a
  trial's minister on a picket line joined the two reports of her statement to the assembly the day before (0.80),
  the lead's "a day after telling the assembly" unread. Not a duration ("climbed the most in two weeks after the
  collapse", "within a week after", "at least a day after": a preposition or "least" before the count) nor "the day
  after tomorrow".

The lead's first LEAD_SENTENCES (three) sentences are read for these (since 2026-12-04: a trial's follow-up opened
with background, "The council voted last week to close three schools. Parents filed a legal challenge on Monday …",
and was read as a report of the vote); and a first sentence that dates an earlier event in the past ("last week",
"last month", "two days ago": `_BACKGROUND`) is background when a later one of the three gives its news a day of its
own (eventdays' reading of a day): the lead follows that date ("w1", "m1", "d2"). A first sentence telling its event
"on Wednesday" is not background by itself: re-tellings open so.

A possessive with no "after" ("Monday's storm killed three people") is a re-telling's way to date
its own event, and "After more than a year of silence, Xi picked up the phone" dates nothing: no code.
The forms are English; a lead in another language dates nothing (as similarity.py's word lists).

`dated_span(code, time)` turns a code and the follow-up's time into the span of time (POSIX seconds)
its event happened in: the dates it names by the outlet's calendar, in whichever time zone from UTC-12
to UTC+14 the outlet keeps (its day is its own zone's). similarity.score_pairs caps a pair when one report follows an
event dated where the other report was published, at least REACTION_DAYS before it, and the other
does not follow an event itself (two follow-ups are compared as any two reports). When the follow-up's lead also
names the day of its own news ("on Friday morning, a day after …": eventdays.lead_event_day), a count ("dN") is
counted back from that day, and the other report's day is its news day or else its date, each by its own calendar
(the offset its time was written with): then no minimum gap is needed, since a re-telling of the follow-up's news is
of that day or later (the trial's assembly reports were 16 and 18.5 hours before the picket-line visit). A count from
a lead that names no day is counted back from the follow-up's own date, the other report dated as above, when the two
are more than SITTING_HOURS apart (since 2026-12-05: a museum-theft trial's "have issued CCTV stills …, a day after two
other men were detained", 13 October 12:00, joined the arrests' reports of 12 October 13:00 and 16:00, less than a day
by the clock; the 24-hour reading still holds besides). A lead that dates an event too is still compared as any
report, unless its count dates another day than the follow-up's (the trial's arrests, "a week after the painting
disappeared"). "The morning after" is the day before; "hours after" and "the day before" date no other day's event
(a re-telling of one event writes them: "hours before the capital celebrated Kyiv Day").
"""
from __future__ import annotations

import datetime as dt
import re

from briefgen.analyse.announcements import _SENTENCE_END
from briefgen.analyse.capitals import CAPITAL
from briefgen.analyse.eventdays import _first_day, event_day
from briefgen.analyse.leadactors import lead_head
from briefgen.analyse.sentences import first_end
from briefgen.analyse.textmatch import ignorecase_key

AHEAD_HOURS = 14.0  # the time zones in use run from UTC-12 to UTC+14 (Kiribati): IANA tz database
BEHIND_HOURS = 12.0
MAX_DAYS = 30  # "N days/weeks after" beyond this dates nothing worth a cap
SITTING_HOURS = 6.0  # a count from a lead with no day of its own: the other report comes more than this before it
                     # (as ownreports.UPDATE_HOURS: within it, a report may be a re-telling of the same news)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10}
_WHEN = {"yesterday": "d1", "last night": "d1", "this week": "w0", "last week": "w1", "the weekend": "we",
         "last weekend": "we", "last month": "m1", **{day: f"wd{i}" for i, day in enumerate(_WEEKDAYS)}}
_POSSESSIVE = "(?:" + "|".join(sorted(map(re.escape, _WHEN), key=lambda w: (-len(w), w))) + ")['\u2019]s"
_OPENING = re.compile(
    r"(?:(?P<count>[Aa]n?|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d{1,2}) +(?P<unit>days?|weeks?) +after"
    r"|After|Following|Since|In +the +(?:wake|aftermath) +of)"
    rf"(?: +(?P<when>{_POSSESSIVE}))?\b", re.IGNORECASE)
# A count and "after" inside the first sentence (module docstring), and what before it makes it a duration instead
_WITHIN = re.compile(r"\b(?P<count>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|the) +"
                     r"(?P<unit>days?|weeks?|morning) +after\b(?! +tomorrow\b)", re.IGNORECASE)
_AFTER = re.compile("after", re.IGNORECASE)
# A first sentence that dates an earlier event in the past ("The council voted last week to close three schools."),
# followed within the lead by a sentence that gives its news a day of its own, is background: the lead follows it
# (The look-ahead of the letters and digits its forms open with, tried first, lets most places fail at once: ~3.5x
# faster over a lead, 2026-12-05; tests/analyse/test_story_fast_paths_2.py compares it with the form before.)
_BACKGROUND = re.compile(r"(?=\b[ltfsen\d])(?<!since )(?<!until )(?<!from )(?:last +week|last +month|"
                         r"(?P<count>two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) +(?P<unit>days|weeks) +"
                         r"(?P<ago>ago))\b", re.IGNORECASE)
LEAD_SENTENCES = 3  # a follow-up's lead may open with background: its first three sentences are read
_DURATION = re.compile(r"\b(?:in|within|for|over|than|of|during|throughout|until|till|from|to|least|most|every|each|"
                       r"per|first|last|next|few)\s*$", re.IGNORECASE)


# A word every form `_dated` or `_BACKGROUND` reads holds, in lower case: a lead with none follows nothing. Lower case
# reads as re.IGNORECASE does but for "İ" (two characters lowered), "ı" and "ſ" (matching "i", "s"): a lead holding
# one is read by the patterns (numberwords.py reads its number words alike).
_HELD = ("after", "following", "since", "wake", "last", "ago")


def may_follow(head: str) -> bool:
    """Whether a lead's `head` holds a word of `_HELD` (or a letter lower case does not read as the patterns do): else
    `lead_follows` is "" (tests/analyse/test_story_fast_paths_3.py)."""
    lower = head.lower()
    return any(word in lower for word in _HELD) or not head.isascii() and any(c in head for c in "\u0130\u0131\u017f")


def lead_follows(text: str) -> str:
    """The code of the date the lead of plain `text` places an earlier event at (module docstring), or
    "" when none of its first LEAD_SENTENCES sentences says so. Pure."""
    head = lead_head(text, 700)
    if not may_follow(head):
        return ""  # (most leads, ~60 % of the benchmark's: its sentences were split for nothing, ~45 µs)
    sentences = _sentences(head)
    for k, sentence in enumerate(sentences):
        code = _dated(sentence)
        if code:
            return code
        if k == 0 and len(sentences) > 1:
            background = _BACKGROUND.search(sentence)
            if background is not None and any(_first_day(later) for later in sentences[1:]):
                return _background(background)  # "voted last week … . Parents filed a challenge on Monday"
    return ""


def _sentences(head: str) -> list[str]:
    """The first LEAD_SENTENCES sentences of a lead's `head`, to the first after the first that opens with a label and
    a colon (`_LABELLED`: an interview's transcript, "Art Chronicle: When did you …? Helena Marsh: The morning after
    the theft.", is no lead; the museum trial's interview was read as following the day before, 2026-12-05)."""
    found, start = [], 0
    while start < len(head) and len(found) < LEAD_SENTENCES:
        end = first_end(_SENTENCE_END, head, start)  # (not at an initial, "S. K. Verma": sentences.period_ends)
        stop = end.end() if end is not None else len(head)
        if found and _LABELLED.match(head, start):
            break
        found.append(head[start:stop])
        start = stop
    return found


# A question's or an answer's label: up to six words, the first capitalised, and a colon ("Art Chronicle:", "Q:").
_LABELLED = re.compile(rf"\s*{CAPITAL}[\w'\u2019.&-]*(?:[ \t]+[\w'\u2019.&-]+){{0,5}}:\s")


def _dated(sentence: str) -> str:
    """The code of the earlier event one sentence of a lead dates by an opening ("After Monday's vote") or a count
    ("a week after the vote"), or "" (module docstring)."""
    match = _OPENING.match(sentence)
    if match is not None and not match.group(0)[0].islower():  # (a sentence's opening: a capital or a digit)
        when = match.group("when")
        if when:
            return _WHEN[" ".join(ignorecase_key(when[:-2]).split())]
        if match.group("count") is not None:
            return _days(match.group("count"), match.group("unit"))
    if _AFTER.search(sentence) is None:  # (what `_WITHIN` needs: ~10 µs a sentence less, over 3 a lead)
        return ""
    for found in _WITHIN.finditer(sentence):
        count, unit = found.group("count"), ignorecase_key(found.group("unit"))
        if (unit not in ("day", "morning")) if ignorecase_key(count) == "the" else unit == "morning":
            continue  # ("the week after" is a span: "in the week after"; "a morning after" dates nothing)
        if _DURATION.search(sentence, max(0, found.start() - 20), found.start()) is None:
            return _days("a" if ignorecase_key(count) == "the" else count, unit)
    return ""


def _background(found: re.Match[str]) -> str:
    """The code of the date a background sentence's `_BACKGROUND` words give ("last week" → "w1")."""
    if found.group("ago"):
        return _days(found.group("count"), found.group("unit"))
    return _WHEN[" ".join(ignorecase_key(found.group(0)).split())]


def _days(count: str, unit: str) -> str:
    """The code "dN" of a count ("Three", "12", "a") of days or weeks (`unit`), or "" beyond MAX_DAYS."""
    days = int(count) if count.isdigit() else _NUMBERS[ignorecase_key(count)]
    days *= 7 if ignorecase_key(unit).startswith("week") else 1
    return f"d{days}" if 0 < days <= MAX_DAYS else ""


def _count(code: str) -> tuple[int, int] | None:
    """The days back and the slack of a count code ("d3": 3 days, a day either side; "d1": the day before), or None."""
    if code[:1] != "d" or not code[1:].isdigit():
        return None
    back = int(code[1:])
    return back, 0 if back == 1 else 1  # (as `_dates`: "a day after" is the day before; larger counts loosely)


def dated_span(code: str, time: float) -> tuple[float, float] | None:
    """The span (start, end), in POSIX seconds, that `code` (`lead_follows`) places the followed event in,
    for a follow-up published at `time` (POSIX seconds); None for "" or a code of another version.

    The outlet's calendar is its time zone's, which is unknown: its date at `time` is one of the UTC
    dates of `time` − BEHIND_HOURS and `time` + AHEAD_HOURS, and a date's midnight is at most AHEAD_HOURS
    before UTC's and BEHIND_HOURS after it. The span covers every such reading (a test draws zones)."""
    spans = [span for day in {_utc_date(time - BEHIND_HOURS * 3600.0), _utc_date(time + AHEAD_HOURS * 3600.0)}
             if (span := _dates(code, day)) is not None]
    if not spans:
        return None
    first = min(dt.datetime.combine(start, dt.time(), dt.timezone.utc) for start, _ in spans).timestamp()
    last = max(dt.datetime.combine(end, dt.time(), dt.timezone.utc) for _, end in spans).timestamp()
    return first - AHEAD_HOURS * 3600.0, last + BEHIND_HOURS * 3600.0


def _utc_date(time: float) -> dt.date:
    return dt.datetime.fromtimestamp(time, dt.timezone.utc).date()


def _dates(code: str, day: dt.date) -> tuple[dt.date, dt.date] | None:
    """The dates [first, end) that `code` names, for a follow-up dated `day` by its outlet's calendar."""
    weekday = day.weekday()
    if code.startswith("wd") and code[2:].isdigit():
        back = (weekday - int(code[2:])) % 7 or 7  # the last such day before the article's own
        return day - dt.timedelta(days=back), day - dt.timedelta(days=back - 1)
    if code.startswith("d") and code[1:].isdigit():
        back = int(code[1:])
        slack = 0 if back == 1 else 1  # "three days after" counts loosely; "yesterday" does not
        return day - dt.timedelta(days=back + slack), day - dt.timedelta(days=back - 1 - slack)
    if code == "w0":
        return day - dt.timedelta(days=weekday), day
    if code == "w1":
        return day - dt.timedelta(days=weekday + 7), day - dt.timedelta(days=weekday)
    if code == "we":
        saturday = day - dt.timedelta(days=(weekday - 5) % 7 or 7)  # the last Saturday before the article's day
        return saturday, saturday + dt.timedelta(days=2)
    if code == "m1":
        month = day.replace(day=1)
        return (month - dt.timedelta(days=1)).replace(day=1), month
    return None


def follows_event(follows: str, time: float, other_follows: str, other_time: float, min_seconds: float,
                  day: int = 0, happens: str = "", other_day: int = 0, other_happens: str = "") -> bool:
    """Whether the later of two reports (their `lead_follows` codes and POSIX times) follows the other's
    event: its lead dates an earlier event to when the other was published, at least `min_seconds`
    before it, and the other's lead dates none (module docstring). `day`, `other_day`: their dates
    (`date.toordinal()` in the offset each time was written with); `happens`, `other_happens`: the days their
    leads place their news on (eventdays.lead_event_day). A count from a lead that names its news day is
    counted back from that day by the calendar, with no minimum gap (module docstring)."""
    if time < other_time:
        follows, time, other_follows, other_time = other_follows, other_time, follows, time
        day, happens, other_day, other_happens = other_day, other_happens, day, happens
    if not follows or time <= other_time:
        return False
    news = event_day(happens, day) if happens and day else None
    if _count(follows) and (news is not None or day and other_day):
        back, slack = _count(follows)
        other_news = (event_day(other_happens, other_day) if other_happens else None) or other_day
        target = (news if news is not None else day) - back
        if other_follows and not (_count(other_follows) and abs(other_news - _count(other_follows)[0] - target)
                                  > slack + _count(other_follows)[1]):
            return False  # (two follow-ups of one event; one of another, earlier one is still the other's report)
        if news is not None:
            return target - slack <= other_news <= target + slack
        # (no day in the lead: its news is of its own date; the other report of the day counted back, more than
        # SITTING_HOURS before it — a re-telling of the follow-up's own news comes within hours of it)
        if target - slack <= other_news <= target + slack and time - other_time > SITTING_HOURS * 3600.0:
            return True
    if other_follows or time - other_time < min_seconds:
        return False
    span = dated_span(follows, time)
    return span is not None and span[0] <= other_time < span[1]

"""A lead that announces an event for a later day: the announcement, not a report of the event.

The labelling convention (docs/stories.md) makes an announcement and the event itself a few days
later *related* stories, not one. They share the event's names and words and score like re-tellings:
a trial's "Norvane and Kestrel agree to talks in Oslo" (The Meridian Courier, Tuesday: "will meet in
Oslo on Wednesday") and "Oslo talks end without agreement" (Nordhavn Post, Thursday) scored above the
threshold and were one story. What tells them apart is that the announcement's lead places the event
on a day ahead of its own, and the other report was published after that day: it cannot be a
re-telling of the announcement's news (which was that the event would happen) without saying so.

`lead_announces(text)` reads the lead's first two sentences (`leadactors.lead_head`, 400 characters)
for a future form followed in the same sentence, within 80 characters (a date: FAR_CHARS in one clause, no comma,
colon, semicolon, dash or bracket between), by the day it names, with no reporting verb between ("said", "announced": "will ride for the team from next season, it announced on
Friday" dates the announcement). The future forms (lower case; plurals and third persons too):
- "will"; "is to", "is set/due/scheduled/expected/slated/poised/going/likely to";
- "plans/expects/intends/aims/hopes/vows/promises/pledges/threatens to" (and "vowed", "promised" …);
- "expected", "due", "scheduled", "slated", "set", "planned" before "on"/"for" or the day itself ("a ruling is
  expected on Thursday": a third trial's hearing and its ruling were one story without it);
- "would" in reported speech ("said it would strike on Monday", "confirmed that Antony Blinken would come …
  to Monday"), not a modal ("a bill that would cap liability cleared the Senate on Thursday": a past event);
- "ahead of" ("ahead of Thursday's vote": the only form read with a possessive day; "will appeal Thursday's
  ruling" names a past day).
The day (after "on", "for", or alone as US copy writes it: "is expected Thursday", "will vote March 12"; never
after "last", "past", "since", "until", "till", "until at least", "from", "by": "will stay closed until at least
Monday" tells when a closure may end, no event of Monday — T13, 2026-12-06, linked a derailment to a court ruling
published that Monday as an announcement and its event):
- a date, with or without its weekday ("on Thursday, October 15", "on 4 November", "on Nov. 4th"): that
  date, the first on or after the article's, if at most MAX_AHEAD_DAYS ahead (code "m10d15");
- "on Thursday next week" or "next Thursday" (the later of its two readings): that weekday of the ISO 8601
  week after the article's ("nw3");
- "on Wednesday", "this Wednesday": the first Wednesday on or after the article's date ("wd2": "will meet on
  Wednesday" written on a Wednesday means that day);
- "tomorrow" ("d1"); "today", "later today", "tonight", "this morning/afternoon/evening" ("d0");
  "this week", "this weekend", "later this week": the Sunday of the article's week ("w0").
A sentence of the two that opens with "Tomorrow" announces "d1" whatever its tense ("Tomorrow the full council votes
on …": a trial's eve-of-vote live blog, 2026-12-04), unless a reporting verb dates it ("Tomorrow is too late, she
said"). "Next week" alone and months are not read (an announcement of a trip next week and its confirmation a day
later were one story in the evaluation set, and stay so).

`announced_day(code, day)` turns the code and the article's own date (a proleptic Gregorian ordinal,
in the offset its `published` was written with) into the last day the event was announced for.
similarity.score_pairs caps a pair when one report announces and the other is dated on or after that day
and after the announcement, and does not announce that same day itself (a report of the event may announce
the next one: "granted the injunction on Thursday, halting the strike planned for Monday 16 March" and the
hearing's "set to rule tomorrow" were one story while only a report announcing nothing counted, a third
trial): `held_apart` tells the editor so. An event is
reported on its day ("set to rule tomorrow" and, the next evening, "on Friday put off a decision": a
second trial's wrong merge when only later days counted); a re-telling of the announcement on that day
writes its future form ("will meet today") and so announces too. The forms are English; a lead in
another language announces nothing.
"""
from __future__ import annotations

import datetime as dt
import re

from briefgen.analyse.leadactors import lead_head
from briefgen.analyse.sentences import CAPITAL_OR_DIGIT, ends as sentence_ends
from briefgen.analyse.textmatch import ignorecase_key

MAX_AHEAD_DAYS = 60  # a date further ahead than this is no announcement of this week's news
FAR_CHARS = 160  # a future form and its day in one clause this far apart still announce (module docstring)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = {name: number for number, names in enumerate((
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
    ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
    ("december", "dec")), 1) for name in names}
_MONTH = "(?:" + "|".join(sorted(_MONTHS, key=lambda w: (-len(w), w))) + r")\.?"
_DATE = (rf"(?:(?:the\s+)?(?P<day1>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<month1>{_MONTH})"
         rf"|(?P<month2>{_MONTH})\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?)(?![\d:])")
_DAYS = {"tomorrow": "d1", "today": "d0", "later today": "d0", "tonight": "d0", "this morning": "d0",
         "this afternoon": "d0", "this evening": "d0", "this week": "w0", "this weekend": "w0", "later this week": "w0"}
_NAMED_DAYS = "|".join(name.replace(" ", r"\s+") for name in sorted(_DAYS, key=lambda w: (-len(w), w)))
# The day: "on"/"for" a weekday or a date, or the weekday or date alone as US copy writes it ("is expected Thursday",
# "will vote March 12"), never the past ("last Thursday", "since Monday") nor a possessive ("Thursday's vote", read
# apart below); "next Thursday" is read as the weekday of the week after (the later of its two readings).
_WHEN = (rf"(?:(?:on|for)\s+|(?P<nextday>next)\s+|(?<!last\s)(?<!past\s)(?<!since\s)(?<!until\s)(?<!from\s)(?<!by\s)"
         rf"(?<!till\s)(?<!until\sat\sleast\s)(?<!till\sat\sleast\s))"
         rf"(?:(?P<weekday>{'|'.join(_WEEKDAYS)})(?![\'\u2019])(?:\s+(?P<next>next\s+week)|,?\s+{_DATE})?"
         rf"|{_DATE.replace('1>', '3>').replace('2>', '4>')})|(?P<named>{_NAMED_DAYS})"
         rf"|(?P<possessive>{'|'.join(_WEEKDAYS)})[\'\u2019]s")
_FUTURE = (r"will|(?:said|says|confirmed|announced|added|warned|insisted)\s+(?:that\s+)?(?:[\w'\u2019-]+\s+){1,4}?"
           r"would(?!\s+have)|(?:is|are)\s+(?:to|(?:set|due|scheduled|expected|slated|poised|going|likely)\s+to)"
           r"|(?:plans?|expects?|intends?|aims?|hopes?|vows?|vowed|promises?|promised|pledges?|pledged|threatens?"
           r"|threatened)\s+to|(?:expected|due|scheduled|slated|set|planned)"
           rf"(?=\s+(?i:on|for|next|this|later|today|tomorrow|tonight|{'|'.join(_WEEKDAYS)})\b)|(?P<ahead>ahead\s+of)")
# The future form in lower case: "Will" opening a sentence is as often a name ("Will Hutton stars on Friday").
# (The look-ahead of the forms' first letters lets most positions fail at once: 18 → 14 µs a lead, c1k.)
# Between them, 80 characters of the sentence, or, for a date (`announced`), up to FAR_CHARS of one clause (no comma,
# colon, semicolon, dash or bracket): "will hold a vote of the full council on the proposed closure of three primary
# schools on Wednesday 18 March" (a trial, 2026-12-04: 82 characters, so read as no announcement, and its eventdays
# reading of 18 March as news).
_ANNOUNCES = re.compile(rf"\b(?=[wsciaptvhedl])(?-i:(?P<future>{_FUTURE}))\b"
                        rf"(?:[^.!?\n]{{0,80}}?|[^.!?\n,;:()\u2013\u2014]{{81,{FAR_CHARS}}}?)\b(?P<when>{_WHEN})\b",
                        re.IGNORECASE)
# A reporting clause between the future form and the day dates the report, not the event: "will ride as
# Lindeboom-Noordzee from next season, the team announced on Friday" (tests/stories/doping/).
_REPORTING = re.compile(r"\b(?:said|says|announced|confirmed|told|reported|added|stated|wrote|declared|revealed)\b",
                        re.IGNORECASE)
# A sentence's end before a capital (of Latin-1 too: "… lundi. À Poitiers, …") or a digit; read through sentences.ends /
# first_end, which leave an initial's period ("Minister S. K. Verma on Tuesday", T16) and an abbreviation's alone.
_SENTENCE_END = re.compile(rf"[.!?][\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(]*(?P<capital>{CAPITAL_OR_DIGIT}))")  # (any capital:
# sentences.capital_next, which `sentence_ends` applies)


def lead_announces(text: str, title: str = "") -> str:
    """The code of the day the first two sentences of plain `text`'s lead announce an event for
    (module docstring), or, naming none, UNDATED when headline `title` tells of an event ahead (`headline_future`),
    else "". Pure."""
    code = _lead_code(text)
    return code or (UNDATED if title and headline_future(title) else "")


# A headline's future: "will", "is/are to", "set/due/poised/expected to", or "to" with an event's verb ("Council to vote
# on closures", "Crews to strike"), with no verb before it (`_COMPLEMENT`: "Opposition calls on the director to step
# aside", "Crews voted to strike", "Kuleba tells Chinese envoy Ukraine will not trade territory": a demand, a past act,
# reported speech) and not negated ("will not", "won't": a stance, no event). Read in lower case.
_HEADLINE_FUTURE = re.compile(
    r"\b(?:(?:will|shall|(?:is|are)\s+(?:set\s+|due\s+)?to|(?:set|due|poised|expected|scheduled)\s+to)\s+(?!not\b|never\b)"
    r"[a-z]|to\s+(?:vote|strike|walk|stage|hold|meet|decide|rule|close|shut|open|reopen|launch|"
    r"publish|unveil|sign|face|hear|debate|review|consider|scrap|axe|cut|raise|end|resume|lead|chair|appoint|name|"
    r"sell|buy|appeal|sue|quit|resign|step|retire|march|protest|visit|host|introduce|ban|lift|extend|begin|start|"
    r"release|testify|go|get|make|pay|stop|halt)\b)")
# A verb before the future makes it the verb's complement, not a future: a demand, a decision, a past act, a report.
_COMPLEMENT = re.compile(r"\b(?:calls?|urges?|asks?|tells?|wants?|orders?|press(?:es)?|forces?|allows?|lets?|agrees?|"
                         r"votes?|decides?|refuses?|fails?|seeks?|tries|moves?|says?|bids?|begs?|wins?|backs?|heads?|goes|travels?|"
                         r"flies|returns?|arrives?|comes?|sails?|warns?|insists?|claims?|thinks|believes?|fears?|hopes?|"
                         r"\w+ed|\w+ing)\s", re.IGNORECASE)
UNDATED = "f"  # the code of an announcement whose headline tells of an event ahead and whose lead names no day
UNDATED_HOURS = 6.0  # an undated announcement and an act this far apart or more (undated_and_act; followups.SITTING_HOURS)


def headline_future(title: str) -> bool:
    """Whether headline `title` (after a colon, when it has one: "Explainer: …", a quoted speaker's name) tells of an
    event ahead (`_HEADLINE_FUTURE`, 2026-12-05): "Council to vote on closures", "Crews set to strike", "Talks will
    resume"; not "Opposition calls on the director to step aside", "Crews voted to strike", "Kuleba tells Chinese
    envoy Ukraine will not trade territory". Pure."""
    lowered = title.lower()
    found = _HEADLINE_FUTURE.search(lowered.partition(":")[2] if ":" in lowered else lowered)
    return found is not None and _COMPLEMENT.search(found.string, 0, found.start()) is None


def undated_and_act(code: str, future: bool, other_code: str, other_future: bool) -> bool:
    """Whether exactly one of two reports is an announcement that names no day (`code` UNDATED) and the other
    announces nothing and tells no future (`future`: leadwords.tells_future): an announcement and an act done, as
    leadwords.announcement_and_act reads a dated one (similarity.py)."""
    if code == UNDATED:
        return not other_code and not other_future
    return other_code == UNDATED and not code and not future


# A word each day `_WHEN` and `_TOMORROW` read holds, in lower case (a weekday's "day", "tomorrow", "tonight", "this …",
# a month's first three letters): a lead with none announces nothing. Lower case reads as re.IGNORECASE does but for
# "İ" (two characters lowered), "ı" and "ſ" (matching "i", "s"): a lead holding one is read by the patterns.
_DAY_HELD = ("day", "tomorrow", "tonight", "this", *dict.fromkeys(month[:3] for month in _MONTHS))


def may_name_day(head: str) -> bool:
    """Whether a lead's `head` holds a word of `_DAY_HELD` (or a letter lower case does not read as the patterns do):
    else `_lead_code` is "" (tests/analyse/test_story_fast_paths_3.py)."""
    lower = head.lower()
    return any(word in lower for word in _DAY_HELD) or not head.isascii() and any(
        c in head for c in "\u0130\u0131\u017f")


def _lead_code(text: str) -> str:
    """The code of the day the first two sentences of plain `text`'s lead announce an event for, or "" (`lead_announces`)."""
    head = lead_head(text, 400)
    if not may_name_day(head):
        return ""  # (~half the benchmark's leads name no day: their sentences were split and searched for nothing)
    ends = [m.end() for m in sentence_ends(_SENTENCE_END, head)]  # (not at an initial: sentences.period_ends)
    head = head[:ends[1]] if len(ends) > 1 else head
    found = _ANNOUNCES.search(head)
    while found is not None:  # (from each future form: a later one may name the day without a reporting verb)
        if _REPORTING.search(head, found.end("future"), found.start("when")) is None and announced(found) and (
                found.group("ahead") or not found.group("possessive")):  # ("will appeal Thursday's ruling")
            return _code(found)
        found = _ANNOUNCES.search(head, found.start() + 1)
    for begin, end in zip([0, *ends[:1]], [*ends[:1], len(head)]):  # "Tomorrow the full council votes on …"
        if _TOMORROW.match(head, begin) and _REPORTING.search(head, begin, end) is None:
            return "d1"
    return ""


def announced(found: re.Match[str]) -> bool:
    """Whether a match of _ANNOUNCES is near enough its future form: within 80 characters, or further (to FAR_CHARS,
    in one clause) a date. A date is told from the past
    by the article's own date (`announced_day`: a 12 March report's "on 10 March" is none); a weekday is not, and one
    that far most often ends a past clause of its own ("will be allowed to pump more … after the ministry approved
    an emergency drought order on Friday", a trial; "will be able to … under a method approved Friday", the doping
    set)."""
    return found.start("when") - found.end("future") <= 80 or _code(found)[:1] == "m"


# A sentence that opens with "Tomorrow" (after a live blog's time: "08:10 Tomorrow …"): its news is tomorrow's, in
# whatever tense ("Tomorrow the full council votes", "Tomorrow's vote decides"); a trial's eve-of-vote live blog
# merged with the vote's reports (2026-12-04). Not "today", "tonight": "Tonight the council voted" is past news.
_TOMORROW = re.compile(r"\s*(?:\d{1,2}[:.h]\d{2}\s+)?[\"'\u201c\u2018(]*Tomorrow\b")


def _code(found: re.Match[str]) -> str:
    """"m10d15" (a date: month, day), "nw3" (a weekday of next week), "wd3" (a weekday), or `_DAYS`' code."""
    for day, month in (("day1", "month1"), ("day2", "month2"), ("day3", "month3"), ("day4", "month4")):
        if found.group(day):
            return f"m{_MONTHS[ignorecase_key(found.group(month).rstrip('.'))]}d{int(found.group(day))}"
    weekday = found.group("weekday") or found.group("possessive")
    if weekday:
        prefix = "nw" if found.group("next") or found.group("nextday") else "wd"
        return f"{prefix}{_WEEKDAYS.index(ignorecase_key(weekday))}"
    return _DAYS[" ".join(ignorecase_key(found.group("named")).split())]


def announced_day(code: str, day: int) -> int | None:
    """The last day (a proleptic Gregorian ordinal, `date.toordinal()`) an event announced with `code`
    (`lead_announces`) by an article dated `day` (the same) is for; None for "", a code of another version,
    or a date that does not exist or lies more than MAX_AHEAD_DAYS ahead (the first such date on or after the
    article's)."""
    weekday = (day - 1) % 7  # (ordinal 1, 1 January of year 1, was a Monday)
    if code.startswith("wd") and code[2:].isdigit():
        return day + (int(code[2:]) - weekday) % 7
    if code.startswith("nw") and code[2:].isdigit():
        return day + 7 - weekday + int(code[2:])
    if code in ("d0", "d1"):
        return day + int(code[1])
    if code == "w0":
        return day + 6 - weekday
    dated = re.fullmatch(r"m(\d{1,2})d(\d{1,2})", code)
    if dated is None:
        return None
    today = dt.date.fromordinal(day)
    for year in (today.year, today.year + 1):
        try:
            when = dt.date(year, int(dated.group(1)), int(dated.group(2))).toordinal()
        except ValueError:
            continue
        if when >= day:
            return when if when - day <= MAX_AHEAD_DAYS else None
    return None


def announced_before(announces: str, day: int, other_announces: str, other_day: int) -> bool:
    """Whether one of two reports (their `lead_announces` codes and dates, as ordinals) announces an event
    for a day on or before the other's date, the other is dated after it and does not announce that same day
    itself (module docstring)."""
    if not announces and not other_announces:  # (nearly every pair: scored for each candidate pair)
        return False
    for code, own, other, other_code in ((announces, day, other_day, other_announces),
                                         (other_announces, other_day, day, announces)):
        last = announced_day(code, own)
        if last is not None and other >= last and other > own and announced_day(other_code, other) != last:
            return True
    return False

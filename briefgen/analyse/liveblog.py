"""A live blog's courtesies (an entry that is a clock time and a greeting or a sign-off, and nothing else), and
whether a text is a live blog's (`live_blog`: its paragraphs open with clock times; below).

A trial's story page (2026-12-04) listed "08:10 Good morning." and "16:00 That is all from us for today." as what a
live blog added to the story: entries of a live blog open with their time, and its first and last entries often
say no more than hello and goodbye. Such a sentence is no news, so no report "adds" it (compare.py).

The rule is narrow on purpose: the sentence opens with a clock time ("08:10", "8.10am", "4pm", "16h00", "6 p.m.")
and the rest is one greeting — "Good morning", "Good afternoon", "Good evening", "Hello", "Hi everyone", "Welcome
(back) to our live coverage (of the vote: four words at most)" — or one sign-off — "That is all from us (for today)", "That's it for now",
"Thanks for following (along)", "Good night", "We'll be back tomorrow" — with its full stop or exclamation mark.
"08:10 Good morning, the vote is at six." says more, and is a sentence like any other; so is a greeting without a
time, which need not be a live blog's.
"""
from __future__ import annotations

import re

_CLOCK = r"(?:\d{1,2}[:.h]\d{2}(?:\s?[ap]\.?m\.?)?|\d{1,2}\s?[ap]\.?m\.?)(?:\s+(?:GMT|BST|UTC|CET|CEST))?"
_GREETING = (r"(?:good\s+(?:morning|afternoon|evening)|hello|hi)(?:,?\s+(?:everyone|all|again))?"
             r"(?:,?\s+and\s+welcome(?:\s+back)?(?:\s+to\s+(?:our|this|the)\s+live\s+(?:coverage|blog|updates?|page)"
             r"(?:\s+of\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,3})?)?)?"
             r"|welcome(?:\s+back)?\s+to\s+(?:our|this|the)\s+live\s+(?:coverage|blog|updates?|page)(?:\s+of\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,3})?")
_SIGN_OFF = (r"(?:that(?:['\u2019]s|\s+is|\s+was)\s+(?:all|it)(?:\s+(?:from\s+(?:us|me)|for\s+(?:now|today|tonight|"
             r"this\s+evening|the\s+day)))*"
             r"|(?:thanks|thank\s+you)\s+for\s+(?:following|reading|joining\s+us)(?:\s+(?:along|today|tonight))?"
             r"|good\s*night|goodbye|bye\s+for\s+now"
             r"|we(?:['\u2019]ll|\s+will)\s+be\s+back\s+(?:tomorrow|later|in\s+the\s+morning)(?:\s+morning)?)")
_COURTESY = re.compile(rf"{_CLOCK}\s*[:\u2013\u2014-]?\s+(?:{_GREETING}|{_SIGN_OFF})\s*[.!]*", re.IGNORECASE)


def courtesy(sentence: str) -> bool:
    """Whether `sentence` (one sentence of a report's plain text) is only a clock time and a greeting or a sign-off
    (module docstring): "08:10 Good morning.", "16:00 That is all from us for today." — no news of the story."""
    return bool(sentence[:1].isdigit()) and _COURTESY.fullmatch(sentence.strip()) is not None


# A live blog: the day's updates of one outlet, each entry a paragraph that opens with its clock time ("09:10 The
# inspectorate has confirmed …", "**08:10** Good morning."), the first paragraph among them. Its news is the day's:
# a trial (2026-12-05) merged a radio station's "Salmonella outbreak: Thursday's updates" (5 March, 20:00) with a
# paper's explainer of the bacteria's genetics the next morning at 0.74, on the laboratory and its director that one
# entry quoted. eventdays.lead_event_day gives such a text its own date as its news day (code LIVE_DAY).
LIVE_ENTRIES = 3  # paragraphs that open with a clock time: two could be a report's timeline
_ENTRY = re.compile(rf"(?:^|\n\s*\n)\s*{_CLOCK}\s*[:\u2013\u2014-]?\s+(?=\S)", re.IGNORECASE)


def live_blog(text: str) -> bool:
    """Whether plain `text` (paragraphs apart by a blank line) is a live blog's: its first paragraph and at least
    LIVE_ENTRIES in all open with a clock time ("09:10", "8.30am", "4pm"); a time inside a sentence is none. Pure;
    reads the paragraphs' starts only when the text opens with a digit."""
    if not text[:32].lstrip()[:1].isdigit():  # (nearly every text: no copy of it made)
        return False
    start = text.lstrip()
    if _ENTRY.match(start) is None:
        return False
    count = 0
    for _ in _ENTRY.finditer(start):
        count += 1
        if count >= LIVE_ENTRIES:
            return True
    return False

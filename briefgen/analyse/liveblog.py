"""A live blog's courtesies: an entry that is a clock time and a greeting or a sign-off, and nothing else.

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

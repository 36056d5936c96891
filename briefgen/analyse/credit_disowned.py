"""A report the article calls wrong is no credit: "CNN reported, wrongly, that …", "a report by X that was later
retracted", "contrary to what X reported".

    disowned(text, start, cue)   # -> bool: the credit of `cue` at `start` is of a report the text itself disowns

Last sessions' finding (FX39, 2026-12-07): the class was read three ways. "CNN got the story wrong" credited no one
(creditscoops.py, BR29), "CNN wrongly reported that …" no one (no form reads an adverb there), but "CNN reported,
wrongly, that …", "CNN reported wrongly", "a report by CNN that was later retracted", "a since-retracted CNN report",
"an erroneous CNN report said", "contrary to a report by CNN" and "contrary to what CNN reported" credited CNN.

Decided (docs/stories.md): a credit says where an article's news comes from, and a story's credit line tells readers
who reported it first. An article whose own words call a report wrong — an adverb of error on its verb, the report
retracted, withdrawn, deleted or debunked, an adjective of error on it, "contrary to" it — does not take its news from
that report but sets its own against it; crediting it would show the wrong report as the story's first report. So
such a credit credits no one, as "got the story wrong" did. A report someone else disputes stays a credit: "the
senator denied a Reuters report that she would resign", "the ministry dismissed as false a Bloomberg report" re-tell
the report and a reaction, and whether the report holds is not the article's word (a denial's story starts from the
report it denies). A report "later corrected" or "updated" stands, amended.
"""
from __future__ import annotations

import re

_ERROR = r"(?:wrongly|falsely|erroneously|incorrectly|mistakenly|inaccurately|wrongfully|prematurely)"
_GONE = (r"(?:retracted|withdrawn|deleted|taken\s+down|pulled|debunked|discredited|disproved|disproven"
         r"|(?:proved|proven|shown)\s+(?:to\s+be\s+)?(?:false|wrong|untrue|inaccurate))")
_ADVERB = r"(?:(?:later|since|subsequently|quickly|swiftly|now)\s+)?"
_OWN = r"(?:it|the\s+(?:network|newspaper|paper|agency|broadcaster|outlet|site|magazine|channel|station)|[A-Z][\w.&-]*)"
# Right after the cue: ", wrongly," / "wrongly that"; ", since retracted," — after any cue
_AFTER = re.compile(rf",?\s*{_ERROR}\b|(?:\s+(?:on|last|this)\s+\w+)?,\s+{_ADVERB}{_GONE}\b", re.IGNORECASE)
# … and after a report's (not a verb's content clause: "Reuters reported that the ministry had withdrawn …"): "that was
# later retracted", "which has since been deleted", "that the network later retracted", "which it has since withdrawn"
_RELATIVE = re.compile(rf"(?:\s+(?:on|last|this)\s+\w+)?,?\s+(?:that|which)\s+(?:(?:was|were|has|have|had)\s+{_ADVERB}"
                       rf"(?:been\s+)?|{_OWN}\s+(?:has\s+|had\s+)?(?=(?:later|since|subsequently)\s))?{_ADVERB}{_GONE}\b")
_VERB_END = re.compile(r"\b(?:reported|reports|said|says|wrote|writes|revealed|learned|noted|notes|added|stated)$")
# In the cue or just before it, after a determiner: "a since-retracted CNN report", "an erroneous CNN report" (not
# "dismissed as false a Bloomberg report": someone else's word); "contrary to (what)"
_QUALIFIED = re.compile(rf"\b(?:an?|the|its|\w+['\u2019]s)\s+(?:(?:since|now|later)-?{_GONE}|retracted|withdrawn|deleted|debunked|discredited|erroneous"
                        rf"|false|inaccurate|incorrect|mistaken|wrong|bogus|fake)\s+(?:\w+\s+){{0,3}}?(?:report|story"
                        rf"|article|reports|stories|articles)\b", re.IGNORECASE)
_CONTRARY = re.compile(r"\b(?:contrary\s+to|unlike)\s+(?:what\s+|an?\s+(?:\w+\s+)?|the\s+)?$", re.IGNORECASE)


# A word one of the patterns above needs, looked for first
_WORDS = ("wrong", "false", "erroneous", "incorrect", "mistaken", "inaccurate", "premature", "retract", "withdrawn",
          "delete", "taken down", "pulled", "debunk", "discredit", "disprov", "proved", "proven", "shown", "bogus",
          "fake", "contrary", "unlike")


def disowned(text: str, start: int, cue: str) -> bool:
    """Whether the credit whose words `cue` start at `start` in `text` (credits.Credit's) is of a report the text calls
    wrong (module docstring): an adverb of error or the report's retraction right after the cue, an adjective of error
    on the report in the cue or just before it, "contrary to (what)" just before it."""
    end = start + len(cue)
    near = text[max(0, start - 30):end + 90].lower()
    if not any(word in near for word in _WORDS):  # (most credits: ~10 µs of patterns an article saved, 2026-12-07)
        return False
    window = text[max(0, start - 30):end]
    return (_AFTER.match(text, end) is not None or _QUALIFIED.search(window) is not None
            or _VERB_END.search(cue) is None and _RELATIVE.match(text, end) is not None
            or _CONTRARY.search(text, max(0, start - 30), start) is not None)

"""Whether "called" is a call to someone ("called the helpline three times", "called police") rather than words.

    not_words(masked, verb_start, verb_end)   # True for "Tom Reid called the helpline three times"

lexicon.SPEECH_VERBS holds "called"/"calls" for "X called for “…”", "X called on ministers to “…”" and "X called the
plan “a betrayal”" (naming: quotecalled.py). Issue 9 (2026-12-05): "Tom Reid called the helpline three times, his
daughter said. “He was frightened,” she said." gave the quotation to Tom Reid: his phone call made him the sentence's
speaker (antecedents.main_subject), and "Tom Reid called the helpline at 3am “because …”" made the quotation his.
"called" is words only when "for", "on", "out", "in", "it", "them", "this", "that" follows it, or a quotation follows
in its clause ("which Blinken called “a good thing”", "called the decision “…”", "called Brazil's new duties on corn
“…”") with no word of a call's adverbials nor a number between (`_ADVERBIAL`: "the helpline three times", "at 3am",
"police after hearing"); anything else is a call, a summons or a visit ("called the helpline.", "called the
helpline at 3am “because …”"): no speech verb there. A pure function of the masked text.
"""
from __future__ import annotations

import re

from briefgen.analyse.quotemask import MASK

_CALLED = frozenset(("called", "calls", "calling"))
_WORDS_FIRST = re.compile(r"\s+(?:for|on|out|in|it|them|this|that)\b")
# Up to the quotation that "called" names, within its clause: "the decision “…”", "Brazil's new duties on corn “…”".
_UP_TO_QUOTE = re.compile(rf"([^.;!?\n{re.escape(MASK)}]{{0,120}}){re.escape(MASK)}")  # (a colon goes on: "called the
# exemption vital: “…”")
# Words of a call's adverbials, never of what a thing is called: "called the helpline three times “…”".
_ADVERBIAL = frozenset("""times twice once again today yesterday tonight repeatedly back later earlier at after when
from while until""".split())


def not_words(masked: str, verb_start: int, verb_end: int) -> bool:
    """Whether the speech verb masked[verb_start:verb_end] is "called"/"calls" making a call, not words (module
    docstring); False for every other verb."""
    verb = masked[verb_start:verb_end].split()
    if not verb or verb[-1].lower() not in _CALLED or _WORDS_FIRST.match(masked, verb_end):
        return False
    found = _UP_TO_QUOTE.match(masked, verb_end)
    return found is None or any(w.lower().strip(",") in _ADVERBIAL or w[:1].isdigit() for w in found.group(1).split())

"""Whether "called" is a call to someone ("called the helpline three times", "called police") rather than words.

    not_words(masked, verb_start, verb_end)   # True for "Tom Reid called the helpline three times"

lexicon.SPEECH_VERBS holds "called"/"calls" for "X called for “…”", "X called on ministers to “…”" and "X called the
plan “a betrayal”" (naming: quotecalled.py). Issue 9 (2026-12-05): "Tom Reid called the helpline three times, his
daughter said. “He was frightened,” she said." gave the quotation to Tom Reid: his phone call made him the sentence's
speaker (antecedents.main_subject), and "Tom Reid called the helpline at 3am “because …”" made the quotation his.
"called" is words only when "for", "on", "out", "in", "it", "them", "this", "that" follows it, or a quotation right
after it ("which Blinken called “a good thing”") or after an object of a determiner and at most three words (or a
pronoun, or a capitalised name) ("called the decision “…”", "called the Chinese plan “…”", "called Varga's claim “…”", "called Smith “…”"), no word of a call's adverbials
among them (`_ADVERBIAL`: "the helpline three times"); anything else ("the helpline three times", "police after hearing",
"the helpline at 3am") is a call, a summons or a visit: no speech verb there. A pure function of the masked text.
"""
from __future__ import annotations

import re

from briefgen.analyse.quotemask import MASK

_CALLED = frozenset(("called", "calls", "calling"))
_WORDS_AFTER = re.compile(
    rf"\s+(?:(?:for|on|out|in|it|them|this|that)\b|(?:(?:him|her|them|us|me)|[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?|"
    rf"(?:the|a|an|his|her|its|their|this|that|these|those|our|my|your|[A-Z][\w-]*['\u2019]s?)(?P<object>(?:\s+[A-Za-z][\w'\u2019-]*){{0,3}}))?"
    rf"(?:\s+as)?\s*{re.escape(MASK)})")
# Words of a call's adverbials, never of what a thing is called: "called the helpline three times “…”".
_ADVERBIAL = frozenset("""times twice once again today yesterday tonight repeatedly back later earlier at after before
when from to in on into while until""".split())


def not_words(masked: str, verb_start: int, verb_end: int) -> bool:
    """Whether the speech verb masked[verb_start:verb_end] is "called"/"calls" making a call, not words (module
    docstring); False for every other verb."""
    verb = masked[verb_start:verb_end].split()
    if not verb or verb[-1].lower() not in _CALLED:
        return False
    found = _WORDS_AFTER.match(masked, verb_end)
    return found is None or any(w.lower() in _ADVERBIAL for w in (found.group("object") or "").split())

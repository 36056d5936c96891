"""What attribution frames look like: the patterns and word lists that `quotes.py` matches in the
masked text (quotemask.py: other quotations replaced by MASK) around a quotation.

`SPEECH` finds a speech verb (with up to two adverbs: "later said") or "according to";
`AFTER_*` read the frame after a closing mark ("…,” Kuleba said", "…,” said Kuleba",
"…” — Kuleba"), `BEFORE_COLON_NAME` a lead-in before an opening mark ("Kuleba: “…”"),
`ACCORDING` an "according to X" anywhere in the sentence. docs/people.md gives the frames'
order and reasons.
"""
from __future__ import annotations

import re

from briefgen.analyse.lexicon import SPEECH_ADVERBS, SPEECH_VERBS
from briefgen.analyse.quotemask import MASK

_VERB = "|".join(sorted(SPEECH_VERBS))
_ADV = "|".join(sorted(SPEECH_ADVERBS))
SPEECH = re.compile(rf"(?<![\w\-])(?:(?:{_ADV})\s+){{0,2}}(?P<verb>{_VERB}|according\s+to)(?![\w\-])")
AFTER_LEAD = re.compile(r"[\s,;]*")
AFTER_INVERTED = re.compile(rf"(?P<verb>{_VERB}|according\s+to)\s+(?P<np>[^.;:!?{MASK}]{{1,80}})")
AFTER_SUBJECT = re.compile(rf"(?P<np>[^.;:!?{MASK}]{{1,120}}?)\s+(?:(?:{_ADV})\s+){{0,2}}(?P<verb>{_VERB})(?![\w\-])")
# “…,” according to X, Kuleba said: X's phrase up to its first comma, then a subject and its verb
AFTER_SOURCE = re.compile(rf"according\s+to\s+[^,.;:!?{MASK}]{{1,80}},(?P<np>[^.;:!?{MASK}]{{1,120}}?)\s+"
                          rf"(?:(?:{_ADV})\s+){{0,2}}(?P<verb>{_VERB})(?![\w\-])")
AFTER_DASH = re.compile(r"\s*[\u2014\u2013]\s*")
BEFORE_COLON_NAME = re.compile(r"(?:^|[.;]\s*)(?P<np>[^,.;:!?\x1f]{1,60}?)\s*[:\u2014\u2013]\s*$")
CLAUSE_BREAK = re.compile(r"[;:(\[\u2014\u2013]|\x1f")
PART_END = re.compile(r"[,;:(\x1f]")
PART_OR_DASH = re.compile(r"[,\u2014\u2013]")
NAMED = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey)\b|[A-Z]")
ACCORDING = re.compile(rf"according\s+to\s+(?P<np>[^.;:!?{MASK}]{{1,80}})", re.I)
# "his call", "separate calls": a speech verb's word used as a noun.
NOUN_BEFORE = re.compile(r"(?<!\w)(?:a|an|the|his|her|their|its|our|my|your|separate|phone|several|two|"
                         r"many|these|those|such|whose|recent|repeated)\s+$", re.I)
PREPOSITIONS = frozenset("in of from at with for on to near by after before about against between over under "
                         "without like than into across outside inside during since".split())
FRAGMENT_REACH = 8  # words between a speech verb and a short quotation it governs
DASH_WORDS = 10  # words after "— " read for a speaker
OWN_CLAUSE = frozenset("what which who whom whose so-called dubbed nicknamed".split())
RELATIVE = frozenset("who whom whose which that".split())  # "according to X, who said": X's own clause
CLAUSE_END_AFTER_TERMINAL = re.compile(r"\s*(?:[.,;!?]|$|(?:on|in|at|to|during|after|later|earlier|"
                                       r"reporters|journalists|[A-Z]\w*[.,]))")

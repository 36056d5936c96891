"""A new act beside one kept up for an Nth day: the lead's day dates the news (eventdays._runs_days).

A lead whose event lasts days places its news on no one day (eventdays.py: "The bin strike went into its second
day on Wednesday", "Pickets returned for a third straight day": a fifth trial's two-day strike was one story). The
T20 trial (2026-12-06, a tailings-dam breach on a Monday) had Reuters' Tuesday report "Chilean authorities kept the
town of Quebrada Honda evacuated for a second day on Tuesday and widened the search for three … workers" dated
nothing, and so merged with Monday's breach reports at 0.84: nothing capped it, and the day-two story lost it.
What it tells besides the act kept up — the search widened — is an act of that day, so the day is its news.

`joins_new_act(first, start)`: whether the later-day form at `start` of `first` (a lead's first sentence) counts the
days of an act ("for a second day", "for a third straight day": opened by "for a/an", not an event's own "its second
day", "day two of") and its clause joins to that act, with no subject of its own, a past verb with an object ("and
widened the search", "and ordered the …", "sent troops and kept the border closed for a third day"): a predicate after
"and" — a past form (a regular "-ed", or an irregular one of lexicon.PAST_VERBS, not a reporting or auxiliary verb)
before a determiner, a number (in figures or words), "more"/"new", a capitalised word, a gerund ("began pumping") or a
particle ("brought in dogs") — with no subordinating word or clause break between it and the form ("after hackers
attacked … on Monday and the university switched off …" joins none: another subject, another clause). Left as before:
a state kept up and nothing new ("woke up on Tuesday to a second day without university email": the ransomware set's
students' angle is the attack's story), an event's own day ("entered its second day on Wednesday and brought the port
to a standstill"), and a new act told in another clause or sentence.
"""
from __future__ import annotations

import re

from briefgen.analyse.lexicon import PAST_VERBS

# Irregular past forms that tell an act (not "said", "told", "was", "had", "would": a statement or an auxiliary).
_IRREGULAR = sorted(PAST_VERBS - frozenset("""said told thought knew felt meant got did does has had was is were would
will could can became forgot spoke heard read saw sat stood""".split()))
_FOR_A = re.compile(r"\bfor\s+an?\s+$", re.IGNORECASE)
# A past verb after "and", with no subject between, before its object ("and widened the search").
_JOINED = re.compile(rf"\band\s+(?:also\s+|then\s+|later\s+)?(?:[a-z]{{2,}}[^e\W]ed|[a-z]+ied|agreed|freed|"
                     rf"{'|'.join(_IRREGULAR)})\s+(?:the|a|an|its|their|his|her|our|some|more|new|all|both|several|"
                     r"dozens|hundreds|two|three|four|five|six|seven|eight|nine|ten|\d|[A-Z]|[a-z]{3,}ing\b|(?:in|out|up|off|back|down)\s+\w)")
# A subordinating word or a clause break: the joined verb is another clause's.
_BREAK = re.compile(r"\b(?:after|since|as|while|when|whereas|because|which|who|whom|whose|that|before|until|where|"
                    r"if|though|although|once)\b|[,;:()\u2013\u2014]", re.IGNORECASE)


def joins_new_act(first: str, start: int) -> bool:
    """Whether the later-day form ("second day", "third straight day") at `start` of `first` (a lead's first
    sentence) counts an act's days ("for a second day") and its clause joins a new act to it with "and" (module
    docstring). Pure."""
    if _FOR_A.search(first, max(0, start - 8), start) is None:
        return False
    for joined in _JOINED.finditer(first):
        low, high = sorted((start, joined.start()))
        if _BREAK.search(first, low, high) is None:
            return True
    return False

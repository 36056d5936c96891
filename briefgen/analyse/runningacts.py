"""A new act beside one kept up for an Nth day: the lead's day dates the news (eventdays._runs_days).

A lead whose event lasts days places its news on no one day (eventdays.py: "The bin strike went into its second
day on Wednesday", "Pickets returned for a third straight day": a fifth trial's two-day strike was one story). The
T20 trial (2026-12-06, a tailings-dam breach on a Monday) had Reuters' Tuesday report "Chilean authorities kept the
town of Quebrada Honda evacuated for a second day on Tuesday and widened the search for three … workers" dated
nothing, and so merged with Monday's breach reports at 0.84: nothing capped it, and the day-two story lost it.
What it tells besides the act kept up — the search widened — is an act of that day, so the day is its news.

`joins_new_act(first, start)`: whether the later-day form at `start` of `first` (a lead's first sentence) counts the
days of a state kept on something ("kept the town evacuated for a second day", "kept the border shut for a third
straight day": "kept" + its object, opened by "for a/an", no clause break between) and, after it in its clause, with
no subject of its own, "and" joins a past verb with an object ("and widened the search", "and ordered the …"): a
regular "-ed" form or an irregular one of lexicon.PAST_VERBS — not a reporting, auxiliary or speech verb ("and
accused", "warned", "urged", "called", "vowed") — before a determiner, a number, "more"/"new", a capitalised word, a
gerund ("began pumping") or a particle ("brought in dogs"), with no subordinating word or clause break between.
Narrowed 2026-12-06 (FX27, BR27's finding 2): the rule first took any act kept up and a joined verb on either side,
so a strike's third day "returned to the picket lines for a third straight day on Wednesday and blocked the
entrance" was dated and split from Monday's walk-out (0.86 -> 0.45), as were statements ("… and urged the minister
…"), both acts kept up ("blocked roads and occupied the square for a second day") and a market's run ("fell for a
second day and extended the losses"). What tells T20's case apart: the act kept up is a state an actor holds on
something else after an event (the town kept evacuated) — the event is over, the new act is the day's news — where an
act kept up by its own actors (a strike, a protest, a search, a fall) is the event itself and what it adds is its
continuation. Left as before: a state kept up and nothing new ("woke up on Tuesday to a second day without
university email": the ransomware set's students' angle is the attack's story), an event's own day ("entered its
second day on Wednesday and brought the port to a standstill"), and a new act told in another clause or sentence.
"""
from __future__ import annotations

import re

from briefgen.analyse.lexicon import PAST_VERBS

# Irregular past forms that tell an act (not "said", "told", "was", "had", "would": a statement or an auxiliary).
_IRREGULAR = sorted(PAST_VERBS - frozenset("""said told thought knew felt meant got did does has had was is were would
will could can became forgot spoke heard read saw sat stood""".split()))
# Speech verbs after "and": a statement of the day, not an act (BR27: "… for a second day and accused the government").
_SPOKE = frozenset("""accused warned urged called vowed demanded pledged promised insisted denied claimed blamed
criticised criticized condemned appealed asked threatened rejected welcomed announced signalled signaled""".split())
# "kept" + an object (not "kept up", "kept on", "kept going"/"kept working": the act itself kept up).
_KEPT = re.compile(r"\bkept\s+(?!(?:up|on|at|away|out|quiet|silent)\b|\w+ing\b)\w", re.IGNORECASE)
_FOR_A = re.compile(r"\bfor\s+an?\s+$", re.IGNORECASE)
# A past verb after "and", with no subject between, before its object ("and widened the search").
_JOINED = re.compile(rf"\band\s+(?:also\s+|then\s+|later\s+)?([a-z]{{2,}}[^e\W]ed|[a-z]+ied|agreed|freed|"
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
    if not any(_BREAK.search(first, kept.end(), start) is None for kept in _KEPT.finditer(first, 0, start)):
        return False
    for joined in _JOINED.finditer(first, start):
        if joined.group(1).lower() not in _SPOKE and _BREAK.search(first, start, joined.start()) is None:
            return True
    return False

"""A new act beside one kept up for an Nth day: the lead's day dates the news; a stoppage's end told with its length:
it does not (eventdays._runs_days).

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

`ends_stoppage(first, start, end)`: whether the lasting form at first[start:end] ("two-day", "48-hour") that a span's
end opens ("after a", "ending a": eventdays._SPAN_ENDED, which keeps the day of a span that ended with the news) is
the length of a stoppage — an outage, a strike, a closure … (`_STOPPAGES`, within two words after it; or a state
of one before it: "closed (shut, suspended, offline) for three days") — and the lead tells its end: "ending"/"ended"
it, or a verb of restoring before it in the sentence ("restored", "resumed", "reopened", "returned", "back online"). The T21 trial (2026-12-07, finding 9): Reuters' "Ghanaian mobile-money
platform KoboCash restored service on Thursday after a two-day outage" was dated Thursday and held apart from PAPS's
Wednesday report of the outage ("went offline on Wednesday"): the end of a running event is its story's, as its later
days are ("went into its second day"). Kept dated: a new act after a stoppage ("ordered ChapaPesa to stop registering
customers …, after a two-day outage": the suspension, the next story; no verb of restoring), a span that is no
stoppage ("ending a 56-hour ordeal": the T17 rescue, a story of its own; "ending a two-week standoff": the takeover
set's agreed offer; "ended three days of talks").
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


# A running event that stops something (its length after "after a", "ending a": the end of that event)
_STOPPAGES = re.compile(r"(?:[\w-]+\s+){0,2}?(?:outages?|blackouts?|power\s+cuts?|shutdowns?|shut-downs?|strikes?|walkouts?|"
                        r"walk-outs?|stoppages?|closures?|lockdowns?|lock-downs?|blockades?|disruptions?|downtime|"
                        r"suspensions?|halts?|interruptions?)\b", re.IGNORECASE)
_ENDING = re.compile(r"\bend(?:s|ed|ing)\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:(?:more\s+than|over|nearly|almost|"
                     r"about|some|roughly)\s+)?$", re.IGNORECASE)
_RESTORING = re.compile(r"\b(?:restor(?:ed|es|ing)|resum(?:ed|es|ing)|re-?open(?:ed|s|ing)|return(?:ed|s|ing)|"
                        r"reconnect(?:ed|s|ing)|(?:came|comes|coming|is|are|was|were)\s+back|back\s+(?:online|up|on))\b",
                        re.IGNORECASE)


_STOPPED_FOR = re.compile(r"\b(?:closed|shut(?:\s+down)?|suspended|halted|offline|disconnected|grounded|"
                          r"out\s+of\s+(?:service|action))\s+for\s+(?:(?:more\s+than|over|nearly|almost|about|some|"
                          r"roughly|at\s+least)\s+)?$", re.IGNORECASE)


def ends_stoppage(first: str, start: int, end: int) -> bool:
    """Whether the lasting form at first[start:end] (a lead's first sentence), after a span's end ("after a",
    "ending a", "shut for"), is a stoppage's length whose end the lead tells (module docstring: "restored service on
    Thursday after a two-day outage", "…, ending a three-day strike", "reopened on Friday after being closed for three
    days"). Pure."""
    if _STOPPED_FOR.search(first, max(0, start - 40), start) is not None:
        return _RESTORING.search(first, 0, start) is not None
    if _STOPPAGES.match(first, end + (first[end:end + 1].isspace())) is None:
        return False
    return _ENDING.search(first, max(0, start - 40), start) is not None or \
        _RESTORING.search(first, 0, start) is not None

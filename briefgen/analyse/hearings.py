"""A hearing's frames, whose subject is the audience and whose speaker is the agent: "The court was told by Kipchumba
Rotich that the ledger had been “encrypted …”", "The committee heard from Gladys Chepkemoi, who said: “…”", "MPs heard
from X that …", and after the quotation "“…,” the court was told by X." — the words are X's (T21, FX34: a court and
a committee hearing, where the speaker is named after "by" or "from"; the frames read the audience, "the court", as
the subject and gave no one the words).

    hearing_agent(masked, start, end, speech)   # (start, end) of the agent's noun phrase in masked[start:end], or None

The agent's noun phrase runs from "told by"/"heard (evidence) from" to a comma, "that", a colon or the clause's end;
what follows it to `end` (the quotation's opening mark) is a "that" clause with no speech verb of its own, a colon, or
"who" and one speech verb ("…, who said:"). A passive with no agent ("The court was told the ledger …", "“…,” the
court heard") names no one, as before: the speaker is not named. Who the noun phrase names is quotes._Context's
reading of it (a person, an organisation, or an unnamed "her doctor"). A pure function of the masked text.
"""
from __future__ import annotations

import re

from briefgen.analyse.quotemask import MASK
from briefgen.analyse.quoteresult import UNNAMED

_AGENT = re.compile(rf"(?<![\w-])(?:(?:was|were|is|are|(?:has|have|had)[ \t]+been|being)[ \t]+told[ \t]+by|heard[ \t]+"
                    rf"(?:(?:evidence|testimony)[ \t]+)?from)[ \t]+(?P<agent>[^,;:.!?\n{MASK}]{{1,80}}?)"
                    rf"(?=[ \t]*(?:[,:.]|$)|[ \t]+that\b)")
_WHO = re.compile(r"[ \t]*,[ \t]*who[ \t]+")


def hearing_agent(masked: str, start: int, end: int, speech: re.Pattern[str]) -> tuple[int, int] | None:
    """The span of the agent named in a hearing's frame in masked[start:end] (module docstring), the last such frame
    of the clause; None when there is none or another speaker's verb follows it (`speech`: the frames' speech verbs)."""
    found = None
    for found in _AGENT.finditer(masked, start, end):
        pass
    if found is None:
        return None
    verbs = list(speech.finditer(masked, found.end(), end))
    if verbs and not (len(verbs) == 1 and _WHO.fullmatch(masked, found.end(), verbs[0].start())):
        return None  # "The court heard from X that Y had told her: “…”": Y's words, not X's
    return found.span("agent")


class HearingVoices:
    """A mixin of quotes._Context: the speaker of a hearing's frame (`hearing_agent`)."""

    def _hearing(self, start: int, end: int, frame: str, sentence: int, previous):
        """The Who of the agent of a hearing's frame in masked[start:end] (UNNAMED when its noun phrase names no one:
        "was told by her doctor that"), or None when there is no such frame."""
        span = hearing_agent(self.masked, start, end, self.frames.speech)
        return None if span is None else self._phrase(*span, frame, sentence, previous, True) or UNNAMED

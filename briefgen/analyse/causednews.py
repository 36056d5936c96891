"""A later report whose lead tells another report's news as what its own follows from: a consequence, not a re-telling.

A tester's election briefing (T11, 2026-12-06): the wire's "The Returning Officer for West Harrowmere has ordered a full
recount of the mayoral election after the first count gave the Country Party's Gareth Pennock a margin of only 41
votes" (15 November) and its two reprints were merged at 0.86 with the three count-night reports of 13 and 14
November ("Gareth Pennock … has held the West Harrowmere mayoralty by 41 votes, the Returning Officer announced … on
Friday evening"): one story of six, headed by the count, the recount's news shown only as "also reported by". The
recount report repeats the count's facts, so it shares their names and words; followups.py reads only leads that date
the event they follow ("after Friday's count"), and this one names no day. What tells it apart: its lead's cause
clause (lead_causes.py: after, following, in the wake of …) tells the other report's lead, and the rest of its lead —
its own news — is told in words the other's lead does not have.

Rule (`follows_from`): for two reports at least `apart` seconds apart (similarity's REACTION_DAYS: a day), the later
one follows from the earlier when its cause terms hold at least MIN_CAUSE_SHARED of the earlier's lead terms, and at
least half of its own cause terms are among them, and the words of its own news — its lead terms less its cause
terms, less names and capitalised words and roles (`not_words`, propernames.role_term), one word each — number at
least MIN_OWN_WORDS, and at least half of them are not in the earlier lead. A re-telling a day later that gives the
event's cause ("Gareth Pennock was re-elected mayor after a count that gave him 41 more votes") tells its news in the
earlier lead's words (re-elected, mayor) and is compared as before. similarity.score_pairs counts such a pair a
follow-up (capped: a suggestion at most). English forms (lead_causes.py). Pure.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from briefgen.analyse.propernames import role_term

if TYPE_CHECKING:
    from briefgen.analyse.similarity import Report

MIN_CAUSE_SHARED = 3  # the earlier lead's terms its cause clause must tell (the recount's: 41, count, Pennock … 7)
MIN_OWN_WORDS = 2  # words of its own news the later lead must have (the recount's: ordered, full, recount, race …)


def follows_from(x: Report, y: Report, apart: float, not_words: frozenset[str]) -> bool:
    """Whether the later of `x` and `y` (by time, at least `apart` seconds after the other) tells the other's news as
    what its own follows from (module docstring)."""
    later, earlier = (x, y) if x.time >= y.time else (y, x)
    if not later.causes or later.time - earlier.time < apart:
        return False
    causes, lead = frozenset(later.causes.split("\n")), frozenset(earlier.lead.split("\n"))
    told = causes & lead
    if len(told) < MIN_CAUSE_SHARED or 2 * len(told) < len(causes):
        return False
    own = [t for t in frozenset(later.lead.split("\n")) - causes
           if " " not in t and t not in not_words and not role_term(t) and not t.isdigit()]
    return len(own) >= MIN_OWN_WORDS and 2 * sum(t not in lead for t in own) >= len(own)

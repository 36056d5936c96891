"""Why the grouping held two stories apart: the reasons a suggestion gives the editor (`check`, advice.py).

Takes the capped pairs between two stories (similarity.score_pairs' rules, and stories.py's live-blog cap); gives the
reasons, each said once, in HELD_APART's order. The day rule says which of its three forms applied (OTHER_DAYS:
`PairScore.other_day`), where it listed all three ("… different days, or one's on a day after …, or one is a live
blog …") whichever held: the T17 trial (2026-12-06) had a live blog held apart from a report and named four
alternatives without saying which one applied. So does the piece-kind rule (KINDS: `PairScore.opinion`): an opinion
piece, a roundup's headline, or a body read as a list of several events' items (bodyroundups.py), where it said "an
opinion piece or a roundup" whichever held (T27, 2026-12-07: a report whose body was read as a list of items, beside a
live blog; neither is an opinion piece).
"""
from __future__ import annotations

from typing import Sequence

from briefgen.analyse.similarity import PairScore

# Why a capped pair was capped (similarity.py's rules), as the editor is told, in the order shown.
HELD_APART = (
    (lambda p: p.follow_up, "one report's lead dates the other's event (a follow-up)"),
    (lambda p: p.guide, "one is a guide or an explainer for readers, not a report of the event"),
    (lambda p: p.scoop, "one is a scoop, a day or more after the other, which does not credit its outlet"),
    (lambda p: p.announcement, "one announces an event for a day before the other was published (an announcement "
                               "and its event)"),
    (lambda p: p.other_day, "their leads place their news on different days, or one's on a day after the other was "
                            "published, or one is a live blog (its day's news) and the other dates no news (two events)"),
    (lambda p: p.thin, "one rare word in common, though one credits the other's outlet"),
    (lambda p: p.reaction, "different actors lead them, a day or more apart (a reaction, or a later act)"),
    (lambda p: not p.shared_name, "no rare name in common"),
    (lambda p: not p.event_word, "no rare word for what happened in common"),
    (lambda p: p.where_only, "only a place and one word in common (no one, nothing done, no figure)"),
    (lambda p: p.background, "their headlines and leads share no word of what happened, two days or more apart "
                             "(two events, one background)"),
    (lambda p: p.opinion, "one is an opinion piece or a roundup of several events, not a report of one"),  # (KINDS)
    (lambda p: p.another_act, "one announces an event, the other, a day or more later, tells another act (their leads "
                              "share no word of what happened)"),
    (lambda p: p.filed_apart, "one agency's text under datelines of two places (a template told for each: two events)"),
)


# The day rule's three forms, as PairScore.other_day names the one that applied (T17, 2026-12-06: the editor was told
# all three alternatives of a live blog held apart from a report).
_DAY_RULE = HELD_APART[4][1]
OTHER_DAYS = {"days": "their leads place their news on different days (two events)",
              "after": "one's lead places its news on a day after the other was published (news it could not tell)",
              "live": "one is a live blog (its day's news) and the other dates no news (two events)"}


# The piece-kind rule's three forms, as PairScore.opinion names the one that applied (T27, 2026-12-07: a live blog held
# apart from a report whose body was read as a list of items was told "one is an opinion piece or a roundup", though
# neither headline said so).
_KIND_RULE = HELD_APART[11][1]
KINDS = {"opinion": "one is an opinion piece and the other is not",
         "roundup": "one's headline is a roundup's (several events, not a report of one)",
         "listed": "one's body is read as a roundup: a list of items, each telling its own event (not a report of one)"}


def held_apart(capped: Sequence[PairScore]) -> tuple[str, ...]:
    """The reasons (HELD_APART) that capped `capped` (pairs similarity.score_pairs capped), each said once; the day
    rule's as the form that applied (OTHER_DAYS, in its pairs' order; all three when a pair does not say), and the
    piece-kind rule's as the one that applied (KINDS: an opinion piece, a roundup's headline, a body listing items)."""
    return tuple(dict.fromkeys(OTHER_DAYS.get(p.other_day, reason) if reason == _DAY_RULE else KINDS.get(
        p.opinion, reason) if reason == _KIND_RULE else reason for test, reason in HELD_APART for p in capped if test(p)))

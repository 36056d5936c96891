"""What kind of piece a headline opens: an opinion piece or a roundup of several events, neither a report of one.

    piece_kind("Opinion: The valley's gardeners are paying")      # -> "opinion"
    piece_kind("Week in review: Harrowmere mayoral dispute")       # -> "roundup"
    piece_kind("Recount ordered in West Harrowmere")               # -> ""

Issue 9 separates the news from the view (Semafor) and groups reports of one event: a column on an event shares its
names and words but is a view (a trial merged "Opinion: …" into the news it commented on at 0.71, 2026-12-04), and a
roundup of a week tells several events in a few lines each, so it shares words with any of them (a tester's election
briefing, T11, 2026-12-06: "Week in review: Harrowmere mayoral dispute", three events in three bullets, and "What
happens next in the Harrowmere dispute" were one story of "2 independent reports"). similarity.score_pairs caps a pair
of which exactly one is an opinion piece, and any pair with a roundup. Read from the title, which the story features
digest (an edit to it regroups, as one to the lead does). English forms. Pure.
"""
from __future__ import annotations

import re

OPINION_PIECE, ROUNDUP = "opinion", "roundup"

# A headline that opens as an opinion piece's: its section's word and a colon ("Opinion: …", "Comment: …", "Our view:
# …"). Not "Leader:" or "View:", which open headlines that quote someone ("Leader: we will not resign").
OPINION = re.compile(r"\s*(?:opinion|comment|column|editorial|op-ed|our view|viewpoint|letters?|"
                     r"commentary)\s*[:|\u2014\u2013-]\s", re.IGNORECASE)
# A roundup's headline: "Week in review", "The week that was", "Weekly round-up", "Morning recap", "This week in …",
# "The week in …", "Round-up:", "Recap:". Not "In brief:" nor "Briefing:", which open one event's short report or an
# explainer ("In brief: council approves budget"), nor "review" after other words ("Ofcom launches news review",
# "the regulator's weekly review found …": news of a review).
ROUNDUP_HEADLINE = re.compile(
    r"\b(?:week|weekend|month|year)\s+in\s+review\b|\b(?:week|weekend)\s+that\s+was\b"
    r"|\b(?:weekly|daily|morning|evening|weekend|week's|week\u2019s)\s+(?:round-?up|recap|wrap(?:-?up)?)\b"
    r"|^\s*(?:this|the)\s+week\s+in\b|^\s*(?:round-?up|recap|wrap-?up)\s*[:|\u2014\u2013-]\s", re.IGNORECASE)


def piece_kind(title: str) -> str:
    """OPINION_PIECE, ROUNDUP or "" (a report) for headline `title` (module docstring)."""
    if OPINION.match(title):
        return OPINION_PIECE
    return ROUNDUP if ROUNDUP_HEADLINE.search(title) else ""

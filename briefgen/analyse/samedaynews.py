"""One day's news of one place: two reports whose leads both give their news as the day's own, with one event word.

subjectnames.py lets a pair of one news cycle whose only shared names are the briefing's subject's (in a one-subject
briefing no name of the subject is rare) count that name as its who, when their leads' actors agree: neither names
one, or they share one, or the one lead's are all the subject's. A trial (2026-12-05, tests/stories/ferry/, 34 reports
of a ferry's grounding off Port Carrick, the crews' strike and the inquiry) held the strike day's two reports apart at
0.45, "no rare name in common": "The Island Lass stayed tied up at Port Carrick pier this morning as ferry crews
began a two-day strike" (Carrick Courier, 12:30) and "No ferries have sailed between Port Carrick and Skerrin today,
the first day of a 48-hour strike" (Isles FM, 17:45) share only the briefing's names (Port Carrick, Skerrin,
Northsound) and the courier's lead has an actor, the relief ship, that the radio never names.

What marks them as one event is what both leads say of the day: each places its news on its own date with a relative
day ("this morning", "today": eventdays.lead_days, read even where the event lasts days), both dates are one, and
their headlines and first sentences share a key event word ("strike": leadwords.share_lead_word). `waive_actors` says
when such a pair's actors are not asked to agree: both leads give their news as their own date's, the same date, less
than similarity.REACTION_DAYS apart, and one lead names no actor; two leads that each name actors, none shared (the
reactions set's "Brazil on …" and "Dana Whitfield …" hours apart), are still two events. Every other condition of
subject_is_who (a subject name both write, two key event words or a figure) and every cap of similarity.py still
hold.
"""
from __future__ import annotations

from typing import Callable

NO_ACTORS: frozenset[str] = frozenset()


def waive_actors(today: bool, other_today: bool, day: int, other_day: int, seconds_apart: float,
                 cycle_seconds: float, actors: frozenset[str], other_actors: frozenset[str],
                 share_lead_word: Callable[[], bool]) -> bool:
    """Whether a pair's lead actors (`actors`, `other_actors`: StoryFeatures.actors as sets) are not asked to agree
    (module docstring): both reports' leads place their news on their own date (`today`, `other_today`:
    StoryFeatures.today), their dates (`day`, `other_day`, ordinals) are one, they are less than `cycle_seconds`
    apart, one lead names no actor, and `share_lead_word()` (asked last) says their leads share a key event word."""
    return (today and other_today and day == other_day and seconds_apart < cycle_seconds
            and not (actors and other_actors) and share_lead_word())

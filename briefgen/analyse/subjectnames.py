"""The briefing's subject as who: a pair of one news cycle whose only shared names are the subject's.

similarity.py's "who and what" cap holds a pair apart that shares no *key* name (a name in at most ~60 articles of
1,000, as a term of blocking): two events of one kind share only the kind's words. The rarity of a name is measured
against the archive, so in a briefing on one subject the subject's names are in most articles and none is key: a
trial (2026-12-05, tests/stories/museum/) of 35 reports on a painting stolen from the Harcastle Museum of Art held
two reports of the theft, the same morning, apart ("Police in Harcastle are hunting burglars who … escaped with one of
its most prized pictures"; "One of the best-loved paintings in a northern regional collection was stolen on Monday"),
0.68, on "no rare name in common": one named the curator, the other the painting and its painter, and "Harcastle" was
in 31 of the 35 articles. A second (tests/stories/mosaic/, 12 reports of a Roman mosaic found near Stanbury) held
apart the find's reports (0.72, 0.49) and the night raid's two (0.82): "Stanbury" was in 11 of 12. In such a
briefing what tells one event from another is not the names: it is who acts, when, and what happened.

`subject_is_who` says whether such a pair may count its subject's name as its who: the two share a *subject name* — a
proper name both write that is a topic word of the archive (in more than similarity.TOPICAL_SHARE of its articles,
so never a key term) —, they are less than similarity.REACTION_DAYS apart (one news cycle), their leads' actors agree
(leadactors.py: neither names one, or they share one), and they share two key event words or a figure (as a pair
whose only shared names are places must: wherenames.py). Who acts is what parts two events of one subject in one
cycle: the reactions set's Brazilian ethanol duty and the US official's warning a few hours apart ("Brazil on …"
against "Dana Whitfield …") share "Brazil", in 26 of its 31 articles, and six event words, and stay capped; as do the
takeover set's sale scoop and results ("Bramwell Haye …" against a lead naming no one). Every other rule (event
days, follow-ups, announcements, backgrounds …) still applies.

A report may name its subject by a common noun of the subject's name alone: "the cathedral" in a briefing on storks
nesting on St Aldwyn's Cathedral. The storks trial's two reports of its nest camera going live, the same day
(tests/stories/storks/: "More than twelve thousand people watched the cathedral's storks online …"; "The cathedral
said around twelve thousand had logged on …"), shared no proper name at all and were held apart (0.45). So a topic
word both hold that some report of the archive writes as (in) a proper name (`subject_words`: "cathedral", from "St
Aldwyn's Cathedral") counts as a subject name too; the outlets' words never do (similarity.py).
"""
from __future__ import annotations

from typing import Callable, Iterable


def subject_words(proper: Iterable[str], topic_words: Iterable[str]) -> frozenset[str]:
    """The topic words some report writes as (part of) a proper name: the subject's names, as terms (module docstring).

    `proper`: each report's StoryFeatures.proper ("\\n"-joined terms written as proper names); `topic_words`: the
    archive's terms in more than similarity.TOPICAL_SHARE of its articles. Reads `proper` only when there are some."""
    left = set(topic_words)
    found = set()
    for names in proper if left else ():
        found.update(left.intersection(names.split("\n")))
        left -= found
        if not left:
            break
    return frozenset(found)


def subject_is_who(shared_names: Iterable[str], is_subject: Callable[[str], bool], actors: frozenset[str],
                   other_actors: frozenset[str], seconds_apart: float, cycle_seconds: float,
                   event_words: Callable[[], int]) -> bool:
    """Whether a pair that shares no key name counts its subject's name as its who (module docstring).

    `shared_names`: the terms both reports write as proper names, the outlets' words left out; `is_subject(term)`:
    whether the archive holds the term in more than the topic share of its articles; `actors`, `other_actors`: the
    terms acting in each lead (StoryFeatures.actors); `seconds_apart` and `cycle_seconds` (REACTION_DAYS) in seconds;
    `event_words()`: how many key event words the two share, counted up to 2 (a figure counts 2), asked last."""
    if seconds_apart >= cycle_seconds or not any(map(is_subject, shared_names)):
        return False
    if actors and other_actors:
        if actors.isdisjoint(other_actors):
            return False
    elif not all(map(is_subject, actors | other_actors)):  # (one lead names none: the other's only the subject)
        return False
    return event_words() >= 2

"""What a lead says happened: the words of the headline and the lead's first sentence.

Two events of one dispute share its people, bodies and background, and a report of either re-tells the background
in its later paragraphs; what they do not share is what their headlines and first sentences say happened. A trial
(2026-12-04) merged a teachers' union's letter asking for job guarantees (Teachers' Bulletin, 6 March) with a
consultation meeting at one of the schools two days before (Calderbridge Echo, 4 March) at 0.60 on "job, staff,
mile, branch, National Education Union, Sam Tregarthen": the union's secretary spoke at the meeting. Their headlines
and leads ("Union demands job guarantees for staff at threatened schools"; "A consultation meeting at Foxhollow
Primary turned tense on Wednesday night as parents accused the council …") share no event word.

`lead_terms(title, text)` gives the terms (terms.py) of the headline and the lead's first sentence (after a byline and
a dateline: `leadactors.lead_head`). similarity.score_pairs caps a pair at least BACKGROUND_DAYS apart (by the clock)
that shares no original when the two leads share no event word — a key one-word term neither report writes as a
name or capitalised inside a sentence (similarity's `tell_what`) —: they tell two events and share the background.

Why two days: on the seven labelled sets the true pairs whose leads share no event word are at most 1.6 days apart
(the evaluation set's Macron interview and its echoes, 1.5-1.6; the takeover set's approach, 1.0-1.1), and within
the news cycle reports of one event lead with other words as often as not. A pair one day apart that shares its
actors and topic but no lead word (the same trial's vote announced, 12 March, and an opposition call for the
finance director to step aside, 13 March, 0.77) is not held apart by this: a day is not enough to tell.

An announcement and another act (since 2026-12-05): what such a pair's leads do tell is their mood. "Calderbridge City
Council will hold a vote of the full council … on Wednesday 18 March" announces an event (announcements.lead_announces);
"The opposition group … has called for the authority's director of finance to step aside" tells an act done, with no
future form at all (`tells_future`: "will", "would", "is to", "plans to" …). A re-telling of an announcement re-tells what is announced (its event word: "vote")
or announces too ("Councillors are to decide …"); a report a day or more later that does neither tells another act.
similarity.score_pairs caps a pair one day (REACTION_DAYS, by the clock) to two apart, no original shared, whose leads
share no event word and of which exactly one announces a day and the other's headline and first sentence have no
future form (`announcement_and_act`). Within a day it is not read: the reactions set's truce ("neither country will
apply its surcharges on 1 December", read as an announcement) and its re-telling two hours later share no lead word.
A headline's "Council to vote …" (no "is") is not read as a future form: "calls on the director to step aside" is
written alike.
"""
from __future__ import annotations

import re

from briefgen.analyse.announcements import _SENTENCE_END, announced_day
from briefgen.analyse.leadactors import lead_head
from briefgen.analyse.propernames import role_term
from briefgen.analyse.sentences import first_end
from briefgen.analyse.terms import Counted, term_list

BACKGROUND_DAYS = 2.0  # a pair this many days apart or more whose leads share no event word tells two events


def lead_sentence(text: str) -> str:
    """The first sentence of plain `text`'s lead (after a byline and a dateline: `leadactors.lead_head`, 600
    characters at most). Pure."""
    head = lead_head(text, 600)
    end = first_end(_SENTENCE_END, head)  # (not at an initial: sentences.period_ends)
    return head[:end.end()] if end is not None else head


def lead_terms(title: str, text: str, first: str | None = None, head: Counted | None = None) -> tuple[str, ...]:
    """The terms (terms.article_terms) of headline `title` and of the first sentence of plain `text`'s lead (`first`,
    when the caller has it: `lead_sentence(text)`; `head`, `terms.counted(title)`), sorted; () for an empty text.
    Pure."""
    return tuple(term_list(title, lead_sentence(text) if first is None else first, head))


# A future form: "will", "would", "shall", "is/are/was/were (set/due/expected …) to", "plans/vows/promises … to",
# "ahead of", "tomorrow", "next week". Wider than announcements.py's (a modal "would" too, no day needed): a lead that
# tells of anything ahead is no act done. Read in lower case (the headline lowered: a title-case headline writes
# "Will"; a name "Will" then counts, which only keeps a pair as it was). The look-ahead of the forms' first letters
# lets most positions fail at once.
_FUTURE_FORM = re.compile(
    r"\b(?=[wsiaptvhedn])(?:will|would|shall|(?:is|are|was|were)\s+(?:to|(?:set|due|scheduled|expected|slated|poised"
    r"|going|likely)\s+to)|(?:plans?|planned|expects?|intends?|aims?|hopes?|vows?|vowed|promises?|promised|pledges?"
    r"|pledged|threatens?|threatened|set|due|scheduled|expected|slated|poised)\s+to|ahead\s+of|tomorrow|next\s+week)\b")


def tells_future(title: str, first: str) -> bool:
    """Whether headline `title` or `first`, the first sentence of a lead (`lead_sentence`), has a future form (module
    docstring). Pure."""
    return _FUTURE_FORM.search(first) is not None or _FUTURE_FORM.search(title.lower()) is not None


def announcement_and_act(announces: str, day: int, future: bool, other_announces: str, other_day: int,
                         other_future: bool) -> bool:
    """Whether exactly one of two reports announces an event for a day (its `lead_announces` code and date, an
    ordinal: announcements.announced_day) and the other's headline and lead's first sentence have no future form
    (`tells_future`, `future` and `other_future`): an announcement and an act done (module docstring)."""
    if not announces and not other_announces:  # (nearly every pair)
        return False
    first = announced_day(announces, day) if announces else None
    second = announced_day(other_announces, other_day) if other_announces else None
    if (first is None) == (second is None):
        return False
    return not (other_future if first is not None else future)


def share_lead_word(lead: frozenset[str], other: frozenset[str], keys: frozenset[str],
                    not_words: frozenset[str]) -> bool:
    """Whether two reports' `lead_terms` (as sets) share an event word: a key term (`keys`, similarity's), one word,
    not among `not_words` (the terms either writes as a name or capitalised inside a sentence, or both only where a
    sentence opens) and no title or role (propernames.role_term), as similarity's `tell_what` counts. A lead with
    no terms (an empty text) is taken to share one."""
    if not lead or not other:
        return True
    return any(term in keys and " " not in term and term not in not_words and not role_term(term)
               for term in (lead & other if len(lead) <= len(other) else other & lead))

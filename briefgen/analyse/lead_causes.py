"""What a lead says its news follows from: the words after "after", "following" … in its headline and first sentence.

A later story about a consequence of an earlier one tells its news with the earlier one's names, in a clause of its
lead: "Hartwell's Bakeries has named its operations director, Owen Tasker, as interim chief executive following the
departure of Gerald Pryce" (Trade Baker Weekly, 14 March), three days after "Gerald Pryce has stepped down as chief
executive of Hartwell's Bakeries" (Northern Ledger, 11 March). The two are related (labelling convention,
docs/stories.md: a follow-up), but the earlier story's other two reports tell the resignation in other words ("The
head of the valley baking business … announced his resignation", "The man who led Hartwell's Bakeries for 22 years
has resigned"), so the mean cosine of the stories' pairs, 0.14, stayed under stories.RELATED_MIN (0.25) and no link
was made (a trial, 2026-12-05, tests/stories/bakery/). What tells such a pair is the later lead naming, as what its
news follows from, someone who acts in the earlier lead.

`cause_terms(title, first)` gives the one-word terms (terms.term_of) of the clauses of headline `title` and of
`first`, the first sentence of the lead (leadwords.lead_sentence), that follow a consequence connector — "after",
"following", "in the wake of", "in the aftermath of", "in response to" — up to the clause's end (a comma, semicolon,
colon, dash, bracket or the sentence's end): the words a lead's actors are read as (leadactors.py). "Since" is not
read: it dates more often than it causes ("the first call since the invasion"). relatedlinks.consequences links
two stories when a report of the later one, a day or more after a report of the earlier one, names among its cause
terms a key term that acts in the earlier report's lead (leadactors.py), and the two reports' undecayed cosine alone
reaches stories.RELATED_MIN. The forms are English.
"""
from __future__ import annotations

import re

from briefgen.analyse.terms import term_of, words

# A consequence connector, then its clause (to a comma, semicolon, colon, dash, bracket or sentence end).
_CAUSE = re.compile(r"\b(?:after|following|in\s+the\s+(?:wake|aftermath)\s+of|in\s+response\s+to)\s+"
                    r"(?P<clause>[^,;:.!?()\u2013\u2014\n]+)", re.IGNORECASE)
_CONNECTOR_WORDS = re.compile("after|following|wake|aftermath|response")  # (most leads have none: a plain search)


def cause_terms(title: str, first: str) -> tuple[str, ...]:
    """The terms of what headline `title` and `first`, the first sentence of a lead, say their news follows from
    (module docstring), sorted; () when neither has a consequence connector. Pure."""
    found = {term for part in (title, first) if _CONNECTOR_WORDS.search(part.lower()) is not None
             for cause in _CAUSE.finditer(part) for term in map(term_of, words(cause.group("clause"))) if term}
    return tuple(sorted(found))

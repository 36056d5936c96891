"""An office of a body or a place written as a run of capitals: "the Chairman of Hondaka Motor", "the Chief Executive
of Acme Holdings", "the Head of Acme Holdings" — a title and what it heads, no name of its own (FX97, 2026-12-07).

    office_of_body(("Chairman", "of", "Hondaka", "Motor"), classify)   # True (classify: nameruns.classify's reading)

A breaker (BR58) found "“…,” said the Chairman of Hondaka Motor" given to an organisation "Chairman of Hondaka Motor",
and the session's start gave "the Chairman of Acme Holdings" the same: nameruns._classify read the run by its last word,
an organisation's head ("Holdings", "Motor" since FX89's company words), before any title rule, while "the Minister of
Finance", "the Governor of the Bank of England" were no name already (their title's brief is read to the run's end).
Such a run is now no name at all: the quotation is the office-holder's where the article names them in a way the
frames read, else no one's; "Hondaka Motor" is still found where written alone.

The run must be office words, capitalised, then "of", an optional "the", and a body (the caller's `classify` reads the
words after "of" as an organisation, and their last two as no person: "Minister of Fisheries of Affairs Ana Silva",
"Chairman of Acme Holdings Kenji Hondaka" are a title and a person, read as before) or a listed place. The office's last word is one of `OFFICES` (a company's,
a government's or a body's officer: the brief's list, FX97), the words before it `OFFICES` or title qualifiers
("Deputy", "Acting", "Chief", "Managing", "Executive"). Not royal or noble titles, which name places and the
buildings and prizes called after them: "Prince of Wales Hospital", "Duke of York Theatre" stay bodies.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

Reading = tuple[str, int] | None  # nameruns.classify's: (kind, index of the name's first word) or None

from briefgen.analyse.lexicon import PLACES, TITLE_QUALIFIERS

OFFICES = frozenset("""chairman chairwoman chairperson chair president vice-president director director-general
minister secretary secretary-general head governor mayor commissioner chancellor executive officer ceo treasurer
leader founder co-founder chief vice-chairman vice-chair""".split())
_BEFORE_OFFICE = OFFICES | TITLE_QUALIFIERS | frozenset(("managing", "general", "executive", "non-executive", "lord"))


def office_of_body(tokens: Sequence[str], classify: Callable[[tuple[str, ...]], Reading]) -> bool:
    """Whether `tokens` (a run's words as written) are a capitalised office, "of", an optional "the" and a body (an
    organisation by `classify`, its last two words no person's) or a listed place (lexicon.PLACES): module docstring.
    "Chairman of Hondaka Motor", "Chief Executive of Acme Holdings", "Head of the Acme Group" → True; "Prince of
    Wales Hospital", "Bank of England", "Chairman of", "Chairman of Acme Holdings Kenji Hondaka" → False."""
    lowered = [t.lower() for t in tokens]
    at = next((i for i in range(1, len(lowered) - 1) if lowered[i] == "of"), 0)
    if not at or not lowered[0] in OFFICES | _BEFORE_OFFICE:
        return False
    office, rest = lowered[:at], tuple(tokens[at + 1 + (lowered[at + 1] == "the" and at + 2 < len(tokens)):])
    if not (office[-1] in OFFICES and all(w in _BEFORE_OFFICE for w in office) and all(t[:1].isupper() for t in tokens[:at])):
        return False
    return " ".join(rest).lower() in PLACES or classify(rest) == ("organisation", 0) and (classify(rest[-2:]) or ("",))[0] != "person"

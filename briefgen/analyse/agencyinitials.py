"""An agency's initials in running text credit it only where they are the agency's: with a descriptor, in a dateline
or sign-off, or beside its full name (FX67, 2026-12-07).

    loose_initials(text, credit, loose)   # -> bool: whether `credit` rests on initials that may be another body's

FX61 made the initials that are an agency's own name ("EFE", "ANSA", "WAM": knownoutlets.agency_outlets) credit it in
every frame with no `sources:` line. BR35 found them others' as often: "EFE said trains between Santiago and Chillan
would resume" (Chile's state railway, Empresa de los Ferrocarriles del Estado), "Chile's state railway EFE said",
"WAM said the protest would go ahead" (a Women's Action Movement). Decided: initials of four letters or fewer that
are all capitals, added by creditagencies.py (no known outlet's and no site's — a site that names the agency in its
`sources:` in any form credits them anywhere, as the lexicon's `KNOWN_OUTLETS` initials "AFP", "TASS" do), credit the
agency only when the text calls them an agency right before them ("the Spanish news agency EFE said", "according to
the agency EFE", "the wire service ANSA"), when they stand alone as a dateline's or a sign-off's bracket ("MADRID (EFE)
—", "— EFE"), or when the text names the agency by another of its names ("Agencia EFE … EFE said"). A site's other
articles are not read here (credits are read an article at a time); a site that credits the agency often lists it.
"""
from __future__ import annotations

import re
from typing import Iterable

from briefgen.analyse.knownoutlets import agency_outlets

# the words that call the initials after them an agency: "news agency", "agency", "wire service", "agencia"
_DESCRIBED = re.compile(r"\b(?:agency|agencia|agenzia|wire(?:\s+service)?|news\s+service|newswire)\s+(?:the\s+)?$", re.I)


def loose_initials(text: str, credit: object, loose: Iterable[tuple[str, str]]) -> bool:
    """Whether `credit` (a credits.Credit: .outlet, .cue, .start) credits an agency by initials of `loose` ((initials,
    outlet) pairs: creditagencies.with_agencies' fourth value) in running text with nothing that makes them the
    agency's (module docstring); False for any other credit."""
    outlet, cue, start = credit.outlet, credit.cue, credit.start  # type: ignore[attr-defined]
    for initials, named in loose:
        if named != outlet:
            continue
        found = re.search(rf"(?<![\w-]){re.escape(initials)}(?![\w-])", cue)
        if found is None or re.fullmatch(rf"\W*{re.escape(initials)}\W*", cue):  # (a dateline's "(EFE)", "— EFE")
            continue
        at = text.find(cue[:found.start() + len(initials)], max(0, start - 5))
        before = text[max(0, start - 60):start + found.start()] if at < 0 else text[max(0, at - 60):at + found.start()]
        if _DESCRIBED.search(before) or any(form != initials and form in text for form in _forms(outlet)):
            continue
        return True
    return False


def _forms(outlet: str) -> tuple[str, ...]:
    return next((forms for canonical, forms in agency_outlets() if canonical == outlet), ())

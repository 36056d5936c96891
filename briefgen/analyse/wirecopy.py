"""Wire copy: the agency a paragraph's dateline credits ("WASHINGTON (AP) —", "SEOUL, Feb. 26 (Yonhap) --").

Takes plain text; gives, for each line that opens with a dateline, where its bracket is and the
name in it. credits.detect_credits reads the name as an outlet: wire copy that another outlet
prints is a re-telling of the agency's report (its own copy credits nobody: its outlet).

A dateline is the place in capitals, perhaps a state or date, the agency in brackets, then a dash
(an em or en dash, a hyphen or two). It never spans two lines, so only the lines that hold a bracket
are read, each from its start (`DATELINE.match`). The form it replaced, one pattern opening with
`(?:^|\\n)` searched over the whole lead, was tried at every position, ~45,000 instructions a
lead (docs/log/performance.md, "Fifth session of 2026-12-03: story features"); both find the same
(tests/analyse/test_story_fast_paths.py).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator, Mapping

from briefgen.analyse.capitals import CAPITAL
from briefgen.analyse.knownoutlets import AGENCY_INITIALS
from briefgen.analyse.outletkeys import bare
from briefgen.load.datelines import dateline_at  # (the pattern, shared with the summaries: load/datelines.py)


def wire_datelines(text: str) -> Iterator[tuple[int, str]]:
    """(offset of the opening bracket, the name in the brackets) of each line of `text` that opens with a
    dateline (module docstring), in text order."""
    at = text.find("(")
    while at >= 0:
        match = dateline_at(text, text.rfind("\n", 0, at) + 1)
        if match is not None:
            yield match.start("outlet") - 1, match.group("outlet")
        line_end = text.find("\n", at)
        if line_end < 0:
            return
        at = text.find("(", line_end)


def opening_dateline(text: str) -> str:
    """The wire dateline opening `text` (its first line) as "place<TAB>agency", both lower case and single-spaced
    ("KESTLE, England (Coast Wire) -" → "kestle\tcoast wire"), or "" when it opens with none. One wire's text printed
    for two places ("KESTLE (Coast Wire) - All schools will be closed …" and "BRANNOCK (Coast Wire) - All schools …")
    tells two events (similarity.py: a breaker's template alerts, BR10, 2026-12-06)."""
    match = dateline_at(text) if "(" in text[:120] else None
    if match is None:
        return ""
    place = match.group(0)[:match.start("outlet") - 1 - match.start()].split(",")[0]
    return f"{' '.join(place.split()).lower()}\t{' '.join(match.group('outlet').split()).lower()}"


def filed_for_two_places(first: str, second: str) -> bool:
    """Whether two `opening_dateline`s are one agency's datelines of two places: its text printed for each is two
    events, not a reprint (similarity.py caps such copies)."""
    if not first or not second:
        return False
    place, _, agency = first.partition("\t")
    other, _, other_agency = second.partition("\t")
    return place != other and agency == other_agency



def dateline_outlet(agency: str, canonical: Mapping[str, str]) -> str | None:
    """The outlet a dateline's bracketed `agency` names, from `canonical` (bare name → outlet name: the known and the
    site's outlets): its own name or alias, else the only outlet whose name opens with its words — an agency's
    datelines give its name's head ("SANTIAGO, Chile (Pacifica) —" of the site's Pacifica Newswire: the T17 trial's
    Seoul Daily Herald printed Pacifica's copy so, credited nobody and was counted an independent report); None when
    none or several do. Failing both, a dateline's initials ("(AOP)", "(A.O.P.)") name the only outlet whose
    `name_initials` they are (none when two outlets' are: "(SG)" of Shipping Gazette and Sun Gazette names neither).
    Initials a known agency is credited by (knownoutlets.AGENCY_INITIALS: "(PA)", "(CNA)", "(UPI)", "(dpa)" …) name
    only an outlet whose name is that agency's, and none when they stand for several agencies ("(CNA)": Taiwan's
    Central News Agency, the Cyprus News Agency, Channel NewsAsia …): BR22 found "TAIPEI (CNA) —" credited a site's
    Cyprus News Agency and "LONDON (PA) —" its Prensa Asociada, by their names' initials.
    `agency` is compared bare (case, accents, a leading "the": outletkeys.bare)."""
    key = bare(agency)
    if key in canonical:
        return canonical[key]
    heads = {name for name_key, name in canonical.items() if name_key.startswith(f"{key} ")} if key else set()
    letters = agency.replace(".", "").strip()
    agencies = AGENCY_INITIALS.get(letters.upper()) if not heads else None  # ("(dpa)" as dpa writes its own)
    if not heads and (agencies or _initials(agency.strip())):  # "HANOI (AOP) —" of Agence Orient Presse
        if agencies is None:
            heads = {name for name in set(canonical.values()) if letters in name_initials(name)}
        elif len(agencies) == 1:  # (a known agency's initials: only an outlet of its name, never another's initials)
            names = {bare(name) for name in agencies[0]}
            heads = {name for name in set(canonical.values()) if bare(name) in names}
    return heads.pop() if len(heads) == 1 else None


# An agency's initials as a dateline writes them: two to six capitals of any alphabet, perhaps each with a full stop
# ("A.O.P.", "ČTK", "ТАСС"; `CAPITAL` lets lower-case letters from U+00C0 on through: `_initials` refuses them)
_INITIALS = re.compile(rf"{CAPITAL}{{2,6}}|(?:{CAPITAL}\.){{2,6}}")
_WORD = re.compile(r"[^\W\d_]+")


def _initials(text: str) -> bool:
    """Whether `text` is an agency's initials (`_INITIALS`), in capitals (str.isupper)."""
    return _INITIALS.fullmatch(text) is not None and text.isupper()


@lru_cache(maxsize=4096)  # (pure; asked for every outlet of a site when a dateline's initials are no alias)
def name_initials(name: str) -> tuple[str, ...]:
    """The initials an outlet's `name` may be written by: the first letters of its capitalised words, a hyphen's
    parts two words ("Agence France-Presse" → "AFP", "Agence Orient Presse" → "AOP"), lower-case words left out ("Bank
    of Asia" → "BA"), with and without a leading "The" ("The Hanoi Herald" → "HH", "THH"); () for a name of fewer than
    two such words besides "The" (one letter is no agency's initials, "The Times" no "TT"). The T18 trial's Economic Courier printed Agence Orient Presse's
    copy under "HANOI (AOP) —" and credited nobody (dateline_outlet read only a name, an alias or a name's head)."""
    capitals = [word[0] for word in _WORD.findall(name) if word[0].isupper()]
    core = capitals[1:] if name.startswith("The ") else capitals
    if len(core) < 2:  # ("The Times" is no "TT")
        return ()
    return tuple(dict.fromkeys(("".join(capitals), "".join(core))))

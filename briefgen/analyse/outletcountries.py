"""The home of the known outlets whose names or initials other bodies share (FX67, 2026-12-07).

    at_home(outlet, place)   # -> bool | None: whether `place` (a word or a dateline's city) is `outlet`'s home
    dateline_at_home(text, at, agency, outlet, unnamed)   # -> bool: whether a dateline's bracket credits `outlet`

BR35 found two false credits of one kind. A possessive of a place before a known outlet's name of common words is
another body's name: "Jamaica's Press Association" (the Press Association of Jamaica) credited PA Media, while
"Britain's Press Association" is PA Media (credits.py via knownruns.placed_known). And an agency's initials in a
dateline are another body's in another country: "RAMALLAH (PA) —" is the Palestinian Authority, "ISLAMABAD (PTI) —"
Pakistan Tehreek-e-Insaf (wirecopy.dateline_outlet). Each outlet listed here is read there only at home: its
country, its people's adjective and its cities (`_HOMES`, from the outlets' own pages: PA Media is British, the Press
Trust of India Indian …). An outlet not listed (Reuters, AP, AFP, dpa, EFE: agencies that file from everywhere, or
names no other body shares) is read anywhere (None). A site that names the agency (its `sources:`) is credited in
any dateline (creditagencies.with_agencies tells which agencies no site or known form names).
"""
from __future__ import annotations

import re
from typing import Callable

from briefgen.analyse.creditplaces import placed
from briefgen.analyse.outletkeys import bare

_UK = ("britain", "great britain", "uk", "united kingdom", "england", "scotland", "wales", "northern ireland", "british",
       "english", "scottish", "welsh", "london", "manchester", "birmingham", "liverpool", "leeds", "glasgow",
       "edinburgh", "cardiff", "belfast", "bristol", "newcastle", "sheffield", "nottingham", "southampton", "oxford",
       "cambridge", "westminster", "brighton", "leicester", "aberdeen", "dundee", "plymouth", "coventry")
_HOMES: dict[str, frozenset[str]] = {
    "PA Media": frozenset(_UK), "Daily Mail": frozenset(_UK),
    "Press Trust of India": frozenset(("india", "indian", "new delhi", "delhi", "mumbai", "kolkata", "chennai",
                                       "bengaluru", "bangalore", "hyderabad", "ahmedabad", "pune", "jaipur", "lucknow",
                                       "srinagar", "chandigarh", "patna", "bhopal", "guwahati", "thiruvananthapuram")),
    "The Canadian Press": frozenset(("canada", "canadian", "toronto", "ottawa", "montreal", "vancouver", "calgary",
                                     "edmonton", "winnipeg", "halifax", "quebec", "quebec city", "victoria",
                                     "regina", "saskatoon", "st. john's", "fredericton", "charlottetown")),
    "Australian Associated Press": frozenset(("australia", "australian", "sydney", "melbourne", "canberra",
                                              "brisbane", "perth", "adelaide", "hobart", "darwin", "gold coast")),
    "Anadolu Agency": frozenset(("turkey", "turkiye", "türkiye", "turkish", "ankara", "istanbul", "izmir")),
}


def at_home(outlet: str, place: str) -> bool | None:
    """Whether `place` (a possessive's word without "'s", "Britain"; a dateline's city, "RAMALLAH"; any case) is the
    home of `outlet` (a canonical name of credits.py's: "PA Media"); None when the outlet has no home listed here
    (it is read anywhere: module docstring)."""
    homes = _HOMES.get(outlet)
    if homes is None:
        return None
    return bare(" ".join(place.replace("\u2019", "'").removesuffix("'s").split())) in homes


def placed_at_home(before: str, outlet: str, is_outlet: Callable[[str], bool]) -> bool:
    """creditplaces.placed(`before`, `is_outlet`) for the known `outlet` (canonical name), with a possessive's owner
    at its home when it has one listed (`at_home`): "Britain's " places PA Media, "Jamaica's " does not; and the
    home's name or adjective alone before it ("the British ")."""
    if not placed(before, is_outlet):  # (or its home's name or adjective alone: "the British Press Association")
        home = re.fullmatch(r"(?:[Tt]he\s+)?(\S+)\s+", before)
        return home is not None and bool(at_home(outlet, home.group(1)))
    owner = re.search(r"(\S+)['\u2019]s\s", before)
    return owner is None or at_home(outlet, owner.group(1)) is not False


def dateline_at_home(text: str, at: int, agency: str, outlet: str, unnamed: frozenset[str]) -> bool:
    """Whether the dateline whose bracket opens at `at` of `text`, holding `agency` ("PA") that names `outlet`
    (wirecopy.dateline_outlet), credits it: the site names the agency (`outlet` is not among `unnamed`, the agencies
    no site or known form names: creditagencies.with_agencies), or its city is the outlet's home when one is listed
    (`at_home`: "RAMALLAH (PA) —" is the Palestinian Authority, "ISLAMABAD (PTI) —" Pakistan Tehreek-e-Insaf; BR35)."""
    if outlet not in unnamed:
        return True
    city = text[text.rfind("\n", 0, at) + 1:at].split(",")[0]
    return at_home(outlet, city) is not False

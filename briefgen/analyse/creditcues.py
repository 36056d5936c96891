"""The patterns of credits.py's forms: how an outlet's name is read in a credit, and the words around it.

A name is read by its shape (`NAME`: capitalised words, an elided article, the particles of titles: credits.py's
docstring), whoever's it is, and then looked up (credits.CreditFinder.canonical). A site outlet whose name has no
such shape — lower-case "dpa", "Radio Free Europe/Radio Liberty" and "RFE/RL" with a slash, "Ferry & Port Week",
"Canal+" — is read as its `sources:` name writes it (`odd_names`, `site_cues`): the cues of a site that has one
take it beside `NAME` (FX20, 2026-12-06: "dpa reported", "according to RFE/RL" credited nothing; a name read by its
shape is matched in any case and with or without its accents, as `outletkeys.bare` folds it: "CTK" is "ČTK").

A report of an outlet credits it (`REPORT_CUE`'s pattern, `report_cue`): "according to a Reuters report", "a Reuters
report said", "citing an exclusive Reuters report", "in a PAP report" — (frame) a|an|the (qualifiers) outlet report
(verb) — and a report by, in or from one, qualified or not ("according to a Tuesday report in the Warsaw Courier",
credits.py's "according to" cue). The name must be an outlet's, as everywhere: "according to a police report", "a
UN report", "a report it filed" credit nothing.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from briefgen.analyse.creditdescriptors import ANY_DESCRIPTORS, APPOSITIVE, ASIDE, GENERIC, NOUN_AFTER, PRESS, QUALIFIED, WHEN
from briefgen.analyse.creditplaces import LEADS
from briefgen.analyse.foreigncredits import foreign_cues
from briefgen.analyse.lexicon import MONTHS_DAYS
from briefgen.analyse.nameruns import CAPITALS

# Words that end outlets' names. Not "Agency" alone nor "Review": "according to the World Anti-Doping
# Agency" or "the Strategic Defence Review" name no outlet (a trial credited two re-tellings of a WADA
# decision to "World Anti-Doping Agency", "First reported by" it); nor a bare "agency" as descriptor.
OUTLET_WORDS = r"(?:Times|Post|Journal|News|Herald|Telegraph|Tribune|Gazette|News Agency|Press Agency|Press|" \
               r"Radio|TV|Television|Digest|Brief|Dispatch|Ledger|Observer|Monitor|Chronicle|Courier|Daily)"
# A capitalised word, with an elided article ("L'Équipe"); no full stop: it may end a sentence.
_CAP_REST = r"[\w\-]*(?:\.(?:com|net|org|ru|ua|cn|fr|de|uk|it|es|nl|be))?(?:['\u2019]s)?"
_CAP = rf"(?:[LDld]['\u2019])?[{CAPITALS}]{_CAP_REST}"
# Lower-case words inside outlet names: "Corriere della Sera", "La Gazzetta dello Sport", "De Tijd van …".
PARTICLES = ("of", "de", "du", "des", "della", "dello", "delle", "degli", "del", "di", "da", "do", "dos", "das",
             "van", "von", "der", "den", "het", "la", "le", "les", "el", "y")
_NAME_REST = rf"(?:\s+(?:(?:{'|'.join(PARTICLES)})\s+)?{_CAP}){{0,4}}"
NAME = rf"{_CAP}{_NAME_REST}"
# `NAME` where a pattern opens with it: its first character read first, then told apart, so that sre skips to a
# capital or the letter of an elided article before trying the pattern (the "X reported" cue ~40 % cheaper).
OPENING_NAME = rf"[LDld{CAPITALS}](?:(?<=[LDld])['\u2019][{CAPITALS}]|(?<=[{CAPITALS}])){_CAP_REST}{_NAME_REST}"
# A site's name with its initials in brackets, as texts write it ("Polska Agencja Informacyjna (PAI) said"; outletkeys)
# or an agency's own short name that is no initials ("Mongolian News Agency (Montsame) said": agencynames._own_word;
# "Deutsche Presse-Agentur (dpa) reported", FX61)
INITIALS_AFTER = r"(?:\s+\((?:[A-Z][A-Z0-9&./\-]{1,9}|[A-Za-z][a-z]{2,11})\))?"
_VERB = r"(?:reported|reports|wrote|writes|notes|noted|cited|learned|has learned|quoted|revealed)"
_ANAPHORA_VERB = r"(?:reported|reports|said|says|wrote|writes|notes|noted|cited|added|learned|quoted|revealed)"
# Outlets credited together: "told Reuters and AS", "according to AP, AFP and Reuters" (after the
# first), "Reuters and AS reported" (before the last). A trial credited Reuters alone.
JOINED = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
# An outlet's report: the nouns, and the words that may stand between "a" and the outlet or "report" ("an exclusive",
# "a Tuesday", "the latest": a lower-case word or a day's or month's name, at most two)
REPORT_NOUNS = ("report", "reports", "story", "article", "investigation", "analysis", "dispatch", "interview")
_DAYS = "|".join(sorted((w.capitalize() for w in MONTHS_DAYS if len(w) > 3), key=lambda w: (-len(w), w)))
_REPORT_QUALIFIER = (rf"(?:(?!(?:by|in|from|of|and|or|that|which|it)\s)[a-z][a-z-]+\s+){{0,2}}?"  # (as few as may be:
                     rf"(?:(?:{_DAYS}|(?:19|20)\d\d)\s+)?")  # "a bne IntelliNews report", of the site's "bne IntelliNews")
REPORT_BY = rf"(?:[Aa]n?|[Tt]he)\s+{_REPORT_QUALIFIER}reports?\s+(?:by|in|from)"  # ("according to a Tuesday report in X")


def odd_names(names: Iterable[str]) -> str:
    """The alternation (longest first, escaped) of those of `names` (a site's outlets as texts write them) that
    `NAME` does not read whole ("dpa", "RFE/RL", "Ferry & Port Week"), "" when none; what `site_cues` adds."""
    odd = sorted({n for n in names if n and re.fullmatch(NAME, n) is None}, key=lambda n: (-len(n), n))
    return "|".join(re.escape(n) for n in odd)


@lru_cache(maxsize=1)
def cues() -> tuple[tuple[re.Pattern[str], ...], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The patterns of the forms of a credit, alike for every list of outlets whose names `NAME` reads (~15 ms to
    compile): (the cues, in credits.py's order; the anaphora; the next outlet; the outlet before)."""
    # Compiled here, in a function of no arguments, not in `_texts`, which takes them: only then are they kept compiled
    # between processes (speed/regexcache.py), where every process compiled them again (~55 ms of each build's start)
    found, *others = _texts(NAME, OPENING_NAME)
    return tuple(map(re.compile, found)), *map(re.compile, others)  # type: ignore[return-value]


@lru_cache(maxsize=16)
def site_cues(odd: str) -> tuple[tuple[re.Pattern[str], ...], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """`cues()` for a site whose outlets' names `odd` (`odd_names`) are read as written beside `NAME`."""
    written = rf"(?<![\w/-])(?:{odd})(?![\w/-])"
    found, *others = _texts(rf"(?:{written}|{NAME})", rf"(?:{written}|{OPENING_NAME})")
    return tuple(map(re.compile, found)), *map(re.compile, others)  # type: ignore[return-value]


def _texts(name: str, opening: str) -> tuple[tuple[str, ...], str, str, str]:
    """The texts of `cues()`'s patterns, `name` and `opening` the patterns of an outlet's name (`NAME`, `OPENING_NAME`)."""
    # (a descriptor, or words that place or own the outlet without one: "told Doha-based X", creditplaces.py)
    outlet = rf"(?:the\s+|The\s+)?(?:{ANY_DESCRIPTORS}\s+|{LEADS})?(?P<outlet>{name})"
    found = (
        rf"\b(?:told|telling|tells|[Ii]n an interview with|[Ss]peaking to|[Ss]peaking with|spoke to|interviewed by|"
        rf"explained to|confirmed to|confirmed it to|in a statement to)\s+{outlet}",
        rf"\b(?:[Aa]ccording to|reported by|first reported by|(?:first )?reported in|{REPORT_BY}|reports (?:by|in|from)|"
        rf"cited by|quoted by|(?:first )?published by|citing|(?:first )?(?:revealed|disclosed|broken) by|"
        rf"(?:seen|reviewed|obtained|viewed|examined) by|[Pp]er)\s+{outlet}",
        rf"(?P<outlet>{opening}){INITIALS_AFTER}(?:{APPOSITIVE}|{NOUN_AFTER}?{ASIDE}?)?{WHEN}?(?:\s+(?:{_VERB}|(?:was|were)\s+(?:the\s+)?first\s+to\s+report|"
        rf"first\s+reported|reported,\s+citing)|(?(noun)|(?(aside)|(?(described)|(?<=,))))\s+(?P<said>said|says|added|stated)|,\s+which\s+(?:first\s+)?(?:reported|revealed|broke)|"
        rf"['\u2019]s?\s+(?:report|reporting|investigation|story|website)(?:\s+(?:said|says|found|showed))?)\b",
        *foreign_cues(name),  # German, French: read in text in that language only (detect_credits)
        # "the Daily Meridian said": a credit only when the name is an outlet's (detect_credits), as "Ms Reid said"
        # is a person's (SAID_CUE)
        rf"(?P<outlet>{opening}){INITIALS_AFTER}\s+(?:said|says|added|stated)\b",
        report_cue(name),
    )
    # "the newspaper", also opening a sentence ("The newspaper reported …") and qualified ("the German
    # newspaper", "the business daily", "the technology site": a trial missed all three)
    generic = rf"{QUALIFIED}{GENERIC}"
    press = rf"{QUALIFIED}{PRESS}"  # (not "the agency", "the report": whom one tells is no report)
    anaphora = (rf"\b(?:according to |cited by )?[Tt]he\s+{generic}(?:\s+{_ANAPHORA_VERB}|,\s+which)"
                rf"|\b[Aa]ccording to the {generic}"
                rf"|\b(?:told|telling|tells|spoke to|speaking to|speaking with|in an interview with|interviewed by|"
                rf"confirmed to|explained to) the\s+{press}\b"  # "he told the paper" (a trial's was missed)
                rf"|\b[Tt]he\s+{QUALIFIED}"
                rf"site\s+(?:reported|reports|wrote|writes|revealed|first reported)")
    next_outlet = rf"{JOINED}(?P<lead>(?:the\s+|The\s+)?(?:{ANY_DESCRIPTORS}\s+|{LEADS})?)(?P<outlet>{name})"
    outlet_before = rf"(?<![\w'\u2019.-])(?P<outlet>{name}){JOINED}$"
    return found, anaphora, next_outlet, outlet_before


def report_cue(name: str) -> str:
    """The pattern of an outlet's report as its credit (module docstring), `name` the pattern of an outlet's name
    (group `outlet`): "according to a Reuters report", "a Reuters report said", "citing an exclusive PAP report"."""
    # (opening with the article's first letter, told apart after it, so that sre skips to one: the frame before it is
    # read by `report_start`; a leading optional frame made sre try every place, ~30 µs an article of c1k)
    return (rf"[AaTt](?<![\w][AaTt])(?:(?<=[Aa])n?|(?<=[Tt])he)\s+{_REPORT_QUALIFIER}(?P<outlet>{name}){INITIALS_AFTER}"
            rf"\s+(?:{'|'.join(REPORT_NOUNS)})\b"
            rf"(?:\s+(?:said|says|found|finds|showed|shows|reported|revealed|suggested|claimed|stated|noted|added))?")


_FRAME = re.compile(r"\b(?:[Aa]ccording\s+to|[Cc]iting|[Cc]ited\s+in|[Qq]uoted\s+in|[Bb]ased\s+on|[Pp]er|[Ii]n)\s+$")


def report_start(text: str, at: int) -> int:
    """Where the credit of a report whose article ("a", "the") is at `at` of `text` starts: at the frame before it,
    when one is ("according to a Reuters report", "citing", "per", "in"), else at the article."""
    frame = _FRAME.search(text, max(0, at - 20), at)
    return frame.start() if frame else at

"""Names that hold an outlet's name or word but name someone else: a person ("Emily Post"), a company or body
("Guardian Media Group", "Reuters Foundation"), another newspaper ("The Times of India", "The Sun Herald")
(credits._as_outlet; FX98, 2026-12-07).

    within_known(run, known, outlet)   # -> the outlet a run holding a known outlet's name credits, or None
    person_named(run, before)          # -> True: a run that ends in an outlet word is a person's name
    desk_of(one, other)                # -> True: one of two outlet keys is the other's desk ("bbc world service")

FX93 stopped the timed forms ("Emily Post on Tuesday reported", "Guardian Media Group on Tuesday reported") by asking
a name with a time before its verb to be an outlet by itself (credit_timed.py); the untimed forms read a name by its
shape, as they must to credit an outlet the site does not list ("The Sun Herald reported"): a capitalised run that
ends in an outlet word (creditcues.OUTLET_WORDS), or one that holds a known outlet's name with capitalised words after
it (the outlet's desk: "told BBC Mundo" is the BBC's). Both shapes held names of other kinds, credited as outlets:

- a person's: a run whose words before its outlet word are all given names or initials, with no "the" before it
  ("Emily Post reported", "told John Times", "according to Mary Journal"; "the Charlotte Observer" keeps its credit;
  givenwords.known_given: "Charlotte Observer reported" without "the" is lost, a miss where the person's was a false
  credit);
- a company's or another body's: a known outlet's name followed by words ending in a company's or a body's word
  (`BODY_WORDS`, a legal form of companyforms.LEGAL_FORMS: "Guardian Media Group", "Telegraph Media Group", "Bloomberg
  LP", "Reuters Foundation", "BBC Trust", "The Times Holdings") — no outlet is credited;
- another newspaper's: a known outlet's name followed by "of" and a place that is not its home ("The Times of India",
  "The Guardian of Nigeria"; `_HOMES`: "the Financial Times of London" is the FT) — that newspaper is credited by its
  whole name, as an outlet the site does not list, when the known outlet has a home listed here; with none listed
  ("Reuters of London") no outlet is credited, the place telling nothing ("of" a day or a month is the known
  outlet's issue: "the Financial Times of Monday"); and a known outlet's name followed by a
  press title's word ("The Sun Herald" beside the site's "The Sun", "The Times Herald": `_TITLE_WORDS`) — the whole
  name, as the untimed shape credits any name ending in one. A medium's or a desk's word after it ("BBC World News",
  "Reuters TV", "Bloomberg Radio", "BBC Mundo", "Reuters Breakingviews") keeps the outlet's credit: a desk is its
  outlet (docs/stories.md, "An outlet's desk is its outlet").
Pure.
"""
from __future__ import annotations

import re

from briefgen.analyse.companyforms import LEGAL_FORMS
from briefgen.analyse.givenwords import known_given
from briefgen.analyse.lexicon import MONTHS_DAYS
from briefgen.analyse.namekeys import fold
from briefgen.analyse.outletcountries import at_home

# The last word of a company's or another body's name that is no outlet's desk (with companyforms.LEGAL_FORMS)
BODY_WORDS = frozenset("""group groups holding holdings foundation trust lp llp llc inc inc. corp corp. corporation co
co. company plc ltd ltd. limited philanthropies institute fund partners capital ventures properties investments
charity charities union""".split()) | frozenset(fold(form) for form in LEGAL_FORMS)
# The words that end a newspaper's title (creditcues.OUTLET_WORDS less a medium's: News, Radio, TV, Television, Press)
_TITLE_WORDS = frozenset("""times post journal herald telegraph tribune gazette digest dispatch ledger observer monitor
chronicle courier""".split())
# The homes of the known outlets that texts place with "of" ("The Times of London", "the Financial Times of London"):
# their cities and countries, from the outlets' own pages. An outlet listed in outletcountries has its homes there.
_UK = frozenset("london britain england uk".split())
_HOMES = {"The Times": _UK, "Financial Times": _UK, "The Guardian": _UK | {"manchester"}, "The Telegraph": _UK,
          "Daily Mail": _UK, "The Independent": _UK, "The Economist": _UK, "Le Monde": frozenset({"paris", "france"}),
          "Le Figaro": frozenset({"paris", "france"}), "Global Times": frozenset({"beijing", "china"}),
          "The Moscow Times": frozenset({"moscow", "russia"}), "Kyiv Post": frozenset({"kyiv", "ukraine"}),
          "The Washington Post": frozenset({"washington"}), "The New York Times": frozenset({"new york"})}
_POSSESSIVE = re.compile(r"['\u2019]s?$")


def within_known(run: str, known: re.Match[str], outlet: str | None) -> str | None:
    """What a capitalised run `run` credits that holds a known outlet's name at `known` (a match in `run`) read as
    the known `outlet` (its canonical name; None gives None): `outlet` when nothing follows the name or the words
    after it are its desk's; None when they end in a company's or a body's word; the whole run (as an outlet the site
    does not list) when they make another newspaper's name (module docstring). A run's possessive ending ("'s") is no
    word of it."""
    after = _POSSESSIVE.sub("", run[known.end():].strip().rstrip(".,")).split()
    if not after or outlet is None:
        return outlet
    if fold(after[-1]) in BODY_WORDS:
        return None
    whole = _POSSESSIVE.sub("", run.strip().rstrip(".,"))
    if after[0] == "of" and not MONTHS_DAYS.intersection(map(fold, after)):  # ("the FT of Monday": its issue)
        place = fold(" ".join(after[1:]))
        home = at_home(outlet, place)
        if home is None:
            homes = _HOMES.get(outlet)
            home = None if homes is None else place in homes
        return outlet if home else whole if home is False else None
    return whole if after[-1].lower() in _TITLE_WORDS else outlet


def person_named(run: str, before: str = "") -> bool:
    """Whether `run`, a capitalised run ending in an outlet word ("Emily Post"), is a person's name: every word
    before its last is a known given name (givenwords.known_given) or an initial ("J."), and neither the run nor
    the text `before` it (a cue's words: "told the ") ends in "the". Module docstring."""
    words = run.split()
    if len(words) < 2 or words[0].lower() == "the" or re.search(r"\bthe\s*$", before, re.IGNORECASE):
        return False
    return all(known_given(word) or re.fullmatch(r"[A-Z]\.?", word) for word in words[:-1]) and \
        known_given(words[0])


def desk_of(one: str, other: str) -> bool:
    """Whether one of two outlet keys (outletkeys.outlet_key: lower case, no "the") is the other's desk: the other's
    name followed by words `within_known` reads as a desk's ("bbc world service" and "bbc", "reuters breakingviews" and
    "reuters"); never another newspaper's or a body's ("times of india", "sun herald", "guardian media group"). A
    desk's report crediting its outlet, or the outlet's crediting its desk, credits its own outlet (stories.report_of;
    docs/stories.md, "An outlet's desk is its outlet")."""
    shorter, longer = sorted((one, other), key=len)
    if not shorter or not longer.startswith(f"{shorter} "):
        return False
    return within_known(longer, re.match(re.escape(shorter), longer), shorter) == shorter  # type: ignore[arg-type]

"""Initials in people's names: "S.K. Verma" is "S. K. Verma", and "S. K. Verma" the briefing's one "Satish Kumar Verma".

    spread_initials(["S.K.", "Verma"])                      # -> ["S.", "K.", "Verma"]
    dotted_person(("S.K.", "Verma"), classify)              # -> ("person", 0)  ("U.S. Steel": None)
    fold_initials({"s. k. verma": [...], "satish kumar verma": [...]})   # one group, under the full name's key

South Asian names are written with initials for the given names, with and without the space ("S. K. Verma", "S.K.
Verma", "K. C. Reddy"), and in full in other reports ("Satish Kumar Verma", "K. Chandrasekhar Reddy"). A trial (T16,
2026-12-06, a heatwave and blackouts) published four People pages for one minister: "S. K. Verma", "S.K. Verma",
"Shri Satish Kumar Verma" and "Shri Verma" (the honorific: titlewords.SOUTH_ASIAN_HONORIFICS), and read "S.K. Verma"
as an organisation (nameruns: a run opening with a word in capitals is a body's, "NATO Secretary-General …").

- Dotted initials written together are the initials written apart (`spread_initials`; namekeys.person_key reads
  names so): one person's key.
- A run of dotted initials (two to four letters) and one or two name words is a person when the same run with the
  initials spread is one ("J.K. Rowling", "A.P. Deshmukh"), unless the letters are a place's or a body's known
  initials ("U.S. Steel", "U.N. envoy": lexicon.PLACES, ORG_NAMES, or a few dotted place names, `_PLACE_INITIALS`).
- Initials that fit given names: a name of the same number of words and surname, each word the other's or an initial
  of it ("S. K. Verma" and "Satish Kumar Verma"; "K. C. Reddy" and "K. Chandrasekhar Reddy"), is the same person when
  it fits exactly one fuller name of the briefing (fewer initials; the fullest, when they fit one another: "S. K.
  Verma" → "Satish K. Verma" → "Satish Kumar Verma"): so merged by NameIndex.build (`fold_initials`). When it fits
  two ("S. Verma" beside "Satish Verma" and "Sunil Verma") it stays a name of its own: initials are no evidence
  which. Mentioned only in other articles, the forms are one person because the press writes one person's initials
  so, and a briefing rarely names two people of one surname whose given names share their initials.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from briefgen.analyse.capitals import CAPITAL
from briefgen.analyse.lexicon import ORG_NAMES, PLACES
from briefgen.analyse.titlewords import DOTTED_STYLES

_DOTTED = re.compile(r"(?:[^\W\d_][.\u2024]){2,4}")
_INITIAL = re.compile(r"[^\W\d_][.\u2024]?")
# Dotted initials of places and bodies the lexicon lists without periods or not at all ("L.A. Galaxy", "D.C. Police").
_PLACE_INITIALS = frozenset("la dc ny nyc nz sa hk eu un uae".split())


# Patterns of nameruns.RUN (kept here, beside the other rules of initials):
# "A" or "I" as the first of a person's dotted initials ("A.K. Sharma", "I.M. Pei"), no article or pronoun: a run
# starts at it, as it does after any other word. Read as the article, '"Yes," A.K. Sharma said' and "officer A.K.
# Sharma" named "Sharma" (T18, 2026-12-06: a page "K. Sharma" and one "Sharma" for one man). Only before a name's
# capitalised word: "A.I. firms", "9 A.M.", an abbreviation alone, start no run (BR22 finding 11: an organisation "A.I.").
INITIALS_ON = rf"[.\u2024][A-Z][.\u2024](?:[A-Z][.\u2024])*[ \t]+{CAPITAL}"
# Initials joined by "&" are one word: "AT&T", "P&O Ferries", "the Thames Mutual P&I Club" (T18 read a person "Thames
# Mutual P" and lost the club's quotation); "Marks & Spencer", spaced, is a run of three words (nameruns._PARTICLE).
AMPERSANDED = r"(?:&[A-Z][\w\u2019'\-]*)*"
# A legal form of two letters joined by a slash is one word: "Maersk A/S", "I/S", "K/S", "P/S" (Danish), "S/A"
# (Brazilian); read as two runs, "Maersk A" and "S", a breaker's "Maersk A/S said" made a person "S" (FX21). Only a
# capital alone on either side: "AC/DC", "Kyiv/Moscow" stay two words.
SLASHED = r"(?:(?<=(?<![\w\u2019'\-./&])[A-Z])/[A-Z](?![\w\u2019'\-/&]))?"
_AMPERSAND_WORD = re.compile(r"[A-Z][\w\u2019'\-]*&[A-Z]")


def ampersanded(tokens: Sequence[str]) -> bool:
    """Whether a run of two words or more holds a word of initials joined by "&" ("Thames P&I", "the Gard P&I club",
    "P&O Ferries", "S&P Global"): an organisation's name, no person's (BR22, 2026-12-06: '“We will pay,” Thames P&I
    said' made a person "Thames P&I" and gave him the club's words). One such word alone is read as before: "AT&T" a
    body, "R&D", "a P&I club" no name (commonacronyms.py)."""
    return len(tokens) > 1 and any(_AMPERSAND_WORD.match(t) for t in tokens)


def spread_initials(words: Sequence[str]) -> list[str]:
    """`words` with each word of dotted initials written together ("S.K.", "A.P.J.") as one word per initial."""
    out: list[str] = []
    for word in words:
        if _DOTTED.fullmatch(word):
            out.extend(word[i:i + 2] for i in range(0, len(word), 2))
        else:
            out.append(word)
    return out


# Bodies written as initials and one word, which nothing in a text tells from a person's initials and surname: "A.C.
# Milan" beside "A.C. Green" (a basketball player), "A.S. Roma" beside "A.S. Byatt" (a novelist), "A.M. Best" (the
# insurers' rating agency) beside "A.K. Sharma" — a sports report's verbs ("beat", "lost to") and a firm's ("said its",
# ", which": the reverted c0de6cc4, "J.K. Rowling said its first print run") are a person's too. Known names, then
# (BR22 finding 11, 2026-12-06: persons "A.C. Milan", "A.S. Roma", "A.M. Best"); the letters without their dots.
INITIALLED_BODIES = frozenset(("ac milan", "as roma", "ss lazio", "ssc napoli", "as monaco", "fc porto", "sc braga",
                               "fc barcelona", "fc bayern", "rc lens", "fc basel", "fc copenhagen", "am best"))


def dotted_person(tokens: tuple[str, ...], classify: Callable[[tuple[str, ...]], tuple[str, int] | None]
                  ) -> tuple[str, int] | None:
    """("person", index of the name) when `tokens` open with dotted initials and read with the initials spread as a
    person of one or two words after them ("S.K. Verma", "J.K. Rowling"; module docstring); ("organisation", 0) for
    a known body so written (`INITIALLED_BODIES`: "A.C. Milan"); else None."""
    if len(tokens) == 2 and f"{tokens[0].replace('.', '').replace(chr(0x2024), '').lower()} {tokens[1].lower()}" in INITIALLED_BODIES:
        return "organisation", 0  # "A.C. Milan", "AC Milan", "A.M. Best" (`INITIALLED_BODIES`)
    if not (1 < len(tokens) <= 3 and _DOTTED.fullmatch(tokens[0])):
        return None
    letters = tokens[0].replace(".", "").replace("\u2024", "").lower()
    if letters in _PLACE_INITIALS or letters in PLACES or letters in ORG_NAMES or tokens[0].lower() in PLACES or (
            tokens[0].lower().replace("\u2024", ".") in DOTTED_STYLES and len(tokens) > 2):  # "H.E. Ruth Ochieng": a style
        return None  # (titlewords.py); "H.E. Bates", "H.H. Asquith": initials before a surname alone (FX40)
    spread = tuple(spread_initials(tokens))
    return ("person", 0) if classify(spread) == ("person", 0) else None


def styled_surname(surface: str, known: str | None) -> bool:
    """Whether `surface`, "H.E." or "H.H." and one word, is the style before a surname (His or Her Excellency, His
    Highness: titlewords.DOTTED_STYLES) rather than a person's initials: when `known`, the full name the text gave the
    surname before (names.py's `earlier`, quotespeakers' full_name), is a person's whose given names the letters do
    not fit ("William Ruto … H.E. Ruto said" is his; "H.E. Bates wrote", "H.H. Asquith" are initials: `dotted_person`;
    FX40). None or the surface itself: nothing known, initials."""
    words = surface.split()
    if len(words) != 2 or words[0].lower().replace("\u2024", ".") not in DOTTED_STYLES or not known or " " not in known:
        return False
    spread = [w.lower() for w in spread_initials(words)]
    return known.split()[-1].lower() == words[1].lower() and not fits(spread, [w.lower() for w in known.split()])


def _initial(word: str) -> bool:
    return _INITIAL.fullmatch(word) is not None


def fits(short: Sequence[str], full: Sequence[str]) -> bool:
    """Whether the name `short` (its words, lower case) may be written for `full`: as many words, the same surname,
    each given word the other's or an initial of it ("s." for "satish"), at least one an initial."""
    if len(short) != len(full) or len(short) < 2 or short[-1] != full[-1]:
        return False
    initials = False
    for a, b in zip(short[:-1], full[:-1]):
        if a == b:
            continue
        if not (_initial(a) and b[:1] == a[:1]):
            return False
        initials = True
    return initials


# Titles that tell a person's sex (English, French, South Asian: titlefit's and toldsex's, and French "M."/"Mme").
_MALE_TITLES = frozenset("mr sir lord shri shree thiru janab m monsieur".split())
_FEMALE_TITLES = frozenset("""mrs ms miss dame lady smt shrimati srimati shreemati sushri thirumathi tmt mme madame mlle
mademoiselle""".split())


def _sexes(variants: dict[str, list[str]], occurrences: Iterable[Any]) -> dict[str, str]:
    """A person key of `variants` → "m" or "f" when its mentions' titles ("Smt.", "Lady") or a full name's given name
    (givensex.given_sex: "Satish", "Sophie"; not an initial) tell one sex and nothing tells the other; else no entry."""
    from briefgen.analyse.givensex import given_sex  # (givensex → namekeys → this module)
    of = {name: key for key, names in variants.items() for name in names}
    told: dict[str, set[str]] = {}
    for occurrence in occurrences:
        key = of.get(occurrence.mention.full)
        words = {w.strip(".\u2024").lower() for w in occurrence.mention.title.split()}
        if key is not None and words & (_MALE_TITLES | _FEMALE_TITLES):
            told.setdefault(key, set()).add("m" if words & _MALE_TITLES else "f")
    for key, names in variants.items():
        for name in names:
            words = spread_initials(name.split())
            if len(words) > 1 and not _initial(words[0]) and given_sex(words[0]):
                told.setdefault(key, set()).add(given_sex(words[0]))
    return {key: next(iter(sexes)) for key, sexes in told.items() if len(sexes) == 1}


def told_titles(quotes: Iterable[Any]) -> dict[str, str]:
    """An article's speaker (its article-local full name) → "Mr" or "Mrs" when its quotations' frames tell one sex
    (people.Said.gender: "he said", "Mrs Smith said"): the title a build's mentions carry for `_sexes`, which the
    memoised people analysis does not keep."""
    told: dict[str, set[str]] = {}
    for quote in quotes:
        if quote.gender in ("m", "f"):
            told.setdefault(quote.speaker, set()).add(quote.gender)
    return {speaker: "Mr" if sexes == {"m"} else "Mrs" for speaker, sexes in told.items() if len(sexes) == 1}


def fold_initials(variants: dict[str, list[str]], occurrences: Iterable[Any] = ()) -> None:
    """Merges, in place, each group of `variants` (a person key → the full names written so, as NameIndex.build
    collects them) whose initials fit exactly one fuller group's given names (its first name's words, read as
    written: transliteration folds "Khalid" to "halid") into that group (module docstring). A fuller group of the
    other sex (`_sexes`, from the corpus's `occurrences`: names.Occurrence) is no fit: "Smt. S. Verma" is not
    "Satish Verma", "Lady J. Smith" not "John Smith" (a re-test, BR19, 2026-12-06, found them merged)."""
    keys = {key: [w.lower() for w in spread_initials(names[0].split())] for key, names in variants.items() if names}
    inits = {key: sum(map(_initial, words[:-1])) for key, words in keys.items()}
    short = [key for key in keys if inits[key] and len(keys[key]) > 1]
    sexes = _sexes(variants, occurrences) if short else {}
    target: dict[str, str] = {}
    for key in short:
        fuller = [other for other in keys if inits[other] < inits[key] and fits(keys[key], keys[other])
                  and sexes.get(other, sexes.get(key, "")) == sexes.get(key, sexes.get(other, ""))]
        top = [k for k in fuller if not any(inits[o] < inits[k] and fits(keys[k], keys[o]) for o in fuller)]
        if len(top) == 1:
            target[key] = top[0]
    for key in sorted(target, key=lambda k: -inits[k]):
        to = target[key]
        while to in target:
            to = target[to]
        variants[to].extend(variants.pop(key))

"""Runs of capitalised words and what they are as names, apart from their context.

    RUN.finditer(text)               # runs: "Foreign Minister Dmytro Kuleba", "NATO", "The"
    classify(["Foreign", "Minister", "Dmytro", "Kuleba"])  # -> ("person", 2): title, then the name
    parts("India’s Narendra Modi")  # -> the run's parts ("India’s" | "Narendra Modi"), each read

`names.py` reads these in their context (earlier names in the article, speech verbs, places);
`quotes.py` reads runs in attribution frames. Everything here is a pure function of the words
of one run, so the readings of a run are computed once per distinct run (lru_cache: names recur
in every article; memos of pure functions, they change speed, never results). The rules are
described in names.py's docstring; the word lists live in lexicon.py.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from briefgen.analyse.capitals import capital_ranges
from briefgen.analyse.lexicon import (COMPANY_HEADS, DEMONYMS, FALSE_TITLES, FAMILY_NAME_FIRST, GIVEN_NAME_MONTHS, HONORIFICS,
                                      INSTITUTION_NOUNS, MONTHS_DAYS, ORG_HEADS, ORG_NAMES, PLACE_HEADS, PLACE_LEADS, PLACES, PORTFOLIO_WORDS, REGION_PREFIXES,
                                      PRODUCT_WORDS, ROLE_NOUNS, SAINT_WORDS, STOPWORDS, SURNAME_PARTICLES, THING_HEADS, TIME_WORDS,
                                      TITLE_WORDS)
from briefgen.analyse.namekeys import fold as _fold, is_reference, reference_forms
from briefgen.analyse.orgnames import product_shaped

PERSON = "person"
ORGANISATION = "organisation"


def _capitals() -> str:
    """A character class body of every capital letter (Unicode Lu and Lt) of the BMP: "A-Z", "À-Ö",
    "Ø-Þ", "Ā", "Ă" … "Š" … "А-Я" …, as ranges (analyse/capitals.py). Latin-1's capitals alone left
    "Ingrida Šimonytė", "Łukasz Kowalski" and "Володимир Зеленський" unread past their first capital
    outside it: a quote was credited to "Ingrida", a person of that one name."""
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
                   for a, b in capital_ranges())


_UPPER = _capitals()
CAPITALS = _UPPER  # public: credits.py reads outlet names with the same capitals
DOT = "\u2024"  # quotes.py masks abbreviation periods with it; runs read both
# Titles abbreviated with a period ("Mr.", "Rev.", "Cllr."): the period is no sentence end and the name goes on;
# quotemask.py masks these periods. Every abbreviation of lexicon.TITLE_WORDS written with a period is here.
TITLES = "Mr Mrs Ms Mx Dr Prof Gen Sen Rep Gov Lt Col Adm Sgt Capt St Rev Cllr Supt Insp Det Cpl Brig Cmdr Maj".split()
_TITLES = TITLES
_ABBREVIATION = rf"(?:{'|'.join(_TITLES)})[.\u2024](?=[ \t]+[A-Z])"
_WORD = (rf"(?:(?:[A-Z][.\u2024]){{2,}}|{_ABBREVIATION}|[A-Z][.\u2024](?=[ \t]+[{_UPPER}])"
         rf"|[{_UPPER}][\w\u2019'\-]*)")
# Sentence words most often capitalised, skipped inside the regex when they stand alone (speed).
_COMMON = ("The A An In On At It He She They We I This That These Those But And As For If His Her Their Its "
           "Our There What When While After Before Some Many Most Officials Analysts").split()
# "&" joins the names of a firm ("Marks & Spencer", "Procter & Gamble"): one run, an organisation (`_classify`)
_PARTICLE = rf"(?:{'|'.join(sorted(SURNAME_PARTICLES))}|of|of the|for|for the|&)"
# A run of capitalised words (the rule; `RUN` is the same pattern, rewritten for speed):
_RUN_RULE = (rf"(?<![\w\u2019'\-.])(?!(?:{'|'.join(_COMMON)})\b(?![ \t]+[A-Z])){_WORD}"
             rf"(?:[ \t]+(?:{_PARTICLE}[ \t]+)*{_WORD})*")


def _after_first(words: list[str]) -> str:
    """An alternation of `words` for a pattern that has just read their first letter: 'Mr', 'Ms',
    'Dr' → '(?<=M)(?:r|s)|(?<=D)r'."""
    rests: dict[str, list[str]] = {}
    for word in words:
        rests.setdefault(word[0], []).append(word[1:])
    return "|".join(f"(?<={first})(?:{'|'.join(rest)})" for first, rest in rests.items())


# `_RUN_RULE` with its first letter read first: a pattern that starts with a character set is
# scanned for in C, not tried at every position (names_in spent half its time in this regex).
# Every branch of the rule starts with a capital, so after reading it the lookbehind looks one
# character further back, and the branches test that letter with a lookbehind of their own.
# The matches are the same (tests/analyse/test_fast_paths.py compares the two).
RUN = re.compile(rf"[{_UPPER}](?<![\w\u2019'\-.].)(?!(?:{_after_first(_COMMON)})\b(?![ \t]+[A-Z]))"
                 rf"(?:(?<=[A-Z])[.\u2024](?:[A-Z][.\u2024])+|(?:{_after_first(_TITLES)})[.\u2024](?=[ \t]+[A-Z])"
                 rf"|(?<=[A-Z])[.\u2024](?=[ \t]+[{_UPPER}])|[\w\u2019'\-]*)"
                 rf"(?:[ \t]+(?:{_PARTICLE}[ \t]+)*{_WORD})*")
_TOKEN = re.compile(r"\S+")
_NEVER_ALONE = STOPWORDS | MONTHS_DAYS | PLACES | DEMONYMS | ROLE_NOUNS | TITLE_WORDS | ORG_HEADS
POSSESSIVE = re.compile(r"(?:[\u2019']s?)$")


def _adjectival(token: str, lowered: str) -> bool:
    """'Ukrainian', 'German-made', 'Kremlin-backed': words that describe rather than name."""
    return lowered in DEMONYMS or ("-" in token and token.rsplit("-", 1)[1][:1].islower())


_GIVEN_SYLLABLES = re.compile(r"[^\W\d_]+-[^\W\d_]+")


def romanised_given_name(tokens: tuple[str, ...] | list[str], at: int) -> bool:
    """Whether tokens[at], a hyphenated word whose second part is lower-case, is a given name in
    the romanisations that hyphenate its syllables after the family name: Korean ("Lee Jae-myung",
    "Kim Jong-un", "Ban Ki-moon", Revised Romanisation and McCune-Reischauer as the press writes
    them), Wade-Giles and Taiwanese passports ("Chiang Kai-shek", "Tsai Ing-wen", "Lai Ching-te").
    Read by its context: the word before it is a family name written first (`FAMILY_NAME_FIRST`).
    Without this a lower-case second part made it an adjective ("German-made"), and the person
    was not found at all (nor their quotes)."""
    return (0 < at < len(tokens) and tokens[at - 1] in FAMILY_NAME_FIRST
            and _GIVEN_SYLLABLES.fullmatch(tokens[at]) is not None)


# An American legislator's party and state, the appositive of AP style ("Rep. Mike Callahan, R-Ohio,",
# "D-N.Y.", "I-Vt."): no name (a trial gave "long overdue" to a person "R-Ohio").
PARTY_STATE = re.compile(r"[DRI]-[A-Z][A-Za-z.]*")
PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}['\u2019]?s")


def classify(tokens: list[str]) -> tuple[str, int] | None:
    """(kind, index of the first name token) of a run, or None when it is not a name at all.

    The index splits the title from the name; for organisations it is 0.
    """
    return _classify(tuple(tokens))


@lru_cache(maxsize=16384)  # a pure function of a few words, which recur in every article
def _classify(tokens: tuple[str, ...]) -> tuple[str, int] | None:
    lowered = [t.lower().replace(DOT, ".") for t in tokens]
    phrase = " ".join(lowered)
    if phrase in PLACES:
        return None
    if len(tokens) == 1 and (phrase in STOPWORDS or phrase in ORG_HEADS or phrase in TITLE_WORDS
                             or phrase in ROLE_NOUNS or _adjectival(tokens[0], phrase)
                             or PARTY_STATE.fullmatch(tokens[0])):
        return None
    if lowered[0] in TITLE_WORDS and _title_end(tokens, lowered) == len(tokens):
        return None  # a title and no name: "the Prime Minister", "the Minister of State for Fisheries"
    linked = next((i for i, w in enumerate(lowered) if w in ("of", "for")), 0)
    if "&" in tokens[1:-1] and not _brief_ampersand(lowered):
        return ORGANISATION, 0  # "Marks & Spencer", "Johnson & Johnson": never a person (issue 9)
    if (phrase in ORG_NAMES or (len(tokens) > 1 and lowered[-1] in ORG_HEADS)  # a public body of a brief and a country: "Natural Resources Wales"
            or (linked > 0 and lowered[linked - 1] in ORG_HEADS) or (len(tokens) > 1 and lowered[-1] in PLACES and all(w in PORTFOLIO_WORDS for w in lowered[:-1]))):
        return ORGANISATION, 0
    if PLURAL_ACRONYM.fullmatch(tokens[-1]):
        return None  # a group: "Opposition MPs", "Labour MEPs", "Tech CEOs" (a trial: a People page "Opposition MPs")
    if lowered[-1] in THING_HEADS or (len(tokens) > 1 and (lowered[-1] in PLACE_HEADS or lowered[0] in PLACE_LEADS)) or (
            lowered[0] in SAINT_WORDS):
        return None  # "UN Charter", "Mokri Yaly River", "Mount Hood", "St Albans", "St Brigid" (of "St Brigid's")
    if len(tokens) == 2 and lowered[0] in REGION_PREFIXES and not _adjectival(tokens[1], lowered[1]):
        return None  # a region: "Middle Rhine", "Lower Saxony" (lexicon.REGION_PREFIXES)
    if lowered[0] in ORG_NAMES or (tokens[0].isupper() and len(tokens[0]) > 2 and lowered[0] not in TITLE_WORDS
                                   and lowered[0] not in PLACES and lowered[0] not in DEMONYMS):
        return ORGANISATION, 0
    first = _title_end(tokens, lowered)
    if first == len(tokens):
        return None
    while first < len(tokens) - 1 and (lowered[first] in ("of", "the") or lowered[first] in PLACES
                                       or _adjectival(tokens[first], lowered[first])):
        first += 1
    rest = " ".join(lowered[first:])
    # "Theresa May", "Bob June": a month that is also a name ends a two-word name after a first name
    month_last = lowered[-1] in MONTHS_DAYS and not (lowered[-1] in GIVEN_NAME_MONTHS and first == len(tokens) - 2)
    if (rest in PLACES or rest in ORG_NAMES or month_last
            or (_adjectival(tokens[-1], lowered[-1]) and not romanised_given_name(tokens, len(tokens) - 1))
            or any(w in ("of", "for", "the") for w in lowered[first:])):
        return None
    if (any(map(product_shaped, tokens[first:])) or (len(tokens) - first > 1 and lowered[-1] in PRODUCT_WORDS)
            or "&" in tokens[first:]):
        return None  # a product or a brand: "PowerCell", "Aira Pro", "PowerCell Mini"; "Media & Sport" (issue 9)
    return PERSON, first


def _brief_ampersand(lowered: list[str]) -> bool:
    """Whether an "&" of a run joins the words of a minister's brief ("Culture, Media & Sport", "Trade & Industry"),
    not the names of a firm."""
    return any(lowered[i - 1] in PORTFOLIO_WORDS or lowered[i + 1] in PORTFOLIO_WORDS
               for i in range(1, len(lowered) - 1) if lowered[i] == "&")


def _in_brief(token: str, word: str) -> bool:
    """Whether a word after a title's "of"/"for" is part of the brief ("Minister of [State for Fisheries]")."""
    return (word in TITLE_WORDS or word in PORTFOLIO_WORDS or word in ORG_HEADS or word in PLACES
            or _adjectival(token, word))


def _title_end(tokens: tuple[str, ...], lowered: list[str]) -> int:
    """Where the name starts after the title words of a run: after the last title word, its brief
    included ("Minister of State for Fisheries Colm Mac Giolla Bhríde" → 5, "Chancellor of the Exchequer
    Rachel Reeves" → 4); len(tokens) when the run is a title and nothing else ("Prime Minister",
    "Secretary of State"), so that no title word is taken for a person. After an honorific the last
    word is a name ("Mr Major")."""
    first, brief = 0, False
    for i, word in enumerate(lowered):
        last = i == len(lowered) - 1
        if last and i > 0 and lowered[i - 1] in HONORIFICS:
            break
        if word in TITLE_WORDS or (brief and _in_brief(tokens[i], word)) or (i == 0 < len(tokens) - 2 and word in FALSE_TITLES):
            first = i + 1
        elif word in ("of", "for") and first == i > 0:
            first, brief = i + 1, True
        elif word == "the" and brief and first == i:
            first = i + 1
        elif word in ("and", "&") and brief and first == i and i + 1 < len(lowered):
            first = i + 1  # "Minister for Trade and Industry Ana Silva" (quotes.py joins runs split at "and")
        else:
            brief = False
            if last:
                break
    if first == len(tokens) and lowered[-1] in ("of", "for", "the"):
        return len(tokens) - 1
    return first


def _title_chain(words: list[tuple[int, str]]) -> bool:
    """Whether `words` are a title and its brief so far ("Minister of State"), so that a "for" after
    them goes on with the brief ("… for Fisheries") instead of starting a new part."""
    lowered = [w.lower() for _, w in words]
    return bool(words) and lowered[-1] not in ("of", "the") and _title_end(tuple(w for _, w in words),
                                                                           lowered) == len(words)


def _person_of_organisation(person: list[tuple[int, str]], rest: list[tuple[int, str]]) -> bool:
    """Whether "<person> of <rest>" is a person and their organisation or town ("Marit van Oosten of ICES",
    "Hannah Cole of Bristol"), or a person and whatever "of the" leads to, which no person's name holds
    ("Fiona Hill of the Brookings Institution", "Pieter Claes of the Flemish nationalists": two names, not one
    organisation ("Bank of England") or a title's brief ("Duke of York": one name word)."""
    if len(person) < 2 or not rest:
        return False
    tokens = tuple(w for _, w in person)
    after = tuple(w for _, w in (rest[1:] if rest[0][1] == "the" else rest))
    read = _classify(tokens)
    return (read is not None and read[0] == PERSON and len(tokens) - read[1] >= 2 and bool(after)
            and ((_classify(after) or ("", 0))[0] == ORGANISATION or len(after) == 1 or rest[0][1] == "the"
                 or " ".join(after).lower() in PLACES))  # "Hannah Cole of Bristol" (a trial lost her quote)


_GROUP_POSSESSIVE = re.compile(r"(?:\w+s[\u2019']|\w*(?:men|people|children)[\u2019']s)$", re.I)


def _group_possessive(word: str, run: list[tuple[int, str]]) -> bool:
    """A plural noun's possessive inside an organisation's name (the run ends in an organisation word),
    not an owner before a name: "Fishermen's" in "Killybegs Fishermen's Organisation", "Farmers'" in
    "National Farmers' Union", "People's Liberation Army" (a trial made a person "Killybegs Fishermen"
    of the first). A place is an owner ("Brussels' Berlaymont")."""
    return (bool(_GROUP_POSSESSIVE.match(word)) and POSSESSIVE.sub("", word).lower() not in PLACES
            and POSSESSIVE.sub("", run[-1][1]).lower() in ORG_HEADS)


_BODY_WORDS = PORTFOLIO_WORDS | INSTITUTION_NOUNS | frozenset("""
of for and the department court supreme constitutional high bank central national reserve force forces armed air
coast guard border police service services agency general staff prosecutor prosecutor's office embassy consulate
ministry parliament senate assembly navy army intelligence""".split())


def _owned_body(rest: list[tuple[int, str]]) -> bool:
    """Whether the words after a possessive are an organisation that every country or company has, made
    only of institution and portfolio words ("Ministry of Foreign Affairs", "Commerce Ministry", "Central
    Bank"): then the owner is part of its name ("Kazakhstan's Ministry of Foreign Affairs"). Split off, a
    trial's Kazakh, Chinese and Japanese ministries were one organisation with one People page."""
    lowered = [POSSESSIVE.sub("", w).lower() for _, w in rest]
    return any(w in ORG_HEADS for w in lowered) and all(w in _BODY_WORDS for w in lowered)


_FIRM_WORDS = ORG_HEADS | COMPANY_HEADS


def split_run(words: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    """A possessive ends a name and a sentence word starts a new one: "India’s Narendra Modi" →
    "India’s" | "Narendra Modi"; "Taras Hnatyuk What officials" (a heading run on) → "Taras Hnatyuk" | "What";
    "of" between a person and an organisation parts them: "Marit van Oosten of ICES" → "Marit van Oosten" |
    "ICES" (a trial lost the name and the quote of the whole run, read as neither)."""
    parts: list[list[tuple[int, str]]] = [[]]
    for n, (offset, word) in enumerate(words):
        if word == "of" and _person_of_organisation(parts[-1], words[n + 1:]):
            parts.append([])
            continue
        if word == "for" and (not parts[-1] or parts[-1][-1][1].lower() not in ORG_HEADS) \
                and not _title_chain(parts[-1]):
            parts.append([])  # "for" joins only after an organisation word ("Institute for the Study of War")
            continue  # or a title ("Minister for Foreign Affairs")
        if word == "the" and not parts[-1]:
            continue
        if parts[-1] and word.lower() in STOPWORDS and word[:1].isupper() and word != "May":
            parts.append([])  # (capitalised after a name word, "May" is a surname: "Theresa May")
        if (len(parts[-1]) > 1 and parts[-1][-2][1] == "&" and word != "&"
                and POSSESSIVE.sub("", word).lower() not in _FIRM_WORDS
                and not any(w.lower() in TITLE_WORDS for _, w in parts[-1])):
            parts.append([])  # "Marks & Spencer Stuart Machin": the firm, then a person (not a brief: "Minister
            # for Trade & Industry Ana Silva")
        parts[-1].append((offset, word))
        if POSSESSIVE.search(word) and len(word) > 2 and not (n + 1 < len(words) and (
                _group_possessive(word, words) or parts[-1][0][1].lower() in SAINT_WORDS
                or _owned_body(words[n + 1:]))):
            parts.append([])  # (a saint's possessive goes on: "St Brigid's Hospital", "St Paul's Cathedral")
    return [p for p in parts if p]


def _verb_first(words: list[tuple[int, str]]) -> bool:
    """Whether the first word is a verb before a name when it starts a sentence, as in list
    items: "Names Olaf Scholz", "Showing X"."""
    head = words[0][1]
    if head.lower() in TITLE_WORDS or POSSESSIVE.search(head):
        return False  # (a possessive is an owner, not a verb: "Britain's Central Bank")
    if head.endswith("ing") and len(head) > 5:
        return True
    if len(words) == 2 and head.endswith(("s", "ed")):
        return words[1][1].lower().rstrip("’'s") in PLACES
    return len(words) >= 3 and head.endswith(("s", "ed")) and words[1][1][:1].isupper()


@dataclass(frozen=True, slots=True)
class Reading:
    """What a part of a run is as a name, before its context is read; offsets are into the run.

    `head` is where its first word starts (for the place context), `key` the folded surface,
    `first_key`/`last_key` the folded first and last name words (a full name is remembered under them,
    and under its other `references`: "al nuaimi" for "Khalid Al Nuaimi", namekeys.reference_forms);
    `particled`: particles and a surname ("Al Nuaimi"), which may refer to a full name given earlier.
    """
    kind: str
    start: int
    end: int
    surface: str
    title: str
    single: bool
    head: int
    key: str
    first_key: str
    last_key: str
    references: tuple[str, ...] = ()
    particled: bool = False


def _read(run: str, words: list[tuple[int, str]]) -> Reading | None:
    """The words (offset into `run`, word) as a name: a possessive dropped, classified, title split off."""
    if not words:
        return None
    tokens = [w for _, w in words]
    possessive = POSSESSIVE.search(tokens[-1])
    if possessive and len(tokens[-1]) > 2:
        tokens[-1] = tokens[-1][:possessive.start()]
    classified = classify(tokens)
    if classified is None:
        return None
    kind, first = classified
    start, end = words[first][0], words[-1][0] + len(tokens[-1])
    title = " ".join(tokens[:first]) if any(t.lower() in TITLE_WORDS for t in tokens[:first]) else ""
    name = tokens[first:]
    references = tuple(_fold(f) for f in reference_forms(name)[1:]) if kind == PERSON and len(name) > 1 else ()
    return Reading(kind, start, end, run[start:end], title, first == len(tokens) - 1, words[0][0],
                   _fold(run[start:end]), _fold(tokens[first]), _fold(tokens[-1]), references,
                   kind == PERSON and len(name) > 1 and is_reference(name))


@dataclass(frozen=True, slots=True)
class Part:
    """A part of a run (`split_run`) read both ways: as it is, and without its first word (at
    offset `head`), which the context decides — when that word may be a verb (`verb_first`) and
    starts a sentence, or is a month that is also a given name (`month_first`: "Jan Borkowski",
    "April Nowak") after a time word ("in April Nowak said")."""
    head: int
    verb_first: bool
    plain: Reading | None
    without_first: Reading | None
    month_first: bool = False


def leading_month_kept(words: list[str], before: str) -> bool:
    """Whether the month words[0] starts a name: a given name ("Jan", "April", "May") with more
    name words after it, unless the word `before` it is a time word ("In April Nowak")."""
    return len(words) > 1 and words[0].lower() in GIVEN_NAME_MONTHS and before.lower() not in TIME_WORDS


@lru_cache(maxsize=16384)  # a pure function of the run's text; names recur across articles
def parts(run: str) -> tuple[Part, ...]:
    """The parts of a run (`split_run`), each read as it is and without a leading verb."""
    found = []
    for words in split_run([(m.start(), m.group()) for m in _TOKEN.finditer(run)]):
        drop = 0
        while drop < len(words) and (words[drop][1].lower() in STOPWORDS or words[drop][1].lower() in MONTHS_DAYS) and (
                " ".join(w for _, w in words[drop:]).lower() not in PLACES):  # "New York": a place, not "York"
            if leading_month_kept([w for _, w in words[drop:]], words[drop - 1][1] if drop else ""):
                break
            drop += 1
        words = words[drop:]
        month_first = len(words) > 1 and words[0][1].lower() in MONTHS_DAYS
        verb_first = not month_first and len(words) > 1 and _verb_first(words)
        found.append(Part(words[0][0] if words else 0, verb_first, _read(run, words),
                          _read(run, words[1:]) if verb_first or month_first else None, month_first))
    return tuple(found)


@lru_cache(maxsize=16384)
def alone(word: str) -> tuple[bool, bool, str]:
    """(never a name, always one, folded key) of a one-word run: a common word is never a name
    alone; an organisation always is; any other word only as a surname seen earlier or a speaker."""
    lowered = word.lower()
    if lowered.endswith(("'s", "\u2019s")):
        lowered = lowered[:-2]
    if lowered in _NEVER_ALONE:
        return True, False, ""
    if lowered in ORG_NAMES or (word.isupper() and len(word) > 2):
        return False, True, ""
    if product_shaped(word):
        return True, False, ""
    return False, False, lowered if lowered.isascii() else _fold(lowered)

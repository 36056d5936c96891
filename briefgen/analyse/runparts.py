"""The parts of a capitalised run and their readings as names (split off nameruns.py, which classifies
the words of one part; both are pure functions of one run's words).

    split_run(words)                 # "India’s Narendra Modi" → "India’s" | "Narendra Modi"
    parts("Bank of England Governor Andrew Bailey")  # → "Bank of England" | "Governor Andrew Bailey", each read
    speaker_parts(words)             # split_run, less an organisation that leads a titled person

A run splits where a possessive ends a name, a sentence word starts one, "of" or "for" parts a person
from an organisation, "&" parts a firm from a person, and where an organisation's name runs into a
title and a person (`_organisation_then_person`). names.py reads the parts in their context;
quotes.py reads `speaker_parts` in attribution frames.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from briefgen.analyse.companyforms import LEGAL_FORMS, company_formed, surname_worded; from briefgen.analyse.givenwords import known_given; from briefgen.analyse.generations import generation_word, numbered_thing; from briefgen.analyse.familynames import syllable_end  # noqa: E702 (FX121)
from briefgen.analyse.lexicon import (HONORIFICS, MALAY_HONORIFICS, COMPANY_HEADS, GIVEN_NAME_MONTHS, INSTITUTION_NOUNS, MEMBER_NOUNS, MONTHS_DAYS,
                                      ORG_HEADS, ORG_NAMES, PLACE_LEADS, PLACES, PORTFOLIO_WORDS, RANK_UNITS, ROLE_NOUNS, SAINT_WORDS, STOPWORDS, SURNAME_PARTICLES,
                                      TIME_WORDS, TITLE_WORDS, TRADE_HEADS)
from briefgen.analyse.malaytitles import patronymic_at
from briefgen.analyse.groupnouns import counted_band
from briefgen.analyse.namekeys import fold as _fold, is_reference, reference_forms
from briefgen.analyse.romancefirms import ROMANCE_FIRMS
from briefgen.analyse.nameruns import MEMBER_TITLES, ORGANISATION, PERSON, POSSESSIVE, _TOKEN, _classify, _title_end, classify
from briefgen.analyse.postnominals import name_words, titled_name
from briefgen.analyse.seats import seat_end, seat_holder
from briefgen.analyse.sentenceadverbs import opening_adverb
from briefgen.analyse.hyphentitles import hyphen_title
from briefgen.analyse.installations import RANK_TRIPLES, rank_end; from briefgen.analyse.donstyles import DON_STYLES  # noqa: E702 (FX110)
from briefgen.analyse.stopnames import COUNT_WORDS, appositive_person, name_word, stop_named, ten_counted  # noqa: F401 (re-exported for names.py)

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
    organisation ("Bank of England") or a title's brief ("Duke of York": one name word). A title and a surname are a
    person too ("Supt Vale of Harcastle Police": a re-test, 2026-12-05, lost both quotes of the officer and the force)."""
    if len(person) < 2 or not rest:
        return False
    tokens = tuple(w for _, w in person)
    after = tuple(w for _, w in (rest[1:] if rest[0][1] == "the" else rest))
    read = _classify(tokens)
    titled = read is not None and 0 < read[1] == _title_end(tokens, [t.lower() for t in tokens])  # ("Supt Vale")
    return (read is not None and read[0] == PERSON and (len(tokens) - read[1] >= 2 or titled) and bool(after)
            and ((_classify(after) or ("", 0))[0] in (ORGANISATION, PERSON) or len(after) == 1 or rest[0][1] == "the"
                 or " ".join(after).lower() in PLACES  # "Hannah Cole of Bristol" (a trial lost her quote)
                 or "of" in after[1:-1]))  # "Bernard Achterberg of Friends of Millbank": a body (a trial lost him)
    # (a name after "<person> of" that reads as a person's is a firm named after people, "Sean O'Brien of Kettering
    # Price": a third trial lost both and his quotes; orgnames.firms_and_things reads it as the firm)


def _members_of(first: list[tuple[int, str]], rest: list[tuple[int, str]]) -> bool:
    """Whether "<first> of <rest>" is a plural noun opening a sentence and an organisation ("Shares of Golden Valley
    Power & Light fell", "Customers of Harbourline Bank"): two parts, not one organisation (the wildfire trial
    listed "Shares of Golden Valley Power & Light"). Only a firm after "of" ("&", a company's head word, a company
    word or a legal form: companyforms.company_formed, "Shares of Tanjung Emas Agri fell", T22 #5):
    "Bank of England", "Friends of the Earth", "Sisters of Mercy Hospital" stay whole."""
    member = bool(first) and first[0][1].lower() in MEMBER_NOUNS
    if len(first) != 1 or not rest or not (first[0][1].endswith("s") or member) or (
            first[0][1].lower() in ORG_HEADS and not member):
        return False
    tokens = tuple(w for _, w in rest)  # a firm: "&" or a company's head word, not "the …" ("Doctors of the World")
    if first[0][1].lower() in MEMBER_NOUNS and tokens[0] == "the" and len(tokens) > 2 and tokens[-1].lower() in ORG_HEADS:
        tokens = tokens[1:]  # the people of a body: "Members of the Utility Workers Union" (a trial's "the union said"
        # went to a body "Members of the Utility Workers Union", 2026-12-04), "Officials of the Water Board"
    return ("&" in tokens or tokens[-1].lower() in COMPANY_HEADS or first[0][1].lower() in MEMBER_NOUNS or company_formed(
        tokens)) and _classify(
        tokens) == (ORGANISATION, 0)



_GROUP_POSSESSIVE = re.compile(r"(?:\w+s[\u2019']|\w*(?:men|people|children)[\u2019']s)$", re.I)


def _group_possessive(word: str, run: list[tuple[int, str]]) -> bool:
    """A plural noun's possessive inside an organisation's name (the run ends in an organisation word),
    not an owner before a name: "Fishermen's" in "Killybegs Fishermen's Organisation", "Farmers'" in
    "National Farmers' Union", "People's Liberation Army" (a trial made a person "Killybegs Fishermen"
    of the first). A place is an owner ("Brussels' Berlaymont"). `run`: the words from the possessive on; an
    organisation word right after it and then "of" makes one too ("Dockworkers' Union of Nigeria": T26 F9)."""
    return (bool(_GROUP_POSSESSIVE.match(word)) and POSSESSIVE.sub("", word).lower() not in PLACES
            and (POSSESSIVE.sub("", run[-1][1]).lower() in ORG_HEADS or len(run) > 3 and run[2][1] == "of" and run[1][1].lower() in ORG_HEADS))


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


def _owners_trade(owner: list[tuple[int, str]], rest: list[tuple[int, str]]) -> bool:
    """Whether a possessive and the one word after it are a business named after its owner ("Hartwell's Bakeries",
    "Dixon's Motors": `lexicon.TRADE_HEADS`), one organisation: split, a trial (2026-12-05) made a person "Bakeries"
    of "In a statement, Hartwell's Bakeries said". Not a place's ("Britain's Farms") nor a longer run's."""
    owner_word = POSSESSIVE.sub("", owner[-1][1]).lower() if owner else ""
    return (len(rest) == 1 and POSSESSIVE.sub("", rest[0][1]).lower() in TRADE_HEADS and rest[0][1][:1].isupper()
            and owner_word not in PLACES and owner_word not in STOPWORDS)


# A place's or a body's name joined to a participle ("Dubai-based", "Hong Kong-flagged", "Kremlin-backed", "Moscow-born",
# "Singapore-bound"): it describes the name after it, which starts there.
_DESCRIBING = re.compile(r"[^\W\d_][\w.\u2019']*-(?:[a-z]+ed|born|bound|built|made|run)")


def split_run(words: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    """A possessive ends a name and a sentence word starts a new one: "India’s Narendra Modi" →
    "India’s" | "Narendra Modi"; "Taras Hnatyuk What officials" (a heading run on) → "Taras Hnatyuk" | "What";
    "of" between a person and an organisation parts them: "Marit van Oosten of ICES" → "Marit van Oosten" |
    "ICES" (a trial lost the name and the quote of the whole run, read as neither)."""
    parts: list[list[tuple[int, str]]] = [[]]
    tokens, skip = [w for _, w in words], 0
    for n, (offset, word) in enumerate(words):
        if n < skip:
            continue  # a member's seat (below)
        if word == "for" and seat_holder(tokens, n) and not POSSESSIVE.search(tokens[-1]) and (
                not _title_chain(parts[-1]) or parts[-1][0][1].isupper() and len(parts[-1][0][1]) > 1):
            # (a party's initials before the title: "DUP MLA for East Antrim Gordon Lyons", "SNP MSP for …" were one
            # organisation with the quotation, a breaker, 2026-12-05)
            # "Labour TD for Dublin Bay South Ivana Bacik", "The Member for Sutton Coldfield Andrew Mitchell": the title
            # names no one, the seat no one, the member is the name seats.seat_end reads after it, if any (a breaker's
            # "Labour TD", "Cabinet Member" and "Sutton Coldfield Andrew Mitchell" persons, 2026-12-05)
            parts[-1], skip = [], seat_end(tokens, [w.lower() for w in tokens], n + 1)
            parts.append([])
            continue
        if word == "of" and (_person_of_organisation(parts[-1], words[n + 1:]) or _members_of(parts[-1], words[n + 1:])):
            parts.append([])
            continue
        owner = n > 0 and seat_holder(tokens, n) and POSSESSIVE.search(tokens[-1])  # (`tokens`: a list per word was quadratic, BR24)
        if word == "for" and (not parts[-1] or parts[-1][-1][1].lower() not in ORG_HEADS) \
                and (not _title_chain(parts[-1]) or owner):
            # (a member's "for" before an owner is no seat's: "the MP for Tom Reid's constituency", seats.py; the
            # title before it names no one: "The Labour MP for Bath's office" listed a person "Labour MP", a breaker)
            if owner:
                parts[-1] = []
            parts.append([])  # "for" joins only after an organisation word ("Institute for the Study of War")
            continue  # or a title ("Minister for Foreign Affairs")
        if word == "the" and not parts[-1]:
            continue
        if parts[-1] and word.lower() in STOPWORDS and word[:1].isupper() and word != "May" and word not in MEMBER_TITLES \
                and word not in LEGAL_FORMS and not (n + 1 < len(words) and f"{parts[-1][-1][1]} {word} {words[n + 1][1]}".lower() in RANK_TRIPLES) and not (  # ("Equinor AS": a Norwegian legal form, no "as"; companyforms.py; "Air Vice Marshal": a rank)
                name_word(word) and _title_chain(parts[-1]) and (n + 1 == len(words) or words[n + 1][1].lower() not in STOPWORDS)) and not (n + 1 == len(words) and (syllable_end([w for _, w in parts[-1]], word) or numbered_thing([parts[-1][-1][1], word]))):
            # (a name's function word after a title goes on with it: "Colonel Do Van Thanh", "Mr To" (stopnames.py); a
            # given name's syllable ends a name: "Moon Jae In", familynames.syllable_end; "World War I": a number, FX121)
            # (not a member's title in capitals: "Plaid Cymru MS Siân Gwenllian", nameruns.MEMBER_TITLES)
            rank = word == "Chief" and len(parts[-1]) > 1 and parts[-1][-1][1].lower() in RANK_UNITS
            parts.append([parts[-1].pop()] if rank else [])  # ("May" after a name word: "Theresa May"; "Cal Fire | Battalion Chief Lena Park")
        if (len(parts[-1]) > 1 and parts[-1][-2][1] == "&" and word != "&"
                and POSSESSIVE.sub("", word).lower() not in _FIRM_WORDS
                and not any(w.lower() in TITLE_WORDS for _, w in parts[-1])):
            parts.append([])  # "Marks & Spencer Stuart Machin": the firm, then a person (not a brief: "Minister
            # for Trade & Industry Ana Silva")
        if n + 1 < len(words) and _DESCRIBING.fullmatch(word):
            parts[-1] = []  # "Dubai-based | Al Noor Maritime", "Hong Kong-flagged | Hai Feng": a description, no name, ends
            continue  # (T18 listed "Dubai-based Al Noor Maritime" beside the firm, and a person "Hong Kong-flagged Hai Feng")
        parts[-1].append((offset, word))
        if POSSESSIVE.search(word) and len(word) > 2 and not (n + 1 < len(words) and (
                word.lower() in MALAY_HONORIFICS or _group_possessive(word, words[n:]) or parts[-1][0][1].lower() in SAINT_WORDS
                or _owned_body(words[n + 1:]) or _owners_trade(parts[-1], words[n + 1:]))):
            parts.append([])  # (a saint's possessive goes on: "St Brigid's Hospital", "St Paul's Cathedral"; "Dato' Sri" is no
            # possessive: malaytitles.py)
    return [piece for p in parts if p for piece in _organisation_then_person(p)]


def _organisation_then_person(part: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    """A run read as one organisation that is an organisation, a title and a person ("Bank of England
    Governor Andrew Bailey", "NATO Secretary General Jens Stoltenberg", "FEMA Administrator Paula Greer"):
    the organisation and the titled person, two parts. Whole, the run was an organisation, and the
    person and their quotes were lost (the fourth trial's People page had "FEMA Administrator Paula Greer",
    organisation). The person's name words are capitalised, and no organisation, title or role words ("Commission
    of Trade, Health and Food" stays whole). Otherwise the part as it is."""
    tokens = tuple(w for _, w in part)
    if len(tokens) < 4 or _classify(tokens) != (ORGANISATION, 0):
        return [part]
    for i in range(1, len(tokens) - 2):
        if tokens[i].lower() not in TITLE_WORDS and not hyphen_title(tokens[i]) or tokens[i - 1].lower() in ("of", "for", "the", "and", "&"):
            continue
        person = _classify(tokens[i:])
        if (person is None or person[0] != PERSON or person[1] == 0 or len(tokens) - i - person[1] < 2
                or _classify(tokens[:i]) != (ORGANISATION, 0)):
            continue
        if all(w[:1].isupper() and not w.endswith(",") and w.lower() not in ORG_HEADS | ROLE_NOUNS | TITLE_WORDS
               or w in SURNAME_PARTICLES for w in tokens[i + person[1]:]):
            return [part[:i], part[i:]]
    return [part]


def _verb_first(words: list[tuple[int, str]]) -> bool:
    """Whether the first word is a verb before a name when it starts a sentence, as in list
    items: "Names Olaf Scholz", "Showing X"; never a known given name, nor a suffix counted ("Thomas Smith Jr.": FX121)."""
    head, words = words[0][1], words[:-1] if generation_word(words[-1][1]) else words
    if head.lower() in TITLE_WORDS or POSSESSIVE.search(head) or known_given(head):
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


def firm_with_s(tokens: list[str]) -> bool:
    """Whether name tokens whose last ends in 's are a firm's name with it ("Moody’s", "Lloyd’s", "Sotheby’s":
    `lexicon.ORG_NAMES`), not a possessive: read as one, a trial's "“…,” Moody’s said" had no speaker and
    Moody's, named in three articles, no page."""
    return " ".join(tokens).replace("\u2019", "'").lower() in ORG_NAMES


def firm_after_role(tokens: list[str], classified: tuple[str, int]) -> tuple[str, int]:
    """`classified` (nameruns.classify of `tokens`), or an organisation's when a role read as a person's title, or a
    word opening the sentence, stands before a firm's name ("Operator Cobre Andino said", "Rival Minera Atacama Norte
    said": a Spanish firm's noun, romancefirms.ROMANCE_FIRMS, opens no person's name; T17): (kind, where the name starts)."""
    kind, first = classified
    if kind != PERSON:
        return classified
    tokens = tokens[:name_words(tokens)]  # ("Sergeant Reed AFC": honours after a rank's name, no club's; FX40)
    at = next((k for k in range(1, len(tokens) - 1) if tokens[k].lower() in ROMANCE_FIRMS), first)
    if 0 < at < len(tokens) - 1 and classify(tokens[at:]) == (ORGANISATION, 0) and not titled_name(tokens):  # ("Professor Sara Offshore", "Dame … DBE")
        return ORGANISATION, at
    return classified


def _read(run: str, words: list[tuple[int, str]], person: bool = False) -> Reading | None:
    """The words (offset into `run`, word) as a name: a possessive dropped, classified, title split off; `person`: a
    company's reading read as a person's whole name instead (a company word its frame shows to be a surname, FX21)."""
    if not words:
        return None
    tokens = [w for _, w in words]
    possessive = POSSESSIVE.search(tokens[-1])
    if possessive and len(tokens[-1]) > 2:
        if firm_with_s(tokens):
            start, end = words[0][0], words[-1][0] + len(tokens[-1])
            return Reading(ORGANISATION, start, end, run[start:end], "", len(tokens) == 1, start,
                           _fold(run[start:end]), _fold(tokens[0]), _fold(tokens[-1]))
        tokens[-1] = tokens[-1][:possessive.start()]
    classified = classify(tokens)
    if classified is None:
        return None
    kind, first = firm_after_role(tokens, classified) if not (person and classified[0] == ORGANISATION) else (PERSON, 0)
    start, end = words[first][0], words[-1][0] + len(tokens[-1])
    title = " ".join(tokens[:first]) if any(t.lower() in TITLE_WORDS for t in tokens[:first]) or rank_end([t.lower() for t in tokens[:first]]) or first == 1 and tokens[0].lower() in DON_STYLES else ""  # ("RAF Air Marshal": installations.py; "Don Alberto Ruiz": donstyles.py)
    name = tokens[first:]
    references = tuple(_fold(f) for f in reference_forms(name) if f != name[-1]) if kind == PERSON and len(name) > 1 else ()
    at = patronymic_at(name) if kind == PERSON else None  # "Anwar bin Ibrahim" is "Mr Anwar", no "Mr Ibrahim" (malaytitles.py)
    return Reading(kind, start, end, run[start:end], title, first == len(tokens) - 1, words[0][0],
                   _fold(run[start:end]), _fold(tokens[first]), _fold(tokens[-1] if at is None else name[at - 1]), references,
                   kind == PERSON and len(name) > 1 and is_reference(name))


def retitled(run: str, reading: Reading) -> Reading:
    """`reading` (a part of `run`, offsets into it) with its first word read as a title, which the context shows
    ("Dean Judith Amery" where the article says "the dean": deans.py): the rest as the name, the word its title."""
    words = [(reading.start + m.start(), m.group()) for m in _TOKEN.finditer(run[reading.start:reading.end])]
    rest = _read(run, words[1:])
    if rest is None or rest.kind != PERSON:
        return reading
    return Reading(rest.kind, rest.start, rest.end, rest.surface, words[0][1], rest.single, reading.head, rest.key,
                   rest.first_key, rest.last_key, rest.references, rest.particled)


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
    stop_first: Reading | None = None  # the reading with a dropped name's function word kept ("Do Van Thanh"), which
    # the context decides (stopnames.stop_named)
    landform_first: Reading | None = None  # a person's reading of a run a landform opens ("Jabal Ali", no name by its
    # words: placewords.PLACE_LEADS), or a company word ends ("Sara Offshore", FX21), which a person's appositive after
    # it decides (stopnames.appositive_person)


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
        while drop < len(words) and (words[drop][1].lower() in STOPWORDS or words[drop][1].lower() in MONTHS_DAYS or opening_adverb([w for _, w in words[drop:]]) or words[drop][1] in (
                "AM", "PM") and drop + 1 < len(words) and words[drop + 1][1].lower() in MONTHS_DAYS - GIVEN_NAME_MONTHS) and (  # a clock's ("11 PM Tuesday": BR38)
                " ".join(w for _, w in words[drop:]).lower() not in PLACES):  # "New York": a place, not "York"
            if leading_month_kept([w for _, w in words[drop:]], words[drop - 1][1] if drop else "") or (
                    drop + 1 < len(words) and name_word(words[drop + 1][1]) and _title_chain(words[:drop + 1])):
                break  # (an honorific before a name's function word stays: "Mr Do", "Dr An Van Thanh": stopnames.py)
            drop += 1
        stop_first = drop > 0 and name_word(words[drop - 1][1]) and drop < len(words) and words[drop][1].lower() not in STOPWORDS
        stop_first = _read(run, words[drop - 1:]) if stop_first else None  # "Do Van Thanh" with "Do" (stopnames.py)
        dropped = words[drop - 1] if drop else (0, "")
        before, words = dropped[1], words[drop:]
        kept = name_words([w for _, w in words], before)  # "Tobias Wrenfield MP": the letters end the name (postnominals.py)
        letters, words = " ".join(w for _, w in words[kept:]), words[:kept]
        month_first = len(words) > 1 and words[0][1].lower() in MONTHS_DAYS
        verb_first = not month_first and len(words) > 1 and _verb_first(words)
        plain = _lettered(_read(run, words), letters) if not (len(words) == 1 and before.lower() in COUNT_WORDS and ten_counted(
            words[0][1])) else None  # "Ten Sports said", "Ten Britons said", "Two Senators said": no person "Sports" (stopnames.ten_counted)
        if drop and before.lower().rstrip(".\u2024") in HONORIFICS and (plain is None and len(words) == 1 or words and words[0][1].lower() in PLACES and (plain is None or plain.start != words[0][0])):
            plain = _read(run, [dropped, *words])  # "Mr Peers": a surname that is a group's plural (groupnouns.py; FX60); "Ms Georgia Meloni": no place (FX74)
        elif drop and not letters and before[:1].isupper() and before.lower() in COUNT_WORDS and counted_band([w for _, w in words]):
            plain = Reading(ORGANISATION, dropped[0], words[-1][0] + len(words[-1][1]), run[dropped[0]:words[-1][0] + len(words[-1][1])], "",
                            False, dropped[0], _fold(run[dropped[0]:words[-1][0] + len(words[-1][1])]), _fold(before), _fold(words[-1][1]))  # "Nine Inch Nails"
        worded = plain is not None and plain.kind == ORGANISATION and surname_worded([w for _, w in words])
        if worded and (letters or titled_name([w for _, w in words], before)):  # "Prof. Sara Offshore": a title, no
            plain, worded = _read(run, words, True), False  # company's (FX21); "Sara Offshore DBE": honours (FX30)
        found.append(Part(words[0][0] if words else 0, verb_first, plain,
                          _read(run, words[1:]) if verb_first or month_first else None, month_first,
                          stop_first if stop_first is not None and stop_first.kind == PERSON and not letters else None,
                          _landform_person(run, words) if words and words[0][1].lower() in PLACE_LEADS and not letters else
                          _read(run, words, True) if worded else None))  # ("Sara Offshore, a diver,": stopnames.py)
    return tuple(found)


def _landform_person(run: str, words: list[tuple[int, str]]) -> Reading | None:
    """A person's reading of `words`, whose first is a landform (placewords.PLACE_LEADS: "Jabal Ali", "Mont Blanc"),
    when they are no name by their words and the rest is a person's name: "Jabal Ali, a trader, said" (BR22 finding 11:
    the name was lost; stopnames.appositive_person decides)."""
    rest = _read(run, words[1:]) if len(words) > 1 and _read(run, words) is None else None
    if rest is None or rest.kind != PERSON or rest.title:
        return None
    start, name = words[0][0], [w for _, w in words]
    return replace(rest, start=start, surface=run[start:rest.end], single=False, head=start, key=_fold(run[start:rest.end]),
                   first_key=_fold(name[0]), references=tuple(_fold(f) for f in reference_forms(name) if f != name[-1]),
                   particled=False)


def _lettered(reading: Reading | None, letters: str) -> Reading | None:
    """A one-word person's reading followed by post-nominal letters, with them as its title ("Wrenfield MP" is
    titled as "Mr Wrenfield" is: a reference to a full name, kept when none is given); any other as it is."""
    if not letters or reading is None or reading.kind != PERSON or not reading.single or reading.title:
        return reading
    return replace(reading, title=letters)


def speaker_parts(words: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    """`split_run`'s parts, less an organisation that leads a titled person in the same run: a speaker is the
    person ("said Cal Fire Battalion Chief Lena Park", "Bank of England Governor Andrew Bailey said"), whom
    her organisation names. The fourth trial gave her six quotes to an organisation "Cal Fire Battalion"."""
    found = split_run(words)
    return [part for n, part in enumerate(found)
            if not (n + 1 < len(found) and _titled_person(found[n + 1]) and classify([w for _, w in part]) == (ORGANISATION, 0))]


def _titled_person(part: list[tuple[int, str]]) -> bool:
    read = classify([POSSESSIVE.sub("", w) for _, w in part])
    return read is not None and read[0] == PERSON and any(w.lower() in TITLE_WORDS or hyphen_title(w) for _, w in part[:read[1]])

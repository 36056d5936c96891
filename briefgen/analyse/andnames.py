"""Public bodies and firms whose names hold "and": one name, not two (issue 9, "Names").

    for run in name_runs(text): ...   # nameruns.RUN's matches, with "X and Y" bodies joined into one

Name runs (nameruns.RUN) end at "and", so that "Keir Starmer and Rishi Sunak" are two people. A body's
name with "and" inside was cut there: "the Securities and Exchange Commission" gave an organisation
"Exchange Commission", "the Food and Drug Administration" one "Drug Administration", "the Office for
Product Safety and Standards" one "Office for Product Safety" (a trial: tests/stories/rates/), and
"Marks and Spencer" a person "Spencer". quotes.py joins such names in an attribution frame
(`Attribution._and_name`); this joins them wherever they stand, for the names of an article.

Two or more runs are joined, across " and " (and ", " before it: "Department for Environment, Food and
Rural Affairs") when
- the joined name is one of `lexicon.ORG_NAMES` ("marks and spencer"), or
- it is a body named after its briefs: a head word (`lexicon.ORG_HEADS`) at its end ("Food and Drug
  Administration") or at its start before "of"/"for" ("Department of Health and Human Services"), and
  every other word a brief's (`lexicon.BRIEF_WORDS`: health, trade, drug, securities, standards …, or a noun of
  action by its ending, `_activity`: "Arbitration and Conciliation Service");
  a country first ("US", "UK", "Danish") is part of it; or
- it is a union of trades after "the": a word or two each, joined by "and", before Union, Workers, Federation or
  Guild ("the Rail and Tram Union", "The Bakers, Food and Allied Workers Union"; not "Starmer and Unite Union
  leaders met").
A fire service, "<place> Fire and Rescue Service" (or Authority), "Scottish Fire and Rescue", "Fire and Rescue NSW",
"Queensland Fire and Emergency Services", is one name whatever the place (the tester's "Rescue Service", the breakers'
"Rescue", "Rescue NSW", "Emergency Services", 2026-12-05).
A title and its brief before " and " and a run that goes on with the brief and then names someone are one run
("Minister of Trade and Industry Tengku Zafrul Aziz": `titled_across_and`, FX50).
A lone word after "<Capitalised> and " before a speech verb ("Procter and Gamble said", "Reid and Berg said") is one of
two, or the tail of a firm's name: `and_tail` keeps it off the people unless the article named it before.
Two names joined by "and" are never both briefs: "HSBC and Lloyds Banking Group", "the Bank of England
and Barclays", "Nato and European Defence Agency" stay two (a property test draws them).
"""
from __future__ import annotations

import re
from functools import lru_cache

from briefgen.analyse.capitals import CAPITAL
from briefgen.analyse.runspans import RunSpan
from briefgen.analyse.lexicon import BRIEF_WORDS, DEMONYMS, ORG_HEADS, ORG_NAMES, PLACES, TITLE_QUALIFIERS, TITLE_WORDS
from briefgen.analyse.nameruns import PERSON, RUN, classify
from briefgen.analyse.orgnames import two_parties

_BODY_HEADS = ORG_HEADS | frozenset("centers centres departments offices".split())
_COUNTRY_CODES = frozenset("us u.s. uk u.k. eu e.u. un".split())
# The last words of unions' names, before which trades joined by "and" are one word each ("the Rail and Tram Union"
# was a "Tram Union" in a bus strike's trial, 2026-12-04; "Bakers, Food and Allied Workers Union"): no two people
# of one word each are joined before these.
_TRADES_HEADS = frozenset("union unions workers federation guild".split())
_NOT_SERVICE = TITLE_WORDS | TITLE_QUALIFIERS | frozenset(("of", "for"))
_POSSESSIVE = re.compile(r"['\u2019]s?$")
# A person's title that makes the first side of "the X and Y <Head>" a name of its own: "the Mayor and London Assembly"
# (BR17). Not a party's, a people's or a place's words: "the Social Democratic and Labour Party", "the England and Wales
# Cricket Board", "the Devon and Cornwall Police" are one body each.
_TITLE_ALONE = frozenset("mayor governor president chancellor premier king queen minister secretary commissioner".split())
# Bodies a head word names alone after "the" ("the Treasury", "the Army"): not "Energy" ("the Energy and Rural Affairs
# Commission" is one).
_BODY_ALONE = frozenset("""treasury cabinet army navy police parliament senate congress government assembly military
presidency commons lords judiciary coastguard""".split())
_BRIDGE = re.compile(r" [a-z]{3,}s ")  # a plural noun in lower case inside a body's name: "Healthcare products Regulatory"


Joined = RunSpan  # (runspans.py: runs joined across and)


def name_runs(text: str) -> list[re.Match[str] | Joined]:
    """RUN's matches in `text`, in order, with the runs of one name holding "and" joined (module docstring)."""
    runs = [piece for run in RUN.finditer(text) for piece in _capped(text, run)]
    out: list[re.Match[str] | Joined] = []
    k, count, starts = 0, len(runs), text.startswith
    chain_end: list[int] = []  # for each run, the last run of the list of runs it opens, commas between (read once)
    while k < count:
        run = runs[k]
        end = run.end()
        if not (starts(" and ", end) or starts(", ", end)) or k + 1 == count:  # most runs: no join to test
            out.append(run)
            k += 1
            continue
        if starts(" and ", end) and runs[k + 1].start() == end + 5 and titled_across_and(run.group(), runs[k + 1].group()):
            out.append(Joined(text, run.start(), runs[k + 1].end()))  # "Minister of Trade and Industry Ana Silva"
            k += 2
            continue
        if not chain_end:
            chain_end = _chain_ends(runs, starts)
        last = chain_end[k]
        if last - k + 2 > MAX_JOINED:
            out.append(run)  # a list of more runs than a body's name holds (MAX_JOINED)
            k += 1
            continue
        after_the = text[max(0, run.start() - 4):run.start()] in ("the ", "The ")
        if (last + 1 < count and runs[last + 1].start() == runs[last].end() + 5 and starts(" and ", runs[last].end())
                and and_organisation(tuple(r.group() for r in runs[k:last + 2]), after_the)):
            out.append(Joined(text, run.start(), runs[last + 1].end()))
            k = last + 2
            continue
        if ((after_the or run.group()[:4] == "The ") and last + 2 < count and runs[last + 1].start() == runs[last].end() + 5 and starts(" and ", runs[last].end())
                and _BRIDGE.fullmatch(text, runs[last + 1].end(), runs[last + 2].start()) and and_organisation(
                    (*(r.group() for r in runs[k:last + 1]), text[runs[last + 1].start():runs[last + 2].end()]), True)):
            out.append(Joined(text, run.start(), runs[last + 2].end()))  # "the Medicines and Healthcare products
            k = last + 3  # Regulatory Agency": a plural noun in lower case inside (T14)
            continue
        out.append(run)
        k += 1
    return out


# Words one name run may hold, and runs one name joined across commas and "and" may hold: a run of capitalised words
# longer than MAX_RUN_WORDS is read as runs of that many (the reading of one run compares its words with each other,
# so its cost grows with the square of its length: "Foo Bar Baz Qux" × 2,000 in one line took 24 s, BR24,
# 2026-12-06); a list of more than MAX_JOINED runs is no body's name. The longest names of the benchmark corpora, the
# sample and the labelled sets hold under 15 words and 4 runs (docs/log/performance.md "Hostile input").
MAX_RUN_WORDS, MAX_JOINED = 40, 12


def _capped(text: str, run: re.Match[str]) -> list[re.Match[str] | Joined]:
    """`run`, or, past MAX_RUN_WORDS words, its pieces of that many words (RunSpan)."""
    if run.end() - run.start() < 2 * MAX_RUN_WORDS or len(words := list(_WORD_SPAN.finditer(text, run.start(), run.end()))) <= MAX_RUN_WORDS:
        return [run]
    return [Joined(text, words[n].start(), words[min(n + MAX_RUN_WORDS, len(words)) - 1].end())
            for n in range(0, len(words), MAX_RUN_WORDS)]


_WORD_SPAN = re.compile(r"\S+")


def _chain_ends(runs: list, starts) -> list[int]:
    """For each run of `runs`, the index of the last run of the chain it opens: each next run follows ", "."""
    ends = list(range(len(runs)))
    for k in range(len(runs) - 2, -1, -1):
        if runs[k + 1].start() == runs[k].end() + 2 and starts(", ", runs[k].end()):
            ends[k] = ends[k + 1]
    return ends


@lru_cache(maxsize=4096)  # a pure function of the words; bodies recur in every article
def and_organisation(runs: tuple[str, ...], after_the: bool = False) -> bool:
    """Whether `runs` (two or more name runs: commas between all but the last two, which "and" joins) are
    one body's name (module docstring); `after_the`: "the" stands before the first."""
    words = [[_POSSESSIVE.sub("", w).lower() for w in run.split()] for run in runs]
    while len(words[0]) > 1 and words[0][0] in ("the", "a", "an"):  # a run may open a sentence: "The Food"
        words[0] = words[0][1:]
        after_the = True
    first, final = words[0], words[-1]
    while len(first) > 1 and (first[0] in _COUNTRY_CODES or first[0] in PLACES or first[0] in DEMONYMS):
        first = first[1:]  # "US Securities and …", "UK Office for …"
    if any(_listed([lead, *words[1:]]) in ORG_NAMES for lead in (words[0], first)):
        return True
    head_first = len(first) > 2 and first[0] in _BODY_HEADS and first[1] in ("of", "for")
    if head_first:
        first = first[3:] if first[2] == "the" else first[2:]
    head_last = len(final) > 1 and final[-1] in _BODY_HEADS
    if head_last:
        final = final[:-1]
    if len(words) == 2 and words[0][-1] == "fire" and (words[1][:-1] == ["rescue"] and words[1][-1] in _BODY_HEADS or words[1][0] in (
            "rescue", "emergency") and len(words[1]) <= 3 and not (_NOT_SERVICE.intersection(words[0]) or _NOT_SERVICE.intersection(words[1][1:]))):
        # (not "… Rescue NSW Commissioner Tom Reid": a title and a name; not "Shadow Fire and Rescue spokesman": a brief)
        return True  # "Westmoor Fire and Rescue Service", "Scottish Fire and Rescue", "Fire and Rescue NSW", "Queensland
        # Fire and Emergency Services", "Fire and Emergency New Zealand": a fire service (issue 9, 2026-12-05)
    if two_parties([*words[0], "and", *words[-1]]):
        return False  # two parties: "the Labour and Green Party" (orgnames.two_parties)
    briefs = [first, *words[1:-1], final]
    if after_the and head_last and words[-1][-1] in _TRADES_HEADS and all(0 < len(part) <= 2 for part in briefs):
        return True  # a union of trades: "Rail and Tram Union", "Bakers and Confectioners Union"
    if after_the and head_last and len(words) == 2 and all(0 < len(part) <= 3 for part in (words[0], final)) and (
            words[0][-1] not in _BODY_HEADS) and not (len(words[0]) == 1 and words[0][0] in _TITLE_ALONE) and not {"of", "for"} & {*words[0], *final} and not any(
            w.isupper() and len(w) > 1 for run in runs for w in run.split()):
        return True  # "the Medicines and Devices Agency": a body's name whose words no list knows (T14), when neither
        # side is a body's name of its own ("the Bank of England and Barclays Bank", "the NHS and Care Quality Commission",
        # "the Mayor and London Assembly": BR17)
    if len(words) == 2 and len(words[0]) == 1 and words[0][0] in _BODY_ALONE and len(final) >= 2:
        return False  # a body's head alone is a body ("the Treasury and Financial Conduct Authority": BR17), beside one
        # named in two words or more before its head ("the Police and Crime Commissioner" is one)
    return (head_first or head_last) and all(briefs) and all(w in BRIEF_WORDS or _activity(w) for part in briefs for w in part)


@lru_cache(maxsize=4096)
def titled_across_and(title: str, rest: str) -> bool:
    """Whether the run `title`, a title and its brief and nothing else ("Minister of Trade", "Secretary of State for
    Business"), and the run `rest` after " and " are one titled person's name: the brief goes on into `rest` and a name
    follows it ("Industry Tengku Zafrul Aziz": nameruns.classify reads the joined words). FX50: "Minister of Trade and
    Industry Tengku Zafrul Aziz" gave a person "Industry Tengku Zafrul Aziz"; quotes.py joined them in a frame only."""
    words = title.split()
    if len(words) < 3 or not {"of", "for"} & set(words) or classify(words) is not None:
        return False
    read = classify([*words, "and", *rest.split()])
    return read is not None and read[0] == PERSON and read[1] > len(words) + 1


_ACTIVITY_ENDINGS = ("ation", "ition", "ution", "ction", "ssion", "ory")


def _activity(word: str) -> bool:
    """Whether a lower-case word names what a body does by its ending: a noun of action or an adjective of one, of
    eight letters or more ("arbitration", "conciliation", "mediation", "inspection", "advisory", "statutory"): a
    brief, like `lexicon.BRIEF_WORDS`, in a body's name ("Arbitration and Conciliation Service", "Advisory,
    Conciliation and Arbitration Service"; a trial, T13, 2026-12-06, had an organisation "Conciliation Service").
    Surnames with these endings are rare at that length (not "Mallory", seven letters)."""
    return len(word) >= 8 and word.endswith(_ACTIVITY_ENDINGS)


def _listed(parts: list[list[str]]) -> str:
    """Parts' words as written between them: "a, b and c"."""
    named = [" ".join(words) for words in parts]
    return ", ".join(named[:-1]) + " and " + named[-1]


_AND_TAIL = re.compile(rf"(?<![\w'\u2019-]){CAPITAL}[\w'\u2019.-]*,? and \Z")


def and_tail(text: str, start: int) -> bool:
    """Whether the name run at `start` follows "<Capitalised word> and ": "Gamble" in "Procter and Gamble said",
    "Berg" in "Reid and Berg said". Such a lone word before a speech verb is no lone speaker: the subject is the
    two (people, or a firm named after two founders), so names._mentions lists the word only when the article named
    it before (its key in `earlier`). Source: the breakers' br5/br6 inputs (issue 9, 2026-12-05): "Procter and Gamble
    said" listed a person "Gamble"."""
    return _AND_TAIL.search(text, max(0, start - 40), start) is not None

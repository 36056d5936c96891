"""Who acts in an article's lead: the names that open its first sentence, as its subject.

Takes the body text (plain) and the terms it writes as proper names (`propernames.Capitals.names`);
gives the lead's actors, in `terms.py`'s form. similarity.py reads them to tell a reaction from the
event it reacts to: a report of Brazil filing at the WTO re-tells, in its second paragraph or even
in its lead, the US tariff it answers ("... a trade dispute over Washington's new tariff on Brazilian
steel slabs"), so it shares the tariff's names and words and scores like a re-telling of it (0.59-0.83
in tests/stories/reactions/); what differs is who acts in the lead: "Brazil on Wednesday formally
requested ..." against "The U.S. Commerce Department on Tuesday imposed ...". A name that is merely
mentioned (the tariff's target, the country answered) is not an actor.

Rules (measured on tests/stories/reactions/, docs/log/stories.md "Reactions"):

- The lead sentence is the body's first, after a byline line ("By Ana Souza") and a dateline
  ("WASHINGTON, Nov 3 (Reuters) - ", "SAO PAULO (AP) — ").
- Its subject is the run of capitalised words it opens with, after an opening function word
  ("The", "A"): words joined by spaces, a possessive, an appositive's comma ("Itamaraty, Brazil's
  foreign ministry, lodged ..."), or "and" before another capitalised word ("Washington and
  Brasília have ..."). The run ends at the first word in lower case: "Brazil's government said"
  → Brazil; "The U.S. Commerce Department on Tuesday imposed" → US, Commerce.
- Its actors are the words of that run that the article writes as proper names (not a title,
  nationality or generic head: "Commerce Secretary Dana Whitfield" → Commerce, Dana, Whitfield);
  "United States" and "United Kingdom" are US and UK, as `terms.ALIASES` reads "U.S.".
- The run goes on through "of" or "for" (and a "the" after it) between capitalised words ("Bank of
  England", "Office for Product Safety") and through a descriptor in lower case that leads to a name:
  at most three words, none a function word, verb or time word (`FUNCTION_WORDS`), the last a title, role or organisation word ("Bank of
  England policymaker Ingrid Halvorsen said" → Ingrid, Halvorsen; "Danish audio company Nordvik said" →
  Nordvik; "The Bank of England's deputy governor Mark Bishop is to quit" → Mark, Bishop): the name after
  a descriptor is who acts, and the run before it only qualifies it, so the actors are that name's
  ("Ingrid Halvorsen, a Bank of England policymaker, said" has the same). Financial
  and business leads open this way; before 2026-12-03 such a lead had no actor past "Bank", and a
  trial merged a policymaker's speech with the report of her colleague's departure a day before (they
  shared the Bank, the colleague's name and his new employer, which the speech mentioned).
  A lead that opens in lower case or with no name ("Shares of Brazilian steelmakers fell ...",
  "American ethanol producers said ...") has no actor, and then nothing is decided by actors; so has
  a run that a line break, the text's end or an eighth word ends rather than a word in lower case
  (a heading, a kicker, a byline in another form): a subject is followed by its verb.
- When the run names no one (since 2026-12-04), a title word that ends it before its verb heads a name, since a
  title stands before the name it titles: "Ravensmere General has published ..." → Ravensmere, when the article
  writes that word capitalised only where a sentence opens (`Capitals.opening`: no common word, so "The Agriculture
  Minister said" keeps no actor); else the agent of a passive in the lead's first clause acts, as the subject of the
  active would: "The maternity unit at St Aldric's Hospital ... has been rated “good” by the Care Standards
  Inspectorate" → Standards. A hospital trial merged that rating with Ravensmere's action plan the day before at 0.82,
  neither lead having an actor; of the 370 articles of the labelled sets, the trials and the sample, these two are
  the only leads whose actors changed.
"""
from __future__ import annotations

import re
from typing import Collection

from briefgen.analyse.capitals import CAPITAL
from briefgen.analyse.lexicon import DESCRIPTOR_ROLES, MONTHS_DAYS, ORG_HEADS, PAST_VERBS, ROLE_NOUNS, SPEECH_ADVERBS, SPEECH_VERBS, \
    STOPWORDS, TIME_WORDS, TITLE_WORDS
from briefgen.analyse.propernames import WORD_CHARS
from briefgen.analyse.terms import term_of
from briefgen.load.datelines import PLACE, upper_place

MAX_RUN = 8  # words of a subject run: a lead opens with its actor, not a paragraph of names
# A dateline, as names.DATELINE reads it (a place in capitals, perhaps more and a date, perhaps the agency
# in brackets, then a dash), here consumed rather than looked ahead at.
_DATELINE = re.compile(rf"[ \t]*{PLACE}"  # (in capitals of any alphabet: load/datelines.py)
                       r"(?:,[ \t]+[^\n(\u2014\u2013]{1,40}?)?[ \t]*(?:\([^)\n]{1,40}\)[ \t]*)?"
                       r"(?:[\u2014\u2013]|--?)[ \t]+")
_DOTTED = (("U.S.", "US"), ("U.K.", "UK"), ("U.N.", "UN"), ("E.U.", "EU"))  # as propernames reads them
# A word with its possessive, and what follows it up to the next word: a space, a comma and space, or " and ".
# A word, with the parts an apostrophe joins into a name ("O'Neill", "D’Arcy", "N’Golo"; not a possessive's "s"):
# read as a word and a stray "’Neill", a lead that opened with "Seán O’Neill won" had no actor, and a trial merged
# his first win with a teammate's injury two days later (2026-12-04).
_WORD = re.compile(f"([{WORD_CHARS}]+(?:['\u2019](?![sS]\\b)[{WORD_CHARS}]+)*)(?:['\u2019]s|(?<=[sS])['\u2019])?(,? +(?:and +)?|$)")
_APOSTROPHE = re.compile("['\u2019]")
_OPENERS = frozenset({"The", "A", "An"})
_BYLINE = re.compile(r"By[ \t][^\n]{1,80}\n\s*")
_JOINED = {("united", "state"): "us", ("united", "kingdom"): "uk"}  # one actor in two words, as terms.ALIASES folds U.S.
# "of"/"for" (and "the") inside a name: "Bank of England", "Office for Product Safety"
_CONNECTOR = re.compile(f"(?:of|for) +(?:the +)?(?={CAPITAL})")
# A descriptor in lower case between the run and a name: one to three words, then a capital.
_DESCRIPTOR = re.compile(f"((?:[a-z][{WORD_CHARS}-]* +){{1,3}})(?={CAPITAL})")
MAX_DESCRIPTOR = 3
# Words no descriptor holds: the function words of STOPWORDS (not its "deputy", "senior", "chief"), verbs,
# adverbs and time words: "Brazil on Wednesday", "Kuleba later said", "Shares fell on Tuesday".
FUNCTION_WORDS = (STOPWORDS - frozenset("former acting deputy vice interim new old late senior junior top chief".split())
                  ) | PAST_VERBS | SPEECH_VERBS | SPEECH_ADVERBS | TIME_WORDS | MONTHS_DAYS
# What a descriptor that leads to a name ends in: a title, a role, an organisation's head word, or a
# word of what business and finance leads put there ("policymaker", "maker", "regulator").
DESCRIPTOR_HEADS = TITLE_WORDS | ROLE_NOUNS | ORG_HEADS | DESCRIPTOR_ROLES


def lead_actors(text: str, names: Collection[str], opening: Collection[str] = ()) -> tuple[str, ...]:
    """The terms that act in the lead of plain `text`: the words of its first sentence's opening
    capitalised run that are in `names` (the terms the article writes as proper names), in order,
    without repeats; () when the lead opens with no name (module docstring). When the run names no one,
    a name whose head is a title word, its other words in `opening` (the terms written capitalised only
    where a sentence opens), is who acts ("Ravensmere General has published …"), else a passive's agent
    ("… has been rated “good” by the Care Standards Inspectorate"). Pure; reads at most the first MAX_RUN
    words of a run after the dateline.
    """
    head = lead_head(text)
    for dotted, plain in _DOTTED:
        head = head.replace(dotted, plain)
    run = _run(head, 0, names)
    if run is None:
        return ()
    found, end, written = run
    if found:
        return found
    return _named_head(written, opening) or _agent(head, end, names)


# A passive's verb and agent in the lead's first clause: a form of "be", an optional adverb, the participle, at most
# three words or a quoted word (a rating, "good"), then "by" and a capitalised name: "has been rated “good” by the
# Care Standards Inspectorate", "was bought by Nordvik".
_PASSIVE = re.compile("\\b(?:is|are|was|were|been|being) +(?:[a-z]+ly +)?[a-z]+"
                      "(?: +(?:[a-z]+|[\"\u201c\u2018'][^\"\u201d\u2019\n]{1,30}[\"\u201d\u2019']))"
                      f"{{0,3}} +by +(?:the +)?(?={CAPITAL})")
_CLAUSE_END = re.compile("[,;:()\u2014\u2013]|\\. |\\b(?:who|which|that|whose)\\b")


def _run(head: str, at: int, names: Collection[str]) -> tuple[tuple[str, ...], int, tuple[str, ...]] | None:
    """The capitalised run of `head` from `at` (module docstring): its actors (terms in `names`), where it ended
    (the word in lower case that ends it) and the terms of its words, after its opener and any descriptor; None
    when a line break, the text's end or its MAX_RUN words end it (a heading, no subject)."""
    found: list[str] = []
    written: list[str] = []
    count, previous = 0, ""
    while count < MAX_RUN:
        match = _WORD.match(head, at)
        if match is None:
            return None
        word, gap = match.group(1), match.group(2)
        if not word[0].isupper():
            if not found and count == 0:
                return (), at, ()
            further = _further(head, at, previous)
            if further is None:
                return tuple(found), at, tuple(written)  # the run ends at a word in lower case: the verb, or what leads to it
            at, descriptor = further
            if descriptor:
                found.clear()  # the name after a descriptor is who acts; the run before it qualifies it
                written.clear()
            continue
        previous = word
        count += 1
        if not (count == 1 and word in _OPENERS):
            for part in _APOSTROPHE.split(word):  # (terms split words at apostrophes: "O’Neill" is "o", "neill")
                term = term_of(part.encode("utf-8"))
                joined = _JOINED.get((found[-1] if found else "", term or ""))
                if joined is not None:
                    found[-1] = joined
                elif term is not None and term in names and term not in found:
                    found.append(term)
                if term is not None:
                    written.append(part.lower() if part.lower() in TITLE_WORDS else term)
        at = match.end()
        if not gap:
            return None
    return None


def _named_head(written: tuple[str, ...], opening: Collection[str]) -> tuple[str, ...]:
    """The actors of a run that names no one and ends in a title word before its verb: a title stands before the
    name it titles, so one that ends the run heads a name ("Ravensmere General has published …", "Kelsby Health
    said …"), whose other words, when the article writes each capitalised only where a sentence opens (never in lower
    case, so no common word: "The Agriculture Minister said" keeps no actor), act. () otherwise."""
    if len(written) < 2 or written[-1] not in TITLE_WORDS:
        return ()
    others = [term for term in written[:-1] if term not in TITLE_WORDS]
    return tuple(dict.fromkeys(others)) if others and all(term in opening for term in others) else ()


def _agent(head: str, at: int, names: Collection[str]) -> tuple[str, ...]:
    """The actors of a passive's agent in the first clause of `head` after `at` (the word that ended a run naming
    no one): "The maternity unit at St Aldric's Hospital … has been rated “good” by the Care Standards Inspectorate"
    → the inspectorate's names; () when the clause holds no passive with a named agent."""
    stop = _CLAUSE_END.search(head, at)
    passive = _PASSIVE.search(head, at, stop.start() if stop is not None else len(head))
    if passive is None:
        return ()
    run = _run(head, passive.end(), names)
    return run[0] if run is not None else ()


def lead_head(text: str, chars: int = 400) -> str:
    """The opening of plain `text`'s lead sentence: at most `chars` characters, less its byline line
    ("By Ana Souza") and dateline ("WASHINGTON, Nov 3 (Reuters) - ")."""
    head = text.lstrip()[:chars]
    byline = _BYLINE.match(head)
    if byline is not None:
        head = head[byline.end():]
    dateline = _DATELINE.match(head)
    return head if not upper_place(dateline) else head[dateline.end():]


def _further(head: str, at: int, previous: str) -> tuple[int, bool] | None:
    """Where the subject run goes on after the lower-case word at `at` (after the capitalised word
    `previous`), and whether it does past a descriptor: past a connector ("of the") after a word that
    may be a name's, no function word or title ("One of the Bank's officials" is no name; "Secretary of
    State Antony Blinken will travel" keeps no actor, as before: the evaluation set's announcement of his
    trip and China's confirmation of it, 1.1 days later, are one story), or a descriptor that leads to a name
    (module docstring); None where it ends."""
    connector = _CONNECTOR.match(head, at)
    if connector is not None:
        plain = previous.lower() not in STOPWORDS and previous.lower() not in TITLE_WORDS
        return (connector.end(), False) if plain else None
    descriptor = _DESCRIPTOR.match(head, at)
    if descriptor is None:
        return None
    words = descriptor.group(1).split()
    if any(w in FUNCTION_WORDS for w in words) or words[-1] not in DESCRIPTOR_HEADS:
        return None
    return descriptor.end(), True

"""Adverbs that open a sentence and the name after them: "Separately Akiko Sato said" (2026-12-07).

A lead's check of T28's colon lead-ins found "Finally Akiko Sato was blunt: “…”" spoken by a person "Finally Akiko
Sato", and "Separately Akiko Sato said …", "Reportedly Kenji Mori …" named persons "Separately Akiko Sato", "Reportedly
Kenji Mori": a run's first word is dropped only when it is a stopword (runparts.parts, fullnames.py,
quotespeakers.py), and STOPWORDS hold "meanwhile", "instead", "later" but no adverb in -ly. English press copy opens
sentences with these without a comma. They are no stopwords: a breaker (BR50) found that, as stopwords, they also ended
names inside runs ("Mick Hucknall of Simply Red" spoke as "Red", "Simply Business" was a person "Business", "Robert
Clearly" was lost). So one is dropped only where it opens a run and the rest of the run is a person's name of two words
or more (`opening_adverb`): "Simply Business", "Maybe Kim", "Overall Health Ltd" stay as written. Left out on purpose:
adverbs that are also surnames or given names ("Early", "Kindly", "Hardly", "Shortly", "Lately").

A colon lead-in may open with such an adverb or a connective before its speaker ("Then Akiko Sato was blunt: “…”",
"Meanwhile Kenji Hondaka was blunt:", "But Akiko Sato put it well:"; T28, FX97, 2026-12-07: no speaker, as "then",
"meanwhile", "but" are stopwords that ended the subject's lead-in): `opening_words` counts them, for colonleads.py.
FX102 (BR60): "Strictly speaking: “…”", "Roughly speaking:" gave "Strictly", "Roughly" (no listed adverbs): strictly,
roughly, broadly, loosely, bluntly, candidly, plainly, truthfully are listed.
FX121 (T30): a time phrase with no comma opens a subject's lead-in too ("By then Von der Leyen had left the room. “…,”
she said.", "At 6pm …", "In the end …" gave "she" no one: "By" ended the lead-in as a preposition): `time_lead`.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.analyse.nameruns import PERSON, classify

SENTENCE_ADVERBS = frozenset("""
finally eventually separately notably reportedly allegedly previously initially similarly ultimately unsurprisingly
surprisingly crucially additionally importantly interestingly ironically consequently accordingly subsequently
currently recently originally officially publicly privately traditionally historically typically generally usually
normally frequently occasionally increasingly understandably predictably fortunately unfortunately thankfully
hopefully admittedly apparently evidently obviously clearly certainly undoubtedly presumably supposedly arguably
possibly probably specifically particularly especially primarily mainly largely partly briefly simply basically
essentially effectively practically virtually literally frankly honestly seriously personally technically legally
politically economically financially internationally domestically locally globally immediately suddenly gradually
formerly secondly thirdly lastly firstly nevertheless nonetheless furthermore besides overall elsewhere likewise
otherwise perhaps maybe afterwards altogether regardless conversely alternatively critically tellingly curiously
remarkably strikingly notoriously famously privately confidentially anonymously
strictly roughly broadly loosely bluntly candidly plainly truthfully
""".split())


# Connectives and time adverbs that open a sentence before its subject, beside `SENTENCE_ADVERBS` (FX97): all stopwords.
CONNECTIVES = frozenset("""then meanwhile later earlier still but and however so yet now also instead indeed moreover
afterwards today yesterday thereafter""".split())
_OPENERS = 2  # "But then Akiko Sato was blunt:"


def opening_words(words: Sequence[str]) -> int:
    """How many of `words` (as written, a clause's first words) are a connective or sentence adverb that opens it
    (`CONNECTIVES`, `SENTENCE_ADVERBS`, a trailing comma allowed): 0 to 2, read from the first word only."""
    count = 0
    while count < min(_OPENERS, len(words)) and words[count].lower().rstrip(",") in CONNECTIVES | SENTENCE_ADVERBS:
        count += 1
    return count


def opening_adverb(words: Sequence[str]) -> bool:
    """Whether `words` (a run's words as written) open with one of `SENTENCE_ADVERBS` before a person's name of two
    words or more (nameruns.classify), which the adverb is no part of (module docstring)."""
    return len(words) > 2 and words[0].lower() in SENTENCE_ADVERBS and (classify(list(words[1:])) or ("",))[0] == PERSON


# Words that place a sentence in time before its subject without a comma ("Then she said:", "Later he wrote on X:",
# "On Monday she posted …"): T29 F7's "Later he wrote on X: “…”" had no speaker, as had any "Then she said: “…”",
# while "Later, she said" (a comma) and "Later Ana Ruiz said" were read.
_TIME_WORDS = frozenset("then later earlier afterwards afterward meanwhile now again also still today yesterday tonight "
                        "instead".split())
_ON_DAY = re.compile(r"on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$")


def adverbed_pronoun(masked: str, start: int, end: int, pronouns: Sequence[str]) -> int | None:
    """The offset of the pronoun (one of `pronouns`, lower case: "he", "she") that ends the noun phrase masked[start:end]
    when all the words before it are one or two time words or sentence adverbs (`_TIME_WORDS`, `SENTENCE_ADVERBS`) or
    "on <weekday>": "Later he", "Then she", "Separately she", "On Monday he"; else None ("he" alone is read by the
    caller; "Ana Ruiz and he", "the man he" are not this)."""
    words = list(re.finditer(r"\S+", masked[start:end]))
    if len(words) < 2 or words[-1].group().lower() not in pronouns:
        return None
    lead = " ".join(w.group().lower() for w in words[:-1])
    if _ON_DAY.fullmatch(lead) or len(words) <= 3 and all(w.group().lower() in _TIME_WORDS or w.group().lower() in SENTENCE_ADVERBS
                                                          for w in words[:-1]):
        return start + words[-1].start()
    return None


def adverb_skip(text: str, start: int, run: str) -> int:
    """How many characters of the run `run` at `start` in `text` are a sentence adverb opening its sentence before one
    name word ("Eventually " of "Eventually Hondaka"), else 0: when `run` is two words, the first in `SENTENCE_ADVERBS`,
    nothing but a sentence's end (or the text's start) before it, and the second written elsewhere in the text not
    after such an adverb (FX104, BR61: "Kenji Hondaka spoke. Eventually Hondaka was blunt: “No.”" gave the words to a
    person "Eventually Hondaka"; `opening_adverb` drops one only before two name words or more). "Maybe Kim said: “…”"
    alone, "Simply Business said" stay as written (BR50), as does an adverb that is no run's first word. One of
    `NEVER_NAME_OPENERS` opening a sentence is dropped before any run of one word or more, written elsewhere or not
    ("Eventually Hondaka said:", "Ultimately Ford Motor said": FX109)."""
    words = run.split()
    if len(words) < 2 or words[0].lower() not in SENTENCE_ADVERBS | NEVER_NAME_OPENERS:
        return 0
    before = text[max(0, start - 4):start].rstrip(" \t")
    if before and before[-1] not in _SENTENCE_ENDS:
        return 0
    name_at = start + run.index(words[1], len(words[0]))
    if words[0].lower() in NEVER_NAME_OPENERS:
        return name_at - start  # "Eventually Hondaka said:", "Ultimately Ford Motor said" (FX109)
    if len(words) != 2:
        return 0
    for found in re.finditer(rf"(?<![\w'\u2019\-]){re.escape(words[1])}(?![\w\-])", text):
        if found.start() != name_at and (text[max(0, found.start() - 20):found.start()].split() or [""])[-1].lower() not in SENTENCE_ADVERBS:
            return name_at - start
    return 0


# Sentence openers that are never a name's first word where they open a sentence (FX109; the brief's closed list, the
# adverbs of time and connection press copy opens sentences with, beside the -ly adverbs of `SENTENCE_ADVERBS` that no
# brand or given name is known to use). Left out: "Simply" (Simply Red, Simply Business), "Clearly" (Clearly
# Contacts), "Maybe", "Overall", "Frankly", "Honestly", "Today", "Now" (BR50's names; a show, a channel).
NEVER_NAME_OPENERS = frozenset("""
eventually ultimately finally later earlier meanwhile separately still instead indeed notably yesterday afterwards
thereafter reportedly allegedly previously initially subsequently additionally nevertheless nonetheless predictably
unsurprisingly surprisingly consequently accordingly apparently evidently crucially importantly interestingly ironically
undoubtedly presumably supposedly tellingly
""".split())
_SENTENCE_ENDS = ".!?:\u201c\u201d\"\u2018\x1a\n"  # (\x1a: quotes.py's mask of a quotation; namecontext.said_first's)


def timed_pronoun(masked: str, start: int, at: int) -> bool:
    """Whether the pronoun at `at` (its sentence opening at `start`) is placed in time by the words around it: only
    time words or sentence adverbs before it ("Then she said:", "Later she added:", `adverbed_pronoun`'s words), or
    one of `_TIME_WORDS` right after it ("She then said"). FX109: such a pronoun after a sentence that names two who
    may be it is no one's (quotespeakers); a plain "she said" keeps the subject of the sentence before (QW17)."""
    lead = masked[start:at].lower().split()
    after = (masked[at:at + 24].lower().split() + ["", ""])[1]
    return bool(lead) and len(lead) <= 2 and (all(w.strip(",") in _TIME_WORDS or w.strip(",") in SENTENCE_ADVERBS for w in lead) or bool(
        _ON_DAY.fullmatch(" ".join(lead)))) or after in _TIME_WORDS



# A time phrase before a sentence's subject, with no comma (`time_lead`): a preposition, then a time word or a clock
_TIME_PREPOSITIONS = frozenset("on in at by".split())  # ("until", "since" open a clause: antecedents._SUBORDINATORS)
_TIMES = frozenset("then now noon midnight dawn dusk night nightfall daybreak evening morning afternoon end weekend "
                   "lunchtime first last".split())
_CLOCK = re.compile(r"\d{1,2}(?:[:.h]\d{2})?(?:am|pm|a\.m\.|p\.m\.)?")


def time_lead(words: Sequence[str]) -> int:
    """How many of `words` (a subject's lead-in as written, antecedents._position) are a time phrase that opens it:
    "By then", "At 6pm", "At midnight" (2), "In the end", "By that evening" (3); 0 for none ("At the end of",
    "By law": no time word after the preposition)."""
    if len(words) < 2 or words[0].lower() not in _TIME_PREPOSITIONS:
        return 0
    if words[1].lower() in _TIMES or _CLOCK.fullmatch(words[1]):
        return 2
    return 3 if len(words) > 2 and words[1].lower() in ("the", "that", "this") and words[2].lower() in _TIMES else 0

"""Whom "he" or "she" in an attribution frame stands for: a person in subject position, never
one the sentence only talks about.

    own = in_own_sentence(masked, lo, at, persons)     # (SURE | MAYBE, run), UNSURE or None
    run = main_subject(masked, lo, hi, persons)        # the previous sentence's subject, or None
    run = addressee(masked, lo, hi, persons)           # whom its question was put to, or None
    at = pronoun_speaker(masked, lo, hi, "she")        # where "she said" speaks there: her antecedent is the same
    back = carried_back(masked, sentences, i, at, named)  # the sentence whose subject "he"/"she" at `at` is

Takes the text `quotes.py` reads (quotations masked, `quotemask.py`), a sentence's offsets and
the person runs in it, as `quotespeakers.SpeakerNames._runs` gives them: each a list of (offset, word),
title words included, in text order. Gives runs of that list. Pure functions of these values.

A run is the subject of its clause when it opens its comma-separated segment of the sentence —
before it only a lead-in: a determiner, capitalised words ("Norway’s"), a noun phrase ending in
a title or role word ("the Emirati minister", "NATO chief"), a time phrase ("On Tuesday") or a
sentence adverb ("Meanwhile") — and what follows it is its verb or an appositive (a lower-case
word: "spoke", "on Monday told", ", the minister,", ", who …"; or ", Norway’s …"). It is not
when it is the object of a preposition or a verb ("About Sergei Lavrov, she said", "Asked
about Putin", "Meeting Lavrov") — unless
it is quoted ("The readout quoted Li as saying") —, a possessor ("Lavrov’s aide"), one of several ("Kuleba and
Lavrov"), or the topic of a parenthetical frame, a name directly followed by ", she said"
("Vladimir Putin, she said, “has shown no interest …”"): the speaker there is someone named
before. A segment that opens with a subordinating conjunction ("When Kuleba arrived, he said")
gives a subordinate subject, which `quotes.py` takes only when no earlier antecedent disagrees.
A sentence between that names no one, speaks only of the same gender and holds the pronoun or opens with its
possessive ("She had doubts.", "Her reasoning is blunt."), or names no one at all ("The hall was full."),
carries it on ("Leader Sanne Verhoeven had asked for a mandate. In her speech she admitted doubts. “…,” she said.": a trial's
quotation went unnamed); at most CARRY_BACK such sentences.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from briefgen.analyse.languages import FRENCH_ROLE_NOUNS
from briefgen.analyse.lexicon import (DESCRIPTOR_ROLES, FALSE_TITLES, MONTHS_DAYS, PAST_VERBS, PRONOUNS, ROLE_NOUNS, SPEECH_ADVERBS, SPEECH_VERBS, STOPWORDS,
                                      TITLE_WORDS)
from briefgen.analyse.nameruns import CAPITAL, ORGANISATION, classify
from briefgen.analyse.occupations import opening_occupation
from briefgen.analyse.personnouns import noun_gender, person_noun, possessive_opens
from briefgen.analyse.possessorvoices import SAID_NOUNS, possessor_subject
from briefgen.analyse.quotemask import MASK
from briefgen.analyse.unnamedvoices import another_speaks
from briefgen.analyse.agentvoices import agent_speakers
from briefgen.analyse.agentpronouns import others_speak
from briefgen.analyse.callverbs import not_words
from briefgen.analyse.invertedframes import inverted_speaker
from briefgen.analyse.sentenceadverbs import time_lead

Run = Sequence[tuple[int, str]]  # a person's words with their offsets, title included
SURE, MAYBE = "sure", "maybe"
UNSURE = ("unsure", None)  # persons are named before the pronoun, but which one it stands for is unclear

_SEGMENT_BREAK = re.compile(rf"[,;()\[\]\u2014\u2013{MASK}]|:(?!\d)")  # not the colon of a time: "07:25"
# A clock time that opens a live blog's entry ("07:25 Adaeze Okafor … has just arrived. She told …",
# "2.15pm Kuleba …"): no lead-in word of the subject (a trial gave such entries' pronouns no antecedent).
_CLOCK = re.compile(r"\d{1,2}(?:[:.h]\d{2})?(?:am|pm|a\.m\.|p\.m\.)?|am|pm|a\.m\.|p\.m\.|GMT|BST|CET|CEST|UTC|ET|EST|EDT")
_SUBORDINATORS = frozenset("when after as while before once since although though because if until "
                           "whereas whenever".split())
_ADVERBS = frozenset("meanwhile however later earlier also then now today yesterday separately still "
                     "instead indeed moreover afterwards".split())
_DETERMINERS = frozenset("the a an his her their its".split())
_ADJECTIVES = frozenset("former acting deputy vice interim new old late senior junior top chief".split())
_TIME_LEADS = frozenset("on in at by since from until late early".split())
_COORDINATORS = frozenset(("and", "but"))
_CAPITAL = re.compile(rf"(?<=\s){CAPITAL}")  # a word's capital (read from a sentence's second character on)
# Occupations and kin before a name that the lexicon's role lists do not hold: "Ward sister Ilse Marrow said …",
# "His sister Ines Harrowgate …" (a trial's "she said" after the first had no speaker, 2026-12-04).
_MORE_ROLES = frozenset("""sister matron orderly registrar doctor physio chaplain cook janitor trustee vendor mother
father brother wife husband son daughter""".split())
# A job's head word after what it heads: "Korvel quality head Park Ji-yeon accepted responsibility …, saying: “…”" had no
# speaker (T14, 2026-12-06); "team lead Anna Berg".
_JOB_HEADS = frozenset(("head", "lead"))
_NAME_JOINS = frozenset(("of", "for"))  # joining two capitalised words of one name in a subject's lead-in
# A pronoun that continues the clause its sentence opened with: "Marsh spoke to reporters; she
# said", "Marsh spoke and she said", "Marsh said that she had told …".
_CONNECTED = re.compile(r"(?:[;\u2014\u2013]|\b(?:and|but|then|so|that)|\b(?:said|says|told|tells|added|"
                        r"insisted|stressed|explained|noted|argued|warned))\s*$")
# A clause break after the persons named: the pronoun's clause follows theirs, however many words
# come between ("Marsh was more measured: the closure, she said, …", "Marsh spoke; the plan, she said, …").
_JOINED = re.compile(r"[;:\u2014\u2013]")
_AFTER_COMMA = re.compile(r"\s*,\s*(?P<word>[\w\u2019'\-]+)")
# An appositive whose owner is a name of several words: ", Halvern Capital's managing partner," (the airport briefing,
# 2026-12-05: "She insisted “…”" after it had no speaker).
# The owner must be a firm or a body (nameruns.classify), never a person: "Mark Hughes, Anna Berg's solicitor, read a
# statement. She said …" is not Hughes's (a breaker's W2, 2026-12-05); and the subject so set off must be its
# sentence's only person (`main_subject`): "Tom Reid, Acme Holdings' chief executive, met Anna Berg. She said …".
_OWNER_APPOSITIVE = re.compile(
    rf"[ \t]*,[ \t]+(?P<owner>(?:{CAPITAL}[\w'\u2019-]*[ \t]+){{1,3}}?{CAPITAL}[\w-]*)['\u2019]s?[ \t]+[a-z][\w-]*[^,;.]*,")
_AFTER_SPACE = re.compile(r"\s+(?P<word>[\w\u2019'\-]+)")
_AFTER_AGE = re.compile(r"\s*,?\s*(?:and|or|&)\b")
_POSSESSIVE = re.compile(r"[\u2019']s?$")
_VERBS = rf"(?:(?:{'|'.join(sorted(SPEECH_ADVERBS))})\s+){{0,2}}(?:{'|'.join(sorted(SPEECH_VERBS))})\b"
_SPEAKS = re.compile(rf"\s+{_VERBS}")
_ACTS = re.compile(rf"\s+(?:(?:{'|'.join(sorted(SPEECH_ADVERBS))})\s+){{0,2}}(?:[a-z]+ed|{'|'.join(sorted(PAST_VERBS))}|"
                   rf"{'|'.join(sorted(SPEECH_VERBS))})\b|\s*,\s*(?:the|a|an|who|\d{{1,3}},(?!\s*(?:and|or)\b))(?!\w)")  # (", 41,": an age)
# The source of an "According to X, …" sentence speaks in it: "According to Pryce, an inspector flagged the fault.
# “…,” she told the newspaper." is Helen Pryce's (a bakery trial's quotation had no speaker, 2026-12-05).
_ACCORDING = re.compile(r"\b[Aa]ccording[ \t]+to[ \t]+$")
# A viewpoint lead-in opening the sentence: "For Dr Katarzyna Wróblewska, a lecturer, the probe is no surprise.
# “…,” she said." is hers (the ransomware trial lost it, 2026-12-05; `viewpoint_holder`).
_FOR_LEAD = re.compile(r"\s*(?:For|[Pp]our)[ \t]+$")  # (French "Pour Marie-Hélène de Villiers, la mobilisation a payé.": T15)
_LEAD_END = re.compile(r"[ \t]*,")
# A sentence that presents a person after its verb, "Among them is Youssef al-Haddad.", whom "He has been given …
# “…,” he said." then stands for (the ransomware trial lost it, 2026-12-05): the person is its subject.
# Not one of the dead or the victims ("Among the dead was Maria Costa, 34.", "One of the victims was Tom Reid, 19."):
# whoever speaks next is seldom they (a tester's wrong speakers, 2026-12-05).
_PRESENTED = re.compile(r"\s*(?:Among(?:st)?|One[ \t]+of)(?![^,.;:!?\n]{0,40}?\b(?:dead|killed|deceased|victims?|casualties|"
                        r"fatalities|bodies)\b)[ \t]+[^,.;:!?\n]{1,40}?[ \t](?:is|was)[ \t]+$")
_PRONOUN_SPEAKS = re.compile(rf"\b(?:[Hh]e|[Ss]he)\s+{_VERBS}")
_ASKED_BEFORE = re.compile(r"\b(?:asked|questioned|pressed|quizzed)\s+$")
_ASKED_AFTER = re.compile(r"\s*(?:[.,;:?!]|$)|\s+(?:whether|if|about|why|what|how|when|where|who|to|for|on)\b")
_QUOTED_AS = re.compile(r"\s+as\s+(?:saying|telling)\b")


CARRY_BACK = 2
_OTHER_SUBJECT = re.compile(r"\s*(?:[Tt]he|[Hh]is|[Hh]er|[Mm]y|[Oo]ur|[Tt]heir|[Aa]n?|[Oo]ne)[ \t]+"
                            r"(?P<words>(?:[a-z][\w-]*[ \t]+){0,2}[A-Za-z][\w-]*)")  # a subject of up to three words
_GENDERED = re.compile(r"\b(he|she|him|her|his|hers)\b", re.I)


def carried_back(masked: str, sentences: Sequence[tuple[int, int]], sentence: int, at: int,
                 named: Callable[[int, int], bool]) -> int:
    """The index of the sentence before `sentence` whose subject the pronoun at `at` stands for: the
    previous one, or, while that one names no person (`named(lo, hi)` is False), speaks of someone only in the
    pronoun's gender and holds the pronoun or opens with its possessive ("Her reasoning is blunt."), the one before
    it (module docstring). Not past an unnamed subject: "Our first caller says her husband's operation …", "Her pharmacist was
    kind." (a subject of up to three words after a determiner or a possessive holding a personnouns.person_noun)."""
    pronoun = "she" if masked[at:at + 3].lower() in ("she", "her") else "he"  # (a lead-in's "Her message was")
    back = sentence - 1
    while back > 0 and back > sentence - 1 - CARRY_BACK and not named(*sentences[back]):
        lo, hi = sentences[back]
        found = {w.lower() for w in _GENDERED.findall(masked, lo, hi)}
        opens = possessive_opens(masked, lo, hi, pronoun)  # "Her reasoning is blunt.", "This week his nets …" (personnouns.py)
        neutral = not found and MASK not in masked[lo:hi] and not _speaks_of_one(masked, lo, hi)  # ("The
        # hall was full."; a quotation is someone's words)
        if (other := _OTHER_SUBJECT.match(masked, lo, hi)) and (nouns := [w for w in other.group("words").split() if person_noun(w)]):
            if not (all(noun_gender(w) not in ("", "m" if pronoun == "he" else "f") for w in nouns) or _described(
                    masked, sentences[max(0, sentence - 1 - CARRY_BACK)][0], lo, other, nouns)):
                break  # "Her pharmacist was calm and kind.": another person, whom the pronoun may stand for (T14)
            if not found <= ({"she", "her", "hers"} if pronoun == "she" else {"he", "him", "his"}):
                break
            back -= 1  # "Her husband was at work." before "she said"; "The pharmacist …" after "X is a pharmacist" (BR17)
            continue
        if not (pronoun in found or opens or neutral) or not found <= (
                {"she", "her", "hers"} if pronoun == "she" else {"he", "him", "his"}):
            break
        back -= 1
    return back


_DEFINITE = re.compile(r"\s*(?:[Tt]he|[Tt]his)[ \t]")


def _described(masked: str, start: int, lo: int, subject: re.Match[str], nouns: list[str]) -> bool:
    """Whether `subject` (an _OTHER_SUBJECT match at `lo`) is "the <noun>" whose noun masked[start:lo] said a named
    person was ("Tom Ashby is a pharmacist in Leeds. The pharmacist has worked there for years." — the pharmacist is
    Tom Ashby, whom "he said" after it stands for: BR17, 2026-12-06), as a predicate, an appositive or a title before
    the name. Not "Tom Ashby went to see a pharmacist. The pharmacist …" (another person)."""
    if not _DEFINITE.match(subject.group()):
        return False
    nouns_ = "(?i:" + "|".join(re.escape(noun) for noun in nouns) + ")"
    return re.search(rf"(?:\b(?:is|was|as|became)|,)[ \t]+(?:an?|the)[ \t]+(?:[\w-]+[ \t]+){{0,2}}{nouns_}\b"
                     rf"|\b{nouns_}[ \t]+{CAPITAL}[^\W\d_A-Z]", masked[start:lo]) is not None


# A person named by a noun or an indefinite pronoun: a sentence holding one may be whom "she said" after it is
# about (a spokesperson, an official, a nurse, "Nobody knew.") and carries no one on; one without one, without a
# name or a pronoun does ("Rosalind Fenwick read out the figures. The hall was full. “…,” she told members.": a
# university trial, 2026-12-04).
_PERSON_NOUN = re.compile(r"\b(?:" + "|".join(sorted(
    ROLE_NOUNS | DESCRIPTOR_ROLES | FALSE_TITLES | frozenset(
        "man woman boy girl mother father wife husband son daughter sister brother spokesperson nobody someone anyone "
        "everyone somebody anybody everybody they them their".split()))) + r")\b|\bno one\b",
    re.I)
_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*")


def _speaks_of_one(masked: str, lo: int, hi: int) -> bool:
    """Whether masked[lo:hi] speaks of a person by a noun: `_PERSON_NOUN`, or any occupation, role or relation
    (personnouns.person_noun: "My pharmacist this morning was calm and kind.", T14, 2026-12-06)."""
    return _PERSON_NOUN.search(masked, lo, hi) is not None or any(person_noun(m.group()) for m in _WORD.finditer(masked, lo, hi))


def possessed_lead_in(lowered: Sequence[str]) -> bool:
    """Whether the words of a lead-in (lower case) open with "his"/"her" and a noun of what was said
    (possessorvoices.SAID_NOUNS: "His message was short: “…”", "Her answer to her partners was blunt — “…”")."""
    return len(lowered) > 2 and lowered[0] in ("his", "her") and lowered[1] in SAID_NOUNS


def acts(masked: str, end: int) -> bool:
    """Whether what follows a one-word name ending at `end` makes it a subject: a verb in the past
    tense or an auxiliary ("Lavrov met", "Zelensky later thanked", "Xi did not": -ed or PAST_VERBS,
    after up to two SPEECH_ADVERBS) or an appositive (", the minister,"). Not a noun it modifies ("Rescue
    crews reached", "Harbour master Olga Brandt met": then no one-word subject)."""
    return _ACTS.match(masked, end) is not None


def main_subject(masked: str, lo: int, hi: int, persons: Sequence[Run], presented: bool = True,
                 pronoun: str = "") -> Run | None:
    """The subject of the sentence masked[lo:hi]: the person who speaks in it ("Lavrov walked out,
    Marsh said"; "…, his lawyer, Anna Berg, said": agentvoices.py; "According to Pryce, an inspector flagged it":
    `_ACCORDING`), else the first person run that is the
    subject of a main clause; None when a
    pronoun speaks in it ("Putin is stalling, she said": whoever she is, not Putin). With `presented` False, a
    person only presented ("For X, …", "Among them is X.") is no subject. `pronoun`: the "he"/"she" the subject is
    wanted for; a person named by a noun who speaks in the sentence takes it only when they agree (unnamedvoices.py)."""
    if _PRONOUN_SPEAKS.search(masked, lo, hi):
        return None
    subjects = [run for run in persons if _position(masked, lo, hi, run) == "main" and (
        len(persons) == 1 or not _owned_by_a_body(masked, run[-1][0] + len(run[-1][1]), hi))]  # (W2: the only person)
    named_speakers = [run for run in subjects if (m := _SPEAKS.match(masked, run[-1][0] + len(run[-1][1]), hi))
                      and not not_words(masked, m.start(), m.end())]  # (not "Tom Reid called the helpline": callverbs.py)
    named_speakers = named_speakers or [run for run in persons if inverted_speaker(masked, lo, hi, run)]  # ("…, said X.")
    agents = [] if named_speakers else agent_speakers(masked, lo, hi, persons, pronoun)  # ("…, his lawyer, Anna Berg, said")
    if not named_speakers and not agents and (another_speaks(masked, lo, hi, pronoun) or others_speak(masked, lo, hi)):
        return None  # "Tom Reid called the helpline, his daughter said": the daughter speaks (unnamedvoices.py)
    speakers = named_speakers or agents or [
        run for run in persons if _ACCORDING.search(masked, max(lo, run[0][0] - 16), run[0][0])] or [
        run for run in persons[:1] if presented and (viewpoint_holder(masked, lo, run) or _PRESENTED.fullmatch(masked, lo, run[0][0]))
        and not subjects]
    return (speakers or subjects or [possessor_subject(masked, lo, hi, persons, pronoun)])[0]  # ("Kallas's message was blunt.")


def viewpoint_holder(masked: str, lo: int, run: Run) -> bool:
    """Whether the person `run` is named by a lead-in that opens the sentence at `lo` and gives whose view the
    sentence is, "For <name>, …" (a title before the name allowed: `_FOR_LEAD`), ended by a comma."""
    start = run[0][0]
    words = masked[lo:start].split()
    if words[:1] == ["For"] and len(words) == 2 and words[1].rstrip(".").lower() in TITLE_WORDS:
        start = lo + masked[lo:start].rindex(words[1])
    return _FOR_LEAD.fullmatch(masked, lo, start) is not None and _LEAD_END.match(
        masked, run[-1][0] + len(run[-1][1])) is not None


def pronoun_speaker(masked: str, lo: int, hi: int, pronoun: str) -> int | None:
    """Where `pronoun` ("he" or "she") speaks in masked[lo:hi] as the subject of a speech verb ("Speaking to Castle FM
    after the vote, she said …"), when it is the only such pronoun there: that sentence's subject is whoever the
    pronoun stands for, so a "she said" after it stands for the same person (the ransomware trial, 2026-12-05)."""
    found = list(_PRONOUN_SPEAKS.finditer(masked, lo, hi))
    if len(found) != 1 or found[0].group().split()[0].lower() != pronoun:
        return None
    return found[0].start()


_LEAD_IN_PRONOUN = re.compile(r",[ \t]+(he|she)[ \t]+(?=[a-z])")


def pronoun_subject(masked: str, lo: int, hi: int, pronoun: str) -> int | None:
    """Where `pronoun` ("he" or "she") is the subject of masked[lo:hi]'s main clause after a lead-in that a comma
    closes ("Asked whether Halvern had misled the town, she paused."), when it is the sentence's only subject pronoun
    and every gendered word there is of its gender: the sentence is about whoever the pronoun stands for, so a "she
    said" after it stands for the same person, though a name ("Halvern") stands in the lead-in (the tester's airport
    briefing, issue 9, 2026-12-05; `pronoun_speaker` is the same for a speech verb)."""
    found = list(_LEAD_IN_PRONOUN.finditer(masked, lo, hi))
    same = {"she", "her", "hers"} if pronoun == "she" else {"he", "him", "his"}
    if len(found) != 1 or found[0].group(1).lower() != pronoun or not {
            w.lower() for w in _GENDERED.findall(masked, lo, hi)} <= same:
        return None
    return found[0].start(1)


def speaks_after(masked: str, end: int, hi: int) -> bool:
    """Whether a speech verb follows right after a name that ends at `end` ("Aoife Brannigan said …")."""
    return _SPEAKS.match(masked, end, hi) is not None


def addressee(masked: str, lo: int, hi: int, persons: Sequence[Run]) -> Run | None:
    """The person a question in masked[lo:hi] is put to, who answers in the next sentence: the only
    run right after "asked", "questioned" or "pressed" that ends its clause or is followed by what is
    asked ("“Is the harbour closed?” a reporter asked Salo." → Salo; "asked Salo whether …"). For a
    sentence with no named subject (`main_subject` None): "Moreau asked Salo …" is Moreau's."""
    found = [run for run in persons if _ASKED_BEFORE.search(masked, lo, run[0][0])
             and _ASKED_AFTER.match(masked, run[-1][0] + len(run[-1][1]), hi)]
    return found[0] if len(found) == 1 else None


def in_own_sentence(masked: str, lo: int, at: int,
                    persons: Sequence[Run]) -> tuple[str, Run] | tuple[str, None] | None:
    """The antecedent of a pronoun at `at` named in its own sentence (starting at `lo`), before it.

    (SURE, run): the sentence's subject, the only person before a pronoun that continues its
    clause ("Marsh spoke to reporters and she said"; "Marsh was more measured: the closure, she said,"
    — a trial credited these words to the previous sentence's speaker); (MAYBE, run): the subject of an opening
    subordinate clause ("When Kuleba arrived, he said"); UNSURE: persons are named before a
    pronoun that continues their clause, but not as one clear subject ("Marsh met Lavrov and she
    said"); None: whoever is named before is not the antecedent (a topic, the object of a
    preposition, a word of the reported clause) — look in earlier sentences."""
    if not persons:
        return None
    lead = masked[lo:at]
    if _CONNECTED.search(lead) or _JOINED.search(masked, persons[-1][-1][0], at):
        subject = main_subject(masked, lo, at, persons)
        return (SURE, subject) if subject is not None and len(persons) == 1 else UNSURE
    if len(persons) == 1 and _position(masked, lo, at, persons[0]) == "subordinate":
        between = masked[persons[0][0][0]:at]
        if not _SEGMENT_BREAK.search(masked, lo, persons[0][0][0]) and between.rstrip().endswith(",") and len(
                _SEGMENT_BREAK.findall(between)) == 1:
            return MAYBE, persons[0]  # the sentence opens with the clause, the pronoun's comes next
    return None


def _position(masked: str, lo: int, hi: int, run: Run) -> str | None:
    """"main" or "subordinate" when `run` is the subject of its clause (module docstring), else None."""
    start, (last_at, last) = run[0][0], run[-1]
    if _POSSESSIVE.search(last) and len(last) > 2:
        return None  # "Lavrov's aide"
    breaks = [m.end() for m in _SEGMENT_BREAK.finditer(masked, lo, start)]
    lead = masked[breaks[-1] if breaks else lo:start].split()
    while lead and _CLOCK.fullmatch(lead[0]) and not breaks and (not lo or masked[lo - 1] == "\n"):
        lead = lead[1:]  # (only where a sentence opens a paragraph, as a live blog's entry does)
    kind = "main"
    if lead and lead[0].lower() in _SUBORDINATORS:
        kind, lead = "subordinate", lead[1:]
    elif lead and (lead[0].lower() in _ADVERBS or (lead[0] in _COORDINATORS and breaks and masked[breaks[-1] - 1] == ","
                                                    and not _CAPITAL.search(masked, lo + 1, breaks[-1]))):
        lead = lead[1:]  # "Meanwhile", or a main clause after ", and" when no name comes before: "The strike began at
        # dawn, and theatre nurse Ilse Marrow said" (a trial); not "Marta Nowak, 41, and her husband Piotr" (two)
    if len(lead) >= 2 and lead[0].lower() in _TIME_LEADS and lead[1].lower().strip(",") in MONTHS_DAYS:
        lead = [w for w in lead[2:] if not w.isdigit()]  # "On Tuesday", "On May 9"
    elif timed := time_lead(lead):
        lead = lead[timed:]  # "By then", "At 6pm", "In the end" with no comma (sentenceadverbs.time_lead, FX121)
    if lead and lead[-1] == "quoted" and _QUOTED_AS.match(masked, last_at + len(last), hi):
        return kind  # "Beijing's readout quoted Li as saying …": the one who spoke
    if not _lead_in(lead) or (not lead and run[0][1].endswith("ing") and len(run[0][1]) > 5):
        return None  # "Meeting Lavrov": a verb, not a first name
    return kind if _followed_as_subject(masked, last_at + len(last), hi) else None


def subject_lead_in(words: list[str]) -> bool:
    """Whether `words` (as written) may stand before a subject's name: "Union organiser" (quotes.py's colon lead-ins)."""
    return _lead_in(words)


def _lead_in(words: list[str]) -> bool:
    """Whether `words` may stand before a subject in its segment: "the Emirati minister", "Norway’s"."""
    lowered = [w for w in words if not w[:1].isupper()]
    for at, word in enumerate(words):
        plain = word.lower()
        if not re.fullmatch(r"[\w\u2019'\-.\u2024]+", word) or plain in PRONOUNS:
            return False
        if plain in _NAME_JOINS and 0 < at < len(words) - 1 and words[at - 1][:1].isupper() and words[at + 1][:1].isupper():
            continue  # inside a name: "Bank of England deputy governor", "Secretary for Health"
        if plain in STOPWORDS and plain not in _DETERMINERS and plain not in _ADJECTIVES and plain not in TITLE_WORDS:
            return False  # "About", "with", "when": the run is an object or in another clause
    # lower-case words are a noun phrase ending in a role: "the UN mediator", not "officials praised"; an occupation
    # ("Chemistry lecturer", "Final-year student") or an owner ("The union's"): a university trial's pronouns after
    # them had no antecedent (2026-12-04)
    last = lowered[-1] if lowered else ""
    return not lowered or last in TITLE_WORDS or last in ROLE_NOUNS or last in DESCRIPTOR_ROLES or (
        last in _DETERMINERS) or opening_occupation(last) or last in _MORE_ROLES or person_noun(last) or last in _JOB_HEADS or (
        last in FRENCH_ROLE_NOUNS) or (  # ("le préfet Jean-Pierre Castaing a …": no English word, so read in any text)
        _POSSESSIVE.search(last) is not None and len(last) > 3)


def _owned_by_a_body(masked: str, end: int, hi: int) -> bool:
    """Whether an appositive whose owner is a firm's or body's name of several words follows a name at `end`
    (", Halvern Capital's managing partner,"; `_OWNER_APPOSITIVE`)."""
    found = _OWNER_APPOSITIVE.match(masked, end, hi)
    return found is not None and (classify(found.group("owner").split()) or ("",))[0] == ORGANISATION


def _followed_as_subject(masked: str, end: int, hi: int) -> bool:
    """Whether what follows a name at `end` is its verb or an appositive, not ", she said" or "and X"."""
    comma = _AFTER_COMMA.match(masked, end, hi)
    if comma is not None:
        word = comma.group("word")
        if word.lower() in PRONOUNS or word.lower() in ("and", "or", "but"):
            return False  # "Vladimir Putin, she said, …": the topic of the speaker's words
        # ", the minister," / ", Norway's …" / an age, ", 41," (a trial's "Marta, 41, a nurse, said …" left her
        # "she said" after it with no speaker)
        if word.isdigit() and len(word) <= 3:  # (not ", 41, and her husband Piotr, 45,": two subjects)
            return _AFTER_AGE.match(masked, comma.end(), hi) is None
        return word[:1].islower() or bool(_POSSESSIVE.search(word)) or _owned_by_a_body(masked, end, hi)
    space = _AFTER_SPACE.match(masked, end, hi)
    return space is not None and space.group("word")[:1].islower() and space.group("word") not in ("and", "or", "nor")


# A sentence the writer opens ("I rang Declan O'Rourke, the union organiser, who picked up on the second ring.", a
# blog of a ferry trial, 2026-12-05: "“…,” he said" after it had no speaker): "I" or "we" is no "he" or "she", so the
# one person the sentence names, not as an owner, is the pronoun's antecedent, when no other person is spoken of in it
# (a role or a kin noun outside the person's own appositive: "I rang Anna Berg, whose husband answered" is not hers).
_WRITER_OPENS = re.compile(rf"[ \t]*(?:{CAPITAL}[\w\u2019'-]*(?:[ \t]+[\w\u2019'-]+){{0,3}},[ \t]+)?(?:I|[Ww]e)[ \t]+[a-z]")
_APPOSITIVE = re.compile(r"[ \t]*,[ \t]+(?:the|a|an|our|my)[ \t]+[^,;.]*,")


def writer_addressed(masked: str, lo: int, hi: int, persons: Sequence[Run]) -> Run | None:
    """The one person the writer's sentence masked[lo:hi] names ("I rang Declan O'Rourke, …"), as the antecedent of
    "he"/"she" in the next (the rule above); None for any other sentence."""
    if len(persons) != 1 or _WRITER_OPENS.match(masked, lo, hi) is None:
        return None
    run = persons[0]
    end = run[-1][0] + len(run[-1][1])
    if _POSSESSIVE.search(run[-1][1]) and len(run[-1][1]) > 2 or _speaks_of_one(masked, lo, run[0][0]):
        return None
    appositive = _APPOSITIVE.match(masked, end, hi)
    return None if _speaks_of_one(masked, appositive.end() if appositive else end, hi) else run

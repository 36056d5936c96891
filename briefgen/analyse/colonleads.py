"""The parts of a colon lead-in that may name the speaker ("Agnes Moreau, the minister, was blunt: “…”"), for quotes.py.

Moved out of quoteframes.py (2026-12-06, its 400 lines): `colon_subjects` splits the clause before the colon at its
commas and gives the parts to try, in order — a subject and its appositive before a predicate in lower case, a
name and what describes it, or the clause's last part after a lead-in. French text (T15, 2026-12-06) writes its
appositives headed by a role noun without an article ("Marc-Antoine Girard, président de la coopérative : « … »") and
its names with particles ("Marie-Hélène de Villiers").
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from briefgen.analyse.frenchroles import french_role
from briefgen.analyse.capitals import CAPITAL
from briefgen.analyse.givensex import EITHER_SEX, given_sex
from briefgen.analyse.lexicon import ARABIC_ARTICLES, HONORIFICS, SURNAME_PARTICLES
from briefgen.analyse.namekeys import fold
from briefgen.analyse.antecedents import subject_lead_in
from briefgen.analyse.sentenceadverbs import opening_words

# A name, then its appositive, then the colon: a description ("Ada Brenn, the union's chair: “…”") or what the person
# does as they speak ("Priya Ranganathan, speaking on the steps: “…”"): a school-closures trial (2026-12-04) lost both
# (the part after the comma was read as the clause). Names start with a capital of any alphabet (`CAPITAL`: "Łukasz
# Żółć, speaking at the site:", T19, 2026-12-06). Not a participle that gives others' words ("X, quoting the judge:").
# Or the occasion they speak at, a preposition of time or place and a noun phrase in lower case ending in a noun of a
# closed class of occasions (`CIRCUMSTANCE`: "Ursula von der Leyen, at the end of the news conference: “…”", "X, after
# the vote:", "X, in a statement:"; T30's F9, FX112). Not any noun phrase (FX116, BR68): "Jane Doe, in the words of her
# father:", "in the eyes of her critics", "in the judgment of the court", "in the indictment", "in the caption under
# the photo" gave Jane Doe others' words; a document or judgment quotes others, and "of <someone>" names them.
_DET = r"(?:the|a|an|his|her|their|its|this|that)\s+"
_MODIFIERS = r"(?:(?!(?:of|by|for|from|to|with|under|and|or|in|on|at|about|over|into)\b)[a-z\-]+\s+){0,3}"
OCCASIONS = ("news conference", "press conference", "conference", "briefing", "statement", "interview", "speech",
             "address", "summit", "meeting", "session", "hearing", "debate", "rally", "vote", "visit", "event", "ceremony",
             "launch", "announcement", "talks", "forum", "appearance", "gathering", "congress", "convention", "reception",
             "dinner", "lunch", "roundtable", "panel", "podcast", "campaign stop", "town hall")
_OCCASION = rf"{_DET}{_MODIFIERS}(?:{'|'.join(OCCASIONS)})"
# (the part of an occasion: "the end of the news conference", "the sidelines of the summit"; an occasion of another:
# "the opening session of the summit"; who it is for: "a briefing for reporters"; where: "a visit to the plant", …
# "a rally in the capital"). "during", "following" are prepositions here, not a participle's
# "-ing" (s64 read "Jane Doe, during the judgment of the court:" as "speaking …" is: hers; FX116)
CIRCUMSTANCE = (rf"(?:at|after|before|during|following|in|on)\s+(?:{_DET}(?:end|start|close|opening|beginning|conclusion|"
                rf"sidelines|margins|height)\s+of\s+)?{_OCCASION}(?:\s+of\s+{_OCCASION}|\s+(?:for|with)\s+(?:reporters|"
                rf"journalists|the\s+press|the\s+media|supporters|students|staff)|\s+(?:to|in|at|outside)\s+(?:{_DET})?"
                rf"{_MODIFIERS}[a-z\-]+)?")
_NOT_PARTICIPLES = "during|following|regarding|concerning|including|excluding|according|notwithstanding|pending"
_APPOSITIVE = re.compile(rf"\s*(?:{CIRCUMSTANCE}|(?:the|a|an|his|her|their|its)\s+(?:[a-z\-]+(?:['\u2019]s)?\s+){{0,3}}[a-z\-]+|(?!(?:{_NOT_PARTICIPLES}|quoting|"
                         r"citing|reading|recalling|echoing|repeating|paraphrasing|relaying|reciting|mocking|mimicking)\b)"
                         rf"[a-z]+ing\b(?:(?!\b(?:reading|saying|quoting|citing)\b)(?!{CAPITAL})[\s\S])*)\s*$")  # (not "holding a sign reading:")
# The party a person speaks for in a court or a hearing: "Ms Achieng Odhiambo, for ChapaPesa: “…”" (a live blog's entry, T21:
# no speaker), "James Otieno, lawyer for the bank:", "X, counsel for the family:", "X, on behalf of the union:", "X, acting for
# Y:", "X, ChapaPesa's lawyer:", "X, of ChapaPesa:" (FX52). The appositive describes the person named before it, who speaks.
_PARTY_HEAD = (r"(?:(?:(?:the|a|an|[^\W\d_][\w\-]*['\u2019]s)[ \t]+)?(?:[a-z]+[ \t]+)?(?:counsel|lawyers?|attorneys?|advocates?|"
               r"barristers?|solicitors?)(?:[ \t]+for)?|(?:acting|appearing)[ \t]+for|for|of|on[ \t]+behalf[ \t]+of|representing)(?![\w'\u2019-])")
PARTY = _PARTY_HEAD + r"[^,;:.!?\n]{0,60}"
# Several parties, one counsel (FX41): "Ms Odhiambo, for ChapaPesa and the bank:", "X, for ChapaPesa, Equity Bank and
# KCB:" — a list after one party's head (commas only before a last "and"/"or"); a second head is a second speaker
# ("X, for ChapaPesa, and Y, for the bank:": no one).
_PARTY_ITEM = r"[^,;:.!?\n]{1,60}"
_PARTIES = re.compile(rf"\s*{_PARTY_HEAD}[^,;:.!?\n]{{0,60}}(?:,{_PARTY_ITEM})*?(?:,?[ \t]+(?:and|or)[ \t]+{_PARTY_ITEM})?\s*$")
_HEAD = re.compile(_PARTY_HEAD)
# A person after the list's "and"/"or" is a second speaker, not a party (BR31: "Ms Achieng Odhiambo, for ChapaPesa, and Mr
# Otieno:", "X, for ChapaPesa and Mr Otieno, for the state:" gave Odhiambo the two counsel's words): a title before a
# capitalised word ("Mr Otieno", "Justice Mwilu": `HONORIFICS`, judge, justice) or a known given name before one ("James
# Otieno": givensex.py's lists). "Equity Bank", "the Bank of England" are parties.
_AND_NAME = re.compile(rf"(?<![\w'\u2019-])(?:and|or)[ \t]+(?P<first>{CAPITAL}[\w'\u2019.\-]*)[ \t]+{CAPITAL}")
_PERSON_TITLES = HONORIFICS | {"justice", "judge"}


def _second_person(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] names a person after an "and"/"or" (`_AND_NAME`): a title or a given name, then a
    capitalised word."""
    return any(m.group("first").lower() in _PERSON_TITLES or given_sex(m.group("first")) or fold(m.group("first")) in EITHER_SEX
               for m in _AND_NAME.finditer(text, start, end))


_NAME_COMMA = re.compile(rf"\s*{CAPITAL}[\w'\u2019\-]*(?:\s+{CAPITAL}[\w'\u2019\-]*)+\s*,")


def parties(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is the party or parties one person speaks for, after the comma that follows their name
    ("for ChapaPesa", "for ChapaPesa and the bank", "lawyer for ChapaPesa, Equity Bank and KCB"): one head (`_PARTY_HEAD`)
    and a list whose commas come before a last "and"/"or"; none of "by", "to", "with" (a clause of its own); no person
    after its "and" ("for ChapaPesa and Mr Otieno": a second speaker, `_second_person`)."""
    found = _PARTIES.fullmatch(text, start, end)
    return found is not None and len(_HEAD.findall(text, start, end)) == 1 and not _second_person(text, start, end) and (
        "," not in text[start:end] or re.search(r"\s(?:and|or)\s", text[start:end]) is not None) and not {
        "by", "to", "with"} & set(text[start:end].split())


def party_lead(masked: str, start: int, end: int) -> bool:
    """Whether masked[start:end] is a full name and the party or parties its person speaks for, no other speaker ("Ms
    Achieng Odhiambo, for ChapaPesa", "Ms Odhiambo, for ChapaPesa and the bank": `parties`; not "X, for ChapaPesa, and
    Y, for the bank"): a live blog's lead-in after its clock (askedleads.after_clock)."""
    name = _NAME_COMMA.match(masked, start, end)
    return name is not None and parties(masked, name.end(), end)


# (its lower-case particles between its capitalised words: "Ursula von der Leyen, at the end of …:", FX112)
_PARTICLE = "|".join(sorted((p for p in SURNAME_PARTICLES if p.isalpha()), key=lambda p: (-len(p), p)))
_NAME_PART = re.compile(rf"\s*{CAPITAL}[\w'\u2019\-]*(?:\s+(?:(?:{_PARTICLE})\s+)*{CAPITAL}[\w'\u2019\-]*)+\s*$")


# French: a role noun heads the appositive, after an article or possessive or none ("Marc-Antoine Girard, président de la
# coopérative :", "Marie-Claire Bonnet, la maire,"; T15, 2026-12-06), and a name may hold particles ("Marie-Hélène de
# Villiers").
_FRENCH_APPOSITIVE = re.compile(r"\s*(?:(?:le|la|les|un|une|son|sa|ses|leur)\s+|l['\u2019])?(?P<role>[^\W\d_A-Z][\w\-]*)"
                                r"(?:\s+[^\s:;!?]+){0,8}\s*$")
_FRENCH_NAME_PART = re.compile(rf"\s*(?:M\.|Mme|Me|Dr)?\s*{CAPITAL}[\w'\u2019\-]*(?:\s+(?:(?:de\s+la|de|du|des|d['\u2019])\s*)?"
                               rf"{CAPITAL}[\w'\u2019\-]*)+\s*$")


def _name_and_appositive(lead: str, name: tuple[int, int], appositive: tuple[int, int], start: int, lexicon: str) -> bool:
    """Whether lead's part `name` (offsets from `start`) is a full name and part `appositive` describes it: "Ada Brenn,
    the union's chair" (`_APPOSITIVE`), "Marc-Antoine Girard, président de la coopérative" (French, a role noun at the
    head: `_FRENCH_APPOSITIVE`)."""
    head, tail = name[0] - start, appositive[0] - start
    if lexicon == "fr":
        found = _FRENCH_APPOSITIVE.match(lead, tail, appositive[1] - start)
        return bool(_FRENCH_NAME_PART.match(lead, head, name[1] - start)) and found is not None and french_role(
            lexicon, [found.group("role")])
    return bool(_NAME_PART.match(lead, head, name[1] - start)) and (parties(lead, tail, appositive[1] - start) or bool(_APPOSITIVE.match(
        lead, tail, appositive[1] - start)) and not set(lead[tail:appositive[1] - start].split()) & {"and", "or", "by", "to", "with"})



def appositive_lead(masked: str, start: int, end: int) -> bool:
    """Whether masked[start:end] is a full name, particles and all, and its appositive, no other clause ("Ursula von der
    Leyen, at the end of the news conference", "Ada Brenn, the union's chair": `_name_and_appositive`): a live blog's
    lead-in after its clock (askedleads.after_clock; T30's bl-live, FX112)."""
    comma = masked.find(",", start, end)
    return comma > start and "," not in masked[comma + 1:end] and _name_and_appositive(
        masked[start:end], (start, comma), (comma + 1, end), start, "")

# A possessive word opening a lead-in before a capitalised name: the name's country or body ("Sudan's al-Burhan in
# Mogadishu:", "Kenya's Ruto was blunt:", "Apple's Tim Cook:"), no speaker of its own (T23, 2026-12-07: the headline
# "Sudan's al-Burhan in Mogadishu: '…'" had no speaker; "Al-Burhan in Mogadishu:" had); `colon_subjects` starts after it
# when the words after it are a person the article names (`_OWNED`, `_owned_person`).
_OWNER = re.compile(rf"\s*{CAPITAL}[\w\-]*['\u2019]s[ \t]+(?:(?:{'|'.join(sorted(ARABIC_ARTICLES))})-)?(?={CAPITAL})")  # (after
# a lower-case "al-": the name's run starts at its capital, nameruns.RUN)
_OWNED = re.compile(rf"{CAPITAL}[\w'\u2019\-]*(?:[ \t]+{CAPITAL}[\w'\u2019\-]*)*")  # the capitalised words after the owner

# A place or a time opening the lead-in, set off by its comma ("In Nairobi, Ms Odhiambo, for ChapaPesa:", "On Monday,
# Grace Odhiambo, of ChapaPesa:", FX52): no part that names the speaker; the rest is read as a lead-in of its own.
_DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|earlier|later|meanwhile|separately|afterwards"
_PLACE_OR_TIME = re.compile(rf"\s*(?:(?i:in|at|on|outside|inside|from|after|before|during|near|back[ \t]+in)[ \t]+[^,;:]{{1,40}}"
                            rf"|(?i:{_DAYS})(?:[ \t]+[a-z]+)?)\s*")


def _owned_person(lead: str, at: int, start: int, full: Callable[[str, int], str | None]) -> bool:
    """Whether the capitalised words at lead[at:] (`_OWNED`; lead at `start` in the text) after an owner's possessive
    are a person the article names: two words a known given name opens ("Kenya's William Ruto:"; givensex.py's lists),
    or a reference the article writes in full elsewhere (`full`, the speaker's full name for a surface at an offset:
    "Sudan's al-Burhan in Mogadishu:" beside "Gen Abdel Fattah al-Burhan"; None, two people it may name, is a person
    too). Not "Britain's Got Talent:", "Europe's Dilemma:", "Kenya's Gen Z:", "Sudan's Darfur:" (BR33, 2026-12-07:
    each was a person with a People page)."""
    run = _OWNED.match(lead, at)
    words = run.group().split() if run else []
    if not words:
        return False
    if len(words) == 2 and (given_sex(words[0]) or fold(words[0]) in EITHER_SEX):
        return True
    name = full(run.group(), start + at)
    return name is None or len(name.split()) > len(words)


def colon_subjects(start: int, end: int, lead: str, lexicon: str = "",
                   full: Callable[[str, int], str | None] | None = None) -> list[tuple[int, int]]:
    """`_colon_subjects`, a part that opens with a possessive before a person the article names (`_OWNER`,
    `_owned_person` with `full`: the reference's full name, as quotespeakers' `full_name` gives it) read from the name;
    without `full`, no part is cut."""
    return [(s + (owner.end() if full is not None and (owner := _OWNER.match(lead, s - start, e - start)) is not None and (
        _owned_person(lead, owner.end(), start, full)) else 0), e) for s, e in _colon_subjects(start, end, lead, lexicon)]


def _colon_subjects(start: int, end: int, lead: str, lexicon: str = "") -> list[tuple[int, int]]:
    """The parts of a lead-in `lead` (at `start`..`end`, before "X was blunt: “…”") that may name the
    speaker, as offsets, in the order to try: the whole clause when it has no comma; a subject and its
    appositive before a predicate of lower-case words ("The minister, Agnes Moreau, was blunt",
    "Agnes Moreau, the minister, was blunt", "Moreau, however, was blunt"), also after a lead-in ("In Vivonne,
    Marie Bonnet, the mayor, expects a difficult summer": T15, 2026-12-06, in French); else the last part, after
    a lead-in ("On Monday, Moreau was blunt"; a place or time before three parts or more, `_PLACE_OR_TIME`, is passed
    over and the rest read alone: "In Nairobi, Ms Odhiambo, for ChapaPesa"), unless that part is a full name's appositive ("Ada Brenn, the
    union's chair", "Ranganathan, speaking on the steps": `_APPOSITIVE`; the party it speaks for, "Ms Achieng
    Odhiambo, for ChapaPesa": `PARTY`; in French text, `lexicon` "fr", one headed
    by a role noun: "Marc-Antoine Girard, président de la coopérative"), when it is the name. A first part of
    connectives or sentence adverbs alone is passed over and the rest read as the lead-in ("However, her lawyer Akiko
    Sato was blunt": sentenceadverbs.opening_words; FX97: its "lawyer" was read as a party's head, no one's). quotes.py
    reads each part as a clause that starts with its speaker."""
    parts, at = [], start
    for part in lead.split(","):
        parts.append((at, at + len(part)))
        at += len(part) + 1
    if len(parts) > 1 and (opener := lead[:parts[0][1] - start].split()) and opening_words(opener) == len(opener):
        return _colon_subjects(parts[1][0], end, lead[parts[1][0] - start:], lexicon)  # "However, her lawyer X was blunt:" (FX97)
    if len(parts) > 2 and _PLACE_OR_TIME.fullmatch(lead, 0, parts[0][1] - start):  # (two parts: "On Monday, Moreau was blunt")
        return colon_subjects(parts[1][0], end, lead[parts[1][0] - start:], lexicon)  # "In Nairobi, Ms Odhiambo, for ChapaPesa:"
    predicate = not any(w[:1].isupper() for w in lead[parts[-1][0] - start:].split()) and not _HEAD.match(
        lead, _lstripped(lead, parts[-1][0] - start))  # ("X, for A and Mr Y, for the state:": a party, no predicate)
    if len(parts) == 3 and predicate:
        return parts[:2]
    if len(parts) > 3 and predicate and (_name_and_appositive(lead, parts[-3], parts[-2], start, lexicon) or (
            _name_and_appositive(lead, parts[-2], parts[-3], start, lexicon))):
        return parts[-3:-1]  # "In Vivonne, Marie Bonnet, the mayor, expects …:", "À Vivonne, X, la maire, s'attend … :"
    if len(parts) == 2 and _name_and_appositive(lead, parts[0], parts[1], start, lexicon) or len(parts) > 2 and lexicon != "fr" and (
            _NAME_PART.match(lead, 0, parts[0][1] - start) and parties(lead, parts[1][0] - start, len(lead))):
        return parts[:1]  # "Ada Brenn, the union's chair:", "Priya Ranganathan, speaking on the steps:" (_APPOSITIVE), "X, for A, B and C:"
    if any(_HEAD.match(lead, _lstripped(lead, part[0] - start)) for part in parts[1:]):
        return []  # "Ms Odhiambo, for ChapaPesa and Mr Otieno:", "X, for A, B and Mr Y:" (two speakers: not `parties`), never a party's name
    return parts[-1:] if len(parts) != 1 else [(start, end)]


# The writer's or the reader's own determiner before a role and the name: "My colleague Akiko Sato put it well this
# morning: “…”", "Our correspondent X was blunt:" (T28 F6, FX97: no speaker). Read as "the" here only: as determiners of
# every subject's lead-in (antecedents._DETERMINERS) they gave a breaker's "Our correspondent Akiko Sato asked the
# minister, Kenji Mori, about it. His answer was blunt: “…”" to her (BR50, reverted).
_OWN_DETERMINERS = frozenset(("my", "our", "your"))


def named_first(words: Sequence[str]) -> bool:
    """Whether `words` (as written: the words of a colon lead-in's part before the run that names its speaker) leave
    that run the clause's subject: none but "the"; or a lead-in that antecedents.subject_lead_in takes, ending in no
    article ("Union organiser", "The company's founder", "Her lawyer"). Up to two connectives or sentence adverbs that
    open the clause are passed over first ("Then", "Meanwhile", "But then": sentenceadverbs.opening_words), and "My",
    "Our", "Your" opening what is left read as "the" ("My colleague Akiko Sato put it well:"). Not a clause whose
    name is an object: "Reporters asked Kenji Hondaka:", "Then came Akiko Sato's turn:" (FX97)."""
    rest = [("the" if at == 0 and w.lower() in _OWN_DETERMINERS else w) for at, w in enumerate(words[opening_words(words):])]
    return not [w for w in rest if w.lower() != "the"] or rest[-1].lower() not in ("the", "a", "an") and subject_lead_in(rest)


def _lstripped(text: str, at: int) -> int:
    """The offset of the first character of `text` from `at` that is no white space."""
    return len(text) - len(text[at:].lstrip())

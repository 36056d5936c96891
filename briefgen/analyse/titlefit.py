"""Which of several people sharing a surname a titled reference ("Mr Harrowgate", "Ms Okafor", "Dr Okafor") names.

    titled_choice(text, end, "Mr", {"tobias harrowgate": "Tobias Harrowgate", "ines harrowgate": "Ines Harrowgate"})

Takes the text (quotations masked, as quotes.py reads it), the offset the reference is at (only the text
before it is read), the title written before the surname and the candidates (a key → the full name, as
`fullnames.full_name` collects them); gives those the title may name: the one it fits, or all those it fits
(then `full_name`'s recency rule decides, or no one).

A gendered title (Mr, Sir, Lord; Ms, Mrs, Miss, Dame, Lady) fits a person the text does not show to be of the
other gender; it names a candidate when exactly one fits, or when exactly one of those that fit is shown to be
of its gender; when none fits, no one. The text shows a person's gender, for each place the full name is written, by

- a gendered title before the name ("Mr Tobias Harrowgate", "Dame Ines Harrowgate");
- a gendered noun right before it ("his sister Ines Harrowgate", "spokeswoman Ines Harrowgate");
- the first he/she/his/her/him after it, in its sentence or at the start of the next one, when the name is the
  first person its sentence names (its subject) and no other person is named in between ("Ines Harrowgate
  announced the result. She said: …"; not "Harrowgate is not related to Ines Harrowgate, he said").

Places that disagree show nothing. Where the text shows nothing, a given name of the other sex rules a candidate out
(givensex.given_sex: "Grace Ho Long" for "Mr Long"; BR23), never in. Any other title ("Dr", "Prof", a rank: "DI", "Insp", "Cllr") fits the one
candidate written with that title in full ("Dr Samuel Okafor"; "DI Ruth Caldwell" or "Detective Inspector Ruth
Caldwell" for "DI Caldwell": ranks.rank_head), when exactly one is; else it tells nothing. The rule is the press's own: a paper that names two
Harrowgates writes "Mr Harrowgate" to tell them apart (a trial, 2026-12-04: "Mr Harrowgate … he said" was
given to Ines Harrowgate, named in the sentence before, by the recency rule of `fullnames.full_name`).
"""
from __future__ import annotations

import re

from briefgen.analyse.articlesex import article_sex
from briefgen.analyse.europeantitles import FEMALE_COURTESY, MALE_COURTESY
from briefgen.analyse.givensex import given_sex
from briefgen.analyse.namefinds import word_spans
from briefgen.analyse.nameruns import PERSON, RUN, classify
from briefgen.analyse.ranks import rank_head
from briefgen.analyse.sentences import ends, first_end

_MALE_TITLES = frozenset("mr sir lord shri shree thiru janab".split()) | MALE_COURTESY  # (South Asian: titlewords.SOUTH_ASIAN_HONORIFICS)
_FEMALE_TITLES = frozenset("ms mrs miss dame lady smt shrimati srimati shreemati sushri thirumathi tmt".split()) | FEMALE_COURTESY
_MALE_NOUNS = frozenset("""brother husband son father widower grandfather uncle nephew boyfriend chairman spokesman
businessman congressman councilman""".split())
_FEMALE_NOUNS = frozenset("""sister wife daughter mother widow grandmother aunt niece girlfriend chairwoman spokeswoman
businesswoman congresswoman councilwoman""".split())
_PRONOUN = re.compile(r"\b(he|she|his|her|him)\b", re.I)
_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019']?\s+(?=\S)")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[.\u2024]?\s+$")


def title_before(text: str, at: int) -> str:
    """The word right before offset `at` in `text`, lower-case and without its period ("Mr. " → "mr"), or ""."""
    found = _WORD_BEFORE.search(text, max(0, at - 16), at)
    return found.group(1).lower() if found else ""


def titled_choice(text: str, end: int, title: str, candidates: dict[str, str]) -> dict[str, str]:
    """The candidates (key → full name) `title` (lower-case, no period) may name (module docstring): one when the
    text tells, else all those it fits (the caller's other rules decide among them); all of them for a title that
    tells nothing."""
    keys = list(candidates)
    if title not in _MALE_TITLES and title not in _FEMALE_TITLES:  # "Dr", "Prof", a rank: the one written with it
        rank = rank_head(title)  # "DI Caldwell" is the one written "DI Ruth Caldwell" or "Detective Inspector Ruth …"
        fits = [k for k in keys if rank in {rank_head(t) for t in _titles_of(text, end, candidates[k])}]
        return {fits[0]: candidates[fits[0]]} if len(fits) == 1 else candidates
    wanted = "m" if title in _MALE_TITLES else "f"
    genders = {k: _gender(text, end, candidates[k]) for k in keys}
    fits = [k for k in keys if genders[k] in (wanted, "") and (genders[k] or _given(candidates[k]) in (wanted, ""))]
    shown = [k for k in fits if genders[k] == wanted]
    chosen = shown if len(shown) == 1 else fits
    return {k: candidates[k] for k in chosen}


def _given(name: str) -> str:
    """"m", "f" or "": the sex `name`'s given name tells (givensex.given_sex; its first word, two words or more), what
    the text does not tell. It rules a candidate out ("Grace Ho Long … met Brian Long. “…,” Mr Long said" is Brian
    Long's, BR23), never in: "Alex Smith" may be a man, so "Peter Smith … Alex Smith … Mr Smith" is still unsure."""
    return given_sex(name.split()[0]) if " " in name else ""


def other_sex(text: str, end: int, title: str, name: str) -> bool:
    """Whether the one person `name` a gendered `title` ("ms", "mr") may name is shown to be of the other sex: by a
    title or a gendered noun before the name in `text[:end]` ("Mr Zhang Wei", "his son Tom Reid") or by the given
    name (givensex.given_sex: "John Smith"), and by nothing of the title's sex (a pronoun `_gender` reads included).
    A pronoun shows nothing against a given name: "Helen Pryce said the claimants included a man in his eighties. …
    Ms Pryce said" is hers (a quote set); where no given name tells (a Chinese name, "Chris", "Jenny": not in
    givensex's lists) it does: "Zhang Wei, the buyer, said he was pleased. … Ms Zhang said" is not his (BR21: the
    join was a guess against the text) — the pronoun of the name's own clause only ("said he was pleased"; not
    "whose coach said he", BR22: `_own_pronoun`), as do the article's own words (articlesex.article_sex, FX87:
    "Chinedu Okafor, a father of four, … Ms Okafor said"). Read for a reference that only one person of the text may name; of
    several, given names tell nothing (`titled_choice`)."""
    if title not in _MALE_TITLES and title not in _FEMALE_TITLES:
        return False
    wanted = "m" if title in _MALE_TITLES else "f"
    if _gender(text, end, name) == wanted:
        return False
    shown = {given_sex(name.split()[0])} - {""} if " " in name else set()
    if not shown and article_sex(text[:end], name) not in ("", wanted):  # (a noun, a subject pronoun: FX87)
        return True
    if not shown and _own_pronoun(text, end, name) not in ("", wanted):  # (no given name tells: the pronoun of
        return True  # the name's own clause shows it, and the join is refused, BR21; only that one, BR22)
    for start, _ in word_spans(text[:end], name):  # (str.find: no regex compiled a name, OP4)
        before = title_before(text, start)
        shown |= {"m"} if before in _MALE_TITLES or before in _MALE_NOUNS else set()
        shown |= {"f"} if before in _FEMALE_TITLES or before in _FEMALE_NOUNS else set()
    return shown == {"f" if wanted == "m" else "m"}



def same_sex(text: str, end: int, title: str, name: str) -> bool:
    """Whether a `title` (lower-case, no period) may name `name` by positive evidence, for a join that is a guess (a
    short form written before its full name: laternames.later_full, FX82): a title of no sex ("dr", "king", none)
    always; a gendered one ("mr", "ms") only when `text[:end]` or the given name shows `name` to be of its sex — a
    title or a gendered noun before the name, the subject or own-clause pronoun after it (`_gender`, `_own_pronoun`),
    the article's own words (articlesex.article_sex: a kin noun, a subject pronoun; FX87), or the given name
    (givensex.given_sex), none of them disagreeing. Where nothing tells, False: "“We won,” Mr Clinton said. Hillary Clinton
    was at home." must not be hers because "Hillary" is missing from the sex lists (the breaker's br42)."""
    if title not in _MALE_TITLES and title not in _FEMALE_TITLES:
        return True
    wanted = "m" if title in _MALE_TITLES else "f"
    given = given_sex(name.split()[0]) if " " in name else ""
    article = article_sex(text[:end], name)  # (a noun, a subject pronoun: the given name in no list, FX87)
    if given or article:
        return {given, article, _gender(text, end, name)} - {""} == {wanted}
    return wanted in (_gender(text, end, name), _own_pronoun(text, end, name))

# The name's own clause: the name, an apposition perhaps (", the buyer,"), its verb, "that" perhaps, and a subject
# pronoun or "his"/"her" of its reported clause ("Zhang Wei, the buyer, said he was pleased", "… said her landlord")
# An apposition that names or relates another person ("Li Na's coach", "the coach of Li Na", "the father of the
# missing girl"): the pronoun after it may be that person's (BR23), so it tells nothing of the name's own sex.
_OWN_CLAUSE = re.compile(r"(?:\s*,(?P<apposition>[^,.;:!?\"\u201c\u201d]{1,80}),)?\s+[a-z]+(?:\s+(?:that|on\s+\w+))?\s+"
                         r"(he|she|his)\b|\s+(?:said|says)(?:\s+that)?\s+(her)\b")
_OTHER_PERSON = re.compile(r"\s\S*[A-Z]|['\u2019]s\b|\bof\b|\bwho\b|\bwhose\b")


def _own_pronoun(text: str, end: int, name: str) -> str:
    """"m", "f", or "" (none, or places that disagree): the pronoun of `name`'s own clause in `text[:end]`
    (`_OWN_CLAUSE`), which refers to it. A pronoun elsewhere may be another person's (BR22, 2026-12-06: "Li Na, whose
    coach said he was proud", "Zhang Wei hired a lawyer. He said …", "Zhang Wei met the minister, who said he …"):
    read by `other_sex` to refuse a join, where only a pronoun sure to be the name's may."""
    clauses = (_OWN_CLAUSE.match(text, stop, end) for _, stop in word_spans(text[:end], name))  # (OP4: no regex
    shown = {"f" if m.group(m.lastindex).lower() in ("she", "her") else "m" for m in clauses  # compiled a name)
             if m and not (m.group("apposition") and _OTHER_PERSON.search(m.group("apposition")))}
    return shown.pop() if len(shown) == 1 else ""


def _titles_of(text: str, end: int, name: str) -> set[str]:
    """The words written right before `name` in `text[:end]`, lower-case."""
    return {title_before(text, m.start()) for m in re.finditer(re.escape(name), text[:end])}


def _gender(text: str, end: int, name: str) -> str:
    """"m", "f", or "" (unknown, or places that disagree): what the text before `end` shows of `name`'s gender."""
    shown: set[str] = set()
    for start, stop in word_spans(text[:end], name):  # (str.find: no regex compiled a name, OP4)
        before = title_before(text, start)
        if before in _MALE_TITLES or before in _MALE_NOUNS:
            shown.add("m")
        elif before in _FEMALE_TITLES or before in _FEMALE_NOUNS:
            shown.add("f")
        pronoun = _subject_pronoun(text, end, start, stop)
        if pronoun:
            shown.add(pronoun)
    return shown.pop() if len(shown) == 1 else ""


def _subject_pronoun(text: str, end: int, start: int, stop: int) -> str:
    """"m" or "f" when the name at start:stop is its sentence's first person and the first gendered pronoun after
    it (in its sentence, or opening the next) comes before any other person's name; else ""."""
    opened = [m.end() for m in ends(_SENTENCE_END, text, max(0, start - 400), start + 1)]  # (not at "S. K.")
    if _person_between(text, opened[-1] if opened else max(0, start - 400), start):
        return ""
    limit = min(end, stop + 300)
    after = first_end(_SENTENCE_END, text, stop, limit)
    if after:
        second = first_end(_SENTENCE_END, text, after.end(), limit)
        limit = second.start() if second else limit
    pronoun = _PRONOUN.search(text, stop, limit)
    if not pronoun or _person_between(text, stop, pronoun.start()):
        return ""
    if after and pronoun.start() >= after.end() and pronoun.start() != after.end():
        return ""  # in the next sentence only as its first word ("She said:"), where it is the subject
    return "f" if pronoun.group(1).lower() in ("she", "her") else "m"


def _person_between(text: str, lo: int, hi: int) -> bool:
    """Whether a run of capitalised words in `text[lo:hi]` may be a person's name (a sentence's first word too:
    "Harrowgate is not related to Ines Harrowgate, he said" shows nothing of Ines Harrowgate)."""
    for run in RUN.finditer(text, lo, hi):
        kind = classify(run.group().split())
        if kind is not None and kind[0] == PERSON:
            return True
    return False

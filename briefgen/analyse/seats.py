"""A member's seat after "MP for" in a run of capitalised words, and where the member's own name starts after it.

    seat_holder(tokens, at)          # tokens[at] is "for" after "MP", "MSP", "councillor" …: a seat follows
    seat_end(tokens, lowered, at)    # index of the name after the seat ("MP for Bristol West Thangam Debbonaire" → 5)

"for" after a minister's title opens the brief ("Minister for Fisheries Colm …", nameruns._title_end), whose words
are title words; after a member's title it opens a constituency or a ward, a place's name, which the brief rule read
as the first words of the person's name. The trial finding (issue 9, 2026-12-05): "The Labour MP for Bristol West,
Thangam Debbonaire, said …" gave the quotation to a person "Bristol West", and "the MP for Bristol West Thangam
Debbonaire said" made one person "Bristol West Thangam Debbonaire".

Where the seat ends is read from its words: one name word, with the compass and region words of lexicon.REGION_PREFIXES
before and after it ("North East Somerset", "Bristol West", "Stoke-on-Trent Central"). The name after it is taken only
when exactly two words follow (given name and surname, the way a first mention writes a member); any other count
("MP for Sutton Coldfield Andrew Mitchell": "Coldfield Andrew Mitchell"?; "MP for Bristol West Debbonaire") cannot be
told from a longer seat, and the run names no one (precision first: the speaker is lost, never given to a place).
A pure function of the run's words.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.analyse.capitals import CAPITAL
from briefgen.analyse.lexicon import BRIEF_WORDS, HONORIFICS, ORG_HEADS, PORTFOLIO_WORDS, REGION_PREFIXES, TITLE_WORDS
from briefgen.analyse.briefends import brief_word, name_opening

# Titles of a member elected for a seat: written in capitals (an acronym) or as the lower-case noun.
SEAT_ACRONYMS = frozenset("MP MSP MS MLA MEP AM TD MPP MHA MHK".split())
# Words that join a seat's name and never open a person's: "St Helens", "Bury St Edmunds", "Newcastle upon Tyne"
_SEAT_JOINS = frozenset("st st. saint upon on under and le la".split())
_HOUSES = frozenset("parliament senedd assembly congress".split())  # (after "Member of": a 2026-12-05 breaker's seat)
SEAT_NOUNS = frozenset("member councillor councilor senator congressman congresswoman assemblyman assemblywoman".split())


def seat_holder(tokens: Sequence[str], at: int) -> bool:
    """Whether tokens[at] is "for" right after a member's title ("MP", "MSP", "Councillor" …; `SEAT_ACRONYMS` in
    capitals only, so "Ms for" is none): what follows is a seat, not a minister's brief."""
    if at < 1 or tokens[at].lower() != "for":
        return False
    title = tokens[at - 1]
    return title in SEAT_ACRONYMS or title.lower() in SEAT_NOUNS or title.lower() in _HOUSES and any(
        word.lower() == "member" for word in tokens[max(0, at - 5):at - 2])  # "Member of (the Scottish) Parliament for"


def seat_end(tokens: Sequence[str], lowered: Sequence[str], at: int) -> int:
    """Where the member's name starts in the run after the seat that opens at tokens[at] (the word after "for"):
    len(tokens) when no name can be told from the seat (module docstring)."""
    brief = at
    while brief < len(tokens) - 2 and (lowered[brief] in PORTFOLIO_WORDS or lowered[brief] in _COUNCIL_BRIEF):
        brief += 1  # "Cabinet Member for Adult Social Care Tom Reid": a council's brief, its words the lexicon's
    if brief > at and brief == len(tokens) - 2:
        return brief
    i = at
    while i < len(tokens) and _region(lowered[i]):
        i += 1  # "North East Somerset"
    if i >= len(tokens):
        return len(tokens)
    i += 1  # the seat's name word
    while i < len(tokens) and _region(lowered[i]):
        i += 1  # "Bristol West", "Glasgow North East", "Cork South-Central"
    last_region = max((k for k in range(i, len(tokens)) if _region(lowered[k]) or lowered[k] in _SEAT_JOINS), default=-1)
    if last_region >= 0 and len(tokens) - last_region - 1 == 2:
        i = last_region + 1  # "Dublin Bay South Ivana Bacik", "Cork South-Central Micheál Martin": no name holds a
        # compass word or a seat's joining word, so the seat runs to the last one (a breaker's lost members, 2026-12-05)
    if len(tokens) - i == 3 and lowered[i].endswith(_PLACE_ENDINGS) and tokens[i][:1].isupper() and len(lowered[i]) > 6:
        i += 1  # "Glasgow Southside Nicola Sturgeon", "Sutton Coldfield Andrew Mitchell": a second seat word shaped
        # as a place's, never as a given name's (`_PLACE_ENDINGS`; the Scottish seat named no one, a breaker, 2026-12-05)
    rest = lowered[i:]
    if len(rest) != 2 or any(not tokens[k][:1].isupper() for k in range(i, len(tokens))) or any(
            _region(word) or word in _SEAT_JOINS for word in rest):
        return len(tokens)  # (no name has a compass word or a seat's joining word: "MP for St Helens North" →
    return i                # "Helens North", "Milton Keynes North", "Bury St Edmunds" were given quotes, a breaker)


# Endings of a place's name that no given name has: a seat's second word so shaped is the seat's.
_PLACE_ENDINGS = ("field", "side", "shire", "bury", "mouth", "minster", "borough", "burgh", "stead", "caster", "wich")


def _region(word: str) -> bool:
    """Whether a lower-case word is a compass or region word of a seat (lexicon.REGION_PREFIXES), or such words
    hyphenated ("south-central", "north-west")."""
    return word in REGION_PREFIXES or "-" in word and all(part in REGION_PREFIXES for part in word.split("-"))


# Words of a council cabinet member's brief besides the lexicon's portfolio words: "Cabinet Member for Adult Social
# Care Tom Reid", "… for Children and Families Anna Berg" (persons lost or "Families Anna Berg", a breaker, 2026-12-05).
_COUNCIL_BRIEF = frozenset("""adult adults social care children families family young people older services housing
highways roads transport waste recycling environment climate leisure culture sport tourism regeneration economy
growth skills education learning schools finance resources assets property wellbeing safety neighbourhoods
communities community public realm parks libraries licensing and &""".split())


# A member's title written before a run, outside it ("the councillor for ", "the member for "), and perhaps a seat's
# first words and a joining word that ended the run before ("The MP for Newcastle upon ").
_TITLE_BEFORE = re.compile(r"(?<![\w-])(?:MP|MSP|MS|MLA|MEP|AM|TD|[Mm]ember|[Cc]ouncill?or|[Cc]ouncilor|[Ss]enator)[ \t]+for[ \t]+"
                           rf"(?P<join>{CAPITAL}[\w'\u2019.-]*(?:[ \t]+{CAPITAL}[\w'\u2019.-]*)*[ \t]+(?:upon|on|under|le)[ \t]+)?$")
_OWNER = re.compile(r"['\u2019]s?$")


def seat_skip(text: str, start: int, run: str) -> int:
    """How many characters of the capitalised `run` at text[start:] are a member's seat when a member's title stands
    before it outside the run ("the councillor for Westbury North Helen Mabry" → up to "Helen"; "the member for Bath
    Wera Hobhouse" → up to "Wera"): len(run) when the run is all seat or no name can be told from it (`seat_end`; "The
    MP for Newcastle upon Tyne": "Tyne" is the seat's), 0 without such a title or when the run owns what follows ("the
    MP for Tom Reid's constituency"). A breaker (2026-12-05) found "Westbury North Helen Mabry" and "Tyne" persons."""
    title, brief = _guards(text, start)  # (most runs: neither, and no search)
    before = _TITLE_BEFORE.search(text, max(0, start - 60), start) if title else None
    if before is None:
        return _brief_skip(text, start, run) if brief else 0
    if _OWNER.search(run) or run.rsplit(None, 1)[-1].lower() in ORG_HEADS:
        return 0  # (a body's name: "a member for Bath Rugby Club since 2001")
    if before.group("join"):
        return len(run)
    tokens = run.split()
    at = seat_end(tokens, [t.lower() for t in tokens], 0)
    return len(run) if at >= len(tokens) else _word_start(run, at) if at else 0


# A brief with "and" or a list before the run, which name runs split at "and" ("Cabinet Member for Children and
# Families Anna Berg", "Minister for Trade and Industry Tom Reid", "Secretary of State for Environment, Food and Rural
# Affairs Steve Reed" listed "Families Anna Berg", "Industry Tom Reid": issue 9, a breaker, 2026-12-05).
_BRIEF_BEFORE = re.compile(rf"(?<![\w-])(?P<title>[A-Za-z]+)[ \t]+(?:for|of)[ \t]+(?P<brief>{CAPITAL}[\w'\u2019-]*(?:,?[ \t]+{CAPITAL}[\w'\u2019-]*)*),?"
                           r"[ \t]+(?:and|&)[ \t]+$")


def _brief_skip(text: str, start: int, run: str) -> int:
    """How many characters of `run` at text[start:] end a minister's or a member's brief that "and" split from it
    (`_BRIEF_BEFORE`; the title word before "for" one of lexicon.TITLE_WORDS, "member" or "state"): the brief's words
    (PORTFOLIO_WORDS, `_COUNCIL_BRIEF`, then words shaped as a brief's nouns: `_BRIEF_NOUN_ENDINGS`) up to a name of
    two words ("Families Anna Berg" → up to "Anna"; "Tom Reid Jr" too), len(run) when fewer are left, 0 without such
    a brief or when more are left: "Climate Change Tom Reid" gave the speaker "Change Tom Reid" (a breaker's R4,
    2026-12-05), and a brief's unknown word cannot be told from a given name ("Industry Mary Lou McDonald"): then the
    run names no one (len(run); nameruns._title_end likewise). A run of words no list knows, with no title word, that a
    name follows as a comma appositive is the brief's too (`_APPOSITIVE_AFTER`: "The Minister for Health and Aged Care,
    Mark Butler, said" listed "Aged Care"; QW12, 2026-12-06)."""
    before = _BRIEF_BEFORE.search(text, max(0, start - 120), start)
    if before is None or not (before.group("title").lower() in TITLE_WORDS or before.group("title").lower() in (
            "member", "state")) or _OWNER.search(run):
        return 0
    if not all(_brief_word(word.rstrip(","), True) for word in before.group("brief").split()):
        return 0  # "Minister for Health Tom Reid and Sport England": a name ends the brief, "and" joins two (R6, 2026-12-05)
    tokens = run.split()
    at = 0
    while at < len(tokens) and _brief_word(tokens[at], at > 0):
        at += 1
    if at == 0 and _APPOSITIVE_AFTER.match(text, start + len(run)) and not any(
            t.rstrip(".").lower() in TITLE_WORDS or t.rstrip(".").lower() in HONORIFICS or t in SEAT_ACRONYMS for t in tokens):
        return len(run)  # "The Minister for Health and Aged Care, Mark Butler, said": the brief's last words (QW12)
    if at == 0 and len(tokens) in (3, 4) and not any(t.rstrip(".").lower() in TITLE_WORDS or t.rstrip(".").lower() in
                                                     HONORIFICS or t.rstrip(".").lower() in _NAME_SUFFIXES for t in tokens):
        return len(run)  # words no list knows: the brief's and a name, split where is unknown ("Aged Care Mark Butler",
        # "Homelessness Mary Lou McDonald": the last two cut names, BR8, 2026-12-05): no one (nameruns._title_end alike)
    if at == 0 or at == len(tokens):
        return len(run) if at else 0
    name = len(tokens) - at - (tokens[-1].rstrip(".").lower() in _NAME_SUFFIXES)
    titled = any(t.rstrip(".").lower() in TITLE_WORDS or t in SEAT_ACRONYMS or t.rstrip(".").lower() in HONORIFICS
                 for t in tokens[at:])  # ("Families Cllr Anna Berg", "Labour MP Anna Berg": the title tells)
    return _word_start(run, at) if name in (1, 2) or name == 3 and name_opening(tokens[at]) or titled else len(run)  # (more words: unsure; three after a brief's
    # known words are a name, as nameruns._title_end reads them: "Industry Tengku Zafrul Aziz", FX50)


def _guards(text: str, start: int) -> tuple[bool, bool]:
    """Whether `_TITLE_BEFORE` (in its window of 60 before `start`) and `_BRIEF_BEFORE` (120) may be found: what their
    ends need, a word that may end them (`_TITLE_ENDS`; "and", "&") and then spaces or tabs (a newline after them
    aside: $ matches before one that ends the text searched). Both open with a look-behind, so their search tries
    every position of the window (~190 µs an article before every run, py-spy 2026-12-06); this reads a few
    characters, no slice. Never no where a search finds one (test_seat_brief_guard.py)."""
    low = max(0, start - 120)
    end = start - 1 if start > low and text[start - 1] == "\n" else start
    if end <= low or text[end - 1] not in " \t":
        return False, False
    end -= 1
    while end > low and text[end - 1] in " \t":
        end -= 1  # (where the word before the spaces ends)
    return text.endswith(_TITLE_ENDS, max(0, start - 60), end), text.endswith(("and", "&"), low, end)


# The words that end `_TITLE_BEFORE` before its last spaces: "for", or a seat's joining word ("upon" ends in "on").
_TITLE_ENDS = ("for", "on", "under", "le")


def _after_and(text: str, start: int) -> bool:
    """Whether "and" or "&" and then spaces or tabs end text[:start] (within `_BRIEF_BEFORE`'s window of 120), as
    that pattern's end needs (`_guards`)."""
    return _guards(text, start)[1]


# A name as a comma appositive after the run, closed by a comma, a verb or the sentence's end (not a list's next name: "…, Anna Berg and
# Bill Jones", "…, Anna Berg, and …"; not an owner: "…, Anna Berg's deputy,"): the run before it ended a brief, whose
# holder the appositive names ("The Minister for Housing and Homelessness, Clare O'Neil, said": QW12, 2026-12-06).
_APPOSITIVE_AFTER = re.compile(r",[ \t]+(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Prof|Lord|Lady|Cllr)\.?[ \t]+)?"
                               rf"{CAPITAL}[\w\u2024'\u2019-]*(?<!['\u2019]s)(?:[ \t]+{CAPITAL}[\w\u2024'\u2019-]*(?<!['\u2019]s))*"
                               r"(?:[ \t]*,(?![ \t]+(?:and|or|&)\b)|[ \t]+(?!and\b|or\b)[a-z]|[ \t]*(?:[.;:!?]|$))")


# A brief's own words that no given name has, after a brief word: "Social Inclusion", "Care Integration". And the
# words after a name that are no name of its own ("Tom Reid Jr").
_BRIEF_NOUN_ENDINGS = ("tion", "sion", "ment", "ness", "ency", "ancy", "ship")
_NAME_SUFFIXES = frozenset("jr sr ii iii iv".split())


def _brief_word(word: str, shaped: bool) -> bool:
    """Whether a capitalised word is a brief's: the lexicon's portfolio words, `_COUNCIL_BRIEF`, or with `shaped` a
    word ending as a brief's nouns do (`_BRIEF_NOUN_ENDINGS`)."""
    lowered = word.lower()
    return (lowered in PORTFOLIO_WORDS or lowered in _COUNCIL_BRIEF or shaped and lowered.endswith(_BRIEF_NOUN_ENDINGS)
            or brief_word(lowered, BRIEF_WORDS))  # ("Aged Care", "Net Zero", "Homelessness": titlewords.brief_word, FX50)


def _word_start(run: str, at: int) -> int:
    """Where the word at index `at` of `run` starts (not the first place its letters occur: "Aaaa Aaaafield Aaaa")."""
    return [m.start() for m in re.finditer(r"\S+", run)][at]

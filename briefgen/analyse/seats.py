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

from collections.abc import Sequence

from briefgen.analyse.lexicon import REGION_PREFIXES

# Titles of a member elected for a seat: written in capitals (an acronym) or as the lower-case noun.
SEAT_ACRONYMS = frozenset("MP MSP MS MLA MEP AM TD MPP MHA MHK".split())
# Words that join a seat's name and never open a person's: "St Helens", "Bury St Edmunds", "Newcastle upon Tyne"
_SEAT_JOINS = frozenset("st st. saint upon on under and le la".split())
SEAT_NOUNS = frozenset("member councillor councilor senator congressman congresswoman assemblyman assemblywoman".split())


def seat_holder(tokens: Sequence[str], at: int) -> bool:
    """Whether tokens[at] is "for" right after a member's title ("MP", "MSP", "Councillor" …; `SEAT_ACRONYMS` in
    capitals only, so "Ms for" is none): what follows is a seat, not a minister's brief."""
    if at < 1 or tokens[at].lower() != "for":
        return False
    title = tokens[at - 1]
    return title in SEAT_ACRONYMS or title.lower() in SEAT_NOUNS


def seat_end(tokens: Sequence[str], lowered: Sequence[str], at: int) -> int:
    """Where the member's name starts in the run after the seat that opens at tokens[at] (the word after "for"):
    len(tokens) when no name can be told from the seat (module docstring)."""
    i = at
    while i < len(tokens) and lowered[i] in REGION_PREFIXES:
        i += 1  # "North East Somerset"
    if i >= len(tokens):
        return len(tokens)
    i += 1  # the seat's name word
    while i < len(tokens) and lowered[i] in REGION_PREFIXES:
        i += 1  # "Bristol West", "Glasgow North East"
    rest = lowered[i:]
    if len(rest) != 2 or any(not tokens[k][:1].isupper() for k in range(i, len(tokens))) or any(
            word in REGION_PREFIXES or word in _SEAT_JOINS for word in rest):
        return len(tokens)  # (no name has a compass word or a seat's joining word: "MP for St Helens North" →
    return i                # "Helens North", "Milton Keynes North", "Bury St Edmunds" were given quotes, a breaker)

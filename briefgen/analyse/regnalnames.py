"""A royal's or a pope's title and one word ("King Abdullah", "Prince Harry", "Queen Rania", "Pope Leo"): a regnal name,
the person's whole name as written, never a reference to someone named in full by that word without such a title.

    regnal_title("Crown Prince")                          # -> True (its last word is a royal's: lexicon.ROYAL_TITLES)
    styled_before(text, "Mohammed bin Salman", at)        # -> True after "Crown Prince Mohammed bin Salman"
    regnal_fulls(occurrences)                             # -> {"Abdullah"} of a site writing "King Abdullah said"

A monarch, a prince or a pope is called by a regnal or given name after the title ("King Abdullah II", "Prince Harry",
"Pope Francis"; the AP, Reuters and BBC styles): the word is no surname, and no given name of a commoner. names.py read
a titled word as a reference to the last person of the article named in full by it ("Harry Kane … Prince Harry said" was
Harry Kane's), and the name index joined such a word alone to the site's one person whose surname it is (lonenames:
"King Abdullah said" made King Abdullah II's words Abdullah Abdullah's, the former Afghan chief executive, FX60,
2026-12-07) or whose given name it is (titledgiven._given_called: "Queen Rania" and Rania Youssef). Now such a word
refers to a fuller name only where the text writes that name after a royal title too ("Crown Prince Mohammed bin Salman
… Prince Mohammed said"), and the index joins it to no one: it stays the titled mononym. Sir, Dame (titledgiven.py) and
the peerage (fullnames.peer) keep their own rules. Pure.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from briefgen.analyse.lexicon import ROYAL_TITLES

# The titles whose holder is called by one regnal or given name: a royal's (lexicon.ROYAL_TITLES) and a pope's.
# (Sultan, Emir and Sheikh are read as words of the name by names.py: "Sultan Ibrahim" is the whole name.)
REGNAL = ROYAL_TITLES | frozenset({"pope"})
_BEFORE = re.compile(rf"(?<![\w'\u2019\-])(?:{'|'.join(sorted(w.capitalize() for w in REGNAL))})[ \t]+$")


def regnal_title(title: str) -> bool:
    """Whether a title as names.py reads it ("King", "Crown Prince", "Jordan's King") ends in a royal's or a pope's
    word (`REGNAL`, any case)."""
    return title[title.rfind(" ") + 1:].lower() in REGNAL


def regnal_before(text: str, start: int) -> bool:
    """Whether a capitalised royal's or pope's title word stands right before offset `start` of `text` ("King |Abdullah")."""
    return _BEFORE.search(text, max(0, start - 16), start) is not None


def styled_before(text: str, full: str, end: int) -> bool:
    """Whether `text` writes the name `full` right after a royal's or a pope's title word before offset `end`
    ("King Abdullah II", "Crown Prince Mohammed bin Salman"): then a regnal word alone later may be that person."""
    pattern = re.compile(rf"(?<![\w'\u2019\-])(?:{'|'.join(sorted(w.capitalize() for w in REGNAL))})[ \t]+{re.escape(full)}(?![\w'\u2019\-])")
    return pattern.search(text, 0, end) is not None


def regnal_fulls(occurrences: Iterable[object], person: str = "person") -> frozenset[str]:
    """The one-word full names of people some mention writes alone after a royal's or a pope's title (`NameMention.title`,
    kept for the index by alonenames.py): regnal names, which the name index joins to no one else. `occurrences`:
    names.Occurrence values."""
    return frozenset(m.full for o in occurrences if (m := o.mention).kind == person  # type: ignore[attr-defined]
                     and " " not in m.full and m.surface == m.full and m.title and regnal_title(m.title))


def without_regnal(fulls: dict[str, str], occurrences: Iterable[object]) -> dict[str, str]:
    """`fulls` (full name -> kind, NameIndex.build's) without the regnal names of `occurrences` (`regnal_fulls`): the
    names lonenames.lone_surnames may join to a person named in full by that word ("King Abdullah": no one)."""
    regnal = regnal_fulls(occurrences)
    return {full: kind for full, kind in fulls.items() if full not in regnal} if regnal else fulls

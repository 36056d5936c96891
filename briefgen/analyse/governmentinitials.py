"""Where a government's initials in capitals ("PM", "FM", "DPM", "VP": titlewords.GOVERNMENT_INITIALS) are no title
(BR38, 2026-12-07).

    initials_title(["VP", "Records"], ["vp", "records"], 0)        # -> False: a record label, "VP Records"
    initials_title(["PM", "Tuesday", "Tom"], ["pm", "tuesday", "tom"], 0)  # -> False: "by 11 PM Tuesday Tom Harris"
    initials_title(["PM", "Chính"], ["pm", "chính"], 0)            # -> True

FX65 made them titles before a name (T25 F4: "PM Chính said" was a person "PM Chính"). The same capitals are a clock's
("11 PM Tuesday": a weekday or a month after them) and open a firm's name ("VP Records", a label: the name's one word
after them is a company's head word, lexicon.ORG_HEADS, COMPANY_HEADS or nameruns.MORE_ORG_HEADS). There they are no
title: "VP Records" is read whole as before FX65, and "PM" before a day is dropped with the day (runparts.parts reads
"Tom Harris" after it). A number before the initials ("At 10 PM Chính arrived") is outside the run: not read here.
"""
from __future__ import annotations

from collections.abc import Sequence

from briefgen.analyse.lexicon import COMPANY_HEADS, GIVEN_NAME_MONTHS, MONTHS_DAYS, ORG_HEADS
from briefgen.analyse.titlewords import GOVERNMENT_INITIALS

_FIRM_HEADS = frozenset("records studios pictures films productions entertainment music games media".split())


def initials_title(tokens: Sequence[str], lowered: Sequence[str], i: int) -> bool:
    """Whether tokens[i], initials in capitals, is a title where it stands (module docstring): True for any initials
    but `GOVERNMENT_INITIALS` before a weekday or a month (not a month that is a given name last: "PM May"), or before one last word that heads a firm's name."""
    if lowered[i] not in GOVERNMENT_INITIALS or i + 1 >= len(lowered):
        return True
    after = lowered[i + 1]
    last = i + 2 == len(lowered)  # ("PM May said": a name, lexicon.GIVEN_NAME_MONTHS)
    return not (after in MONTHS_DAYS and not (last and after in GIVEN_NAME_MONTHS) or last and (after in ORG_HEADS or after in COMPANY_HEADS
                                                                     or after in _FIRM_HEADS))

"""Where an article names the people who wrote and edited it rather than the people of the news (issue 9, People).

    from briefgen.analyse.bylines import staff_spans
    staff_spans("… 28 days. (Reporting by Aditi Rao; Editing by Kirsten Donovan)")   # -> ((11, 63),)

Wire copy ends by crediting its staff, and those names are not the story's:
- Reuters' bracketed sign-off: "(Reporting by Aditi Rao in Bengaluru; Editing by Kirsten Donovan)", also
  "(Additional reporting by …; Writing by …; Compiled by …)" — a bracket that opens with such a credit;
- the closing sentence of AP and most American papers: "Associated Press writer Jane Doe in Boise contributed
  to this report.", "Reuters' Jane Doe contributed reporting.", "… contributed to this story."
The fifth trial (tests/stories/takeover/, the British business press) listed a Reuters reporter and her editor,
each named in two sign-offs, on its People page. names.py finds no name inside these spans.
"""
from __future__ import annotations

import re

# The credit words a sign-off opens with (after "Additional" or "Further"), each followed by "by".
_CREDITS = r"(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Cc]ompiling|[Rr]esearch|[Gg]raphics)"
_SIGN_OFF = re.compile(r"\((?:(?:[Aa]dditional|[Ff]urther)[ \t]+)?%s(?:[ \t]+and[ \t]+\w+)?[ \t]+by[ \t][^()\n]{0,400}\)"
                       % _CREDITS)
_CONTRIBUTED = re.compile(r"[^.!?\n]{1,300}\bcontributed[ \t]+(?:reporting|to[ \t]+this[ \t]+(?:report|story|article))"
                          r"[^.!?\n]{0,40}[.!?]?")


def staff_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) offsets into `text` of its staff credits: a bracketed sign-off and a sentence saying who
    "contributed to this report" (module docstring); () when there are none. A contributed sentence starts after
    the sentence before it."""
    spans: list[tuple[int, int]] = []
    if " by " in text or " by\t" in text:
        spans += [m.span() for m in _SIGN_OFF.finditer(text)]
    if "contributed" in text:
        spans += [(m.start() + len(m.group()) - len(m.group().lstrip()), m.end()) for m in _CONTRIBUTED.finditer(text)]
    return tuple(sorted(spans))


def inside(spans: tuple[tuple[int, int], ...], at: int) -> bool:
    """Whether offset `at` falls in one of `spans` (few: a linear scan)."""
    return any(start <= at < end for start, end in spans)


__all__ = ["staff_spans", "inside"]

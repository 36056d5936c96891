"""A wire's sign-off closing an article: "— AFP", "(Reuters)", "— Reuters/AFP", "-- dpa", "AFP contributed to this
report", "With AFP", "Additional reporting by Reuters" — the paper prints the agency's copy, or re-tells it, and says
so at the end, where the credits of the lead (credits.detect_credits over storyfeatures.CREDIT_CHARS) never look.

Takes an article's plain text (or its HTML: tags are read as line ends) and the outlets a site's credits know
(`canonical`: bare name → outlet name, credits.CreditFinder.canonical); gives (outlet, cue, offset) for each outlet of
a sign-off (`signoff_credits`). A sign-off is the text's last line, or what follows a dash after its last sentence's
end mark ("… in January. — AFP"), and it is one of:

- a dash (—, –, "--") or brackets around outlets alone: "— AFP", "(Reuters)", "— Reuters/AFP", "(AFP, Reuters)";
- "With" and outlets ("With AFP", "— With Reuters and AFP"), outlets and "contributed (reporting) to this report"
  (article, story, reporting), or "(Additional) reporting by" and outlets: "AFP contributed to this report".

Every name in it must be an outlet `canonical` knows (known outlets, the site's and their short forms, as
`outletkeys.bare` compares them): a writer's "— Liang Wenjie" (adds_signoff.py) or "Reporting by Amina Hassan"
credits nobody, and "— AFP and Amina Hassan" nobody either (a sign-off is read whole or not at all).

The T23 trial (2026-12-07): The Nairobi Courier's print of AFP's Ankara copy, its dateline's agency removed and "— AFP"
as its last line, was read as an independent report.
"""
from __future__ import annotations

import re
from typing import Mapping

from briefgen.analyse.outletkeys import bare

_TAGS = re.compile(r"<[^>]*>")
_NAMES = r"(?P<names>[^\n()]{2,80}?)"
_FORMS = (
    re.compile(rf"(?:—|–|--)\s*(?:[Ww]ith\s+)?{_NAMES}\s*"),
    re.compile(rf"\(\s*(?:[Ww]ith\s+)?{_NAMES}\s*\)"),
    re.compile(rf"[Ww]ith\s+{_NAMES}\.?"),
    re.compile(rf"(?:[Aa]dditional\s+)?[Rr]eporting\s+(?:by|from)\s+{_NAMES}\.?"),
    re.compile(rf"{_NAMES}\s+contributed\s+(?:reporting\s+)?to\s+this\s+(?:report|article|story)\.?"),
)
# A dash after the last sentence's end mark, then the sign-off to the line's end ("… in January. — AFP")
_AFTER_SENTENCE = re.compile(r"(?<=[.!?\"\u201d\u2019])\s+(?P<signoff>(?:—|–|--)\s*[^\n—–]{2,60})$")
_JOINS = re.compile(r"\s*(?:/|,|&|\band\b)\s*")


def signoff_credits(text: str, canonical: Mapping[str, str]) -> list[tuple[str, str, int]]:
    """The outlets `text`'s closing sign-off credits (module docstring), as (outlet name from `canonical`, the
    sign-off's words from its offset, its offset in `text`: the sign-off's for the first outlet, its name's for the
    others), in their order; [] when the text closes with none."""
    tail_at = max(0, len(text) - 400)
    tail = text[tail_at:]
    if "<" in tail:
        tail = _TAGS.sub(lambda tag: "\n" + " " * (len(tag.group(0)) - 1), tail)  # (offsets kept)
    last = len(tail.rstrip()) - 1  # (the last line holding more than white space: the one its last such character is on)
    if last < 0:
        return []
    at = tail.rfind("\n", 0, last) + 1
    line = tail[at:tail.find("\n", last) % (len(tail) + 1)]
    stripped = line.strip()
    at += line.index(stripped[:1])
    dashed = "\u2014" in stripped or "\u2013" in stripped or "--" in stripped  # (what a dash's form needs)
    after = _AFTER_SENTENCE.search(stripped) if dashed else None
    if after is not None:  # ("… in January. — AFP": the sign-off only)
        at, stripped = at + after.start("signoff"), after.group("signoff").strip()
    if not (dashed or stripped[:1] in "(WwAaRr" or "contributed" in stripped):
        return []  # (most texts: a last line that opens with no form's first word and holds no dash nor "contributed")
    for form in _FORMS:
        found = form.fullmatch(stripped)
        if found is None:
            continue
        names = [name.strip().rstrip(".") for name in _JOINS.split(found.group("names")) if name.strip()]
        outlets = [canonical.get(bare(name)) for name in names]
        if not outlets or not all(outlets):
            return []
        credits, seen, pos = [], set(), found.start("names")
        for name, outlet in zip(names, outlets):  # (the first at the sign-off, the others at their names: one credit
            pos = stripped.index(name, pos)  # an offset, credits.py; each cue the sign-off's words from there)
            if outlet not in seen:
                start = 0 if not seen else pos
                seen.add(outlet)
                credits.append((outlet, stripped[start:], tail_at + at + start))  # type: ignore[arg-type]
        return credits
    return []

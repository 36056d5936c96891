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
    tail = _TAGS.sub(lambda tag: "\n" + " " * (len(tag.group(0)) - 1), text[tail_at:])  # (offsets kept)
    lines = [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]+", tail) if m.group(0).strip()]
    if not lines:
        return []
    at, line = lines[-1]
    stripped = line.strip()
    at += line.index(stripped[:1])
    after = _AFTER_SENTENCE.search(stripped)
    if after is not None:  # ("… in January. — AFP": the sign-off only)
        at, stripped = at + after.start("signoff"), after.group("signoff").strip()
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

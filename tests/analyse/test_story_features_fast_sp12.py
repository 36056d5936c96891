"""The story features' speed-ups of 2026-12-07 (evening, SP12) give what the forms they replaced give (hypothesis).

Each rewritten function is compared here with its form before, kept as the reference, on drawn texts made of the
words and marks its rules read (docs/log/performance.md, "Session of 2026-12-07, evening: the story features (SP12)").
"""
from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.credits import credit_finder
from briefgen.analyse.outletkeys import bare
from briefgen.analyse.signoffcredits import _AFTER_SENTENCE, _FORMS, _JOINS, _TAGS, signoff_credits

SETTINGS = settings(max_examples=examples(600), deadline=None, suppress_health_check=[HealthCheck.too_slow])
CANONICAL = credit_finder(("Kestle Courier", "Baltic Wire")).canonical


def signoff_before(text, canonical):  # type: ignore[no-untyped-def]
    """signoffcredits.signoff_credits as it was before SP12 (every line of the tail listed, every form tried)."""
    tail_at = max(0, len(text) - 400)
    tail = _TAGS.sub(lambda tag: "\n" + " " * (len(tag.group(0)) - 1), text[tail_at:])
    lines = [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]+", tail) if m.group(0).strip()]
    if not lines:
        return []
    at, line = lines[-1]
    stripped = line.strip()
    at += line.index(stripped[:1])
    after = _AFTER_SENTENCE.search(stripped)
    if after is not None:
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
        for name, outlet in zip(names, outlets):
            pos = stripped.index(name, pos)
            if outlet not in seen:
                start = 0 if not seen else pos
                seen.add(outlet)
                credits.append((outlet, stripped[start:], tail_at + at + start))
        return credits
    return []


# The pieces of a closing line: the forms' words and marks, outlets (known, the site's, a writer), sentence ends,
# tags, and the white space str.strip reads that no line break is ("\r", "\x0b", "\x85", "\u2028")
SIGNOFF_PIECES = ["—", "–", "--", "-", "(", ")", "With", "with", "Additional", "additional", "reporting", "Reporting",
                  "by", "from", "contributed", "to", "this", "report", "article", "story", "AFP", "Reuters", "dpa",
                  "Kestle Courier", "Baltic Wire", "Amina Hassan", "and", ",", "/", "&", ".", "!", "”", "in January",
                  "The minister resigned.", "<p>", "</p>", "<br/>", "<", ">", " ", "  ", "\n", "\n\n", "\r", "\t",
                  "\x0b", "\x85", "\u2028", "\u00a0", "x" * 150, "A long sentence that fills the tail " * 4]


# A sign-off of each form, with known outlets, the site's, or a writer among them
FORMS = ["— {}", "– {}", "-- {}", "- {}", "({})", "— With {}", "({} )", "With {}", "with {}.", "Additional reporting by {}",
         "additional reporting from {}.", "Reporting by {}", "reporting from {}", "{} contributed to this report.",
         "{} contributed reporting to this story", "{} contributed to this article", "{}"]
OUTLETS = ["AFP", "Reuters", "dpa", "Kestle Courier", "Baltic Wire", "Amina Hassan", "AP"]


@st.composite
def closings(draw: st.DrawFn) -> str:
    names = draw(st.lists(st.sampled_from(OUTLETS), min_size=1, max_size=3))
    joined = draw(st.sampled_from([" and ", ", ", "/", " & "])).join(names)
    before = draw(st.lists(st.sampled_from(SIGNOFF_PIECES), max_size=10).map(" ".join))
    between = draw(st.sampled_from(["\n", "\n\n", " ", ". ", ".  ", "\n<p>", "</p>\n", "\r\n", "\u2028"]))
    after = draw(st.lists(st.sampled_from([" ", "\n", "\t", "</p>", "\x85", "\u2028", "."]), max_size=3).map("".join))
    return before + between + draw(st.sampled_from(FORMS)).format(joined) + after


@SETTINGS
@given(st.one_of(closings(), st.lists(st.sampled_from(SIGNOFF_PIECES), max_size=24).map(" ".join)),
       st.lists(st.sampled_from(SIGNOFF_PIECES), max_size=24).map("".join))
@example("The minister resigned on Monday.\n\n— AFP", "")
@example("The minister resigned on Monday. — Reuters/AFP\n\u2028 \n", "")
@example("x" * 395 + "with AFP", "")
@example("Story.\n<p>Additional reporting by Reuters</p>\n", "")
@example("Story.\n\nAFP contributed to this report.", "")
@example("Story.\n\n(AFP)", "")
@example("Story.\n\nadditional reporting by Reuters", "")
@example("Story.\n\nwith Kestle Courier.", "")
@example("Story.\n\nWith AFP and Baltic Wire", "")
@example("Story.\n\n-- AFP", "")
@example("The minister resigned. -- dpa", "")
@example("Story.\n\nReporting by Reuters and Kestle Courier", "")
@example("Story.\n\n– Baltic Wire", "")
def test_signoff_credits_as_before(spaced: str, glued: str) -> None:
    for text in (spaced, glued, spaced + glued, glued + spaced):
        assert signoff_credits(text, CANONICAL) == signoff_before(text, CANONICAL), text

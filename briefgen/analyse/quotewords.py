"""“In X's words, …”: a source named by the words it is quoted in, read as the frames read "X said," (issue 9, T12,
2026-12-06).

    as_said(masked)   # "In Takeda’s words, “…”" -> "   Takeda said,    “…”" (same length: offsets hold)

A tester's briefing quoted the engineer Takeda Haruki 'In Takeda's words, "we did not tune it for a crater wall"' and
the quotation had no speaker: no frame reads "in X's words" (quoteframes.py reads speech verbs and "according to X").
The phrase names whose words the quotation is, as "according to X" does. Where it stands right before a quotation's
opening mark (only a comma and spaces between), it is rewritten in the copy of the text the frames read (quotes.py's
masked text, quotemask.masked_text; the same length, so every offset and the names as written hold) as a frame the rules know:
- "In <Name>'s words," / "In <Name>'s own words," (a name of one to four capitalised words, particles allowed) →
  "<Name> said," — the name as written, which the frames then read to a full name or a surname as any "X said";
- "In the words of <Name>," → "according to <Name>,";
- "In his/her (own) words," opening a sentence → "he/she said,": a pronoun, read as the frames read "he said".
Lower-case "in" mid-sentence too ("…, in Takeda's words, “…”"), but not with a pronoun: "Anna Berg insisted the money
had been, in her words, “well spent”" is the sentence's subject's by its own frame (rewritten, "she said" made it
no one's: BR8's inputs, 2026-12-06). "In their words" (a group, or one whose sex is not
said: the pronoun rules read no "they" as one person) and a phrase not before a quotation are left as they are.
"""
from __future__ import annotations

import re

from briefgen.analyse.capitals import CAPITAL

_NAME = rf"{CAPITAL}[\w\u2019'\-]*(?:[ \t]+(?:(?:de|van|von|der|den|ter|ten|al|bin|da|di|le|la)[ \t]+)*{CAPITAL}[\w\u2019'\-]*){{0,3}}"
# (quotemask.masked_text masks a quotation and its marks with MASK, "\x1a", before it calls `as_said`; not imported
# from there: quotemask imports this module)
_OPENING = "\u201c\u2018\"'\u00ab\u201e\x1a"
_WORDS_OF = re.compile(rf"(?<![\w\u2019'\-])(?P<in>[Ii]n[ \t]+)(?:(?P<the>the[ \t]+words[ \t]+of[ \t]+)(?P<np>{_NAME})"
                       rf"|(?P<name>{_NAME})(?P<s>['\u2019]s(?:[ \t]+own)?[ \t]+words)"
                       rf"|(?P<pronoun>his|her)(?P<own>(?:[ \t]+own)?[ \t]+words)),(?=[ \t]*[{_OPENING}])")


def _said(match: re.Match[str]) -> str:
    """The frame `match` is rewritten as, of its length (module docstring)."""
    whole = match.group()
    if match.group("the"):
        head = "according to "
        rest = whole[len(match.group("in")) + len(match.group("the")):]
        return head + " " * (len(whole) - len(head) - len(rest)) + rest
    if match.group("name"):
        said = match.group("name") + " said,"
        return " " * len(match.group("in")) + said + " " * (len(whole) - len(match.group("in")) - len(said))
    if match.group("in")[0] == "i":
        return whole  # "… had been, in her words, “…”": the sentence's own frame reads it (BR8's "Anna Berg insisted …")
    pronoun = {"his": "he", "her": "she"}[match.group("pronoun")]
    said = f"{pronoun} said,"
    return " " * len(match.group("in")) + said + " " * (len(whole) - len(match.group("in")) - len(said))


def as_said(masked: str) -> str:
    """`masked` (the text the frames read) with each "in X's words," before a quotation as "X said," (module
    docstring); the same length."""
    if "words" not in masked:
        return masked
    return _WORDS_OF.sub(_said, masked)

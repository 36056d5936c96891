"""Press-release and agency boilerplate: sentences that belong to no report's news (compare.py, 2026-12-05).

A trial's story pages (tests/stories/ferry, 2026-12-05) listed "Ends", "Notes to editors: Northsound Ferries operates
lifeline services …" and "This report was supplied by Reuters." as what a report adds, and a press release's notes to
editors stood in a row of "What some of the reports say" beside a fact they only repeat. Such lines are the
publisher's wrapping, not the report:
- an end mark, a paragraph of its own: "Ends", "ENDS", "- ends -", "-30-", "###", "# # #", "END";
- what follows an end mark, and a block of notes that opens "Notes to editors", "Note to editors", "Notes for
  editors", "Editor's notes", "For further information", "For more information", "Media contact(s)", "Press
  contact(s)", "Media enquiries" or "About <a name>" (a heading of at most six words, or "About X:"), with all after it;
- a supply or copyright line: "This report was supplied by Reuters.", "This article was provided by …", "This story
  first appeared in …", "Republished with permission …", "© Reuters 2026", "Copyright … All rights reserved.",
  "Distributed by …".
- a disclosure of how the text was made (2026-12-05, an airport trial's AI-assisted digest listed "This summary was
  produced with the help of AI tools and checked by an editor." as what it adds): "This summary/article/… was
  produced/written/generated/created/prepared with the help of AI/artificial intelligence …", "… using AI tools …",
  "AI was used to write this summary", "This is an AI-generated summary …". The article's `ai_assisted:` label is the site's way of
  saying so; the sentence adds no news.
`boilerplate(sentences)` gives their indices. Staff credits ("(Reporting by …)") are bylines.py's. An editor's note
inside a report ("Editor's note: this article was updated …") is the report's, not boilerplate.
"""
from __future__ import annotations

import re
from typing import Sequence

_END_MARK = re.compile(r"\W*(?:ends?|end\s+of\s+(?:release|statement)|-\s*30\s*-|#\s*#\s*#)\W*", re.IGNORECASE)
_NOTES = re.compile(r"(?:notes?\s+(?:to|for)\s+editors?|editors?[\u2019']?\s*notes|for\s+(?:further|more)\s+"
                    r"information|(?:media|press)\s+(?:contacts?|enquiries|inquiries|office)|about\s+[A-Z][^.!?:]{0,60}:)",
                    re.IGNORECASE)
_ABOUT_HEADING = re.compile(r"About\s+[A-Z][\w\u2019'&.-]*(?:\s+[\w\u2019'&.-]+){0,5}")
_SUPPLY = re.compile(r"\W*(?:this\s+(?:report|article|story|piece|content)\s+(?:was|is|has\s+been)\s+(?:supplied|"
                     r"provided|syndicated|distributed|republished|reproduced|first\s+published|originally\s+"
                     r"published)|this\s+(?:report|article|story|piece)\s+(?:first|originally)\s+appeared|"
                     r"republished\s+with\s+permission|reproduced\s+with\s+permission|distributed\s+by\s|"
                     r"(?:\u00a9|copyright\b)[^.]{0,80}(?:all\s+rights\s+reserved|\d{4}))", re.IGNORECASE)
_AI = r"(?:AI|A\.I\.|artificial\s+intelligence|(?:a\s+)?(?:large\s+)?language\s+models?|generative\s+AI)"
_MADE_BY = re.compile(
    rf"\W*(?:this\s+(?:\w+\s+){{0,2}}(?:summary|article|story|report|piece|digest|text|content|briefing|round-?up)\s+"
    rf"(?:was|is|has\s+been)\s+(?:\w+\s+)?(?:produced|written|generated|created|prepared|drafted|compiled|summari[sz]ed|"
    rf"translated)\s+(?:\w+\s+){{0,6}}?(?:with|by|using)\s+(?:the\s+(?:help|assistance|aid)\s+of\s+)?(?:\w+\s+){{0,2}}"
    rf"{_AI}|{_AI}\s+(?:tools?\s+)?(?:was|were)\s+used\s+to\s+(?:produce|write|generate|create|prepare|draft|summari[sz]e)"
    rf"\s+this\s+(?:\w+\s+){{0,2}}(?:summary|article|story|report|piece|digest|text|briefing|round-?up)\b|"
    rf"this\s+is\s+an?\s+{_AI}-(?:generated|assisted|written)\b)", re.IGNORECASE)


def boilerplate(sentences: Sequence[str]) -> frozenset[int]:
    """The indices of the press-release and agency boilerplate among a report's sentences, in order (module
    docstring): end marks and everything after the first, notes to editors and everything after them, supply,
    copyright and made-with-AI lines."""
    found: set[int] = set()
    for i, sentence in enumerate(sentences):
        text = sentence.strip()
        if _END_MARK.fullmatch(text) or _NOTES.match(text) or (i and _ABOUT_HEADING.fullmatch(text)):
            found.update(range(i, len(sentences)))
            break
        if _SUPPLY.match(text) or _MADE_BY.match(text):
            found.add(i)
    return frozenset(found)

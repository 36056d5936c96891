"""An editor's aside in an article's body: a paragraph that is the editor's word to the reader, not the report's.

A tester's Kenyan briefing (T21, FX42, 2026-12-07) imported a report whose first paragraph was "[Editor: the figures
below were corrected on 12 May.]": the story page listed it among what the outlet's report adds, and listings showed
it as the article's summary, the outlet's words. Such a paragraph is an editor's note to the reader; the story page
shows it as one (site/stories.comparison_view) and the comparison (analyse.compare) and the summary
(documents.summarise) leave it out of the report's words.

A paragraph is an aside when it is, whole, one of
- a label in square brackets or parentheses: "[Editor: …]", "[Editor's note: …]", "[Ed. note: …]", "[Ed.: …]",
  "[Editors' note – …]", "(Editor's note: …)", "(Note from the editor: …)";
- a note's label opening it: "Editor's note: …", "EDITOR'S NOTE — …" (the AP's), "Editors' note: …", "Ed. note: …",
  "Editorial note: …", "Note from the editor: …", "A note from the editors: …".
The label is followed by a colon or a dash. "Editor: Jane Wanjiru" without brackets is a masthead's credit, no aside
(a label needs "note" unless bracketed), and a sentence of the news that names an editor ("The paper's editor said
…") has no label. The words of the aside are what follows the label, without the brackets.
"""
from __future__ import annotations

import re

_APOSTROPHE = "['\u2019]"
# "Editor's note", "Editors' note", "Editor's Note", "Ed. note", "Ed note", "Editorial note", "(A) note from the editor(s)"
_NOTE = (rf"(?:editor(?:{_APOSTROPHE}s|s{_APOSTROPHE}|s)?|ed\.?|editorial)\s+note"
         r"|(?:a\s+)?note\s+from\s+the\s+editors?")
# In brackets the editor's word alone is a label too: "[Editor: …]", "[Ed.: …]", "[Eds: …]"
_BRACKETED_LABEL = rf"(?:{_NOTE}|editors?|eds?\.?)"
_SEP = r"\s*(?::|\s[\u2014\u2013-]+|[\u2014\u2013])\s*"
_ASIDE = re.compile(
    rf"\[\s*(?:{_BRACKETED_LABEL}){_SEP}(?P<square>[^\[\]]*\S)\s*\]"
    rf"|\(\s*(?:{_BRACKETED_LABEL}){_SEP}(?P<round>(?:[^()]|\([^()]*\))*\S)\s*\)"
    rf"|(?:{_NOTE}){_SEP}(?P<bare>\S.*)", re.IGNORECASE | re.DOTALL)


def editor_aside(paragraph: str) -> str | None:
    """The words of the editor's aside that `paragraph` (plain text, one paragraph) is, whole, without its label and
    brackets (module docstring): "[Editor: the figures below were corrected on 12 May.]" → "the figures below were
    corrected on 12 May."; None when it is no aside ("Editor: Jane Wanjiru", a news sentence)."""
    text = paragraph.strip().rstrip(".").strip() if paragraph.strip().endswith(("].", ").")) else paragraph.strip()
    match = _ASIDE.fullmatch(text)
    if match is None:
        return None
    words = next(g for g in match.group("square", "round", "bare") if g is not None).strip()
    return words or None

"""Editor notes' kinds and how each is labelled on pages and in feeds (SPEC.md: editor notes)."""
from __future__ import annotations

import re

# Note kinds and how each is labelled on pages and in feeds (SPEC.md: editor notes), in display order.
NOTE_KINDS = {"context": "Context", "why-it-matters": "Why it matters", "what-to-watch": "What to watch",
              "correction": "Correction"}
_LABEL_END = re.compile(r"(?!\w)")  # a kind's label opening a title: not a word that only starts like it


def note_label(kind: str, title: str) -> str:
    """The label a note's title is shown after in feeds ("What to watch: …"), or "" when the title opens with
    it already ("What to watch: the hearing", "CORRECTION — …", "Correction", "What to watch. The …", "What to
    watch the vote"), so that a feed reader never shows "What to watch: What to watch: …" (trials, 2026-12-04). A
    title whose first word only starts like the label's last ("Contexts", "Corrections") keeps it. An unknown kind
    is its own label."""
    label = NOTE_KINDS.get(kind, kind)
    head = title.lstrip()
    if head[:len(label)].casefold() == label.casefold() and _LABEL_END.match(head, len(label)):
        return ""
    return label



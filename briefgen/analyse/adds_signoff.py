"""A writer's sign-off at a paragraph's end ("… will not link to the site. — Liang Wenjie"): no sentence of the report
(compare.py, 2026-12-05).

Takes a report's sentences; gives them with a trailing sign-off split off as a sentence of its own (`signed_off`),
and which sentences are sign-offs (`sign_offs`), which compare.py matches with nothing and never counts as what a
report adds, as it does a press release's "Ends" (adds_boilerplate.py). A ransomware trial's story page
(tests/stories/ransom/, 2026-12-05) listed the Threat Notes blog's "As always, I have not downloaded the data and will
not link to the site. — Liang Wenjie" among what it adds: the writer's name after a dash looked like the page's own
"— Speaker" credit of a quotation. Rule: a dash (— or –) after a sentence's end mark, then one to four capitalised
words and nothing else, ends a paragraph's last sentence: that is a sign-off.
"""
from __future__ import annotations

import re
from typing import Sequence

from briefgen.analyse.capitals import CAPITAL

_SIGN_OFF = re.compile(rf"(?<=[.!?\"\u201d\u2019])\s+(?P<name>[\u2014\u2013]\s*{CAPITAL}[\w'\u2019.-]*"
                       rf"(?:\s+{CAPITAL}[\w'\u2019.-]*){{0,3}})$")
_ALONE = re.compile(rf"[\u2014\u2013]\s*{CAPITAL}[\w'\u2019.-]*(?:\s+{CAPITAL}[\w'\u2019.-]*){{0,3}}")


def signed_off(sentences: tuple[str, ...]) -> tuple[str, ...]:
    """`sentences` (a paragraph's) with a sign-off ending the last one split off as a sentence of its own."""
    if not sentences or "\u2014" not in sentences[-1] and "\u2013" not in sentences[-1]:
        return sentences
    found = _SIGN_OFF.search(sentences[-1])
    if found is None:
        return sentences
    return (*sentences[:-1], sentences[-1][:found.start()].rstrip(), found.group("name"))


def sign_offs(sentences: Sequence[str]) -> frozenset[int]:
    """The indices of `sentences` that are a sign-off alone ("— Liang Wenjie")."""
    return frozenset(i for i, sentence in enumerate(sentences) if sentence[:1] in "\u2014\u2013" and _ALONE.fullmatch(
        sentence))

"""Which of python-markdown's inline patterns and block processors a body can need, by what it holds.

python-markdown tries every inline pattern on every text node and every block processor's
test on every block; a pattern or processor whose trigger the source lacks cannot act, and
an instance without it gives the same HTML faster (markup.MarkdownRenderer keeps one
instance per set: a site uses a handful). Proven equal by tests/load/test_markdown_lean.py.
"""
from __future__ import annotations

import re
from typing import Any

from briefgen.load.extensions import KNOWN_HTML, builtin_name

# Inline patterns that cannot match unless their trigger occurs in the source. Leaving
# them out for such a document gives the same HTML: python-markdown tries every pattern
# on every text node, and skipping the impossible ones makes a typical article ~40 %
# faster to convert. (Reference links also need a `[id]: url` definition, hence "]:".)
TRIGGERS = {
    "backtick": ("`",), "escape": ("\\",), "image_link": ("![",),
    "linebreak": ("  \n", "  \r", "\t"),  # two spaces ending a line; a tab may expand to them
    "backslash_break": ("\\\n", "\\\r"),  # a backslash ending a line (load/mdbreaks.py)
    "strikethrough": ("~~",),  # load/mdstrike.py
    "autolink": ("<",), "automail": ("<",), "html": ("<",), "entity": ("&",),
    "reference": ("]:",), "image_reference": ("]:",), "short_reference": ("]:",),
    "short_image_ref": ("]:",), "footnote": ("[^",), "link": ("[",),
    "not_strong": ("*", "_"), "em_strong": ("*", "_"), "em_strong2": ("_",),  # em_strong: both in 3.11
}


# Block processors likewise (python-markdown's names): each needs its trigger somewhere in the
# source, at any depth of quotes and lists (whose prefixes the parser strips from line starts,
# so a trigger is never assumed at a line's start). A heading by underline and a rule end
# their line with their marks; `\r` ends a line too (python-markdown reads it as `\n`). The
# tests of the block processors on every block were ~4 % of a cold build's CPU (py-spy, 10,000
# articles), and prose rarely holds any trigger but a hyphen.
BLOCK_TRIGGERS: dict[str, tuple[str, ...] | re.Pattern[str]] = {
    "hashheader": ("#",), "quote": (">",), "table": ("|",), "footnote": ("[^",), "reference": ("]:",),
    # White space other than a line end, of any kind: a footnote's text is trimmed of it (U+00A0, \f) first.
    "setextheader": re.compile(r"[=-][^\S\n\r]*(?:[\n\r]|$)"),
    "hr": re.compile(r"([-_*])[^\S\n\r]*\1[^\S\n\r]*\1[^\S\n\r]*(?:[\n\r]|$)"),
}
# Raw HTML moves its tags onto lines of their own before any block is read ("text\n  <div>" ends a
# line with two spaces, "<!-- c -->---" starts one with a rule): with a "<" in the body, what ends
# a line is not known from the source (found by a helper's trial, 2026-12-01).
LINE_END_TRIGGERED = frozenset({"linebreak", "backslash_break", "setextheader", "hr"})


# Each distinct trigger string once (several patterns share "<", "]:", "*", "_"): 63 -> 37 µs a body.
_STRINGS = tuple(sorted({t for triggers in (*TRIGGERS.values(), *BLOCK_TRIGGERS.values())
                         if not isinstance(triggers, re.Pattern) for t in triggers}))
_LINE_END_MARKS = ("-", "=", "_", "*")  # what the pattern triggers (a rule, an underline) end a line with


def unused_in(source: str) -> frozenset[str]:
    """The inline patterns and block processors (`TRIGGERS`, `BLOCK_TRIGGERS`) that cannot act on `source`.

    The two patterns (`setextheader`, `hr`) need a line whose last mark before white space is one of
    `_LINE_END_MARKS`: lines are looked at first (~7 µs a body, where the two searches took ~55), and the
    patterns searched only when one is (a body of prose has none: 0 of 500 of the benchmark corpus).
    """
    present = {t for t in _STRINGS if t in source}
    ends_in_mark = any(line.rstrip()[-1:] in _LINE_END_MARKS for line in source.splitlines())
    inline = (name for name, triggers in TRIGGERS.items() if present.isdisjoint(triggers))
    block = (name for name, trigger in BLOCK_TRIGGERS.items() if (
        not ends_in_mark or trigger.search(source) is None if isinstance(trigger, re.Pattern)
        else present.isdisjoint(trigger)))
    unused = frozenset((*inline, *block))
    return unused - LINE_END_TRIGGERED if "<" in source else unused


def lean_for(extensions: tuple[Any, ...]) -> bool:
    """Whether patterns and processors may be left out with these extensions (besides briefgen's):
    only when every one is python-markdown's own, since another's preprocessor may add text the
    source lacks (an include)."""
    return all(isinstance(e, str) and builtin_name(e) in KNOWN_HTML for e in extensions)

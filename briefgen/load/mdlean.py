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
# Preprocessors likewise: a fenced code block needs its fence (python-markdown's and the tab-holding pass of
# mdfences, which reads the same blocks); ~50 µs a body each, for the regex over the whole text.
# The raw-HTML block pass (html_block) runs html.parser over the whole text, which acts only at a "<" or
# an "&" (an entity is stashed as raw HTML); without either its lines come back as they went in.
PREPROCESSOR_TRIGGERS = {"fenced_code_block": ("```", "~~~"), "hold_fenced_tabs": ("```", "~~~"),
                         "html_block": ("<", "&")}
# Tree processors likewise: python-markdown's unescape pass restores the characters its escape pattern (and
# its backtick pattern's escaped backslash) held as STX + code point + ETX, which needs a "\\" in the source
# (the renderer's own STX and ETX are controls, replaced before conversion); it visits every element of a body.
TREEPROCESSOR_TRIGGERS = {"unescape": ("\\",)}
# Raw HTML moves its tags onto lines of their own before any block is read ("text\n  <div>" ends a
# line with two spaces, "<!-- c -->---" starts one with a rule): with a "<" in the body, what ends
# a line is not known from the source (found by a helper's trial, 2026-12-01).
LINE_END_TRIGGERED = frozenset({"linebreak", "backslash_break", "setextheader", "hr"})


# Each distinct trigger string once (several patterns share "<", "]:", "*", "_"): 63 -> 37 µs a body.
_STRINGS = tuple(sorted({t for triggers in (*TRIGGERS.values(), *BLOCK_TRIGGERS.values(),
                                                      *PREPROCESSOR_TRIGGERS.values(), *TREEPROCESSOR_TRIGGERS.values())
                         if not isinstance(triggers, re.Pattern) for t in triggers}))
_LINE_END_MARKS = ("-", "=", "_", "*")  # what the pattern triggers (a rule, an underline) end a line with


def unused_in(source: str) -> frozenset[str]:
    """The inline patterns, block processors, preprocessors and tree processors (`TRIGGERS`, `BLOCK_TRIGGERS`,
    `PREPROCESSOR_TRIGGERS`, `TREEPROCESSOR_TRIGGERS`) that cannot act on `source`.

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
    passes = (name for name, triggers in (*PREPROCESSOR_TRIGGERS.items(), *TREEPROCESSOR_TRIGGERS.items())
              if present.isdisjoint(triggers))
    unused = frozenset((*inline, *block, *passes))
    return unused - LINE_END_TRIGGERED if "<" in source else unused


def leave_out(md: Any, unused: frozenset[str]) -> None:
    """`md` without what `unused` (`unused_in`) names: inline patterns, block processors and preprocessors of those
    names, and tree processors only of `TREEPROCESSOR_TRIGGERS`' (python-markdown's footnotes extension names a
    tree processor as its inline pattern and block processor, "footnote")."""
    registries = (md.inlinePatterns, md.parser.blockprocessors, md.preprocessors)
    for registry, names in (*((registry, unused) for registry in registries),
                            (md.treeprocessors, unused & TREEPROCESSOR_TRIGGERS.keys())):
        for name in names:
            if name in registry:
                registry.deregister(name)


# Per block and per text node: what python-markdown's own processors and patterns cannot match
# without, in the very string they are given (their regular expressions' literals: a heading's "#",
# a code span's backtick, a link's "["). A document holding a trigger still has most blocks and
# text nodes without it, and these searches are slow (a leading look-behind or alternation keeps
# the regex engine from skipping to a literal): per 500 articles of the benchmark corpus, the
# backtick pattern 161 ms, the three "[" patterns 36 ms each, "~~" 39 ms, the heading and quote
# tests ~40 ms each, where `in` costs ~2 ms. Only the triggers the regex itself needs are here —
# not `TRIGGERS["reference"]`'s "]:", a definition needed elsewhere in the document.
BLOCK_NEEDS = {"hashheader": "#", "quote": ">", "table": "|", "footnote": "[^", "reference": "]:"}
NODE_NEEDS = {"backtick": ("`",), "reference": ("[",), "link": ("[",), "short_reference": ("[",),
              "strikethrough": ("~~",), "em_strong": ("*", "_")}


# The same regular expressions with a literal first, so that the engine skips to it (python-markdown 3.x's
# link patterns and backtick pattern open with a look-behind): a look-behind before a character is the same
# test as one after it that also looks at it ("[" not after "!": `\[(?<!\!\[)`). Same matches and groups
# at any position (tests/load/test_markdown_lean.py); per 500 benchmark articles, 48 -> 4 ms and 292 -> 50 ms.
FASTER = {r"(?<!\!)\[": r"\[(?<!\!\[)",
          r"(?:(?<!\\)((?:\\{2})+)(?=`+)|(?<!\\)`)": r"(?:(\\(?<!\\\\)\\(?:\\{2})*)(?=`+)|`(?<!\\`))"}


def gate(md: Any) -> None:
    """Give the block processors of `BLOCK_NEEDS` and the inline patterns of `NODE_NEEDS` in `md`
    a substring test before their own (and those patterns `FASTER`'s form of their regular expression):
    the same HTML (tests/load/test_markdown_lean.py), less work.
    Only python-markdown's and briefgen's own (an extension may register another under the name)."""
    blocks = md.parser.blockprocessors
    for name, needed in BLOCK_NEEDS.items():
        if name in blocks and _own(blocks[name]):
            test = blocks[name].test
            blocks[name].test = lambda parent, block, test=test, needed=needed: needed in block and test(parent, block)
    for name, needed_any in NODE_NEEDS.items():
        if name in md.inlinePatterns and _own(md.inlinePatterns[name]):
            pattern = md.inlinePatterns[name]
            own = pattern.compiled_re
            faster = FASTER.get(own.pattern)
            pattern.compiled_re = _Gated(own if faster is None else re.compile(faster, own.flags), needed_any)


def _own(processor: Any) -> bool:
    return type(processor).__module__.startswith(("markdown.", "briefgen."))


class _Gated:
    """A compiled pattern that is searched only in strings holding one of `needed` (python-markdown
    calls `finditer` for its inline processors, `match` for older patterns); anything else as the pattern."""

    __slots__ = ("_pattern", "_needed")

    def __init__(self, pattern: re.Pattern[str], needed: tuple[str, ...]) -> None:
        self._pattern, self._needed = pattern, needed

    def finditer(self, string: str, *bounds: int) -> Any:
        return self._pattern.finditer(string, *bounds) if any(n in string for n in self._needed) else iter(())

    def match(self, string: str, *bounds: int) -> re.Match[str] | None:
        return self._pattern.match(string, *bounds) if any(n in string for n in self._needed) else None

    def search(self, string: str, *bounds: int) -> re.Match[str] | None:
        return self._pattern.search(string, *bounds) if any(n in string for n in self._needed) else None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pattern, name)


def lean_for(extensions: tuple[Any, ...]) -> bool:
    """Whether patterns and processors may be left out with these extensions (besides briefgen's):
    only when every one is python-markdown's own, since another's preprocessor may add text the
    source lacks (an include)."""
    return all(isinstance(e, str) and builtin_name(e) in KNOWN_HTML for e in extensions)

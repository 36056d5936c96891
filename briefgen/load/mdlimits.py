"""Bounds on Markdown conversion, so that a hostile body costs bounded time and memory.

Three limits, each with a `path:line` diagnostic instead of a hang or a traceback
(measurements and the command that reproduces them: docs/log/performance.md, "Hostile input"):

- size: a body over MAX_BODY_CHARS characters is refused before conversion;
- nesting: python-markdown recurses once per level of lists and block quotes (`- - - … x`
  5,000 deep raised RecursionError; an indented list 300 deep took seconds first), and
  re-reads the rest of a line at each level. A pre-scan of the line prefixes (`>`, `-`,
  `*`, `+`, `1.` and indentation) refuses more than MAX_NESTING levels on a line, and
  more than NESTING_WORK for the sum of the lines' squared depths (lines of 32 levels,
  one after another, cost ~40 s per MB otherwise); a RecursionError that still happens
  is caught by the caller;
- work: python-markdown does quadratic work on some shapes — every block processor
  tests the rest of a block again after each heading/rule/definition it splits off,
  the link patterns scan from each `[` (and each `](`) to its partner or the end of the
  paragraph, and the HTML block pre-processor scans from each `<tag` to the next `>` or
  the end. A WorkMeter charged from inside those exact places (`meter_markdown`) stops
  a conversion that passes WORK_BUDGET; typical articles use well under 1 % of it.
"""
from __future__ import annotations

import re
from typing import Any, Callable

import markdown
from markdown.inlinepatterns import InlineProcessor, LinkInlineProcessor
from markdown.preprocessors import HtmlBlockPreprocessor

from briefgen.load.mdrawtails import TailExtractor

MAX_BODY_CHARS = 10_000_000  # 10 MB of text; the held 5 MB body converts in ~1.6 s
MAX_NESTING = 32  # levels of lists and block quotes; real articles use up to 4 or 5
NESTING_WORK = 1_000_000  # sum over lines of depth², ~1 µs each (a 32-deep line costs ~2 ms)
MAX_ELEMENTS = 300_000  # estimated HTML elements (table cells, list items, links, emphasis, lines)
WORK_BUDGET = 1_000_000_000  # units of about a nanosecond: a second of the quadratic kinds of work…
LINEAR_WORK = 200  # …on top of this much per character of the body (one ordinary pass uses ~50)
# Cost of one character, in those units, measured on the project machine (docs/log/performance.md):
_SCAN = 100  # a Python loop or backtracking regex stepping through it (link brackets, html.parser tags)
_SEARCH = 10  # a block processor's regex searching it for its construct
_COPY = 2  # copying it in C (the text rebuilt after each inline match)
_LINE = 100  # a line made a string of its own (tables' test splits the whole block)
_FOOTNOTE = 100  # footnote references look their footnote up in a list: per footnote defined

# Block processors whose test() scans the whole block (python-markdown 3.x, with our extensions).
# A block reaching the first of them reaches the others too unless one of them takes it:
# one charge at the first, for all of them, keeps the meter cheap (one call per block). A
# body's instance holds only those whose trigger it has (mdlean.BLOCK_TRIGGERS): the charge
# is at the first one present, and each that splits a block is among them (setext headings too).
_BLOCK_SCANS = ("table", "hashheader", "setextheader", "hr", "quote", "footnote", "reference")
_CONTAINERS = re.compile(r"([ \t]*)((?:(?:>[ \t]?|[-*+][ \t]+|\d{1,9}[.)][ \t]+)[ \t]*)+)")
_NESTED_CANDIDATE = re.compile(r"\n[ \t>*+\-0-9.)]{3}")  # depth 2 needs 3 characters; "\n" first: fast
_MARKER = re.compile(r">|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")


def check_body(source: str) -> list[tuple[int, str]]:
    """Problems that stop conversion, as (line within the body, 0-based; message)."""
    if len(source) > MAX_BODY_CHARS:
        return [(0, f"the body is {len(source) / 1e6:.1f} million characters; the limit is "
                    f"{MAX_BODY_CHARS / 1e6:.0f} million (split it into several articles)")]
    # python-markdown spends ~10 µs and ~1 kB per element it makes: bound them before it starts.
    elements = (source.count("|") + source.count("\n") + source.count("<") + source.count("[")
                + source.count("&") + (source.count("*") + source.count("_") + source.count("`")) // 2)
    if elements > MAX_ELEMENTS:
        return [(0, f"the body would make about {elements:,} HTML elements (table cells, list items, lines, "
                    f"links, emphasis); the limit is {MAX_ELEMENTS:,} (split it into several articles)")]
    work = 0
    for candidate in _NESTED_CANDIDATE.finditer("\n" + source):  # each level takes a character at least
        line_start = candidate.start()  # (the added "\n" and the match's own cancel out)
        line_end = source.find("\n", line_start)
        line = source[line_start:line_end if line_end != -1 else len(source)]
        match = _CONTAINERS.match(line)
        if match is None or _RULE.match(line):
            continue  # `- - - - -` is a horizontal rule, not nesting
        depth = len(match.group(1).expandtabs(4)) // 4 + len(_MARKER.findall(match.group(2)))
        if depth > MAX_NESTING:
            return [(source.count("\n", 0, line_start),
                     f"nesting too deep (limit {MAX_NESTING} levels of lists and quotes)")]
        work += depth * depth  # python-markdown re-reads a line's rest once per level
        if work > NESTING_WORK:
            return [(source.count("\n", 0, line_start),
                     "lists and quotes are nested too deeply too often to convert in reasonable time (the "
                     f"squares of the lines' nesting depths add up to more than {NESTING_WORK:,}); flatten "
                     "some of them")]
    return []


class TooMuchWork(Exception):
    """Raised from inside python-markdown when the meter passes its budget."""

    def __init__(self, snippet: str) -> None:
        super().__init__(snippet)
        self.snippet = snippet  # source text near the costly place, to find its line


class WorkMeter:
    """Counts the quadratic kinds of work of one conversion (see the module docstring)."""

    def __init__(self) -> None:
        self.budget = WORK_BUDGET
        self.used = 0

    def reset(self, source: str) -> None:
        """Start counting for the conversion of `source`."""
        self.budget = WORK_BUDGET + LINEAR_WORK * len(source)
        self.used = 0

    def charge(self, amount: int, text: str, at: int) -> None:
        self.used += amount
        if self.used > self.budget:
            raise TooMuchWork(text[max(0, at):at + 60])


def meter_markdown(md: markdown.Markdown, meter: WorkMeter) -> None:
    """Charge `meter` from the places in `md` where python-markdown's work can grow quadratically."""
    scanning = [name for name in _BLOCK_SCANS if name in md.parser.blockprocessors]
    if scanning:
        processor = md.parser.blockprocessors[scanning[0]]
        processor.test = _charged_test(processor.test, meter, len(scanning))
    for processor in md.inlinePatterns:
        if isinstance(processor, InlineProcessor):  # (old-style Patterns get no text to charge for)
            processor.handleMatch = _charged_match(processor.handleMatch, meter,
                                                   getattr(processor, "footnotes", None))
        if isinstance(processor, LinkInlineProcessor):
            processor.getText = _charged_scan(processor.getText, meter)
            processor.getLink = _charged_scan(processor.getLink, meter)
    if "html_block" in md.preprocessors and type(md.preprocessors["html_block"]) is HtmlBlockPreprocessor:
        md.preprocessors.register(_MeteredHtmlBlocks(md, meter), "html_block", 20)


def _charged_test(test: Callable[[Any, str], bool], meter: WorkMeter, scans: int) -> Callable[[Any, str], bool]:
    def charged(parent: Any, block: str) -> bool:
        meter.charge(len(block) * _SEARCH * scans + block.count("\n") * _LINE, block, 0)
        return test(parent, block)
    return charged


def _charged_match(handle: Callable[..., Any], meter: WorkMeter, footnotes: Any) -> Callable[..., Any]:
    """Each inline match makes python-markdown rebuild and search the rest of the text again
    (and a footnote reference looks its footnote up among all of them)."""
    def charged(match: Any, data: str) -> Any:
        defined = len(footnotes.footnotes) if footnotes is not None else 0  # (replaced on each reset)
        meter.charge(len(data) * _COPY + defined * _FOOTNOTE, data, match.start())
        return handle(match, data)
    return charged


def _charged_scan(scan: Callable[..., tuple], meter: WorkMeter) -> Callable[..., tuple]:
    """getText/getLink(data, index) return the index where their scan stopped (before the flag)."""
    def charged(data: str, index: int) -> tuple:
        result = scan(data, index)
        stopped = result[-2] if isinstance(result[-2], int) else len(data)
        meter.charge((max(stopped, index) - index + 1) * _SCAN, data, index)
        return result
    return charged


class _MeteredHtmlBlocks(HtmlBlockPreprocessor):
    """python-markdown's raw-HTML block pass, with each start-tag scan charged to the meter, and what
    follows a block on its line kept in place (`mdrawtails`)."""

    def __init__(self, md: markdown.Markdown, meter: WorkMeter) -> None:
        super().__init__(md)
        self.meter = meter

    def run(self, lines: list[str]) -> list[str]:
        source = "\n".join(lines)
        parser = TailExtractor(self.md)
        check = parser.check_for_whole_start_tag
        meter = self.meter

        def charged(i: int) -> int:
            end = check(i)
            meter.charge(((end if end > i else len(parser.rawdata)) - i) * _SCAN, parser.rawdata, i)
            return end

        parser.check_for_whole_start_tag = charged  # type: ignore[method-assign]
        try:
            parser.feed(source)
            parser.close()
        finally:  # `charged` refers to the parser: a cycle, which builds (collector paused) would never free
            del parser.check_for_whole_start_tag  # (~10 KB an article: the body's text, held by the parser)
        return "".join(parser.cleandoc).split("\n")

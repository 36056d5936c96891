"""Characters a body asks for that no page can show, told to the editor at their lines.

HTML forbids control characters other than white space and Unicode noncharacters (codepoints.py); the
renderer publishes U+FFFD (�) for each, so that nothing vanishes unseen. A body can ask for one in two ways:
written as it is (a pasted control or noncharacter), or as a numeric character reference — `&#0;`,
`&#xD800;` (a surrogate), `&#99999999;` or `&#x110000;` (past U+10FFFF, the last code point), `&#x1FFFE;`
(a noncharacter) — which the sanitiser's HTML parser decodes to U+FFFD (WHATWG HTML 13.2.5.80, "Numeric
character reference end state": zero, surrogates and values past U+10FFFF become U+FFFD; noncharacters and
controls are parse errors, which codepoints.py replaces). A hostile trial (2026-12-04) published "�" for
`&#99999999;` without a word.

References from 128 to 159 name windows-1252's characters in every browser (the same section's table:
`&#150;` is "–") and are published so, without a warning; only the five the table leaves out (129, 141, 143,
144, 157) are controls. A reference inside code (a span or a block) is shown as written and is not one
(python-markdown escapes no `&`: `\\&#0;` is a backslash and a reference).
"""
from __future__ import annotations

import re

from briefgen.load.codepoints import FORBIDDEN, may_produce_forbidden
from briefgen.load.templatetags import code_lines, in_code_span

_NUMERIC = re.compile(r"&#(?:([0-9]+)|[xX]([0-9A-Fa-f]+));")
_C1_UNMAPPED = frozenset({0x81, 0x8D, 0x8F, 0x90, 0x9D})  # no windows-1252 character (WHATWG HTML 13.2.5.80)
_LAST = 0x10FFFF
MAX_WARNINGS = 20  # lines named one by one; more are counted in the last warning


def _unshowable(code: int) -> str:
    """Why a referenced code point cannot be shown, or "" when it can."""
    if code == 0:
        return "refers to character zero"
    if code > _LAST:
        return "refers past U+10FFFF, the last character"
    if 0xD800 <= code <= 0xDFFF:
        return "refers to a surrogate, half of a UTF-16 pair and no character"
    if 0x80 <= code <= 0x9F:
        return "refers to a control character" if code in _C1_UNMAPPED else ""
    if FORBIDDEN.match(chr(code)):
        return "refers to a character no web page may hold (a control or a noncharacter)"
    return ""


def unshowable_reference(reference: str) -> str:
    """Why the numeric character reference `reference` (`&#1;`, `&#x0;`, as written) stands for no character a
    page can show ("refers to a control character"), or "" when it can or is no numeric reference. For a
    warning that would otherwise tell the editor to write what it stands for: Python's `html.unescape` gives
    "" for `&#1;` and "\ufffd" for `&#0;` (WHATWG HTML 13.2.5.80), which no editor can mean."""
    match = _NUMERIC.fullmatch(reference)
    if match is None:
        return ""
    decimal, hexadecimal = match.groups()
    return _unshowable(int(decimal) if decimal else int(hexadecimal, 16))


def unshowable_warnings(source: str, forbidden: bool | None = None) -> tuple[tuple[int, str, str], ...]:
    """(0-based line, message, "warning") for each character of `source` (Markdown) that is published as U+FFFD:
    a noncharacter as written (control characters are replaced and counted before: markup.py), or a numeric
    reference outside code to zero, a surrogate, a control, a noncharacter or past U+10FFFF. At most MAX_WARNINGS lines are named; the last warning counts the rest.
    Cheap when there is nothing to find: `codepoints.may_produce_forbidden`'s gate (~5 ns a character), or `forbidden`,
    what it said of `source` when the caller asked it already."""
    if not (may_produce_forbidden(source) if forbidden is None else forbidden):
        return ()
    lines = source.split("\n")
    in_code = code_lines(lines) if "&#" in source else set()
    found: list[tuple[int, str]] = []
    for number, line in enumerate(lines):
        for match in FORBIDDEN.finditer(line):
            if match.group() < "\xa0":
                continue  # a control character: replaced and counted by markup.py
            found.append((number, f"U+{ord(match.group()):04X} (a noncharacter) cannot be shown by a web page and "
                                  "is published as U+FFFD (�): delete it or write the character you meant"))
        if "&#" not in line or number in in_code:
            continue
        for match in _NUMERIC.finditer(line):
            decimal, hexadecimal = match.groups()
            code = int(decimal) if decimal else int(hexadecimal, 16)
            why = _unshowable(code)
            if why and not in_code_span(line, match.start()):
                found.append((number, f"`{match.group()}` {why}; it is published as U+FFFD (�): write the "
                                      "character itself or a reference to it (`&#x2014;` is —)"))
    if len(found) <= MAX_WARNINGS:
        return tuple((number, message, "warning") for number, message in found)
    rest = len(found) - MAX_WARNINGS + 1
    return tuple((number, message, "warning") for number, message in found[:MAX_WARNINGS - 1]) + (
        (found[MAX_WARNINGS - 1][0], f"{rest} more characters published as U+FFFD (�), the first here: each is a "
                                     "control, a noncharacter or a reference to no character", "warning"),)

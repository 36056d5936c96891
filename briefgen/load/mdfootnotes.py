"""Footnotes whose reference or definition is missing, told to the editor (the Markdown renderer's output).

python-markdown's `footnotes` turns `[^label]` into a numbered link to the definition
`[^label]: text`. Without a definition the reference stayed in the text as "[^label]", without
a word; a definition never referenced was still listed under the text — numbered before the
referenced ones, so the text's first mark read "2" — with a "↩" back-link to an anchor that
does not exist. `check_footnotes` warns about both, at the line of the reference or the
definition, and removes the back-links that lead nowhere.
"""
from __future__ import annotations

import re

_CODE = re.compile(r"<(code|pre)\b.*?</\1>", re.S | re.I)
_LEFT = re.compile(r"\[\^([^\]\s]+)\]")  # a reference python-markdown left as text
_IDS = re.compile(r' id="([^"]+)"')
# A back-link, with the no-break space python-markdown puts before it.
_BACKREF = re.compile(r'(?:&nbsp;|\u00a0)?<a class="footnote-backref" href="#([^"]+)"[^>]*>[^<]*</a>')


def check_footnotes(source: str, html: str, prefix: str) -> tuple[str, list[tuple[int, str]]]:
    """`html` (a body's, ids scoped with `prefix`) without back-links to no reference, and
    (0-based line of `source`, message) for each reference without a definition and each
    definition without a reference. A reference written `\\[^x]` (escaped) or in code is text by intent."""
    problems: list[tuple[int, str]] = []
    if "[^" in html:
        for label in dict.fromkeys(_LEFT.findall(_CODE.sub("", html))):
            written = re.search(rf"(?<!\\)\[\^{re.escape(label)}\](?!:)", source)
            if written is not None:
                problems.append((source.count("\n", 0, written.start()),
                                 f"footnote reference [^{label}] has no footnote, so it is shown as text: add the "
                                 f"footnote on a line of its own (\"[^{label}]: …\"), or write \\[^{label}] to show "
                                 "the brackets"))
    if "footnote-backref" not in html:
        return html, problems
    ids = set(_IDS.findall(html))
    unreferenced: list[str] = []

    def drop(backref: re.Match[str]) -> str:
        if backref.group(1) in ids:
            return backref.group()
        label = backref.group(1).split(f"-{prefix}_", 1)[-1]
        if backref.group(1).startswith("fnref-"):
            unreferenced.append(label)
        return ""

    html = _BACKREF.sub(drop, html)
    for label in unreferenced:
        defined = re.search(rf"^[ ]{{0,3}}\[\^{re.escape(label)}\]:", source, re.M)
        problems.append((source.count("\n", 0, defined.start()) if defined else 0,
                         f"footnote [^{label}] is never referenced, so it is listed under the text without a "
                         f"mark in it (and numbered before the others): write [^{label}] where it belongs, or "
                         "remove the footnote"))
    return html, problems

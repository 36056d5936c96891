"""Link labels and footnotes defined twice, and reference links to no definition, told to the editor.

A hostile trial found three ways a body lost words without a word:

- a footnote defined twice (`[^a]: First`, later `[^a]: Second`): python-markdown kept the last text,
  and the first footnote's was not published;
- a link label defined twice (`[s]: …/old` and `[S]: …/corrected`; labels are compared ignoring case):
  python-markdown took the last address, where CommonMark (0.31, 4.7 "Link reference definitions": "the
  first one takes precedence") — and so GitHub and editors' previews — take the first;
- a reference to a label never defined (`[agency][]`, `[missing one][nope]`): published as the
  brackets, as text.

`first_definitions` makes an instance keep the first definition of a label or a footnote, as CommonMark
and GitHub do, and note each later one; `check_definitions` warns at the line of each later one, naming
what is published, and at each full or collapsed reference (`[text][label]`, `[text][]`, also an
image's `![alt][label]`) whose label has no definition. A shortcut `[x]` alone is left quiet: brackets
in prose (`[sic]`, `[1]`, a checkbox `[ ]`) are text in every Markdown; so is `[1][2]`, citation marks,
an index `a[i][j]`, anything in code and anything written `\\[`.
"""
from __future__ import annotations

import re
from typing import Any

import markdown
from markdown.extensions.footnotes import FootnoteExtension

from briefgen.load.mdfootnotes import check_footnotes
from briefgen.load.templatetags import code_lines, in_code_span


class FirstDefinitions(dict):  # type: ignore[type-arg]  # python-markdown's `md.references`: id → (address, title)
    """Link definitions by lower-case label, keeping the first of a label; `links` and `footnotes` hold the
    labels defined again otherwise (a repeat of the same address and title, or text, loses nothing), in order (with the address of each link used, the text of each footnote published),
    until `clear` (`md.reset()`)."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[str, int, str]] = []  # (label, which definition of it, from 0; the address used)
        self.footnotes: list[tuple[str, int, str]] = []  # (label, which definition; the first definition's text)
        self.counts: dict[str, int] = {}  # label (a footnote's with "^") → definitions so far

    def __setitem__(self, label: str, value: tuple[str, str | None]) -> None:
        if label in self:
            self.counts[label] = self.counts.get(label, 1) + 1
            if self[label] != value:
                self.links.append((label, self.counts[label] - 1, self[label][0]))
        else:
            super().__setitem__(label, value)

    def clear(self) -> None:
        super().clear()
        self.links.clear()
        self.footnotes.clear()
        self.counts.clear()


def first_definitions(md: markdown.Markdown) -> None:
    """Make `md` keep the first definition of a link label and of a footnote label (CommonMark 0.31, 4.7;
    GitHub's footnotes alike) and record the later ones in `md.references` (a `FirstDefinitions`)."""
    references = FirstDefinitions()
    references.update(md.references)
    md.references = references
    for extension in md.registeredExtensions:
        if isinstance(extension, FootnoteExtension):
            own = extension.setFootnote

            def keep_first(label: str, text: str, extension: Any = extension, own: Any = own) -> None:
                if label in extension.footnotes:
                    count = references.counts[f"^{label}"] = references.counts.get(f"^{label}", 1) + 1
                    if extension.footnotes[label] != text:
                        references.footnotes.append((label, count - 1, extension.footnotes[label]))
                else:
                    own(label, text)
            extension.setFootnote = keep_first  # type: ignore[method-assign]


# A full or collapsed reference: `[text][label]`, `[text][]`, `![alt][label]`; not after a backslash
# or a letter (`a[i][j]`), no brackets inside (python-markdown's labels have none).
_REFERENCE = re.compile(r"(?<![\\\w\]])(!?)\[([^\[\]\n]*)\]\[([^\[\]\n]*)\]")
_MARKS = re.compile(r"[\d\s,;–-]*")  # citation marks and checkboxes: [1][2], [ ][]


def check_definitions(source: str, html: str, prefix: str, references: dict[str, Any]) -> tuple[str, list[tuple[int, str]]]:
    """`check_footnotes`'s (HTML, warnings), with a warning (0-based line of `source`, message) at each
    footnote or link label defined again (`references`, the instance's `md.references`, says which when it
    is a `FirstDefinitions`) and at each full or collapsed reference link to a label it lacks."""
    html, problems = check_footnotes(source, html, prefix)
    if isinstance(references, FirstDefinitions) and (references.links or references.footnotes):
        problems += _repeated(source, references)
    if "][" in source:
        problems += _undefined(source, references)
    return html, sorted(problems, key=lambda problem: problem[0])


def _definition_lines(source: str, pattern: str, flags: int = 0) -> list[int]:
    """The 0-based lines of `source` outside code that start (after spaces and quotation marks) with `pattern`."""
    lines = source.split("\n")
    in_code = code_lines(lines)
    start = re.compile(r"[ \t>]*" + pattern, flags)
    return [number for number, line in enumerate(lines) if number not in in_code and start.match(line)]


def _repeated(source: str, references: FirstDefinitions) -> list[tuple[int, str]]:
    """A warning at the line of each definition `references` did not keep (the n-th one of its label, in the
    order python-markdown read them: the document's, outside code)."""
    found: list[tuple[int, str]] = []
    for label, which, text in references.footnotes:
        words = " ".join(text.split())
        shown = words if len(words) <= 40 else words[:39] + "…"
        lines = _definition_lines(source, rf"\[\^{re.escape(label)}\]:")
        found.append((lines[which] if which < len(lines) else 0,
                      f"footnote [^{label}] is defined again here: only its first definition (\"{shown}\") is "
                      "published, as on GitHub, and this one's text is not; give this footnote its own label "
                      f"([^{label}-2]) and write that where it belongs, or remove one of the two"))
    for label, which, address in references.links:
        lines = _definition_lines(source, rf"\[\s*{re.escape(label)}\s*\]:", re.I)
        found.append((lines[which] if which < len(lines) else 0,
                      f"link label [{label}] is defined again here (labels are compared ignoring case): every "
                      f"[{label}] link goes to the first definition's address, {address}, as in CommonMark, and "
                      "this one is not used; remove the definition you do not mean, or give this one its own label"))
    return found


def _undefined(source: str, references: dict[str, Any]) -> list[tuple[int, str]]:
    lines = source.split("\n")
    in_code = code_lines(lines)
    found: list[tuple[int, str]] = []
    for number, line in enumerate(lines):
        if "][" not in line or number in in_code:
            continue
        for reference in _REFERENCE.finditer(line):
            image, text, label = reference.groups()
            written = label or text
            if (written.startswith("^") or _MARKS.fullmatch(text) and _MARKS.fullmatch(label)
                    or in_code_span(line, reference.start())):
                continue
            if re.sub(r"\s+", " ", written.lower()) in references:
                continue
            what = "image" if image else "link"
            found.append((number, f"{reference.group()} refers to the label [{written}], which is defined nowhere, so "
                                  f"the {what} is shown as text, brackets and all: add a line \"[{written}]: https://…\""
                                  " (at the end of the body), or write the address in it, "
                                  f"{image}[{text or written}](https://…); to show the brackets, write \\[{text}]"))
    return found

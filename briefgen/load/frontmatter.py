"""Content files' front matter: splitting a file into YAML front matter and Markdown body
(with line numbers), and writing one (`write`, the only front-matter writer).

Our own splitter (not python-frontmatter): it must report an unclosed block or a
missing opening line with the exact line, and tell the body's first line so that
later messages point into the right place.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass

import yaml

from briefgen.diagnostics import Diagnostic, error
from briefgen.load.yamltext import LineMap, load_mapping


@dataclass(frozen=True, slots=True)
class Split:
    front: str
    body: str
    body_line: int  # 1-based line where the body starts


# A closing line of dashes other than three hyphens: an em or en dash (a word processor's "---"), a minus, spaced
# hyphens (a hostile trial typed `—` and got "not closed" at line 1, with no word of line 5).
_DASHES = re.compile(r"[\u2012\u2013\u2014\u2015\u2212](?:\s*[-\u2012\u2013\u2014\u2015\u2212])*|-(?:\s+-){2,}|-{4,}")
_OPENING = "content files must start with a line `---`, then the front matter (title, ...), then another `---` line"
# A first line of metadata written without `---` (Pelican, MultiMarkdown): `Title: …`, `Date: …`.
_HEADER = re.compile(r"^[A-Za-z][\w -]{0,40}:(?:\s|$)")


def split(text: str, display: str) -> tuple[Split | None, list[Diagnostic]]:
    """The front matter between a first line `---` and the next `---` (or YAML's `...`) line, and the
    body after it; an error at line 1 when there is none, saying what the file holds instead when
    it is another generator's front matter (`_foreign_opening`), and naming the invisible character on a
    closing line that is `---` but for it (a zero-width space: a re-test, 2026-12-04)."""
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        return None, [error(display, 1, _OPENING + _foreign_opening(lines))]
    for index in range(1, len(lines)):
        if lines[index].rstrip() in ("---", "..."):
            return Split("\n".join(lines[1:index]), "\n".join(lines[index + 1:]), index + 2), []
        if "---" in lines[index] and (hidden := _invisible(lines[index])):  # `---` but for a character unseen
            return None, [error(display, index + 1, "front matter is not closed" + hidden.replace(
                "line 1 holds", f"line {index + 1} holds"))]
    dashed = [n for n in range(1, len(lines)) if _DASHES.fullmatch(lines[n].strip())]  # `—`, `- - -`, then `----`
    if dashed:  # (where the closing line should be: typed or "smartened"; `----` may be a block scalar's line)
        index = min(dashed, key=lambda n: (lines[n].strip().startswith("----"), n))
        return None, [error(display, index + 1, f"front matter is not closed: line {index + 1} is "
                            f"`{lines[index].strip()}`, not three hyphens; write it as `---`")]
    return None, [error(display, 1, "front matter is not closed: add a line `---` after the last key")]


def _foreign_opening(lines: list[str]) -> str:
    """What a file that does not start with `---` holds instead, as the end of the error: TOML (Hugo's
    `+++`) or JSON front matter, Pelican's `Key: value` lines, blank lines before `---`; "" otherwise.
    A trial moving a briefing from Hugo and Pelican got only "must start with a line `---`" for each,
    which did not say that the front matter was there but in another format (SPEC.md: YAML only)."""
    first = lines[0].strip() if lines else ""
    hidden = _invisible(lines[0]) if lines else ""
    if hidden:
        return hidden
    if _DASHES.fullmatch(first):  # `–––`, `———`: a word processor's "smart" dashes (T27 got the bare sentence above)
        return _dashed_fence(lines)
    if first == "+++":
        return ("; this file has TOML front matter (Hugo's `+++` lines), which briefgen does not read: "
                'write its keys as YAML between `---` lines (`title = "Envoys meet"` becomes `title: "Envoys meet"`)')
    if first.startswith("{"):
        close = next((n for n, line in enumerate(lines) if line.rstrip() == "}"), None)
        if close is not None:  # YAML reads JSON: two lines make it front matter, keys and line numbers kept
            return (f"; lines 1–{close + 1} are JSON front matter (Hugo's), which YAML reads as it is: put a line "
                    f"`---` before line 1 and another after line {close + 1}")
        return ("; this file has JSON front matter, which briefgen does not read: write its keys as YAML "
                'between `---` lines (`"title": "Envoys meet",` becomes `title: "Envoys meet"`)')
    if _HEADER.match(lines[0]):
        end = next((n for n, line in enumerate(lines) if not line.strip() or line.rstrip() == "---"), len(lines))
        where = "" if end < len(lines) and lines[end].rstrip() == "---" else f" and another after line {end}"
        return (f"; if lines 1–{end} are its metadata (`Key: value` without `---` lines, as Pelican and "
                f"MultiMarkdown write it), put a line `---` before line 1{where}, and write each key as "
                "briefgen spells it, in lower case (`Title:` → `title:`)").replace("lines 1–1 are", "line 1 is")
    opening = next((n for n, line in enumerate(lines) if line.strip()), None)
    if opening and lines[opening].rstrip() == "---":
        return f"; remove the blank line{'s' if opening > 1 else ''} before the `---` on line {opening + 1}"
    return ""


def _dashed_fence(lines: list[str]) -> str:
    """The end of the error for a first line of dashes that are not three hyphens (`_DASHES`: en or em dashes, a minus,
    spaced or four hyphens), naming them, and the closing line typed the same way if there is one."""
    import unicodedata  # (only for a file that opens wrongly)

    first = lines[0].strip()
    odd = sorted({c for c in first if c not in " -"}, key=first.index)
    kind = " and ".join(f"U+{ord(c):04X} {unicodedata.name(c, 'a dash')}" for c in odd)
    closing = next((n for n in range(1, len(lines)) if lines[n].rstrip() == "---" or _DASHES.fullmatch(lines[n].strip())), None)
    also = (f", and line {closing + 1} (`{lines[closing].strip()}`) the same" if closing is not None and
            lines[closing].rstrip() != "---" else "")
    kind = f" ({kind}, as a word processor writes a typed `---`)" if odd else ""
    return f"; line 1 is `{first}`{kind}, not three hyphens: write it as `---`{also}"


_LINE_ENDS = {"\x85": "NEXT LINE", "\u2028": "LINE SEPARATOR", "\u2029": "PARAGRAPH SEPARATOR", "\x0b": "VERTICAL TAB",
              "\x0c": "FORM FEED", "\x1c": "FILE SEPARATOR", "\x1d": "GROUP SEPARATOR", "\x1e": "RECORD SEPARATOR"}


def _invisible(first: str) -> str:
    """The end of the error for a first line that is `---` but for a character no one sees: line ends other than
    LF and CRLF (U+0085 NEXT LINE, U+2028 LINE SEPARATOR: the whole file is one line to briefgen), or an invisible
    character before the dashes (a second byte-order mark, a zero-width space). A hostile trial got "must start with
    a line `---`" for a file that visibly did (2026-12-04)."""
    import unicodedata  # (only for a file that opens wrongly)

    ends = sorted({c for c in first if c in _LINE_ENDS})
    if ends and first.split(ends[0])[0].strip() == "---":
        named = ", ".join(f"U+{ord(c):04X} {_LINE_ENDS[c]}" for c in ends)
        return (f"; its lines end with {named}, which briefgen does not read as a line end: save the file with "
                "ordinary line ends (LF, or CRLF)")
    visible = "".join(c for c in first if unicodedata.category(c) not in ("Cf", "Cc", "Zs") or c == " ")
    if visible.strip() == "---" and first.strip(" \t\r") != "---":
        odd = next(c for c in first if unicodedata.category(c) in ("Cf", "Cc", "Zs") and c not in " \t\r")
        name = unicodedata.name(odd, "a control character") + (" (a second byte-order mark)" if odd == "\ufeff" else "")
        return f"; line 1 holds an invisible U+{ord(odd):04X} {name} beside the `---`: delete it"
    return ""


def parse(text: str, display: str) -> tuple[LineMap | None, str, int, list[Diagnostic]]:
    """Front matter as a LineMap (or None when unusable), the body and its first line."""
    parts, problems = split(text, display)
    if parts is None:
        return None, "", 1, problems
    front, problems = load_mapping(parts.front, display, first_line=2)
    return front, parts.body, parts.body_line, problems


# --- writing --------------------------------------------------------------------------------------

try:  # libyaml: about 6x faster, same output
    _BaseDumper: type = yaml.CSafeDumper
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _BaseDumper = yaml.SafeDumper

_LINE_BREAKS = ("\n", "\r", "\x85", "\u2028", "\u2029")


class _Dumper(_BaseDumper):  # type: ignore[misc, valid-type]
    """`yaml.safe_dump` with three choices made for front matter:

    - datetimes as ISO 8601 with a `T` and their offset (2023-05-10T09:00:00+03:00);
    - None as an empty value (`url:`), which `Fields.text` reads as "not given";
    - text with a line break in double quotes (escaped, so every value stays on one line
      and no line of a value can read as the closing `---`).

    Quoting is PyYAML's: it quotes exactly the strings its own resolver (YAML 1.1, the one
    `yamltext.load_mapping` uses) would read as something else — `12:30`, `010`, `yes`,
    `null`, `- x`, `---`, `: `, `#`… — so what is written reads back as the same text.
    """


def _represent_text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = '"' if any(mark in value for mark in _LINE_BREAKS) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_text)
_Dumper.add_representer(type(None), lambda dumper, _: dumper.represent_scalar("tag:yaml.org,2002:null", ""))
_Dumper.add_representer(
    dt.datetime, lambda dumper, value: dumper.represent_scalar("tag:yaml.org,2002:timestamp", value.isoformat()))

FrontValue = str | bool | int | float | dt.date | dt.datetime | None | list[str] | tuple[str, ...]


def dump_value(key: str, value: FrontValue) -> str:
    """One `key: value` entry as YAML lines (ending with a newline)."""
    if isinstance(value, tuple):
        value = list(value)
    return yaml.dump({key: value}, Dumper=_Dumper, sort_keys=False, allow_unicode=True,
                     default_flow_style=False, width=1_000_000)


def write(front: Mapping[str, FrontValue], body: str = "", comments: Mapping[str, str] | None = None) -> str:
    """A content file's text: `---`, the front matter, `---`, then `body`.

    The one front-matter writer (`briefgen new` and `briefgen fetch` both use it; issue 8
    §8: an f-string writer produced invalid YAML for a source named `Reuters: World`).
    Keys keep their order. `comments` adds `# text` after a key whose entry is one line,
    as a hint for the editor. Any text value reads back through `parse` and
    `fields.Fields.text` as the same text (surrounding whitespace aside, which fields strip).
    """
    if not comments:  # one dump for the whole mapping: the same text, a third of the time
        plain = {k: list(v) if isinstance(v, tuple) else v for k, v in front.items()}
        dumped = yaml.dump(plain, Dumper=_Dumper, sort_keys=False, allow_unicode=True, default_flow_style=False,
                           width=1_000_000) if plain else ""
        return f"---\n{dumped}---\n{body}"
    lines = []
    for key, value in front.items():
        entry = dump_value(key, value)
        note = (comments or {}).get(key)
        if note and entry.count("\n") == 1:
            entry = f"{entry[:-1]}   # {note}\n"
        lines.append(entry)
    return f"---\n{''.join(lines)}---\n{body}"

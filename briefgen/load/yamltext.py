"""YAML with line numbers: safe loading, bounded in time and memory, that keeps what was written.

Takes YAML text (a config file or a front-matter block) and gives plain Python values
whose mappings and sequences know the line of every entry, so that later validation can
report `path:line:` precisely. The C parser (libyaml) gives a stream of events and this
module builds the values from them in one loop, without recursion, which is what makes
hostile input cheap to refuse:

- nesting deeper than MAX_NESTING levels stops the load with `nesting too deep`
  (PyYAML's own composer recurses once per level and crashes the process on
  `[[[[…` a few thousand deep);
- aliases are not expanded but shared, and the values an alias stands for are
  counted: more than MAX_ALIASED values in one document (a "billion laughs" bomb
  reaches that on its second level) stops the load with `too many YAML aliases`.
  Ordinary use, such as one keyword list under an anchor reused by a few topics,
  stays far below. Aliases are allowed in front matter and config alike, bounded
  the same way: one rule for one mechanism;
- duplicate keys are errors; `<<` merge keys merge (explicit keys win).

Plain (unquoted) scalars that YAML 1.1 reads as something other than text
(`12:30` → 750, `1.10` → 1.1, `010` → 8, `2023-05-01` → a date, `yes` → true, `~` → null)
keep their text as written in `LineMap.raw` / `LineList.raw`, so that text fields
can use exactly what the editor wrote (see fields.Fields.text). Every scalar is in
Unicode NFC (load/text.py), escapes included.
"""
from __future__ import annotations

import re
from typing import Any

import yaml

from briefgen.diagnostics import Diagnostic, error, warning
from briefgen.load.text import nfc
from briefgen.load.yamlchars import refused_characters
from briefgen.load.yamlkeys import miswritten_key

try:
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _Loader = yaml.SafeLoader

MAX_NESTING = 64  # levels of lists/mappings; real configs use 3 or 4
NESTING_MESSAGE = f"nesting too deep (limit {MAX_NESTING} levels of lists and mappings)"
MAX_ALIASED = 10_000  # values reached through aliases, per document

_STR = "tag:yaml.org,2002:str"
_HASHTAG = re.compile(r"[ \t]#[^\s#]")  # a comment that starts like a word: see _Builder.hashtag_comment
_MERGE = "tag:yaml.org,2002:merge"
_VALUE = "tag:yaml.org,2002:value"  # YAML 1.1's `=`; no safe constructor exists for it


class LineMap(dict):
    """A mapping from YAML that knows its own line and the line of each key (1-based).

    `raw[key]` is the text as written of a plain scalar value that YAML typed as a
    non-string (e.g. "12:30" for the int 750); keys with string values are absent.
    """

    __slots__ = ("line", "lines", "raw")

    def __init__(self, line: int = 1) -> None:
        super().__init__()
        self.line = line
        self.lines: dict[str, int] = {}
        self.raw: dict[str, str] = {}

    def line_of(self, key: str) -> int:
        return self.lines.get(key, self.line)

    def __reduce__(self):  # keep line info through pickle (the disk cache)
        return (_rebuild_map, (self.line, self.lines, dict(self), self.raw))


class LineList(list):
    """A sequence from YAML that knows its own line and the line of each item.

    `raw[index]`: as LineMap.raw, by item index.
    """

    __slots__ = ("line", "lines", "raw")

    def __init__(self, line: int = 1) -> None:
        super().__init__()
        self.line = line
        self.lines: list[int] = []
        self.raw: dict[int, str] = {}

    def line_of(self, index: int) -> int:
        return self.lines[index] if index < len(self.lines) else self.line

    def __reduce__(self):
        return (_rebuild_list, (self.line, self.lines, list(self), self.raw))


def _rebuild_map(line: int, lines: dict[str, int], items: dict, raw: dict[str, str] | None = None) -> LineMap:
    m = LineMap(line)
    m.lines = lines
    m.raw = raw or {}
    m.update(items)
    return m


def _rebuild_list(line: int, lines: list[int], items: list, raw: dict[int, str] | None = None) -> LineList:
    s = LineList(line)
    s.lines = lines
    s.raw = raw or {}
    s.extend(items)
    return s


class _Stop(Exception):
    """Ends the load early; the reason is already in the problem list."""


class _Frame:
    """A collection being read: its value, how many values it holds (aliases expanded)."""

    __slots__ = ("value", "anchor", "size", "key", "key_line", "skip", "merges")

    def __init__(self, value: LineMap | LineList, anchor: str | None) -> None:
        self.value = value
        self.anchor = anchor
        self.size = 1
        self.key: str | None = None  # mappings: the key waiting for its value
        self.key_line = 0
        self.skip = False  # the pending key was refused: drop its value
        self.merges: list[tuple[Any, int]] = []  # `<<` values, with their lines


def load_mapping(text: str, path: str, first_line: int = 1) -> tuple[LineMap | None, list[Diagnostic]]:
    """Parse `text` as a YAML mapping; line numbers are offset so that line 1 of text is `first_line`.
    Problems are errors, and warnings for text that YAML reads as a comment (`hashtag_comment`)."""
    problems: list[Diagnostic] = []
    loader = _Loader(text)
    try:
        value = _Builder(loader, path, first_line - 1, problems, text).document()
    except _Stop:
        return None, problems
    except yaml.MarkedYAMLError as exc:
        unclosed = _unclosed(exc)
        mark = exc.context_mark if unclosed else (exc.problem_mark or exc.context_mark)
        meant, hint = miswritten_key(text, mark.line) if mark is not None and not unclosed else (None, "")  # ("source：X")
        line = ((mark.line if meant is None else meant) + first_line) if mark else first_line
        written = (text.split("\n")[mark.line:mark.line + 1] or [""])[0] if mark is not None else ""
        problems.append(error(path, line, unclosed or (f"invalid YAML: {exc.problem}{hint}" if hint else _yaml_message(exc, "\t" in written, written))))
        return None, problems
    except yaml.reader.ReaderError as exc:  # a character YAML refuses: at its line, with the fix
        problems.extend(refused_characters(text, path, first_line)
                        or [error(path, first_line, f"invalid YAML: {' '.join(str(exc).split())}")])
        return None, problems
    except yaml.YAMLError as exc:  # other unmarked errors are rare; one line, as every diagnostic
        problems.append(error(path, first_line, f"invalid YAML: {' '.join(str(exc).split())}"))
        return None, problems
    finally:
        loader.dispose()
    if value is None:
        return LineMap(first_line), problems
    if not isinstance(value[0], LineMap):
        problems.append(error(path, value[2], "expected `key: value` pairs here, found a "
                                              f"{_kind(value[0])}{miswritten_key(text, value[2] - first_line)[1]}"))
        return None, problems
    return value[0], problems


# What YAML was reading when the text ended or went on without closing it (the error's context),
# and how to close it. YAML names the place where it gave up, often lines later (the end of the
# front matter); the editor needs the line that opened it.
_OPENERS = {"quoted scalar": ("a quoted value", "end it with the same quote mark, or write the value without quotes"),
            "flow sequence": ("a list in [ ]", "end it with ], or quote a value that holds a comma or `: `"),
            "flow mapping": ("a mapping in { }", "end it with }, or quote a value that holds a comma or `: `")}


def _unclosed(exc: yaml.MarkedYAMLError) -> str | None:
    """The message for a quote, `[` or `{` that never closes (PyYAML: the text ended inside it, or a
    flow collection met something other than `,` or its end), said at the opening's line; else None."""
    problem, context = exc.problem or "", exc.context or ""
    if exc.context_mark is None or not ("end of stream" in problem or "expected ','" in problem):
        return None
    for kind, (what, fix) in _OPENERS.items():
        if kind in context:
            return f"invalid YAML: {what} opens on this line and is not closed ({problem}): {fix}"
    return None


# A quoted value with more after its closing quote (`title: "Talks: what"s next"`); one way to read each character
# (`(?:\\.|(?!\1).)*` took `\` both ways: 2^n tries), and a list item's `- ` taken whole (`- : '':` read `-` as a key).
_QUOTE_INSIDE = re.compile(r"""^\s*(?>(?:-\s+)?)[^\s"'#:][^:#]*:\s+(?P<value>"(?:\\.|[^"\\])*"|'[^']*')[^\s#]""")
_QUOTE_HINT = {'"': ' (a " inside a value in double quotes ends the value: write it as \\", or put the whole '
                    "value in single quotes)",
               "'": " (a ' inside a value in single quotes ends the value: write it twice, as in 'Kyiv''s "
                    'terms\', or put the whole value in double quotes)'}


def _yaml_message(exc: yaml.MarkedYAMLError, has_tab: bool, written: str = "") -> str:
    problem = exc.problem or exc.context or "syntax error"
    if "nesting depth" in problem:
        # libyaml ≥ 0.2.6 (PyYAML ≥ 6.0.3 wheels) stops at 1,000 flow levels in its scanner, which
        # reads ahead of the events where MAX_NESTING is checked: the same fault, the same message.
        return NESTING_MESSAGE
    hint = ""
    if "mapping values are not allowed" in problem:
        hint = " (a value containing ': ' must be quoted)"
    elif has_tab:
        hint = " (indent with spaces, not tabs)"
    elif (inside := _QUOTE_INSIDE.match(written)) is not None:  # the line: YAML says "did not find expected key"
        hint = _QUOTE_HINT[inside.group("value")[0]]
    elif "could not find expected ':'" in problem:
        hint = " (every line needs `key: value`; check quotes and indentation)"
    return f"invalid YAML: {problem}{hint}"


def _kind(value: Any) -> str:
    return "list" if isinstance(value, list) else "mapping" if isinstance(value, dict) else "plain value"


# A finished node: (value, raw text or None, line, size in values with aliases expanded).
_Node = tuple[Any, "str | None", int, int]


class _Builder:
    """Values from libyaml's events, one loop, an explicit stack instead of recursion."""

    def __init__(self, loader: Any, path: str, offset: int, problems: list[Diagnostic], text: str = "") -> None:
        self.loader = loader
        self.path = path
        self.offset = offset
        self.problems = problems
        self.anchors: dict[str, _Node] = {}
        self.aliased = 0
        # Lines (0-based) where a comment starts like a hashtag; only they are looked at again.
        self.hashtags = {text.count("\n", 0, m.start()) for m in _HASHTAG.finditer(text)} if "#" in text else set()
        self.lines = text.split("\n") if self.hashtags else []

    def fail(self, line: int, message: str) -> None:
        self.problems.append(error(self.path, line, message))
        raise _Stop

    def document(self) -> _Node | None:
        """The one document in the stream (None when there is none)."""
        get = self.loader.get_event
        get()  # StreamStartEvent
        event = get()
        if isinstance(event, yaml.StreamEndEvent):
            return None
        stack: list[_Frame] = []
        result: _Node | None = None
        while result is None:
            event = get()
            kind = event.__class__
            line = event.start_mark.line + 1 + self.offset
            if kind is yaml.ScalarEvent:
                node = self.scalar(event, line)
                if event.anchor is not None:
                    self.anchors[event.anchor] = node
            elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
                if len(stack) >= MAX_NESTING:
                    self.fail(line, NESTING_MESSAGE)
                self.check_tag(event, line)
                stack.append(_Frame(LineMap(line) if kind is yaml.MappingStartEvent else LineList(line),
                                    event.anchor))
                continue
            elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                frame = stack.pop()
                if frame.merges:
                    self.merge(frame)
                node = (frame.value, None, frame.value.line, frame.size)
                if frame.anchor is not None:
                    self.anchors[frame.anchor] = node
            elif kind is yaml.AliasEvent:
                node = self.alias(event, line)
            else:  # pragma: no cover - libyaml gives no other events inside a document
                raise yaml.YAMLError(f"unexpected {kind.__name__}")
            if stack:
                self.add(stack[-1], node)
            else:
                result = node
        get()  # DocumentEndEvent
        event = get()
        if not isinstance(event, yaml.StreamEndEvent):
            self.fail(event.start_mark.line + 1 + self.offset,
                      "invalid YAML: expected a single document, found another one (a `---` line?)")
        return result

    def check_tag(self, event: Any, line: int) -> None:
        tag = event.tag
        if tag not in (None, "!", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"):
            self.fail(line, f"invalid YAML: unsupported tag {tag}; remove it")

    def scalar(self, event: Any, line: int) -> _Node:
        text = nfc(event.value)  # the file is NFC (text.decode), but an escape such as "e\u0301" is not
        tag = event.tag
        plain = not event.style and tag is None
        if plain and event.end_mark.line in self.hashtags:
            self.hashtag_comment(text, event.end_mark, line)
        if plain:
            tag = self.loader.resolve(yaml.ScalarNode, text, (True, False))
        if tag is None or tag == "!" or tag == _STR:
            return text, None, line, 1
        if tag == _MERGE or tag == _VALUE:
            return text, text, line, 1  # `<<` is acted on as a key (see add); as a value it is text
        construct = self.loader.yaml_constructors.get(tag)
        if construct is None:
            self.fail(line, f"invalid YAML: unsupported tag {tag}; remove it")
        try:
            value = construct(self.loader, yaml.ScalarNode(tag, text, event.start_mark, event.end_mark,
                                                           event.style))
        except Exception:  # the safe constructors raise ValueError, IndexError, … on odd text
            if not plain:
                self.fail(line, f"invalid YAML: {text!r} is no valid {tag.rsplit(':', 1)[-1]}")
            # e.g. `2023-02-30` looks like a timestamp but is no real date: keep the text and
            # let the field's own check say what is wrong with it.
            return text, None, line, 1
        return value, (text if plain and text and not isinstance(value, str) else None), line, 1

    def hashtag_comment(self, text: str, end: Any, line: int) -> None:
        """A warning when the plain scalar `text` ending at `end` is followed, after one space, by
        a comment that starts like a word (`#1`, `#energy`): YAML drops ` #…` as a comment, and
        `title: Europe's #1 route` read "Europe's", `tags: #energy` nothing, without a word. A
        comment written as one (`# …`, or after two spaces) stays quiet."""
        rest = self.lines[end.line][end.column:]
        if not (len(rest) > 2 and rest[0] in " \t" and rest[1] == "#" and not rest[2].isspace() and rest[2] != "#"):
            return
        comment = rest[1:].rstrip()
        meant = f"{text} {comment}" if text else comment
        quoted = f'"{meant}"' if '"' not in meant else "'{}'".format(meant.replace("'", "''"))
        value = f'the value is "{text}"' if text else "the value is empty"
        self.problems.append(warning(self.path, end.line + 1 + self.offset,
                                     f'"{comment}" is read as a YAML comment (" #" starts one), so {value}; to '
                                     f"keep it, put the whole value in quotes ({quoted}); if it is a comment, "
                                     "put a space after the #"))

    def alias(self, event: Any, line: int) -> _Node:
        found = self.anchors.get(event.anchor)
        if found is None:
            self.fail(line, f'invalid YAML: alias "*{event.anchor}" names no anchor (`&{event.anchor}`) '
                            "defined before it")
        self.aliased += found[3]
        if self.aliased > MAX_ALIASED:
            self.fail(line, f"too many YAML aliases: they stand for more than {MAX_ALIASED:,} values "
                            "(limit); write the values out or use fewer aliases")
        return found[0], found[1], line, found[3]

    def add(self, frame: _Frame, node: _Node) -> None:
        value, raw, line, size = node
        frame.size += size
        target = frame.value
        if isinstance(target, LineList):
            if raw is not None:
                target.raw[len(target)] = raw
            target.lines.append(line)
            target.append(value)
            return
        if frame.key is None and not frame.skip:  # this node is a key
            if raw == "<<" and value == "<<":
                frame.key, frame.key_line = "<<", -line  # negative line: a merge, not a key
            elif isinstance(value, str) and raw is None:
                frame.key, frame.key_line = value, line
            else:
                if isinstance(value, (dict, list)):
                    message = f"a key must be text, found a {_kind(value)}; write `key: value`"
                else:
                    message = f"key {raw if raw is not None else value} must be text; quote it"
                self.problems.append(error(self.path, line, message))
                frame.skip = True
            return
        if frame.skip:
            frame.skip = False
            return
        key, key_line = frame.key, frame.key_line
        frame.key = None
        if key_line < 0:
            frame.merges.append((value, line))
        elif key in target:
            self.problems.append(error(self.path, key_line, f'duplicate key "{key}" (first set on line '
                                                            f"{target.lines[key]}); keep only one"))
        else:
            target.lines[key] = key_line
            target[key] = value
            if raw is not None:
                target.raw[key] = raw

    def merge(self, frame: _Frame) -> None:
        """`<<: *base` or `<<: [*a, *b]`: keys not set here are taken from the merged mappings,
        the first mapping winning (YAML merge-key rules)."""
        target = frame.value
        for value, line in frame.merges:
            sources = value if isinstance(value, LineList) else [value]
            for source in sources:
                if not isinstance(source, LineMap):
                    self.problems.append(error(self.path, line, "`<<` merges a mapping (`<<: *name`) or "
                                                                "a list of mappings; found "
                                                                f"a {_kind(source)}"))
                    continue
                for key, item in source.items():
                    if key not in target:
                        target[key] = item
                        target.lines[key] = source.lines.get(key, line)
                        if key in source.raw:
                            target.raw[key] = source.raw[key]

"""Characters YAML refuses to read, reported at their lines with what to write instead.

YAML, as PyYAML and libyaml read it, accepts printable characters only: no C0 control but tab
and the line ends, no DEL, no C1 control but NEL, no U+FFFE or U+FFFF. One such character
anywhere in a front matter or config.yaml stops the reader with a `ReaderError` that gives a
character offset, not a line. It was printed as it came, over two lines
(`…:2: invalid YAML: unacceptable character #x000b: control characters are not allowed` and
`  in "<unicode string>", position 11`): not `path:line: message`, at the front matter's first
line rather than the character's, without a fix. These characters are invisible and arrive with
pasted text: a vertical tab is how Word writes a line break inside a paragraph (Shift+Enter), and
a C1 control such as U+0092 is a Windows-1252 character (’) whose byte was read as Latin-1.
"""
from __future__ import annotations

import yaml

from briefgen.diagnostics import Diagnostic, error

REFUSED = yaml.reader.Reader.NON_PRINTABLE  # the reader's own rule, so the two cannot drift apart
_NAMES = {"\x00": "NUL", "\x08": "backspace", "\x0b": "vertical tab", "\x0c": "form feed", "\x1b": "escape",
          "\x7f": "DEL"}


def refused_characters(text: str, path: str, first_line: int = 1) -> list[Diagnostic]:
    """One error for each line of `text` holding characters YAML refuses (`REFUSED`), at that line
    (line 1 of `text` is `first_line`), naming the first of them and what to write instead; [] when
    `text` has none."""
    found: dict[int, str] = {}
    line, counted = first_line, 0
    for match in REFUSED.finditer(text):
        line += text.count("\n", counted, match.start())
        counted = match.start()
        found.setdefault(line, match.group())
    return [error(path, at, refused_message(character)) for at, character in found.items()]


def refused_message(character: str) -> str:
    """What is wrong with `character` in YAML, and the fix: a C1 control is named as the Windows-1252
    character it most likely stands for (U+0092 → ’), any other is to be deleted."""
    code = f"U+{ord(character):04X}"
    if 0x80 <= ord(character) <= 0x9F:
        try:
            meant = bytes([ord(character)]).decode("cp1252")
        except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90, 0x9D: unassigned in Windows-1252 too
            meant = ""
        if meant:
            return (f'invalid YAML: the control character {code} is not allowed; it is most likely "{meant}" '
                    f'garbled (Windows-1252 text read as Latin-1): write "{meant}" instead')
    if ord(character) in (0xFFFE, 0xFFFF):
        return f"invalid YAML: the noncharacter {code} is not allowed; delete it"
    name = f" ({_NAMES[character]})" if character in _NAMES else ""
    return (f"invalid YAML: the invisible control character {code}{name} is not allowed; delete it "
            "(such characters come with text pasted from a word processor or a PDF)")

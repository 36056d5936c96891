"""A line that was meant as `key: value` but that YAML cannot read as a key, found after YAML failed.

    miswritten_key("title: X\nsource：Reuters\npublished: 2026-11-24\n", 2)   # -> (1, "… did you mean `source: Reuters`?")

YAML reads "source：Reuters" (an IME's full-width colon, U+FF1A) or "source:Reuters" (no space after the colon) as
plain text that goes on into the next line, and fails only there ("could not find expected ':'"), or at a later
key's colon ("mapping values are not allowed here"): T25's broken site got `bad-fullwidth.md:4` for the `source：`
on line 3, with no hint about the colon. yamltext.load_mapping asks this module, when YAML fails, for the line that
was meant as a key, from the line where YAML gave up back to the key line before it, and reports it there with the
line as it should be written. A tab after the colon or before it is read by YAML (libyaml) as a space, and a tab
that indents a line is already reported at its line (yamltext._yaml_message).
"""
from __future__ import annotations

import re

# Colons that are no YAML colon: full-width (Chinese and Japanese input), its vertical and small presentation forms,
# the ratio sign, the modifier letter colon (a Unicode look-alike) and the Armenian full stop, which looks like one.
_LOOK_ALIKES = "\uff1a\ufe13\ufe55\u2236\ua789\u0589"
_MISWRITTEN = re.compile(rf"(?P<indent>[ ]*)(?P<key>[^\W\d][\w-]*)[ \t]*(?:(?P<like>[{_LOOK_ALIKES}])[ \t]*|:(?=[^\s:/\\]))"
                         r"(?P<value>\S.*?)?[ \t]*$")
_KEY_LINE = re.compile(r"[ ]*(?:-[ ]+)?[^\s#:\"'][^:#]*:(?:[ \t]|$)")  # a line YAML reads as a key


def miswritten_key(text: str, failed: int) -> tuple[int | None, str]:
    """The line (0-based in `text`) that was meant as `key: value` and YAML could not read as a key, at or before the
    line `failed` (0-based) where YAML gave up and after the key line before it, with the hint to append to the message;
    (None, "") when there is none (module docstring)."""
    lines = text.split("\n")
    for at in range(min(failed, len(lines) - 1), -1, -1):
        found = _MISWRITTEN.fullmatch(lines[at])
        if found is not None:
            value = found.group("value") or ""
            written = f"{found.group('key')}: {value}".rstrip()
            what = (f"`{found.group('like')}` (U+{ord(found.group('like')):04X}) is not a YAML colon" if found.group("like")
                    else "a key's colon needs a space after it")
            return at, f" ({what}: did you mean `{written}`?)"
        if at < failed and _KEY_LINE.match(lines[at]):
            break
    return _overindented(lines, failed)


_SCALAR_KEY = re.compile(r"(?P<indent>[ ]*)(?P<key>[^\s#:\"'-][^:#]*?):[ \t]+[^\s#]")  # `key: value`, value on its line


def _overindented(lines: list[str], failed: int) -> tuple[int | None, str]:
    """(failed, hint) when the line `failed` is `key: value` indented more than the `key: value` line above it (blank
    lines and comments aside), which YAML then reads as more of that value ("mapping values are not allowed"); else
    (None, ""). UX1 (2026-12-07): `author: Luka Breznik` then `  tags: [x]` was told "a value containing ': ' must be
    quoted", though nothing there needs quoting."""
    here = _SCALAR_KEY.match(lines[failed]) if 0 < failed < len(lines) else None
    if here is None or not here.group("indent") or not re.fullmatch(r"[^\W\d][\w-]*", here.group("key")):
        return None, ""
    above = next((line for line in reversed(lines[:failed]) if line.strip() and not line.lstrip().startswith("#")), "")
    found = _SCALAR_KEY.match(above)
    if found is None or len(found.group("indent")) >= len(here.group("indent")):
        return None, ""
    key, before = here.group("key").strip(), found.group("key").strip()
    return failed, (f" (indentation: `{key}:` is indented more than `{before}:` above it, so YAML reads it as more "
                    f"of {before}'s value; start `{key}:` in the same column as `{before}:`, or, if the line goes on {before}'s "
                    f"value, put that whole value in quotes)")

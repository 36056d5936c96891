"""How a YAML value reads: as the text a field holds (`as_text`), or to a person in a message (`describe`)."""
from __future__ import annotations

import datetime as dt
import json
from typing import Any

import yaml

from briefgen.load.codepoints import first_forbidden
from briefgen.load.yamltext import LineList

_YAML_WORDS = {True: "true", False: "false", None: "empty"}


def describe(value: Any) -> str:
    """How a YAML value reads to a person: `false`, `42`, `a list`."""
    if isinstance(value, bool) or value is None:
        return _YAML_WORDS[value]
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return f"the date {value.isoformat()}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, (bytes, bytearray)):  # `!!binary …`: said as "b'hello'" (a hostile trial)
        return "binary data (YAML's !!binary; write the text itself)"
    if isinstance(value, (set, tuple)):  # `!!set`, `!!omap`
        return "a set" if isinstance(value, set) else "a list"
    return f'"{value}"'


def as_text(value: Any, raw: str | None) -> str | tuple[str]:
    """A YAML value as text, or (what it is,) when it cannot be text.

    `raw` is the written text of a plain scalar that YAML typed (LineMap.raw): numbers,
    dates and times come back exactly as written; true/false and a written null are refused,
    and so is text with a character no web page may hold (codepoints.py).
    """
    if isinstance(value, str):
        bad = first_forbidden(value)
        return value if bad is None else (f"text containing the control character {bad}, which no web page "
                                          "may hold (remove it)",)
    if isinstance(value, bool):  # ("No", "off", "Yes" are YAML 1.1 booleans: a tag "No" said as "got false")
        written = raw is not None and raw.lower() not in ("true", "false")
        return (f"{raw}, which YAML reads as {describe(value)} (quote it: \"{raw}\")" if written
                else f"{describe(value)} (quote it)",)
    if value is None:
        return ((f"{raw}, which YAML reads as empty (quote it)",) if raw is not None else ("empty",))
    if raw is not None:
        return raw
    if isinstance(value, (int, float)):  # an explicit tag such as `!!int 5`
        return str(value)
    return (describe(value),)


def not_text(name: str, what: str, value: Any, line: int = 0) -> str:
    """The message for `value` under the key `name` (at `line`) where one text is expected: what it is (`what`, from
    `as_text`) and, for a list or mapping, how to write it as text (`one_text`)."""
    return f'"{name}" must be text, got {what}' + one_text(name, value, line)


def one_text(name: str, value: Any, line: int = 0) -> str:
    """How to write as one text a list or mapping given where one text is expected ("" for any other value): the
    end of the message `"<name>" must be text, got <describe(value)>`. A list of plain values names the first as
    the one to write and, for a list in brackets (not a block list of `- item` lines below the key's `line`), the
    quoting that keeps the brackets as text (`title: "[Draft]"`), each suggestion valid YAML that loads as the text
    shown (double quotes as JSON writes them, which YAML reads alike); a mapping (lines of `key: value` under the
    key, or `{…}`) is told to be written on the key's line. A trial (2026-12-06): `story: [a, b]` got 'must be
    text, got a list', which says what is wrong and not how to fix it; a breaker the same night: the quoted
    suggestion of `[He said "no", Rain]` was no YAML, and a block list was told of brackets it never had."""
    if isinstance(value, list):
        plain = [v for v in value if isinstance(v, (str, int, float)) and not isinstance(v, bool)]
        if not plain or len(plain) != len(value) or not str(plain[0]).strip():
            return f": it takes one value, written after the colon (`{name}: …`)"
        written = [(value.raw.get(k) if isinstance(value, LineList) else None) or str(v) for k, v in enumerate(plain)]
        first, shown = _scalar(written[0].strip()), ", ".join(_scalar(v.strip()) for v in written)
        if isinstance(value, LineList) and value.line_of(0) > line > 0:  # (a block list)
            return f" ({shown}): it takes one value; write `{name}: {first}` on the key's line, in place of the list"
        return (f" ({shown}): it takes one value; write `{name}: {first}`"
                + (", without the brackets" if len(plain) == 1 else "")
                + f", or quote it (`{name}: {json.dumps(f'[{shown}]', ensure_ascii=False)}`) if the brackets are "
                  "part of the text")
    if isinstance(value, dict):
        return (f": write the text after the colon on one line (`{name}: …`), in quotes if it holds a colon "
                f'followed by a space (`{name}: "Talks: day two"`)')
    return ""


def _scalar(text: str) -> str:
    """`text` as a YAML flow item that loads as it: plain when it can be ("Rain", "2024": a number or date is read
    as written by a text field), else double-quoted as JSON writes it ("rain, wind" → `"rain, wind"`)."""
    try:
        loaded = yaml.safe_load(f"[{text}]")
    except yaml.YAMLError:
        loaded = None
    if isinstance(loaded, list) and len(loaded) == 1 and (loaded[0] == text or isinstance(
            loaded[0], (int, float, dt.date)) and not isinstance(loaded[0], bool)):
        return text  # (a number or date as written: a text field reads it so, LineMap.raw)
    return json.dumps(text, ensure_ascii=False)

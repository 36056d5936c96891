"""How a YAML value reads: as the text a field holds (`as_text`), or to a person in a message (`describe`)."""
from __future__ import annotations

import datetime as dt
from typing import Any

from briefgen.load.codepoints import first_forbidden

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

"""An entry of a config list named as the editor counts it: `people[1].` is "the 2nd entry of `people:`".

Fields.reject_unknown appends it to "unknown key" errors, which name the key by its YAML path (`people[1].url`,
counted from 0, as the code does): UX1 (2026-12-07) read `config.yaml:33: unknown key "people[1].url"` of the first
person after the second entry and wondered which. Also says when an entry's keys look like another list's entries:
an outlet (`url:`, `note:`) written under `people:` goes under `sources:`.
"""
from __future__ import annotations

import re
from collections.abc import Collection

_ENTRY = re.compile(r"^(?P<list>[a-z_]+)\[(?P<index>\d+)\]\.$")
_OUTLET_KEYS = frozenset({"url", "note"})  # a `sources:` entry's keys that no `people:` or `topics:` entry has


def ordinal(number: int) -> str:
    """"1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st" (English)."""
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def entry_words(where: str, hint: str, keys: Collection[object] = ()) -> str:
    """An unknown key's `hint` (' (did you mean "url"?)' or "; the keys here are …") with, for `where` ("people[1]."),
    the entry named as the editor counts it: ' (the 2nd entry of `people:`; did you mean …?)', ' (the 2nd entry of
    `people:`); the keys here are …'; and, when `keys` (the entry's keys) include an outlet's in a list of people or
    topics, that such an entry goes under `sources:`. `hint` as it is when `where` names no list entry."""
    found = _ENTRY.match(where)
    if found is None:
        return hint
    name = found.group("list")
    said = f"the {ordinal(int(found.group('index')) + 1)} entry of `{name}:`"
    outlet = sorted(k for k in keys if isinstance(k, str) and k in _OUTLET_KEYS)
    if outlet and name in ("people", "topics"):
        said += (f"; its keys ({', '.join(f'`{k}:`' for k in outlet)}) are an outlet's: if it is an outlet, move the "
                 f"entry under `sources:` (name, url, note)")
    return f" ({said}; {hint[2:]}" if hint.startswith(" (") else f" ({said}){hint}"

"""Typed reading of YAML mappings: every wrong type, missing or unknown key becomes a diagnostic.

Used by the config schema and by front-matter validation, so that both report
`path:line: message` the same way and never let YAML's loose typing through
(`topics: no` is the boolean false, not a list, and is reported as such).

Text fields are exactly what was written. YAML 1.1 types many plain (unquoted) values:
`12:30` is the number 750, `1.10` is 1.1, `010` is 8, `2023-05-01` a date, `1_000` 1000.
For a text field the loader's record of the written text (LineMap.raw) is used instead,
so all of these arrive as typed. Words that YAML reads as true/false (`yes`, `off`, …) are
refused with "quote it": as a title or tag they are more often a slip than meant. YAML's null
(`~`, `null`, nothing after the colon) as the value of an optional key means "none": the key is
read as absent (`author: ~` was "must be a list like [a, b]", `via: ~` "must be text"). A
required key's null is an error that says so; a null item in a list (`tags: [gas, ~]`) asks for
quotes.

Text fields are one line by nature (a title, an outlet, a name, a tag, an id) but for the few that may run on
(`multiline=True`: a topic's description, an outlet's note, a filter's pattern). A line break in one (YAML's `|` keeps
them, `>` those before an indented line, `"…\n…"` writes one) is folded with the spaces around it to one space, with a
warning at its line (`onelines.py`): a trial's two-line `title: |` reached <title>, feeds and pages with its break.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any, Iterable, TypeVar
from zoneinfo import ZoneInfo

from briefgen.diagnostics import Diagnostic, did_you_mean, error, warning
from briefgen.load import listlike
from briefgen.load.codepoints import code_points, visible
from briefgen.load.entrynames import entry_words
from briefgen.load.realdates import date_reason, rfc3339, why_malformed, written_in_words, written_otherwise
from briefgen.load.onelines import fold_lines, folded_message
from briefgen.load.yamltext import LineList, LineMap
from briefgen.load.yamlvalues import as_text as _as_text, describe, not_text

Number = TypeVar("Number", int, float)  # (`Fields._empty` gives back the default of either kind)

def _ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st …"""
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


# A date and time followed by a time-zone name or abbreviation ("EEST", "UTC", "Europe/Athens").
_ZONE_NAME = re.compile(r"^(\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*([A-Za-z][A-Za-z_/+-]*)$")

class Fields:
    """Reads keys of one mapping, collecting problems instead of raising."""

    def __init__(self, data: LineMap, path: str, problems: list[Diagnostic], where: str = "") -> None:
        self.data = data
        self.path = path
        self.problems = problems
        self.where = where  # e.g. "topics[2]." to name nested keys
        self._written_as: set[str] = set()  # required keys written under another tool's name (`reject_unknown`)
        self.missing_hints: dict[str, str] = {}  # key → text added to its "missing required key" error

    def line(self, key: str) -> int:
        return self.data.line_of(key)

    def report(self, key: str, message: str) -> None:
        self.problems.append(error(self.path, self.line(key), message))

    def reject_unknown(self, allowed: Iterable[str], meant: dict[str, str] | None = None,
                       stands_for: dict[str, str] | None = None) -> None:
        """An error at each key not in `allowed`, with what `meant` says for that key (how to write
        what other tools take such a key for), else the closest allowed key. A key that `stands_for`
        maps to an allowed key (lower case: Jekyll's `date:` → `published`) is that key written
        under another name: its error says so, and `missing` says nothing more about that key; so is
        one written in another case (`Title:`, as Pelican writes it: a trial got that error and "missing
        required key "title"" for one line)."""
        allowed = tuple(allowed)
        for key in self.data:
            if key not in allowed:
                hint = did_you_mean(key, allowed) or (f"; the keys here are {', '.join(allowed)}: remove it, or "
                                                      "write the one meant")  # (a bare "unknown key" said no fix)
                if meant and isinstance(key, str) and key.lower() in meant:
                    hint = f"; {meant[key.lower()]}"
                if stands_for and isinstance(key, str) and key.lower() in stands_for:
                    self._written_as.add(stands_for[key.lower()])
                elif isinstance(key, str) and key.lower() in allowed and key.lower() not in self.data:
                    self._written_as.add(key.lower())  # Pelican's `Title:`: '(did you mean "title"?)' says it all
                self.report(key, f'unknown key "{self.where}{key}"{entry_words(self.where, hint, self.data)}')

    def missing(self, key: str) -> None:
        """An error that the required `key` is absent, unless it was found under another tool's name
        (`reject_unknown`): a migrated `date:` got that key's hint and then "missing required key"."""
        if key in self.data:  # `source:` with nothing after it: "missing" at the first line, of a key written (a trial)
            self.report(key, f'"{self.where}{key}" has no value: write it after the colon (it is required)')
        elif key not in self._written_as:
            hint = self.missing_hints.get(key, "")
            self.problems.append(error(self.path, self.data.line, f'missing required key "{self.where}{key}"{hint}'))

    def text(self, key: str, required: bool = False, default: str = "", multiline: bool = False, shown: bool = False) -> str:
        """The text as written (see the module docstring), on one line unless `multiline` (a line break is
        folded to a space, with a warning); wrong types are reported. Showing nothing (`codepoints.visible`), a
        required text is an error, an optional one `shown` to readers is left out with a warning (README)."""
        if self.data.get(key) is None:  # absent, or YAML's null (`~`): none (the module docstring)
            if required and key in self.data and key in self.data.raw:
                self.report(key, f'"{self.where}{key}" is empty ({self.data.raw[key]}): give a value (it is '
                                 f'required), or quote it ("{self.data.raw[key]}") if you mean that text')
            elif required:
                self.missing(key)
            return default
        text = _as_text(self.data[key], self.data.raw.get(key))
        if not isinstance(text, str):
            self.report(key, not_text(self.where + key, text[0], self.data[key], self.line(key)))
            return default
        written, text = text, text.strip() if multiline else self._one_line(key, text.strip(), self.line(key))
        if shown and not required and not text and written.strip(" "):  # (`via: "\u3000"`: silent, a re-test)
            return self._left_out(key, written, default)
        if required and not text:
            self.report(key, f'"{self.where}{key}" must not be empty')
        elif required and not visible(text):  # a page's <h1> and a feed's link with nothing to see
            self.report(key, f'"{self.where}{key}" shows nothing: it holds only invisible characters '
                             f'({code_points(text)}); write the text to show')
        elif shown and text and not visible(text):  # `via: "\u3164"`: "first published by" a blank (a trial)
            return self._left_out(key, text, default)
        return text

    def _left_out(self, key: str, text: str, default: Any) -> Any:
        """`default`, with a warning that `text` under `key` shows nothing and is left out."""
        self.problems.append(warning(self.path, self.line(key), f'"{self.where}{key}" shows nothing: it holds only '
                                     f"invisible characters ({code_points(text)}), so it is left out; remove it or "
                                     "write what it should say"))
        return default

    def flag(self, key: str, default: bool = False) -> bool:
        value = self.data.get(key)
        if value is None:
            return default
        if not isinstance(value, bool):
            meant = _QUOTED_FLAGS.get(value.strip().lower()) if isinstance(value, str) else None
            # `draft: "false"` (as Hugo's tools write it): 'got "false"' read as a riddle; say what the quotes do.
            fix = (f" in quotes, which is text: write {self.where}{key}: {meant}, without quotes"
                   if meant else "")
            self.report(key, f'"{self.where}{key}" must be true or false, got {self.shown(key)}{fix}')
            return default
        return value

    def number(self, key: str, default: float, low: float, high: float, unit: str = "") -> float:
        """A number from `low` to `high` (a threshold, a timeout in seconds); anything else is reported.
        Written with an exponent but no point (`1e-3`, `5E-1`), YAML 1.1 reads a number as text
        (its float needs a "."): such text is taken as the number it spells (a trial: `threshold:
        1e-9` was refused as 'got "1e-9"'). The message names the `unit` when there is one ("a number of
        days from 1 to 60": a trial read "from 1.0 to 60.0" for a window without knowing what it counted)."""
        value = self.data.get(key)
        if value is None:
            return self._empty(key, default)
        if isinstance(value, str) and _EXPONENT.match(value):
            value = float(value)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
            self.report(key, f'"{self.where}{key}" must be a number{" of " + unit if unit else ""} from {low:g} '
                             f"to {high:g}, got {self.shown(key)}")
            return default
        return float(value)

    def _empty(self, key: str, default: Number) -> Number:
        """`default` for a number not given; a warning too when the key is written with no value
        (`threshold:` alone, which YAML reads as null: a trial's build used the default without a word)."""
        if key in self.data:
            self.problems.append(warning(self.path, self.line(key), f'"{self.where}{key}" is written with no value, '
                                         f"so the default {default:g} is used; write a value or remove the line"))
        return default

    def integer(self, key: str, default: int, low: int, high: int) -> int:
        """A whole number from `low` to `high` (a page size, a count); anything else is reported."""
        value = self.data.get(key)
        if value is None:
            return self._empty(key, default)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            self.report(key, f'"{self.where}{key}" must be a whole number from {low} to {high}, '
                             f"got {describe(value)}")
            return default
        return value

    def text_list(self, key: str, one_allowed: bool = True, list_like: str | None = None,
                  any_case: bool = False) -> tuple[str, ...]:
        """A list of distinct strings (a repeat is a warning; with `any_case`, also one in another case: tags and
        authors, labels a reader takes for one, kept as first written); a single string is a list of one when
        `one_allowed`.
        `list_like` ("items" or "names", listlike.items): a single string that reads as a list by that
        rule (`tags: gas, oil`) is a warning saying how to write either."""
        value = self.data.get(key)
        written = self.data.raw.get(key)
        if value is None:  # absent, or YAML's null (`author: ~`): none
            return ()
        if one_allowed and (isinstance(value, str) or (written is not None and value is not None
                                                       and not isinstance(value, bool))):
            # One item checked as a list's are: `author: "A\x85B"` reached every page's byline and JSON-LD
            # (the Nu checker's "Forbidden code point"), where `author: ["A\x85B"]` was an error; and
            # Python's strip() takes U+0085 and U+001C-U+001F for spaces, so check before stripping.
            text = _as_text(value if isinstance(value, str) else written, None)
            if not isinstance(text, str):
                self.report(key, f'"{self.where}{key}" must be text, got {text[0]}')
                return ()
            text = self._one_line(key, text.strip(), self.line(key))
            if not text:  # `author: ""`: the editor's empty value published nothing without a word (a trial)
                self.problems.append(warning(self.path, self.line(key), f'"{self.where}{key}" is empty, so it is '
                                             "left out; remove it or write what it should say"))
                return ()
            if not visible(text):
                return self._left_out(key, text, ())
            parts = listlike.items(text, list_like) if list_like else None
            if parts:
                self.problems.append(warning(self.path, self.line(key), listlike.message(key, text, parts, self.where)))
            return (text,) if text else ()
        if not isinstance(value, list):
            self.report(key, f'"{self.where}{key}" must be a list like [a, b], got {self.shown(key)}')
            return ()
        raw = value.raw if isinstance(value, LineList) else {}
        items: dict[str, None] = {}  # (a dict: ordered, and `in` costs no scan: 100,000 tags took 65 s as a list)
        cased: dict[str, str] = {}  # with `any_case`: casefolded item → the spelling kept
        for index, item in enumerate(value):
            text = _as_text(item, raw.get(index))
            if not isinstance(text, str):
                line = value.line_of(index) if isinstance(value, LineList) else self.line(key)
                self.problems.append(error(self.path, line, f'"{self.where}{key}" items must be text, '
                                                            f"got {text[0]}"))
                continue
            text = self._one_line(key, text.strip(), value.line_of(index) if isinstance(value, LineList)
                                  else self.line(key))
            if text in items:  # `articles: [a, a]` showed the note twice on a's page (its ids twice)
                line = value.line_of(index) if isinstance(value, LineList) else self.line(key)
                self.problems.append(warning(self.path, line, f'"{self.where}{key}" lists "{text}" twice; '
                                                              "the repeat is left out"))
            elif any_case and text.casefold() in cased:  # `tags: [ai, drones, AI]`: two tags on the page and in
                kept = cased[text.casefold()]  # JSON-LD keywords for one (a trial)
                line = value.line_of(index) if isinstance(value, LineList) else self.line(key)
                self.problems.append(warning(self.path, line, (
                    f'"{self.where}{key}" lists "{kept}" and "{text}", which differ only in case: one, published as '
                    f'"{kept}" (the first); remove "{text}", or write the spelling meant in both places')))
            elif visible(text):
                items[text] = None
                cased[text.casefold()] = text
            else:  # `tags: [gas, ""]`: a blank left in a template, a value deleted but not its quotes, or
                # only invisible characters (a zero-width space pasted from a web page: U+200B)
                line = value.line_of(index) if isinstance(value, LineList) else self.line(key)
                what = "an empty item" if not text else f"an item that shows nothing (only invisible characters: {code_points(text)})"
                self.problems.append(warning(self.path, line, f'"{self.where}{key}" has {what} (the '
                                                              f"{_ordinal(index + 1)}), which is left out; remove "
                                                              "it or write what it should say"))
        return tuple(items)

    def _one_line(self, key: str, text: str, line: int) -> str:
        """`text` with its line breaks folded (onelines.fold_lines), and a warning at `line` when it had any."""
        folded = fold_lines(text)
        if folded is None:
            return text
        self.problems.append(warning(self.path, line, folded_message(f"{self.where}{key}", folded)))
        return folded

    def item_line(self, key: str, item: str) -> int:
        """The line of `item` in the list under `key` (the key's line for a one-line list)."""
        value = self.data.get(key)
        if isinstance(value, LineList):
            for index, found in enumerate(value):
                text = _as_text(found, value.raw.get(index))
                if isinstance(text, str) and (text.strip() == item or fold_lines(text.strip()) == item):
                    return value.line_of(index)
        return self.line(key)

    def shown(self, key: str) -> str:
        """The value under `key` as the editor sees it: written text when YAML retyped it."""
        raw = self.data.raw.get(key)
        value = self.data.get(key)
        if raw is None or isinstance(value, bool):
            return describe(value)
        return f"{raw}, which YAML reads as empty (quote it)" if value is None else raw

    def mapping_list(self, key: str) -> list[tuple[int, LineMap]]:
        """Items of a list of mappings, each with its index; wrong shapes are reported."""
        value = self.data.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.report(key, f'"{self.where}{key}" must be a list, got {self.shown(key)}')
            return []
        found = []
        for index, item in enumerate(value):
            if isinstance(item, LineMap):
                found.append((index, item))
            else:
                line = value.line_of(index) if isinstance(value, LineList) else self.line(key)
                self.problems.append(error(self.path, line, f'"{self.where}{key}" items must be '
                                                            f"`key: value` mappings, got {describe(item)}"))
        return found

    def moment(self, key: str, tz: ZoneInfo, required: bool = False) -> tuple[dt.datetime | None, bool]:
        """A date or datetime as an aware datetime, and whether a time of day was given.

        Naive values are read in the site timezone (SPEC.md), so that editions and
        feed dates agree with what the editor meant; values with an offset are the same
        instant in the site timezone, so that every date shown is on the briefing's calendar.
        """
        value = self.data.get(key)
        if value is None:
            if required:
                self.missing(key)
            return None, False
        parsed = parse_moment(value, tz)
        if parsed is None and isinstance(value, str) and (zone := _ZONE_NAME.match(value.strip())) \
                and parse_moment(zone.group(1), tz) not in (None, OUT_OF_RANGE):
            # "2023-05-08 14:30:00 EEST" was "not a real date", as if the day did not exist
            self.report(key, f'"{self.where}{key}" ends in the time-zone name "{zone.group(2)}", which is not '
                             f"read: write the offset from UTC instead (as in 2023-05-08T14:30:00+03:00), or "
                             f"nothing, for the time in config.yaml's timezone ({tz.key}); got {value.strip()}")
            return None, False
        if parsed is None and isinstance(value, str) and re.match(r"^\d{4}-\d{2}-\d{2}", value.strip()):
            self.report(key, f'"{self.where}{key}" is not a real date: {value.strip()}{date_reason(value)}')
            return None, False
        if parsed is None:
            self.report(key, f'"{self.where}{key}" must be a date like 2023-05-08 or '
                             f"2023-05-08T14:30:00+03:00, got {self.shown(key)}"
                             + (written_in_words(value) or written_otherwise(value) or why_malformed(value)
                                if isinstance(value, str) else ""))
            return None, False
        if parsed is OUT_OF_RANGE:
            self.report(key, f'"{self.where}{key}" is {self.shown(key)}: briefgen handles the years '
                             f"{MIN_YEAR}–{MAX_YEAR}; check the date")
            return None, False
        naive = _naive_time(value)
        change = clock_change(naive, tz) if naive is not None else ""
        if naive is not None and change:  # an hour a year: one of two readings, or a wall time that never was
            what = ("does not exist in {} (the clocks jump over it)" if change == "skipped"
                    else "occurs twice in {} (the clocks go back over it)")
            self.problems.append(warning(self.path, self.line(key), (
                f'"{self.where}{key}" {naive.isoformat()} {what.format(tz.key)}; it is read as '
                f"{parsed[0].isoformat()}, with the offset before the change: add the offset meant "
                f"({_offsets(naive, tz)}) to say which moment it is")))
        return parsed


# Text that YAML 1.1 reads as a boolean when it is not quoted (yaml.resolver), and the one meant.
_QUOTED_FLAGS = {**dict.fromkeys(("true", "yes", "on"), "true"), **dict.fromkeys(("false", "no", "off"), "false")}
_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt ]\d")  # a date and a time of day, RFC 3339 or ISO 8601
_EXPONENT = re.compile(r"^[-+]?(?:\d+\.?\d*|\.\d+)[eE][-+]?\d+$")  # a float YAML 1.1 reads as text when it has no "."
# Years a date may have: an edition's period, a time zone's shift and a feed's window must
# stay inside Python's datetime range (years 1–9999): 9999-12-31 made the weekly edition's
# end overflow (OverflowError: "unexpected error" instead of path:line).
MIN_YEAR, MAX_YEAR = 1000, 9000
OUT_OF_RANGE = (dt.datetime(MIN_YEAR, 1, 1, tzinfo=dt.timezone.utc), False)  # a marker: see `moment`


def clock_change(naive: dt.datetime, zone: dt.tzinfo) -> str:
    """"skipped" when the wall-clock time `naive` never was in `zone` (spring forward: 03:30 in Kyiv on
    the last Sunday of March), "repeated" when it was twice (autumn), else "". Either is read with the
    offset before the change (Python's fold=0), here and in imports (importer/zones.py)."""
    first, second = naive.replace(tzinfo=zone, fold=0), naive.replace(tzinfo=zone, fold=1)
    if first.utcoffset() == second.utcoffset():
        return ""
    back = first.astimezone(dt.timezone.utc).astimezone(zone).replace(tzinfo=None)
    return "skipped" if back != naive else "repeated"


def _offsets(naive: dt.datetime, zone: dt.tzinfo) -> str:
    """"+02:00 or +03:00": the two offsets a time at a clock change may have in `zone`."""
    return " or ".join(naive.replace(tzinfo=zone, fold=f).isoformat()[-6:] for f in (0, 1))


def _naive_time(value: Any) -> dt.datetime | None:
    """The wall-clock time a front-matter value gives without an offset, or None (a date alone, an offset)."""
    if isinstance(value, str) and not _DATE_ONLY.match(value.strip()):
        try:
            value = dt.datetime.fromisoformat(value.strip())
        except ValueError:
            return None
    return value if isinstance(value, dt.datetime) and value.tzinfo is None else None


def parse_moment(value: Any, tz: ZoneInfo) -> tuple[dt.datetime, bool] | None:
    """A front-matter date or datetime as an aware datetime in `tz`, and whether it had a time;
    None when it is not a date, `OUT_OF_RANGE` when its year is outside MIN_YEAR–MAX_YEAR."""
    if isinstance(value, dt.datetime):
        moment, has_time = value, True
    elif isinstance(value, dt.date):
        moment, has_time = dt.datetime(value.year, value.month, value.day), False
    elif isinstance(value, str):
        text = rfc3339(value.strip())  # ("2026-12-02 08:00 +1" as YAML reads it unquoted: FX114)
        if text[-1:] == "z" and _DATE_TIME.match(text):  # RFC 3339 (5.6): "t" and "z" may be lower case
            text = text[:-1] + "Z"  # (fromisoformat reads a "t", not a "z": a trial's date was "not real")
        try:
            moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00") if text.endswith("Z") else text)
        except ValueError:
            return None
        has_time = not _DATE_ONLY.match(text)
    else:
        return None
    if not MIN_YEAR <= moment.year <= MAX_YEAR:
        return OUT_OF_RANGE
    # In the site's time zone: the instant as written, shown and grouped (months, editions)
    # by the briefing's calendar. Kept in its own offset, an article of 30 November 22:27 UTC
    # sorted as 1 December in Kyiv but was listed under November, repeating month headings.
    # As a fixed offset, not the zone itself: datetimes that share one tzinfo compare by wall
    # clock, so in the hour a DST change repeats 03:10+02:00 sorted before 03:30+03:00.
    local = moment.replace(tzinfo=tz) if moment.tzinfo is None else moment.astimezone(tz)
    offset = local.utcoffset()
    return local.replace(tzinfo=dt.timezone(offset) if offset else dt.timezone.utc), has_time

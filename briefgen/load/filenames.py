"""File names the project's folders may hold, but a site cannot publish as written, or not everywhere.

Takes names (project-relative paths); gives diagnostics. Two kinds (TR15, 2026-12-06: `static/new⏎line.txt`, a
name holding a line feed, was published without a word):

- a control character (C0, DEL, C1: `\\n`, `\\t`, ESC, U+0085) in a name of static/ is an error naming the
  file or folder (load/staticfiles.py; shown escaped, as all diagnostics' text is): it is invisible, no one can
  type a link to it, Windows refuses every C0 one in a name, and a file list that writes one name a line
  (rsync's, a deploy script's) reads two. A C1 one is named as the Windows-1252 character it most likely
  stands for (U+0092 → ’), as in YAML (yamlchars.py). macOS's `Icon\\r` (a folder's custom icon, the desktop's
  own like `.DS_Store`) is left out without a word. (content/ and templates/ keep their own rules: an
  article's or note's name must be a slug, a template's a theme template's name);
- a bidi control (Unicode's Bidi_Control: the embeddings and overrides U+202A-U+202E, the isolates
  U+2066-U+2069, the marks U+200E, U+200F, U+061C) or any other character that shows nothing (Unicode's
  Default_Ignorable_Code_Point, the set load/codepoints.py refuses as a title: the zero-width space U+200B, the
  word joiner U+2060, U+FEFF, the soft hyphen U+00AD, the Hangul fillers U+115F, U+1160, U+3164, U+FFA0, the
  combining grapheme joiner U+034F, the tag characters U+E0000-U+E0FFF …, and the braille blank U+2800) in a name
  of static/ is an error naming it, the character escaped (TR17, 2026-12-06: `report\u202egpj.exe`, shown
  "reportexe.jpg" in a file manager and a browser's status bar, was published without a word; the Hangul fillers
  and tag characters, printable or not, still were, where U+200B was refused: one list by hand for file names
  and another from Unicode's property for titles). It is invisible; no one can type it in a link; a bidi
  control changes the order in which the rest of the name is shown, so that the name seen is not the file's.
  Those of them that belong to the character before them are allowed there: the zero-width joiner and
  non-joiner (U+200D, U+200C), part of emoji (👩‍💻) and of words in Persian and Indic scripts (می‌خواهم),
  between two characters that are not ASCII; a variation selector (U+FE00-U+FE0F, U+E0100-U+E01EF, Mongolian
  U+180B-U+180D, U+180F) right after a visible character that is not ASCII (❤️, an ideograph's variant) or in a
  keycap (`1️⃣`); a tag character (U+E0020-U+E007F) in a flag's tag sequence after U+1F3F4 (🏴󠁧󠁢󠁳󠁣󠁴󠁿). Anywhere
  else (at an end, beside a Latin letter, a digit, a dot, another of them) each is the error above;
- a character Windows does not allow in a name (`< > : " \\ | ? *`) or a part ending in a dot or a space
  (Windows drops them: "a." and "a" are one file there) is a warning at the static file: it is published as
  it is — its address percent-encoded (`what%3F.pdf`) wherever the site writes it (sitemap.xml; a body's link
  to it is checked and, written raw, told the address to write: site/sitelinks.py) — but the site cannot be
  built, copied or checked out on Windows, as with a device name (output/guards.py).

A name with characters a URL must escape but every system holds (a space, `#`, `%`, `&`, non-ASCII letters) is
published as it is, without a word: its address is percent-encoded wherever briefgen writes it.
"""
from __future__ import annotations

import re

from briefgen.diagnostics import Diagnostic, error, warning

CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
# Invisible characters a name may not hold (see the module's docs): Default_Ignorable_Code_Point and the braille
# blank (codepoints.py), but for those that belong to the character before them, allowed only there.
_JOINERS = "\u200c\u200d"
_SELECTORS = "\u180b-\u180d\u180f\ufe00-\ufe0f\U000e0100-\U000e01ef"
_TAGS = "\U000e0020-\U000e007f"
_ALWAYS = ("\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u206f"
           "\u2800\u3164\ufeff\uffa0\ufff0-\ufff8\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
           "\U000e0000-\U000e001f\U000e0080-\U000e00ff\U000e01f0-\U000e0fff")
_SHOWS_NOTHING = _ALWAYS + _JOINERS + _SELECTORS + _TAGS
INVISIBLE = re.compile(
    f"[{_ALWAYS}]"
    f"|(?<![^\x00-\x7f{_SHOWS_NOTHING}])[{_JOINERS}]|[{_JOINERS}](?![^\x00-\x7f{_SHOWS_NOTHING}])"
    f"|(?<![^\x00-\x7f{_SHOWS_NOTHING}])(?<![0-9#*])[{_SELECTORS}]|(?<=[0-9#*])[{_SELECTORS}](?!\u20e3)"
    f"|(?<![\U0001f3f4{_TAGS}])[{_TAGS}]")
MAC_FOLDER_ICON = "Icon\r"
_NAMES = {"\n": "a line feed", "\r": "a carriage return", "\t": "a tab", "\x1b": "an escape character",
          "\x7f": "a DEL character", "\x0b": "a vertical tab", "\x0c": "a form feed", "\x08": "a backspace"}
_SHOWN = {"<": "a less-than sign (<)", ">": "a greater-than sign (>)", ":": "a colon (:)", '"': 'a double quote (")',
          "\\": "a backslash (\\)", "|": "a vertical bar (|)", "?": "a question mark (?)", "*": "an asterisk (*)",
          ".": "a dot", " ": "a space"}
_WINDOWS = re.compile(r'[<>:"\\|?*]|[. ](?=/|$)')


def control_part(path: str) -> str | None:
    """`path` up to the end of its first part holding a control character (`CONTROL`), the file or folder to name;
    None when that part is macOS's `Icon\\r` (`MAC_FOLDER_ICON`), left out without a word."""
    found = CONTROL.search(path)
    if found is None:
        return None
    end = path.find("/", found.start())
    part = path[:end if end >= 0 else None]
    return None if part.rpartition("/")[2] == MAC_FOLDER_ICON else part


_INVISIBLE_NAMES = {
    "\u202a": "a left-to-right embedding", "\u202b": "a right-to-left embedding",
    "\u202c": "a pop directional formatting", "\u202d": "a left-to-right override",
    "\u202e": "a right-to-left override", "\u2066": "a left-to-right isolate", "\u2067": "a right-to-left isolate",
    "\u2068": "a first strong isolate", "\u2069": "a pop directional isolate", "\u200e": "a left-to-right mark",
    "\u200f": "a right-to-left mark", "\u061c": "an Arabic letter mark", "\u200b": "a zero-width space",
    "\u200c": "a zero-width non-joiner", "\u200d": "a zero-width joiner", "\u2060": "a word joiner",
    "\ufeff": "a zero-width no-break space, or byte order mark,", "\u00ad": "a soft hyphen",
    "\u180e": "a Mongolian vowel separator", "\u115f": "a Hangul filler", "\u1160": "a Hangul filler",
    "\u3164": "a Hangul filler", "\uffa0": "a Hangul filler", "\u034f": "a combining grapheme joiner",
    "\u2800": "a braille blank"}
_REORDERS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")


def refused_part(path: str) -> tuple[str, Diagnostic | None] | None:
    """For a `path` of static/ whose name or a folder's holds a control character (`CONTROL`) or an invisible
    one (`INVISIBLE`): (`path` up to the end of the first part holding one, the error to report at that part;
    None for macOS's `Icon\\r`, left out without a word); None when the path holds neither (then it is
    published). Only for a path that is not printable ASCII (others hold neither)."""
    control, invisible = CONTROL.search(path), INVISIBLE.search(path)
    if control is None and invisible is None:
        return None
    if control is not None and (invisible is None or control.start() < invisible.start()):
        part = control_part(path)
        return (path, None) if part is None else (part, control_in_name(part))
    end = path.find("/", invisible.start())
    part = path[:end if end >= 0 else None]
    return part, invisible_in_name(part)


def invisible_in_name(path: str) -> Diagnostic:
    """The error for the file or folder at `path` whose name (its last part) holds an `INVISIBLE` character."""
    character = INVISIBLE.search(path.rpartition("/")[2]).group()
    what = f"{_INVISIBLE_NAMES.get(character) or _kind(character)} (U+{ord(character):04X})"
    how = ("it is invisible and changes the order in which the rest of the name is shown, so the name seen in a "
           "file manager or a browser is not the file's (report<U+202E>gpj.exe shows as reportexe.jpg)"
           if character in _REORDERS else "it is invisible")
    joins = (" where it joins nothing (it belongs only between two letters or emoji that are not ASCII)"
             if character in _JOINERS else " where it selects nothing (it belongs only after an emoji or a letter "
             "that is not ASCII)" if re.fullmatch(f"[{_SELECTORS}]", character)
             else " outside a flag (it belongs only after U+1F3F4)" if re.fullmatch(f"[{_TAGS}]", character) else "")
    return error(path, 0, f"the name holds {what}{joins}: {how}, and no one can type it in a link; rename it "
                          "without it")


def _kind(character: str) -> str:
    """How `invisible_in_name` names an invisible character `_INVISIBLE_NAMES` does not."""
    code = ord(character)
    if 0xE0000 <= code <= 0xE0FFF and not 0xE0100 <= code <= 0xE01EF:
        return "a tag character"
    if re.fullmatch(f"[{_SELECTORS}]", character):
        return "a variation selector"
    return "an invisible operator" if 0x2061 <= code <= 0x2064 else "an invisible formatting character"


def control_in_name(path: str) -> Diagnostic:
    """The error for the file or folder at `path` whose name (its last part) holds a control character."""
    character = CONTROL.findall(path.rpartition("/")[2])[0]
    code = f"U+{ord(character):04X}"
    what = f"{_NAMES.get(character, 'the control character')} ({code})"
    fix = "rename it without it"
    if 0x80 <= ord(character) <= 0x9F:
        try:
            meant = bytes([ord(character)]).decode("cp1252")
            fix = f'it is most likely "{meant}" garbled (a Windows-1252 name read as Latin-1): rename it with "{meant}"'
        except UnicodeDecodeError:
            pass
    windows = ", Windows does not allow it in a name" if ord(character) < 0x20 else ""
    lists = ", a list of files one a line (rsync's, a deploy script's) reads two names" if character in "\n\r" else ""
    return error(path, 0, f"the name holds {what}: it is invisible, no one can type it in a link{windows}{lists}; "
                          f"{fix}")


def windows_part(path: str) -> tuple[str, str] | None:
    """(what Windows does not allow: "a question mark (?)", "a dot", "a space" …; `path` up to the end of the part holding it) for
    the first character of `path` Windows does not allow in a file or folder name (`_WINDOWS`), or a part ending
    in a dot or a space; None when Windows holds every part."""
    found = _WINDOWS.search(path)
    if found is None:
        return None
    end = path.find("/", found.start())
    return _SHOWN.get(found.group(), found.group()), path[:end if end >= 0 else None]


def windows_name(path: str, address: str, what: str) -> Diagnostic:
    """The warning for the static file or folder at `path`, published at `address` (percent-encoded), whose name
    holds `what` (`windows_part`)."""
    how = f"ends in {what}, which" if what in ("a dot", "a space") else f"holds {what}, which"
    return warning(path, 0, f"the name {how} Windows does not allow in a file name: it is published as it is (at "
                            f"{address}), but the site cannot be built, copied or checked out on Windows; rename "
                            "it if the site may ever be")

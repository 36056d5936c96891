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
  U+2066-U+2069, the marks U+200E, U+200F, U+061C) or a character that shows nothing and has no use in a name
  (the zero-width space U+200B, the word joiner U+2060, the invisible operators U+2061-U+2064, U+FEFF, the
  soft hyphen U+00AD, U+180E) in a name of static/ is an error naming it, the character escaped (TR17,
  2026-12-06: `report\u202egpj.exe`, shown "reportexe.jpg" in a file manager and a browser's status bar,
  was published without a word). It is invisible; no one can type it in a link; a bidi control changes the
  order in which the rest of the name is shown, so that the name seen is not the file's. The zero-width
  joiner and non-joiner (U+200D, U+200C) are part of emoji (👩‍💻) and of words in Persian and Indic scripts
  (می‌خواهم): a name may hold one between two other characters that are not ASCII; anywhere else (at an end,
  beside a Latin letter, a digit, a dot) it is the error above;
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
# Invisible characters a name may not hold (see the module's docs); the joiners only where they join nothing.
INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
                       "|(?<![^\x00-\x7f])[\u200c\u200d]|[\u200c\u200d](?![^\x00-\x7f])|"
                       "(?<=[\u200c\u200d])[\u200c\u200d]")
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
    "\u180e": "a Mongolian vowel separator"}
_REORDERS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")


def refused_part(path: str) -> tuple[str, Diagnostic | None] | None:
    """For a `path` of static/ whose name or a folder's holds a control character (`CONTROL`) or an invisible
    one (`INVISIBLE`): (`path` up to the end of the first part holding one, the error to report at that part;
    None for macOS's `Icon\\r`, left out without a word); None when the path holds neither (then it is
    published). Only for a path `str.isprintable` refuses: every character here is one it refuses."""
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
    what = f"{_INVISIBLE_NAMES.get(character, 'an invisible operator')} (U+{ord(character):04X})"
    how = ("it is invisible and changes the order in which the rest of the name is shown, so the name seen in a "
           "file manager or a browser is not the file's (report<U+202E>gpj.exe shows as reportexe.jpg)"
           if character in _REORDERS else "it is invisible")
    joins = (" where it joins nothing (it belongs only between two letters or emoji that are not ASCII)"
             if character in "\u200c\u200d" else "")
    return error(path, 0, f"the name holds {what}{joins}: {how}, and no one can type it in a link; rename it "
                          "without it")


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

"""Markup written in a title, which is plain text and shows it as written.

A title (an article's or a note's `title:`, and every other name a page shows: `warn_of_marks`) is plain text on every page, in feeds, the search
index and the browser's tab: `title: Gas *pipeline* talks`, `title: Tom &amp; Jerry` or
`title: <em>Talks</em> resume` were published with the asterisks, "&amp;" and the tags showing,
without a word, where the body would have made them emphasis, "&" and italics. `title_marks`
finds Markdown and HTML a title holds, for a warning at its line; nothing is changed, since a
title may mean an asterisk ("Q&A", "snake_case" and a lone "*" are not marks).
"""
from __future__ import annotations

import html
import re
import unicodedata
from html.entities import html5

from briefgen.diagnostics import warning
from briefgen.load.codepoints import shows_nothing, visible
from briefgen.load.fields import Fields
from briefgen.load.unshowable import unshowable_reference

_MARKS = (
    (re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});"),
     "the character reference {m}, shown as those {n} characters; {u}"),
    (re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>"), "the HTML tag {m}, shown as written; remove it"),
    (re.compile(r"\[[^\[\]]+\]\([^()\s]+\)"), "the Markdown link {m}, shown as written; remove the brackets and "
                                               "the address (link to it from the body)"),
    (re.compile(r"`[^`]+`"), "the Markdown code {m}, shown with its backticks; remove them unless meant"),
    # Underscores around one word are a name (`__init__`), not emphasis meant in a title.
    (re.compile(r"(?<![\w*])(\*\*?)(?=[^\s*])[^*]*?(?<=[^\s*])\1(?![\w*])|"
                r"(?<![\w_])(__?)(?=[^\s_])(?=[^_]*\s)[^_]*?(?<=[^\s_])\2(?![\w_])"),
     "the Markdown emphasis {m}, shown with its marks; remove them unless they are meant as characters"),
)


_OVERRIDES = re.compile("[\u202a-\u202e]")  # embeddings and overrides: they reorder what follows them


def title_marks(title: str) -> list[str]:
    """What `title` holds that is markup shown as written: one phrase for each (the first
    occurrence of each kind), [] for a plain title. A character reference counts only when it
    stands for something else (`&amp;` for "&"; `&foo;` and `&copyright;`, HTML5's name list lacking them, are none: a
    hostile re-test was told to write "©right;")."""
    found: list[str] = []
    for pattern, phrase in _MARKS:
        for match in pattern.finditer(title):
            text = match.group()
            if text.startswith("&") and (html.unescape(text) == text or text[1] != "#" and text[1:] not in html5):
                continue  # (no reference: "&copyright;" is no "&copy" and text, whatever HTML's legacy prefixes do)
            found.append(phrase.format(m=text, n=len(text), u=_instead(text) if text.startswith("&") else ""))
            break
    override = _OVERRIDES.search(title)
    if override is not None and visible(title):
        # (written as itself; direction marks and isolates are left: right-to-left titles. A name of invisible
        # characters alone is an error of its own, load/fields.py: said once, not twice)
        found.append(f"the bidi control U+{ord(override.group()):04X}, which reorders the text after it on every "
                     "page and in feeds; remove it")
    return found


def _instead(reference: str) -> str:
    """What to do about a character reference in a title: write the character itself, named by its code point
    when it shows as nothing or as space (U+00A0, U+200B), or remove a reference that stands for no character a
    page can show (`&#0;`, `&#1;`: `html.unescape` makes them "\ufffd" and "", which no editor can write)."""
    why = unshowable_reference(reference)
    if why:
        return f"it {why}; remove it"
    character = html.unescape(reference)
    if len(character) == 1 and (unicodedata.category(character) in ("Cc", "Zl", "Zp") or _OVERRIDES.match(character)):
        # (a tab, CR, LF, a line separator or a bidi embedding or override written as itself is a line break or a
        # reordering on every page: a re-test of 98e9586 was told to write U+202E and U+000A itself. Direction
        # marks and isolates are meant in right-to-left titles: written as themselves, below)
        name = unicodedata.name(character, "").lower()
        return (f"it stands for U+{ord(character):04X}{f' ({name})' if name else ''}, a control, line break or "
                "reordering a one-line title cannot hold; remove it")
    if len(character) == 1 and (not character.isprintable() or character.isspace()
                                or unicodedata.category(character) in ("Cf", "Mn", "Me", "Zs", "Zl", "Zp")):
        name = unicodedata.name(character, "").lower()
        return f"write the character U+{ord(character):04X}{f' ({name})' if name else ''} itself instead"
    return f"write {character} instead"


def title_warning(title: str, what: str = "the title") -> str | None:
    """The warning for a title (or another name shown as plain text, called `what` in the message:
    "the outlet's name") that holds markup (`title_marks`), or None."""
    marks = title_marks(title)
    if not marks:
        return None
    return f"{what} is plain text on every page and in feeds, and it holds {'; and '.join(marks)}"


def title_warnings(title: str) -> list[str]:
    """The warnings on an article's or a note's title, as the build says them and `briefgen new` says them at
    once: markup shown as written (`title_warning`), and no letter or digit at all ("?!", "¡": a trial's
    `title: "?!"` was the headline on every page without a word; a Hangul filler, a letter that shows nothing, is
    none: codepoints.visible). A title of invisible characters alone is an error of its own (load/fields.py)."""
    found = [marks] if (marks := title_warning(title)) is not None else []
    if visible(title) and not any(c.isalnum() and not shows_nothing(c) for c in title):
        found.append(f'the title "{title.strip()}" has no letter or digit: it is the headline on every page, in '
                     "feeds and in search; write the words it stands for")
    return found


def warn_of_marks(fields: Fields, key: str, what: str) -> None:
    """Add to `fields.problems` a warning at the line of `key` (of each item, for a list such as
    `author: [...]`) whose text holds markup shown as written. The same rule as a title's, for every
    name a page shows as plain text: config.yaml's site title, topic titles and descriptions, outlet
    and people names, an article's `source:`, `via:` and authors — `name: R&amp;D Times` was
    published as "R&amp;D Times" without a word, where an article's title got this warning."""
    value = fields.data.get(key)
    items = [v for v in value if isinstance(v, str)] if isinstance(value, list) else [value]
    for item in items:
        if not isinstance(item, str):
            continue  # (a wrong type is reported where the value is read)
        said = title_warning(item.strip(), what)
        if said is not None:
            line = fields.item_line(key, item.strip()) if isinstance(value, list) else fields.line(key)
            fields.problems.append(warning(fields.path, line, said))

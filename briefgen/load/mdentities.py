"""An `&` that starts no character reference stays an `&` (the Markdown renderer's HTML, before the sanitiser).

python-markdown passes `&name;` on as an entity for any letters (`&notified;`), and raw HTML passes on what
it holds (`<p>&copyright 2026</p>`). The HTML parser of the sanitiser then reads the longest name of
HTML's list that starts the letters, and the list holds names without a semicolon, for old pages
(`&not`, `&copy`, `&amp`, `&lt` …: WHATWG HTML, 13.2.5.73 "Named character reference state"): "Kestrel
&notified;" was published "Kestrel ¬ified;" and "&copyright; 2026" "©right; 2026" — on the page, in
its description and its JSON-LD — without a word. CommonMark (0.31, 6.2 "Entity and numeric
character references") decodes only `&` + a name of HTML5's list + `;`; anything else is literal text.

`literal_ampersands` escapes the `&` of every reference whose name, as written (with its `;` or
without), is not in `html.entities.html5`, so the page shows what the editor typed. Kept: a valid
reference (`&cent;`, `&reg;`, `&amp;`), one of the old names complete without its semicolon (`&copy 2026`
in raw HTML: the list holds `copy`, and every browser shows ©), and numeric references (`&#169;`).
In a tag, an old name followed by `=` (`href="?a=1&not=2"`) is literal for the parser (the same
section's rule "for historical reasons" in attributes) but not for Python's `html.unescape`, which the
checks of addresses use: its `&` is escaped too, so both read `&not=2`. Same text on the page either way.
"""
from __future__ import annotations

import re
from html.entities import html5

# `&` and what the parser's named-reference state reads: ASCII letters and digits, then maybe `;`.
_REFERENCE = re.compile(r"&([A-Za-z0-9]+)(;?)")
_START_TAG = re.compile(r"""<[A-Za-z][^\s/>]*(?:"[^"]*"|'[^']*'|[^'">])*>""")


def literal_ampersands(fragment: str) -> str:
    """`fragment` (HTML) with `&amp;` for each `&` that starts no reference of HTML5's list as written.

    Takes and gives HTML text; raises nothing. A fragment without `&` is returned as it is (the
    caller's gate: `"&" in source`). The rule is CommonMark's (0.31, 6.2) for Markdown text, and
    WHATWG HTML's named-reference state (13.2.5.73) for what a browser would decode in raw HTML.
    """
    if "&" not in fragment:
        return fragment
    tags: list[tuple[int, int]] | None = None
    pieces: list[str] = []
    done = 0
    for found in _REFERENCE.finditer(fragment):
        name, semicolon = found.group(1), found.group(2)
        if semicolon and name + ";" in html5:
            continue
        if not semicolon and name in html5:  # an old name, complete: literal in a tag before "="
            if fragment[found.end():found.end() + 1] != "=":
                continue
            if tags is None:
                tags = [match.span() for match in _START_TAG.finditer(fragment)]
            if not any(start < found.start() < end for start, end in tags):
                continue
        pieces.append(fragment[done:found.start()])
        pieces.append("&amp;")
        done = found.start() + 1
    if not pieces:
        return fragment
    pieces.append(fragment[done:])
    return "".join(pieces)

"""Template code and wikilinks of other tools in a body, which briefgen publishes as text.

Bodies moved from Hugo, Jekyll or Eleventy hold their template languages: Hugo shortcodes
(`{{< figure src="map.png" >}}`, `{{% note %}}`), Liquid and Nunjucks tags (`{% include chart.html %}`,
`{% raw %}`), template variables (`{{ page.title }}`, `{{ site.baseurl }}`) and kramdown's attribute
lists (`{: .lead}`). briefgen runs no template code in content (a body is Markdown, SPEC.md), so a
trial's figure, video and include were published as their code — with curly quotes — and the
images they stood for were lost, without a word. Obsidian's `[[wikilinks]]`, `[[page|text]]` and
embeds (`![[map.png]]`) fared alike in a later trial (python-markdown's `wikilinks` extension, when a
site enables it, makes some of them links, which are then not text and not warned of). Other Markdown
dialects fared alike in a hostile trial: an attribute list (`## Heading {#custom-id}`, `{.lead}`: Pandoc,
python-markdown's attr_list), a definition list's definition (`Term`, then `: Definition`: PHP Markdown
Extra, Pandoc) and an abbreviation's (`*[NATO]: North Atlantic …`) were published as text; a site that
enables the python-markdown extension reading one (`markdown: extensions:`) has it applied, and quiet. `template_code` finds each such piece that a
page shows as text (not in code, which shows template code on purpose), for a warning at its line
naming what it is and what to write instead; the page is published as written. A piece is looked for in
the text the whole body shows; when the body also holds it in code (a briefing about software explains
`{{< figure >}}` in backticks and quotes a page that still has it), a line holding it in a code span, a
fenced block or indented code is not warned of (it was, beside the line showing it as text).

Double brackets are also an editor's own: a quotation from a court document keeps its `"[[sic]]"`
(an insertion inside an already bracketed one). A bare `[[x]]` — no `|text`, no `#heading` — inside a
quotation on its line (after an unclosed `"` or `“`), or written `\\[[x]]`, is therefore meant as written and
stays quiet (a briefing's quote was told to become the link `[sic](../sic/)`, to an article that does
not exist); elsewhere the warning says to write it `\\[[x]]` to keep it.
"""
from __future__ import annotations

import html
import re
from collections.abc import Callable

from briefgen.site.urls import title_slug

_RUN = ("write what it stands for in Markdown — an image as ![what it shows](photo.jpg) with the file in "
        "static/ (from an article's page: ../../photo.jpg), a video or another page as a link to it — or put "
        "it in backticks to show the code")
# A definition list's definition (`: text` under its term) and an abbreviation (`*[NATO]: North Atlantic …`),
# each at the start of its line; the definition up to its first word (a link or code after the colon is left:
# its text is not shown as written).
_DEFINITION = re.compile(r"^[ ]{0,3}:[ \t]+[^\s\[\]<`]+")
_ABBREVIATION = re.compile(r"^[ ]{0,3}\*\[([^\]\n]+)\]:[ \t]*([^\n]*)")
_EMBED = re.compile(r"!\[\[([^\[\]|#\n]+)(?:[#|][^\[\]\n]*)?\]\]")
_WIKILINK = re.compile(r"(?<!!)\[\[([^\[\]|#\n]*)(?:#[^\[\]|\n]*)?(?:\|([^\[\]\n]*))?\]\]")


def _embed_fix(piece: str) -> str:
    """`![[map.png]]` → the Markdown image to write instead."""
    found = _EMBED.fullmatch(piece)
    name = found[1].strip() if found else "map.png"
    return (f"write ![what it shows](../../{_address(name)}) with {name} in static/ (from a note: "
            f"{_address(name)}), or a link to it")


def _wikilink_fix(piece: str) -> str:
    """`[[Kyiv responds|Kyiv's answer]]` → the Markdown link to write instead, to the article whose
    file is the target's slug (`kyiv-responds.md`)."""
    found = _WIKILINK.fullmatch(piece)
    target = (found[1] if found else "").strip()
    text = ((found[2] if found else None) or target).strip() or "its text"
    slug = title_slug(target.removesuffix(".md")) if target else "slug"
    return (f"write a Markdown link, [{text}](../{slug}/) to the article {slug}.md (from a note: "
            f"articles/{slug}/); if the brackets are meant as written, write \\{piece}")


def _abbreviation_fix(piece: str) -> str:
    """`*[NATO]: North Atlantic Treaty Organization` → what to write instead."""
    found = _ABBREVIATION.match(piece)
    short, long = (found[1].strip(), found[2].strip()) if found else ("NATO", "")
    return (f"the line stands in the text and {short} gets no expansion; write {long or 'the expansion'} ({short}) where the abbreviation first appears, and remove this line; or "
            "enable python-markdown's abbr (markdown: extensions: [abbr] in config.yaml)")


def _after_term(lines: list[str], number: int) -> bool:
    """Whether line `number` of `lines` (`: definition`) follows a term: a line of text right above it, or
    above one blank line (PHP Markdown Extra and Pandoc allow one)."""
    above = [line.strip() for line in lines[max(0, number - 2):number]]
    return bool(above) and (bool(above[-1]) or len(above) == 2 and bool(above[0]))


def _meant_as_text(line: str, start: int, piece: str) -> bool:
    """Whether a bare `[[x]]` at `start` of `line` is the editor's own brackets, not a wikilink: escaped
    (`\\[[x]]`), or inside a quotation opened before it on its line (an odd number of `"`, or more `“`
    than `”`), as a court document's `"the defendant [[sic]] was"` is quoted."""
    if "|" in piece or "#" in piece:
        return False
    before = line[:start]
    escaped = len(before) - len(before.rstrip("\\"))
    return escaped % 2 == 1 or before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


def _address(name: str) -> str:
    return name.replace(" ", "%20")


# Each kind: the pattern (read on one line, one piece each), what it is and what to write instead (or a
# function of the piece that says it).
_KINDS: tuple[tuple[re.Pattern[str], str, str | Callable[[str], str]], ...] = (
    (re.compile(r"\{\{[<%]\s*/?\s*[\w./-]+[^\n]*?[>%]\}\}"), "a Hugo shortcode, which briefgen does not run", _RUN),
    (re.compile(r"\{%-?\s*[a-z_]\w*\b[^\n]*?-?%\}"),
     "a Liquid or Nunjucks tag (Jekyll, Eleventy), which briefgen does not run", _RUN),
    (re.compile(r"\{\{-?\s*[.$]?[A-Za-z_][\w.]*(?:\s*\|[^{}\n]*)?\s*-?\}\}"),
     "a template variable (Liquid, Nunjucks, Hugo), which briefgen does not fill in",
     "write the text it stands for, or put it in backticks to show the code"),
    (re.compile(r"\{:\s*[^}\n]*\}"), "a kramdown attribute list (Jekyll), which briefgen does not apply",
     "remove it (a body keeps no classes, ids or styles)"),
    (re.compile(r"\{[ \t]*[#.][A-Za-z_][^{}\n]*\}"),
     "an attribute list (Pandoc, python-markdown's attr_list, markdown-it-attrs), which briefgen does not apply",
     "remove it (a body keeps no classes, ids or styles; headings get ids from the toc extension, docs/extending.md)"),
    (_DEFINITION,
     "a definition list's definition (PHP Markdown Extra, Pandoc, kramdown), which briefgen does not make a list",
     "the term and the definition run together in one paragraph; write the term in bold with the definition after it (**Term**: definition), or a list; or enable "
     "python-markdown's def_list (markdown: extensions: [def_list] in config.yaml)"),
    (_ABBREVIATION, "an abbreviation's definition (PHP Markdown Extra, kramdown), which briefgen does not apply",
     _abbreviation_fix),
    (_EMBED, "an Obsidian embed, which briefgen does not show", _embed_fix),
    (_WIKILINK, "an Obsidian wikilink, which briefgen does not make a link", _wikilink_fix),
)
_CODE = re.compile(r"<(pre|code)\b.*?</\1>", re.S | re.I)
_TAG = re.compile(r"<[^>]*>")
_LOOSE = re.compile(r"[\s*_]+")  # spaces, and the marks emphasis may have taken from `{{ site.base_url }}`


def shown_text(body_html: str) -> str:
    """The text a page shows of `body_html` outside code, without spaces, `*` and `_` (`_loose`)."""
    return _loose(html.unescape(_TAG.sub("", _CODE.sub(" ", body_html))))


def _loose(text: str) -> str:
    return _LOOSE.sub("", text)


# What each kind needs in the body: a brace that opens template code or an attribute list, a bracket that opens
# a wikilink or an abbreviation, a colon starting a line (a definition). Each search starts at a literal, which the
# regex engine skips to: 3.7 us for a body of the benchmark corpus, where four `in` tests of two characters
# ("{{", "{%", "{:", "[["; ~9 us each on a body that is not ASCII) took 35.
_BRACES = re.compile(r"\{[{%:#.]|\{[ \t]+[#.]")
_BRACKETS = re.compile(r"\[(?:\[|(?<=\*\[))")
_DEFINITION_START = re.compile(r"\n[ ]{0,3}:[ \t]")


def _may_hold_code(source: str) -> bool:
    """Whether `source` may hold a piece of one of `_KINDS`: most bodies hold none, and are not read further."""
    return (("{" in source and _BRACES.search(source) is not None)
            or ("[" in source and _BRACKETS.search(source) is not None)
            or _DEFINITION_START.search(source) is not None)


def template_code(source: str, body_html: str, definitions: bool = False,
                  raw_html: tuple[str, ...] = ()) -> list[tuple[int, str]]:
    """(0-based line in `source`, warning) for the first piece of template code on each line of the
    Markdown `source` that `body_html`, its HTML, shows as text (`_KINDS`); none when the body has
    none of their openings (`_may_hold_code`). A definition's hint (`definition_fix`) reads whether
    python-markdown's def_list is on (`definitions`) and the raw-HTML blocks it passed on as written
    (`raw_html`: `md.htmlStash`'s, the text of each)."""
    if not _may_hold_code(source):
        return []
    shown = shown_text(body_html)
    in_code = _loose(html.unescape(" ".join(found[0] for found in _CODE.finditer(body_html))))
    lines = source.split("\n")
    fenced = code_lines(lines)
    found: list[tuple[int, str]] = []
    for number, line in enumerate(lines):
        if "{" not in line and "[" not in line and ":" not in line:
            continue
        pieces = sorted(((m.start(), m.group(), what, fix) for pattern, what, fix in _KINDS
                         for m in pattern.finditer(line)
                         if (pattern is not _WIKILINK or not _meant_as_text(line, m.start(), m.group()))
                         and (pattern is not _DEFINITION or _after_term(lines, number))), key=lambda piece: piece[0])
        for start, piece, what, fix in pieces:
            # Shown as text somewhere; when it is also code somewhere (`{{< figure >}}` explained in backticks,
            # then met as text), only where this line does not hold it in code.
            if _loose(piece) in shown and not (_loose(piece) in in_code
                                               and (number in fenced or in_code_span(line, start))):
                if pattern_of[what] is _DEFINITION:
                    what, fix = definition_fix(line, definitions, raw_html, what, fix)
                fix = fix if isinstance(fix, str) else fix(piece)
                found.append((number, f"`{_shorter(piece)}` is {what}: it is shown as text; {fix}"))
                break
    return found


pattern_of = {what: pattern for pattern, what, _ in _KINDS}


def definition_fix(line: str, definitions: bool, raw_html: tuple[str, ...], what: str, fix: str) -> tuple[str, str]:
    """(what it is, what to do) for a definition line (`: text`) shown as text. Inside a raw-HTML block (a block
    of `raw_html` holds the line; a tag left open, `<p><p>x</p>`, keeps python-markdown's block going up to a
    blank line), def_list never sees it: enabling it, the old hint, helped nothing (BR24, 2026-12-06: the hint
    said "enable def_list" with def_list enabled). With def_list on and no such block, it is the term's layout."""
    block = next((b for b in raw_html if line.strip() in b), None)
    if block is not None:
        first = _shorter(block.strip().split("\n", 1)[0])
        return (what.replace("which briefgen does not make a list", "inside a raw-HTML block"),
                f"python-markdown passes a block that starts with HTML (`{first}`) on as written, up to a blank line "
                "when a tag is left open; close the HTML's tags, or leave a blank line between the HTML and the term"
                + ("" if definitions else " and enable python-markdown's def_list (markdown: extensions: [def_list] "
                                          "in config.yaml), or write the term in bold (**Term**: definition)"))
    if definitions:
        return (what.replace("which briefgen does not make a list", "which python-markdown's def_list did not read"),
                "write the term on a line of its own after a blank line (not inside a paragraph or a list item's "
                "text), and `: ` with the definition on the line right below it")
    return what, fix


_FENCE = re.compile(r"[ \t]*(?:>[ \t]*)*(`{3,}|~{3,})")  # (in a quotation or a list item too)
_TICKS = re.compile(r"`+")
_LIST_ITEM = re.compile(r"(?:[-*+]|\d{1,9}[.)])\s")


def code_lines(lines: list[str]) -> set[int]:
    """The 0-based numbers of `lines` inside a fenced code block (between ``` or ~~~ lines, CommonMark's
    rule: a closing fence of the same character, at least as long; an open one runs to the end), also
    in a quotation (`> ````) or a list item, and of indented code (4 spaces or a tab after a blank line
    or another such line, outside a list, whose items indent their own code 8)."""
    inside: set[int] = set()
    opening = ""
    in_list = False
    for number, line in enumerate(lines):
        fence = _FENCE.match(line)
        if opening:
            if fence and fence[1][0] == opening[0] and len(fence[1]) >= len(opening) and not line[fence.end():].strip():
                opening = ""
            else:
                inside.add(number)
            continue
        if fence and not (fence[1][0] == "`" and "`" in line[fence.end():]):
            opening = fence[1]
            continue
        if line.strip() and not line[:1].isspace():
            in_list = bool(_LIST_ITEM.match(line))
        previous = lines[number - 1] if number else ""
        if (line.startswith(("    ", "\t")) and line.strip() and not in_list
                and (not previous.strip() or number - 1 in inside)):
            inside.add(number)
    return inside


def in_code_span(line: str, start: int) -> bool:
    """Whether `start` of `line` lies within a code span on the line: a run of backticks to the next run of
    as many (CommonMark), not escaped."""
    runs = [m for m in _TICKS.finditer(line) if not (m.start() and line[m.start() - 1] == "\\")]
    while runs:
        opening = runs.pop(0)
        closing = next((m for m in runs if len(m[0]) == len(opening[0])), None)
        if closing is None:
            continue
        if opening.end() <= start < closing.start():
            return True
        runs = [m for m in runs if m.start() > closing.start()]
    return False


def _shorter(piece: str, limit: int = 60) -> str:
    return piece if len(piece) <= limit else f"{piece[:limit - 1]}…"

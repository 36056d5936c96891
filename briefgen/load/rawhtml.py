"""Raw HTML made unambiguous before sanitising, so that no text vanishes unannounced.

Takes HTML as Markdown wrote it (raw HTML from the editor passes through verbatim) or
as a feed sent it, and gives HTML whose every `<` is either well-formed markup of a
real element or the text `&lt;`. An HTML5 parser silently swallows text in several
ways; each is turned into text instead:

- a start tag of an element whose content is never shown (script, style, textarea,
  title, iframe, noscript, template, select, object, form, svg, math, xmp, …) without
  its end tag would take *everything after it* (`the <script> tag was removed…`): it
  is escaped and shows as typed. `<plaintext>` never ends, so it is always escaped;
- an unclosed `<!--` (to the end of the document), `<?…>`, `<!…>`, `</ …>` and a
  `<` starting no tag or an unknown one (`x<y and y>z` would lose "and y"; a tag cut
  off at the end would lose the rest): escaped;
- `<![CDATA[…]]>` (a bogus comment in HTML): its content becomes text.

Names with `:` or `-` (`<o:p>`, custom elements) stay markup when an end tag closes them: the
sanitiser drops the tag and keeps its content, as a browser would show it; one never closed and
without attributes (`<urn:isbn:0451450523>`, `<ID:12345>`) is text in angle brackets, escaped. Closed script/style/… elements
stay too; the sanitiser removes them *with* their content, and `hidden_words` finds
those words so that the editor is told (markup.py turns them into a warning, and
`briefgen fetch` into one naming the feed entry).
"""
from __future__ import annotations

import html
import re

# Elements the parser reads as raw text up to their end tag: content removed by the
# sanitiser, or kept as text (xmp, noembed, noframes).
RAW_TEXT = frozenset({"script", "style", "textarea", "title", "iframe", "noscript"})
RAW_TEXT_KEPT = frozenset({"xmp", "noembed", "noframes"})
# Elements that would swallow what follows them when left open.
HIDDEN = RAW_TEXT | RAW_TEXT_KEPT | {"template", "select", "object", "form", "svg", "math", "plaintext"}
_HTML_ELEMENTS = frozenset("""
a abbr acronym address applet area article aside audio b base basefont bdi bdo bgsound big blink blockquote
body br button canvas caption center cite code col colgroup data datalist dd del details dfn dialog dir div
dl dt em embed fieldset figcaption figure font footer form frame frameset h1 h2 h3 h4 h5 h6 head header
hgroup hr html i iframe image img input ins isindex kbd keygen label legend li link listing main map mark
marquee math menu menuitem meta meter multicol nav nobr noembed noframes noscript object ol optgroup option
output p param picture plaintext pre progress q rb rp rt rtc ruby s samp script search section select slot
small source spacer span strike strong style sub summary sup svg table tbody td template textarea tfoot th
thead time title tr track tt u ul var video wbr xml xmp""".split())
_ATTRIBUTES = r"""(?:[\s/]*+[^\s/>"'=<][^\s/>="'<]*+(?:\s*+=\s*+(?:"[^"]*+"|'[^']*+'|[^\s"'=<>`]++))?+)*+"""
_MARKUP = re.compile(
    r"<!--(?:>|->|[\s\S]*?--!?>)"                        # 1 a complete comment
    r"|<!\[CDATA\[([\s\S]*?)\]\]>"                         # 1 CDATA: its text
    rf"|<([A-Za-z][A-Za-z0-9:-]*+)(?=[\s/>])({_ATTRIBUTES})[\s/]*+>"  # 2, 3 a start tag
    rf"|</([A-Za-z][A-Za-z0-9:-]*+)(?=[\s/>]){_ATTRIBUTES}[\s/]*+>"   # 4 an end tag
)
# A tag that needs no look: a start or end tag of a real element whose content is shown,
# with double-quoted attribute values free of `<` (what python-markdown writes).
_PLAIN_TAG = re.compile(r"</?(?:" + "|".join(sorted(_HTML_ELEMENTS - HIDDEN, key=lambda w: (-len(w), w)))
                        + r')(?: [a-zA-Z-]+="[^"<]*")*\s*/?>')
_HIDDEN_START = re.compile(r"<(" + "|".join(sorted(HIDDEN)) + r")(?=[\s/>])", re.I)
_END = {name: re.compile(rf"</{name}(?=[\s/>])", re.I) for name in HIDDEN}
_TAG_TEXT = re.compile(r"<[^>]*>")
_HIDDEN_TAG = re.compile(r"<(/?)(" + "|".join(sorted(HIDDEN)) + r")(?=[\s/>])", re.I)
_HIDDEN_FULL = re.compile(r"<(/?)(" + "|".join(sorted(HIDDEN)) + rf")(?=[\s/>]){_ATTRIBUTES}[\s/]*+>", re.I)


def defuse(fragment: str) -> str:
    """`fragment` with every `<` that would make a parser drop text turned into `&lt;` (see above)."""
    if "<" not in fragment or fragment.count("<") == len(_PLAIN_TAG.findall(fragment)):
        return fragment  # only plain tags of shown elements (python-markdown's own, mostly)
    out: list[str] = []
    position = 0
    foreign = 0  # inside svg/math, other names are theirs
    length = len(fragment)
    while position < length:
        found = fragment.find("<", position)
        if found == -1:
            break
        out.append(fragment[position:found])
        match = _MARKUP.match(fragment, found)
        if match is None:
            out.append("&lt;")
            position = found + 1
            continue
        cdata, start, _, end = match.group(1), match.group(2), match.group(3), match.group(4)
        if cdata is not None:
            out.append(html.escape(cdata, quote=False))
        elif start is not None:
            name = start.lower()
            if not _known(name, foreign) or _unclosed_prefixed(name, match, fragment, foreign):
                out.append("&lt;")
                position = found + 1
                continue
            if name in HIDDEN:
                closed = _END[name].search(fragment, match.end()) if name != "plaintext" else None
                if closed is None:
                    out.append("&lt;")  # would swallow the rest of the document
                    position = found + 1
                    continue
                if name in RAW_TEXT:
                    # Removed with its content; escaping its `<` keeps the parser from reading
                    # `<!--<script>` in it as a reason to end it elsewhere than the scan here.
                    out.append(match.group())
                    out.append(fragment[match.end():closed.start()].replace("<", "&lt;"))
                    position = closed.start()
                    continue
                if name in RAW_TEXT_KEPT:  # shown as text, exactly as written
                    out.append(fragment[found:closed.start()])
                    position = closed.start()
                    continue
                if name in ("svg", "math") and not match.group().endswith("/>"):
                    foreign += 1
            out.append(match.group())
        elif end is not None:
            name = end.lower()
            if not _known(name, foreign):
                out.append("&lt;")
                position = found + 1
                continue
            if name in ("svg", "math") and foreign:
                foreign -= 1
            out.append(match.group())
        else:
            out.append(match.group())  # a complete comment: invisible by intent
        position = match.end()
    out.append(fragment[position:])
    return "".join(out)


def _unclosed_prefixed(name: str, match: re.Match[str], fragment: str, foreign: int) -> bool:
    """Whether a start tag named with ":" or "-" is no markup but text in angle brackets: one that no end tag of its
    name follows and that is not self-closed (`<urn:isbn:0451450523>`, `<ID:12345>`, `<JIRA:ABC-1>`, and with
    words after the name, `<ID: 12345>`, `<Ref: A 12>`: dropped by the sanitiser with nothing inside, the words were
    lost unannounced, hostile trials, 2026-12-04). An element that is never closed is no element an editor meant
    (custom elements and Word's `<o:p>…</o:p>` are closed), so it is shown as written; a closed one stays markup."""
    if foreign or not (":" in name or "-" in name) or match.group().endswith("/>"):
        return False
    return re.search(rf"</{re.escape(name)}(?=[\s/>])", fragment[match.end():], re.I) is None


def _known(name: str, foreign: int) -> bool:
    return name in _HTML_ELEMENTS or ":" in name or "-" in name or foreign > 0


def hidden_spans(fragment: str, names: frozenset[str]) -> list[tuple[str, int, int]]:
    """(name, start, end) of each outermost element of `fragment` (defused: each is closed) named in
    `names` (lower case): what the sanitiser removes with its content, markup and text inside it
    included — also an svg's `<text>` and a formula's `<mi>`, whose content nh3 removes as well."""
    spans: list[tuple[str, int, int]] = []
    outer, depth, begun = "", 0, 0
    for tag in _HIDDEN_FULL.finditer(fragment):
        name, closing = tag.group(2).lower(), tag.group(1) == "/"
        if not depth:
            if name in names and not closing and not tag.group().endswith("/>"):
                outer, depth, begun = name, 1, tag.start()
            continue
        if name == outer and not tag.group().endswith("/>"):
            depth += -1 if closing else 1
            if not depth:
                spans.append((outer, begun, tag.end()))
    return spans


def without_elements(fragment: str, names: frozenset[str]) -> str:
    """`fragment` (defused) without the elements `hidden_spans` finds, content and all."""
    spans = hidden_spans(fragment, names)
    if not spans:
        return fragment
    ends = [0] + [end for _, _, end in spans]
    return "".join(fragment[ends[n]:start] for n, (_, start, _) in enumerate(spans)) + fragment[ends[-1]:]


def hidden_words(fragment: str, names: frozenset[str]) -> dict[str, list[str]]:
    """Element name → the words inside the elements of that name `hidden_spans` finds (entities
    decoded, each tag a break between words), in order; only names with words."""
    found: dict[str, list[str]] = {}
    for name, start, end in hidden_spans(fragment, names):
        # (the content of script, style … has its `<` escaped by `defuse`: text, never taken for a tag)
        found.setdefault(name, []).extend(html.unescape(_TAG_TEXT.sub(" ", fragment[start:end])).split())
    return {name: words for name, words in found.items() if words}

"""Markdown → sanitised, valid HTML and plain text; the expensive per-file step, memoised by the caller.

Raw HTML is allowed in content but always passes the nh3 allow-list: only http(s)/mailto
links, no script, style, event handlers, iframes, forms or SVG; an address it removes (a
`tel:` link, a `data:` image, an `<iframe>`) is a warning (`droppedlinks`). Around the sanitiser:
`rawhtml.defuse` first turns every `<` that would make the HTML parser drop text (an
unclosed `<script>`, `<!--`, an unknown or cut-off tag) into text; `html5.normalise`
afterwards repairs content-model errors so that pages stay valid HTML5. Text the
sanitiser still removes (the content of a closed `<script>…</script>`) is counted and
reported as a warning, never dropped silently. `mdlimits` bounds size, nesting and work.
Typographic quotes are done by a small pass over the text (`smartquotes`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable

import markdown

from briefgen.load.htmlcomments import comment_warnings
from briefgen.load.splitlinks import without_split_links
from briefgen.load.bodyids import scope_ids
from briefgen.load.codepoints import may_produce_forbidden, replace_forbidden
from briefgen.load.droppedlinks import Dropped, address_line, address_lines, addresses, dropped_addresses
from briefgen.load.droppedmarkup import dropped_markup, dropped_markup_warnings
from briefgen.load.extensions import MarkdownSettings, builtin_name, extension_failure
from briefgen.load.headings import consecutive_headings
from briefgen.load.html5 import normalise, normalise_attributes
from briefgen.load.htmlattrs import enumerated, language_tag
from briefgen.load.htmldepth import MAX_DEPTH, flatten_deep
from briefgen.load.mdfailure import library_failure
from briefgen.load.mdentities import literal_ampersands
from briefgen.load.unshowable import unshowable_warnings
from briefgen.load.mdfences import restore_held, unread_fences
from briefgen.load.mddefinitions import check_definitions
from briefgen.load.mdrawblocks import markdown_in_raw_blocks, raw_block_warning
from briefgen.load.nh3cleaner import GuardedCleaner
from briefgen.load.mdbrackets import use_bracket_ends
from briefgen.load.mdlean import gate, lean_for, leave_out, unused_in
from briefgen.load.plaintext import plain_blocks, plain_text  # noqa: F401 — where the other stages find them
from briefgen.load.mdsyntax import add_editors_syntax
from briefgen.load.mdlimits import MAX_NESTING, TooMuchWork, WorkMeter, check_body, meter_markdown
from briefgen.load.rawhtml import defuse, hidden_words, without_elements
from briefgen.load.remotemedia import remote_media
from briefgen.load.smartquotes import smarten
from briefgen.load.templatetags import template_code
from briefgen.load.webaddresses import credentials, meant_web_address

_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "details", "div",
    "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img",
    "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "small", "span", "strong", "sub",
    "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "bdi",
}
_ATTRIBUTES = {
    "a": {"href", "title", "id"}, "code": {"class"}, "abbr": {"title"}, "img": {"src", "alt", "title", "width", "height"},
    "td": {"colspan", "rowspan", "style"}, "th": {"colspan", "rowspan", "scope", "style"}, "ol": {"start", "reversed"},
    "li": {"id"}, "sup": {"id"}, "blockquote": {"cite"}, "q": {"cite"}, "time": {"datetime"},
}
# On every element: the language and direction of a part (<q lang="ar" dir="rtl">), as values HTML
# knows (`_filter_attribute`); `<bdo>`, which reverses text, is not kept.
_GENERIC = {"lang", "dir", "title"}
_CLASSES = {"div": {"footnote"}, "a": {"footnote-ref", "footnote-backref"}}
_SCHEMES = {"http", "https", "mailto"}
# fenced_code: a block between ``` or ~~~ lines is code, as in CommonMark and GitHub; without it the
# fences were text, the code one paragraph (indentation collapsed, "python" shown as code, a `<b>` in
# it made bold).
_EXTENSIONS = ("tables", "footnotes", "sane_lists", "fenced_code")
# The language of a fenced block (```python → class="language-python", the HTML standard's convention).
_CODE_LANGUAGE = re.compile(r"language-[^\s\x00-\x1f]+")


def _own_extensions(configs: dict[str, dict[str, Any]]) -> list[markdown.Extension]:
    """`_EXTENSIONS` as extension objects, each with the options config.yaml gives under its name
    (as `extension_configs` would): named, python-markdown first reads every installed package's
    entry points to look the name up (`importlib.metadata`: 15 ms of every build that parses a body
    here, more where more packages are installed)."""
    import importlib

    return [importlib.import_module(f"markdown.extensions.{name}").makeExtension(**configs.get(name, {}))
            for name in _EXTENSIONS]


_FOOTNOTE_ID = re.compile(r'(id="|href="#)(fn|fnref\d*)(:)')  # fnref2: a note's second reference
_FOOTNOTE_OWN = re.compile(r"(?:fn|fnref\d*)-")
_ALIGN = re.compile(r"\s*text-align\s*:\s*(left|right|center)\s*;?\s*", re.I | re.A)  # fullmatch
_PLACEHOLDER = re.compile("\x02[^\x03]*\x03?")  # python-markdown's stash markers
_COMMENTS = re.compile(r"<!--[\s\S]*?-->")
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")  # C0 but tab, LF, FF, CR; DEL; C1 (codepoints.FORBIDDEN)
_CLEAN_CONTENT = frozenset({"script", "style", "iframe", "object", "embed", "svg", "math", "form", "textarea",
                            "select", "template", "noscript", "title"})


def _filter_attribute(tag: str, attr: str, value: str) -> str | None:
    # Ids are allowed only for footnotes and where an extension declares them (below);
    # bodyids.scope_ids then keeps them apart from other bodies' and the theme's ids.
    if attr == "id" and not _FOOTNOTE_OWN.match(value):
        return None
    if attr == "class" and tag == "code":  # a fenced code block's language; footnotes' are nh3's allowed_classes
        return value if _CODE_LANGUAGE.fullmatch(value) else None
    if attr == "style":  # a table cell's alignment alone (`|:-:|`; python-markdown writes it as a style)
        aligned = _ALIGN.fullmatch(value)
        return f"text-align: {aligned.group(1).lower()};" if aligned else None
    if attr == "dir":
        return enumerated(value.strip(" \t\n\r\f"), ("ltr", "rtl", "auto"))
    return language_tag(value) if attr == "lang" else value


def _declared_id_filter(with_ids: frozenset[str], with_classes: frozenset[str]):  # type: ignore[no-untyped-def]
    """Also keep ids on elements an extension declares them for (toc headings); `bodyids` scopes them.
    Likewise any class where one is declared (codehilite's `<code class=…>`)."""
    def keep(tag: str, attr: str, value: str) -> str | None:
        if (attr == "id" and tag in with_ids) or (attr == "class" and tag in with_classes):
            return value
        return _filter_attribute(tag, attr, value)
    return keep


def sanitise(fragment: str, allowed: dict[str, set[str]] | None = None) -> str:
    """Untrusted HTML (Markdown output, feed content) → safe, valid HTML; no text lost to parsing.

    `allowed` (element → attributes) extends the allow-list with what declared Markdown
    extensions emit (`load.extensions`, which refuses anything that could run code).
    Nesting below `htmldepth.MAX_DEPTH` is flattened first (html5ever's time grows with its square).
    """
    clean = _clean(flatten_deep(defuse(fragment))[0], allowed)
    return normalise(replace_forbidden(clean) if may_produce_forbidden(fragment) else clean)


def removed_with_content(fragment: str, allowed: dict[str, set[str]] | None = None) -> dict[str, list[str]]:
    """Element name → the words of `fragment` (defused HTML) the sanitiser removes with the elements of
    that name, whose content no page shows (`_CLEAN_CONTENT`: script, svg, math, form …, less what
    `allowed` adds), in order; only names with words. nh3 removes also the text of an svg's `<text>`
    and a formula's `<mi>`: counted by comparing what it kept, these words went unnamed."""
    return hidden_words(fragment, _CLEAN_CONTENT - set(allowed or ()))


def without_removed_content(fragment: str, allowed: dict[str, set[str]] | None = None) -> str:
    """`fragment` (defused HTML) without the elements `removed_with_content` reads, content and all."""
    return without_elements(fragment, _CLEAN_CONTENT - set(allowed or ()))


def _clean(fragment: str, allowed: dict[str, set[str]] | None = None) -> str:
    """nh3 with the allow-list (and what `allowed` adds), built once per allow-list (nh3cleaner.py)."""
    if not allowed:
        return _cleaner(()).clean(fragment)
    return _cleaner(tuple(sorted((tag, tuple(sorted(names))) for tag, names in allowed.items()))).clean(fragment)


@lru_cache(maxsize=16)  # a site has one allow-list, and one more per set of declared extensions
def _cleaner(allowed: tuple[tuple[str, tuple[str, ...]], ...]) -> GuardedCleaner:
    """The sanitiser of the allow-list with `allowed`'s (element, attributes) pairs added."""
    if not allowed:
        return GuardedCleaner(_filter_attribute, tags=_TAGS, attributes=_ATTRIBUTES | {"*": _GENERIC},
                              url_schemes=_SCHEMES, allowed_classes=_CLASSES, clean_content_tags=_CLEAN_CONTENT)
    extra = dict(allowed)
    tags = _TAGS | set(extra)
    attributes = {tag: set(_ATTRIBUTES.get(tag, ())) | set(extra.get(tag, ())) for tag in tags}
    attributes["*"] = _GENERIC | set(extra.get("*", ()))
    classes = {tag: names for tag, names in _CLASSES.items() if "class" not in attributes.get(tag, ())}
    keep = _declared_id_filter(frozenset(tag for tag, names in extra.items() if "id" in names),
                               frozenset(tag for tag, names in extra.items() if "class" in names))
    return GuardedCleaner(keep, tags=tags, attributes=attributes, url_schemes=_SCHEMES, allowed_classes=classes,
                          clean_content_tags=_CLEAN_CONTENT - set(extra))


def _nh3_clean(fragment: str, keep: Callable[[str, str, str], str | None], **options: Any) -> str:
    """`fragment` sanitised by nh3 with `options` and the attribute filter `keep`, whose exceptions, and Ctrl-C,
    reach the caller (nh3cleaner.GuardedCleaner, built for this call)."""
    return GuardedCleaner(keep, **options).clean(fragment)


@dataclass(frozen=True, slots=True)
class Rendered:
    """A body's HTML and what to tell the editor about it."""

    html: str
    problems: tuple[tuple[int, str, str], ...]  # (line within the body, 0-based; message; "error"|"warning")


class MarkdownRenderer:
    """Reusable `markdown.Markdown` instances (building one per file costs more than converting).

    One instance per set of inline patterns and block processors a document can need (mdlean);
    a site uses a handful. All share one WorkMeter, reset for each conversion.
    """

    def __init__(self, settings: MarkdownSettings | None = None) -> None:
        self._settings = settings or MarkdownSettings()
        self._allowed = self._settings.allowed()
        self.settings_key = self._settings.identity  # part of the parse cache key
        self._instances: dict[frozenset[str], markdown.Markdown] = {}
        self._lean = lean_for(self._settings.extensions)
        self._definitions = any(builtin_name(e) in ("def_list", "extra") if isinstance(e, str) else
                                type(e).__name__ in ("DefListExtension", "ExtraExtension") for e in self._settings.extensions)
        self._meter = WorkMeter()

    def _instance(self, source: str) -> markdown.Markdown:
        unused = unused_in(source) if self._lean else frozenset()
        md = self._instances.get(unused)
        if md is None:
            configs = {name: dict(values) for name, values in self._settings.options}
            md = markdown.Markdown(extensions=[*_own_extensions(configs), *self._settings.extensions],
                                   output_format="html", extension_configs=configs)
            leave_out(md, unused)
            use_bracket_ends(md)  # (python-markdown's own, a step a character; the same ends a step a bracket)
            if self._lean:
                gate(md)  # (before the meter wraps a test: it charges each block as before)
            meter_markdown(md, self._meter)
            add_editors_syntax(md)
            leave_out(md, unused)  # (the editors' own: backslash_break, strikethrough, hold_fenced_tabs)
            self._instances[unused] = md
        return md

    def render(self, source: str, id_prefix: str) -> str:
        """Sanitised HTML; footnote ids carry `id_prefix` so several bodies can share one page."""
        return self.convert(source, id_prefix).html

    def convert(self, source: str, id_prefix: str) -> Rendered:
        """HTML and problems: limits passed (errors), raw HTML whose text was removed (warnings)."""
        limits = check_body(source)
        if limits:
            return Rendered("", tuple((line, message, "error") for line, message in limits))
        # whether characters no page may hold (`&#x11;`, a control) can come out: one scan of the body for its three uses
        forbidden = may_produce_forbidden(source)  # (~30 µs a body of the c1k corpus)
        controls = unshowable_warnings(source, forbidden)  # (&#0;, &#99999999;, a noncharacter: U+FFFD, said)
        found = _CONTROL.search(source) if forbidden else None  # (the controls are forbidden characters)
        if found is not None:  # python-markdown and nh3 dropped some (NUL, its \x02 \x03 markers), kept others
            count = len(_CONTROL.findall(source))
            controls += ((source.count("\n", 0, found.start()), f"{count} control character{'s' if count > 1 else ''}"
                         f" (the first U+{ord(found.group()):04X}) replaced by U+FFFD: a web page cannot show them",
                         "warning"),)
            source = _CONTROL.sub("\ufffd", source)
            forbidden = may_produce_forbidden(source)
        rendered = self._convert(source, id_prefix, forbidden)
        return Rendered(rendered.html, controls + rendered.problems) if controls else rendered

    def _convert(self, source: str, id_prefix: str, forbidden: bool) -> Rendered:
        """`convert` of a body without control characters; `forbidden`: `may_produce_forbidden(source)`."""
        md = self._instance(source)
        md.reset()
        self._meter.reset(source)
        try:
            raw = md.convert(source)
            raw = literal_ampersands(restore_held(raw)) if "&" in source else restore_held(raw)  # (&notified;)
        except (Exception, SystemExit) as exc:  # (SystemExit: an extension's sys.exit(), not briefgen's end)
            self._instances = {k: v for k, v in self._instances.items() if v is not md}  # state unknown
            if not isinstance(exc, (RecursionError, TooMuchWork)):  # python-markdown's own or an extra extension's
                failed = library_failure(exc, source)  # (else briefgen's: raised again)
                if failed is not None:
                    return Rendered("", ((*failed, "error"),))
                return Rendered("", ((0, extension_failure(exc, bool(self._settings.extensions)), "error"),))
            if isinstance(exc, RecursionError):
                return Rendered("", ((0, f"nesting too deep (limit {MAX_NESTING} levels of lists and quotes)",
                                      "error"),))
            return Rendered("", ((_line_of(source, exc.snippet), "this body would take too long to convert: "
                                  "its links, brackets, headings or tags make python-markdown repeat work "
                                  "(put blank lines between headings and rules; write a literal [ as \\[ and "
                                  "< as &lt;)", "error"),))
        if "fn:" in raw:
            # "_" is in no prefix: note "b" with [^1-x] and note "b-1" with [^x] both said fn-note-b-1-x
            raw = _FOOTNOTE_ID.sub(lambda m: f"{m.group(1)}{m.group(2)}-{id_prefix}_", raw)
        problems: tuple[tuple[int, str, str], ...] = ()
        # raw HTML is possible only with a "<"; Markdown alone nests as deep with emphasis ("*" × 1,100: 550 <strong>,
        # which the Nu Html Checker refused, a hostile trial) — then the page has more tags than the limit
        if "<" in source or raw.count("<") > 2 * MAX_DEPTH:
            raw, flattened = flatten_deep(defuse(raw))
            if flattened:
                problems += ((0, f"markup nested more than {MAX_DEPTH} elements deep: {flattened} tags below "
                                 "that level were removed, their text kept (browsers stop nesting there too)",
                              "warning"),)
            clean = _clean(raw, self._allowed)
            hidden = removed_with_content(raw, self._allowed)
            if hidden:
                problems += _removed_text(source, list(hidden), sum(len(found) for found in hidden.values()))
            html_out = without_split_links(normalise(replace_forbidden(clean) if forbidden else clean))
            # (what was inside an element removed with its content is named above, not "its text kept")
            shown = _COMMENTS.sub("", without_removed_content(raw, self._allowed) if hidden else raw)  # (a comment's
            removed = dropped_markup_warnings(source, dropped_markup(shown, html_out, _CLEAN_CONTENT))  # tags: hidden)
            problems += comment_warnings(source)
            problems += removed if "<" in source else ()  # (Markdown's own tags: the nesting above)
            problems += tuple((_line_of(source, part), raw_block_warning(tag), "warning")
                              for tag, part in markdown_in_raw_blocks(md.htmlStash))
        else:
            clean = _clean(raw, self._allowed)
            html_out = normalise_attributes(replace_forbidden(clean) if forbidden else clean)
        written = addresses(raw)  # (read once for both: the removed ones and the mistyped ones)
        problems += _web_addresses(source, written, dropped_addresses(raw, html_out, written)) + _unread_fences(source)
        if "src=" in html_out:  # (pixels from elsewhere removed, other remote media warned of: remotemedia.py)
            html_out, remote = remote_media(source, raw, html_out, self._settings.remote_media, self._settings.own_host)
            problems += remote
        problems += tuple((line, message, "warning") for line, message in template_code(
            source, html_out, self._definitions, tuple(map(str, md.htmlStash.rawHtmlBlocks))))
        # The page title is the only <h1>: body headings start at <h2> and go down one level at a time.
        html_out, footnotes = check_definitions(source, scope_ids(html_out, id_prefix), id_prefix, md.references)
        problems += tuple((line, message, "warning") for line, message in footnotes)
        return Rendered(smarten(consecutive_headings(html_out)), problems)


def _unread_fences(source: str) -> tuple[tuple[int, str, str], ...]:
    """A warning at each fenced code block shown as text (`mdfences`), saying how to write it."""
    return tuple((line, "this fence does not start a code block, so the code is shown as text (indentation "
                        "lost, markup in it applied): a fenced block is read only at the top level, its ``` or ~~~ "
                        "lines starting in the first column, with at most one word after the opening fence "
                        "(```python) and the same fence closing it; in a list item, indent the code 8 spaces instead "
                        "of fencing it, in a quotation 4 spaces after the >", "warning")
                 for line in unread_fences(source))


def _removed_text(source: str, hidden: list[str], count: int) -> tuple[tuple[int, str, str], ...]:
    if not count:
        return ()
    tags = ", ".join(f"<{name}>" for name in hidden)
    first = hidden[0]
    return ((_line_of(source, f"<{first}", fold=True),
             f"{count} word{'s' if count != 1 else ''} of raw HTML {'were' if count != 1 else 'was'} removed "
             f"({tags} …, whose content is never shown); to show such a tag as text, write it in backticks "
             f"(`<{first}>`) or as &lt;{first}>", "warning"),)


def _web_addresses(source: str, written: list[Dropped], dropped: list[Dropped]) -> tuple[tuple[int, str, str], ...]:
    """A warning at each of `written` (`addresses` of the HTML before sanitising) that is a website's written so
    that the page cannot link to it (`webaddresses`: `www.example.com/x` is relative, `htps://x` removed), with the
    address to write, and at each whose user name or password the page leaves out; then `_removed_addresses`."""
    found: list[tuple[int, str, str]] = []
    mistyped: set[Dropped] = set()
    for one in written:
        meant = meant_web_address(one.address)
        if meant is not None:
            mistyped.add(one)
            lacks = meant == "https://" + one.address.strip()
            found.append((address_line(source, one), f"{one} {'has no' if lacks else 'misspells'} "
                          "http(s)://, so " + ("it was removed" if one in dropped else
                                               "it is a link within this site, to a page that does not exist")
                          + f"; to link to the website, write {meant}", "warning"))
        elif one not in dropped and credentials(one.address) is not None:  # htmlattrs.fix_url left it out
            userinfo, published = credentials(one.address)
            found.append((address_line(source, one), f'{one}: "{userinfo}" (a user name or password) is '
                          f"left out of this link, which every reader would see: it is published as {published}; "
                          "share a password another way", "warning"))
    return tuple(found) + _removed_addresses(source, [d for d in dropped if d not in mistyped])


def _removed_addresses(source: str, dropped: list[Dropped]) -> tuple[tuple[int, str, str], ...]:
    """A warning for the links, images and embeds the sanitiser removed (`droppedlinks`), at each line that held
    some (all at the first one's line, a hostile trial found a data: image on line 14 said at line 12)."""
    lines: dict[int, list[Dropped]] = {}
    for line, one in zip(address_lines(source, dropped), dropped):
        lines.setdefault(line, []).append(one)
    found = []
    for line, here in lines.items():
        shown = ", ".join(map(str, here[:3])) + (f" and {len(here) - 3} more" if len(here) > 3 else "")
        found.append((line, f"{len(here)} address{'es' if len(here) > 1 else ''} removed, and what "
                            f"{'they' if len(here) > 1 else 'it'} pointed to: {shown}; pages keep only links and "
                            "images whose address is http(s), mailto: or relative, and show no frames, video, audio, "
                            "plugins or forms (link to an https:// address instead)", "warning"))
    return tuple(found)


def _line_of(source: str, snippet: str, fold: bool = False) -> int:
    """0-based line of `snippet` in `source` (0 when it cannot be found)."""
    snippet = _PLACEHOLDER.sub("", snippet).split("\n", 1)[0].strip()[:40]
    found = (source.lower().find(snippet.lower()) if fold else source.find(snippet)) if snippet else -1
    return source.count("\n", 0, found) if found > 0 else 0

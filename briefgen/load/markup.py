"""Markdown → sanitised HTML and plain text; the expensive per-file step, memoised by the caller.

Raw HTML is allowed in content but always passes the nh3 allow-list: only http(s)/mailto
links, no script, style, event handlers, iframes, forms or SVG. Typographic quotes are
done by a small regex pass over text nodes, which costs a fraction of the `smarty`
extension (measured: smarty doubles conversion time).
"""
from __future__ import annotations

import html
import re

import markdown
import nh3

from briefgen.load.extensions import MarkdownSettings

_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "details", "div",
    "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img",
    "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "small", "span", "strong", "sub",
    "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul",
}
_ATTRIBUTES = {
    "a": {"href", "title", "id"}, "abbr": {"title"}, "img": {"src", "alt", "title", "width", "height"},
    "td": {"colspan", "rowspan"}, "th": {"colspan", "rowspan", "scope"}, "ol": {"start", "reversed"},
    "li": {"id"}, "sup": {"id"}, "blockquote": {"cite"}, "q": {"cite"}, "time": {"datetime"},
}
_CLASSES = {"div": {"footnote"}, "a": {"footnote-ref", "footnote-backref"}}
_SCHEMES = {"http", "https", "mailto"}
_EXTENSIONS = ("tables", "footnotes", "sane_lists")

_RAW_BLOCK = re.compile(r"^<(/?)(code|pre|kbd)\b", re.I)
_QUOTE_TOKENS = re.compile(r"<[^>]*>|&quot;|&#39;|[\"']")
_OPENERS = frozenset(" \t\n([{\u2014\u2013->")
_FOOTNOTE_ID = re.compile(r'(id="|href="#)(fn|fnref)(:)')
_BLOCK_TAG = re.compile(r"</?(?:p|div|li|ul|ol|h[1-6]|blockquote|pre|table|thead|tbody|tfoot|tr|td|th|"
                        r"caption|br|hr|dl|dt|dd|figure|figcaption|details|summary)\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]+>")
_IMG_WITHOUT_ALT = re.compile(r"<img(?![^>]*\salt=)")
# nh3 adds rel to every <a>, also to one whose unsafe href it removed: drop it there.
_REL_WITHOUT_HREF = re.compile(r'<a((?:(?!\shref=)[^>])*?) rel="noopener noreferrer"')
_SPACE = re.compile(r"\s+")


# Ids the theme uses on pages that show a body; content may never claim them (duplicate ids).
_THEME_ID = re.compile(r"^(main|notes-title|people-title|articles-title|earlier-title|topic-.*|other-articles|"
                       r"person-.*|note-.*|briefgen-.*)$")


def _filter_attribute(tag: str, attr: str, value: str) -> str | None:
    # Ids are allowed only for footnotes (already made unique per document below),
    # so content can never clash with the theme's own ids.
    if attr == "id" and not value.startswith(("fn-", "fnref-")):
        return None
    return value


def _declared_id_filter(with_ids: set[str]):  # type: ignore[no-untyped-def]
    """Also keep ids on elements an extension declares them for (toc headings), unless the theme uses them."""
    def keep(tag: str, attr: str, value: str) -> str | None:
        if attr == "id" and tag in with_ids and not _THEME_ID.match(value):
            return value
        return _filter_attribute(tag, attr, value)
    return keep


def sanitise(fragment: str, allowed: dict[str, set[str]] | None = None) -> str:
    """`fragment` with only the allow-list's elements, attributes and URL schemes left.

    `allowed` (element → attributes) extends the list with what declared Markdown
    extensions emit (`load.extensions`, which refuses anything that could run code).
    """
    tags, attributes, classes, keep = _TAGS, _ATTRIBUTES, _CLASSES, _filter_attribute
    if allowed:
        tags = _TAGS | set(allowed)
        attributes = {tag: set(_ATTRIBUTES.get(tag, ())) | set(allowed.get(tag, ())) for tag in tags}
        classes = {tag: names for tag, names in _CLASSES.items() if "class" not in attributes.get(tag, ())}
        keep = _declared_id_filter({tag for tag, names in allowed.items() if "id" in names})
    return nh3.clean(fragment, tags=tags, attributes=attributes, attribute_filter=keep,
                     url_schemes=_SCHEMES, allowed_classes=classes, clean_content_tags={
                         "script", "style", "iframe", "object", "embed", "svg", "math", "form",
                         "textarea", "select", "template", "noscript", "title"})


def smarten(fragment: str) -> str:
    """Curly quotes in text; text inside code, pre and kbd is left exactly as written.

    One pass with a callback: a quote opens after a space, an opening bracket, a dash or
    a tag, and closes otherwise; a single quote between letters is an apostrophe.
    """
    if '"' not in fragment and "'" not in fragment and "&quot;" not in fragment and "&#39;" not in fragment:
        return fragment
    depth = 0

    def replace(match: re.Match[str]) -> str:
        nonlocal depth
        token = match.group()
        if token[0] == "<":
            raw = _RAW_BLOCK.match(token)
            if raw:
                depth += -1 if raw.group(1) else 1
            return token
        if depth:
            return token
        start = match.start()
        before = fragment[start - 1] if start else ">"
        double = token in ('"', "&quot;")
        if before in _OPENERS:
            return "\u201c" if double else "\u2018"
        if not double and before.isalnum():
            after = fragment[match.end():match.end() + 1]
            if after.isalnum():
                return "\u2019"
        return "\u201d" if double else "\u2019"

    return _QUOTE_TOKENS.sub(replace, fragment)


def plain_text(fragment: str) -> str:
    """Text of an HTML fragment: block boundaries become spaces, inline tags vanish ("<em>x</em>," → "x,")."""
    return _SPACE.sub(" ", html.unescape(_TAG.sub("", _BLOCK_TAG.sub(" ", fragment)))).strip()


# Inline patterns that cannot match unless their trigger occurs in the source. Leaving
# them out for such a document gives the same HTML: python-markdown tries every pattern
# on every text node, and skipping the impossible ones makes a typical article ~40 %
# faster to convert. (Reference links also need a `[id]: url` definition, hence "]:".)
_TRIGGERS = {
    "backtick": ("`",), "escape": ("\\",), "image_link": ("![",), "linebreak": ("  \n",),
    "autolink": ("<",), "automail": ("<",), "html": ("<",), "entity": ("&",),
    "reference": ("]:",), "image_reference": ("]:",), "short_reference": ("]:",),
    "short_image_ref": ("]:",), "footnote": ("[^",), "link": ("[",),
    "not_strong": ("*", "_"), "em_strong": ("*", "_"), "em_strong2": ("_",),  # em_strong: both in 3.11
}


class MarkdownRenderer:
    """Reusable `markdown.Markdown` instances (building one per file costs more than converting).

    One instance per set of inline patterns a document can need (see _TRIGGERS);
    a site uses a handful.
    """

    def __init__(self, settings: MarkdownSettings | None = None) -> None:
        self._settings = settings or MarkdownSettings()
        self._allowed = self._settings.allowed()
        self.settings_key = self._settings.identity  # part of the parse cache key
        self._instances: dict[frozenset[str], markdown.Markdown] = {}

    def _instance(self, source: str) -> markdown.Markdown:
        unused = frozenset(name for name, triggers in _TRIGGERS.items()
                           if not any(t in source for t in triggers))
        md = self._instances.get(unused)
        if md is None:
            md = markdown.Markdown(extensions=[*_EXTENSIONS, *self._settings.extensions], output_format="html",
                                   extension_configs={name: dict(values) for name, values in self._settings.options})
            for name in unused:
                if name in md.inlinePatterns:
                    md.inlinePatterns.deregister(name)
            self._instances[unused] = md
        return md

    def render(self, source: str, id_prefix: str) -> str:
        """Sanitised HTML; footnote ids carry `id_prefix` so several bodies can share one page."""
        md = self._instance(source)
        md.reset()
        raw = md.convert(source)
        if "fn:" in raw:
            raw = _FOOTNOTE_ID.sub(lambda m: f"{m.group(1)}{m.group(2)}-{id_prefix}-", raw)
        # The page title is the only <h1>; a `#` heading in the body becomes <h2>.
        if "<h1" in raw:
            raw = raw.replace("<h1", "<h2").replace("</h1>", "</h2>")
        clean = sanitise(raw, self._allowed)
        if "<a " in clean:
            clean = _REL_WITHOUT_HREF.sub(r"<a\1", clean)
        if "<img" in clean:  # valid HTML needs alt; an image without one is treated as decorative
            clean = _IMG_WITHOUT_ALT.sub('<img alt=""', clean)
        return smarten(clean)

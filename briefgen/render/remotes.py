"""Resources a template loads from another site: scripts, stylesheets and fonts, frames, images, media.

The pages briefgen publishes load nothing from elsewhere: no remote scripts, fonts or trackers
(SPEC). A template override that adds `<script src="https://cdn…">`, a web font's stylesheet, an
`@import`/`url(…)` of another host, a frame or a tracking image broke that promise without a word
(a trial). `remote_loads` finds such references in a template's source, tag by tag and attribute
by attribute; the template check (render/templatecheck.py) warns about each at its line.

Read as a browser would: an absolute (`https:`, `http:`) or protocol-relative (`//`, or `\\\\`,
which browsers read alike) address in an attribute that loads (`src`, `srcset`, `poster`, `data`,
`href` of `<link rel=stylesheet|preload|preconnect|icon…>`, of SVG's `<use>`/`<image>`, of
`<base>`), in a `<style>` block or `style` attribute (`@import`, `url()`, `image-set()`), or
imported by a module `<script>`. Not named: a link a reader follows (`<a href>`, `<link
rel=canonical|alternate>`, `<form action>`), anything inside an HTML or Jinja comment, and an
address a template expression writes (`src="{{ x }}"`), which is known only when rendering.
"""
from __future__ import annotations

import re

_COMMENTS = re.compile(r"\{#.*?#\}|<!--.*?-->", re.S)
_TAG = re.compile(r"<(?P<name>[a-zA-Z][\w:-]*)(?P<attrs>(?:\"[^\"]*\"|'[^']*'|[^'\">])*)>")
_ATTR = re.compile(r"(?<![\w:-])(?P<name>[a-zA-Z_:][\w:.-]*)\s*=\s*(?:\"(?P<dq>[^\"]*)\"|'(?P<sq>[^']*)'|(?P<bare>[^\s\"'>]+))")
_REMOTE = re.compile(r"^\s*(?:https?:|//|\\\\)", re.I)
_CSS_REMOTE = re.compile(r"(?:@import\s+(?:url\(\s*)?|\burl\(\s*|\bimage-set\(\s*)[\"']?\s*(?:https?:|//|\\\\)", re.I)
_MODULE_IMPORT = re.compile(r"\b(?:import|from)\s*\(?\s*[\"'](?:https?:|//)", re.I)
_BLOCK = re.compile(r"<(?P<name>style|script)\b[^>]*>(?P<body>.*?)</(?P=name)\s*>", re.S | re.I)

_LOADING = {"script": "a script", "iframe": "a frame", "frame": "a frame", "img": "an image", "input": "an image",
            "video": "a video", "audio": "a sound", "source": "a media file", "track": "a text track",
            "embed": "an embedded object", "object": "an embedded object"}
_LOADING_ATTRS = {"src", "srcset", "poster", "data"}
_LINK_RELS = {"stylesheet": "a stylesheet or font", "preload": "a preloaded file", "modulepreload": "a script",
              "prefetch": "a prefetched file", "preconnect": "a connection", "dns-prefetch": "a name look-up",
              "icon": "an icon", "apple-touch-icon": "an icon", "manifest": "a web app manifest"}


def remote_loads(source: str) -> list[tuple[int, str]]:
    """(1-based line of the address, what is loaded: "a script", "a stylesheet or font" …) for each
    reference in the template `source` to a resource on another site, in source order."""
    text = _COMMENTS.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), source)  # (offsets and lines kept)
    found: list[tuple[int, str]] = []
    for tag in _TAG.finditer(text):
        name = tag.group("name").lower()
        attrs = {m.group("name").lower(): m for m in _ATTR.finditer(tag.group("attrs"))}
        for attr, match in attrs.items():
            value = _value(match)
            what = _loaded(name, attr, value, attrs)
            if what:
                found.append((_line(text, tag.start("attrs") + match.start()), what))
            if attr == "style" and _CSS_REMOTE.search(value):
                found.append((_line(text, tag.start("attrs") + match.start()), "a stylesheet, font or image"))
    for block in _BLOCK.finditer(text):
        pattern, what = ((_CSS_REMOTE, "a stylesheet, font or image") if block.group("name").lower() == "style"
                         else (_MODULE_IMPORT, "a script"))
        found += [(_line(text, block.start("body") + m.start()), what) for m in pattern.finditer(block.group("body"))]
    return sorted(found)


def _loaded(tag: str, attr: str, value: str, attrs: dict[str, re.Match[str]]) -> str:
    """What the attribute `attr` (with `value`) of a `tag` loads from another site, or ""."""
    if "{{" in value or "{%" in value:
        return ""  # (written when rendering)
    remote = any(_REMOTE.match(part.strip().split(" ")[0] if part.strip() else "") for part in value.split(",")) \
        if attr == "srcset" else bool(_REMOTE.match(value))
    if not remote:
        return ""
    if tag in _LOADING and attr in _LOADING_ATTRS:
        return _LOADING[tag]
    if tag in ("use", "image") and attr in ("href", "xlink:href"):
        return "an image"
    if tag == "base" and attr == "href":
        return "the base of every relative address"
    if tag == "link" and attr == "href" and "rel" in attrs:
        rels = [rel for rel in _value(attrs["rel"]).lower().split() if rel in _LINK_RELS]
        return _LINK_RELS[rels[0]] if rels else ""
    return ""


def _value(match: re.Match[str]) -> str:
    return next(v for v in (match.group("dq"), match.group("sq"), match.group("bare")) if v is not None)


def _line(text: str, at: int) -> int:
    return text.count("\n", 0, at) + 1

"""The empty link an HTML parser leaves when it repairs a link around blocks, removed.

`<a href="x"><p>block</p><h2>heading</h2></a>` is no valid HTML (a paragraph cannot hold a paragraph); the
parser (html5ever, under nh3) ends the open paragraph, leaving an empty `<a href="x"></a>` in it, and links each
block's words again (`<p><a href="x">block</a></p><h2><a href="x">heading</a></h2>`). The empty copy is an
empty tab stop on the page (axe-core's `link-name`) that the editor never wrote (a hostile trial, 2026-12-04):
it goes, where the next link leads to the same address with only tags between them.
"""
from __future__ import annotations

import re

_SPLIT = re.compile(r'<a href="([^"]*)"(?: [a-z-]+="[^"]*")*></a>(?=(?:\s*</?[a-z][a-z0-9]*(?: [a-z-]+="[^"]*")*>)*\s*'
                    r'<a href="\1")')


def without_split_links(body_html: str) -> str:
    """`body_html` (sanitised) without the empty copies of links the parser split around blocks (module
    docstring; the paragraph that held one stays, empty, as the parser left it). Other HTML unchanged."""
    return _SPLIT.sub("", body_html) if "></a>" in body_html else body_html

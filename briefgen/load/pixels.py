"""Tracking pixels: images that are there to be fetched, not seen — one rule for feed imports and editors' bodies.

`tracking_image(img)` says why an `<img>` (a selectolax node of the HTML as written, styles and sizes still on
it) is a tracking image, or "". Read by importer/boilerplate.py (feed bodies, docs/fetch.md, "Boilerplate")
and load/remotemedia.py (an editor's Markdown and raw HTML: the pixel a newsletter's pasted HTML brings; a
breaker, 2026-12-06, found one published and made the page's JSON-LD `image`). Moved here from the importer
on 2026-12-06 so that both read one rule.

- "unseen": at most 1×1 pixels, as far as their sizes are given (`width="1"` alone, `"1.0"`, `"1px"`, a
  style's `width: 1px`), or 0 in a dimension (`max-height: 0`), or moved off-screen by a style;
- "trackers": from a known tracking host (`_TRACKER_HOSTS`: analytics, ad and newsletter-open counters);
- "guessed": at a known beacon path (`/pixel.gif`, `/beacon`, `/open.gif`, `/track/open` …) and not meant
  to be seen (no size, alt text, figure caption or `<picture>` sources). A tracker *parameter*
  (`memo.jpg?utm_source=rss`) makes no pixel (a tester, 2026-12-05).
"""
from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

# An image a reader cannot see is there to be fetched: moved off-screen by a large negative offset.
_OFF_SCREEN = re.compile(r"(?:^|[;\s])(?:left|top|margin-left|margin-top|text-indent)\s*:\s*-\d{3,}", re.I)
# Hosts (and a host's path) that serve only tracking images: counters, analytics, newsletter opens, feed stats.
_TRACKER_HOSTS = re.compile(r"^(?:https?:)?//(?:[^/?#]*\.)?(?:feedsportal\.com|pixel\.wp\.com|stats\.wordpress\.com"
                            r"|google-analytics\.com|doubleclick\.net|scorecardresearch\.com|quantserve\.com"
                            r"|bat\.bing\.com|counter\.yadro\.ru)(?:[:/?#]|$)"
                            r"|feeds\.feedburner\.com/~r/|facebook\.com/tr[/?]|mc\.yandex\.ru/watch|list-manage\.com/track/"
                            r"|medium\.com/_/stat|feeds\.feedblitz\.com/~/i/", re.I)
# Paths of beacons on any host (an outlet's own counter): a guess from the address, so an image meant to be seen
# (`_meant_to_be_seen`) is kept. A tracker *parameter* is no beacon: links.canonical strips it, the image stays.
_BEACON_PATHS = re.compile(r"/~r/|/(?:pixel|beacon|tracking[-_]?pixel|spacer|open)(?:\.(?:gif|png|php)|/|\?|$)"
                           r"|/tracking/|/track/(?:open|view|pixel)\b|/wf/open\b", re.I)
_DIMENSION = re.compile(r"^\s*(\d*\.?\d+)\s*(?:px)?\s*$", re.I)
_STYLE_SIZE = re.compile(r"(?:^|[;\s])(?:max-)?(?:width|height)\s*:\s*(?:(\d*\.?\d+)\s*px|(0*\.?0+)\s*[a-z%]*)\s*"
                         r"(?:!important\s*)?(?:;|$)", re.I)


def tracking_image(node: LexborNode) -> str:
    """Why `node` (an img) is a tracking image — "unseen", "trackers" or "guessed" (module docstring) — or "".

    Unseen: hidden off-screen, 0 in a dimension, or at most 1 pixel in every dimension given (until 2026-12-04
    this took both and whole numbers only, `width="1"` alone, `1.0` and a style's `max-height: 0` let trackers
    through, and the sanitiser's removal of styles showed them; a 640×1 rule stays: it is seen). Else from a
    tracking host; else at a beacon path and not meant to be seen (`_meant_to_be_seen`). A tracker parameter in
    the address is none of these (before 2026-12-05 `[?&]utm_` made any image a pixel)."""
    attributes = node.attributes
    style = attributes.get("style") or ""
    sizes = [float(match.group(1)) for key in ("width", "height")
             if (match := _DIMENSION.match(attributes.get(key) or ""))]
    sizes += [float(pixels or zero) for pixels, zero in _STYLE_SIZE.findall(style)]
    if _OFF_SCREEN.search(style) or sizes and (min(sizes) == 0 or max(sizes) <= 1):
        return "unseen"
    src = (attributes.get("src") or "").strip()
    if _TRACKER_HOSTS.search(src):
        return "trackers"
    if _BEACON_PATHS.search(src.split("#", 1)[0]) and not sizes and not _meant_to_be_seen(node):
        return "guessed"
    return ""


def _meant_to_be_seen(node: LexborNode) -> bool:
    """An image its author described or framed for readers: alt text, a `<figure>` with a caption, or a
    `<picture>` with other sources. No tracker comes so (trackers carry `alt=""` or none)."""
    if (node.attributes.get("alt") or "").strip():
        return True
    parent = node.parent
    while parent is not None and parent.tag in ("a", "span", "picture", "figure", "p", "div"):
        if parent.tag == "figure" and parent.css_first("figcaption") is not None:
            return True
        if parent.tag == "picture" and parent.css_first("source") is not None:
            return True
        parent = parent.parent
    return False

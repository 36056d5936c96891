"""What a body's page would load from other sites: tracking pixels removed, other remote media warned of.

Taken together, the sanitiser (markup.py) and this module keep the promise that pages load nothing from
elsewhere that the editor did not ask for (SPEC: "no remote scripts, fonts or trackers"). The sanitiser never
keeps what loads without being an image or media file: `<link>`, `<object>`, `<embed>`, frames, `srcset`,
`poster`, `data`, `background` and style attributes (every `url(…)`) go, with a warning (droppedlinks.py);
`markdown.allow_html` can never allow them (extensions.forbidden). What is left to load is a `src`: an `<img>`
written as Markdown (`![](https://…)`) or raw HTML, and `<video>`/`<audio>`/`<source>` where allow_html allows
them. For those, `remote_media`:

- removes tracking pixels whose address is on another site (load/pixels.py: the rule feed imports use, shared,
  not copied): a 1×1 or hidden image, one from a tracking host, one at a beacon's address not meant to be seen.
  A newsletter's pasted HTML brings them; a breaker (BR24, 2026-12-06) found one published, fetched by
  Chromium, and made the page's JSON-LD `image`. Each removal is a warning naming it, at its line;
- warns at its line of every other address on another site (`https:`, `http:`, protocol-relative `//`, on a
  host other than base_url's; only where the site is known, `mode`) that a page loads: every reader's browser asks that host for it (the host learns who reads the page, and the page
  loses the file when the host does). The warning says how to keep the file local (static/) or to silence it
  (`markdown: {remote_media: allow}` in config.yaml). An `http:` address is said to be one: a page served over
  https has browsers upgrade it or block it. Links (`<a href>`) and citations (`cite`) load nothing.
Both are done on the page's HTML (sanitised), the pixel rule read from the HTML as written (sizes and styles are
gone after sanitising). A body without a remote `src` costs one regex search. The build says the remote-media
warnings of imported articles (`guid:`) as one warning, not one a line: importedmedia.py.
"""
from __future__ import annotations

import html
import re
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser

from briefgen.load.droppedlinks import Dropped, address_lines, addresses
from briefgen.load.pixels import tracking_image

_REMOTE = re.compile(r"^\s*(?:https?:|//|\\\\|/\\)", re.I)  # (browsers read `\\host` and `/\host` as `//host`)
_REMOTE_SRC = re.compile(r"""\bsrc\s*=\s*["']?\s*(?:https?:|//|\\\\|/\\)""", re.I)
_IMG = re.compile(r"<img\b(?:\"[^\"]*\"|'[^']*'|[^'\">])*>", re.I)
_SRC = re.compile(r"""\ssrc="([^"]*)\"""")  # (the sanitised HTML: attributes in double quotes)
_EMPTY = re.compile(r"<(p|a|span|div|figure|picture)\b[^>]*>\s*\x00\s*</\1>")
# (importedmedia.py reads these in the warnings to sum up imported articles' remote media)
LOADED_BY = " by every reader's browser, which tells that site who reads the page"
INSECURE = "; it is http://, which browsers upgrade or block"
_WHY = {"unseen": ("1×1 pixel or smaller, or hidden", "an image meant to be seen is kept with a size that shows"),
        "trackers": ("from a tracking host", "a picture meant to be seen goes into static/"),
        "guessed": ("at a tracking beacon's address, with no alt text, caption or size", "an image meant to be seen "
                                                                                       "is kept with alt text")}


def remote_media(source: str, written: str, page: str, mode: str = "warn",
                 own_host: str = "") -> tuple[str, tuple[tuple[int, str, str], ...]]:
    """(`page` without tracking pixels on other sites, warnings) for a body (module docstring).

    `source`: the body's Markdown (for lines); `written`: its HTML before sanitising (the pixel rule reads sizes
    and styles there); `page`: the sanitised HTML; `mode`: `markdown.remote_media` — "warn", "allow" (no warning
    about remote media; pixels are removed all the same) or "" (no site known: the renderer's default, as no
    address is known to be another site's); `own_host`: the host of the site's base_url, whose absolute addresses
    are no other site's. Warnings are (0-based line in `source`, message, "warning")."""
    if not _REMOTE_SRC.search(page):
        return page, ()
    own = own_host.lower()
    pixels = {src: why for src, why in _pixels(written).items() if _host(src) != own} \
        if "<img" in written.lower() else {}
    problems: list[tuple[int, str, str]] = []
    removed: list[tuple[Dropped, str]] = []
    if pixels:
        page, removed = _without(page, pixels)
    loads = [one for one in addresses(page) if one.attribute == "src" and _REMOTE.match(one.address)
             and _host(one.address) != own] if mode == "warn" else []
    shown = [(one, why) for one, why in removed] + [(one, "") for one in loads]
    if not shown:
        return page, ()
    lines = address_lines(source, [one for one, _ in shown])
    for line, (one, why) in zip(lines, shown):
        host = _host(one.address)
        if why:
            what, keep = _WHY[why]
            problems.append((line, f"{one} removed, a tracking pixel ({what}): it shows readers nothing and tells "
                                   f"{host} who opens the page (feed imports drop the same images); {keep}", "warning"))
        else:
            insecure = one.address.strip().lower().startswith("http:")
            problems.append((line, f"{one} is loaded from {host}{LOADED_BY} (and the page loses the file if it "
                                   "moves there)" + (f"{INSECURE} on a page served over https: write https://"
                                                     if insecure else "")
                                   + "; to keep it local, copy the file into static/ and write its address as "
                                     "/static/<file>; if remote media is meant, set `markdown: {remote_media: allow}` "
                                     "in config.yaml", "warning"))
    return page, tuple(sorted(problems, key=lambda problem: problem[0]))


def _pixels(written: str) -> dict[str, str]:
    """Address → why (pixels.tracking_image) of each image on another site in `written` taken for a tracking image."""
    body = LexborHTMLParser(written).body
    found: dict[str, str] = {}
    for node in body.css("img") if body is not None else ():
        src = (node.attributes.get("src") or "").strip()
        if _REMOTE.match(src):
            why = tracking_image(node)
            if why:
                found.setdefault(src, why)
    return found


def _without(page: str, pixels: dict[str, str]) -> tuple[str, list[tuple[Dropped, str]]]:
    """`page` without its images at an address of `pixels`, and the elements they alone filled (a paragraph or
    link that held only a pixel); the images removed, with why."""
    removed: list[tuple[Dropped, str]] = []

    def drop(tag: re.Match[str]) -> str:
        src = _SRC.search(tag.group())
        address = html.unescape(src.group(1)).strip() if src else ""
        if address not in pixels:
            return tag.group()
        removed.append((Dropped("img", "src", address, src.group(1).strip()), pixels[address]))
        return "\x00"

    page = _IMG.sub(drop, page)
    while True:
        emptied = _EMPTY.sub("\x00", page)
        if emptied == page:
            return page.replace("\x00", ""), removed
        page = emptied


def _host(address: str) -> str:
    """The host an address on another site names (`//cdn.example/x` → cdn.example)."""
    text = address.strip().replace("\\", "/")
    try:
        host = urlsplit(text if "://" in text else "https:" + text.lstrip(":") if text.startswith("//") else text).hostname
    except ValueError:
        host = None
    return (host or text).lower()

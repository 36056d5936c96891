"""What makes a `base_url` (config.yaml, `--base-url`) unusable, with the address to write instead.

Takes the address as written (a user name or password already left out: `load/config.py`); gives
one message naming the first problem and the fixed address, or None. `base_url` starts every
absolute address of the feeds, the sitemap, robots.txt and the canonical links, and its path is the
prefix of 404.html's links and of what `serve` serves, so an address that means another one there
is refused where it is written, never published:

- not an absolute http(s) address, or one Python cannot read (`https://[::1/` ended the build with
  "unexpected error: ValueError");
- a host or port no address can have (`https://news example.org/`, `:99999`: the rule of an
  article's `url:`, `htmlattrs.fix_url`);
- a query or a fragment, also an empty one (`…/briefing/#` became `…/briefing/#/`, and every
  feed link `…/briefing/#/articles/x/`);
- an empty segment (`…/briefing//`: every feed and sitemap address read `…/briefing//articles/x/`,
  which S3 or GitHub Pages do not serve; `https://example.org//` made 404.html's stylesheet
  `//assets/style.css`, a file of a host named "assets");
- a file name at the end (`…/briefing/index.html` was taken for a folder: `…/index.html/feed.xml`);
- a `%` not followed by two hexadecimal digits (invalid in every link that carries it);
- and what `serve` could not serve it under (`urlpaths.path_segments`: `.`, `..`, `%2F` …).

A usable one is spelled one way (`canonical_origin`): `HTTPS://Example.ORG:443/brief/` is
`https://example.org/brief/` (RFC 3986 6.2.2.1 and 6.2.3: scheme and host are case-insensitive, a
default port is the same address). Every feed guid and sitemap address starts with it, so two
spellings of one address gave one site two sets of guids, and fixing the case by hand later made
every reader see every item again.
"""
from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from briefgen.load.htmlattrs import fix_url
from briefgen.load.urlpaths import path_segments
from briefgen.site.urls import ascii_url

EXAMPLE = "https://example.org/briefing/"
_PAGE = re.compile(r"[^/]+\.(?:s?html?|xhtml|php\d?|aspx?|jspx?|cgi|xml|rss|atom)", re.I)
_BAD_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")


def base_url_problem(url: str, key: str) -> str | None:
    """Why `url` cannot be the site's address (a message naming `key`, the fix and the value), or None."""
    got = f', got "{url}"'
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 — (raises ValueError for a port out of range or not a number)
    except ValueError as exc:
        return f'"{key}" is not a valid address ({exc}); write it like {EXAMPLE}{got}'
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return f'"{key}" must be an absolute http(s) URL like {EXAMPLE}{got}'
    if fix_url(f"{parts.scheme}://{parts.netloc}/") is None:
        return (f'"{key}" has a host name no address can have ("{parts.netloc}": letters, digits, hyphens and '
                f"dots, and a port from 0 to 65535 after a colon){got}")
    last = parts.path.rsplit("/", 1)[-1]
    folder = parts.path[:-len(last)] if _PAGE.fullmatch(last) else parts.path
    fixed = f"{parts.scheme}://{parts.netloc.rpartition('@')[2]}{_plain(folder)}"
    if "?" in url or "#" in url:
        mark = "?" if "?" in url and ("#" not in url or url.index("?") < url.index("#")) else "#"
        return (f'"{key}" has a {"query (?…)" if mark == "?" else "fragment (#…)"}, which the site\'s addresses '
                f"cannot carry (its pages are found by path alone, and every link of the feeds and sitemap would put "
                f"the {'query' if mark == '?' else 'fragment'} before a page's path: …/{mark}…/articles/…); "
                f"write {fixed}{got}")
    if "//" in parts.path:
        return (f'"{key}" has an empty segment (//) in its path, so every address of the feeds and sitemap '
                f"would be another one than the page's (…//articles/…, which most hosts do not serve); write "
                f"{fixed}{got}")
    if _PAGE.fullmatch(last):
        return (f'"{key}" ends in a file name ("{last}"); it is the address of the folder the site is '
                f"published in: write {fixed}{got}")
    if _BAD_ESCAPE.search(parts.path):
        return (f'"{key}" has a "%" that starts no percent-escape (two hexadecimal digits) in its path, which '
                f"makes every link under it invalid (a percent sign is written %25); write {fixed}{got}")
    unservable = path_segments(urlsplit(ascii_url(url)).path)  # as the preview splits it (load/urlpaths.py)
    if isinstance(unservable, str):
        return (f'"{key}" has {unservable} in its path, which no server can serve the site under as written '
                "(browsers and hosts read it as another path, and `briefgen serve` refuses it); use a plain path, "
                f"such as {fixed}{got}")
    return None


def canonical_origin(url: str) -> tuple[str, str | None]:
    """(`url` with its scheme and host in lower case and a default port (or an empty one) left out, why it
    changed or None): `HTTPS://Example.ORG:443/brief/` → `https://example.org/brief/`. The path, and any
    user name (reported and left out before: load/config.py), are kept as written. `url` is one
    `base_url_problem` accepts; anything else is returned as it is, with None."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return url, None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        return url, None
    user, at, hostport = parts.netloc.rpartition("@")
    host = hostport[:hostport.rindex("]") + 1] if hostport.startswith("[") else hostport.rpartition(":")[0] \
        if ":" in hostport else hostport
    default = {"http": 80, "https": 443}[scheme]
    keep = f":{port}" if port is not None and port != default else ""
    fixed = f"{scheme}://{user}{at}{host.lower()}{keep}" + url[len(f"{parts.scheme}://{parts.netloc}"):]
    if fixed == url:
        return url, None
    why = []
    if url[:len(scheme)] != scheme or host != host.lower():
        why.append("the scheme and host name are the same in any case")
    if port == default:
        why.append(f"{default} is {scheme}'s default port")
    elif port is None and hostport.endswith(":"):
        why.append("an empty port is the default one")
    return fixed, "; ".join(why)


def _plain(path: str) -> str:
    """`path` as a plain folder path ("/a/b/"): no empty, "." or ".." segment (also written %2e), no
    encoded or written backslash or encoded slash (each a break between segments), no control
    character, and every "%" that starts no escape written %25."""
    segments: list[str] = []
    for raw in re.split(r"/|\\|%2[fF]|%5[cC]", path):
        decoded = unquote(raw)
        if decoded == "..":
            segments = segments[:-1]
        elif decoded != ".":
            segment = _BAD_ESCAPE.sub("%25", re.sub(r"%(?:[01][0-9A-Fa-f]|7[fF])|[\x00-\x1f\x7f]", "", raw))
            segments += [segment] if segment else []
    return "/" + "".join(f"{segment}/" for segment in segments)

"""Links of imported entries: absolute, without tracking parameters, and comparable.

- `canonical(url, own_hosts)`: the URL without tracking parameters (`utm_*`, `mtm_*`,
  `fbclid`, `gclid`, … — the list Miniflux keeps in `internal/reader/urlcleaner`, plus
  `ref` when it names the feed's own host, as Ghost adds it). A URL without trackers
  is returned byte-identical: nothing is re-encoded or reordered.
- `dedup_key(url)`: for comparisons only, never written: scheme and a leading `www.`
  folded, default port, fragment and trailing slash dropped, query pairs sorted.
- `resolve(link, bases)`: a relative link made absolute against the first usable base
  (issue 8 §7: the entry's own link, then the channel's site link, then the feed URL —
  never the address of a CDN the feed happened to be served from before those).
- `rewrite_links(fragment, bases, own_hosts)`: the same for every href/src/cite of a
  sanitised fragment.
- `respell_origin(fragment, url)`: for comparisons only: every href/src/cite on `url`'s
  site spelled with `url`'s scheme and host, as relative links resolved against it were.
"""
from __future__ import annotations

import html
import re
from urllib.parse import unquote_plus, urljoin, urlsplit

# Miniflux, internal/reader/urlcleaner/urlcleaner.go (lower case; compared case-insensitively).
TRACKING_PARAMETERS = frozenset({
    "fbclid", "_openstat", "fb_action_ids", "fb_action_types", "fb_ref", "fb_source", "fb_comment_id",
    "hmb_campaign", "hmb_medium", "hmb_source", "itm_campaign", "itm_medium", "itm_source",
    "gclid", "dclid", "gbraid", "wbraid", "gclsrc", "campaign_id", "campaign_medium", "campaign_name",
    "campaign_source", "campaign_term", "campaign_content", "srsltid", "yclid", "ysclid", "twclid",
    "msclkid", "mc_cid", "mc_eid", "mc_tc", "wickedid", "hsa_cam", "_hsenc", "__hssc", "__hstc",
    "__hsfp", "_hsmi", "hsctatracking", "rb_clickid", "oly_anon_id", "oly_enc_id", "vero_id", "vero_conv",
    "mkt_tok", "sc_cid", "_bhlid", "_branch_match_id", "_branch_referrer", "__readwiselocation",
})
TRACKING_PREFIXES = ("utm_", "mtm_")
OUTBOUND_PARAMETERS = frozenset({"ref"})  # trackers only when the value is the feed's own host
_HTTP = re.compile(r"^https?://[^\s/?#]+", re.I)
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
_START_TAG = re.compile(r"<[a-zA-Z][^>]*>")
_LINK_ATTRIBUTE = re.compile(r'(\s(?:href|src|cite))="([^"]*)"')
_DEFAULT_PORTS = {"http": "80", "https": "443"}


def is_http(url: str) -> bool:
    """An absolute http(s) URL without whitespace."""
    return bool(_HTTP.match(url)) and not any(c.isspace() for c in url)


def host_of(url: str) -> str:
    """The host name, lower case, without a leading `www.` ("" for anything but http(s))."""
    if not is_http(url):
        return ""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    return host.lower().removeprefix("www.")


def canonical(url: str, own_hosts: frozenset[str] = frozenset()) -> str:
    """`url` without tracking parameters; the very same string when it has none.

    The query is edited as text, pair by pair, so the pairs that stay keep their exact
    spelling (percent-encoding, order, `+`); `own_hosts` are lower case, without `www.`.
    """
    start = url.find("?")
    if start < 0:
        return url
    end = url.find("#", start)
    end = len(url) if end < 0 else end
    kept, changed = [], False
    for pair in url[start + 1:end].split("&"):
        name, _, value = pair.partition("=")
        name = unquote_plus(name).strip().lower()
        if name.startswith(TRACKING_PREFIXES) or name in TRACKING_PARAMETERS:
            changed = True
            continue
        if name in OUTBOUND_PARAMETERS and unquote_plus(value).strip().lower().removeprefix("www.") in own_hosts:
            changed = True
            continue
        kept.append(pair)
    if not changed:
        return url
    query = "&".join(kept)
    return url[:start] + (f"?{query}" if query else "") + url[end:]


def dedup_key(url: str) -> str:
    """A comparison key: `http://www.x.org/a/?b=2&a=1#top` and `https://x.org/a?a=1&b=2` are equal."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return url.strip()
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().removeprefix("www.")
    if port is not None and str(port) != _DEFAULT_PORTS.get(scheme):
        host = f"{host}:{port}"
    path = parts.path.rstrip("/") or ""
    query = "&".join(sorted(p for p in parts.query.split("&") if p))
    return f"{host}{path}" + (f"?{query}" if query else "")


def _origin(url: str) -> tuple[str, str] | None:
    """(host without `www.`, lower case; port unless the scheme's default) of an http(s) URL, else None."""
    if not is_http(url):
        return None
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    keep = port is not None and str(port) != _DEFAULT_PORTS.get(scheme)
    return (parts.hostname or "").lower().removeprefix("www."), str(port) if keep else ""


def respell_origin(fragment: str, url: str) -> str:
    """`fragment` (sanitised HTML, as `rewrite_links` gives it) with each href/src/cite on `url`'s site
    (same host, ignoring case and `www.`, and port, ignoring the default one) spelled with `url`'s
    scheme and host as `url` writes them; everything else byte-identical. For comparisons only: a
    body's relative links were made absolute against the entry's or the feed's own address, so an
    outlet that moves from http to https (or spells its host in capitals, or adds `:443`) changes
    them without changing a word (bug report: the same item imported twice). `url` not http(s): the
    fragment as it is."""
    origin = _origin(url)
    if origin is None:
        return fragment
    parts = urlsplit(url)
    prefix = f"{parts.scheme}://{parts.netloc}"

    def respell(match: re.Match[str]) -> str:
        value = html.unescape(match.group(2))
        if _origin(value) != origin:
            return match.group()
        rest = urlsplit(value)
        tail = value[len(f"{rest.scheme}://{rest.netloc}"):]
        return f'{match.group(1)}="{html.escape(prefix + tail)}"'

    return _START_TAG.sub(lambda tag: _LINK_ATTRIBUTE.sub(respell, tag.group()), fragment)


def resolve(link: str, bases: tuple[str, ...]) -> str:
    """`link` as an absolute http(s) URL, or "" when it cannot be one.

    Absolute links stay as they are; a relative one is joined to the first base that is
    an absolute http(s) URL. Other schemes (`javascript:`, `mailto:`) give "".
    """
    link = link.strip()
    if not link:
        return ""
    if _SCHEME.match(link) and not link.lower().startswith(("http:", "https:")):
        return ""
    if is_http(link):
        return link
    for base in bases:
        if is_http(base):
            joined = urljoin(base, link)
            return joined if is_http(joined) else ""
    return ""


def rewrite_links(fragment: str, bases: tuple[str, ...], own_hosts: frozenset[str]) -> str:
    """Every href/src/cite of a sanitised fragment absolute (when a base allows) and without trackers.

    The regexes are exact on nh3's output: it escapes <, > and " inside attribute values
    and quotes every value with ", so `<...>` is always a whole tag and `href="..."` a
    whole attribute (text that merely reads `href="x"` lies outside tags and is left alone).
    """
    def rewrite(match: re.Match[str]) -> str:
        value = html.unescape(match.group(2))
        if value.startswith("#") or _SCHEME.match(value) and not value.lower().startswith(("http:", "https:")):
            return match.group()  # in-page anchors; mailto: and the like (nh3 already removed the dangerous ones)
        absolute = resolve(value, bases) if value.strip() else ""
        if not absolute:
            return match.group()
        clean = canonical(absolute, own_hosts)
        return match.group() if clean == value else f'{match.group(1)}="{html.escape(clean)}"'

    return _START_TAG.sub(lambda tag: _LINK_ATTRIBUTE.sub(rewrite, tag.group()), fragment)

"""Links to the briefing itself: a feed entry's link, or an imported article's `url:`, that is a page of the
site published at config.yaml's `base_url`.

- `site_address(url)`: (host, port, path) of an http(s) address, spelled one way, for comparisons only;
- `on_site(url, base_url)`: whether `url` is a page under `base_url` (fetch does not import such an entry:
  its page would say "Read the original at …" and link to the briefing itself).
- `self_linked(archive, base_url, root)`: a warning for each article fetch imported before that rule (it
  has a `guid:`) whose `url:` is such a page, at the `url:` line, with the fix (docs/fetch.md, Filters).

Two spellings of one address are one (RFC 3986 §6.2.2, §6.2.3): scheme and host in any case, a default or
empty port, percent-encoded unreserved characters (`%7E` is `~`, `%2E%2E` is `..`) and the case of other
escapes, `.` and `..` segments removed (§5.2.4, so `/briefing/../other/` is `/other/`, not a page of
`/briefing/`), a host written with the root's trailing dot (`example.org.`, RFC 1034 §3.1), percent-encoded
or as Unicode (IDNA: `exämple.org` is `xn--exmple-cua.org`; full-width letters and dots), a path written as
an IRI (`ü` is `%C3%BC`, RFC 3987 §3.1), user info, and a backslash where browsers read a slash (WHATWG URL).
As before, `www.` and the scheme aside (http and https serve one site). The parsing, the IDNA mapping and the
dot-segment removal are the standard library's (`urllib.parse`, the `idna` codec): the same parser reads
`base_url` (load/baseurl.py) and the entries' links (links.py), so the two agree on what a host and a path
are, and a hand-made splitter would be one more reading of an address to get wrong.
"""
from __future__ import annotations

import re
import string
from pathlib import Path
from urllib.parse import quote, unquote, urljoin, urlsplit

from briefgen.diagnostics import Diagnostic, warning
from briefgen.importer.archive import Archive
from briefgen.load.frontmatter import split
from briefgen.load.text import decode
from briefgen.load.yamltext import load_mapping

_DEFAULT_PORTS = {"http": 80, "https": 443}
_WEB = re.compile(r"(?i)https?://")
_ESCAPE = re.compile(r"%([0-9A-Fa-f]{2})")
_UNRESERVED = frozenset(string.ascii_letters + string.digits + "-._~")  # RFC 3986 §2.3
_ASCII_SHOWN = "".join(chr(c) for c in range(0x21, 0x7F))  # kept by `quote`: the rest is percent-encoded UTF-8


def site_address(url: str) -> tuple[str, str, str] | None:
    """(host: IDNA, lower case, without `www.` and a trailing dot; port: "" for the scheme's default; path:
    normalised, "/" at least) of the http(s) address `url`, or None when it is none (another scheme, a space
    in it, a port that is no number or out of range, an escape that is no UTF-8 in its host). Module
    docstring: which spellings give one value."""
    text = url.strip()
    if not _WEB.match(text) or any(c.isspace() for c in text):
        return None
    cut = min((i for i in (text.find("?"), text.find("#")) if i >= 0), default=len(text))
    try:
        parts = urlsplit(text[:cut].replace("\\", "/"))
        port = parts.port
        host = unquote(parts.hostname or "", errors="strict")
    except (ValueError, UnicodeDecodeError):
        return None
    try:
        host = host.encode("idna").decode("ascii")
    except UnicodeError:  # (an empty or too long label: compared as written)
        pass
    host = host.lower().removesuffix(".").removeprefix("www.")
    if not host:
        return None
    keep = port is not None and port != _DEFAULT_PORTS[parts.scheme.lower()]
    return host, str(port) if keep else "", _path(parts.path)


def _path(path: str) -> str:
    """`path` normalised: an IRI's characters percent-encoded, escapes of unreserved characters decoded and the
    others' hexadecimal digits in upper case (RFC 3986 §6.2.2.1-2), then `.` and `..` removed (§5.2.4, by
    `urljoin`; the "/." in front keeps a path starting "//" a path, not a host)."""
    path = quote(path, safe=_ASCII_SHOWN)
    path = _ESCAPE.sub(lambda m: chr(int(m[1], 16)) if chr(int(m[1], 16)) in _UNRESERVED else f"%{m[1].upper()}",
                       path)
    return urlsplit(urljoin("http://h", "/." + path)).path or "/"


def on_site(url: str, base_url: str) -> bool:
    """Whether `url` is a page of the site published at `base_url` (config.yaml's: absolute, ending in "/"):
    the same host and port, whatever the scheme, and a path inside base_url's, each as `site_address` spells
    it (`https://example.org/briefing/articles/x/` and `https://EXAMPLE.org.:443/briefing/%61rticles/` are on
    `https://example.org/briefing/`; `https://example.org/other` and `https://example.org/briefing/../other/`
    are not). False when either is no http(s) address."""
    page, site = site_address(url), site_address(base_url)
    if page is None or site is None or page[:2] != site[:2]:
        return False
    path, base_path = page[2], site[2]
    return (path if path.endswith("/") else path + "/").startswith(base_path if base_path.endswith("/")
                                                                  else base_path + "/")


def self_linked(archive: Archive, base_url: str, root: Path) -> list[Diagnostic]:
    """A warning for each article of `archive` that fetch imported (it has a `guid:`) whose `url:` is a page of
    the site at `base_url` (`on_site`), at its `url:` line (the file read again; line 1 when it cannot be):
    imported before such entries were filtered (2026-12-05), its page says "Read the original at …" and links
    to the briefing itself. Hand-written articles (no `guid:`) are the editor's choice. [] without base_url."""
    if not base_url:
        return []
    found = {record.path: record for records in archive.by_guid.values() for record in records
             if record.path and not record.rejected and record.guid and on_site(record.url, base_url)}
    problems = []
    for path, record in sorted(found.items()):
        problems.append(warning(path, _url_line(root / path), (
            f"url: {record.url} is a page of this site (config.yaml's base_url {base_url}), so this imported "
            "article's \"Read the original\" link leads back to the briefing (fetch imported such entries until "
            "2026-12-05; it no longer does); delete the file (fetch does not import the entry again), or keep it "
            "and set `url:` to the original report's address, or remove the `url:` line")))
    return problems


def _url_line(path: Path) -> int:
    """The line of `url:` in the file at `path` (1-based, counted in the whole file); 1 when it cannot be read."""
    try:
        text, _ = decode(path.read_bytes(), "")
    except OSError:
        return 1
    parts = split(text, "")[0] if text is not None else None
    front = load_mapping(parts.front, "", first_line=2)[0] if parts is not None else None
    return front.line_of("url") if front is not None else 1

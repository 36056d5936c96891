"""Addresses on the reader's or the editor's own machine or private network, read as browsers read them.

A feed on the public web decides what the imported article links to and shows. A link or image
to `http://127.0.0.1:8080/admin`, `http://192.168.1.1/reboot` or `http://169.254.169.254/` (a
cloud's metadata service) is no page of the outlet: published, every reader's browser asks the
reader's own machine or router for it (an `<img>` without a click: cross-site request forgery
against whatever listens there), and a redirect there makes `briefgen fetch` ask the editor's
machine or network. A feed the editor chose on such a host (an intranet feed, a test server on
127.0.0.1) may lead there: the editor asked for that network.

`private_address(url)` says whether an address names such a host, as a browser reads it (WHATWG
URL): a backslash is a slash, tabs and newlines are removed, any number of slashes may follow
`http:`, user info and port are not the host, the host is percent-decoded and mapped as IDNA
maps it (full-width digits and dots, U+3002 …), and an IPv4 address may be written in decimal,
octal or hexadecimal, whole or in fewer than four parts (`2130706433`, `0x7f.1`, `0177.0.0.1`).
Private hosts: loopback, private-use (RFC 1918, fc00::/7), link-local, shared (100.64/10),
unspecified and reserved addresses (`ipaddress`'s `is_global` is false), IPv4-mapped IPv6 of
them, and the names kept for them, by name, before any DNS lookup: RFC 6761 (`localhost`, `.test`),
RFC 6762 (`.local`; and its Appendix G's names in private use, never delegated: `.intranet`, `.internal`
(ICANN, 2024), `.private`, `.corp`, `.home`, `.lan`, the routers' default), RFC 8375 (`.home.arpa`),
`.localdomain` (`localhost.localdomain`), and a name of one label (`http://router/`, `http://nas/`:
no public name has one since ICANN banned dotless domains, 2013; a resolver completes it with the
network's own search domain). `.example` and `.invalid` (RFC 6761) are not: they never resolve, and
`.example` stands for public hosts in documentation. An IPv6 address that carries an IPv4 one is read for it
too: NAT64 (RFC 6052 `64:ff9b::/96`, RFC 8215 `64:ff9b:1::/48`), 6to4 (RFC 3056 `2002::/16`), Teredo
(RFC 4380). A name that only resolves to such an address is not seen here (that takes the DNS answer
of the moment), except two kinds that say so in the name (a re-test of `opml import`, 2026-12-04):
a private IPv4 address written inside it, dotted or with dashes (`127.0.0.1.nip.io`,
`10-0-0-1.sslip.io`, `app.192.168.1.1.example.com`: the wildcard-DNS services resolve every such
name to the address it writes), and the public names whose every subname is kept at 127.0.0.1
for developers (`LOOPBACK_NAMES`: `lvh.me`, `localtest.me`, …).
"""
from __future__ import annotations

import html
import ipaddress
import re
import unicodedata
from urllib.parse import unquote

# A name, or a name ending in ".<one of them>" (module docstring: RFC 6761, 6762 and its Appendix G, 8375).
PRIVATE_NAMES = ("localhost", "local", "home.arpa", "internal", "intranet", "private", "corp", "home", "lan",
                 "localdomain", "test", "fritz.box", "speedport.ip")  # (the last: home routers' own names, AVM and
# Deutsche Telekom; a hostile re-test's feed linked to fritz.box. Not all of `.box`, a public top-level domain.)
# Public names that resolve, with every name under them, to 127.0.0.1 (their operators' pages, 2026).
LOOPBACK_NAMES = ("lvh.me", "localtest.me", "vcap.me", "lacolhost.com", "fuf.me", "localhost.direct")
_NAT64 = (ipaddress.IPv6Network("64:ff9b::/96"), ipaddress.IPv6Network("64:ff9b:1::/48"))
# Four numbers joined by dots or dashes, standing as labels or parts of one ("ip-10-0-0-1", "127.0.0.1.nip.io").
_WRITTEN_V4 = re.compile(r"(?<![0-9])([0-9]{1,3})[.-]([0-9]{1,3})[.-]([0-9]{1,3})[.-]([0-9]{1,3})(?![0-9])")
_REMOVED = re.compile("[\t\n\r]")  # WHATWG URL: removed anywhere in the input
_DOTS = str.maketrans({"\u3002": ".", "\uff0e": ".", "\uff61": "."})  # UTS #46 maps them to "."
_WEB = re.compile(r"^(?:https?:|[/\\]{2})", re.IGNORECASE)


def private_address(url: str) -> bool:
    """Whether `url` (an href or src as written, entities decoded) is an http(s) or scheme-relative
    (`//host/`) address whose host is private (module docstring). Anything else — a relative path,
    `mailto:`, an address browsers refuse — is False."""
    host = url_host(url)
    return host is not None and private_host(host)


def url_host(url: str) -> str | None:
    """The host a browser reads in `url`, percent-decoded, IDNA-mapped and lower case, without
    brackets, user info or port; None when `url` is no http(s) or scheme-relative address."""
    text = _REMOVED.sub("", url).strip("\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f\x10\x11"
                                         "\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f ")
    if not _WEB.match(text):
        return None
    rest = text.split(":", 1)[1] if text[:1] not in "/\\" else text
    rest = rest.lstrip("/\\")
    authority = re.split(r"[/\\?#]", rest, maxsplit=1)[0].rpartition("@")[2]
    if authority.startswith("["):
        return authority[1:].partition("]")[0].lower()
    host = authority.partition(":")[0]
    try:
        host = unquote(host, errors="strict")
    except UnicodeDecodeError:
        return None
    return unicodedata.normalize("NFKC", host).translate(_DOTS).lower()


def private_host(host: str) -> bool:
    """Whether `host` (as `url_host` gives it) names a private machine or network (module docstring)."""
    name = host.rstrip(".")
    if any(name == n or name.endswith("." + n) for n in PRIVATE_NAMES + LOOPBACK_NAMES):
        return True
    address = _ipv6(host) or browser_ipv4(host)
    if address is None and name and "." not in name:  # one label: the local network's (module docstring)
        return True
    if address is None:
        return any(_written_private(found) for found in _WRITTEN_V4.finditer(name))
    if not address.is_global:
        return True
    return any(not carried.is_global for carried in _carried_v4(address))


def _carried_v4(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    """The IPv4 addresses an IPv6 address carries (module docstring): IPv4-mapped, NAT64, 6to4, Teredo."""
    if address.version == 4:
        return []
    carried = [a for a in (address.ipv4_mapped, address.sixtofour) if a is not None]
    carried += list(address.teredo or ())
    if any(address in network for network in _NAT64):
        carried.append(ipaddress.IPv4Address(int(address) & 0xFFFFFFFF))
    return carried


def _written_private(found: re.Match[str]) -> bool:
    numbers = [int(n) for n in found.groups()]
    return all(n <= 255 for n in numbers) and not ipaddress.IPv4Address(bytes(numbers)).is_global


def _ipv6(host: str) -> ipaddress.IPv6Address | None:
    if ":" not in host:
        return None
    try:
        return ipaddress.IPv6Address(host.partition("%")[0])
    except ValueError:
        return None


def browser_ipv4(host: str) -> ipaddress.IPv4Address | None:
    """The IPv4 address a browser reads in `host` (WHATWG URL, "IPv4 parser": one to four parts,
    each decimal, octal with a leading 0 or hexadecimal with 0x, the last filling the remaining
    bytes), or None when `host` is a name or no valid address."""
    parts = host.split(".")
    if len(parts) > 1 and parts[-1] == "":
        parts.pop()
    if not parts or len(parts) > 4 or _number(parts[-1]) is None:
        return None
    numbers = [_number(p) for p in parts]
    if any(n is None for n in numbers) or any(n > 255 for n in numbers[:-1]):  # type: ignore[operator]
        return None
    last = numbers[-1]
    if last >= 256 ** (5 - len(numbers)):  # type: ignore[operator]
        return None
    value = last
    for index, number in enumerate(numbers[:-1]):
        value += number * 256 ** (3 - index)  # type: ignore[operator]
    return ipaddress.IPv4Address(value)


def _number(part: str) -> int | None:
    if not part:
        return None
    if part[:2].lower() == "0x":
        digits, base = part[2:], 16
    elif len(part) > 1 and part[0] == "0":
        digits, base = part[1:], 8
    else:
        digits, base = part, 10
    if digits == "":
        return 0  # "0x" alone is 0
    if not all(c in "0123456789abcdef"[:base] for c in digits.lower()):
        return None
    return int(digits, base)


_START_TAG = re.compile(r"<([a-zA-Z][a-zA-Z0-9]*)[^>]*>")
_URL_ATTRIBUTE = re.compile(r'\s(?:href|src|cite)="([^"]*)"')
_REL = re.compile(r'\srel="[^"]*"')


def without_private(fragment: str) -> tuple[str, tuple[str, ...]]:
    """A sanitised fragment (nh3's output: every value quoted with ", no raw < > " inside one)
    without its addresses on private hosts, and those addresses, in order. An `<img>` showing one
    is removed (it would be fetched by every reader's browser); a link or a quotation's `cite`
    keeps its text and loses the address."""
    removed: list[str] = []

    def attribute(match: re.Match[str]) -> str:
        value = html.unescape(match.group(1))
        if not private_address(value):
            return match.group()
        removed.append(value)
        return ""

    def tag(match: re.Match[str]) -> str:
        if "=" not in match.group():
            return match.group()
        kept = _URL_ATTRIBUTE.sub(attribute, match.group())
        if kept == match.group():
            return kept
        name = match.group(1).lower()
        # nh3 gives a link its rel; one without an address may have none (the build would warn of it).
        return "" if name == "img" else _REL.sub("", kept) if name == "a" and " href=" not in kept else kept

    if "=" not in fragment:  # (no attribute at all)
        return fragment, ()
    return _START_TAG.sub(tag, fragment), tuple(removed)

"""Addresses that are another website's written so that the page cannot link to it: the fix to offer.

Takes one address as written in a link or image (entities decoded); gives the `https://` (or
`http://`) address the editor most likely meant, or None when it reads as meant. Two kinds:

- no scheme, but a host name first: `www.example.com/report`, `example.com/x`. A browser reads
  it as relative, so on the site it points below the page that shows it, where nothing is
  (`articles/<slug>/www.example.com/report`); python-markdown and the sanitiser keep it as a
  relative link, so it was published broken without a word.
- a misspelt web scheme: `htps://x`, `htp://x`, `http:/x`, `http:x`, `http//x`, `http:\\\\x`.
  The sanitiser removes the first ones (an unknown scheme, or no valid host) with a warning
  that did not say what to write; `http//x` is relative again. A host with a port and no
  scheme (`example.com:8080/x`) reads as the scheme `example.com:` and is removed too.

An http(s) address with a user name or password (`https://jane:s3cret@example.org/`) is
another such slip: `credentials` gives what pages publish instead (htmlattrs.fix_url leaves the
part before `@` out of a body's links; an article's or outlet's `url:` is left without it too).

A host name is a valid DNS name of two labels or more whose first label is `www` or whose
last is a top-level domain in `TOP_LEVEL_DOMAINS` (those that are also common file name
extensions, `.md`, `.py`, `.pl`, `.rs`, `.sh`, are left out: `notes.md/` may well be a folder).
"""
from __future__ import annotations

import re

# Generic and country-code top-level domains seen in news links (IANA root zone), less those
# that are also common file name extensions.
TOP_LEVEL_DOMAINS = frozenset(
    "com org net gov edu int mil info biz name pro news media online site press blog live today world global "
    "eu uk ua ru by de fr it es pt nl be lu ch at se no fi dk is ie ee lv lt cz sk hu ro bg gr tr cy mt si hr ba "
    "me mk al ge am az kz kg uz tj tm mn cn hk tw jp kr in pk bd lk np id my sg th vn ph au nz ca us mx br ar cl "
    "co pe ve za ng ke eg ma tn il jo lb sa ae qa kw om ir iq af io tv fm ly".split())
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_LABEL = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$")
# A web scheme misspelt by one letter (htps, htp, hhtp, htttp, httsp) or its `://` mistyped.
_WEB_SCHEME_TYPO = re.compile(r"^(?P<scheme>[A-Za-z]{3,6})(?P<sep>:[/\\]*|;/+|/{2,}:?)(?P<rest>.+)$", re.S)
_HOST_PORT = re.compile(r"^(?P<host>[^:/?#]+):[0-9]{1,5}(?:[/?#]|$)")


def meant_web_address(address: str) -> str | None:
    """The absolute web address `address` (a link's or image's, as written) most likely means
    when a page cannot link to it as written, or None. See the module docstring for the rule."""
    text = address.strip()
    typo = _WEB_SCHEME_TYPO.match(text)
    if typo is not None and typo.group("scheme").lower() in ("http", "https") and typo.group("sep") == "://":
        return None  # written right (a host the sanitiser refuses is its own warning: droppedlinks)
    if typo is not None and _near_web_scheme(typo.group("scheme").lower()):
        rest = typo.group("rest").lstrip("/\\")
        if rest and looks_like_host(_first_segment(rest), strict=False):
            secure = "s" in typo.group("scheme").lower()
            return ("https://" if secure else "http://") + rest
        return None
    port = _HOST_PORT.match(text)  # `example.com:8080/x` reads as the scheme "example.com"
    if port is not None:
        return "https://" + text if looks_like_host(port.group("host")) else None
    if _SCHEME.match(text) or text.startswith(("/", ".", "#", "?")):
        return None
    return "https://" + text if looks_like_host(_first_segment(text)) else None


def written_fix(address: str) -> str:
    """"; write <the meant address>" for a message about `address`, or "" (`meant_web_address`)."""
    meant = meant_web_address(address)
    return f"; write {meant}" if meant else ""


_PASSWORD = re.compile(r"(?P<user>//[^/?#:@\s]*):[^/?#\s]*@")  # the password of an authority, to the last @
_USERINFO = re.compile(r"^(?P<scheme>https?://)(?P<userinfo>[^/?#]*@)(?P<rest>.*)$", re.I | re.S)


def credentials(address: str) -> tuple[str, str] | None:
    """(`user:password@` as written, the address without it) for an http(s) address that carries
    a user name or password, else None. RFC 3986 3.2.1: the user information ends at the last `@`
    of the authority; its use is deprecated, and a page would show it to every reader."""
    found = _USERINFO.match(address.strip())
    if found is None:
        return None
    return found.group("userinfo"), found.group("scheme") + found.group("rest")  # (`[^/?#]*@` ends at the last @)


def redacted(address: str) -> str:
    """`address` as it may be shown in a message or a log: a password in its user information
    (`https://editor:s3cret@host/feed`) replaced by `***` (`https://editor:***@host/feed`), the user
    name kept so the editor knows which; any other address unchanged. Feed URLs may carry the
    credentials of a private feed (RFC 3986 3.2.1), and fetch's lines go to cron mail and CI logs.
    Any scheme's authority (`sftp://u:pw@…`, `feed:https://u:pw@…`): a trial's ftp feed warning showed it."""
    return _PASSWORD.sub(r"\g<user>:***@", address)


_ANY_USERINFO = re.compile(r"(?P<authority>//)[^/?#\s]*@")  # of any scheme's first authority, to its last @


def without_credentials(address: str) -> str:
    """`address` with the user information of its authority left out (`https://editor:s3cret@host/feed`
    → `https://host/feed`), of any scheme (`feed:https://u:pw@…`, `sftp://u:pw@…`: as `redacted`
    reads them; RFC 3986 3.2.1); any other address unchanged."""
    return _ANY_USERINFO.sub(r"\g<authority>", address, count=1)


def credentials_message(address: str) -> str | None:
    """A warning's text for a `url:` that carries credentials (it is published without them), or None."""
    found = credentials(address)
    if found is None:
        return None
    return (f'"{found[0]}" (a user name or password) is left out of this address, which every reader would see: '
            f"it is published as {found[1]}; share a password another way")


def looks_like_host(segment: str, strict: bool = True) -> bool:
    """Whether `segment` (the part of an address before `/`, `?` or `#`) is a host name: two DNS
    labels or more, the first `www` or the last a top-level domain (any letters when not `strict`)."""
    labels = segment.rstrip(".").split(".")
    if len(labels) < 2 or not all(_LABEL.match(label) for label in labels) or not labels[-1].isalpha():
        return False
    top = labels[-1].lower()
    return labels[0].lower() == "www" or top in TOP_LEVEL_DOMAINS or (not strict and len(top) >= 2)


def _first_segment(text: str) -> str:
    return re.split(r"[/?#]", text, maxsplit=1)[0]


def _near_web_scheme(scheme: str) -> bool:
    """`http` or `https` with at most one letter added, left out, changed or two swapped."""
    return any(_one_edit(scheme, web) for web in ("http", "https"))


def _one_edit(a: str, b: str) -> bool:
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))

"""Attribute values the Nu Html Checker accepts: URLs, datetimes, integers, enumerations.

Takes one attribute value as text (entities already decoded) and gives the value to
write, or None when it cannot be made valid (the attribute is then dropped). Used by
the content-model normaliser (html5.py) on the sanitiser's output.

URLs are repaired rather than dropped where the meaning is clear: characters that
may not appear in a URL (space, `"`, `<`, `>`, `\\`, `^`, `` ` ``, `{`, `|`, `}`, `[`, `]`,
a `%` without two hex digits, a second `#`, controls, U+FFFC and U+FFFD) are percent-encoded, as a browser
does when it follows the link. A URL whose host cannot be valid (`http://`, `http://a b/`)
is dropped, and so are credentials (`user:password@`; a body's are named in a warning by
markup.py, webaddresses.credentials). Datetimes accept the common forms
of HTML's `time` microsyntax (dates, months, years, times, local and global date-times,
durations); anything else is treated as invalid, which only ever drops an attribute.
"""
from __future__ import annotations

import calendar
import ipaddress
import re
from typing import Any

from briefgen.load.languagecodes import TWO_LETTER, TWO_LETTER_CODES
from briefgen.load.languageregistry import registered

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
# What may stay as it is in a path, query or fragment (RFC 3986 pchar, '/', '?', and IRI
# characters); everything else is percent-encoded.
_SAFE_ASCII = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@/?")
_CLEAN_URL = re.compile(r"^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]*(?:#[A-Za-z0-9\-._~!$&'()*+,;=:@/?]*)?$")
_HOST = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.?$")
_HEX = frozenset("0123456789abcdefABCDEF")


def fix_url(value: str) -> str | None:
    """A URL the checker accepts with the same meaning, or None (drop the attribute)."""
    url = value.strip(" \t\n\f\r")
    if _CLEAN_URL.match(url):
        scheme = _SCHEME.match(url)
        if scheme is None or scheme.group(1).lower() == "mailto":
            return url if not url.startswith("//") else _authority_url("", url)
    scheme = _SCHEME.match(url)
    if scheme is None:
        if url.startswith("//"):
            return _authority_url("", url)
        return _encode(url)
    name = scheme.group(1).lower()
    if name == "mailto":
        return url[:scheme.end()] + _encode(url[scheme.end():])
    if name in ("http", "https"):
        return _authority_url(url[:scheme.end()], url[scheme.end():])
    return None  # the sanitiser allows no other scheme


def link_address(url: str, fields: Any, must: str, key: str = "url") -> str:
    """An article's or outlet's `url:` (already checked to start with http(s)://host) as pages, feeds and
    JSON-LD write it: `fix_url`'s form, which means the same address ("…/статья 1?q="x"" →
    "…/статья%201?q=%22x%22", as a browser sends it); until then it went into every href as written and
    a space, a quote or a `<` made each page showing the article invalid (Nu Html Checker). "" with an
    error (`must` + what is wrong) at the key's line when no valid address reads so (`https://a b/`)."""
    if not url:
        return ""
    fixed = fix_url(url)
    if fixed is None:
        host = re.split(r"[/?#]", url.split("//", 1)[-1], maxsplit=1)[0].rpartition("@")[2]
        fields.report(key, f'{must}, got "{url}": "{host}" is not a valid host name (letters, digits, hyphens '
                           "and dots, and a port after a colon)")
        return ""
    return fixed


def _authority_url(scheme: str, rest: str) -> str | None:
    if not rest.startswith("//"):
        return None  # `http:example.org`: no valid reading
    end = len(rest)
    for stop in "/?#":
        found = rest.find(stop, 2)
        if found != -1:
            end = min(end, found)
    authority, tail = rest[2:end], rest[end:]
    hostport = authority.rpartition("@")[2]
    literal = hostport.startswith("[") and "]" in hostport  # an IPv6 address: `[2001:db8::1]:8080`
    host, colon, port = (hostport.partition("]")[0] + "]", *hostport.partition("]")[2].partition(":")[1:]) \
        if literal else hostport.partition(":")
    if literal and hostport.partition("]")[2][:1] not in ("", ":"):
        return None
    if colon and port and not (port.isascii() and port.isdigit() and int(port) <= 65535):
        return None
    if colon and not port:
        colon = ""
    if literal:
        try:
            ipaddress.IPv6Address(host[1:-1])
        except ValueError:
            return None
    elif not host.isascii():
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            return None
    if not literal and not _HOST.match(host):
        return None
    # user:password@ is dropped: the checker refuses URLs with credentials, and a page must not carry them.
    return f"{scheme}//{host}{colon}{port}{_encode(tail)}"


def _encode(text: str) -> str:
    """Percent-encode what may not appear; keep `%HH`, one `#`, and printable non-ASCII but the
    Specials block (U+FFF0–U+FFFF), which the Nu checker's URL code points leave out (galimatias:
    up to U+FFEF): U+FFFD, what `&#0;` or a broken byte becomes, and U+FFFC, which text copied
    with an embedded picture carries, made a page invalid ("Illegal character in path segment")."""
    out: list[str] = []
    in_fragment = False
    length = len(text)
    for index, char in enumerate(text):
        if char in _SAFE_ASCII:
            out.append(char)
        elif char == "%" and index + 2 < length and text[index + 1] in _HEX and text[index + 2] in _HEX:
            out.append(char)
        elif char == "#" and not in_fragment:
            in_fragment = True
            out.append(char)
        elif ord(char) > 0xA0 and char.isprintable() and not 0xD800 <= ord(char) <= 0xDFFF \
                and not _noncharacter(ord(char)) and not 0xFFF0 <= ord(char) <= 0xFFFF:
            out.append(char)
        else:
            out.append("".join(f"%{byte:02X}" for byte in char.encode("utf-8", "surrogatepass")))
    return "".join(out)


def _noncharacter(code: int) -> bool:
    return 0xFDD0 <= code <= 0xFDEF or (code & 0xFFFE) == 0xFFFE


def non_negative_integer(value: str, low: int = 0, high: int | None = None) -> str | None:
    """HTML's "valid non-negative integer" (digits only), within [low, high]."""
    if not (value.isascii() and value.isdigit()):
        return None
    number = int(value)
    if number < low or (high is not None and number > high):
        return None
    return value


def integer(value: str) -> str | None:
    """HTML's "valid integer": an optional minus sign and digits."""
    digits = value[1:] if value.startswith("-") else value
    return value if digits and digits.isascii() and digits.isdigit() else None


def enumerated(value: str, allowed: tuple[str, ...]) -> str | None:
    lower = value.lower() if value.isascii() else value
    return lower if lower in allowed else None


# A BCP 47 tag in the shape config.yaml's `language:` takes ("en", "pt-BR", "zh-Hant"), or ""
# (HTML's "language unknown").
_LANGUAGE_TAG = re.compile(r"(?:[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)?")


def language_tag(value: str) -> str | None:
    """A `lang` value as HTML takes it (a BCP 47 tag, RFC 5646), or None. A locale written
    POSIX-style ("fr_FR", as feeds and CMSs write it) is the tag "fr-FR"; a language's three-letter
    ISO 639-2 code where it has a two-letter one ("deu", "ger") is that one ("de": languagecodes.py; "deu-CH"
    is "de-CH"); a name ("english") is no tag, nor are two letters that are no ISO 639-1 code ("xx"), nor a
    tag of the right shape whose subtags the IANA registry does not have as written ("xxx", "rtl", "en-abcdefgh",
    "fr-FR-1996": languageregistry.py), which the Nu Html Checker rejects (they passed until 2026-12-06, BR12)."""
    tag = value.strip(" \t\n\r\f").replace("_", "-")  # HTML's white space
    if not _LANGUAGE_TAG.fullmatch(tag):
        return None
    primary, dash, rest = tag.partition("-")
    if len(primary) == 2 and primary.lower() not in TWO_LETTER_CODES:
        return None
    short = TWO_LETTER.get(primary.lower()) if len(primary) == 3 else None
    tag = short + dash + rest if short else tag
    return tag if not tag or registered(tag) else None


def boolean(value: str, name: str) -> str | None:
    """A boolean attribute: "" or its own name; "true" is read as meant, anything else dropped."""
    lower = value.lower() if value.isascii() else value
    return "" if lower in ("", name, "true") else None


_YEAR = r"(?P<y>[0-9]{4,})"
_DATE = re.compile(rf"^{_YEAR}-(?P<m>[0-9]{{2}})-(?P<d>[0-9]{{2}})$")
_MONTH = re.compile(rf"^{_YEAR}-(?P<m>[0-9]{{2}})$")
_YEAR_ONLY = re.compile(rf"^{_YEAR}$")
_TIME = r"(?P<H>[0-9]{2}):(?P<M>[0-9]{2})(?::(?P<S>[0-9]{2})(?:\.[0-9]{1,3})?)?"
_TIME_ONLY = re.compile(rf"^{_TIME}$")
_ZONE = r"(?:Z|[+-](?P<zh>[0-9]{2}):?(?P<zm>[0-9]{2}))"
_DATETIME = re.compile(rf"^{_YEAR}-(?P<m>[0-9]{{2}})-(?P<d>[0-9]{{2}})[T ]{_TIME}(?P<zone>{_ZONE})?$")
_DURATION = re.compile(r"^P(?=[0-9T])(?:[0-9]+D)?(?:T(?=[0-9])(?:[0-9]+H)?(?:[0-9]+M)?(?:[0-9]+(?:\.[0-9]{1,3})?S)?)?$")


def datetime_value(value: str) -> str | None:
    """A `time` element's datetime (attribute or text), if it is one of the forms HTML allows."""
    text = value.strip(" \t\n\f\r")
    match = _DATE.match(text) or _DATETIME.match(text)
    if match:
        if not _real_date(match) or ("H" in match.groupdict() and not _real_time(match)):
            return None
        return text
    match = _MONTH.match(text)
    if match:
        return text if int(match.group("y")) > 0 and 1 <= int(match.group("m")) <= 12 else None
    match = _YEAR_ONLY.match(text)
    if match:
        return text if int(match.group("y")) > 0 else None
    match = _TIME_ONLY.match(text)
    if match:
        return text if _real_time(match) else None
    if _DURATION.match(text) and text != "PT":
        return text
    return None


def _real_date(match: re.Match[str]) -> bool:
    year, month, day = int(match.group("y")), int(match.group("m")), int(match.group("d"))
    if year == 0 or not 1 <= month <= 12:
        return False
    leap = calendar.isleap(year) if year < 10_000 else (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0))
    days = [31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    return 1 <= day <= days


def _real_time(match: re.Match[str]) -> bool:
    hour, minute = int(match.group("H")), int(match.group("M"))
    second = int(match.group("S") or 0)
    if hour > 23 or minute > 59 or second > 59:
        return False
    zone_hour, zone_minute = match.groupdict().get("zh"), match.groupdict().get("zm")
    if zone_hour is not None and (int(zone_hour) > 23 or int(zone_minute) > 59):
        return False
    return True

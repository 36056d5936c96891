"""The segments of a URL path, read one way only: the preview's requests and `base_url`'s path alike.

`serve` finds the file a request names by splitting the path on "/" and percent-decoding each
segment once (`preview/server.py`, `route`), and refuses a segment that could name something other
than a file of the site: `.` and `..` (also written `%2e`), an encoded slash or backslash (`%2f`,
`%5c`: one segment on the wire, two on disk), a backslash (a slash to browsers, WHATWG URL), a
control character or NUL, bytes that are no UTF-8. The site is served under `base_url`'s path,
split by the same rule, so a base path the rule refuses could not be served at all: it is refused
where it is written (`load/config.py`), with this module's reason.

Each segment is read in Unicode normal form C, as every name of the site is written (content and
config.yaml are read in NFC: load/text.py; static files are published under NFC names:
load/staticfiles.py): "gene\u0300ve" typed or pasted decomposed (NFD, as macOS may give it) names
the page "genève" names, during `serve`'s first build and after it alike.
"""
from __future__ import annotations

import unicodedata
from urllib.parse import unquote_to_bytes


def path_segments(path: str) -> tuple[str, ...] | str:
    """The decoded segments of the URI path `path` ("/a/b%20c/" → ("a", "b c")) in NFC, empty ones left
    out; or, for a path the preview refuses, the reason in a few words ("an encoded slash (%2F) in
    a segment", …)."""
    parts = []
    for raw in path.split("/"):
        if "\\" in raw:
            return "a backslash"
        try:
            segment = unquote_to_bytes(raw).decode("utf-8")
        except UnicodeDecodeError:
            return "percent-escapes that are no UTF-8"
        if not segment.isascii() and not unicodedata.is_normalized("NFC", segment):
            segment = unicodedata.normalize("NFC", segment)  # (checked below as normalised)
        if segment in (".", ".."):
            return f'a "{segment}" segment' if segment == raw else f'a "{segment}" segment (written "{raw}")'
        if "/" in segment or "\\" in segment:
            return "an encoded slash (%2F)" if "/" in segment else "an encoded backslash (%5C)"
        if any(ord(c) < 0x20 or c == "\x7f" for c in segment):
            return "a control character"
        if segment:
            parts.append(segment)
    return tuple(parts)

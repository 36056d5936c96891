"""A parsed body held compressed (`documents.ParsedFile.packed`), and unpacked as it is asked for.

Parsed files stay in memory from parsing to the end of a cold build, so their bodies are held
packed (documents.ParsedFile). A body is often asked for again at once: the document is made
right after its parse (its summary), and a page renders its body and then reads its JSON-LD's
image from it. The last few bodies packed or unpacked are kept (`RECENT` of them), so those
asks cost no unpacking (2,000 of 4,583 in a cold build of the 1,000-article benchmark corpus).
"""
from __future__ import annotations

import zlib

RECENT = 8  # bodies kept unpacked: a page or a document is made from one body at a time
_recent: dict[bytes, str] = {}  # packed → body, oldest first


def pack(text: str) -> bytes:
    """`text` as UTF-8 compressed with zlib at level 1 (the fastest: 5 KB of body HTML → ~2 KB);
    "" as b"". Any `str` comes back unchanged from `unpack`, a lone surrogate too
    (none should reach a body, but a cache must not be where one is lost or raises)."""
    packed = zlib.compress(text.encode("utf-8", "surrogatepass"), 1) if text else b""
    _remember(packed, text)
    return packed


def unpack(packed: bytes) -> str:
    """The text `pack` made `packed` from ("" for b"")."""
    if not packed:
        return ""
    text = _recent.get(packed)
    if text is None:
        text = zlib.decompress(packed).decode("utf-8", "surrogatepass")
        _remember(packed, text)
    return text


def _remember(packed: bytes, text: str) -> None:
    """Keep `text` as what `packed` unpacks to, and let go of the oldest beyond `RECENT`."""
    if packed:
        _recent[packed] = text
        if len(_recent) > RECENT:
            _recent.pop(next(iter(_recent), b""), None)

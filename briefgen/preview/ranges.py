"""Byte ranges (RFC 9110 section 14): the part of a file a `Range: bytes=...` request asks for.

Audio and video elements fetch media in ranges and seek by asking for one (Safari plays
no media from a server that answers them with the whole file), and a static host
answers them; so the preview answers a single range with 206 Partial Content. Several
ranges in one request, another unit, or a header that does not parse are answered with
the whole file (200), as the RFC allows; a range that starts past the end is 416.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_SPEC = re.compile(r"bytes[ \t]*=[ \t]*(\d*)[ \t]*-[ \t]*(\d*)[ \t]*", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Unsatisfiable:
    """No byte of the file is in the range asked for (answer 416, `Content-Range: bytes */size`)."""


_HUGE = 10 ** 18  # bytes: past the end of any file; longer numbers are read as this (int() refuses 4,300+ digits)


def _number(digits: str) -> int:
    return int(digits) if len(digits) < 19 else _HUGE


def byte_range(header: str | None, size: int) -> tuple[int, int] | Unsatisfiable | None:
    """The bytes `[first, last]` (inclusive, as in Content-Range) of a file of `size` bytes
    that a Range header asks for; Unsatisfiable; or None: answer with the whole file.

    `bytes=5-9` is 5..9, `bytes=5-` 5 to the end, `bytes=-3` the last 3 bytes; a last
    position past the end is cut to the end.
    """
    if header is None:
        return None
    match = _SPEC.fullmatch(header.strip())
    if match is None:  # another unit, several ranges, or not a range at all
        return None
    first, last = match.group(1), match.group(2)
    if not first:
        if not last:
            return None
        suffix = _number(last)
        if suffix == 0:
            return Unsatisfiable()
        return (max(size - suffix, 0), size - 1) if size else Unsatisfiable()
    start = _number(first)
    end = _number(last) if last else size - 1
    if last and end < start:
        return None  # invalid: ignored, the whole file
    if start >= size:
        return Unsatisfiable()
    return start, min(end, size - 1)

"""Reading text files the way editors save them: UTF-8, with or without BOM, any line ending."""
from __future__ import annotations

from pathlib import Path

from briefgen.diagnostics import Diagnostic, error


def decode(raw: bytes, display: str) -> tuple[str | None, list[Diagnostic]]:
    """UTF-8 text with BOM stripped and CRLF/CR normalised, or a diagnostic naming the bad byte."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        return None, [error(display, line, f"not valid UTF-8: byte 0x{raw[exc.start]:02x} at offset "
                                           f"{exc.start}; save the file as UTF-8")]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, []


def read_text(path: Path, display: str) -> tuple[str | None, list[Diagnostic]]:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None, [error(display, 0, "file not found; run `briefgen init` to create a site here, "
                                        "or pass --config FILE")]
    except OSError as exc:
        return None, [error(display, 0, f"cannot read: {exc.strerror}")]
    return decode(raw, display)

"""Reading text files the way editors save them: UTF-8, with or without BOM, any line ending,
composed or decomposed accents.

Text is normalised to Unicode NFC as it is read. Editors and clipboards (macOS in
particular) may give "José" as J-o-s-e + U+0301 COMBINING ACUTE ACCENT (NFD) in one file
and with the single character é (NFC) in another: the same text to a reader, but different
strings to Python, so the same outlet became two outlets (both writing sources/el-pais/),
a person's name split in two and a declared name was not found. NFC is canonically
equivalent (every reader and browser shows the same text) and changes neither line breaks
nor line numbers, so nothing visible changes; it is the form the W3C recommends for the web.
`nfc` is applied where text enters briefgen: files (`decode`), YAML escapes
(load/yamltext.py), character references in HTML (load/markup.py) and feed entries
(importer/read.py).
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from briefgen.diagnostics import Diagnostic, error
from briefgen.load.codepoints import visible

# Latin letters that Unicode decomposition (NFKD) keeps whole, as ASCII: without them "Kringvarp
# Føroya" was sources/kringvarp-froya/ and "Ingrid Sørbø" people/ingrid-srb/ (a trial), and "Sophie
# Lovgren" a second person beside "Sophie Løvgren" (analyse/namekeys.fold, 2026-12-04). The slugs
# (site/urls.py) and the search fold words by the same table (render/searchtext.FOLD, theme/static/search.js).
LETTER_FOLD = {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i",
               "ħ": "h", "ŧ": "t"}


def nfc(text: str) -> str:
    """`text` in Unicode normal form C (composed: "é" as one character); see the module docstring."""
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def shows_text(text: str) -> bool:
    """Whether `text` has a character a reader sees: one rule for every field, body and feed value shown as text
    (`codepoints.visible`): not a Default_Ignorable_Code_Point (U+200B ZERO WIDTH SPACE, U+00AD SOFT HYPHEN,
    direction marks, U+2060, U+FEFF, U+034F, the Hangul fillers U+115F, U+1160, U+3164, U+FFA0), not white space,
    not refused by str.isprintable (categories Cc, Cf, Cs, Co, Cn, Z* but U+0020), not U+2800 BRAILLE PATTERN
    BLANK. A trial (2026-12-04) built a title of Hangul fillers with a blank headline; the fields' check was made
    this rule, and feed titles and bodies (importer) and alt texts (unnamed.py) read it from here since."""
    return visible(text)


def decode(raw: bytes, display: str) -> tuple[str | None, list[Diagnostic]]:
    """UTF-8 text with BOM stripped, CRLF/CR normalised and in NFC (`nfc`), or a diagnostic naming
    the encoding (UTF-16, UTF-32), a run of zero bytes or the bad byte."""
    zero = b"\x00" in raw  # (memchr: the checks below cost nothing for the files that have none)
    wide = _wide_encoding(raw) if zero or raw[:2] in (b"\xff\xfe", b"\xfe\xff") else None
    if wide:
        # Windows editors (Notepad's "Unicode", PowerShell's `>`) save UTF-16: with its byte-order mark it was
        # "byte 0xff at offset 0", which named a byte, not the encoding; without one, ASCII letters each
        # followed by a NUL byte are valid UTF-8, and the file "did not start with `---`".
        return None, [error(display, 1, f"not UTF-8 but {wide} (as Windows' \"Unicode\" saves text): save the "
                                        "file as UTF-8" if wide == "UTF-16" else
                                        f"not UTF-8 but {wide}: save the file as UTF-8")]
    zeros = _ZERO_RUN.search(raw) if zero else None
    if zeros is not None:
        # A file a crash or a full disk left behind: its end (or all of it) zero bytes, which no editor writes.
        # It was "not UTF-8 but UTF-16 … save the file as UTF-8" (its first 400 bytes were a third zeros), a
        # fix the editor, who sees UTF-8 text in the file, cannot make; or, zeros further on, a page of U+FFFD.
        line = raw.count(b"\n", 0, zeros.start()) + 1
        count = raw.count(0)
        where = "the whole file is" if count == len(raw) else f"from line {line}, the file holds"
        return None, [error(display, line, f"{where} {count:,} zero bytes (NUL), which no editor writes: a crash or "
                                           "a full disk can leave a file so; restore it from a backup or your "
                                           "editor's history, or delete the zeros")]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        return None, [error(display, line, f"not valid UTF-8: byte 0x{raw[exc.start]:02x} at offset "
                                           f"{exc.start}{_legacy(raw[exc.start])}; save the file as UTF-8")]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return nfc(text), []


_ZERO_RUN = re.compile(rb"\x00{16}")  # 16 zero bytes in a row: no text (a stray NUL is a warning where shown)
_BOMS = ((b"\xff\xfe\x00\x00", "UTF-32"), (b"\x00\x00\xfe\xff", "UTF-32"), (b"\xff\xfe", "UTF-16"),
         (b"\xfe\xff", "UTF-16"))


def _wide_encoding(raw: bytes) -> str | None:
    """"UTF-16" or "UTF-32" when `raw` is text saved so: with a byte-order mark, or (none) when a third of
    its first 400 bytes are zeros and they read, in either byte order, as text (`_reads_as_text`) — which
    zeros themselves, a crash's, and binary bytes never do."""
    for mark, name in _BOMS:
        if raw.startswith(mark):
            return name
    sample = raw[:400]
    if sample.count(0) * 3 < len(sample):
        return None
    for name, size in (("UTF-16", 2), ("UTF-32", 4)):
        whole = sample[:len(sample) - len(sample) % size]
        for order in ("le", "be"):
            text = whole.decode(f"utf-{size * 8}-{order}", "replace")
            if _reads_as_text(text):
                return name
    return None


def _reads_as_text(text: str) -> bool:
    """True when `text` (a sample decoded as UTF-16 or UTF-32 without a byte-order mark) reads as what an
    editor saves: no NUL, fewer than 1 in 8 characters a control (but tab and line breaks) or undecodable, and
    a quarter of them ASCII (a config's or a front matter's keys, spaces and punctuation are, in any language). The bytes 00 01 02 were
    "not UTF-8 but UTF-16" (they read as "Ā", printable), a claim the editor cannot act on."""
    if not text or "\x00" in text:
        return False
    binary = sum(1 for c in text if c == "\ufffd" or unicodedata.category(c) == "Cc" and c not in "\t\n\r")
    ascii_text = sum(1 for c in text if " " <= c <= "~" or c in "\t\n\r")
    return binary * 8 < len(text) and ascii_text * 4 >= len(text)


def _legacy(byte: int) -> str:
    """What `byte` is in Windows-1252, the encoding older Windows editors save text in (its 0x80–0x9f
    are curly quotes and dashes; the rest is Latin-1), so the editor can find the character (by its
    code point and name when it shows nothing: U+00A0 NO-BREAK SPACE): "" for the five bytes it
    leaves unassigned."""
    try:
        char = bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return ""
    shown = f'"{char}"' if char.isprintable() else f"U+{ord(char):04X} {unicodedata.name(char, '')}".rstrip()
    return f" ({shown} in Windows-1252, which older Windows editors save)"


def read_text(path: Path, display: str) -> tuple[str | None, list[Diagnostic]]:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None, [error(display, 0, "file not found; run `briefgen init` to create a site here, "
                                        "or pass --config FILE")]
    except OSError as exc:
        return None, [error(display, 0, f"cannot read: {exc.strerror}")]
    return decode(raw, display)

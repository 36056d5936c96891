"""Files saved in UTF-16 or Windows-1252 are errors that name the encoding, not only a byte.

A trial moving a briefing written on Windows: a UTF-16 file (Notepad's "Unicode") was "not valid
UTF-8: byte 0xff at offset 0" — and without a byte-order mark, whose ASCII letters each followed by
a NUL are valid UTF-8, "content files must start with a line `---`" —; a Windows-1252 file named
byte 0x92 without saying it is the ’ to look for (load/text.py: decode).
"""
from __future__ import annotations

import unicodedata
from pathlib import Path

from hypothesis import example, given, settings, strategies as st

from briefgen.load.text import decode
from support.sites import MINIMAL_SITE, run_cli, write_site
from support.examples import examples

UTF16 = "a.md:1: not UTF-8 but UTF-16 (as Windows' \"Unicode\" saves text): save the file as UTF-8"
LINES = st.lists(st.text(st.characters(codec="cp1252", exclude_categories=("Cc", "Cs")), max_size=20), max_size=5)


@settings(max_examples=examples(40), deadline=None)
@given(LINES, st.sampled_from(["utf-16", "utf-16-le", "utf-16-be"]))
@example(["title: Café talks", "source: BBC"], "utf-16")
@example(["title: Envoys meet"], "utf-16-le")
def test_utf16_is_named_whatever_the_text(lines: list[str], encoding: str) -> None:
    raw = "\n".join(["---", *lines, "---", "Body."]).encode(encoding)
    assert [str(p) for p in decode(raw, "a.md")[1]] == [UTF16]


@settings(max_examples=examples(40), deadline=None)
@given(LINES, st.characters(codec="cp1252", min_codepoint=0x80, exclude_categories=("Cc", "Zs", "Cf")))
@example(["title: Kyiv"], "\u2019")
@example(["\xa0"], "¡")  # U+00A0 NO-BREAK SPACE first: a character that shows nothing
def test_a_windows_1252_byte_is_named_with_its_character(lines: list[str], char: str) -> None:
    text = "\n".join(["---", *lines, f"title: {char}", "---"])
    raw = text.encode("cp1252")
    try:  # the first byte UTF-8 refuses ("Â" then a no-break space is valid UTF-8 in Windows-1252 too)
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = exc.start
    line = raw.count(b"\n", 0, bad) + 1
    first = bytes([raw[bad]]).decode("cp1252")
    shown = f'"{first}"' if first.isprintable() else f"U+{ord(first):04X} {unicodedata.name(first)}"
    assert [str(p) for p in decode(raw, "a.md")[1]] == [
        f'a.md:{line}: not valid UTF-8: byte 0x{raw[bad]:02x} at offset {bad} ({shown} in Windows-1252, which '
        "older Windows editors save); save the file as UTF-8"]


def test_utf8_text_stays_text() -> None:
    assert decode("---\ntitle: Café ’\n---\n".encode("utf-8-sig"), "a.md") == ("---\ntitle: Café ’\n---\n", [])


def test_a_utf16_article_fails_the_build_with_the_encoding_named(tmp_path: Path) -> None:
    site = write_site(tmp_path / "site", MINIMAL_SITE)
    (site / "content/articles/notepad.md").write_bytes(
        "---\ntitle: Envoys meet\nsource: BBC\npublished: 2023-05-12\n---\nText.\n".encode("utf-16"))
    result = run_cli(["build"], site)
    assert result.returncode == 1
    assert UTF16.replace("a.md", "content/articles/notepad.md") in result.stderr


def test_a_byte_windows_1252_leaves_unassigned_is_named_alone() -> None:
    assert [str(p) for p in decode(b"---\n\x81\n", "a.md")[1]] == [
        "a.md:2: not valid UTF-8: byte 0x81 at offset 4; save the file as UTF-8"]

"""A content file a crash left full of zero bytes, and one far too large to be Markdown.

A trial (2026-12-03, a new editor's site): an article whose text ended in 3,000 zero bytes — as a
crash or a full disk leaves a file whose length was written before its data — was "not UTF-8 but
UTF-16 (as Windows' "Unicode" saves text): save the file as UTF-8" at line 1 (its first 400 bytes
were a third zeros), a fix the editor, whose editor shows UTF-8 text, cannot make; so was a file
of zeros alone. And a 3 GB file named `.md` was read whole, twice (hashed, then parsed): the build
ran for minutes and held gigabytes before saying anything (load/text.py: decode; load/files.py:
read_source).
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

from hypothesis import example, given, settings, strategies as st

from briefgen.load.files import MAX_SOURCE_BYTES
from briefgen.load.text import decode
from support.sites import MINIMAL_SITE, run_cli, write_site
from support.examples import examples

TEXT = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=300)
REPORTED = "---\ntitle: Kestrel closes £65m round\nsource: Financial Ledger\npublished: 2026-10-22\n---\nText.\n"


def _messages(raw: bytes) -> list[str]:
    return [str(p) for p in decode(raw, "a.md")[1]]


@settings(max_examples=examples(60), deadline=None)
@given(TEXT, st.integers(16, 5000), TEXT)
@example(REPORTED, 3000, "")  # the reported file: an article, then zeros to its end
@example("", 4096, "")  # zeros alone, one disk block
def test_a_run_of_zero_bytes_is_named_where_it_starts_never_as_an_encoding(before: str, zeros: int,
                                                                           after: str) -> None:
    head = before.encode("utf-8")
    raw = head + bytes(zeros) + after.encode("utf-8")
    line = head.count(b"\n") + 1
    where = "the whole file is" if not head and not after else f"from line {line}, the file holds"
    assert _messages(raw) == [
        f"a.md:{line}: {where} {zeros:,} zero bytes (NUL), which no editor writes: a crash or a full disk can "
        "leave a file so; restore it from a backup or your editor's history, or delete the zeros"]


LINES = st.lists(st.text(st.characters(exclude_categories=("Cc", "Cs")), max_size=20), max_size=5)


@settings(max_examples=examples(60), deadline=None)
@given(LINES, st.sampled_from(["utf-32", "utf-32-le", "utf-32-be"]))
@example(["title: Envoys meet"], "utf-32-le")
def test_utf32_is_named_whatever_the_text(lines: list[str], encoding: str) -> None:
    raw = "\n".join(["---", *lines, "---", "Body."]).encode(encoding)
    assert _messages(raw) == ["a.md:1: not UTF-8 but UTF-32: save the file as UTF-8"]


def test_a_stray_zero_byte_is_left_to_the_body_s_warning() -> None:
    assert decode(b"---\ntitle: A\n---\nx\x00y\n", "a.md") == ("---\ntitle: A\n---\nx\x00y\n", [])


def _tree(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_zeroed_article_and_a_huge_file_fail_the_build_and_keep_the_site(tmp_path: Path) -> None:
    site = write_site(tmp_path / "site", MINIMAL_SITE)
    assert run_cli(["build"], site).returncode == 0
    before = _tree(site / "output")
    articles = site / "content/articles"
    (articles / "round.md").write_bytes(REPORTED.encode() + bytes(3000))
    with open(articles / "video.md", "wb") as handle:  # sparse: no disk space, and never read
        handle.truncate(MAX_SOURCE_BYTES + 1)
    result = run_cli(["build"], site)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert ("content/articles/round.md:7: from line 7, the file holds 3,000 zero bytes (NUL), which no editor "
            "writes") in result.stderr
    assert (f"content/articles/video.md: not read: it is {(MAX_SOURCE_BYTES + 1) / 2**20:,.0f} MB, far more than "
            "an article or a note holds") in result.stderr
    assert "UTF-16" not in result.stderr
    assert _tree(site / "output") == before
    os.remove(articles / "video.md")
    (articles / "round.md").write_text(REPORTED, encoding="utf-8")
    assert run_cli(["build"], site).returncode == 0

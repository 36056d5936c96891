"""Every file of static/ is published under its name, or a diagnostic says why not (load/filenames.py).

TR15 (2026-12-06): `static/new⏎line.txt`, a name holding a line feed, was published without a word, and so
were names holding a tab, ESC, DEL or a C1 control, and names Windows cannot hold (`what?.pdf`, `a<b>`,
`note.`). Now, for any name:

- a control character (C0, DEL, C1) is an error naming the file (the build writes nothing); macOS's
  `Icon\\r` (a folder's custom icon) is left out unsaid, like `.DS_Store`;
- bytes that are not UTF-8 are an error naming it with `\\xNN` escapes (as before);
- what systems and editors leave (`#a#`, an Emacs auto-save file) is left out unsaid (TR17, load/litter.py);
- two names one on macOS's or Windows' disks (case, composed/decomposed letters) are an error (as before);
- a character Windows does not allow (`< > : " \\ | ? *`) or a name ending in a dot or a space is a warning,
  and the file is published;
- anything else (a space, `#`, `%`, `&`, accents) is published without a word, under its composed name, its
  address percent-encoded in sitemap.xml, and a body link that writes a `#`, `?` or `%` raw is told the
  encoded address to write.
"""
from __future__ import annotations

import html as html_text
import os
import re
import shutil
import unicodedata
from pathlib import Path
from urllib.parse import unquote

import pytest
from hypothesis import HealthCheck, event, example, given, settings, strategies as st

from briefgen.build import BuildOptions, build
from briefgen.load.litter import litter
from support.examples import examples
from support.sites import MINIMAL_SITE, run_cli, write_site

NFC = lambda text: unicodedata.normalize("NFC", text)  # noqa: E731
CONTROLS = ["\n", "\r", "\t", "\x1b", "\x01", "\x7f", "\x85", "\x92", "\x9d"]
WINDOWS = ["<", ">", ":", '"', "\\", "|", "?", "*"]
URL_ONLY = [" ", "#", "%", "&", "+", "=", "'", "é", "e\u0301", "É", "ü"]
BAD = b"\xff"
PUBLISHED = ["a", "b", "A", "B", "x", "-", "_", "1", "."] + URL_ONLY + WINDOWS  # (each name is published)
TOKENS = (st.sampled_from(PUBLISHED), st.sampled_from(PUBLISHED + CONTROLS + [BAD]))
NAME = st.one_of(*(st.lists(tokens, min_size=1, max_size=6) for tokens in (TOKENS[0], TOKENS[0], TOKENS[1]))).map(
    lambda tokens: b"".join(t if isinstance(t, bytes) else t.encode() for t in tokens)).filter(
    lambda name: not name.startswith(b"."))


def shown(name: bytes) -> str:
    return "static/docs/" + name.decode("utf-8", "backslashreplace")


def expected(names: list[bytes]) -> tuple[set[str], set[str], dict[str, bytes], int]:
    """(paths that are errors on their own, paths warned of, published name → the file's bytes, clash errors),
    from the names alone: the rules of the module's docstring."""
    errors, warned, published, groups = set(), set(), {}, {}
    for raw in names:
        try:
            name = raw.decode("utf-8")
        except UnicodeDecodeError:
            errors.add(shown(raw))
            continue
        if name == "Icon\r":
            continue
        if re.search("[\x00-\x1f\x7f-\x9f]", name):
            errors.add(shown(raw))
            continue
        if litter(name) is not None:  # `#a#`, an Emacs auto-save file (TR17: tests/load/test_static_litter.py)
            continue
        groups.setdefault(NFC(name).lower(), []).append(name)
        if re.search(r'[<>:"\\|?*]|[. ]$', name):
            warned.add(shown(raw))
        published[NFC(name)] = raw
    clashes = sum(len(group) - 1 for group in groups.values())
    return errors, warned, published, clashes


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_site(tmp_path_factory.mktemp("static-names"), MINIMAL_SITE)


@settings(max_examples=examples(40), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(names=st.lists(NAME, min_size=1, max_size=5, unique=True),
       html=st.booleans())
@example(names=[b"new\nline.txt"], html=False)
@example(names=[b"Icon\r", b"a b#c%41&d.txt"], html=True)
@example(names=[b"what?.pdf", b"note."], html=True)
@example(names=["café".encode(), unicodedata.normalize("NFD", "CAFÉ").encode()], html=False)
@example(names=[b"caf\x92s.txt", b"r\xe9sum\xe9"], html=False)
def test_every_static_name_is_published_as_written_or_named_in_a_diagnostic(
        site: Path, names: list[bytes], html: bool) -> None:
    folder = os.fsencode(site / "static" / "docs")
    shutil.rmtree(site / "static", ignore_errors=True)
    os.makedirs(folder)
    names = [name + b".html" if html else name for name in names]
    for n, name in enumerate(names):
        with open(os.path.join(folder, name), "wb") as handle:
            handle.write(b"<!doctype html><title>t</title><p>file %d" % n)
    errors, warned, published, clashes = expected(names)
    result = build(site / "config.yaml", BuildOptions(jobs=1))
    about = [d for d in result.diagnostics if d.path.startswith("static/")]
    found_errors = [d for d in about if d.severity == "error"]
    assert {d.path for d in found_errors if "differ" not in d.message} == errors, about
    assert len([d for d in found_errors if "differ" in d.message]) == clashes, about
    if not clashes:  # (of two names one on a disk, the one published is warned of)
        assert {d.path for d in about if d.severity == "warning"} == warned, about
    assert all("Windows does not allow" in d.message for d in about if d.severity == "warning")
    if errors or clashes:
        assert not result.ok
        event("not built")
        return
    event("built")
    assert result.ok, result.diagnostics
    output = site / "output" / "docs"
    on_disk = {os.fsdecode(n): (output / os.fsdecode(n)).read_bytes() for n in os.listdir(output)} \
        if published else {}
    assert set(on_disk) == set(published)  # under its composed name, and nothing else
    for name, raw in published.items():
        assert on_disk[name] == Path(os.fsdecode(os.path.join(folder, raw))).read_bytes()
    if html:  # the sitemap lists each page once, percent-encoded: decoded, it is the name
        sitemap = (site / "output" / "sitemap.xml").read_text(encoding="utf-8")
        locs = [unquote(html_text.unescape(loc)) for loc in re.findall(r"<loc>https://example\.org/briefing/docs/([^<]*)</loc>", sitemap)]
        assert sorted(locs) == sorted(published)
        assert all(re.fullmatch(r"[A-Za-z0-9%/._~!$&'()*+,;=:@-]*", html_text.unescape(loc)) for loc in
                   re.findall(r"<loc>([^<]*)</loc>", sitemap))


def test_the_reported_name_with_a_line_feed_is_an_error_and_nothing_is_written(tmp_path: Path) -> None:
    root = write_site(tmp_path, MINIMAL_SITE)
    (root / "static").mkdir()
    (root / "static" / "new\nline.txt").write_text("x")
    (root / "static" / "Icon\r").write_text("")  # macOS's folder icon: left out unsaid
    (root / "static" / "fine.txt").write_text("x")
    for command in (["check"], ["build"]):
        result = run_cli(command, cwd=root)
        assert result.returncode == 1
        assert ("static/new\\nline.txt: the name holds a line feed (U+000A): it is invisible, no one can type it in "
                "a link, Windows does not allow it in a name") in result.stderr, result.stderr
        assert "Icon" not in result.stderr
    assert not (root / "output").exists()
    (root / "static" / "new\nline.txt").rename(root / "static" / "new-line.txt")
    assert run_cli(["build"], cwd=root).returncode == 0
    assert sorted(p.name for p in (root / "output").iterdir() if p.suffix == ".txt" or p.name.startswith("Icon")) \
        == ["fine.txt", "new-line.txt", "robots.txt"]


def test_a_c1_control_is_named_as_the_character_it_stands_for(tmp_path: Path) -> None:
    root = write_site(tmp_path, MINIMAL_SITE)
    (root / "static").mkdir()
    (root / "static" / "Minister\x92s speech.pdf").write_bytes(b"%PDF")
    result = run_cli(["build"], cwd=root)
    assert result.returncode == 1
    assert 'static/Minister\\x92s speech.pdf: the name holds the control character (U+0092)' in result.stderr
    assert 'rename it with "’"' in result.stderr


def test_a_link_that_writes_a_names_hash_question_mark_or_percent_raw_is_told_the_address(tmp_path: Path) -> None:
    root = write_site(tmp_path, dict(MINIMAL_SITE, **{"content/articles/with-files.md": (
        "---\ntitle: The files of the talks\nsource: Example Times\npublished: 2023-05-10\n---\n"
        "See [one](../../c#d.pdf), [two](../../what?.pdf), [three](../../pc%41.pdf),\n"
        "[four](../../a%20b%23c.pdf) and [five](../../100%.pdf).\n")}))
    (root / "static").mkdir()
    for name in ("c#d.pdf", "what?.pdf", "pc%41.pdf", "a b#c.pdf", "100%.pdf"):
        (root / "static" / name).write_bytes(b"%PDF")
    result = run_cli(["build"], cwd=root)
    assert result.returncode == 0, result.stderr
    links = [line for line in result.stderr.splitlines() if line.startswith("content/")]
    assert len(links) == 3, result.stderr
    assert {line.partition("leads to ")[2] for line in links} == {
        'c, which this site does not have: write "../../c%23d.pdf"',
        'what, which this site does not have: write "../../what%3F.pdf"',
        'pcA.pdf, which this site does not have: write "../../pc%2541.pdf"'}
    assert "static/what?.pdf: warning: the name holds a question mark (?), which Windows does not allow" \
        in result.stderr and "(at what%3F.pdf)" in result.stderr
    page = (root / "output" / "articles" / "with-files" / "index.html").read_text(encoding="utf-8")
    assert 'href="../../a%20b%23c.pdf"' in page and 'href="../../100%25.pdf"' in page

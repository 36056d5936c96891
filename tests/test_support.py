"""Tests of the test helpers themselves: a checker that never fails proves nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from support.htmlcheck import missing_tool, validate_html
from support.links import broken_links, srcset_urls
from support import prestarted
from support.sites import MINIMAL_SITE, run_cli, write_site

if TYPE_CHECKING:
    from playwright.sync_api import Page

VALID_PAGE = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{title}</title></head>
<body>{body}</body>
</html>
"""


def html_page(body: str, title: str = "t") -> str:
    """A valid HTML5 page around body, so each test shows only what it is about."""
    return VALID_PAGE.format(title=title, body=body)


# --- sites -------------------------------------------------------------------


@pytest.mark.parametrize("args", [["build"], ["check", "-v"], ["build", "--jobs", "0"], ["bogus"], ["--version"],
                                  ["new", "article", "Envoys meet in Geneva"], ["init", "another"], ["feeds"],
                                  ["review"], ["opml", "export"], ["fetch"]])
def test_a_command_forked_from_the_prestarted_server_ends_as_a_new_interpreters(
        args: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Exit code, output and files alike, for success, content and usage errors and argparse's own exit;
    and the forked run really was forked (else the suite is slow without a word). The real interpreter's
    run of every command is also the suite's check that each imports in its own order (the server
    imports every module first, which would hide an import that fails only in that order)."""
    content = {**MINIMAL_SITE, "content/articles/broken.md": "---\ntitle: [\n---\nBody.\n"}
    forked_site, real_site = (write_site(tmp_path / name, content) for name in ("forked", "real"))
    forked = run_cli(args, forked_site)
    assert prestarted.serving()
    assert prestarted.run(["--version"], forked_site, {}, 60, Path()) is None  # another environment: not forked
    monkeypatch.setenv("BRIEFGEN_TEST_REAL_CLI", "1")
    real = run_cli(args, real_site)
    assert (forked.returncode, forked.stdout, forked.stderr) == (
        real.returncode, real.stdout.replace(str(real_site), str(forked_site)),
        real.stderr.replace(str(real_site), str(forked_site)))
    assert sorted(p.relative_to(forked_site) for p in forked_site.rglob("*") if ".briefgen-cache" not in p.parts) == \
        sorted(p.relative_to(real_site) for p in real_site.rglob("*") if ".briefgen-cache" not in p.parts)


def test_write_site_creates_nested_files(tmp_path: Path) -> None:
    root = write_site(tmp_path / "s", {"a/b/c.md": "x\r\n", "config.yaml": "title: T\n"})
    assert (root / "a/b/c.md").read_bytes() == b"x\r\n"
    assert (root / "config.yaml").read_text() == "title: T\n"


def test_minimal_site_has_what_spec_requires() -> None:
    assert {"config.yaml", "content/articles/first-report.md"} <= set(MINIMAL_SITE)
    assert "id: ceasefire-talks" in MINIMAL_SITE["config.yaml"]
    article = MINIMAL_SITE["content/articles/first-report.md"]
    for key in ("title:", "source:", "published:", "url:"):
        assert key in article


def test_site_factory_gives_separate_folders(site_factory: Callable[..., Path]) -> None:
    first, second = site_factory(), site_factory({"config.yaml": "title: B\n"})
    assert first != second
    assert (first / "content/notes/why-it-matters.md").is_file()
    assert not (second / "content").exists()


# --- links -------------------------------------------------------------------


def test_links_all_fine_under_a_mount(tmp_path: Path) -> None:
    write_site(tmp_path, {
        "index.html": html_page('<a href="topics/x/">x</a> <a href="/briefing/style.css">css</a>'),
        "style.css": "",
        "topics/x/index.html": html_page(
            '<a href="../../">home</a> <a href="../y/#part">y</a> <a href="#top">top</a>'
            ' <a href="https://example.org/briefing/topics/x/">self</a>'
            ' <a href="https://elsewhere.example/missing">ext</a>'
            ' <a href="mailto:a@example.org">m</a> <img src="data:image/gif;base64,R0lG" alt="">'
        ),
        "topics/y/index.html": html_page('<h2 id="part">Part</h2>'),
    })
    assert broken_links(tmp_path, mount="/briefing/", base_url="https://example.org/briefing/") == []


def test_links_report_missing_target(tmp_path: Path) -> None:
    write_site(tmp_path, {"index.html": html_page('<a href="nowhere/">n</a> <img src="pic.png" alt="">')})
    assert broken_links(tmp_path) == ["index.html: nowhere/", "index.html: pic.png"]


def test_links_resolve_parent_against_the_directory_url(tmp_path: Path) -> None:
    # Served at /briefing/topics/x/, so "../style.css" is /briefing/topics/style.css,
    # not the file next to topics/: the classic pretty-URL mistake.
    write_site(tmp_path, {
        "style.css": "",
        "topics/x/index.html": html_page(
            '<link rel="stylesheet" href="../style.css"><a href="../../style.css">ok</a>'
        ),
    })
    assert broken_links(tmp_path, mount="/briefing/") == ["topics/x/index.html: ../style.css"]


def test_links_path_absolute_must_include_the_mount(tmp_path: Path) -> None:
    write_site(tmp_path, {"style.css": "", "index.html": html_page('<a href="/style.css">s</a>')})
    assert broken_links(tmp_path, mount="/") == []
    assert broken_links(tmp_path, mount="/briefing") == [
        "index.html: /style.css (outside the mount /briefing/)"
    ]


def test_links_directory_and_index(tmp_path: Path) -> None:
    write_site(tmp_path, {
        "index.html": html_page('<a href="a/">a</a> <a href="a/index.html">ai</a> <a href="a">bare</a>'),
        "a/index.html": html_page("A"),
    })
    assert broken_links(tmp_path) == ["index.html: a (directory without trailing slash)"]


def test_links_fragments_must_name_an_id(tmp_path: Path) -> None:
    write_site(tmp_path, {
        "index.html": html_page('<p id="here">x</p><a href="#here">1</a><a href="#gone">2</a>'
                           '<a href="b.html#there">3</a><a href="b.html#nope">4</a>'),
        "b.html": html_page('<p id="there">b</p>'),
    })
    assert broken_links(tmp_path) == [
        "index.html: #gone (no id 'gone' in index.html)",
        "index.html: b.html#nope (no id 'nope' in b.html)",
    ]


def test_links_percent_encoding_query_and_srcset(tmp_path: Path) -> None:
    write_site(tmp_path, {
        "index.html": html_page('<a href="a%20b.txt?x=1#f">q</a>'
                           '<img src="s.png" srcset="s.png 1x, s2.png 2x, gone.png 3x" alt="">'),
        "a b.txt": "",
        "s.png": "",
        "s2.png": "",
    })
    assert broken_links(tmp_path) == ["index.html: gone.png"]


def test_links_absolute_own_host_is_checked(tmp_path: Path) -> None:
    write_site(tmp_path, {"index.html": html_page(
        '<a href="https://example.org/briefing/missing/">m</a>'
        '<a href="https://example.org/other/">outside</a>'
    )})
    assert broken_links(tmp_path, "/briefing/") == []  # without base_url: external
    assert broken_links(tmp_path, "/briefing/", base_url="https://example.org/briefing/") == [
        "index.html: https://example.org/briefing/missing/",
        "index.html: https://example.org/other/ (outside the mount /briefing/)",
    ]


def test_links_404_page_needs_absolute_links(tmp_path: Path) -> None:
    write_site(tmp_path, {"404.html": html_page('<a href="index.html">h</a><a href="/b/index.html">a</a>'),
                          "index.html": html_page("home")})
    assert broken_links(tmp_path, "/b/") == ["404.html: index.html (relative link in 404 page)"]


def test_srcset_urls_with_commas() -> None:
    assert srcset_urls(" a.png 1x,b,c.png 2x , d.png") == ["a.png", "b,c.png", "d.png"]
    assert srcset_urls("a.png, b.png") == ["a.png", "b.png"]
    assert srcset_urls("a.png,b.png") == ["a.png,b.png"]  # one URL, as the HTML spec parses it


# --- HTML validation -----------------------------------------------------------


def test_validate_html_accepts_valid_and_reports_invalid(tmp_path: Path) -> None:
    write_site(tmp_path, {
        "ok.html": html_page("<p>fine</p>"),
        "sub/bad.html": '<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"></head>\n'
                        "<body>\n<p><div></div></p>\n</body>\n</html>\n",
    })
    errors = validate_html([tmp_path / "ok.html", tmp_path / "sub/bad.html"])
    bad = str(tmp_path / "sub/bad.html")
    assert errors, "an invalid page must produce errors"
    assert all(e.startswith(f"{bad}:") for e in errors), errors
    assert any("title" in e for e in errors), errors
    assert any(e.startswith(f"{bad}:5: ") for e in errors), errors  # the stray </p>
    assert validate_html([]) == []


def test_validate_html_reports_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "missing.html"
    assert validate_html([missing]) == [f"{missing}:0: no such file"]


def test_missing_tool_skips_locally_and_fails_on_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception):
        missing_tool("x")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception):
        missing_tool("x")


# --- browser -------------------------------------------------------------------


def test_browser_reads_a_file_page(page: Page, tmp_path: Path) -> None:
    html = tmp_path / "p.html"
    html.write_text(VALID_PAGE.format(title="Hello", body="<h1 id='h'>Brief</h1>"
                                      "<script>document.getElementById('h').textContent += ' ok'</script>"),
                    encoding="utf-8")
    page.goto(html.as_uri())
    assert page.title() == "Hello"
    assert page.text_content("#h") == "Brief ok"


def test_example_counts_scale_and_a_mistyped_scale_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    from support.examples import DEFAULT_SCALE, FLOOR, FORMER_SCALE, examples

    monkeypatch.delenv("BRIEFGEN_EXAMPLES_SCALE", raising=False)
    assert examples(100) == round(100 * DEFAULT_SCALE) and examples(1) == 1
    # the default's floor: what a count drew at the former default, up to FLOOR; never more than that
    for count in range(1, 1001):
        assert examples(count) >= min(FLOOR, round(count * FORMER_SCALE))
        assert examples(count) <= max(1, round(count * FORMER_SCALE))
    assert (examples(6), examples(20), examples(30), examples(60)) == (3, 10, 10, 18)
    monkeypatch.setenv("BRIEFGEN_EXAMPLES_SCALE", "4")
    assert examples(60) == 240 and examples(3) == 12
    monkeypatch.setenv("BRIEFGEN_EXAMPLES_SCALE", "0.01")
    assert examples(60) == 1  # never none: a property that draws nothing tests nothing
    for wrong in ("0", "-1", "nan", "inf", "lots"):
        monkeypatch.setenv("BRIEFGEN_EXAMPLES_SCALE", wrong)
        with pytest.raises(ValueError):
            examples(10)


def test_asserts_rewritten_ahead_are_the_bytecode_pytest_writes_and_reads(tmp_path: Path) -> None:
    """tools/test.sh's rewriteahead.py: the file it writes for a test module is the one pytest itself writes (byte for
    byte, but for the writer's nothing), and a pytest run reads it rather than rewriting the module."""
    import os
    import subprocess
    import sys

    from support.rewriteahead import rewritten

    module = tmp_path / "test_sample.py"
    module.write_text("def test_sum():\n    got = 1 + 1\n    assert got == 2, 'sum'\n", encoding="utf-8")
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": ""}
    env.pop("PYTHONDONTWRITEBYTECODE")

    def run() -> None:
        done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:xdist",
                               "-p", "no:benchmark", "--rootdir", str(tmp_path), str(module)],
                              cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stdout + done.stderr

    run()  # pytest writes its own
    (written,) = (tmp_path / "__pycache__").glob("test_sample.*pytest*.pyc")
    by_pytest = written.read_bytes()
    written.unlink()
    assert rewritten(module) and written.read_bytes() == by_pytest
    os.utime(written, (1_000_000_000, 1_000_000_000))  # pytest replaces the file only when it rewrites the module
    run()
    assert written.stat().st_mtime == 1_000_000_000 and written.read_bytes() == by_pytest

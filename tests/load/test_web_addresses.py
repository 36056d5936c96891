"""A link to another website written without, or with a misspelt, http(s):// is a warning with the fix.

`[the report](www.example.com/report)` was published as a relative link, to
articles/<slug>/www.example.com/report, which does not exist; `example.com/x` and `http//x`
the same; `htps://x` and `http:/x.org` were removed with a warning that did not say what to
write. Each is now a warning at its line naming the address to write (load/webaddresses.py),
for links, images and reference links in Markdown and raw HTML; relative links to files and
pages (`report.pdf`, `../other/`, `#fn`) and well-formed addresses stay quiet. The outlet's
`url:` in config.yaml, shown as a link on its page and never checked, is now an error like
an article's `url:`, and both say what to write.
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings, strategies as st

from briefgen.load.markup import MarkdownRenderer
from briefgen.load.webaddresses import TOP_LEVEL_DOMAINS, meant_web_address
from support.sites import MINIMAL_SITE, run_cli, write_site
from support.examples import examples

RENDERER = MarkdownRenderer()
LABEL = st.text("abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=8)
HOST = st.builds(lambda www, labels, top: ".".join((["www"] if www else []) + labels + [top]),
                 st.booleans(), st.lists(LABEL, min_size=1, max_size=3), st.sampled_from(sorted(TOP_LEVEL_DOMAINS)))
PATH = st.sampled_from(["", "/", "/report", "/2023/05/talks.html", "/a?b=1", "/#top"])
# How an editor writes https://host…: (as written, the scheme meant)
MISWRITTEN = st.sampled_from([("{}", "https"), ("htps://{}", "https"), ("htts://{}", "https"),
                              ("http:/{}", "http"), ("https:{}", "https"), ("http//{}", "http"),
                              ("https:///{}", "https"), ("hhtp://{}", "http"), ("htpp://{}", "http"),
                              ("Https;//{}", "https")])
CONSTRUCT = st.sampled_from(["[the report]({})", "![a map]({})", "[the report][r]\n\n[r]: {}",
                             '<a href="{}">the report</a>', "<img src='{}' alt='a map'>"])
FINE = st.sampled_from(["https://www.example.com/x", "http://example.org", "mailto:desk@example.org", "report.pdf",
                        "images/map.png", "../other-article/", "#fn-1", "/briefing/docs/a.pdf", "notes.md/x",
                        "v1.2/changes", "?page=2", "HTTPS://Example.org/"])


def warned(source: str) -> list[tuple[int, str]]:
    rendered = RENDERER.convert(source, "a")
    return [(line, message) for line, message, severity in rendered.problems
            if severity == "warning" and "http(s)://" in message]


@settings(max_examples=examples(80), deadline=None)
@given(host=HOST, path=PATH, written=MISWRITTEN, construct=CONSTRUCT, before=st.integers(0, 3))
def test_a_website_address_miswritten_is_a_warning_at_its_line_with_the_address_to_write(
        host: str, path: str, written: tuple[str, str], construct: str, before: int) -> None:
    form, scheme = written
    address = form.format(host + path)
    source = "Some text.\n\n" * before + construct.format(address) + "\n"
    found = warned(source)
    assert len(found) == 1, (source, found)
    line, message = found[0]
    assert line == next(i for i, text in enumerate(source.splitlines()) if address in text)  # a reference: its [r]:
    assert message.endswith(f"; to link to the website, write {scheme}://{host}{path}"), message
    assert ("has no http(s)://" in message) == (form == "{}")
    assert not [m for _, m, _ in RENDERER.convert(source, "a").problems if "removed, and what" in m]  # said once
    right = warned("Some text.\n\n" + construct.format(f"{scheme}://{host}{path}") + "\n")
    assert right == []


@settings(max_examples=examples(40), deadline=None)
@given(address=FINE, construct=CONSTRUCT)
def test_links_within_the_site_and_well_formed_addresses_are_quiet(address: str, construct: str) -> None:
    assert warned(construct.format(address) + "\n") == []
    assert meant_web_address(address) is None


def test_the_reported_links_in_a_build_and_the_urls_of_front_matter_and_config(tmp_path: Path) -> None:
    root = write_site(tmp_path / "site", {
        **MINIMAL_SITE,
        "config.yaml": MINIMAL_SITE["config.yaml"] + "sources:\n  - name: Example Times\n    url: www.example.com\n",
        "content/articles/first-report.md": "---\ntitle: Envoys meet\nsource: Example Times\npublished: 2023-05-10\n"
                                            "---\nSee [the report](www.example.com/report),\n"
                                            "[the text](example.com/x) and [the map](htps://example.org/y).\n"})
    result = run_cli(["build"], root)
    assert result.returncode == 1
    assert result.stderr.splitlines()[0] == (
        'config.yaml:10: "sources[0].url" must be an absolute http(s) address of the outlet\'s website, got '
        '"www.example.com"; write https://www.example.com')
    (root / "config.yaml").write_text(MINIMAL_SITE["config.yaml"], encoding="utf-8")
    result = run_cli(["build"], root)
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [
        'content/articles/first-report.md:6: warning: <a href="www.example.com/report"> has no http(s)://, so it is '
        "a link within this site, to a page that does not exist; to link to the website, write "
        "https://www.example.com/report",
        'content/articles/first-report.md:7: warning: <a href="example.com/x"> has no http(s)://, so it is a link '
        "within this site, to a page that does not exist; to link to the website, write https://example.com/x",
        'content/articles/first-report.md:7: warning: <a href="htps://example.org/y"> misspells http(s)://, so it '
        "was removed; to link to the website, write https://example.org/y"]
    page = (root / "output/articles/first-report/index.html").read_text(encoding="utf-8")
    assert 'href="www.example.com/report"' in page  # published as written: the warning says what to change
    (root / "content/articles/first-report.md").write_text(
        "---\ntitle: Envoys meet\nsource: Example Times\npublished: 2023-05-10\nurl: www.example.com/a\n---\nText.\n",
        encoding="utf-8")
    result = run_cli(["check"], root)
    assert result.returncode == 1
    assert result.stderr.splitlines()[0] == (
        'content/articles/first-report.md:5: "url" must be an absolute http(s) link to the original, got '
        '"www.example.com/a"; write https://www.example.com/a')

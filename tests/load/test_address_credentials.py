"""A user name or password in an address is left out of the page with a warning, never silently.

`[secret](https://user:pw@example.org/z)` in a body was published as https://example.org/z
without a word (htmlattrs.fix_url leaves credentials out: the Nu checker refuses them and every
reader would see them), and an article's `url: https://jane:s3cret@news.example.com/a` was
published as written, password and all, on its page, the edition and feed.xml. Now both are
published without the `user:password@` and a warning at its line says so; an outlet's `url:`
under `sources:` too. Checked as a property over user information × hosts × paths × link
constructs (load.markup and load.documents, the build's own steps), and on a real build.
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings, strategies as st

from briefgen.load.markup import MarkdownRenderer
from support.hostile import article
from support.sites import MINIMAL_SITE, run_cli, write_site
from support.examples import examples

RENDERER = MarkdownRenderer()
NAME = st.text("abcxyz019._-~%!$*+,;=", min_size=1, max_size=8).filter(lambda t: not t.startswith("%"))
USERINFO = st.builds(lambda user, password: user + (":" + password if password is not None else "") + "@",
                     NAME, st.none() | st.text("abcxyz019._-~!$*+,;=:", max_size=8))
HOST = st.sampled_from(["example.org", "news.example.com", "www.example.co.uk", "example.org:8443"])
PATH = st.sampled_from(["", "/", "/z", "/2023/05/a.html", "/a?b=1&c=@", "/#top"])
SCHEME = st.sampled_from(["https://", "http://", "HTTPS://"])
CONSTRUCT = st.sampled_from(["[the report]({})", "![a map]({})", "[the report][r]\n\n[r]: {}",
                             '<a href="{}">the report</a>', "<img src='{}' alt='a map'>"])


@settings(max_examples=examples(60), deadline=None)
@given(scheme=SCHEME, userinfo=USERINFO, host=HOST, path=PATH, construct=CONSTRUCT)
def test_credentials_in_a_body_link_are_left_out_with_a_warning_at_its_line(
        scheme: str, userinfo: str, host: str, path: str, construct: str) -> None:
    address = scheme + userinfo + host + path
    source = "Some text first.\n\n" + construct.format(address) + "\n"
    rendered = RENDERER.convert(source, "a")
    assert userinfo + host not in rendered.html  # (the user info itself may recur in the path: "=@" in "?c=@")
    found = [(line, message) for line, message, severity in rendered.problems
             if severity == "warning" and "(a user name or password)" in message]
    assert len(found) == 1, rendered.problems
    line, message = found[0]
    assert line == next(i for i, text in enumerate(source.splitlines()) if i and address in text)
    assert f'"{userinfo}" (a user name or password) is left out of this link' in message
    assert f"it is published as {scheme}{host}{path};" in message
    quiet = RENDERER.convert("Some text first.\n\n" + construct.format(scheme + host + path) + "\n", "a")
    assert not [m for _, m, _ in quiet.problems if "user name" in m]


@settings(max_examples=examples(40), deadline=None)
@given(scheme=SCHEME, userinfo=USERINFO, host=HOST, path=PATH)
def test_credentials_in_an_articles_url_are_left_out_with_a_warning(
        scheme: str, userinfo: str, host: str, path: str) -> None:
    url = scheme + userinfo + host + path
    escaped = url.replace("'", "''")
    value, problems = article(f"---\ntitle: T\nsource: S\npublished: 2023-05-08\nurl: '{escaped}'\n---\nBody.\n")
    assert value is not None and value.url == scheme + host + path
    assert problems == [f'content/articles/a.md:5: warning: "{userinfo}" (a user name or password) is left out of '
                        f"this address, which every reader would see: it is published as {scheme}{host}{path}; "
                        "share a password another way"]


def test_the_reported_link_url_and_outlet_in_a_build(tmp_path: Path) -> None:
    root = write_site(tmp_path / "site", {
        **MINIMAL_SITE,
        "config.yaml": MINIMAL_SITE["config.yaml"] + "sources:\n  - name: Example Times\n"
                                                     "    url: https://desk:hunter2@example.com/\n",
        "content/articles/first-report.md": "---\ntitle: Envoys meet\nsource: Example Times\npublished: 2023-05-10\n"
                                            "url: https://jane:s3cret@news.example.com/a\n---\n"
                                            "Read [the secret](https://user:pw@example.org/z) about a ceasefire.\n"})
    result = run_cli(["build"], root)
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [
        'config.yaml:10: warning: "desk:hunter2@" (a user name or password) is left out of this address, which every '
        "reader would see: it is published as https://example.com/; share a password another way",
        'content/articles/first-report.md:5: warning: "jane:s3cret@" (a user name or password) is left out of this '
        "address, which every reader would see: it is published as https://news.example.com/a; share a password "
        "another way",
        'content/articles/first-report.md:7: warning: <a href="https://user:pw@example.org/z">: "user:pw@" (a user '
        "name or password) is left out of this link, which every reader would see: it is published as "
        "https://example.org/z; share a password another way"]
    published = "".join(path.read_text(encoding="utf-8", errors="replace")
                        for path in (root / "output").rglob("*") if path.is_file())
    assert "s3cret" not in published and "hunter2" not in published and "user:pw" not in published
    assert 'href="https://news.example.com/a"' in published and 'href="https://example.org/z"' in published

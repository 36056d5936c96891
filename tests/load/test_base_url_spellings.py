"""A base_url is taken as meant or refused at its line with the address to write (load/baseurl.py).

Trials: `https://example.org/briefing//` was taken, and every feed, sitemap and canonical address read
`…/briefing//articles/x/` (which S3 and GitHub Pages do not serve); `https://example.org//` made
404.html's stylesheet `//assets/style.css`, a file of a host named "assets"; `…/briefing/#` became
`…/briefing/#/`, `…/briefing/index.html` a folder (`…/index.html/feed.xml`); `https://[::1/` and a
feed's `url: https://[::1/feed` ended the build and `fetch` with "unexpected error: ValueError".
"""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefgen.load.baseurl import base_url_problem
from briefgen.load.config import load_config
from briefgen.load.urlpaths import path_segments
from support.sites import MINIMAL_SITE, config_with_base_url, run_cli, write_site
from support.examples import examples

PIECES = ["brief", "", ".", "..", "%2e", "%2F", "%5C", "\\", "index.html", "a b", "ü", "50%", "%41", "v1.2"]
ENDS = ["", "/", "?", "#", "?x=1", "#top", "/?utm=1#x"]
HOSTS = ["example.org", "example.org:8443", "[2001:db8::1]", "[::1", "example.org:99999", "example.org:rss",
         "news example.org", "пример.рф"]


@settings(max_examples=examples(80), deadline=None)
@given(host=st.sampled_from(HOSTS), segments=st.lists(st.sampled_from(PIECES), max_size=4), end=st.sampled_from(ENDS))
@example(host="example.org", segments=["briefing", ""], end="/")  # https://example.org/briefing//
@example(host="example.org", segments=[""], end="/")  # https://example.org//
@example(host="example.org", segments=["briefing"], end="/#")
@example(host="example.org", segments=["briefing", "index.html"], end="")
@example(host="[::1", segments=[], end="/")
def test_a_base_url_is_taken_as_meant_or_refused_with_the_address_to_write(
        tmp_path_factory, host: str, segments: list[str], end: str) -> None:  # type: ignore[no-untyped-def]
    base_url = f"https://{host}/" + "/".join(segments) + end
    config, problems = load_config(config_with_base_url(tmp_path_factory.mktemp("c"), base_url))
    assert config is not None
    errors = [str(p) for p in problems if p.severity == "error"]
    if errors:
        assert len(errors) == 1 and errors[0].startswith('config.yaml:2: "base_url" ') and config.base_url == ""
        fix = re.search(r"(?:write|such as) (https://.+?/), got \"", errors[0])
        if fix is not None:  # the address it says to write is one it takes
            assert base_url_problem(fix.group(1), "base_url") is None, (base_url, errors[0])
        else:  # (a host or port no address can have: no fix to offer but the example)
            assert "host name" in errors[0] or "not a valid address" in errors[0] or "absolute" in errors[0]
        return
    parts = urlsplit(config.base_url)
    assert config.base_url.endswith("/") and not parts.query and not parts.fragment and "?" not in config.base_url
    assert "//" not in parts.path and "#" not in config.base_url, config.base_url
    assert isinstance(path_segments(config.base_path), tuple)
    assert not re.search(r"%(?![0-9A-Fa-f]{2})", config.base_path)
    assert not config.base_path.startswith("//")  # (404.html's links start with it: `//x` names a host)


def test_an_empty_root_segment_no_longer_links_404_to_another_host(tmp_path: Path) -> None:
    root = write_site(tmp_path / "s", {**MINIMAL_SITE, "config.yaml": MINIMAL_SITE["config.yaml"].replace(
        "https://example.org/briefing/", "https://example.org//")})
    result = run_cli(["build"], root)
    assert result.returncode == 1 and not (root / "output").exists()
    assert result.stderr.splitlines()[0] == (
        'config.yaml:2: "base_url" has an empty segment (//) in its path, so every address of the feeds and '
        "sitemap would be another one than the page's (…//articles/…, which most hosts do not serve); write "
        'https://example.org/, got "https://example.org//"')


def test_an_address_python_cannot_read_is_an_error_not_an_unexpected_one(tmp_path: Path) -> None:
    config = MINIMAL_SITE["config.yaml"].replace("https://example.org/briefing/", '"https://[::1/"')
    root = write_site(tmp_path / "s", {**MINIMAL_SITE, "config.yaml": config + 'feeds:\n  - url: "https://[::1/rss"\n'})
    built, fetched = run_cli(["build"], root), run_cli(["fetch"], root)
    assert built.stderr.splitlines()[:2] == fetched.stderr.splitlines()[:2] == [
        'config.yaml:2: "base_url" is not a valid address (Invalid IPv6 URL); write it like '
        'https://example.org/briefing/, got "https://[::1/"',
        "config.yaml:9: feed https://[::1/rss is not a valid address (Invalid IPv6 URL); copy the feed's address "
        "again from the outlet's site, like https://example.org/rss.xml"]
    assert (built.returncode, fetched.returncode) == (1, 1)
    flag = run_cli(["build", "--base-url", "https://example.org/briefing/index.html"], write_site(
        tmp_path / "t", MINIMAL_SITE))
    assert flag.returncode == 2 and flag.stderr == (
        'briefgen build: "--base-url" ends in a file name ("index.html"); it is the address of the folder the site '
        'is published in: write https://example.org/briefing/, got "https://example.org/briefing/index.html"\n')

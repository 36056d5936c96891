"""A `user:password@` in base_url is left out of everything published, with a warning.

Found by trial: `base_url: https://user:pw@example.org/` (a staging site behind Basic auth) was
written into every item link and guid of every feed, the channel and self links, the sitemap,
robots.txt and each page's canonical link: every subscriber and crawler got the password. An
article's or outlet's `url:` already had its credentials left out with a warning
(load/webaddresses.credentials); base_url, the start of every published address, did not.
`--base-url` with credentials is refused (exit 2) without printing the password.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

import feedparser
from hypothesis import example, given, settings, strategies as st
from support.sites import MINIMAL_SITE, run_cli, write_site
from support.examples import examples

from briefgen.build import BuildOptions, build
from briefgen.load.config import load_config

USER = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-._~%!$&'()*+,;=", min_size=1, max_size=10)
PASSWORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:", min_size=1, max_size=12)


def config_with(base_url: str) -> str:
    return MINIMAL_SITE["config.yaml"].replace("base_url: https://example.org/briefing/",
                                               "base_url: '" + base_url.replace("'", "''") + "'")


@settings(max_examples=examples(60), deadline=None, database=None)
@given(USER, st.none() | PASSWORD, st.sampled_from(["example.org", "example.org:8443", "пример.рф"]),
       st.sampled_from(["/", "/briefing", "/briefing/"]))
@example("user", "pw", "example.org", "/")
def test_credentials_are_left_out_with_a_warning_at_the_line(user: str, password: str | None, host: str,
                                                            path: str) -> None:
    userinfo = user if password is None else f"{user}:{password}"
    with tempfile.TemporaryDirectory() as folder:
        config = Path(folder) / "config.yaml"
        config.write_text(config_with(f"https://{userinfo}@{host}{path}"), encoding="utf-8")
        value, problems = load_config(config)
    assert value is not None
    assert value.base_url == f"https://{host}{path.rstrip('/')}/"
    [said] = [str(p) for p in problems]
    assert said.startswith(f'config.yaml:2: warning: "{userinfo}@" (a user name or password) is left out')


def test_nothing_published_carries_the_password(tmp_path: Path) -> None:
    site = write_site(tmp_path, {**MINIMAL_SITE, "config.yaml": config_with("https://preview:s3cret@example.org/b/")})
    result = build(site / "config.yaml", BuildOptions(jobs=1))
    assert result.ok and [str(d)[:23] for d in result.diagnostics] == ["config.yaml:2: warning:"]
    for path in (site / "output").rglob("*"):
        if path.is_file():
            assert b"s3cret" not in path.read_bytes() and b"preview" not in path.read_bytes(), path
    feed = feedparser.parse((site / "output/feed.xml").read_bytes())
    assert not feed.bozo and feed.feed.link == "https://example.org/b/"
    assert all(e.link.startswith("https://example.org/b/editions/") and e.id.startswith(e.link + "#contents-")
               for e in feed.entries)


def test_base_url_option_with_credentials_is_refused(tmp_path: Path) -> None:
    site = write_site(tmp_path, MINIMAL_SITE)
    done = run_cli(["build", "--base-url", "https://preview:s3cret@example.org/b/"], cwd=site)
    assert done.returncode == 2 and not (site / "output").exists()
    assert "s3cret" not in done.stderr + done.stdout
    assert "give it as https://example.org/b/" in done.stderr

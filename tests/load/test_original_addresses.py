"""An article's `url:` and an outlet's `url:` are written as valid addresses that mean the same.

`url: "https://news.example.com/новини/статья 1?x=1&y="q""` (a space and quotes, as pasted from a
document) went into every href as written — the article page's "Read the original", its card on
the front page, editions, topic and outlet pages, JSON-LD's sameAs, feed.xml — and the Nu Html
Checker refused each page ("Illegal character in path segment. Space is not allowed"; a `<` in a
query, too). Body links were already repaired by htmlattrs.fix_url; these two keys now take the
same form (percent-encoded as a browser sends it), and a host no address can have
(`https://news example.com/`) is an error at the key's line instead of a dead link.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import unquote

import feedparser
from hypothesis import example, given, settings, strategies as st

from briefgen.load.config import parse_config
from briefgen.load.yamltext import load_mapping
from support.hostile import article
from support.htmlcheck import validate_html
from support.sites import MINIMAL_SITE, run_cli, write_site
from support.examples import examples

# Nothing else may stand in a URL (RFC 3986/3987 as the Nu checker reads them): a `%` is an escape.
_CHAR = r"(?:[^\x00-\x20\x7f\"<>\\^`{|}\[\]#%]|%[0-9A-Fa-f]{2})"
VALID = re.compile(rf"https?://(?:[A-Za-z0-9.-]+|\[[0-9a-f:]+\])(?::[0-9]+)?(?:/{_CHAR}*)?(?:#{_CHAR}*)?")
TAIL = st.lists(st.sampled_from(list("ab/?=&.- \"<>\\^`{|}[]#%41ё€") + ["%2", "%zz", "%E2%82%AC"]),
                max_size=14).map("".join)
HOSTS = st.sampled_from(["news.example.com", "news.example.com:8443", "новини.укр", "[2001:db8::1]"])


def _quoted(url: str) -> str:
    return json.dumps(url, ensure_ascii=False)  # a YAML double-quoted scalar


@settings(max_examples=examples(150), deadline=None, derandomize=True, database=None)
@given(host=HOSTS, tail=TAIL)
@example(host="news.example.com", tail='/новини/статья 1?x=1&y="q"#frag ment')
@example(host="news.example.com", tail="/a?b=<script>&c='d'")
def test_an_original_address_is_valid_and_means_what_was_written(host: str, tail: str) -> None:
    written = f"https://{host}/{tail}"
    found, problems = article(f"---\ntitle: T\nsource: S\npublished: 2023-05-08\nurl: {_quoted(written)}\n---\nText.\n")
    assert found is not None and problems == [], problems
    assert VALID.fullmatch(found.url), found.url
    path = found.url.split("/", 3)[3]
    assert unquote(path) == unquote(tail.rstrip(" "))  # the same address: escapes added (and, as a browser
    # does, white space around it dropped)
    config = parse_config(load_mapping(f"title: T\ntopics: [{{id: t, title: T}}]\nsources:\n"
                                       f"  - name: S\n    url: {_quoted(written)}\n", "config.yaml")[0],
                          "config.yaml", errors := [])
    assert errors == [] and config.sources[0].url == found.url


def test_a_host_no_address_can_have_is_an_error_at_its_line() -> None:
    found, problems = article("---\ntitle: T\nsource: S\npublished: 2023-05-08\nurl: https://news example.com/x\n"
                              "---\nText.\n")
    assert problems == ['content/articles/a.md:5: "url" must be an absolute http(s) link to the original, got '
                        '"https://news example.com/x": "news example.com" is not a valid host name (letters, digits, '
                        'hyphens and dots, and a port after a colon)']


def test_every_page_showing_the_original_is_valid(tmp_path: Path) -> None:
    files = dict(MINIMAL_SITE)
    files["content/articles/pasted.md"] = (
        "---\ntitle: Pasted address\nsource: Reuters\npublished: 2023-05-09\ntopics: [ceasefire-talks]\n"
        'url: "https://news.example.com/новини/статья 1?x=1&y=\\"q\\"&z=<b>#frag ment"\n---\nA ceasefire report.\n')
    site = write_site(tmp_path / "site", files)
    done = run_cli(["build"], cwd=site)
    assert done.returncode == 0, done.stderr
    out = site / "output"
    fixed = "https://news.example.com/новини/статья%201?x=1&amp;y=%22q%22&amp;z=%3Cb%3E#frag%20ment"
    pages = [out / "articles/pasted/index.html", out / "index.html", out / "topics/ceasefire-talks/index.html",
             out / "sources/reuters/index.html"]
    for page in pages:
        assert f'href="{fixed}"' in page.read_text(encoding="utf-8"), page
    assert validate_html(pages) == []
    feed = feedparser.parse((out / "topics/ceasefire-talks/feed.xml").read_bytes())
    assert feed.bozo == 0 and any(f'href="{fixed}"' in e.summary for e in feed.entries)

"""Whole sites from hostile and broken content: every page valid HTML5, every feed parses, no text lost.

Three corpora, each built once and checked with one Nu Html Checker run (Java starts slowly):
- tests/load/data/broken_html.txt, our list of broken and hostile raw HTML, used both
  as Markdown bodies and as the HTML of feed entries imported by `briefgen fetch`;
- generated content (hypothesis): front matter with YAML's retyped spellings, bodies of
  Markdown and tag soup, feed entries of tag soup; collected over many examples, then
  built as one site;
- feedparser's own test corpora (tests/illformed and tests/wellformed/sanitize of
  https://github.com/kurtmckee/feedparser), when $BRIEFGEN_FEEDPARSER_TESTS names a
  checkout's `tests` folder (not copied here); skipped otherwise.
"""
from __future__ import annotations

import html
import os
import re
from pathlib import Path

import feedparser
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from support.examples import examples
from support.hostile import TOKEN, Soup, article, soups, without_comments
from support.htmlcheck import require_vnu, validate_html
from support.sites import run_cli, write_site

DATA = Path(__file__).parent / "data" / "broken_html.txt"
CONFIG = """\
title: Hostile Briefing
base_url: https://example.org/briefing/
topics:
  - id: ceasefire-talks
    title: Ceasefire talks
    keywords: [ceasefire, truce, memo]
"""
def generate(count: int) -> settings:
    """Deterministic, no database; no shrinking (a failing example is reported as drawn)."""
    return settings(derandomize=True, database=None, deadline=None, max_examples=examples(count),
                    phases=[Phase.explicit, Phase.generate],
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def fragments() -> list[str]:
    text = DATA.read_text(encoding="utf-8")
    body = "\n".join(line for line in text.split("\n") if not line.startswith("#"))
    return [f.strip("\n") for f in body.split("\n=====\n")]


def rss(items: list[tuple[str, str]], name: str = "rss") -> str:
    """RSS 2.0 whose items have (title HTML, description HTML), escaped as feeds do."""
    entries = "".join(f"<item><title>{html.escape(title)}</title><description>{html.escape(body)}</description>"
                      f"<guid isPermaLink=\"false\">urn:{name}:{index}</guid><pubDate>Mon, 08 May 2023 "
                      f"10:00:00 +0000</pubDate></item>" for index, (title, body) in enumerate(items))
    return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Hostile RSS</title>'
            f"<link>https://outlet.example/</link><description>d</description>{entries}</channel></rss>")


def atom(items: list[tuple[str, str]], name: str = "atom") -> str:
    """Atom whose entries have (title HTML, content HTML)."""
    entries = "".join(f'<entry><title type="html">{html.escape(title)}</title><id>urn:{name}:{index}</id>'
                      f"<updated>2023-05-08T10:00:00Z</updated><content type=\"html\">{html.escape(body)}</content>"
                      "</entry>" for index, (title, body) in enumerate(items))
    return ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            "<title>Hostile Atom</title><id>urn:hostile-atom</id><updated>2023-05-08T10:00:00Z</updated>"
            f"{entries}</feed>")


def config_with_feeds(feeds: list[str]) -> str:
    # (more than 100 new entries of one feed in one run are imported as drafts, docs/fetch.md: these are published)
    return CONFIG + "import:\n  max_new: 10000\nfeeds:\n" + "".join(f"  - url: {feed}\n" for feed in feeds)


def fetch_and_build(root: Path) -> str:
    """Run `fetch` then `build` as a user does; return the build's stderr (its warnings)."""
    fetched = run_cli(["fetch"], root)
    assert fetched.returncode == 0, fetched.stdout + fetched.stderr
    built = run_cli(["build"], root)
    assert built.returncode == 0, built.stderr
    return built.stderr


_COLLISION = re.compile(r"^(content/articles/gen-\d+\.md):\d+: .* both write \S+: the same output path; rename one",
                        re.MULTILINE)


def _colliding(root: Path) -> list[str]:
    """Generated files that `check` says write an output path another file writes (two outlets "-1" and "+1" are
    both sources/1/, rightly an error naming both: a hypothesis draw at four times the examples): the first file
    each such error names, to leave out. Nothing else may be an error (`fetch_and_build` asserts it)."""
    checked = run_cli(["check"], root)
    return sorted(set(_COLLISION.findall(checked.stderr)))


def check_output(root: Path) -> str:
    """Nu over every page, feedparser over every feed; return all article pages' text."""
    output = root / "output"
    pages = sorted(output.rglob("*.html"))
    assert validate_html(pages) == []
    feeds = sorted(output.rglob("*.xml"))
    for path in feeds:
        if path.name == "sitemap.xml":
            continue
        parsed = feedparser.parse(path.read_bytes())
        assert parsed.bozo == 0, (path, parsed.get("bozo_exception"))
    texts = []
    for page in sorted((output / "articles").glob("*/index.html")):
        texts.append(html.unescape(re.sub(r"<[^>]*>", "", page.read_text(encoding="utf-8"))))
    return "\n".join(texts)


def test_broken_html_list_as_markdown_and_as_feeds_gives_valid_pages(tmp_path: Path) -> None:
    require_vnu()
    cases = fragments()
    assert len(cases) > 100
    files = {"config.yaml": config_with_feeds(["feeds/broken.rss", "feeds/broken.atom"]),
             "feeds/broken.rss": rss([(f"RSS case {i}: {c.splitlines()[0][:60]}", c) for i, c in enumerate(cases)]),
             "feeds/broken.atom": atom([(f"Atom case {i}", c) for i, c in enumerate(cases)])}
    for index, case in enumerate(cases):
        files[f"content/articles/case-{index:03d}.md"] = (
            f"---\ntitle: Case {index}\nsource: Tests\npublished: 2023-05-08\n---\n{case}\n")
    root = write_site(tmp_path / "site", files)
    warnings = fetch_and_build(root)
    text = check_output(root)
    for words in ("A second paragraph that must survive", "after the style tag the text goes on",
                  "A new paragraph after the unclosed bold", "If x<y and y>z then x<z", "a lone list item",
                  "inner link", "bad scope", "an image without src", "deep bold"):
        assert text.count(words) >= 2, words  # the Markdown case and the feed cases
    script_case = next(i for i, c in enumerate(cases) if c.startswith('<script>alert("closed")'))
    assert (f"content/articles/case-{script_case:03d}.md:6: warning: 1 word of raw HTML was removed "
            "(<script> …") in warnings


def test_reported_inputs_end_to_end(tmp_path: Path) -> None:
    files = {"config.yaml": CONFIG,
             "content/articles/time.md": "---\ntitle: 12:30\nsource: 1.10\npublished: 2023-05-08\n"
                                         "author: 010\ntags: [2023-05-01, 1_000]\n---\nThe memo says the "
                                         "<script> tag was removed from the site.\n\nAnd more.\n",
             "content/articles/bold.md": "---\ntitle: Bold\nsource: S\npublished: 2023-05-08\n---\n"
                                         "The truce <b>held overnight, officials said.\n\nNext paragraph.\n"}
    root = write_site(tmp_path / "site", files)
    checked = run_cli(["check"], root)
    assert checked.returncode == 0 and checked.stderr == "", checked.stderr
    built = run_cli(["build"], root)
    assert built.returncode == 0, built.stderr
    page = (root / "output/articles/time/index.html").read_text(encoding="utf-8")
    assert "<h1>12:30</h1>" in page or ">12:30<" in page
    assert "1.10" in page and "010" in page and "750" not in page
    assert "the &lt;script&gt; tag was removed from the site." in page and "And more." in page
    bold = (root / "output/articles/bold/index.html").read_text(encoding="utf-8")
    assert "<p dir=\"auto\">The truce <b>held overnight, officials said.</b></p>" in bold


def test_hostile_sizes_end_to_end_are_quick_errors(tmp_path: Path) -> None:
    laughs = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'] + [
        f"a{n}: &a{n} [" + ", ".join([f"*a{n - 1}"] * 9) + "]" for n in range(1, 9)]
    files = {"config.yaml": CONFIG,
             "content/articles/bomb.md": "---\n" + "\n".join(laughs) + "\ntitle: *a8\n---\nB.\n",
             "content/articles/deep.md": "---\ntitle: D\nsource: S\npublished: 2023-05-08\n---\n" + "- " * 5000 + "x\n",
             "feeds/f.rss": rss([("t", "<p>x</p>")])}
    root = write_site(tmp_path / "site", files)
    result = run_cli(["check"], root, timeout=30)
    assert result.returncode == 1
    assert re.search(r"content/articles/bomb\.md:\d+: too many YAML aliases", result.stderr), result.stderr
    assert "content/articles/deep.md:6: nesting too deep (limit 32 levels of lists and quotes)" in result.stderr
    (root / "config.yaml").write_text(config_with_feeds(["feeds/f.rss"]))
    fetched = run_cli(["fetch"], root, timeout=30)  # reads every article's front matter for its guid
    assert fetched.returncode == 0, fetched.stderr


TEXT_VALUES = st.sampled_from(["12:30", "1.10", "010", "0x1F", "1e3", ".inf", "1_000", "2023-05-01", "1:20:30",
                               "=", "<<", "Plain title", "'quoted: colon'", '"double \\" quote"',
                               "'<script>x</script> & <b>'", "!!str 12", "\"tab\\tand \\u00e9\"",
                               "'</title><h1>x'", "-1", "+1", "0b101", "1.5e3"])
ANY_VALUES = st.one_of(TEXT_VALUES, st.sampled_from(["yes", "off", "~", "null", "a: b", "[x, y]", "{a: 1}",
                                                     "- item", "&anchor value", "*alias", "|", "> folded",
                                                     "#", '"\\x11"', "'unclosed"]))


@st.composite
def front_matter(draw: st.DrawFn) -> str:
    """Front matter that is mostly valid (text as YAML retypes it) and sometimes broken."""
    fields = {"title": draw(TEXT_VALUES), "source": draw(TEXT_VALUES), "published": "2023-05-08"}
    for key in draw(st.lists(st.sampled_from(["author", "via", "tags", "story", "url", "guid"]), unique=True,
                             max_size=3)):
        fields[key] = draw(ANY_VALUES if draw(st.booleans()) else TEXT_VALUES)
    return "".join(f"{key}: {value}\n" for key, value in fields.items())


def test_generated_content_builds_valid_pages_and_keeps_its_text(tmp_path: Path) -> None:
    require_vnu()
    files: dict[str, str] = {}
    visible_in: dict[str, set[str]] = {}  # each drawn file's visible tokens
    feeds: list[list[tuple[str, str]]] = []
    feed_visible: set[str] = set()

    @generate(80)
    @given(front=front_matter(), body=soups())
    def content_file(front: str, body: Soup) -> None:
        value, problems = article(f"---\n{front}---\n{body.text}")
        assert all(re.match(r"content/articles/a\.md:\d+: ", p) for p in problems), problems
        if value is not None and all(": warning: " in p for p in problems):
            path = f"content/articles/gen-{len(files):03d}.md"
            files[path] = f"---\n{front}---\n{body.text}"
            visible_in[path] = set(TOKEN.findall(without_comments(body.text))) - body.hidden

    @generate(40)
    @given(st.lists(st.tuples(soups(depth=1), soups()), min_size=1, max_size=3))
    def feed(entries: list[tuple[Soup, Soup]]) -> None:
        feeds.append([(title.text, body.text) for title, body in entries])
        for title, body in entries:
            for soup in (title, body):
                feed_visible.update(set(TOKEN.findall(without_comments(soup.text))) - soup.hidden)

    content_file()
    feed()
    assert len(files) > examples(80) * 3 // 8  # most drawn files are accepted: the site is not near-empty
    urls = []
    for index, entries in enumerate(feeds):
        name = f"feeds/gen-{index:02d}." + ("rss" if index % 2 else "atom")
        files[name] = (rss if index % 2 else atom)(entries, name)
        urls.append(name)
    files["config.yaml"] = config_with_feeds(urls)
    root = write_site(tmp_path / "site", files)
    for path in _colliding(root):  # (files drawn one by one may give two outlets one address: "-1" and "+1")
        (root / path).unlink()
        del visible_in[path]
    fetch_and_build(root)
    text = check_output(root)
    found = set(TOKEN.findall(text))
    assert set().union(*visible_in.values()) - found == set()
    assert feed_visible - found == set()


@pytest.mark.skipif(not os.environ.get("BRIEFGEN_FEEDPARSER_TESTS"),
                    reason="set BRIEFGEN_FEEDPARSER_TESTS to feedparser's tests/ folder to run")
def test_feedparser_corpora_give_valid_pages(tmp_path: Path) -> None:
    require_vnu()
    source = Path(os.environ["BRIEFGEN_FEEDPARSER_TESTS"])
    corpus = sorted(source.glob("illformed/**/*.xml")) + sorted(source.glob("wellformed/sanitize/*.xml"))
    assert len(corpus) > 500
    files = {f"feeds/{index:04d}.xml": path.read_text(encoding="utf-8", errors="replace")
             for index, path in enumerate(corpus)}
    files["config.yaml"] = config_with_feeds(sorted(files))
    root = write_site(tmp_path / "site", files)
    fetched = run_cli(["fetch"], root, timeout=600)
    assert "Traceback" not in fetched.stderr
    built = run_cli(["build"], root, timeout=600)
    assert built.returncode == 0, built.stderr
    check_output(root)
    assert len(list((root / "output/articles").glob("*/index.html"))) > 500

"""A slug, story id or topic id longer than a folder name can be is an error at its line.

A trial: `story:` with 300 letters (a valid slug by its characters) failed the build with
".briefgen-cache/output-…/spare/stories/aaaa…/index.html: cannot write the site (File name
too long)": a path in the cache, naming no content file. Every value written in front matter
or config.yaml that becomes one folder of the site (articles/<slug>/, stories/<id>/,
topics/<id>/) is now checked where it is written (`site.urls.MAX_SLUG`, 255 bytes).
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from hypothesis import example, given, settings, strategies as st

from briefgen.load.config import parse_config
from briefgen.load.documents import make_article, parse_file
from briefgen.load.markup import MarkdownRenderer
from briefgen.load.yamltext import load_mapping
from briefgen.site.urls import MAX_SLUG
from support import factories
from support.sites import MINIMAL_SITE, run_cli
from support.examples import examples

PATH = "content/articles/a.md"


def article_problems(extra: str) -> list[str]:
    raw = f"---\ntitle: T\nsource: S\npublished: 2024-03-04\n{extra}---\nBody.\n".encode()
    _, problems = make_article(parse_file(raw, PATH, "a", MarkdownRenderer()), PATH, "a", "r", factories.config())
    return [str(p) for p in problems]


def config_problems(topic_id: str) -> list[str]:
    data, problems = load_mapping(f"title: T\ntopics:\n  - id: {topic_id}\n    title: X\n", "config.yaml")
    assert data is not None
    parse_config(data, "config.yaml", problems)
    return [str(p) for p in problems]


@settings(max_examples=examples(40), deadline=None, database=None)
@given(st.integers(1, 400), st.sampled_from("ab-9"))
@example(MAX_SLUG, "a").via("the longest allowed")
@example(MAX_SLUG + 1, "a").via("one too many")
@example(300, "a").via("the trial")
def test_a_value_that_names_a_folder_is_an_error_exactly_when_too_long(length: int, filler: str) -> None:
    value = "a" + filler * (length - 1)
    too_long = length > MAX_SLUG
    for key, problems in (("slug", article_problems(f"slug: {value}\n")),
                          ("story id", article_problems(f"story: {value}\n"))):
        expected = [f'{PATH}:5: {key} "{value[:40]}…" is {length} characters, more than the {MAX_SLUG} a '
                    "page's folder name may have; shorten it"]
        assert problems == (expected if too_long else []), problems
    topic = config_problems(value if not value.endswith("-") and "--" not in value else "a" * length)
    assert (topic != []) == too_long and all(p.startswith("config.yaml:3: topic id") for p in topic), topic


def test_the_build_names_the_story_line_and_keeps_the_output(site_factory: Callable[..., Path]) -> None:
    root = site_factory(MINIMAL_SITE)
    assert run_cli(["build", "--quiet"], root).returncode == 0
    before = (root / "output" / "index.html").read_bytes()
    article = root / "content" / "articles" / "first-report.md"
    article.write_text(article.read_text(encoding="utf-8").replace("source:", f"story: {'a' * 300}\nsource:", 1),
                       encoding="utf-8")
    done = run_cli(["build"], root)
    assert done.returncode == 1
    assert f'content/articles/first-report.md:3: story id "{"a" * 40}…" is 300 characters' in done.stderr + done.stdout
    assert "cannot write" not in done.stderr + done.stdout
    assert (root / "output" / "index.html").read_bytes() == before

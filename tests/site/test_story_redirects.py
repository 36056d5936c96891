"""A story's page keeps its address when its id changes (docs/log/stories.md, "Story ids").

Reported: a story's id is the slug of its earliest member, so when an article earlier than every
member joined, the page moved from `stories/<old>/` to `stories/<new>/` and every link to the old
address (feed items readers hold, the sitemap search engines crawled, shared links) answered 404.
Now each member's slug but the id's is a redirect to the story (`site/stories.former_ids`,
`site/pages.moved_pages`, the theme's moved.html), known from the content alone.
"""
from __future__ import annotations

import datetime as dt
import re
import shutil
from dataclasses import replace
from pathlib import Path

from hypothesis import example, given, settings, strategies as st

from briefgen.build import BuildOptions, build
from briefgen.output.guards import check_collisions, give_way
from briefgen.site.pages import plan_pages
from briefgen.site.stories import former_ids
from support import factories
from support.htmlcheck import require_vnu, validate_html
from support.sites import published
from support.trees import copy_sample, tree_bytes
from support.examples import examples

OLD = "wsj-china-role-ending-war"  # the sample's story of four reports, led by the WSJ's of 28 April 2023
NEW = "early-wire-china-role"  # a wire report of the day before, telling the same
OPTIONS = BuildOptions(jobs=1, lock_wait=0, build_time=dt.datetime(2023, 11, 14, tzinfo=dt.timezone.utc))


def add_earlier_report(site: Path) -> None:
    text = (site / f"content/articles/{OLD}.md").read_text(encoding="utf-8")
    text = text.replace("source: The Wall Street Journal", "source: Reuters").replace(
        "published: 2023-04-28", "published: 2023-04-27")
    text += f"\nAs first reported, [the story](../../stories/{OLD}/) is here.\n"  # a link to the old address
    (site / f"content/articles/{NEW}.md").write_text(text, encoding="utf-8")


def test_the_old_address_of_a_story_redirects_to_it_after_an_earlier_report_joins(tmp_path: Path, page) -> None:  # type: ignore[no-untyped-def]
    site = copy_sample(tmp_path / "site")
    first = build(site / "config.yaml", OPTIONS)
    assert first.ok, first.diagnostics
    out = first.output_dir
    assert "page--story" in (out / f"stories/{OLD}/index.html").read_text(encoding="utf-8")
    add_earlier_report(site)
    second = build(site / "config.yaml", OPTIONS)  # incremental: the cache of the first build
    assert second.ok and not [d for d in second.diagnostics if "stories/" in d.message], second.diagnostics
    moved = (out / f"stories/{OLD}/index.html").read_text(encoding="utf-8")
    assert "page--story" in (out / f"stories/{NEW}/index.html").read_text(encoding="utf-8")
    assert f'<meta http-equiv="refresh" content="0; url=../../stories/{NEW}/">' in moved
    assert f'<link rel="canonical" href="https://example.org/briefing/stories/{NEW}/">' in moved
    assert '<meta name="robots" content="noindex">' in moved
    assert f'<a href="../../stories/{NEW}/">' in moved
    # Not a page to index or subscribe to: not in the sitemap, the feeds or the search index.
    for path, data in tree_bytes(out).items():
        if path.endswith((".xml", ".json")) or path.startswith("search/"):
            assert f"stories/{OLD}/".encode() not in data, path
    # The same bytes as a cold build of the same content (no memory of the old id).
    cold = tmp_path / "cold"
    shutil.copytree(site, cold, ignore=shutil.ignore_patterns("output", ".briefgen-cache"))
    again = build(cold / "config.yaml", OPTIONS)
    assert again.ok and tree_bytes(again.output_dir) == tree_bytes(out)
    require_vnu()
    assert validate_html(sorted(out.glob("stories/*/index.html"))) == []
    # A browser following the old address (the site under a sub-path, /briefing/) lands on the story.
    with published(out, tmp_path) as base:
        page.goto(f"{base}stories/{OLD}/")
        page.wait_for_url(f"{base}stories/{NEW}/")
        assert page.locator("body.page--story").count() == 1
        assert "China" in page.locator("h1").inner_text()


def test_a_redirect_never_overwrites_a_page_or_file(tmp_path: Path) -> None:
    """A static file at a former address is published, without a collision error; the other redirects stay."""
    site = copy_sample(tmp_path / "site")
    ours = site / "static/stories/ceo-com-wsj-china-role/index.html"
    ours.parent.mkdir(parents=True)
    ours.write_text("<!DOCTYPE html><title>Ours</title>", encoding="utf-8")
    result = build(site / "config.yaml", OPTIONS)
    assert result.ok and not [d for d in result.diagnostics if "stories/" in d.message], result.diagnostics
    out = result.output_dir
    assert (out / "stories/ceo-com-wsj-china-role/index.html").read_bytes() == ours.read_bytes()
    assert "This story has moved" in (out / "stories/moscow-times-wsj-china-talks/index.html").read_text("utf-8")


def test_another_story_id_always_wins_over_a_former_id() -> None:
    texts = {"a": EVENTS[0], "b": EVENTS[0], "c": EVENTS[1], "d": EVENTS[1]}
    articles = tuple(factories.article(slug, factories.MAY_10 + dt.timedelta(hours=k)) for k, slug in enumerate(texts))
    stories = factories.site(articles, texts=texts).stories
    assert sorted((slug, story.id) for slug, story in former_ids(stories)) == [("b", "a"), ("d", "c")]
    # The story of c and d under the id "b" (ids and slugs can meet through `story:` lines): its page is
    # stories/b/, not a redirect to a's story.
    clash = [replace(s, id="b") if s.id == "c" else s for s in stories]
    assert [(slug, story.id) for slug, story in former_ids(clash)] == [("c", "b"), ("d", "b")]


EVENTS = ("Zhang Wei met Sergei Lavrov in Moscow to discuss the grain corridor and sanctions on Beijing banks.",
          "A drone strike on Odesa port damaged wheat silos near Chornomorsk, the governor Oleh Kiper said.",
          "Leaders at the Vilnius summit agreed security guarantees for Kyiv, NATO chief Jens Stoltenberg said.")


def planned(articles: list, texts: dict[str, str]) -> tuple[dict[str, object], dict[str, str]]:  # type: ignore[type-arg]
    """(output path → the page, story id by member slug) of the site the real stages make."""
    site = factories.site(tuple(articles), texts=texts)
    pages, problems = plan_pages(site)
    assert not problems
    paths = [page.path for page in pages]
    assert len(paths) == len(set(paths))  # no two pages at one path, redirects included
    return {page.path: page for page in pages}, {r.entry.article.slug: s.id for s in site.stories for r in s.reports}


@settings(max_examples=examples(60), deadline=None, database=None)  # no .hypothesis/ folder in the checkout
@given(st.lists(st.tuples(st.integers(0, 2), st.integers(0, 24 * 10)), min_size=1, max_size=8),
       st.integers(0, 2), st.integers(1, 48))
@example([(0, 10), (0, 30), (0, 50), (1, 20)], 0, 5)  # the report: an earlier article joins a story of three
def test_every_story_address_still_leads_to_its_story_after_an_earlier_article_joins(
        members: list[tuple[int, int]], event: int, earlier: int) -> None:
    start = factories.MAY_10 + dt.timedelta(days=2)
    articles = [factories.article(f"a{k}", start + dt.timedelta(hours=h)) for k, (_, h) in enumerate(members)]
    texts = {f"a{k}": EVENTS[e] for k, (e, _) in enumerate(members)}
    before, _ = planned(articles, texts)
    after, story_of = planned(articles + [factories.article("z", start - dt.timedelta(hours=earlier))],
                              {**texts, "z": EVENTS[event]})
    for path, page in before.items():
        if page.template != "story.html":
            continue
        old_id = path.split("/")[1]
        now = after.get(path)
        if (story_of[old_id] == old_id or f"stories/{story_of[old_id]}/index.html" not in after):
            continue  # (still its id; or its story has no page now: the article's own page is its address)
        assert now is not None, f"{path} answers 404 after z joined"
        if now.template == "moved.html":
            assert now.redirect and now.context["story"].id == story_of[old_id]
        else:  # another story's page, whose id wins
            assert now.template == "story.html" and now.context["story"].id == old_id
    for path, page in after.items():  # a redirect leads to a story with a page, one that holds that slug
        if page.template == "moved.html":
            slug, target = path.split("/")[1], page.context["story"]
            assert story_of[slug] == target.id != slug and f"stories/{target.id}/index.html" in after
            assert re.fullmatch(r"stories/[a-z0-9-]+/index\.html", path) and page.redirect


_PART = st.sampled_from(("stories", "Stories", "a", "A", "b", "index.html", "Index.HTML", "é", "e\u0301"))
_PATH = st.builds(lambda parts, folder: "/".join(parts) + ("/" if folder else ""),
                  st.lists(_PART, min_size=1, max_size=4), st.sampled_from((False, False, False, True)))


@settings(max_examples=examples(300), deadline=None, database=None)  # no .hypothesis/ folder in the checkout
@given(st.lists(_PATH, max_size=6), st.lists(_PATH.filter(lambda p: not p.endswith("/")), max_size=4, unique=True))
@example(["stories/a"], ["stories/a/index.html"])  # a file where the redirect needs a folder
@example(["Stories/A/index.html"], ["stories/a/index.html"])  # the same path on a case-insensitive disk
@example(["stories/"], ["stories/a/index.html"])  # inside a folder claimed whole
@example(["stories/a/index.html/x"], ["stories/a/index.html"])  # where another claim needs a folder
def test_a_redirect_that_gives_way_collides_with_nothing(claims: list[str], redirects: list[str]) -> None:
    """What `give_way` keeps adds no collision to those the other claims have among themselves."""
    others = [(path, f"claim {k}") for k, path in enumerate(claims)]
    taken = give_way(others, redirects)
    kept = [(path, f"redirect {k}") for k, path in enumerate(redirects) if path not in taken]
    if check_collisions(kept):
        return  # (redirects among themselves: former_ids's are distinct stories/<slug>/index.html)
    alone = check_collisions(others)
    assert [str(d) for d in check_collisions(others + kept) if "redirect" in d.message] == [], (alone, kept)

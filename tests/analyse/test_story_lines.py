"""The editor's `story:` lines (`analyse/storylines.py`): a line naming an article joins that article's story.

A trial: a.md said `story: lviv-attack`, b.md `story: a`; b was put in a story "a" of its
own, silently. Now the chain is followed to a's id, and lines that name each other in a
cycle are one story, reported for a warning (advice.py; tests/test_advice.py).
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from hypothesis import given, settings, strategies as st

from briefgen.analyse.stories import StoryFeatures, group_stories
from briefgen.analyse.storylines import lines_naming_alone, resolve_story_lines
from support import factories
from support.sites import MINIMAL_SITE, run_cli
from support.examples import examples

CONFIG = factories.config()
NOTHING = StoryFeatures.pack(())  # features that group nothing: only the lines decide


def group(lines: dict[str, str]):  # type: ignore[no-untyped-def]
    articles = tuple(factories.article(slug, story=line) for slug, line in lines.items())
    return group_stories(articles, {slug: NOTHING for slug in lines}, CONFIG)


def stories(grouping) -> dict[str, tuple[str, ...]]:  # type: ignore[no-untyped-def]
    return {s.id: tuple(sorted(s.members)) for s in grouping.stories}


def test_a_line_naming_an_article_with_its_own_id_joins_that_id() -> None:
    grouping = group({"a": "lviv-attack", "b": "a"})
    assert stories(grouping) == {"lviv-attack": ("a", "b")} and grouping.cycles == ()


def test_chains_are_followed_to_their_end() -> None:
    assert stories(group({"c": "b", "b": "a", "a": "lviv-attack", "d": ""})) == {
        "lviv-attack": ("a", "b", "c"), "d": ("d",)}
    assert stories(group({"b": "a", "a": "a"})) == {"a": ("a", "b")}  # a pins its own slug
    assert stories(group({"b": "a", "a": ""})) == {"a": ("a", "b")}  # a has no line: it carries the id


def test_lines_that_name_each_other_are_one_story_and_reported() -> None:
    grouping = group({"a": "b", "b": "a", "c": "a"})
    assert stories(grouping) == {"a": ("a", "b", "c")} and grouping.cycles == (("a", "b"),)
    assert resolve_story_lines([factories.article("x", story="z"), factories.article("y", story="x"),
                                factories.article("z", story="y")]).cycles == (("x", "z", "y"),)


def test_a_chain_ending_at_an_article_kept_alone_keeps_it_alone() -> None:
    assert stories(group({"b": "a", "a": "none"})) == {"a": ("b",), "a-story": ("a",)}


SLUGS = ("a0", "a1", "a2", "a3", "a4")


@settings(max_examples=examples(400), deadline=None, database=None)  # no .hypothesis/ folder in the checkout
@given(st.lists(st.sampled_from(("",) * 3 + ("none", "kyiv-talks", "grain") + SLUGS), min_size=5, max_size=5))
def test_every_chain_of_story_lines_resolves_to_one_story_or_is_reported(lines: list[str]) -> None:
    """Followed by hand: each line ends at an id, and the article is in that story with every
    article along its chain; or its chain runs into a cycle, reported, whose articles share its story."""
    line = dict(zip(SLUGS, lines))
    grouping = group(line)
    reported = {frozenset(cycle) for cycle in grouping.cycles}
    loops = set()
    for slug, written in line.items():
        if written in ("", "none"):
            continue
        if written == slug:  # pinned: its own slug is its id
            assert grouping.story_of(slug).id == slug
            continue
        path, target = [slug], written
        while target in line and line[target] not in ("", "none", target) and target not in path:
            path.append(target)
            target = line[target]
        story = grouping.story_of(slug)
        if target in path:  # a cycle of lines naming each other
            loop = frozenset(path[path.index(target):])
            loops.add(loop)
            assert loop in reported and story.id == min(loop)
        else:
            assert story.id == target
        joined = path + ([target] if target in line and line[target] != "none" else [])
        assert set(joined) <= set(story.members)
    assert reported == loops


@settings(max_examples=examples(300), deadline=None, database=None)  # no .hypothesis/ folder in the checkout
@given(st.lists(st.sampled_from(("",) * 2 + ("none",) * 2 + ("kyiv-talks",) + SLUGS), min_size=5, max_size=5))
def test_lines_naming_an_article_kept_alone_are_exactly_those_of_a_story_named_after_it(lines: list[str]) -> None:
    """What the warning lists (advice.py) against what the grouping did: an article kept alone is
    listed exactly when a story has its slug as id without it, with the lines of that story's
    articles. A trial: b.md `story: a` and a.md `story: none` gave a story "a" without a, unsaid."""
    line = dict(zip(SLUGS, lines))
    grouping = group(line)
    listed = lines_naming_alone(tuple(factories.article(slug, story=written) for slug, written in line.items()))
    expected = {}
    for slug, written in line.items():
        if written != "none":
            continue
        story = next((s for s in grouping.stories if s.id == slug), None)
        if story is not None and slug not in story.members:
            expected[slug] = tuple(sorted(story.members))
    assert listed == expected
    assert lines_naming_alone([factories.article("a", story="none"), factories.article("b", story="a"),
                               factories.article("c", story="b")]) == {"a": ("b", "c")}


def test_an_explicit_id_equal_to_the_fallback_id_of_an_article_kept_alone_is_not_reused() -> None:
    """A trial: a.md `story: none`, b.md `story: a`, c.md `story: a-story`. The article kept alone
    took "a-story" beside the explicit "a-story", and the build stopped on "unexpected error:
    StopIteration" (two stories with one id)."""
    grouping = group({"a": "none", "b": "a", "c": "a-story"})
    assert stories(grouping) == {"a": ("b",), "a-story": ("c",), "a-story-2": ("a",)}


def _article(slug: str, line: str) -> str:
    return (f"---\ntitle: Report {slug}\nsource: Outlet {slug}\npublished: 2023-05-10\nstory: {line}\n---\n"
            f"Body of {slug}.\n")


def test_the_build_publishes_an_explicit_id_spelt_like_a_fallback(site_factory: Callable[..., Path]) -> None:
    """The same lines in a real site: built, every article published, no unexpected error."""
    root = site_factory({"config.yaml": MINIMAL_SITE["config.yaml"],
                         **{f"content/articles/{s}.md": _article(s, line)
                            for s, line in (("a", "none"), ("b", "a"), ("c", "a-story"))}})
    done = run_cli(["build", "--quiet"], root)
    assert done.returncode == 0, done.stdout + done.stderr
    assert all((root / "output" / "articles" / s / "index.html").is_file() for s in "abc")


FALLBACK_SLUGS = ("a", "a-story", "a-story-2", "b", "b-story")


@settings(max_examples=examples(300), deadline=None, database=None)
@given(st.lists(st.sampled_from(("", "none", "a-story-3", "b-story-2") + FALLBACK_SLUGS), min_size=5, max_size=5))
def test_story_ids_are_distinct_whatever_the_lines_say(lines: list[str]) -> None:
    """Every article is in exactly one story and no two stories share an id (a URL), for lines
    that name slugs, articles kept alone, and ids spelt like the `-story` fallbacks; an id the
    editor wrote (not a slug of an article kept alone) stays the id of the article's story."""
    line = dict(zip(FALLBACK_SLUGS, lines))
    grouping = group(line)
    ids = [s.id for s in grouping.stories]
    assert len(ids) == len(set(ids))
    assert sorted(m for s in grouping.stories for m in s.members) == sorted(FALLBACK_SLUGS)
    for slug, written in line.items():
        if written and written != "none" and written not in line:
            assert grouping.story_of(slug).id == written

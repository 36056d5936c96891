"""The editor's `story:` lines resolved to story ids: the groups grouping starts from.

Takes the articles (slug and `story:` line); gives, per article, the story id its line
resolves to ("" for none), whether it is kept alone (`story: none`), and the cycles of
lines that resolve to no id. Rules (docs/stories.md, "Editor control"):

- `story: <id>` puts the article in story <id>. When <id> is the slug of another article,
  the line joins *that article's story*: the article itself carries the id when it has no
  line of its own (so a suggestion is accepted with one line), and when it has one, the
  chain is followed to the id that article's line gives ("b: story: a", "a: story:
  lviv-attack": b is in lviv-attack). A line naming the article's own slug pins it.
- A chain that ends at an article kept alone (`story: none`) ends there: the id is that
  slug, and the article stays alone (stories.py then gives it another id). The lines and
  the `none` ask opposite things: `lines_naming_alone` lists them for a warning (advice.py).
- Lines that name each other in a cycle ("a: story: b", "b: story: a") give no id. The
  articles of the cycle, and those whose chains lead into it, are put in one story, as
  each line asks, under the smallest id of the cycle; the cycle is reported so that the
  editor is warned (advice.py) and gives them one id.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from briefgen.load.documents import Article


@dataclass(frozen=True, slots=True)
class StoryLines:
    ids: tuple[str, ...]  # per article (input order): the story id its line resolves to, "" without a line
    alone: tuple[bool, ...]  # per article: `story: none`
    cycles: tuple[tuple[str, ...], ...]  # slugs of articles whose lines name each other, in chain order from
                                         # the smallest slug; cycles ordered by that slug


def resolve_story_lines(articles: Sequence[Article]) -> StoryLines:
    """Each article's story id from the `story:` lines (module docstring)."""
    line = {a.slug: a.story for a in articles}
    named = {a.story for a in articles if a.story and a.story != "none"}
    resolved: dict[str, str] = {}  # id written → id it resolves to
    cycles: list[tuple[str, ...]] = []
    for start in sorted(named):
        if start in resolved:
            continue
        chain = [start]  # ids followed, each (but the last) the slug of an article with a line of its own
        while True:
            target = line.get(chain[-1], "")
            if chain[-1] in resolved:
                end = resolved[chain[-1]]
                break
            if target in ("", "none", chain[-1]):  # a plain id, an article without a line, alone, or pinned
                end = chain[-1]
                break
            if target in chain:  # lines that name each other: no id of their own
                cycle = chain[chain.index(target):]
                end = min(cycle)
                first = cycle.index(end)
                cycles.append(tuple(cycle[first:] + cycle[:first]))
                break
            chain.append(target)
        for written in chain:
            resolved[written] = end
    ids = tuple(resolved[a.story] if a.story and a.story != "none" else resolved.get(a.slug, "") for a in articles)
    return StoryLines(ids, tuple(a.story == "none" for a in articles), tuple(sorted(cycles)))


def lines_naming_alone(articles: Sequence[Article]) -> dict[str, tuple[str, ...]]:
    """Per article kept alone (`story: none`) that `story:` lines name, directly or along a chain:
    the slugs of the articles with those lines, sorted. They make a story with the alone article's
    slug as id, without it (module docstring), which the editor did not ask for in so many words."""
    alone = {a.slug for a in articles if a.story == "none"}
    naming: dict[str, list[str]] = {}
    for article, label in zip(articles, resolve_story_lines(articles).ids):
        if article.story and article.story != "none" and label in alone:
            naming.setdefault(label, []).append(article.slug)
    return {slug: tuple(sorted(slugs)) for slug, slugs in sorted(naming.items())}

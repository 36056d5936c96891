"""The digest's item for an edition gets a new guid when what the edition holds changes, and keeps it
otherwise (render/feeds.edition_guid).

A trial (/tmp/trialPB/digest): the current edition's item changed in place, under the same guid, as
articles were added during the week; feed readers that never show a changed item again never showed the
later stories. Each build here is parsed with feedparser, as readers see it.
"""
from __future__ import annotations

import re
import tempfile
from pathlib import Path

import feedparser
from hypothesis import example, given, settings, strategies as st

from briefgen.build import BuildOptions, build
from briefgen.speed.memo import Memo
from support.examples import examples
from support.sites import write_site

CONFIG = ("title: Guids\nbase_url: https://example.org/brief/\ntimezone: UTC\n"
          "topics:\n  - id: talks\n    title: Talks\n    keywords: [ceasefire]\n")
# 1 May 2023 is a Monday: days 1-7 are week 18, 8-14 week 19, 15-21 week 20
ARTICLE = ("---\ntitle: Envoys meet {tag} {day}\nsource: Outlet {day}\npublished: 2023-05-{day:02d}T09:00:00Z\n"
           "topics: [talks]\n---\nA ceasefire report {body}.\n")


def _articles(days: dict[str, int], body: str = "one") -> dict[str, str]:
    return {f"content/articles/{slug}.md": ARTICLE.format(tag=slug, day=day, body=body) for slug, day in days.items()}


def _items(files: dict[str, str]) -> dict[str, tuple[str, str]]:
    """The digest's items: edition link → (guid, title)."""
    with tempfile.TemporaryDirectory(prefix="briefgen-digest-") as temp:
        root = write_site(Path(temp) / "site", {"config.yaml": CONFIG, **files})
        result = build(root / "config.yaml", BuildOptions(output_dir=root / "output", jobs=1), Memo())
        assert result.ok, [str(d) for d in result.diagnostics]
        feed = feedparser.parse((root / "output/feed.xml").read_bytes())
    assert feed.bozo == 0
    assert all(not e.guidislink for e in feed.entries)
    return {e.link: (e.id, e.title) for e in feed.entries}


@settings(max_examples=examples(6), deadline=None, database=None)
@given(st.dictionaries(st.from_regex(r"[a-z]{1,6}", fullmatch=True), st.integers(1, 21), min_size=1, max_size=5),
       st.integers(1, 21))
@example({"mon": 8}, 11)  # the trial: a Thursday story added to the week's edition
def test_an_added_article_renews_its_editions_guid_alone(days: dict[str, int], added_day: int) -> None:
    before = _items(_articles(days))
    assert _items(_articles(days, body="edited")) == before  # an edit: nothing new
    after = _items(_articles({**days, "zzadded": added_day}))
    week = f"https://example.org/brief/editions/2023-W{18 + (added_day - 1) // 7}/"
    assert after[week][0].startswith(week + "#contents-")
    assert after[week][0] != before.get(week, ("",))[0]
    assert {k: v for k, v in after.items() if k != week} == {k: v for k, v in before.items() if k != week}
    assert re.search(r": (1 story|[02-9]\d* stories|1\d+ stories)$", after[week][1]), after[week][1]
    assert _items(_articles({**days, "zzadded": added_day})) == after  # stable when nothing changed

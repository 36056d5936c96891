"""The digest feed's story line names the outlets it counts.

A tester, 2026-12-05 (T10 finding 10b): the RSS digest's item said "4 reports from 4 outlets" without naming any,
where the story's page names each. Now the line reads "4 reports from 4 outlets (A, B, C and D)": every outlet
when there are at most 5, else the first 4 "and N more"; the feed still parses in feedparser with bozo 0. Outlet
names are made up (support/madeup.py), with characters XML must escape among them. The link to the lead at its
outlet reads "read at <outlet>", not "original" (T14 finding 6, 2026-12-06).
"""
from __future__ import annotations

import html

import feedparser
from hypothesis import HealthCheck, assume, example, given, settings, strategies as st

from briefgen.build import BuildOptions, build
from support import madeup
from support.examples import examples
from support.sites import write_site

OUTLET = st.tuples(madeup.word, st.sampled_from(["", " Post", " & Sons", " <Wire>", " Times"])).map("".join)


@settings(max_examples=examples(12), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(outlets=st.lists(OUTLET, min_size=1, max_size=8, unique_by=str.casefold), reports=st.integers(0, 2))
@example(outlets=["The Harbour Ledger", "Northwire", "Daily Meridian", "Coastal Times"], reports=0)
def test_the_digest_names_the_outlets_of_each_story(tmp_path_factory, outlets: list[str], reports: int) -> None:
    files = {"config.yaml": "title: B\nbase_url: https://example.org/b/\ntimezone: UTC\n"
                            "topics:\n  - id: grid\n    title: Grid\n    keywords: [grid]\n"}
    sources = outlets + outlets[:reports]  # some outlets report twice
    assume(len(sources) > 1)  # (a story of one report has no page and no count)
    for n, source in enumerate(sources):
        files[f"content/articles/r{n}.md"] = (f"---\ntitle: Grid report {n}\nsource: \"{source}\"\n"
                                              f"published: 2026-07-0{n % 9 + 1}T0{n % 10}:00:00Z\nstory: grid\n"
                                              f"url: https://outlet{n}.example/grid\n"
                                              "---\nThe grid failed.\n")
    result = build(write_site(tmp_path_factory.mktemp("site"), files) / "config.yaml", BuildOptions(jobs=1))
    assert result.ok, [str(d) for d in result.diagnostics]
    feed = feedparser.parse((result.output_dir / "feed.xml").read_bytes())
    assert feed.bozo == 0
    text = html.unescape(feed.entries[0].description).replace("\u2068", "").replace("\u2069", "")
    count = f"{len(sources)} report{'s' if len(sources) > 1 else ''} from {len(outlets)} outlet" \
            f"{'s' if len(outlets) > 1 else ''} ("
    assert count in text, text
    named = text[text.index(count) + len(count):].split(")", 1)[0]
    if len(outlets) <= 5:
        assert all(outlet in named for outlet in outlets), (named, outlets)
        assert named.count(" and ") == (len(outlets) > 1) + sum(" and " in o for o in outlets)
    else:
        assert named.endswith(f" and {len(outlets) - 4} more"), named
        assert sum(outlet in named for outlet in outlets) == 4, named
    # The link to the lead at its outlet says where it goes, not "original" (the credit's word: T14, 2026-12-06)
    assert ">original<" not in feed.entries[0].description
    assert any(f"read at {source}" in text for source in sources), text

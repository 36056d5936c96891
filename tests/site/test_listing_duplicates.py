"""A landing page holding the same items as its newest numbered page is one page, not two.

A reader/standards trial: topics/power-grid/ with 10 stories, 5 a page, listed "All 3 pages",
where the landing page and page/2/ showed the same five stories, and page/2/ was its own
canonical (duplicate content). Pages stay numbered from the oldest, and full ones never change.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.build import BuildOptions, build
from briefgen.site.listing import paginate
from support.examples import examples
from support.sites import write_site

DAY = dt.date(2023, 1, 1)


def when(n: int) -> dt.date:
    return DAY + dt.timedelta(days=n)


def dated(count: int) -> list[int]:
    return list(range(count - 1, -1, -1))


@settings(max_examples=examples(200), deadline=None, derandomize=True)
@given(count=st.integers(0, 400), size=st.integers(1, 30), added=st.integers(1, 40))
def test_no_two_pages_of_the_index_hold_the_same_items(count: int, size: int, added: int) -> None:
    pages = paginate("t/", dated(count), size, when)
    landing, numbered = pages[0], pages[1:]
    by_url = {p.url: p for p in pages}
    if numbered:
        listed = [by_url[link.url].items for link in landing.pages]
        assert len(set(listed)) == len(listed)  # no entry of the index repeats another's page
        assert landing.page_count == len({p.items for p in pages})
        same = numbered[-1].items == landing.items
        # The landing page's canonical is the numbered page with its items, else its own address.
        assert landing.canonical == (numbered[-1].url if same else "")
        for page in pages:
            if page.following is not None:  # "Newer" leads to newer items, never to the same ones
                assert by_url[page.following.url].items != page.items
    else:
        assert landing.canonical == ""
    # Full numbered pages, but the last, are the same once more items arrive (what pager.html shows
    # of a neighbour: its address and number; a link's label, a range, only on the landing page).
    def shown(page):  # type: ignore[no-untyped-def]
        return (page.url, page.items, page.canonical, page.pages,
                *((link.url, link.number) if link else None for link in (page.previous, page.following)))

    after = {p.number: p for p in paginate("t/", dated(count + added), size, when)}
    for page in numbered[:-1]:
        assert shown(after[page.number]) == shown(page)


def test_ten_stories_five_a_page_are_two_pages(tmp_path: Path) -> None:
    files = {"config.yaml": ("title: B\nbase_url: https://example.org/b/\ntimezone: UTC\nlistings:\n  page_size: 5\n"
                             "topics:\n  - id: grid\n    title: Grid\n    keywords: [grid]\n")}
    for n in range(10):
        files[f"content/articles/r{n}.md"] = (f"---\ntitle: Grid report {n}\nsource: Radio {n}\n"
                                              f"published: 2026-07-{n + 1:02d}\nstory: none\n---\nThe grid.\n")
    result = build(write_site(tmp_path, files) / "config.yaml", BuildOptions(jobs=1))
    assert result.ok, [str(d) for d in result.diagnostics]
    topic = (result.output_dir / "topics/grid/index.html").read_text(encoding="utf-8")
    newest = (result.output_dir / "topics/grid/page/2/index.html").read_text(encoding="utf-8")
    assert "All 2 pages" in topic and "All 3 pages" not in topic
    assert '<link rel="canonical" href="https://example.org/b/topics/grid/page/2/">' in topic
    assert '<link rel="canonical" href="https://example.org/b/topics/grid/page/2/">' in newest
    assert 'rel="next"' not in newest and 'rel="prev"' in newest
    # The sitemap lists the canonical address only (the landing page's is page/2/'s while they are one page).
    sitemap = "".join(path.read_text(encoding="utf-8") for path in result.output_dir.glob("sitemap*.xml"))
    assert "<loc>https://example.org/b/topics/grid/page/2/</loc>" in sitemap
    assert "<loc>https://example.org/b/topics/grid/</loc>" not in sitemap
    files["content/articles/r10.md"] = files["content/articles/r9.md"].replace("report 9", "report 10").replace(
        "07-10", "07-11")
    (tmp_path / "content/articles/r10.md").write_text(files["content/articles/r10.md"], encoding="utf-8")
    again = build(tmp_path / "config.yaml", BuildOptions(jobs=1))  # the landing page moves on: its own again
    sitemap = "".join(path.read_text(encoding="utf-8") for path in again.output_dir.glob("sitemap*.xml"))
    assert "<loc>https://example.org/b/topics/grid/</loc>" in sitemap

"""An article page's "(n quotes)" beside a person counts exactly the quotations of that article their People page shows
(as its own, "also in" or "in part in" it): the tester's airport briefing (issue 9, 2026-12-05) showed "Tom Fairbrook (1 quote)" on
The Times' article while his page had no quote from it ("no decision is imminent": a piece of a reporter's sentence,
shown alone nowhere). analyse/quotepieces.py decides for both."""
from __future__ import annotations

import datetime as dt
import re
from types import SimpleNamespace

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.quotepieces import shown
from briefgen.site.model import Quote
from briefgen.site.people import once_each

WHOLE = "We have made no decision and none is imminent, whatever the council believes."
PIECES = ("no decision is imminent", "none is imminent", "whatever the council believes", "a fair price",
          "No decision is imminent.", "we have made no decision")


def _entry(slug: str, day: int) -> SimpleNamespace:
    return SimpleNamespace(article=SimpleNamespace(slug=slug, published=dt.datetime(2026, 11, day, 9,
                                                                                    tzinfo=dt.timezone.utc), via=""))


@settings(max_examples=examples(100), deadline=None)
@given(st.lists(st.sampled_from((WHOLE, *PIECES)), min_size=1, max_size=6))
def test_the_count_and_the_page_agree(texts: list[str]) -> None:
    entries = [_entry(f"a{k}", 1 + k) for k in range(len(texts))]
    page = once_each(tuple(Quote(t, e) for t, e in zip(texts, entries)))
    on_page = {id(e) for q in page for e in (q.entry, *q.also_in, *q.in_part)}
    assert shown(texts) == {k for k, e in enumerate(entries) if id(e) in on_page}, texts


def test_the_reported_page(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from briefgen.build import BuildOptions, build
    from support.sites import write_site

    files = {"config.yaml": "title: G\nbase_url: https://example.org/g/\ntopics:\n  - id: air\n    title: Air\n"
                            "    keywords: [airport]\n",
             "content/articles/pa.md": "---\ntitle: Minister rules out airport rescue\nsource: PA Media\n"
                                       "published: 2026-11-26T18:00:00Z\n---\nTom Fairbrook said the airport was a "
                                       "private business. “What I can promise is that any planning application will "
                                       "be scrutinised properly,” he said.\n",
             "content/articles/times.md": "---\ntitle: Fairbrook rules out airport rescue\nsource: The Times\n"
                                          "published: 2026-11-27T18:00:00Z\n---\nTom Fairbrook met the airport's "
                                          "owner on Tuesday. Tom Fairbrook said that “no decision is imminent”.\n"}
    root = write_site(tmp_path / "site", files)
    assert build(root / "config.yaml", BuildOptions(jobs=1)).ok
    article = (root / "output/articles/times/index.html").read_text(encoding="utf-8")
    person = (root / "output/people/tom-fairbrook/index.html").read_text(encoding="utf-8")
    counted = re.search(r"<bdi>Tom Fairbrook</bdi></a>(?: <span class=\"people-inline__quotes\">\((\d+) quotes?\))?",
                        article)
    assert counted is not None
    assert "no decision is imminent" not in person
    assert counted.group(1) is None, counted.group(0)
    pa = (root / "output/articles/pa/index.html").read_text(encoding="utf-8")
    assert "Tom Fairbrook</bdi></a> <span class=\"people-inline__quotes\">(1 quote)" in pa

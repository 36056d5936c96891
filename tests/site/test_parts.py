"""An edition on several pages (site/parts.py): every story once, in order, at most `size` a page."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.load.config import Topic
from briefgen.site.model import Edition, Section
from briefgen.site.parts import edition_parts

TOPICS = tuple(Topic(f"t{n}", f"Topic {n}", "", ()) for n in range(4)) + (None,)


def edition(lengths: list[int]) -> Edition:
    sections = tuple(Section(TOPICS[i], tuple(f"s{i}-{k}" for k in range(n))) for i, n in enumerate(lengths))
    return Edition(None, "editions/2023-W19/", sections, (), sum(lengths), sum(lengths), 1)  # type: ignore[arg-type]


@settings(max_examples=examples(300), deadline=None, database=None)
@given(st.lists(st.integers(1, 40), max_size=5), st.integers(1, 12))
def test_every_story_once_in_order_and_no_part_over_size(lengths: list[int], size: int) -> None:
    whole = edition(lengths)
    parts = edition_parts(whole, size)
    assert [p.number for p in parts] == list(range(1, len(parts) + 1))
    assert parts[0].url == "editions/2023-W19/" and all(p.url.endswith(f"page/{p.number}/") for p in parts[1:])
    shown = [story for p in parts for share in p.sections for story in share.section.stories]
    assert shown == [story for s in whole.sections for story in s.stories]
    assert all(sum(len(s.section.stories) for s in p.sections) <= size for p in parts)
    assert all(sum(len(s.section.stories) for s in p.sections) == size for p in parts[:-1])  # full but the last
    for p in parts:
        for k, share in enumerate(p.sections):
            assert share.section.topic == share.whole.topic and share.whole in whole.sections
            assert share.continued == (k == 0 and share.section.stories[0] != share.whole.stories[0])
    for entry in parts[0].toc:  # each section is linked on the page where its first story is
        start = next(p for p in parts for s in p.sections if s.whole is entry.section and not s.continued)
        assert entry.href.startswith(start.url + "#")
    assert all(p.toc == parts[0].toc for p in parts)
    assert (parts[0].previous, parts[-1].following) == (None, None)
    assert all(a.following.url == b.url and b.previous.url == a.url for a, b in zip(parts, parts[1:]))


def test_an_empty_edition_has_one_part() -> None:
    (only,) = edition_parts(edition([]), 5)
    assert (only.url, only.sections, only.parts, only.toc) == ("editions/2023-W19/", (), (), ())

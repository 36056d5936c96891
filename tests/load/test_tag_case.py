"""Tags (and an article's authors) that differ only in case are one: the first spelling is published, and
each other spelling is a warning at its line.

A trial's `tags: [ai, drones, AI]` showed both "ai" and "AI" on the page and in the JSON-LD keywords. The
SPEC says only that tags are a list of strings; a reader (and a search engine reading keywords) takes two
spellings of one word for one tag, so they are one, as an exact repeat always was (fields.text_list).
"""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from support.examples import examples
from support.hostile import article

SPELLINGS = st.sampled_from(["ai", "AI", "Ai", "drones", "Drones", "DRONES", "gas", "Straße", "STRASSE"])


@settings(max_examples=examples(60), deadline=None)
@given(tags=st.lists(SPELLINGS, min_size=1, max_size=6), field=st.sampled_from(["tags", "author"]))
def test_one_tag_per_word_whatever_its_case(tags: list[str], field: str) -> None:
    text = ("---\ntitle: T\nsource: S\npublished: 2023-05-08\n" + f"{field}:\n"
            + "".join(f"  - {t}\n" for t in tags) + "---\nBody.\n")
    value, problems = article(text)
    assert value is not None, problems
    held = value.tags if field == "tags" else value.authors
    first: dict[str, str] = {}
    for tag in tags:
        first.setdefault(tag.casefold(), tag)
    assert held == tuple(first.values()), (tags, held)
    differing = [i for i, t in enumerate(tags) if first[t.casefold()] != t]
    warned = sorted(int(p.split(":")[1]) for p in problems if "differ only in case" in p)
    assert warned == [6 + i for i in differing], (tags, problems)


def test_reported_tags() -> None:
    value, problems = article("---\ntitle: T\nsource: S\npublished: 2023-05-08\ntags: [ai, drones, AI]\n---\nB.\n")
    assert value is not None and value.tags == ("ai", "drones")
    assert problems == ['content/articles/a.md:5: warning: "tags" lists "ai" and "AI", which differ only in case: '
                        'one, published as "ai" (the first); remove "AI", or write the spelling meant in both places']

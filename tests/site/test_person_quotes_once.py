"""A person's page shows each quotation once: its earliest report, the others noted (site/people.once_each).

A heat-wave trial's page of Józef Wiśniewski showed "acted on every warning it received in the order of risk."
twice, from The Gridwatch Letter and from the Halvara Morning Post's re-telling of it.
"""
from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from hypothesis import given, settings, strategies as st

from briefgen.site.model import Quote
from briefgen.site.people import once_each, same_quotation


def entry(slug: str, day: int, via: str = "") -> SimpleNamespace:
    published = dt.datetime(2026, 7, day, 9, tzinfo=dt.timezone.utc)
    return SimpleNamespace(article=SimpleNamespace(slug=slug, published=published, via=via))


def test_the_trial_quotation_shows_once_from_the_original() -> None:
    original, retelling = entry("gridwatch", 6), entry("hmp", 6, via="The Gridwatch Letter")
    words = "acted on every warning it received in the order of risk."
    shown = once_each((Quote(words, retelling), Quote(words, original)))  # (site order: newest first, by slug)
    assert [(q.text, q.entry, q.also_in) for q in shown] == [(words, original, (retelling,))]


def test_marks_spaces_and_a_shortened_quotation_are_the_same() -> None:
    assert same_quotation("\u201cWe will not back down,\u201d", '"We  will not back down"')
    assert same_quotation("The city deserves to know who decided to wait.",
                          "People sat in the dark at forty degrees. The city deserves to know who decided to wait.")
    assert not same_quotation("We will", "We will not back down now")  # (too short to be a piece of it)
    assert not same_quotation("We will not back down.", "We will back down.")


def test_different_quotations_stay() -> None:
    a, b = entry("a", 3), entry("b", 4)
    shown = once_each((Quote("We will not back down.", b), Quote("It is what keeps us away from rationing.", a)))
    assert [(q.entry, q.also_in) for q in shown] == [(b, ()), (a, ())]


SENTENCES = st.sampled_from(["We will not back down.", "The wards are empty tonight.", "Nobody listens to nurses here.",
                             "It is what keeps us away from rationing.", "People sat in the dark at forty degrees."])


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(SENTENCES, st.integers(1, 28), st.sampled_from(["", "\u201c{}\u201d", "'{}'", " {} "])),
                min_size=1, max_size=8))
def test_each_quotation_once_with_its_earliest_report(drawn) -> None:
    """However many reports quote the same sentences, in whatever marks and spacing: one quote per sentence, from
    the earliest report quoting it, every other report of it in `also_in`, none lost."""
    quotes = tuple(Quote(marks.format(s) if marks else s, entry(f"r{k}", day))
                   for k, (s, day, marks) in enumerate(drawn))
    shown = once_each(quotes)
    assert len(shown) == len({s for s, _, _ in drawn})
    for q in shown:
        reports = [x.entry for x in quotes if same_quotation(x.text, q.text)]
        assert q.entry.article.published == min(e.article.published for e in reports)
        assert sorted(map(id, (q.entry, *q.also_in))) == sorted(map(id, reports))


def test_the_person_page_names_the_other_reports_of_a_quotation(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The page shows the quotation once, from its earliest report, "also in" the others (linked)."""
    from briefgen.build import BuildOptions, build
    from support.sites import write_site

    body = ("Engineers flagged the substation in June. \u201cWe warned them three times,\u201d said Jozef Wisniewski, "
            "a shift supervisor.")
    files = {"config.yaml": "title: G\nbase_url: https://example.org/g/\ntopics:\n  - id: grid\n    title: Grid\n"
                            "    keywords: [substation]\n",
             "content/articles/first.md": f"---\ntitle: Memos show warnings\nsource: Gridwatch\n"
                                          f"published: 2026-07-03T08:00:00Z\n---\n{body}\n",
             "content/articles/second.md": f"---\ntitle: Utility was warned\nsource: Morning Post\n"
                                           f"published: 2026-07-03T15:00:00Z\nvia: Gridwatch\n---\n{body}\n"}
    root = write_site(tmp_path / "site", files)
    assert build(root / "config.yaml", BuildOptions(jobs=1)).ok
    page = (root / "output/people/jozef-wisniewski/index.html").read_text(encoding="utf-8")
    assert page.count("We warned them three times") == 1
    assert 'also in <a href="../../articles/second/"><bdi>Morning Post</bdi></a>' in page

"""A person's page keeps its address when their canonical name changes (docs/people.md, "Addresses").

Reported (a trial, 2026-12-04): when the acronym fold made "NSC" a spelling of the National Security
Council, its page moved from `people/nsc/` to `people/national-security-council/` and the old address
answered 404. The whole kind: a page's address is made from the canonical name, and which spelling is
canonical changes as the archive grows (a full name seen after an acronym, a misspelling outnumbered by
the right spelling). Now every spelling in "also written as" leaves a redirect at its own address
(`site/people.former_person_urls`, `site/pages.moved_pages`), known from the content alone.
"""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from hypothesis import given, settings, strategies as st

from briefgen.build import BuildOptions, build
from briefgen.site.model import PersonEntry
from briefgen.site.people import former_person_urls
from briefgen.site.urls import slugify
from support.examples import examples
from support.htmlcheck import require_vnu, validate_html
from support.sites import MINIMAL_SITE, write_site
from support.trees import copy_sample, tree_bytes

OPTIONS = BuildOptions(jobs=1, lock_wait=0, build_time=dt.datetime(2023, 11, 14, tzinfo=dt.timezone.utc))


def article(slug: str, day: int, source: str, sentence: str) -> dict[str, str]:
    return {f"content/articles/{slug}.md": (
        f"---\ntitle: Harbour dispute, day {day}\nsource: {source}\npublished: 2023-05-{day:02d}T09:00:00Z\n"
        f"url: https://{slugify(source)}.example/{slug}\n---\n{sentence}\n")}


def redirect_target(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    assert '<meta name="robots" content="noindex">' in text and "This page has moved" in text, text
    return text.split('http-equiv="refresh" content="0; url=', 1)[1].split('"', 1)[0]


def test_the_sample_keeps_the_addresses_its_other_spellings_gave(tmp_path: Path) -> None:
    result = build(copy_sample(tmp_path / "site") / "config.yaml", OPTIONS)
    assert result.ok, result.diagnostics
    out = result.output_dir
    assert redirect_target(out / "people/nsc/index.html") == "../../people/national-security-council/"
    assert redirect_target(out / "people/avril-haynes/index.html") == "../../people/avril-haines/"
    # Not pages to index or subscribe to: not in the sitemap, the feeds or the search index.
    for path, data in tree_bytes(out).items():
        if path.endswith((".xml", ".json")) or path.startswith("search/"):
            assert b"people/nsc/" not in data and b"people/avril-haynes/" not in data, path
    require_vnu()
    assert validate_html([out / "people/nsc/index.html"]) == []


def test_an_address_made_from_a_misspelling_leads_to_the_page_once_the_right_spelling_wins(tmp_path: Path) -> None:
    site = write_site(tmp_path / "site", {"config.yaml": MINIMAL_SITE["config.yaml"], **article(
        "first", 10, "Harbour Daily", '"Dock workers will strike on Monday," said Marta Kowalsky, the union\'s leader.')})
    first = build(site / "config.yaml", OPTIONS)
    assert first.ok, first.diagnostics
    out = first.output_dir
    assert "Marta Kowalsky" in (out / "people/marta-kowalsky/index.html").read_text(encoding="utf-8")
    # Two more reports spell her name right: that spelling now names the page.
    write_site(site, {**article("second", 11, "The Courier", '"We will not back down," Marta Kowalski said.'),
                      **article("third", 12, "Port News", 'Marta Kowalski told reporters the strike would go ahead.')})
    second = build(site / "config.yaml", OPTIONS)
    assert second.ok, second.diagnostics
    assert "Marta Kowalski" in (out / "people/marta-kowalski/index.html").read_text(encoding="utf-8")
    assert redirect_target(out / "people/marta-kowalsky/index.html") == "../../people/marta-kowalski/"
    # The same bytes as a cold build of the same content (no memory of the old address).
    cold = tmp_path / "cold"
    shutil.copytree(site, cold, ignore=shutil.ignore_patterns("output", ".briefgen-cache"))
    again = build(cold / "config.yaml", OPTIONS)
    assert again.ok and tree_bytes(again.output_dir) == tree_bytes(out)


NAMES = st.text(alphabet="abcdeé -", min_size=1, max_size=6).map(str.title)


def person(name: str, others: tuple[str, ...], url: str) -> PersonEntry:
    return PersonEntry(name, name, "person", url, "person-" + url.split("/")[1], False, others, 1, 1, 0)


@settings(max_examples=examples(100), deadline=None, database=None)  # no .hypothesis/ folder in the checkout
@given(st.lists(st.tuples(NAMES, st.lists(NAMES, max_size=3)), min_size=1, max_size=6), st.randoms())
def test_a_former_address_is_no_page_is_claimed_once_and_does_not_depend_on_order(people_drawn, random) -> None:  # type: ignore[no-untyped-def]
    people = [person(name, tuple(others), f"people/{slugify(name, fallback='person')}-{k}/")
              for k, (name, others) in enumerate(people_drawn)]
    found = former_person_urls(people)
    pages = {p.url for p in people}
    urls = [url for url, _ in found]
    assert len(urls) == len(set(urls)) and not pages & set(urls)
    for url, owner in found:
        assert url in {f"people/{slugify(s, fallback='person')}/" for s in owner.also_written_as}
        # No other person has a spelling giving it (else neither gets it).
        assert not [p for p in people if p.url != owner.url and url in
                    {f"people/{slugify(s, fallback='person')}/" for s in p.also_written_as}]
    shuffled = list(people)
    random.shuffle(shuffled)
    assert [(url, owner.url) for url, owner in former_person_urls(shuffled)] == [(url, o.url) for url, o in found]

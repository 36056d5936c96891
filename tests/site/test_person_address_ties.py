"""Names that share a slug keep their addresses as the archive grows (docs/people.md, "Addresses").

BR24 (2026-12-06): `people:` declared "José Pérez" and "Jose Perez", each quoted once; people/jose-perez/ was
Jose, -2/ José. Two more articles quoting José, a rebuild, and the addresses swapped (exit 0, no warning, no
redirect): site/people.person_urls ranked names sharing a slug by how many articles named them, which changes with
every build. Now: the first appearance (earliest article, then its slug), then the name, which an archive
growing by newer articles never changes; what changes anyway (a deleted or back-dated article) is named by the
build (gonepeople.py). Properties: any order of the same articles gives the same addresses, and adding newer
articles never moves a published address.
"""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

from hypothesis import example, given, settings, strategies as st

from briefgen.analyse.names import NameIndex
from briefgen.analyse.people import PeopleFound, PersonFound
from briefgen.build import BuildOptions, build
from briefgen.gone import PHRASE
from briefgen.site.people import person_urls
from support.examples import examples
from support.sites import MINIMAL_SITE, write_site

OPTIONS = BuildOptions(jobs=1, lock_wait=0, build_time=dt.datetime(2023, 11, 14, tzinfo=dt.timezone.utc))
NAMES = ("José Pérez", "Jose Perez", "JOSE PEREZ", "José Perez", "Li Hui", "Lí Huì", "Li Hui 2")
T0 = dt.datetime(2023, 5, 1, tzinfo=dt.timezone.utc)


@dataclass(frozen=True)
class Art:
    slug: str
    published: dt.datetime


def urls_of(articles: list[tuple[int, str]], declared: frozenset[str] = frozenset(),
            slugs: list[str] | None = None) -> dict[str, str]:
    """person_urls for articles (day, name named; slugs "a000", "a001" … or `slugs`), each name one person;
    `declared` names first. (The slugs sort in the order the articles arrive: articles published in the same second
    are ordered by slug, so an article arriving later with a slug sorting first, such as "a10" after "a2" on one day,
    is not newer and may move an address, which the build then names: CI draw of 2026-12-07.)"""
    slugs = slugs or [f"a{k:03d}" for k in range(len(articles))]
    arts = [Art(slug, T0 + dt.timedelta(days=day)) for slug, (day, _) in zip(slugs, articles)]
    named: dict[str, list[str]] = {}
    for art, (_, name) in zip(arts, articles):
        named.setdefault(name, []).append(art.slug)
    people = tuple(PersonFound(name, "person", name in declared, tuple(slugs), (), ()) for name, slugs in named.items())
    return person_urls(PeopleFound(people, NameIndex({}, {}, ()), {}, {}), arts)


EVENTS = st.lists(st.tuples(st.integers(0, 30), st.sampled_from(NAMES)), min_size=1, max_size=12)


@given(EVENTS, st.randoms(use_true_random=False), st.frozensets(st.sampled_from(NAMES), max_size=2))
@settings(max_examples=examples(300), deadline=None)
def test_the_addresses_do_not_depend_on_the_order_articles_come_in(events, shuffle: random.Random, declared) -> None:
    urls = urls_of(events, declared)
    order = list(range(len(events)))
    shuffle.shuffle(order)
    assert urls_of([events[k] for k in order], declared, [f"a{k:03d}" for k in order]) == urls
    assert len(set(urls.values())) == len(urls)


@given(EVENTS, st.frozensets(st.sampled_from(NAMES), max_size=2))
@example([(0, "JOSE PEREZ")] * 2 + [(0, "José Pérez")] * 8 + [(0, "Jose Perez")], frozenset())  # (CI, 2026-12-07)
@settings(max_examples=examples(300), deadline=None)
def test_newer_articles_never_move_a_published_address(events, declared) -> None:
    # The archive grows one article at a time, each published no earlier than the ones before it.
    events = sorted(events, key=lambda e: e[0])
    published: dict[str, str] = {}
    for n in range(1, len(events) + 1):
        urls = urls_of(events[:n], declared)
        for name, url in published.items():
            if url.startswith("people/li-hui-2") and "Li Hui 2" in urls and name != "Li Hui 2":
                continue  # ("Li Hui 2" first seen takes its own plain slug, which "Li Hui"'s second name had)
            assert urls[name] == url, (name, events[:n])
        published.update(urls)


def test_the_earliest_first_then_the_name() -> None:
    for declared in (frozenset(), frozenset({"José Pérez"}), frozenset(NAMES)):  # (`people:` changes nothing)
        assert urls_of([(5, "José Pérez"), (1, "Jose Perez"), (6, "José Pérez"), (7, "José Pérez")], declared) == {
            "José Pérez": "people/jose-perez-2/", "Jose Perez": "people/jose-perez/"}
    # One article names both: the name decides, whichever is named in more articles later
    assert urls_of([(1, "José Pérez"), (1, "Jose Perez"), (2, "José Pérez"), (3, "José Pérez")],
                   slugs=["a0", "a0", "a1", "a2"])["Jose Perez"] == "people/jose-perez/"


CONFIG = MINIMAL_SITE["config.yaml"] + "people:\n  - name: José Pérez\n  - name: Jose Perez\n"


def quoting(slug: str, day: int, name: str) -> dict[str, str]:
    return {f"content/articles/{slug}.md": (
        f"---\ntitle: Grain talks, part {slug}\nsource: Example Times\npublished: 2023-05-{day:02d}T09:00:00Z\n"
        f"url: https://news.example.com/{slug}\n---\n{name} said: \"We want the grain corridor open, {slug}.\"\n")}


def heading(out: Path, address: str) -> str:
    text = (out / address / "index.html").read_text(encoding="utf-8")
    return text.split("<h1", 1)[1].split("</h1>", 1)[0]


def test_the_reported_swap_is_gone_and_a_swap_that_happens_anyway_is_named(tmp_path: Path) -> None:
    site = write_site(tmp_path / "site", {"config.yaml": CONFIG, **quoting("one", 12, "José Pérez"),
                                          **quoting("two", 13, "Jose Perez")})
    first = build(site / "config.yaml", OPTIONS)
    assert first.ok, first.diagnostics
    out = first.output_dir
    assert "José Pérez" in heading(out, "people/jose-perez/") and "Jose Perez" in heading(out, "people/jose-perez-2/")
    # BR24's step: two more articles quote José; nothing moves, nothing is said
    write_site(site, {**quoting("three", 14, "José Pérez"), **quoting("four", 15, "José Pérez")})
    second = build(site / "config.yaml", OPTIONS)
    assert second.ok, second.diagnostics
    assert "José Pérez" in heading(out, "people/jose-perez/") and "Jose Perez" in heading(out, "people/jose-perez-2/")
    assert not [d for d in second.diagnostics if PHRASE in d.message]
    # José's first article deleted: Jose is now the first seen and takes the plain address; both moves are named
    (site / "content/articles/one.md").unlink()
    third = build(site / "config.yaml", OPTIONS)
    assert third.ok, third.diagnostics
    assert "Jose Perez" in heading(out, "people/jose-perez/") and "José Pérez" in heading(out, "people/jose-perez-2/")
    said = {d.path: d.message for d in third.diagnostics if PHRASE in d.message and "/people/" in d.path}
    assert set(said) == {"output/people/jose-perez", "output/people/jose-perez-2"}, third.diagnostics
    assert "for José Pérez; this build shows Jose Perez here, and José Pérez's page is now people/jose-perez-2/" \
        in said["output/people/jose-perez"]
    assert "José Pérez" in said["output/people/jose-perez-2"] and "seen first" in said["output/people/jose-perez-2"]
    # The next build has nothing more to say
    fourth = build(site / "config.yaml", OPTIONS)
    assert not [d for d in fourth.diagnostics if PHRASE in d.message and "/people/" in d.path]

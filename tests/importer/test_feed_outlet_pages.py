"""Two feeds whose outlet names make one page address are refused by `fetch` and `check` before anything is written.

TR15 (2026-12-06): feeds with `source: The Ledger` and `source: the ledger!` imported under both names without a
word; the next `build` refused the two outlets' one page, sources/the-ledger/ (output/guards.py). Now config.yaml's
two `source:` lines are an error at the later one, in `check`, `build` and `fetch` alike (load/outletpages.py), and
a feed named by its own title ("THE LEDGER.") beside another's name is `fetch`'s error at that feed's line, with
nothing of either feed imported (importer/outletnames.py). Names that make different addresses, and one name
written twice (one outlet), are never refused: the property's oracle is the build itself, of the two feeds imported
one at a time as before (no check can compare them), which refuses the site exactly when their pages collide.
"""
from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, example, given, settings, strategies as st

from briefgen.build import BuildOptions, build
from briefgen.importer.fetch import FetchOptions, fetch_feeds
from support.examples import examples
from support.feedserver import FeedServer, Reply, feed_server
from support.importing import config_text, fetch, rss
from support.sites import run_cli

BASES = ["The Ledger", "Kyiv Post", "Le Monde", "Zoë Daily", "Die Zeit", "BBC News", "Ελληνική Ώρα", "Новая газета"]
VARIANTS = [str.upper, str.lower, lambda n: n + "!", lambda n: n.replace(" ", "  "), lambda n: n.replace(" ", " — "),
            lambda n: "".join(c for c in unicodedata.normalize("NFKD", n) if not unicodedata.combining(c)),
            lambda n: n.replace("e", "é", 1), lambda n: n + " Weekly", lambda n: "The " + n, lambda n: n,
            lambda n: n.replace(" ", "-"), lambda n: n.replace(" ", "")]
SAME_PAIR = st.tuples(st.sampled_from(BASES), st.sampled_from(VARIANTS)).map(lambda t: (t[0], t[1](t[0])))
ANY_PAIR = st.tuples(st.sampled_from(BASES), st.sampled_from(BASES))
TEXT = st.text("abAB éÉ!-.", min_size=1, max_size=8).filter(lambda n: any(c.isalnum() for c in n) and n == n.strip())
PAIRS = st.one_of(SAME_PAIR, SAME_PAIR, ANY_PAIR, st.tuples(TEXT, TEXT))
ITEM = {"title": "Envoys meet in Geneva", "date": "Wed, 10 May 2023 09:00:00 +0300"}


@pytest.fixture(scope="module")
def shared_server() -> Iterator[FeedServer]:
    with feed_server() as running:
        yield running


_RUN = itertools.count()


def _build_refuses(folder: Path, feeds: list[dict[str, str]]) -> bool:
    """The oracle: whether the build refuses the site that importing the two feeds one at a time (each alone in
    config.yaml, so no check can compare them) makes, as every fetch did before."""
    root = folder / "apart"
    for feed in feeds:
        (root / "config.yaml").parent.mkdir(exist_ok=True)
        (root / "config.yaml").write_text(config_text(feed), encoding="utf-8")
        assert fetch_feeds(root / "config.yaml", FetchOptions(force=True, jobs=1)).ok
    assert len(list((root / "content" / "articles").glob("*.md"))) == 2
    result = build(root / "config.yaml", BuildOptions(jobs=1))
    problems = [d.message for d in result.diagnostics if d.severity == "error"]
    assert all("both write sources/" in message for message in problems), problems
    return bool(problems)


@settings(max_examples=examples(30), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pair=PAIRS, by_title=st.booleans())
@example(pair=("The Ledger", "the ledger!"), by_title=False)
@example(pair=("The Ledger", "THE LEDGER."), by_title=True)
@example(pair=("Le Monde", "Lé Monde"), by_title=False)
@example(pair=("The Ledger", "The Ledger"), by_title=False)
@example(pair=("The Ledger", "The Ledger Weekly"), by_title=True)
def test_fetch_refuses_two_names_of_one_page_before_writing_and_never_others(
        shared_server: FeedServer, tmp_path_factory: pytest.TempPathFactory, pair: tuple[str, str],
        by_title: bool) -> None:
    """The second feed named by its `source:` line, or by its own title (no `source:`): `fetch` refuses the pair,
    writing nothing of either feed, exactly when the build refuses the articles of the two imported apart (names
    as fetch writes them: a title's spaces collapsed); else it imports both and the site builds."""
    first, second = pair
    run = next(_RUN)
    folder = tmp_path_factory.mktemp("pair")
    urls = [shared_server.script(f"/a{run}.xml", Reply(200, rss("Feed A", [dict(ITEM, guid=f"a{run}",
                                                                                 link=f"https://a.example/{run}")]))),
            shared_server.script(f"/b{run}.xml", Reply(200, rss(second if by_title else "Feed B", [dict(
                ITEM, title="Truce holds overnight", guid=f"b{run}", link=f"https://b.example/{run}")])))]
    root = folder / "site"
    root.mkdir()
    feeds = [{"url": urls[0], "source": first}, {"url": urls[1]} if by_title else {"url": urls[1], "source": second}]
    (root / "config.yaml").write_text(config_text(*feeds), encoding="utf-8")
    lines = (root / "config.yaml").read_text(encoding="utf-8").splitlines()
    result = fetch_feeds(root / "config.yaml", FetchOptions(force=True, jobs=1))
    written = sorted(p.name for p in (root / "content" / "articles").glob("*.md")) \
        if (root / "content" / "articles").is_dir() else []
    refused = [d for d in result.diagnostics if "one page address" in d.message]
    if _build_refuses(folder, feeds):
        event("refused")
        assert not result.ok and len(refused) == 1 and written == [], [str(d) for d in result.diagnostics]
        feed_line = lines.index(f"  - url: {urls[1]}") + 1
        assert refused[0].line == (feed_line if by_title else feed_line + 1), (refused[0].line, lines)
        assert f'source: "{first}"' in refused[0].message, refused[0].message
    else:
        event("imported")
        assert result.ok and refused == [], [str(d) for d in result.diagnostics]
        assert len(written) == 2
        built = build(root / "config.yaml", BuildOptions(jobs=1))
        assert built.ok, [str(d) for d in built.diagnostics]


def test_check_and_fetch_name_the_config_line_and_write_nothing(site, server: FeedServer) -> None:
    a = server.script("/a.xml", Reply(200, rss("A", [dict(ITEM, guid="a1", link="https://a.example/1")])))
    b = server.script("/b.xml", Reply(200, rss("B", [dict(ITEM, guid="b1", link="https://b.example/1")])))
    root = site({"url": a, "source": "The Ledger"}, {"url": b, "source": "the ledger!"})
    line = next(n for n, text in enumerate((root / "config.yaml").read_text().splitlines(), 1) if "the ledger!" in text)
    said = (f'config.yaml:{line}: source "the ledger!" and "The Ledger" (line {line - 2}) make one page '
            "address, sources/the-ledger/, for two outlets, which the build refuses once both have articles; write one "
            'name for both (source: "The Ledger"), or names that make different addresses')
    checked = run_cli(["check"], root)
    assert checked.returncode == 1 and said in checked.stderr, checked.stderr
    fetched = fetch(root)
    assert fetched.returncode == 1 and said in fetched.stderr, fetched.stderr
    assert not list(root.glob("content/articles/*.md")) and not server.seen("/a.xml")


def test_a_feed_named_by_its_title_is_refused_with_the_other_and_imported_once_named(site, server: FeedServer) -> None:
    a = server.script("/a.xml", Reply(200, rss("A", [dict(ITEM, guid="a1", link="https://a.example/1")])))
    b = server.script("/b.xml", Reply(200, rss("THE LEDGER.", [dict(ITEM, guid="b1", link="https://b.example/1",
                                                                   title="Truce holds overnight")])))
    c = server.script("/c.xml", Reply(200, rss("Other Outlet", [dict(ITEM, guid="c1", link="https://c.example/1",
                                                                    title="Talks end in Geneva")])))
    root = site({"url": a, "source": "The Ledger"}, b, c)
    text = (root / "config.yaml").read_text()
    line = next(n for n, written in enumerate(text.splitlines(), 1) if written.strip() == f"- url: {b}")
    fetched = fetch(root)
    assert fetched.returncode == 1
    assert (f'config.yaml:{line}: feed {b}: its articles would be filed under "THE LEDGER." (the feed\'s own title), '
            f'and those of the feed on line {line - 2} under "The Ledger": one page address, sources/the-ledger/, for '
            "two outlets, which the build refuses; nothing of either feed is imported until one name is set for both "
            '(write source: "The Ledger" under this feed)') in fetched.stderr, fetched.stderr
    assert [p.name for p in root.glob("content/articles/*.md")] == ["talks-end-in-geneva.md"]  # the third feed's
    (root / "config.yaml").write_text(text.replace(f"- url: {b}\n", f"- url: {b}\n    source: The Ledger\n"))
    again = fetch(root)
    assert again.returncode == 0, again.stderr
    assert sorted(p.name for p in root.glob("content/articles/*.md")) == [
        "envoys-meet-in-geneva.md", "talks-end-in-geneva.md", "truce-holds-overnight.md"]
    assert run_cli(["build"], root).returncode == 0

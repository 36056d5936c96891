"""Feed items kept from build to build (speed/feeditems): reused exactly when made from the same inputs.

A rebuild takes the digest's edition items and the topic feeds' article items from the last
build when their fingerprint is unchanged, instead of rendering ~4,000 articles' items again
at 10,000 articles. Stale items would publish old text in feeds, so the property is that a
rebuild's feeds equal a cold build's after any edit, and that what is reused is exactly what
did not change.
"""
from __future__ import annotations

import pickle
import shutil
from pathlib import Path

from hypothesis import given, settings, strategies as st

from briefgen import sealed
from briefgen.build import BuildOptions, build
from briefgen.speed.cache import BuildCache
from briefgen.speed.feeditems import ITEMS, FeedItems
from support.sites import MINIMAL_SITE, write_site
from support.trees import tree_bytes
from support.examples import examples

CONFIG = MINIMAL_SITE["config.yaml"] + "edition: weekly\nlistings: {digest_editions: 2, feed_items: 3}\n"
WEEKS = ["2023-05-02", "2023-05-09", "2023-05-16", "2023-05-23"]  # four editions, the digest holds the newest two


CITIES = ["Geneva", "Vienna", "Ankara", "Doha", "Riyadh", "Oslo", "Warsaw", "Jakarta"]  # one event each


def _site(root: Path) -> Path:
    files = {"config.yaml": CONFIG, "content/notes/why-it-matters.md":
             MINIMAL_SITE["content/notes/why-it-matters.md"].replace("articles: [first-report]\n", "")}
    for n, city in enumerate(CITIES):
        files[f"content/articles/report-{n}.md"] = (
            f"---\ntitle: Ceasefire envoys gather in {city}\nsource: Outlet {n % 3}\n"
            f"published: {WEEKS[n % 4]}T0{n}:00:00Z\n---\n"
            f"Envoys met in {city} to discuss a ceasefire, report {n} said.\n")
    return write_site(root, files)


def _build(site: Path) -> dict[str, bytes]:
    result = build(site / "config.yaml", BuildOptions(jobs=1))
    assert result.ok, [str(d) for d in result.diagnostics]
    return tree_bytes(result.output_dir)


def _feeds(tree: dict[str, bytes]) -> dict[str, bytes]:
    return {path: data for path, data in tree.items() if path.endswith("feed.xml")}


def _cold(site: Path, dest: Path) -> dict[str, bytes]:
    shutil.rmtree(dest, ignore_errors=True)
    shutil.copytree(site, dest, ignore=shutil.ignore_patterns("output", ".briefgen-cache"))
    return _build(dest)


def _state(site: Path) -> Path:
    return BuildCache.state_dir(site.resolve(), (site / "output").resolve()) / ITEMS


def test_reuse_takes_the_last_builds_item_only_for_the_same_fingerprint() -> None:
    made: list[str] = []
    items = FeedItems({"edition a": "p1", "edition b": "p2"}, {"p1": "<item>old a</item>", "p9": "<item>gone</item>"})
    assert items.reuse("edition a", lambda: made.append("a") or "new a") == "<item>old a</item>"
    assert items.reuse("edition b", lambda: made.append("b") or "new b") == "new b"
    assert items.reuse("edition c", lambda: made.append("c") or "new c") == "new c"  # no print: never kept
    assert made == ["b", "c"]
    assert items.kept == {"p1": "<item>old a</item>", "p2": "new b"} and items.changed
    same = FeedItems({"k": "p"}, {"p": "x"})
    assert same.reuse("k", lambda: "made") == "x" and not same.changed
    for damaged in (None, ["p1"], {"p1": b"bytes"}):  # what a damaged state may unpickle as
        assert FeedItems({"k": "p1"}, damaged).reuse("k", lambda: "made") == "made"


def test_a_rebuild_reuses_exactly_the_items_whose_inputs_did_not_change(tmp_path: Path) -> None:
    site = _site(tmp_path / "site")
    _build(site)
    # Mark every kept item: the marks that come back in the feeds are the items reused.
    state = _state(site)
    kept = pickle.loads(sealed.read(state.open("rb")))
    assert len(kept) == 2 + 3  # the two newest editions; the topic's newest three articles
    marked = {fp: xml.replace("<item>", "<item><!--kept-->", 1) for fp, xml in kept.items()}
    with state.open("wb") as out:
        sealed.write(out, pickle.dumps(marked))
    edited = site / "content/articles/report-3.md"  # in the newest edition: its item and the article's are made again
    edited.write_text(edited.read_text().replace("report 3 said", "report 3 said today"))
    feeds = _feeds(_build(site))
    digest = feeds["feed.xml"].decode()
    assert digest.count("<!--kept-->") == 1 and "report 3 said today" in digest
    assert digest.index("<!--kept-->") > digest.index("report 3 said today")  # the older edition was kept
    topic = feeds["topics/ceasefire-talks/feed.xml"].decode()
    assert topic.count("<!--kept-->") == 2 and "report 3 said today" in topic


def test_feed_templates_that_read_the_whole_site_make_every_item_again(tmp_path: Path) -> None:
    site = _site(tmp_path / "site")
    (site / "templates/feeds").mkdir(parents=True)
    (site / "templates/feeds/section.html").write_text(
        "<p>{{ briefing.entries|length }} articles; {{ section.stories|length }} here</p>\n")
    _build(site)
    (site / "content/articles/report-0.md").unlink()  # an older edition: no digest item's own inputs change
    feeds = _feeds(_build(site))
    assert b"7 articles" in feeds["feed.xml"] and b"8 articles" not in feeds["feed.xml"]
    assert feeds == _feeds(_cold(site, tmp_path / "cold"))


EDITS = st.sampled_from(["title", "body", "date", "delete", "add", "feed template", "digest size"])


@settings(max_examples=examples(3), deadline=None, derandomize=True)
@given(st.lists(st.tuples(EDITS, st.integers(0, 7), st.integers(0, 3)), min_size=1, max_size=3))
def test_feeds_of_a_rebuild_equal_a_cold_builds_after_any_edits(tmp_path_factory, edits) -> None:
    root = tmp_path_factory.mktemp("feeds")
    site = _site(root / "site")
    _build(site)
    for n, (kind, which, week) in enumerate(edits):
        path = site / f"content/articles/report-{which}.md"
        if kind == "add" or not path.exists():
            path.write_text(f"---\ntitle: Added {n}\nsource: Outlet 9\npublished: {WEEKS[week]}T10:00:00Z\n---\n"
                            f"A ceasefire was discussed, added report {n} said.\n")
        elif kind == "delete":
            path.unlink()
        elif kind == "feed template":
            (site / "templates/feeds").mkdir(parents=True, exist_ok=True)
            (site / "templates/feeds/article.html").write_text(f"<p>Edit {n}: {{{{ entry.article.title }}}}</p>\n")
        elif kind == "digest size":
            (site / "config.yaml").write_text(CONFIG.replace("digest_editions: 2", f"digest_editions: {1 + week}"))
        elif kind == "date":  # moves the article to another edition, in or out of the digest
            text = path.read_text()
            start = text.index("published: ")
            path.write_text(text[:start] + f"published: {WEEKS[week]}T11:00:00Z" + text[text.index("\n", start):])
        else:
            old, new = {"title": ("title: ", f"title: Edit {n} "), "body": ("Envoys met", f"Envoys (edit {n}) met")}[kind]
            path.write_text(path.read_text().replace(old, new, 1))
    assert _feeds(_build(site)) == _feeds(_cold(site, root / "cold"))

"""preview/quick.py: the page of an article whose body alone changed, rendered from the last plan.

The one promise: a page it hands over is byte for byte the page the rebuild then writes. The
sample briefing is built for real; edits of every kind are made to its articles; whatever
`body_edits` returns is compared with what the next build writes.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from briefgen.build import BuildOptions, build
from briefgen.preview.quick import OpenPages, Planned, body_edits
from briefgen.speed.memo import Memo
from support.trees import copy_sample
from support.examples import examples

STORY_ARTICLE = "content/articles/moscow-times-wsj-china-talks.md"  # in the WSJ story, with people named


class Site:
    """The sample briefing, built with a long-lived memo as `serve` builds it."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.out = root / "out"
        self.memo = Memo()
        self.last: Planned | None = None
        self.rebuild()

    def rebuild(self) -> None:
        hooks = OpenPages(frozenset, lambda path, data: None)
        result = build(self.root / "config.yaml", BuildOptions(output_dir=self.out, jobs=1, early=hooks), self.memo)
        assert result.ok, result.diagnostics
        if hooks.latest is not None:  # (a build with nothing to do plans nothing)
            self.last = hooks.latest

    def quick(self, rel: str) -> dict[str, bytes]:
        assert self.last is not None
        return body_edits(self.last, {rel}, frozenset({page_of(rel)}), self.memo, self.out)

    def written(self, rel: str) -> bytes:
        return (self.out / page_of(rel)).read_bytes()


def page_of(rel: str) -> str:
    return f"articles/{Path(rel).stem}/index.html"


def split(text: str) -> tuple[str, str]:
    head, _, body = text.partition("\n---\n")
    return head + "\n---\n", body


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    return Site(copy_sample(tmp_path_factory.mktemp("quick") / "site"))


def test_a_sentence_added_below_the_lead_gives_the_page_the_rebuild_writes(site: Site) -> None:
    path = site.root / STORY_ARTICLE
    path.write_text(path.read_text() + "\nThe ministry declined to comment further on the report.\n")
    pages = site.quick(STORY_ARTICLE)
    assert list(pages) == [page_of(STORY_ARTICLE)]
    assert b"declined to comment further" in pages[page_of(STORY_ARTICLE)]
    assert b"stories/" in pages[page_of(STORY_ARTICLE)]  # the story box, from the last plan
    site.rebuild()
    assert pages[page_of(STORY_ARTICLE)] == site.written(STORY_ARTICLE)


@pytest.mark.parametrize("change", [
    pytest.param(lambda head, body: (head.replace("title: ", "title: Updated: ", 1), body), id="title"),
    pytest.param(lambda head, body: (head.replace("\n---\n", "\ntags: [late-edit]\n---\n"), body), id="tags"),
    pytest.param(lambda head, body: (head, body + '\n"We will not take part," Jens Stoltenberg said.\n'),
                 id="a new person quoted"),
    pytest.param(lambda head, body: (head.replace("title: ", "title: [", 1), body), id="a YAML error"),
])
def test_anything_but_a_body_edit_is_left_to_the_rebuild(site: Site, change) -> None:  # type: ignore[no-untyped-def]
    path = site.root / STORY_ARTICLE
    before = path.read_text()
    path.write_text("".join(change(*split(before))))
    try:
        assert site.quick(STORY_ARTICLE) == {}
    finally:
        path.write_text(before)


def test_only_the_open_pages_of_edited_articles_and_only_known_articles(site: Site) -> None:
    path = site.root / STORY_ARTICLE
    path.write_text(path.read_text() + "\nA further paragraph, added later.\n")
    assert body_edits(site.last, {STORY_ARTICLE}, frozenset({"index.html"}), site.memo, site.out) == {}
    assert body_edits(site.last, {STORY_ARTICLE}, frozenset(), site.memo, site.out) == {}
    new = site.root / "content/articles/brand-new.md"
    new.write_text(path.read_text())
    try:
        assert body_edits(site.last, {STORY_ARTICLE, "content/articles/brand-new.md"},
                          frozenset({page_of(STORY_ARTICLE)}), site.memo, site.out) == {}
        assert body_edits(site.last, {"config.yaml"}, frozenset({page_of(STORY_ARTICLE)}), site.memo, site.out) == {}
    finally:
        new.unlink()
    site.rebuild()
    assert site.quick(STORY_ARTICLE) == {}  # nothing changed since: the page on disk is the page


def test_a_symlink_out_of_the_project_is_never_read(site: Site, tmp_path: Path) -> None:
    path = site.root / STORY_ARTICLE
    before = path.read_text()
    outside = tmp_path / "secret.md"
    outside.write_text(before + "\nSECRET-FROM-OUTSIDE\n")
    path.unlink()
    path.symlink_to(outside)
    try:
        assert site.quick(STORY_ARTICLE) == {}
        path.unlink()
        os.mkfifo(path)  # a pipe nobody writes to: refused at once, never waited on
        assert site.quick(STORY_ARTICLE) == {}
    finally:
        path.unlink()
        path.write_text(before)


WORDS = st.one_of(  # mostly plain words; now and then a name (the people it names change: no page)
    st.sampled_from("officials said the talks would resume next week while analysts doubted it ceasefire "
                    "counteroffensive grain deal envoy tour reported according to".split()),
    st.sampled_from(["Antony Blinken", "Xi Jinping", "Kremlin", "Beijing", "Reuters"]))
SENTENCE = st.lists(WORDS, min_size=1, max_size=14).map(lambda ws: " ".join(ws).capitalize() + ".")
ARTICLES = sorted(p.name for p in (Path(__file__).resolve().parents[2] / "content/articles").glob("*.md"))


@st.composite
def edits(draw: st.DrawFn) -> tuple[str, str]:
    """(article, how): a sentence appended, inserted at the top of the body or replacing a
    word; a quote added; the title or the date changed."""
    article = "content/articles/" + draw(st.sampled_from(ARTICLES))
    return article, draw(st.sampled_from(["append", "lead", "word", "quote", "title", "date"])) + "|" + draw(SENTENCE)


def apply(text: str, how: str) -> str:
    kind, sentence = how.split("|", 1)
    head, body = split(text)
    if kind == "append":
        return head + body + "\n" + sentence + "\n"
    if kind == "lead":
        return head + sentence + "\n\n" + body
    if kind == "word":
        return head + re.sub(r"\b(the|said|and)\b", sentence.split()[0].lower(), body, count=1)
    if kind == "quote":
        return head + body + f'\n"{sentence}" {sentence.split()[0]} said.\n'
    if kind == "title":  # a word put inside the title's quotes, if it has them (the YAML stays valid)
        return re.sub(r"^title: ([\"']?)", lambda m: f"title: {m[1]}{sentence.split()[0]} ", head, count=1,
                      flags=re.MULTILINE) + body
    return re.sub(r"(published: \d{4}-\d\d-)(\d\d)", lambda m: m[1] + "%02d" % (int(m[2]) % 27 + 1), head, count=1) + body


def story_of(planned: Planned, slug: str) -> tuple[object, ...]:
    """What an article page shows of its story: the story, its role in it, the story's reports and links."""
    entry = next(e for e in planned.plan.site.entries if e.article.slug == slug)
    story = next(s for s in planned.plan.site.stories if s.id == entry.story)
    return (entry.story, entry.role, entry.story_url, story.headline, story.original,
            tuple((r.entry.article.slug, r.role) for r in story.reports), story.related)


@settings(max_examples=examples(25), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(edits(), min_size=1, max_size=2, unique_by=lambda e: e[0]))
def test_a_page_handed_over_is_the_page_the_rebuild_writes(site: Site, batch: list[tuple[str, str]]) -> None:
    # ... unless the edit moved the article in the story grouping, which only the rebuild knows:
    # the live state then reloads the tab (tests/preview/test_server.py).
    originals = {rel: (site.root / rel).read_text() for rel, _ in batch}
    for rel, how in batch:
        path = site.root / rel
        path.write_text(apply(path.read_text(), how))
    changed = {rel for rel, _ in batch}
    try:
        _check_batch(site, batch, changed)
    finally:  # each example starts from the sample as it is
        for rel, text in originals.items():
            (site.root / rel).write_text(text)
        site.rebuild()


def _check_batch(site: Site, batch: list[tuple[str, str]], changed: set[str]) -> None:
    assert site.last is not None
    before = site.last
    pages = body_edits(before, changed, frozenset(page_of(rel) for rel in changed), site.memo, site.out)
    event(f"pages handed over: {len(pages)}")
    site.rebuild()
    for page, data in pages.items():
        slug = page.split("/")[1]
        if data != (site.out / page).read_bytes():
            assert story_of(before, slug) != story_of(site.last, slug), (page, batch)


def test_a_page_whose_template_may_read_the_whole_site_is_left_to_the_rebuild(tmp_path: Path) -> None:
    # A template named at render time could read `briefing` (the old site model): not rendered here.
    root = copy_sample(tmp_path / "site")
    (root / "templates" / "partials").mkdir(parents=True, exist_ok=True)
    (root / "templates" / "partials" / "newest.html").write_text(
        "{% for e in briefing.entries %}{{ e.article.summary }}{% endfor %}")
    theme = (Path(__file__).resolve().parents[2] / "briefgen/theme/templates/article.html").read_text()
    head, end, tail = theme.rpartition("{% endblock %}")
    (root / "templates" / "article.html").write_text(head + '{% include "partials/" ~ "newest.html" %}' + end + tail)
    quick = Site(root)
    path = root / STORY_ARTICLE
    path.write_text(path.read_text() + "\nA sentence added later.\n")
    assert quick.last is not None and quick.last.reads_site["article.html"]
    assert quick.quick(STORY_ARTICLE) == {}

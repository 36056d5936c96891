"""`build --drafts`: what only drafts give the site is marked, kept from search engines and gone without --drafts.

A trial (2026-12-04) found, under `build --drafts`: the search index listing drafts with no mark; the page of an
outlet and of a person whose only article was a draft neither marked nor left out of the sitemap; a no-change
`build --drafts` without its warning that output/ holds drafts. Search results of drafts now say "Draft" (the
first line under the title: searchdocs.DRAFT), pages only drafts give the site (site/drafted.py) are out of the
sitemap and carry `draft_only` for their templates, the warning is said by every `build --drafts`, and a plain
build after it leaves no trace of the drafts.
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from hypothesis import given, settings, strategies as st

from briefgen.render.machine import sitemaps
from briefgen.site.drafted import draft_only, is_draft_only
from briefgen.site.pages import plan_pages
from briefgen.site.searchdocs import DRAFT, search_documents
from support import factories
from support.examples import examples
from support.sites import MINIMAL_SITE, run_cli, write_site

OUTLETS = ("Example Times", "Hidden Gazette", "Morning Post")
PEOPLE = ("Pemba Mwinyi", "Kofi Otieno", "Lena Brandt")


@settings(max_examples=examples(60), deadline=None)
@given(drawn=st.lists(st.tuples(st.sampled_from(OUTLETS), st.booleans(), st.integers(0, 20),
                                st.lists(st.sampled_from(PEOPLE), max_size=2, unique=True)), min_size=1, max_size=6),
       note_drafts=st.lists(st.tuples(st.booleans(), st.integers(0, 20)), max_size=2))
def test_what_only_drafts_give_is_marked_and_out_of_the_sitemap(drawn, note_drafts) -> None:
    start = dt.datetime(2023, 5, 1, 9, tzinfo=dt.timezone.utc)
    articles, texts = [], {}
    for n, (outlet, draft, day, named) in enumerate(drawn):
        slug = f"a{n}"
        articles.append(factories.article(slug, start + dt.timedelta(days=day), outlet, draft=draft,
                                          title=f"Report {slug} zq{n}q"))
        texts[slug] = " ".join(f"{person} said: \u201cWe will meet on Friday in Geneva.\u201d" for person in named)
    notes = tuple(factories.note(f"n{k}", start + dt.timedelta(days=day), draft=draft, topics=("ceasefire-talks",))
                  for k, (draft, day) in enumerate(note_drafts))
    site = factories.site(tuple(articles), notes, texts=texts)
    drafted = draft_only(site)
    # The rule, counted from the articles: a page is only the drafts' when every article it lists is a draft.
    for outlet, entries in site.outlets:
        assert (outlet.page in drafted) == all(e.article.draft for e in entries), outlet.name
    for person in site.people:
        naming = [e for e in site.entries if any(m.url == person.url for m in e.mentions)]
        assert (person.url in drafted) == bool(naming and all(e.article.draft for e in naming)), person.name
    for edition in site.editions:
        shown = [e.article.draft for s in edition.sections for e in s.entries] + [n.note.draft for n in edition.notes]
        assert (edition.url in drafted) == all(shown), edition.url
    pages, problems = plan_pages(site)
    assert problems == []
    for page in pages:
        assert page.context.get("draft_only", False) == (not page.redirect and is_draft_only(page.path, drafted))
    listed = sitemaps(site, "https://example.org/", [p.path for p in pages if not p.redirect])["sitemap.xml"].decode()
    for page in pages:
        if page.context.get("draft_only") or page.template == "article.html" and page.context["entry"].article.draft:
            assert f"https://example.org/{page.path[:-len('index.html')]}<" not in listed, page.path
    for doc in search_documents(site):
        draft = (doc.url in drafted or any(e.url == doc.url and e.article.draft for e in site.entries)
                 or any(n.url == doc.url and n.note.draft for n in site.notes))
        assert (doc.meta[:1] == (DRAFT,)) == draft, doc


def _article(slug: str, source: str, draft: bool, text: str) -> str:
    return (f"---\ntitle: {slug.capitalize()} report on the ceasefire\nsource: {source}\n"
            f"published: 2023-05-1{len(slug) % 9}T09:00:00+03:00\n{'draft: true' if draft else ''}\n---\n{text}\n")


def test_a_drafts_build_then_a_plain_build_leaves_no_trace_of_the_drafts(tmp_path: Path) -> None:
    """The reported case: a draft of an outlet of its own naming a person no published article names."""
    root = write_site(tmp_path, {
        "config.yaml": MINIMAL_SITE["config.yaml"],
        "content/articles/first.md": _article("first", "Example Times", False,
                                              "Diplomats met in Geneva to discuss a ceasefire, officials said."),
        "content/articles/secret.md": _article("secret", "Zanzibarian Gazette", True,
                                               "Pemba Mwinyi, the Zanzibarian envoy, said: \u201cWe will sign the "
                                               "truce on Friday and nothing will stop it.\u201d")})
    warned = "output: warning: holds 1 draft (built with --drafts)"
    first = run_cli(["build", "--drafts"], root)
    assert first.returncode == 0 and warned in first.stderr, first.stderr
    again = run_cli(["build", "--drafts"], root)  # nothing to do, and output/ still holds the draft
    assert again.returncode == 0 and "nothing changed" in again.stdout and warned in again.stderr, again.stderr
    output = root / "output"
    assert (output / "sources/zanzibarian-gazette/index.html").exists() and (output / "people/pemba-mwinyi").exists()
    sitemap = (output / "sitemap.xml").read_text(encoding="utf-8")
    assert "zanzibarian-gazette" not in sitemap and "pemba-mwinyi" not in sitemap and "articles/first/" in sitemap
    for only_drafts in ("sources/zanzibarian-gazette/index.html", "people/pemba-mwinyi/index.html"):
        page = (output / only_drafts).read_text(encoding="utf-8")  # marked, and no page for search engines
        assert '<meta name="robots" content="noindex">' in page and "badge--draft" in page, only_drafts
    for index, drafts_alone, published_name in (("people/index.html", "Mwinyi", None),
                                              ("sources/index.html", "Zanzibarian Gazette", "Example Times")):
        listed = (output / index).read_text(encoding="utf-8")  # the indexes mark who is there only for drafts
        item = listed[listed.index(drafts_alone):][:400]
        assert "badge--draft" in item[:item.index("</li>") if "</li>" in item else 400], (index, item)
        if published_name:
            item = listed[listed.index(published_name):][:300]
            assert "badge--draft" not in item[:item.index("</h2>")], (index, item)
    published = (output / "sources/example-times/index.html").read_text(encoding="utf-8")
    assert "noindex" not in published and "exists only because" not in published
    records = [r for shard in (output / "search/d").glob("*.json")
               for r in json.loads(shard.read_text(encoding="utf-8"))["docs"]]
    by_url = {r[2]: r for r in records}
    assert by_url["articles/secret/"][5][0] == DRAFT and by_url["people/pemba-mwinyi/"][5][0] == DRAFT
    assert DRAFT not in by_url["articles/first/"][5]
    plain = run_cli(["build"], root)
    assert plain.returncode == 0 and "holds" not in plain.stderr, plain.stderr
    for path in output.rglob("*"):
        if path.is_file() and path.suffix in (".html", ".xml", ".json", ".txt"):
            text = path.read_text(encoding="utf-8").lower()
            for trace in ("zanzibar", "pemba", "secret", "badge--draft", "noindex", '"draft"'):
                assert trace not in text, (path, trace)
    assert not (output / "sources/zanzibarian-gazette").exists() and not (output / "people/pemba-mwinyi").exists()


def test_a_plain_build_after_a_drafts_build_names_no_draft_gone(tmp_path: Path) -> None:
    """A draft's page shown by `build --drafts` promised no address: the plain build after it warns of no page
    "gone" (it named each draft), while a published article whose file is removed still is."""
    root = write_site(tmp_path, {
        "config.yaml": MINIMAL_SITE["config.yaml"],
        "content/articles/first.md": _article("first", "Example Times", False, "Diplomats met in Geneva."),
        "content/articles/second.md": _article("second", "Example Times", False, "Envoys met again in Oslo."),
        "content/articles/secret.md": _article("secret", "Example Times", True, "Envoys will sign on Friday.")})
    assert run_cli(["build", "--drafts"], root).returncode == 0
    (root / "content/articles/second.md").unlink()
    plain = run_cli(["build"], root)
    assert plain.returncode == 0, plain.stderr
    assert "articles/second" in plain.stderr and "articles/secret" not in plain.stderr, plain.stderr


def test_a_published_page_made_a_draft_is_warned_by_the_drafts_build(tmp_path: Path) -> None:
    """A re-test (2026-12-04): build, `draft: true` on a published article, `build --drafts`, `build`: the article's
    page and its story's went without a word (the plain build read a draft's page in the live tree). The
    `--drafts` build says it, for the article and for its story, once."""
    credit = "The Example Times reported on Monday that diplomats met in Geneva to discuss a ceasefire."
    root = write_site(tmp_path, {
        "config.yaml": MINIMAL_SITE["config.yaml"],
        "content/articles/first.md": _article("first", "Example Times", False,
                                              "Diplomats met in Geneva on Monday to discuss a ceasefire, officials "
                                              "said, and agreed to meet again."),
        "content/articles/second.md": _article("second", "Other Post", False, credit)})
    assert run_cli(["build"], root).returncode == 0
    article = root / "content/articles/second.md"
    article.write_text(article.read_text(encoding="utf-8").replace("---\n", "---\ndraft: true\n", 1), encoding="utf-8")
    drafts = run_cli(["build", "--drafts"], root)
    assert drafts.returncode == 0, drafts.stderr
    assert "articles/second: warning: the last build published this page as a page of its own" in drafts.stderr
    plain = run_cli(["build"], root)
    assert plain.returncode == 0 and "articles/second" not in plain.stderr, plain.stderr
    again = run_cli(["build", "--drafts"], root)  # (the plain build did not publish it: nothing promised)
    assert again.returncode == 0 and "last build published" not in again.stderr, again.stderr

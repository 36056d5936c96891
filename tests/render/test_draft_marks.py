"""A draft shown by `build --drafts` or `serve --drafts` says it is a draft (a new user's trial: a
preview with drafts looked exactly like the published site, so nothing told the editor which
pages readers would not get)."""
from __future__ import annotations

from pathlib import Path

from support.htmlcheck import validate_html
from support.sites import MINIMAL_SITE, run_cli, write_site


def test_a_draft_article_and_note_are_marked_and_absent_without_drafts(tmp_path: Path) -> None:
    article = MINIMAL_SITE["content/articles/first-report.md"].replace("url:", "draft: true\nurl:")
    note = MINIMAL_SITE["content/notes/why-it-matters.md"].replace("kind:", "draft: true\nkind:")
    root = write_site(tmp_path, {**MINIMAL_SITE, "content/articles/first-report.md": article,
                                 "content/articles/other.md": article.replace("Envoys meet", "Talks go on")
                                 .replace("draft: true\n", ""),
                                 "content/notes/why-it-matters.md": note})
    assert run_cli(["build", "--drafts"], root).returncode == 0
    page = (root / "output/articles/first-report/index.html").read_text(encoding="utf-8")
    assert 'class="badge badge--draft">Draft</span> Shown because this build includes drafts' in page
    assert "badge--draft" not in (root / "output/articles/other/index.html").read_text(encoding="utf-8")
    assert 'note__kind">Why it matters</span> <span class="badge badge--draft">Draft</span>' in \
        (root / "output/index.html").read_text(encoding="utf-8")
    assert validate_html([root / "output/articles/first-report/index.html", root / "output/index.html"]) == []
    assert run_cli(["build"], root).returncode == 0
    assert not (root / "output/articles/first-report").exists()
    assert "badge--draft" not in (root / "output/index.html").read_text(encoding="utf-8")


def test_build_drafts_marks_a_draft_in_feeds_noindexes_its_page_and_leaves_it_out_of_the_sitemap(tmp_path: Path) -> None:
    """A trial (/tmp/trialPB/drafts): `build --drafts` published a draft in feed items, the sitemap and with
    no noindex, nothing telling a reader or a crawler it was one."""
    import feedparser

    article = MINIMAL_SITE["content/articles/first-report.md"].replace("url:", "draft: true\nurl:")
    note = MINIMAL_SITE["content/notes/why-it-matters.md"].replace("kind:", "draft: true\nkind:")
    root = write_site(tmp_path, {**MINIMAL_SITE, "content/articles/first-report.md": article,
                                 "content/notes/why-it-matters.md": note})
    built = run_cli(["build", "--drafts"], root)
    assert built.returncode == 0
    assert "output: warning: holds 2 drafts (built with --drafts): each is marked Draft and noindex, but publish a " \
           "build without --drafts" in built.stderr, built.stderr
    page = (root / "output/articles/first-report/index.html").read_text(encoding="utf-8")
    assert '<meta name="robots" content="noindex">' in page
    assert "articles/first-report/" not in (root / "output/sitemap.xml").read_text(encoding="utf-8")
    for feed in (root / "output/topics").rglob("feed.xml"):
        parsed = feedparser.parse(feed.read_bytes())
        assert parsed.bozo == 0
        assert all(e.title.startswith("Draft: ") for e in parsed.entries), [e.title for e in parsed.entries]
    listing = (root / "output/index.html").read_text(encoding="utf-8")  # every card of a draft says so too
    assert '<span class="badge badge--draft" title="Shown because this build includes drafts">Draft</span>' in listing
    plain = run_cli(["build"], root)
    assert plain.returncode == 0 and "drafts" not in plain.stderr
    assert "noindex" not in (root / "output/index.html").read_text(encoding="utf-8")

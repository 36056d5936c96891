"""A story's page the last build published and this one does not is warned about, with where its reports are now
and the `story:` that keeps its address (a trial, 2026-12-04: `story: none` on a story's original report, or a
higher `stories: threshold`, took `stories/<id>/` — given by the digest feed and the sitemap — away without a word).
People's pages and a listing's numbered pages come and go with the content by design: no warning (briefgen/gone.py)."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings, strategies as st

from briefgen.build import BuildOptions, build
from support.examples import examples
from support.sites import MINIMAL_SITE, write_site

FIRST = "content/articles/first-report.md"
SECOND = "content/articles/second-report.md"
STORY = "geneva-talks"


def _site(story: str) -> dict[str, str]:
    pinned = MINIMAL_SITE[FIRST].replace("---\ntitle", f"---\nstory: {story}\ntitle", 1)
    return {**MINIMAL_SITE, FIRST: pinned, SECOND: pinned.replace("Envoys meet in Geneva", "Envoys leave Geneva")
            .replace("10T09", "11T09").replace("geneva-ceasefire", "geneva-leave")}


def _said(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [str(d) for d in result.diagnostics if "the last build published this page" in d.message]


def _change(root, how: str) -> None:  # type: ignore[no-untyped-def]
    """Take the story's page away as `how` says (each leaves both articles' pages in the site but `delete`)."""
    first, second = root / FIRST, root / SECOND
    if how == "none":  # `story: none` on its original report
        first.write_text(first.read_text(encoding="utf-8").replace(f"story: {STORY}", "story: none"), encoding="utf-8")
    elif how == "unpin":  # one report no longer says `story:`, and nothing groups it with the other
        second.write_text(second.read_text(encoding="utf-8").replace(f"story: {STORY}\n", "story: none\n"),
                          encoding="utf-8")
    elif how == "renamed":  # both under another id: a new address, the old one gone
        for file in (first, second):
            file.write_text(file.read_text(encoding="utf-8").replace(f"story: {STORY}", "story: geneva-round"),
                            encoding="utf-8")
    elif how == "delete":
        second.unlink()


@settings(max_examples=examples(8), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(how=st.sampled_from(["none", "unpin", "renamed", "delete"]))
def test_a_story_page_that_left_the_site_is_named_with_the_story_line_that_keeps_it(
        tmp_path_factory, how: str) -> None:  # type: ignore[no-untyped-def]
    root = write_site(tmp_path_factory.mktemp("gone") / "site", _site(STORY))
    assert build(root / "config.yaml", BuildOptions(jobs=1)).ok
    assert (root / "output" / "stories" / STORY / "index.html").is_file()
    _change(root, how)
    result = build(root / "config.yaml", BuildOptions(jobs=1))
    assert result.ok, [str(d) for d in result.diagnostics]
    said = [line for line in _said(result) if "a story's" in line]
    assert len(said) == 1 and said[0].startswith(f"output/stories/{STORY}:"), said
    # (a report deleted is its own page gone too, warned as before; nothing else)
    assert len(_said(result)) == 1 + (how == "delete"), _said(result)
    assert f"`story: {STORY}`" in said[0] and "a story's" in said[0]
    if how == "renamed":  # (its reports are another story now: that story's address, a trial, 2026-12-04)
        assert "has its reports at stories/geneva-round/" in said[0]
        assert "the same articles: articles/first-report/, articles/second-report/" in said[0]
    elif how != "delete":
        assert "stands alone" in said[0]
    again = build(root / "config.yaml", BuildOptions(jobs=1))  # said once
    assert not _said(again)


def test_the_trial_story_none_on_the_original_report(tmp_path) -> None:  # type: ignore[no-untyped-def]
    root = write_site(tmp_path / "site", _site(STORY))
    assert build(root / "config.yaml", BuildOptions(jobs=1)).ok
    _change(root, "none")
    said = _said(build(root / "config.yaml", BuildOptions(jobs=1)))
    assert said == [f"output/stories/{STORY}: warning: the last build published this page, a story's, and this one "
                    f"has no story of two or more reports with the id \"{STORY}\" (its reports are now apart: "
                    "articles/second-report/ now stands alone (a story needs two reports for a page of its own)): "
                    "links to it, the digest feed's and the sitemap's entries for it and readers' bookmarks now "
                    f"break; to keep the address, write `story: {STORY}` in the front matter of each report you "
                    "want together (a report with `story: none` is kept alone; docs/stories.md)"], said


def test_a_person_page_that_goes_with_its_quotes_is_not_warned(tmp_path) -> None:  # type: ignore[no-untyped-def]
    files = dict(MINIMAL_SITE)
    files[FIRST] = files[FIRST].rstrip("\n") + '\nIlse Marrow, the mediator, said: "We are close to a deal."\n'
    root = write_site(tmp_path / "site", files)
    assert build(root / "config.yaml", BuildOptions(jobs=1)).ok
    people = sorted(p.parent.name for p in (root / "output" / "people").glob("*/index.html"))
    assert people == ["ilse-marrow"]  # (her page goes with the quote)
    (root / FIRST).write_text(MINIMAL_SITE[FIRST], encoding="utf-8")
    result = build(root / "config.yaml", BuildOptions(jobs=1))
    assert result.ok and not _said(result), (people, _said(result))

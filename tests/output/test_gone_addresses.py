"""An article's page the last build published and this one does not is warned about, with the way to
keep its address (SPEC.md: "URLs are promises, so nothing is renamed silently"; a peer-bug trial, 2026-12-04: a
renamed file took its published address with it, shared links and feed readers' copies broke without a word)."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings, strategies as st

from briefgen.build import BuildOptions, build
from support.examples import examples
from support.sites import MINIMAL_SITE, write_site

ARTICLE = "content/articles/first-report.md"
NOTE = "content/notes/why-it-matters.md"
SITE = {**MINIMAL_SITE, "content/articles/second-report.md": MINIMAL_SITE[ARTICLE].replace(
    "Envoys meet in Geneva", "Envoys leave Geneva").replace("10T09", "11T09")}  # (one article must stay)


def _renamed(root, path: str, how: str) -> str:  # type: ignore[no-untyped-def]
    """Change the file at `path` as `how` says; the address it had."""
    file = root / path
    slug = file.stem
    text = file.read_text(encoding="utf-8")
    if how == "rename":
        file.rename(file.with_name("renamed-one.md"))
    elif how == "slug":
        file.write_text(text.replace("---\n", "---\nslug: another-slug\n", 1), encoding="utf-8")
    elif how == "draft":
        file.write_text(text.replace("---\n", "---\ndraft: true\n", 1), encoding="utf-8")
    elif how == "delete":
        file.unlink()
    return f"articles/{slug}"


@settings(max_examples=examples(12), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(how=st.sampled_from(["rename", "slug", "draft", "delete"]))
def test_a_page_that_left_the_site_is_named_with_the_slug_that_keeps_it(tmp_path_factory,
                                                                       how: str) -> None:  # type: ignore[no-untyped-def]
    root = write_site(tmp_path_factory.mktemp("gone") / "site", SITE)
    assert build(root / "config.yaml", BuildOptions(jobs=1)).ok
    address = _renamed(root, ARTICLE, how)
    note = root / NOTE  # (the note names the article: it goes along)
    note.write_text(note.read_text(encoding="utf-8").replace("articles: [first-report]\n", ""), encoding="utf-8")
    result = build(root / "config.yaml", BuildOptions(jobs=1))
    assert result.ok, [str(d) for d in result.diagnostics]
    said = [str(d) for d in result.diagnostics if "the last build published this page" in d.message]
    assert len(said) == 1 and said[0].startswith(f"output/{address}:"), [str(d) for d in result.diagnostics]
    assert f"`slug: {address.split('/')[1]}`" in said[0]
    again = build(root / "config.yaml", BuildOptions(jobs=1))  # said once: the next build has nothing to say
    assert not [d for d in again.diagnostics if "the last build published" in d.message]


def test_an_edit_that_keeps_every_address_says_nothing(tmp_path) -> None:  # type: ignore[no-untyped-def]
    root = write_site(tmp_path / "site", SITE)
    assert build(root / "config.yaml", BuildOptions(jobs=1)).ok
    article = root / ARTICLE
    article.write_text(article.read_text(encoding="utf-8").replace("title: ", "title: Edited ", 1), encoding="utf-8")
    result = build(root / "config.yaml", BuildOptions(jobs=1))
    assert result.ok and not [d for d in result.diagnostics if "the last build published" in d.message]

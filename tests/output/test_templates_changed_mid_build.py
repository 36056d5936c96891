"""A template saved while a build renders with it, and undone before the next build, is never left published.

Pages are fingerprinted by the identity of the template files, read when the build begins; Jinja
reads the files again when it renders. A save in between (found by a helper's trial: `serve`
rebuilding while the editor works on base.html) published pages made of the new bytes under the
old identity; undoing the save brought that identity back, and every later build said "nothing
changed" while the site kept showing a template that no file held any more. The loader now checks
that it reads the bytes the identity was made from (render.environment.ConfinedLoader): a template
edited, created or removed meanwhile is an error of that build, whose output stays as it was.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefgen.build import BuildOptions, build
from briefgen.load.files import THEME_TEMPLATES
from support.sites import MINIMAL_SITE, write_site
from support.trees import tree_bytes
from support.examples import examples

EDITED_ARTICLE = MINIMAL_SITE["content/articles/first-report.md"].replace("Envoys meet", "Envoys gather")
TEMPLATES = ["base.html", "article.html", "partials/entry.html"]


def theme(name: str) -> str:
    return (THEME_TEMPLATES / name).read_text(encoding="utf-8")


def with_mark(text: str, mark: str) -> str:
    """The template `text` with an HTML comment holding `mark` at its start (any template shows it)."""
    return f"<!-- {mark} -->\n{text}"


def build_here(root: Path) -> None:
    result = build(root / "config.yaml", BuildOptions(jobs=1, lock_wait=0))
    assert result.ok, [str(d) for d in result.diagnostics]


@pytest.fixture(scope="module")
def new(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The site every history below must end with: a cold build (a site's copy of a theme template
    changes nothing, so one cold build serves every case)."""
    root = write_site(tmp_path_factory.mktemp("cold"), {**MINIMAL_SITE, "content/articles/first-report.md": EDITED_ARTICLE})
    build_here(root)
    return tree_bytes(root / "output")


@settings(max_examples=examples(1), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.sampled_from(TEMPLATES), change=st.sampled_from(["edit", "create", "remove"]),
       mark=st.from_regex(r"mid-build-[a-z]{4,10}", fullmatch=True))
@example(name="base.html", change="edit", mark="mid-build-save")
def test_a_template_changed_and_undone_during_a_build_is_never_left_published(
        tmp_path_factory: pytest.TempPathFactory, new: dict[str, bytes], name: str, change: str, mark: str) -> None:
    files = dict(MINIMAL_SITE)
    if change != "create":  # the site overrides the theme's template; "create" makes an override mid-build
        files[f"templates/{name}"] = theme(name)
    root = write_site(tmp_path_factory.mktemp("mid-build"), files)
    build_here(root)
    old = tree_bytes(root / "output")
    (root / "content/articles/first-report.md").write_text(EDITED_ARTICLE)  # so that pages are rendered
    template = root / "templates" / name

    def step(at: str) -> None:  # the template is saved as rendering begins
        if at == "stage":
            if change == "remove":
                template.unlink()
            else:
                template.parent.mkdir(parents=True, exist_ok=True)
                template.write_text(with_mark(theme(name), mark))

    result = build(root / "config.yaml", BuildOptions(jobs=1, lock_wait=0, on_commit_step=step))
    said = [str(d) for d in result.diagnostics]
    published = tree_bytes(root / "output")
    assert published in (old, new), "the output holds pages of a template as no build began with it"
    assert not any(mark.encode() in data for data in published.values())
    if published == old:
        assert not result.ok and f"templates/{name}: changed while this build was rendering with it" in "\n".join(said)
    # The save is undone: the template files are again those the faulted build began with.
    if change == "create":
        template.unlink()
    else:
        template.write_text(theme(name))
    build_here(root)
    assert tree_bytes(root / "output") == new, "the next build left pages of the undone save published"

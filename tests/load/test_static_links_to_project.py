"""A link in static/ that reaches the project's own files publishes none of them, with a warning at the link
(load/staticfiles._project_own).

A trial's `static/proj -> ..` published config.yaml's backups (`config.yaml.bak`, `config.yaml~`,
`config.orig`) and templates/, where a link to config.yaml itself was refused. Whatever path reaches them —
a link to the project folder or one above static/, to templates/, or to a file beside config.yaml named like
it — nothing of them is published, and a file of static/ itself (or through a link to an ordinary folder of
the project) still is. With `build --output .` (refused) no file of static/ is said to be a link.
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, example, given, settings, strategies as st

from support.examples import examples
from support.sites import MINIMAL_SITE, run_cli, write_site

SECRET = "feeds: [{url: https://user:pw@private.example/rss}]\n"
OWN = {"config.yaml.bak": SECRET, "config.yaml~": SECRET, "config.orig": SECRET, ".config.yaml.swp": SECRET,
       "templates/article.html.bak": SECRET}
TARGETS = ["..", "../templates", "../config.yaml.bak", "../config.yaml~", "../config.orig", "../.."]


@settings(max_examples=examples(8), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(target=st.sampled_from(TARGETS), deep=st.booleans())
@example(target="../..", deep=False)  # (drawn in a fresh clone's CI: the project's parent)
@example(target="..", deep=True)
def test_the_projects_own_files_are_never_published_through_static(
        tmp_path_factory, target: str, deep: bool) -> None:  # type: ignore[no-untyped-def]
    root = write_site(tmp_path_factory.mktemp("p") / "site", {**MINIMAL_SITE, **OWN, "static/x.txt": "kept",
                                                               "images/a.png": "png"})
    link = root / "static" / ("sub/proj" if deep else "proj")
    link.parent.mkdir(parents=True, exist_ok=True)
    link.symlink_to(("../" if deep else "") + target)
    (root / "static/img").symlink_to("../images")
    done = run_cli(["build"], root)
    if target == "../..":  # (the project's parent: outside the project, an error of its own, nothing written)
        assert done.returncode == 1 and "which is outside the project" in done.stderr, done.stderr
        assert not (root / "output").exists()
        return
    assert done.returncode == 0, done.stderr
    out = root / "output"
    leaked = [p for p in out.rglob("*") if p.is_file() and SECRET.encode() in p.read_bytes()]
    assert not leaked, leaked
    assert (out / "x.txt").read_text() == "kept" and (out / "img/a.png").read_text() == "png"
    warned = [line for line in done.stderr.splitlines() if "warning: not published" in line and "proj" in line]
    assert warned, done.stderr


def test_the_reported_link(tmp_path: Path) -> None:
    root = write_site(tmp_path / "site", {**MINIMAL_SITE, **OWN, "static/x.txt": "kept"})
    (root / "static/proj").symlink_to("..")
    done = run_cli(["build"], root)
    assert done.returncode == 0, done.stderr
    assert not list((root / "output").glob("proj/config*")) and not (root / "output/proj/templates").exists()
    linked = [line for line in done.stderr.splitlines() if "through static/proj" in line]
    assert len(linked) == 1 and "remove the link to it from static/" in linked[0], done.stderr


def test_output_into_the_project_says_nothing_of_links(tmp_path: Path) -> None:
    root = write_site(tmp_path / "site", {**MINIMAL_SITE, "static/x.txt": "kept"})
    done = run_cli(["build", "--output", "."], root)
    assert done.returncode != 0
    assert "static/x.txt" not in done.stderr, done.stderr

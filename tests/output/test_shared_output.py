"""Builds of two projects into one output folder (`--output`): one at a time, and never a mix.

Each project's lock lives with its project, so two projects built into one folder took no common
lock: a build kept the files of its live tree (hard links) after the other project's build had
swapped its own site in, and published the other site's pages under its own front page, saying it
had succeeded (a trial: a production and a staging copy of one briefing, both `--output /srv/www`).
The foreign build runs here at a fixed point of the first one's commit (`on_commit_step`), in the
same process: `flock` locks of one file opened twice conflict as between processes. With the
output lock it finds the folder taken and says by whom; whatever it does, the folder then holds
one complete site, and each project's next build publishes exactly its own site.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st

from briefgen.build import BuildOptions, BuildResult, build
from support.sites import MINIMAL_SITE, write_site
from support.trees import tree_bytes
from support.examples import examples

SITE = dict(MINIMAL_SITE)
SITE.update({f"content/articles/report-{n}.md": f"---\ntitle: Report {n} on the ceasefire\nsource: Outlet {n}\n"
             f"published: 2023-05-1{n}\n---\nTalks on a ceasefire went on, officials said ({n}).\n"
             for n in range(3)})
STAGING = dict(SITE, **{"config.yaml": SITE["config.yaml"].replace("Test Briefing", "Staging Briefing")})
EDITED = "content/articles/report-1.md"
EDIT = "\nA second round is planned.\n"
# The steps of a commit of one edited article (a few pages written, the rest kept from the live tree).
STEPS = ["stage", "write articles/report-1/index.html", "keep index.html", "marker", "swap", "swapped"]


def built(root: Path, output: Path, on_step=None) -> BuildResult:  # type: ignore[no-untyped-def]
    return build(root / "config.yaml", BuildOptions(jobs=1, lock_wait=0, output_dir=output, on_commit_step=on_step))


@pytest.fixture(scope="module")
def projects(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The production and staging projects, shared by the examples (each builds into a folder of its
    own: their caches then only make the builds faster)."""
    base = tmp_path_factory.mktemp("projects")
    return write_site(base / "production", SITE), write_site(base / "staging", STAGING)


class Cold(dict):  # type: ignore[type-arg]
    """Site name → its cold build (path → bytes); shown short in hypothesis's reports."""

    def __repr__(self) -> str:
        return f"Cold({sorted(self)})"


@pytest.fixture(scope="module")
def cold(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, bytes]]:
    """Cold builds: the production site after the edit, and the staging site."""
    base = tmp_path_factory.mktemp("cold")
    production = write_site(base / "production", dict(SITE, **{EDITED: SITE[EDITED] + EDIT}))
    staging = write_site(base / "staging", STAGING)
    made = Cold()
    for name, root in (("production", production), ("staging", staging)):
        assert built(root, base / f"out-{name}").ok
        made[name] = tree_bytes(base / f"out-{name}")
    return made


@settings(max_examples=examples(5), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(step=st.sampled_from(STEPS))
@example(step="keep index.html")  # the trial: the other site's pages kept under this one's front page
def test_a_build_of_another_project_during_a_commit_never_mixes_the_two_sites(
        tmp_path_factory: pytest.TempPathFactory, projects: tuple[Path, Path], cold: dict[str, dict[str, bytes]],
        step: str) -> None:
    production, staging = projects
    www = tmp_path_factory.mktemp("shared") / "www"
    (production / EDITED).write_text(SITE[EDITED])
    assert built(production, www).ok
    (production / EDITED).write_text(SITE[EDITED] + EDIT)
    seen: list[str] = []
    foreign: list[BuildResult] = []

    def step_of_production(name: str) -> None:
        seen.append(name)
        if name == step and not foreign:
            foreign.append(built(staging, www))

    result = built(production, www, step_of_production)
    assert step in seen and foreign, seen
    assert result.ok, [str(d) for d in result.diagnostics]
    assert tree_bytes(www) == cold["production"]
    errors = [str(d) for d in foreign[0].diagnostics if d.severity == "error"]
    assert len(errors) == 1 and errors[0].startswith(
        f"config.yaml: another build into {www} is running: PID {os.getpid()} (briefgen build in {production}, since ")
    assert errors[0].endswith(" UTC); waited 0 s. Try again when it has finished")
    assert not (www.parent / ".www.briefgen-lock").exists()
    # Each project's next build publishes its own site whole, whoever built last:
    assert built(staging, www).ok and tree_bytes(www) == cold["staging"]
    assert built(production, www).ok and tree_bytes(www) == cold["production"]
    shutil.rmtree(www.parent, ignore_errors=True)


@pytest.mark.parametrize("inside", ["sub", "a/b"])
def test_an_output_folder_inside_another_site_is_refused(tmp_path: Path, inside: str) -> None:
    """A trial: the second site, written inside the first, vanished from it and came back on
    alternate builds of the first (swapped out into its spare tree and in again), published as
    part of it meanwhile."""
    production, staging = write_site(tmp_path / "production", SITE), write_site(tmp_path / "staging", STAGING)
    assert built(production, tmp_path / "www").ok
    before = tree_bytes(tmp_path / "www")
    result = built(staging, tmp_path / "www" / inside)
    assert [str(d) for d in result.diagnostics if d.severity == "error"] == [
        f"--output: refusing to write the site into {tmp_path / 'www' / inside}: it is inside {tmp_path / 'www'}, "
        "a site briefgen builds and replaces whole on every build; choose a folder outside it"]
    assert tree_bytes(tmp_path / "www") == before

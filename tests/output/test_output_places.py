"""Where a build may not publish (a hostile trial, 2026-12-04): `--output ../other/content/x` wrote the site into
another project's content/ (that project then warned "content/x: not read"), and an `output` link that leads
nowhere made the folder it names and published the site there — where `content/` so linked is an error (a share
that did not mount)."""
from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings, strategies as st

from support.examples import examples
from support.sites import MINIMAL_SITE, run_cli, write_site


@settings(max_examples=examples(8), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(folder=st.sampled_from(["content", "content/articles", "templates", "static", ".briefgen-cache"]),
       deeper=st.sampled_from(["", "x", "x/y"]))
def test_no_site_is_written_into_another_projects_inputs(tmp_path_factory, folder: str, deeper: str) -> None:  # type: ignore[no-untyped-def]
    base = tmp_path_factory.mktemp("places")
    mine, other = write_site(base / "mine", MINIMAL_SITE), write_site(base / "other", MINIMAL_SITE)
    (other / folder).mkdir(parents=True, exist_ok=True)
    before = sorted(p.relative_to(other).as_posix() for p in other.rglob("*"))
    target = other / folder / deeper if deeper else other / folder
    done = run_cli(["build", "--output", str(target)], mine)
    assert done.returncode == 1, done.stderr
    assert f"inside {folder.split('/')[0]}/ of the project" in done.stderr or "refusing" in done.stderr, done.stderr
    assert sorted(p.relative_to(other).as_posix() for p in other.rglob("*")) == before


@settings(max_examples=examples(4), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(given=st.booleans())
def test_an_output_link_that_leads_nowhere_is_an_error(tmp_path_factory, given: bool) -> None:  # type: ignore[no-untyped-def]
    base = tmp_path_factory.mktemp("dangling")
    root = write_site(base / "site", MINIMAL_SITE)
    link = root / ("published" if given else "output")
    link.symlink_to(base / "share-not-mounted" / "site")
    done = run_cli(["build", *(["--output", str(link)] if given else [])], root)
    assert done.returncode == 1 and "leads nowhere" in done.stderr and "mkdir -p" in done.stderr, done.stderr
    assert not os.path.lexists(base / "share-not-mounted")
    (base / "share-not-mounted" / "site").mkdir(parents=True)  # (made by the editor: then it is the site's place)
    again = run_cli(["build", *(["--output", str(link)] if given else [])], root)
    assert again.returncode == 0, again.stderr
    assert (base / "share-not-mounted/site/index.html").is_file()

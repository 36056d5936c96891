"""A config path where something stands that is no file is named for what it is.

A hostile tester's trial (2026-12-03): in a site folder whose config.yaml was a symlink to a share that
had not mounted, a folder or a named pipe, `briefgen build` said "no config file at config.yaml; run the
command in a site folder, pass --config FILE, or create a site with `briefgen init`" — in the site
folder, about a name the editor could see (sitefolder.missing_config). It now says what stands there.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from hypothesis import given, settings, strategies as st

from briefgen.sitefolder import missing_config
from support.sites import run_cli
from support.examples import examples

KINDS = {
    "folder": (lambda p: p.mkdir(), "a folder"),
    "fifo": (lambda p: os.mkfifo(p), "a named pipe (FIFO)"),
    "dead": (lambda p: p.symlink_to("/mnt/share-not-mounted/config.yaml"),
             "a symlink to /mnt/share-not-mounted/config.yaml, which leads nowhere (a share that did not mount?)"),
    "loop": (lambda p: p.symlink_to(p.name), "a symlink that leads round in a loop"),
}


@settings(max_examples=examples(40), deadline=None)
@given(st.sampled_from(sorted(KINDS)), st.sampled_from(["config.yaml", "site.yaml", "briefing/config.yaml"]))
def test_what_stands_where_the_config_should_be_is_named(kind: str, name: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        here = Path(folder)
        (here / "content").mkdir()
        target = here / name
        target.parent.mkdir(parents=True, exist_ok=True)
        make, what = KINDS[kind]
        make(target)
        assert missing_config(Path(name), here) == (
            f"{name} is {what}, not a file: briefgen reads the site's settings from the file {Path(name).name}; "
            "make it one (or pass --config FILE)")
        os.rename(target, here / "gone")  # nothing there: the advice as before
        assert missing_config(Path(name), here).startswith(f"no config file at {name}; ")


def test_the_reported_dead_symlink_through_build(tmp_path: Path) -> None:
    (tmp_path / "content").mkdir()
    (tmp_path / "config.yaml").symlink_to("/mnt/share-not-mounted/config.yaml")
    result = run_cli(["build"], tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr == ("briefgen build: config.yaml is a symlink to /mnt/share-not-mounted/config.yaml, which "
                             "leads nowhere (a share that did not mount?), not a file: briefgen reads the site's "
                             "settings from the file config.yaml; make it one (or pass --config FILE)\n")
    assert not (tmp_path / "output").exists()


@settings(max_examples=examples(6), deadline=None)
@given(st.sampled_from(["build", "check", "fetch"]), st.booleans())
def test_a_config_linked_from_another_folder_keeps_the_project_here(command: str, relative: bool) -> None:
    """Reported (a hostile trial, 2026-12-04): `config.yaml -> /elsewhere/config.yaml` made /elsewhere the project:
    "there is no content/ folder", an empty site built there, exit 0, and the project's own output/ stale. The
    project is the folder the config path is in; the link only says where its text is."""
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        done = run_cli(["init", "site"], base)
        assert done.returncode == 0, done.stderr
        (base / "elsewhere").mkdir()
        (base / "site/config.yaml").rename(base / "elsewhere/config.yaml")
        (base / "site/config.yaml").symlink_to("../elsewhere/config.yaml" if relative else base / "elsewhere/config.yaml")
        done = run_cli([command], base / "site")
        assert done.returncode == 0, done.stderr
        assert sorted(p.name for p in (base / "elsewhere").iterdir()) == ["config.yaml"]
        assert "no content/ folder" not in done.stderr, done.stderr
        if command == "build":
            assert (base / "site/output/index.html").is_file()

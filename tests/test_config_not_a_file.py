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

"""`briefgen build` and `briefgen check` run with the cyclic collector paused from the command's first import on.

Both are single-threaded (speed/parallel.paused_gc). `check` ran with the collector on: on the repository's sample
site ~60 ms of its ~0.8 s of CPU were collections (116 young, 10 middle, 1 full; 0.12 s of 1.1 s on a 1,000-article
copy), most of them walking the objects of the modules it imports; `build` paused it only after importing its stages
(~8 ms of a 0.22 s no-change build). Each command runs in a fresh interpreter, as a user runs it: a collection the
interpreter starts by itself is one made while the collector is enabled, and the test notes which command was then
running (its frame on the stack).
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from support.sites import MINIMAL_SITE, REPO_ROOT, write_site

DRIVER = """
import gc, json, sys
inside = []

def seen(phase, info):
    if phase == "start" and gc.isenabled():  # (an automatic collection: an explicit one runs paused too)
        frame = sys._getframe(1)
        while frame is not None:
            if frame.f_code.co_name in ("cmd_build", "cmd_check"):
                inside.append((frame.f_code.co_name, info["generation"]))
                break
            frame = frame.f_back

gc.callbacks.append(seen)
from briefgen.cli import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "inside": inside, "enabled": gc.isenabled(), "modules": len(sys.modules)}))
"""


def _run(site: Path, *args: str) -> dict[str, object]:
    done = subprocess.run([sys.executable, "-c", DRIVER, *args], cwd=site, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(REPO_ROOT)})
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


@pytest.mark.parametrize("command", [["check"], ["build", "--quiet"]])
def test_no_collection_runs_by_itself_inside_the_command(tmp_path: Path, command: list[str]) -> None:
    site = write_site(tmp_path, MINIMAL_SITE)
    found = _run(site, *command)
    assert found["code"] == 0
    assert found["modules"] > 300  # (the command imported its stages in this process: what was measured)
    assert found["inside"] == []
    assert found["enabled"]  # (turned on again on the way out, as paused_gc does)
    if command[0] == "build":
        assert (site / "output" / "index.html").is_file()

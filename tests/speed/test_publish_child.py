"""A rebuild that fails before its page fingerprints are in leaves no forked child working.

publish forks a child to fingerprint pages while it updates the search index. A failing feed
template used to return the error while the child went on fingerprinting every page (review
of c108fc1); any exception on that stretch did the same. (Feeds are rendered after the prints
are in since their items are kept by fingerprint, speed/feeditems: this failure now comes
after the child's work, and no child may be left either.) The build runs
in a fresh interpreter (the test session may run other threads, and then nothing forks), with
fingerprints slowed down so that the child is sure to be working when the failure comes.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from support.sites import REPO_ROOT

DRIVER = """
import json, multiprocessing, sys, time
from pathlib import Path
import briefgen.speed.fingerprint as fingerprint
from briefgen.build import BuildOptions, build
from briefgen.speed.parallel import can_fork

config = Path(sys.argv[1])
first = build(config, BuildOptions(jobs=2)).ok
article = config.parent / "content/articles/wsj-china-role-ending-war.md"
article.write_text(article.read_text() + "\\nOne more sentence.\\n")
(config.parent / "templates/feeds").mkdir(parents=True)
(config.parent / "templates/feeds/article.html").write_text(sys.argv[2])
page = fingerprint.Fingerprinter.page
fingerprint.Fingerprinter.page = lambda self, p: time.sleep(0.02) or page(self, p)
forks = can_fork()
second = build(config, BuildOptions(jobs=2)).ok
alive = [child.pid for child in multiprocessing.active_children()]
for child in multiprocessing.active_children():
    child.terminate()
print(json.dumps({"first": first, "second": second, "forks": forks, "alive": alive}))
"""


@pytest.mark.parametrize("template", ["{{ 1 // 0 }}\n", "{% for x in %}\n"])
def test_a_failed_rebuild_leaves_no_fingerprint_child(tmp_path: Path, template: str) -> None:
    if not hasattr(os, "fork"):
        pytest.skip("no fork here")
    shutil.copy(REPO_ROOT / "config.yaml", tmp_path)
    shutil.copytree(REPO_ROOT / "content", tmp_path / "content")
    done = subprocess.run([sys.executable, "-c", DRIVER, str(tmp_path / "config.yaml"), template],
                          capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(REPO_ROOT)})
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["first"] and not found["second"] and found["forks"]
    assert found["alive"] == []

"""A `briefgen fetch` (or `review accept`) killed with SIGKILL at any point leaves no file of its own that the
next run takes for the editor's, and the next run never overwrites a file the editor edited.

The feed states are saved at the end of a run. A tester's fetch killed after it had written a file, before it
saved them, left a file no state knew: the next fetch took it for the editor's and put every later upstream
version beside it as `NAME.md.upstream`, "edited here", for good. The same gap was open for fetch's
`also_in:` edits and `review accept`'s `draft:` removal. Every write is now noted first in a journal
(importer/journal.py). Real processes of `briefgen fetch` on local feed files, each killed with a real
SIGKILL right after its n-th file was put in place (os.link / os.replace, articles and states alike), for
every n a whole run reaches; then a run that is not killed must hold the property.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from support import prestarted
from support.importing import config_text, rss
from support.sites import REPO_ROOT, write_site

DATE = "Tue, 02 May 2023 14:00:00 +0000"
# Runs `briefgen ARGS…` (argv[2:]) in this process and kills it with SIGKILL right after its argv[1]-th
# os.link or os.replace (a file just put in place, nothing after it done), or, for -n, right before the n-th
# (its bytes ready and journaled, not in place).
KILLER = """
import os, signal, sys
limit, count = int(sys.argv[1]), [0]
for name in ("link", "replace"):
    def placed(*args, _real=getattr(os, name), **kwargs):
        if count[0] + 1 == -limit:
            os.kill(os.getpid(), signal.SIGKILL)
        result = _real(*args, **kwargs)
        count[0] += 1
        if count[0] == limit:
            os.kill(os.getpid(), signal.SIGKILL)
        return result
    setattr(os, name, placed)
from briefgen.cli import main
sys.exit(main(sys.argv[2:]))
"""
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (str(REPO_ROOT), os.environ.get("PYTHONPATH", "")) if p),
       "no_proxy": "*", "NO_PROXY": "*"}  # (PYTHONPATH as support.sites.run_cli makes it: the forked runs' server's)


def _run(root: Path, *args: str, kill_at: int = 0) -> subprocess.CompletedProcess[str]:
    """`briefgen ARGS` in `root`, killed at its `kill_at`-th placement (0: not killed): forked from a process that
    has imported briefgen (support/prestarted.py: ~0.1 s a run instead of ~0.5 s of interpreter start and imports,
    ~60 runs a phase), else in a new interpreter running KILLER."""
    placements = {"BRIEFGEN_TEST_PLACEMENTS": f"kill:{kill_at}"} if kill_at else {}
    done = prestarted.run(args, root, {**ENV, **placements}, 120, REPO_ROOT) or subprocess.run(
        [sys.executable, "-c", KILLER, str(kill_at), *args], cwd=root, env=ENV, text=True, capture_output=True,
        timeout=120)
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode in ((-signal.SIGKILL, 0) if kill_at else (0,)), (done.returncode, done.stderr)
    return done


def _feeds(root: Path, version: int, other: bool = True) -> None:
    """Wire's feed (4 items, their bodies at `version`) and Other's, which carries Wire's first link (also_in)
    when `other`."""
    wire = [{"title": f"Story {n}", "link": f"https://wire.example/{n}", "guid": f"w-{n}", "date": DATE,
             "html": f"<p>Story {n}, version {version}.</p>"} for n in range(4)]
    other = [{"title": "Story 0 again", "link": "https://wire.example/0", "guid": "o-0", "date": DATE,
              "html": "<p>Carried by another outlet.</p>"}] if other else []
    (root / "wire.xml").write_text(rss("Wire", wire), encoding="utf-8")
    (root / "other.xml").write_text(rss("Other", other), encoding="utf-8")


def _site(root: Path) -> Path:
    write_site(root, {"config.yaml": config_text({"url": "wire.xml", "source": "Wire"},
                                                 {"url": "other.xml", "source": "Other"})})
    return root


def _articles(root: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((root / "content" / "articles").iterdir())}


def _calls(root: Path, *args: str) -> int:
    """How many files a whole run of `briefgen ARGS` puts in place, in a copy of `root`."""
    copy = root.parent / "count"
    shutil.copytree(root, copy)
    forked = prestarted.run(args, copy, {**ENV, "BRIEFGEN_TEST_PLACEMENTS": "count"}, 120, REPO_ROOT)
    if forked is not None:
        shutil.rmtree(copy)
        return int(forked.stderr.rsplit("PLACED", 1)[1])
    counting = KILLER.replace("if count[0] == limit:", "if False:") + "\nprint('CALLS', count[0])"
    done = subprocess.run([sys.executable, "-c", counting.replace("sys.exit(main(sys.argv[2:]))",
                                                                  "main(sys.argv[2:])"), "0", *args],
                          cwd=copy, env=ENV, text=True, capture_output=True, timeout=120)
    shutil.rmtree(copy)
    return int(done.stdout.rsplit("CALLS", 1)[1])


def _check_after(root: Path, edited: dict[str, bytes], version: int) -> None:
    """A run that is not killed: no file the test did not edit is said edited or gets a version beside it;
    each holds `version`; the edited ones are as the test left them."""
    done = _run(root, "fetch", "--update")
    files = _articles(root)
    said_edited = [line for line in done.stderr.splitlines() if "edited" in line]
    assert all(any(name in line for name in edited) for line in said_edited), done.stderr
    beside = {name.removesuffix(".upstream") for name in files if name.endswith(".upstream")}
    assert beside <= set(edited), (beside, done.stderr)
    for name, data in edited.items():
        assert files[name] == data, name
    for n in range(4):
        name = f"story-{n}.md"
        if name not in edited:
            assert f"version {version}.".encode() in files[name], (name, files[name], done.stdout, done.stderr)


@pytest.mark.parametrize("phase", ["import", "also_in", "update"])
def test_a_fetch_killed_after_any_write_leaves_no_file_taken_for_the_editors(tmp_path: Path, phase: str) -> None:
    template = _site(tmp_path / "template")
    _feeds(template, 1)
    if phase == "also_in":  # Wire imported whole; then Other carries story 0: its `also_in:` edit is killed
        _feeds(template, 1, other=False)
        _run(template, "fetch")
        _feeds(template, 1)
    if phase == "update":  # imported whole; the test edits story-3; upstream changes; the --update run is killed
        _run(template, "fetch")
        edited = template / "content" / "articles" / "story-3.md"
        edited.write_bytes(edited.read_bytes() + b"\nThe editor's paragraph.\n")
        _feeds(template, 2)
    edits = {"story-3.md": (template / "content/articles/story-3.md").read_bytes()} if phase == "update" else {}
    calls = _calls(template, "fetch", "--update")
    assert calls >= {"import": 8, "also_in": 4, "update": 4}[phase]  # (the lock holder's name, files, also_in, states)
    for kill_at in (*range(1, calls + 1), *range(-calls, 0)):
        root = tmp_path / f"killed-{kill_at}"
        shutil.copytree(template, root)
        _run(root, "fetch", "--update", kill_at=kill_at)
        version = 2 if phase == "update" else 1
        _check_after(root, edits, version)
        _feeds(root, version + 1)  # and the change after that reaches every file the test did not edit
        _check_after(root, edits, version + 1)
        shutil.rmtree(root)


def test_a_review_accept_killed_after_its_write_leaves_the_file_fetchs(tmp_path: Path) -> None:
    root = _site(tmp_path / "site")
    (root / "config.yaml").write_text((root / "config.yaml").read_text() + "import:\n  draft: true\n")
    _feeds(root, 1)
    _run(root, "fetch")
    _run(root, "review", "accept", "--all", kill_at=2)  # (1: the lock holder's name; 2: the first accepted file)
    accepted = [name for name, data in _articles(root).items() if b"draft: true" not in data]
    assert accepted
    _feeds(root, 2)
    done = _run(root, "fetch", "--update")
    assert "edited" not in done.stderr and not any(n.endswith(".upstream") for n in _articles(root)), done.stderr
    for name in accepted:
        assert b"version 2." in _articles(root)[name], name


def test_review_reject_after_a_killed_update_deletes_fetchs_file(tmp_path: Path) -> None:
    """The state says fetch wrote version 1; a killed `--update` put version 2 in place: not an edit."""
    root = _site(tmp_path / "site")
    (root / "config.yaml").write_text((root / "config.yaml").read_text() + "import:\n  draft: true\n")
    _feeds(root, 1)
    _run(root, "fetch")
    _feeds(root, 2)
    _run(root, "fetch", "--update", kill_at=2)  # the first rewritten file (after the lock holder's name)
    rewritten = [name for name, data in _articles(root).items() if b"version 2." in data]
    assert len(rewritten) == 1
    done = _run(root, "review", "reject", rewritten[0].removesuffix(".md"))
    assert rewritten[0] not in _articles(root), done.stderr


def test_a_journal_line_cut_short_by_a_kill_is_skipped(tmp_path: Path) -> None:
    from briefgen.importer.journal import Journal, load_journal

    journal = Journal(tmp_path)
    journal.note("content/articles/a.md", "a" * 64, "f1")
    journal.note("../../etc/passwd.md", "c" * 64, "f2")  # a tampered cache: never read at compaction
    with open(tmp_path / "journal", "a", encoding="utf-8") as handle:
        handle.write('{"path": "content/articles/b.md", "sha": "bb')  # the kill came mid-line
    assert load_journal(tmp_path).prints == {"a" * 64: "f1"}

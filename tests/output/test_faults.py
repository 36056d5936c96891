"""Trust under faults: concurrent builds, kills at every commit step, and the machine saying no.

After any of these, `output/` is the complete old site or the complete new one, holds no
temporary file, the exit code says which (1 ⇔ untouched), and the next build repairs
everything and equals a cold build. Permission faults run briefgen as root *without*
the capabilities that let root ignore file permissions (`setpriv --bounding-set`), so
they behave as for any user; file size limits come from `prlimit --fsize`.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Mapping
from pathlib import Path

import pytest

from briefgen.build import BuildOptions, build
from briefgen.output.lock import project_lock
from support.restricted import needs_permissions, run_restricted
from support import prestarted
from support.sites import MINIMAL_SITE, REPO_ROOT, remove_cache, run_cli, write_site
from support.trees import tree_bytes



def article(n: int) -> str:
    return textwrap.dedent(f"""\
        ---
        title: Report number {n} on the ceasefire talks
        source: Outlet {n % 7}
        published: 2023-05-{1 + n % 28:02d}T09:00:00+03:00
        ---
        Negotiators met again for round {n} of talks on a ceasefire, officials said.
        """)


def site_with(count: int) -> dict[str, str]:
    files = dict(MINIMAL_SITE)
    files.update({f"content/articles/report-{n:04d}.md": article(n) for n in range(count)})
    return files


def env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, (str(REPO_ROOT), os.environ.get("PYTHONPATH")))))


def run(prefix: list[str], args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*prefix, sys.executable, "-m", "briefgen", *args], cwd=cwd, env=env(),
                          capture_output=True, text=True, timeout=120)


require_restricted = needs_permissions


def cold(files: Mapping[str, str], tmp: Path) -> dict[str, bytes]:
    """The output a fresh build of `files` gives (what every repaired output must equal)."""
    root = write_site(tmp / f"cold-{len(list(tmp.iterdir()))}", files)
    result = run_cli(["build", "-q"], cwd=root)
    assert result.returncode == 0, result.stderr
    return tree_bytes(root / "output")


def stray(root: Path, killed: bool = False) -> list[str]:
    """Temporary or staging files inside output/ or beside it. A build `killed` may leave the output
    folder's lock file beside it (output/lock.py: the next build takes it over and removes it)."""
    inside = [p.relative_to(root).as_posix() for p in (root / "output").rglob("*")
              if p.name.startswith(".") and p.name != ".briefgen"]
    beside = [p.name for p in root.iterdir() if p.name.startswith(".") and p.name != ".briefgen-cache"
              and not (killed and p.name == ".output.briefgen-lock")]
    return inside + beside


# --- the cache is disposable ---------------------------------------------------------------------------


@pytest.mark.parametrize("damage", ["cache folder is a file", "memo folder is a file", "templates cache is a file",
                                    "every cache file is garbage"])
def test_a_damaged_cache_is_a_warning_and_never_fails_a_build(tmp_path: Path, damage: str) -> None:
    root = write_site(tmp_path / "s", MINIMAL_SITE)
    cache = root / ".briefgen-cache"
    if damage == "cache folder is a file":
        cache.write_text("not a folder")
    else:
        assert run_cli(["build", "-q"], cwd=root).returncode == 0
        if damage == "every cache file is garbage":
            for path in cache.rglob("*"):
                if path.is_file():
                    path.write_bytes(b"\x80garbage" * 7)
        else:
            folder = cache / ("memo" if damage.startswith("memo") else "templates")
            shutil.rmtree(folder)
            folder.write_text("not a folder")
        (root / "content/articles/first-report.md").write_text(
            MINIMAL_SITE["content/articles/first-report.md"].replace("Geneva on", "Geneva last"))
    result = run_cli(["build", "-q"], cwd=root)
    assert result.returncode == 0, result.stderr
    assert "unexpected error" not in result.stderr and "Traceback" not in result.stderr
    files = dict(MINIMAL_SITE)
    if damage != "cache folder is a file":
        files["content/articles/first-report.md"] = (root / "content/articles/first-report.md").read_text()
    assert tree_bytes(root / "output") == cold(files, tmp_path)
    if damage == "cache folder is a file":  # briefgen's own name: cleared and made a cache again (sealed.own_folder)
        assert ".briefgen-cache" not in result.stderr and cache.is_dir()


def test_a_read_only_cache_folder_is_a_warning(tmp_path: Path) -> None:
    require_restricted()
    root = write_site(tmp_path / "s", MINIMAL_SITE)
    (root / ".briefgen-cache").mkdir()
    (root / ".briefgen-cache").chmod(0o555)
    result = run_restricted(["build", "-q"], root)
    assert result.returncode == 0, result.stderr
    assert "warning: cannot use the cache folder (Permission denied)" in result.stderr
    assert tree_bytes(root / "output") == cold(MINIMAL_SITE, tmp_path)


def test_temporary_files_left_in_the_cache_by_a_kill_are_removed(tmp_path: Path) -> None:
    root = write_site(tmp_path / "s", MINIMAL_SITE)
    assert run_cli(["build", "-q"], cwd=root).returncode == 0
    for folder in (".briefgen-cache", ".briefgen-cache/memo"):
        (root / folder / ".tmp-left-by-a-kill").write_bytes(b"half a pickle")
    (root / "content/articles/first-report.md").write_text(MINIMAL_SITE["content/articles/first-report.md"] + "\nMore.\n")
    assert run_cli(["build", "-q"], cwd=root).returncode == 0
    assert not list((root / ".briefgen-cache").rglob(".tmp-*"))


# --- the machine says no ---------------------------------------------------------------------------------


def test_an_unreadable_article_is_an_error_not_a_silent_drop(tmp_path: Path) -> None:
    require_restricted()
    root = write_site(tmp_path / "s", MINIMAL_SITE)
    assert run_cli(["build", "-q"], cwd=root).returncode == 0
    before = tree_bytes(root / "output")
    (root / "content/articles/first-report.md").chmod(0)
    result = run_restricted(["build"], root)
    assert result.returncode == 1
    assert "content/articles/first-report.md: cannot read (Permission denied)" in result.stderr
    assert tree_bytes(root / "output") == before
    check = run_restricted(["check"], root)
    assert check.returncode == 1 and "cannot read (Permission denied)" in check.stderr


def test_an_unreadable_articles_folder_is_an_error(tmp_path: Path) -> None:
    require_restricted()
    root = write_site(tmp_path / "s", MINIMAL_SITE)
    (root / "content/articles").chmod(0)
    try:
        result = run_restricted(["build"], root)
    finally:
        (root / "content/articles").chmod(0o755)
    assert result.returncode == 1
    assert "content/articles: cannot read this folder (Permission denied)" in result.stderr


def test_an_output_folder_that_cannot_be_written_leaves_it_untouched(tmp_path: Path) -> None:
    require_restricted()
    root = write_site(tmp_path / "s", MINIMAL_SITE)
    assert run_cli(["build", "-q"], cwd=root).returncode == 0
    before = tree_bytes(root / "output")
    (root / "content/articles/first-report.md").write_text(MINIMAL_SITE["content/articles/first-report.md"] + "\nNew.\n")
    state = next((root / ".briefgen-cache").glob("output-*"))
    for folder in (root, state, state / "spare"):
        folder.chmod(0o555)
    try:
        result = run_restricted(["build"], root)
    finally:
        for folder in (root, state, state / "spare"):
            folder.chmod(0o755)
    assert result.returncode == 1, result.stderr
    assert "cannot write the site (permission denied" in result.stderr and "unexpected" not in result.stderr
    assert tree_bytes(root / "output") == before


def test_a_full_disk_mid_build_leaves_the_output_and_the_next_build_repairs(tmp_path: Path) -> None:
    if shutil.which("prlimit") is None:
        pytest.skip("prlimit (util-linux) is needed")
    files = site_with(30)
    root = write_site(tmp_path / "s", files)
    assert run_cli(["build", "-q"], cwd=root).returncode == 0
    before = tree_bytes(root / "output")
    files["content/articles/report-0003.md"] = article(3).replace("round 3", "round three")
    (root / "content/articles/report-0003.md").write_text(files["content/articles/report-0003.md"])
    result = run(["prlimit", "--fsize=6000"], ["build"], root)  # every write over 6 kB fails (EFBIG)
    assert result.returncode == 1
    assert "cannot write the site (a file is larger than this process may write" in result.stderr
    assert tree_bytes(root / "output") == before
    assert stray(root) == []
    assert run_cli(["build", "-q"], cwd=root).returncode == 0
    assert tree_bytes(root / "output") == cold(files, tmp_path)


# --- one build at a time ----------------------------------------------------------------------------------


def holding_the_lock(root: Path, process: subprocess.Popen[str], command: str) -> None:
    """Return once `process` (or its child) holds the project lock as `command`: it has written itself into the
    holder file (output/lock.py). Polled, where the tests once slept a fixed time and hoped: they then needed a
    site of 400-600 articles for the other run to come while the first still built, and could still race it
    to the lock (the other run then never waited)."""
    holder = root / ".briefgen-cache" / "holder"
    deadline = time.monotonic() + 120
    while True:
        try:
            if json.loads(holder.read_text(encoding="utf-8")).get("command") == command:
                return
        except (OSError, ValueError):
            pass
        if process.poll() is not None:
            _, err = process.communicate()
            pytest.fail(f"{command} ended before it held the lock: {err}")
        assert time.monotonic() < deadline, f"{command} never held the lock"
        time.sleep(0.005)


def test_two_builds_started_together_both_succeed_one_after_the_other(tmp_path: Path) -> None:
    files = site_with(150)  # the second starts (forked: in milliseconds) while the first holds the lock
    root = write_site(tmp_path / "s", files)
    assert run_cli(["--version"], cwd=tmp_path).returncode == 0  # (the forking server started: support/prestarted.py)
    first = prestarted.start(["build"], root, env(), REPO_ROOT) or subprocess.Popen(  # (forked: as `second`)
        [sys.executable, "-m", "briefgen", "build"], cwd=root, env=env(), stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True)
    holding_the_lock(root, first, "briefgen build")
    second = run_cli(["build"], cwd=root)
    out, err = first.communicate(timeout=120)
    assert first.returncode == 0, err
    assert second.returncode == 0, second.stderr
    assert f"Waiting for the build held by PID {first.pid} (briefgen build, since" in second.stderr, second.stderr
    assert tree_bytes(root / "output") == cold(files, tmp_path)
    assert stray(root) == []
    again = run_cli(["build"], cwd=root)
    assert "nothing changed" in again.stdout


def test_a_build_that_cannot_get_the_lock_names_the_holder(tmp_path: Path) -> None:
    root = write_site(tmp_path / "s", MINIMAL_SITE)
    (root / ".briefgen-cache").mkdir()
    held, release = threading.Event(), threading.Event()

    def hold() -> None:
        with project_lock(root, root / ".briefgen-cache" / "holder", "briefgen serve", 5):
            held.set()
            release.wait(30)

    holder = threading.Thread(target=hold)
    holder.start()
    try:
        held.wait(10)
        result = run_cli(["build", "--wait", "0.3"], cwd=root)
    finally:
        release.set()
        holder.join()
    assert result.returncode == 1
    assert f"another build of this project is running: PID {os.getpid()} (briefgen serve, since" in result.stderr
    assert not (root / "output").exists()
    assert run_cli(["build", "-q"], cwd=root).returncode == 0


def test_build_while_serve_builds_waits_for_it(tmp_path: Path) -> None:
    files = site_with(150)  # (as above: the build starts while serve holds the lock, polled)
    root = write_site(tmp_path / "s", files)
    assert run_cli(["--version"], cwd=tmp_path).returncode == 0
    serve = subprocess.Popen([sys.executable, "-m", "briefgen", "serve", "--port", "0", "--no-watch"], cwd=root,
                             env=dict(env(), TMPDIR=str(tmp_path)), stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        holding_the_lock(root, serve, "briefgen serve")  # serve is building its preview now
        result = run_cli(["build"], cwd=root)
    finally:
        os.killpg(serve.pid, signal.SIGTERM)
        serve.communicate(timeout=60)
    assert result.returncode == 0, result.stderr
    assert "Waiting for the build held by PID " in result.stderr and "(briefgen serve, since" in result.stderr, \
        result.stderr
    assert tree_bytes(root / "output") == cold(files, tmp_path)


# --- kills at every step of the commit --------------------------------------------------------------------

def build_here(root: Path) -> None:
    """A build in this process (no start-up cost): the repair after a kill."""
    result = build(root / "config.yaml", BuildOptions(jobs=1, lock_wait=0))
    assert result.ok, [str(d) for d in result.diagnostics]


def build_killed_at(root: Path, target: int) -> int | list[str]:
    """Build `root` in a forked child that SIGKILLs itself at commit step `target` (0: never).

    Returns the names of the steps seen (when not killed) or -SIGKILL. A fork, not a new
    interpreter: the child starts in a millisecond, so many steps of several histories
    can be tried within the test budget.
    """
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: build, killing itself at the target step
        os.close(read)
        steps: list[str] = []

        def step(name: str) -> None:
            steps.append(name)
            if len(steps) == target:
                os.kill(os.getpid(), signal.SIGKILL)

        try:
            os.chdir(root)
            build(root / "config.yaml", BuildOptions(jobs=1, lock_wait=0, on_commit_step=step))
            with os.fdopen(write, "w") as pipe:
                pipe.write("\n".join(steps))
        finally:
            os._exit(0)
    os.close(write)
    with os.fdopen(read) as pipe:
        said = pipe.read()
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status):
        return -os.WTERMSIG(status)
    return said.split("\n")


def kill_points(steps: list[str]) -> list[int]:
    """The 1-based steps to kill at: every step but the per-file ones ("write x", "keep x",
    "remove x"), of which the first two and the last of each kind. Between two files of one kind
    the commit does the same thing to another file of the staged spare, and a kill at every one
    of them cost ~70 s of the CI budget (4 histories × ~40 steps, a build and a repair each)."""
    by_kind: dict[str, list[int]] = {}
    for number, name in enumerate(steps, 1):
        by_kind.setdefault(name.split(" ", 1)[0] if " " in name else name + str(number), []).append(number)
    return sorted({n for numbers in by_kind.values() for n in (*numbers[:2], numbers[-1])})


@pytest.mark.parametrize("history", ["first build", "second build", "third build", "cache deleted"])
def test_a_kill_at_any_commit_step_leaves_the_old_or_the_new_site(tmp_path: Path, history: str) -> None:
    old_files = site_with(3)
    new_files = dict(old_files)
    new_files["content/articles/report-0001.md"] = article(1).replace("round 1", "round one")
    new_files["content/articles/report-0009.md"] = article(9)
    del new_files["content/articles/report-0002.md"]
    prepared = write_site(tmp_path / "prepared", old_files)
    builds = {"first build": 0, "second build": 1, "third build": 2, "cache deleted": 1}[history]
    for n in range(builds):
        if n == 1:  # the third build's spare holds a site of its own (two builds back)
            (prepared / "content/articles/report-0000.md").write_text(article(0) + "\nEarlier edit.\n")
        assert run_cli(["build", "-q"], cwd=prepared).returncode == 0
    if history == "cache deleted":
        remove_cache(prepared)
    for path in set(old_files) | set(new_files):
        target = prepared / path
        if path in new_files:
            target.write_text(new_files[path])
        else:
            target.unlink()
    old = tree_bytes(prepared / "output") if (prepared / "output").exists() else None
    new = cold(new_files, tmp_path)
    steps = build_killed_at(shutil.copytree(prepared, tmp_path / "count", symlinks=True), 0)
    assert isinstance(steps, list) and len(steps) >= 5
    assert {"stage", "marker", "swap"} <= set(steps) and any(s.startswith("write ") for s in steps)
    for step in kill_points(steps):
        root = shutil.copytree(prepared, tmp_path / f"kill-{step}", symlinks=True)
        assert build_killed_at(root, step) == -signal.SIGKILL
        now = tree_bytes(root / "output") if (root / "output").exists() else None
        assert now in (old, new), f"killed at step {step}: output is neither the old nor the new site"
        assert stray(root, killed=True) == [] if now is not None else True
        build_here(root)
        assert tree_bytes(root / "output") == new, f"the build after a kill at step {step} is not a cold build"
        assert stray(root) == []
        shutil.rmtree(root, ignore_errors=True)  # a detached `rm` may be deleting a replaced tree in it


@pytest.mark.parametrize(("rel", "expected"), [
    ("templates/partials/entry.html", "templates/partials/entry.html: cannot read (Permission denied)"),
    ("static/sub/a.txt", "static/sub/a.txt: cannot read (Permission denied)"),
])
def test_an_unreadable_template_or_static_file_is_named_as_unreadable(tmp_path: Path, rel: str,
                                                                      expected: str) -> None:
    """A trial: a template gave "unexpected error: PermissionError"; a static file "cannot write the site"."""
    require_restricted()
    files = dict(MINIMAL_SITE)
    files[rel] = "{# a template #}\n" if rel.startswith("templates/") else "static text\n"
    root = write_site(tmp_path / "s", files)
    (root / rel).chmod(0)
    result = run_restricted(["build"], root)
    assert result.returncode == 1 and expected in result.stderr, result.stderr
    assert "unexpected error" not in result.stderr and "cannot write" not in result.stderr

"""`python -m briefgen` for the tests, forked from a process that has already imported briefgen.

The suite runs the command line several hundred times. Each fresh interpreter imports ~250
modules, compiles ~400 regular expressions and makes ~90 dataclasses (~0.35 s on CI's machine)
before the command does any of the work a test looks at: about a fifth of the suite's time.
Here one server process per test process imports briefgen once; each command runs in a child
forked from it, which then is what `python -m briefgen` is after its imports: its own process,
working directory, environment, stdin from /dev/null, stdout and stderr on pipes, briefgen's
`__main__` run by `runpy` as `-m` runs it, exit code, threads joined and `atexit` run as at
interpreter exit. A test still sees exit codes, output and files from a real process.

`start` does the same for a command that runs beside the test (`serve`: tests/preview's `start_cli`) and
gives a `subprocess.Popen` of it: the server forks a waiter, which forks the command and reports its pid and
exit status through a pipe, so the server goes on at once.
What a fork cannot give, a real interpreter does (`run` returns None and the caller starts
one): another interpreter start-up (any `PYTHON*`, `LC_*`, `LANG` or `LANGUAGE` variable other
than the server started with: they change how an interpreter starts), a call from a second
thread while one runs, a working directory that does not exist (subprocess's error), and
BRIEFGEN_TEST_REAL_CLI=1 in the environment (the whole suite the slow way).
BRIEFGEN_TEST_PLACEMENTS in a command's environment (taken out of it before briefgen runs) kills the
command with SIGKILL right after its N-th `os.link`/`os.replace` ("kill:N"), right before its N-th
("kill:-N"), or prints "PLACED <count>" to stderr at exit ("count"): the killed-run tests' hooks,
without an interpreter start per kill point (tests/importer/test_import_killed_runs.py);
BRIEFGEN_TEST_RESTRICTED=1 drops the capabilities that let root ignore file permissions, as
`setpriv --bounding-set=-dac_override,-dac_read_search,-fowner` does for a new interpreter
(support/restricted.py).
The children of one server share its hash seed; the tests' own process has another. The server also
fills two pure functions' caches every build fills first (the credit cues' regular expressions, ~0.18 s,
and the code's identity), so that each child does not compile them again: ~25 % of a small site's build.
Then it builds the two-document MINIMAL_SITE once (in a temporary folder it removes), so that each child
starts with what a process's first build fills of briefgen's other caches, all of them pure functions' (a
build's only module state, STYLE.md; CT8 listed what one fills: `lru_cache`s of the outlets' keys, the
theme's parsed blocks, the sanitiser, the language registry, the fingerprints' field getters, and
packedbody's recent bodies, keyed by their bytes): a child's command then costs what a second build in one
process costs. 2026-12-08, 20 commands on sites of MINIMAL_SITE, CPU of a cgroup holding the server and its
children, three rounds alternated at load ~13: `build` 163 → 127 ms, `check` 127 → 98 ms (medians).
"""
from __future__ import annotations

import json
import os
import pickle
import select
import selectors
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TypeVar

_STARTUP_VARIABLES = ("PYTHON", "LC_", "LANG")  # prefixes: read once, when an interpreter starts

_SERVER = r"""
import atexit, io, os, pickle, pkgutil, runpy, signal, socket, struct, sys, threading, time, traceback
import briefgen
for module in pkgutil.walk_packages(briefgen.__path__, "briefgen."):
    if module.name != "briefgen.__main__":
        __import__(module.name)
# What every build computes first, the same in every child: the credit cues (~0.18 s of regular expressions,
# ~25 % of a small site's build) and the code's identity. Both are pure functions' caches.
from briefgen.analyse.credits import credit_finder
from briefgen.speed.memo import code_digest
credit_finder(())
code_digest()
# Then one build of a small site (argv[2]: its files as JSON) in a folder of argv[3] removed after: what a process's
# first build fills of its pure functions' caches (the theme's parsed blocks, the outlets' keys, the fingerprints' and
# pickles' field getters, the sanitiser, the language registry …) each child then has, as a second build in one
# process has. Not through `tempfile`'s own folder: `gettempdir()` keeps the first it finds, and the children would
# keep this process's rather than their TMPDIR (tests/test_prestarted_serve.py).
def warm(files, parent):
    import json, shutil
    from pathlib import Path
    from briefgen.build import BuildOptions, build
    folder = Path(parent) / f"briefgen-prestarted-{os.getpid()}"
    try:
        for rel, text in json.loads(files).items():
            (folder / rel).parent.mkdir(parents=True, exist_ok=True)
            (folder / rel).write_text(text, encoding="utf-8")
        build(folder / "config.yaml", BuildOptions(jobs=1))
    except Exception:
        pass  # (only time is lost: each child fills the caches itself)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
warm(sys.argv[2], sys.argv[3])
server = socket.socket(fileno=int(sys.argv[1]))
def stdio(fd, old, mode):  # as the interpreter makes them, for the pipes now at 0, 1 and 2
    raw = io.FileIO(fd, mode, closefd=False)
    return io.TextIOWrapper(io.BufferedWriter(raw) if mode == "wb" else io.BufferedReader(raw),
                            encoding=old.encoding, errors=old.errors, line_buffering=old.line_buffering,
                            write_through=old.write_through)
def placements(mode):  # "kill:N": SIGKILL right after the N-th os.link/os.replace (before the -N-th); "count"
    if not mode:
        return
    limit, count = (int(mode[5:]) if mode.startswith("kill:") else 0), [0]
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
    if mode == "count":
        atexit.register(lambda: print("PLACED", count[0], file=sys.stderr))
def restrict(on):  # as `setpriv --bounding-set=-dac_override,-dac_read_search,-fowner` gives a new interpreter
    if not on:
        return
    import ctypes
    libc = ctypes.CDLL(None, use_errno=True)
    caps = (1, 2, 3)  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER (linux/capability.h)
    for cap in caps:  # PR_CAPBSET_DROP: also for the interpreters it starts
        if libc.prctl(24, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")
    header = (ctypes.c_uint32 * 2)(0x20080522, 0)  # _LINUX_CAPABILITY_VERSION_3, this process
    data = (ctypes.c_uint32 * 6)()  # effective, permitted, inheritable of capabilities 0-31, then 32-63
    if libc.capget(header, data) != 0:
        raise OSError(ctypes.get_errno(), "capget")
    for n in range(3):
        data[n] &= ~sum(1 << cap for cap in caps) & 0xFFFFFFFF
    if libc.capset(header, data) != 0:
        raise OSError(ctypes.get_errno(), "capset")
def child(args, cwd, env):
    sys.stdin = sys.__stdin__ = stdio(0, sys.stdin, "rb")
    sys.stdout = sys.__stdout__ = stdio(1, sys.stdout, "wb")
    sys.stderr = sys.__stderr__ = stdio(2, sys.stderr, "wb")
    os.chdir(cwd)
    os.environ.clear()
    os.environ.update(env)
    time.tzset()
    sys.argv = ["-m", *args]
    placements(os.environ.pop("BRIEFGEN_TEST_PLACEMENTS", ""))
    restrict(os.environ.pop("BRIEFGEN_TEST_RESTRICTED", ""))
    code = 0
    try:
        runpy.run_module("briefgen", run_name="__main__", alter_sys=True)
    except SystemExit as exc:
        if exc.code is None:
            code = 0
        elif isinstance(exc.code, int):
            code = exc.code
        else:
            print(exc.code, file=sys.stderr)
            code = 1
    except BaseException:
        traceback.print_exc()
        code = 1
    threading._shutdown()  # as the interpreter does at exit, before the atexit functions
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:
            code = code or 120
    os._exit(code)
def started(args, cwd, env, fds, status):
    # A command the caller waits for as for a Popen (serve): a waiter forked here forks the command, writes its pid
    # and then its wait status to `status`, and ends; this server goes on at once.
    waiter = os.fork()
    if waiter:
        for fd in (*fds, status):
            os.close(fd)
        return waiter
    try:
        server.close()
        pid = os.fork()
        if pid == 0:
            try:
                os.close(status)
                for target, fd in enumerate(fds):
                    os.dup2(fd, target)
                    os.close(fd)
                # as a new interpreter sets it up (SIGINT not ignored where it starts: tests/preview's start_cli)
                signal.signal(signal.SIGINT, signal.default_int_handler)
                child(args, cwd, env)
            finally:
                os._exit(70)
        for fd in fds:
            os.close(fd)
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # (the waiter outlives what it waits for)
        os.write(status, struct.pack("!q", pid))
        os.write(status, struct.pack("!q", os.waitpid(pid, 0)[1]))
    finally:
        os._exit(0)
waiters = set()
while True:
    try:
        message, fds, _, _ = socket.recv_fds(server, 1 << 20, 4)
    except OSError:
        break
    if not message:
        break
    waiters -= {w for w in waiters if os.waitpid(w, os.WNOHANG)[0]}
    args, cwd, env, detached = pickle.loads(message)
    if detached:
        waiters.add(started(args, cwd, env, fds[:3], fds[3]))
        server.send(struct.pack("!q", 0))
        continue
    pid = os.fork()
    if pid == 0:
        try:
            server.close()
            for target, fd in enumerate(fds):
                os.dup2(fd, target)
                os.close(fd)
            child(args, cwd, env)
        finally:
            os._exit(70)  # (child ends with os._exit; here only if briefgen's own start failed)
    for fd in fds:
        os.close(fd)
    server.send(struct.pack("!q", pid))
    server.send(struct.pack("!q", os.waitpid(pid, 0)[1]))
"""


class _Server:
    """One server process and the socket to it (SOCK_SEQPACKET: one message per request)."""

    def __init__(self, repo_root: Path) -> None:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(repo_root), env.get("PYTHONPATH", "")) if p)
        self.startup = _startup(env)
        from support.sites import MINIMAL_SITE  # (support.sites runs commands through this module)

        self.process = subprocess.Popen([sys.executable, "-c", _SERVER, str(theirs.fileno()),
                                         json.dumps(dict(MINIMAL_SITE)), tempfile.gettempdir()], env=env,
                                        pass_fds=(theirs.fileno(),), stdin=subprocess.DEVNULL,
                                        stdout=subprocess.DEVNULL, cwd=repo_root)
        theirs.close()
        self.socket = ours
        self.served = False  # whether it ever started a command

    def alive(self) -> bool:
        return self.process.poll() is None


_servers: dict[int, _Server] = {}  # by test process id: a forked test process starts its own
_busy = threading.Lock()


def run(args: Sequence[str], cwd: Path, env: Mapping[str, str], timeout: float, repo_root: Path
        ) -> subprocess.CompletedProcess[str] | None:
    """`python -m briefgen ARGS` in `cwd` with the whole environment `env` (PYTHONPATH leading to
    `repo_root`), as `subprocess.run` with captured text output would give it; None when only a real
    interpreter will do (see the module docstring), for the caller to start one.
    Raises subprocess.TimeoutExpired after `timeout` seconds, the child killed, as `subprocess.run` does."""
    return _through_server(lambda server: _run(server, list(args), cwd, dict(env), timeout), cwd, env, repo_root)


def start(args: Sequence[str], cwd: Path, env: Mapping[str, str], repo_root: Path) -> subprocess.Popen[str] | None:
    """`subprocess.Popen([python, "-m", "briefgen", *ARGS], cwd=cwd, env=env, stdin=DEVNULL, stdout=PIPE,
    stderr=PIPE, text=True)` for a command that runs beside the test (serve), forked as `run` forks one;
    None when only a real interpreter will do (see the module docstring), for the caller to start one.
    The handle is a Popen (its pipes, `communicate`, `poll`, `wait`, signals to its pid); the command's
    parent is a waiter forked by the server, which reports its exit status; SIGINT raises
    KeyboardInterrupt in it, as in an interpreter started where SIGINT is not ignored."""
    def started(server: _Server) -> subprocess.Popen[str]:
        try:
            return _Started(server, list(args), cwd, dict(env))
        except OSError:
            raise _NotStarted from None
    return _through_server(started, cwd, env, repo_root)


def _through_server(command: Callable[[_Server], T], cwd: Path, env: Mapping[str, str], repo_root: Path) -> T | None:
    if os.environ.get("BRIEFGEN_TEST_REAL_CLI") or not os.path.isdir(cwd):  # (a missing cwd: subprocess's error)
        return None
    if not _busy.acquire(blocking=False):
        return None
    try:
        server = _servers.get(os.getpid())
        if server is None or not server.alive():
            if server is not None and not server.served:  # it could not even start: do not try again
                return None
            server = _servers[os.getpid()] = _Server(repo_root)
        if _startup(env) != server.startup:  # (set for this command, or in the test process since)
            return None
        try:
            return command(server)
        except _NotStarted:  # the server ended before it forked: nothing ran, a real interpreter will
            return None
    finally:
        _busy.release()


def serving() -> bool:
    """Whether this test process has a server, alive (the last command that could be forked was)."""
    server = _servers.get(os.getpid())
    return server is not None and server.alive()


def _startup(env: Mapping[str, str]) -> dict[str, str]:
    """The variables of `env` that change how an interpreter starts."""
    return {k: v for k, v in env.items() if k.startswith(_STARTUP_VARIABLES)}


class _NotStarted(Exception):
    """The server ended before it started the command."""


def _number(server: _Server) -> int:
    data = server.socket.recv(8)
    if len(data) != 8:
        raise _NotStarted
    return struct.unpack("!q", data)[0]


def _run(server: _Server, args: list[str], cwd: Path, env: dict[str, str], timeout: float
         ) -> subprocess.CompletedProcess[str]:
    out_read, out_write = os.pipe()
    err_read, err_write = os.pipe()
    null = os.open(os.devnull, os.O_RDONLY)
    try:
        socket.send_fds(server.socket, [pickle.dumps((args, str(cwd), env, False))], [null, out_write, err_write])
        pid = _number(server)
        server.served = True
    except (OSError, _NotStarted):
        for fd in (out_read, err_read):
            os.close(fd)
        raise _NotStarted from None
    finally:
        for fd in (null, out_write, err_write):
            os.close(fd)
    chunks: dict[int, list[bytes]] = {out_read: [], err_read: []}
    deadline = time.monotonic() + timeout
    with selectors.DefaultSelector() as selector:
        for fd in chunks:
            selector.register(fd, selectors.EVENT_READ)
        while selector.get_map():
            left = deadline - time.monotonic()
            if left <= 0:
                os.kill(pid, 9)
                _number(server)
                for fd in chunks:
                    os.close(fd)
                raise subprocess.TimeoutExpired(["python", "-m", "briefgen", *args], timeout)
            for key, _ in selector.select(left):
                data = os.read(key.fd, 1 << 16)
                if data:
                    chunks[key.fd].append(data)
                else:
                    selector.unregister(key.fd)
    for fd in chunks:
        os.close(fd)
    status = _number(server)  # (a server killed meanwhile: _NotStarted, though the command ran; not seen)
    text = [b"".join(chunks[fd]).decode("utf-8", "replace").replace("\r\n", "\n").replace("\r", "\n")
            for fd in (out_read, err_read)]
    return subprocess.CompletedProcess([sys.executable, "-m", "briefgen", *args],
                                       os.waitstatus_to_exitcode(status), text[0], text[1])


T = TypeVar("T")


class _Started(subprocess.Popen):  # type: ignore[type-arg]
    """A Popen whose child the server forked (`start`): Popen's own pipes, text streams and `communicate`;
    the pid and the wait status come from the waiter through a pipe, as this process is not the parent."""

    def __init__(self, server: _Server, args: list[str], cwd: Path, env: dict[str, str]) -> None:
        self._server, self._status = server, -1
        super().__init__([sys.executable, "-m", "briefgen", *args], cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def _execute_child(self, args, executable, preexec_fn, close_fds, pass_fds, cwd, env,  # type: ignore[no-untyped-def]
                       startupinfo, creationflags, shell, p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite,
                       *rest):
        status_read, status_write = os.pipe()
        try:
            socket.send_fds(self._server.socket, [pickle.dumps((args[3:], str(cwd), env, True))],
                            [p2cread, c2pwrite, errwrite, status_write])
            _number(self._server)
            self._server.served = True
            os.close(status_write)
            status_write = -1
            pid = _read_number(status_read)
        except BaseException:
            os.close(status_read)
            raise
        finally:
            if status_write >= 0:
                os.close(status_write)
            self._close_pipe_fds(p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite)
        if pid is None:
            os.close(status_read)
            raise _NotStarted
        self.pid, self._status, self._child_created = pid, status_read, True

    def _internal_poll(self, _deadstate=None, **_ignored):  # type: ignore[no-untyped-def,override]
        if self.returncode is None and self._status >= 0 and _ready(self._status, 0):
            self._reported()
        return self.returncode

    def _wait(self, timeout):  # type: ignore[no-untyped-def,override]
        if self.returncode is None:
            if not _ready(self._status, timeout):
                raise subprocess.TimeoutExpired(self.args, timeout)
            self._reported()
        return self.returncode

    def _reported(self) -> None:
        status = _read_number(self._status)
        os.close(self._status)
        self._status = -1
        # (no status: the waiter was killed; not a status a command gives)
        self._handle_exitstatus(status if status is not None else 255 << 8)


def _read_number(fd: int) -> int | None:
    data = b""
    while len(data) < 8:
        chunk = os.read(fd, 8 - len(data))
        if not chunk:
            return None
        data += chunk
    return struct.unpack("!q", data)[0]


def _ready(fd: int, timeout: float | None) -> bool:
    return bool(select.select([fd], [], [], timeout)[0])

"""HTML5 validation with the Nu Html Checker, and the policy for external test tools.

SPEC promises that every page is valid HTML5 *according to the Nu Html
Checker*, so the tests run that very checker (vnu.jar, from the npm package
vnu-jar that tools/test.sh installs into .tools/) rather than a Python
approximation. Java starts slowly (~4 s of CPU for each `java -jar vnu.jar`,
which the suite's 33 checks paid 133 s for), so the checker runs once as the
web service the jar also holds (nu.validator.servlet.Main, the same checker as
its command line) and every file is posted to it: one service for a whole
pytest-xdist run, started by its controller (`shared_checker`), else one per
test process.

The browser (Debian chromium) is an external tool too; both follow one rule:
missing locally means skip, so that a contributor without root can still run
the rest; missing on CI means fail, so that a broken install step can never
turn into a green run that checked nothing.
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path
from typing import NoReturn

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_VNU_JAR = REPO_ROOT / ".tools" / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
DEFAULT_CHROMIUM = Path("/usr/bin/chromium")
DEFAULT_AXE = REPO_ROOT / ".tools" / "node_modules" / "axe-core" / "axe.min.js"
VNU_TIMEOUT_SECONDS = 600
VNU_START_SECONDS = 120
# The service's JVM compiles with C1 alone (-XX:TieredStopAtLevel=1), as short-lived Java tools are advised to:
# C2's compiler threads cost more CPU than they win over the few thousand pages a test process posts (2026-12-06,
# load ~7-9, the service's own CPU: its start 13.7 → 7.1-7.5 s; 366 pages of test_hostile_site 13.1 → 6.0 s; three
# rounds of them 46 → 29 s, the third round's pages as fast either way). C1's larger frames overflow the default
# stack while the checker builds its schema (StackOverflowError), hence the larger stacks. The checker's answers
# do not depend on how its code was compiled.
JAVA_OPTIONS = ("-XX:TieredStopAtLevel=1", "-Xss16m")


def on_ci() -> bool:
    """True when running under CI, where a missing tool is a failure, not a skip."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def missing_tool(reason: str) -> NoReturn:
    """Skip the current test locally, fail it on CI (see the module docstring)."""
    hint = f"{reason} (run `bash tools/test.sh`, which installs it)"
    if on_ci():
        pytest.fail(hint, pytrace=False)
    pytest.skip(hint)


def vnu_jar() -> Path | None:
    """Where vnu.jar is: $BRIEFGEN_VNU_JAR if that file exists, else the one in .tools/."""
    override = os.environ.get("BRIEFGEN_VNU_JAR")
    if override and Path(override).is_file():
        return Path(override)
    if DEFAULT_VNU_JAR.is_file():
        return DEFAULT_VNU_JAR
    return None


def require_vnu() -> Path:
    """Return the jar, or skip/fail the test when the jar or Java is missing."""
    jar = vnu_jar()
    if jar is None:
        missing_tool(f"Nu Html Checker not found ($BRIEFGEN_VNU_JAR or {DEFAULT_VNU_JAR})")
    if shutil.which("java") is None:
        missing_tool("java not found (needed by the Nu Html Checker)")
    return jar


def chromium_path() -> Path:
    """The browser binary: $BRIEFGEN_CHROMIUM if set (e.g. on a Mac), else Debian's."""
    return Path(os.environ.get("BRIEFGEN_CHROMIUM") or DEFAULT_CHROMIUM)


def require_chromium() -> Path:
    """Return the chromium binary, or skip/fail when it or Playwright is missing."""
    path = chromium_path()
    if not (path.is_file() and os.access(path, os.X_OK)):
        missing_tool(f"chromium not found at {path}")
    try:
        import playwright.sync_api  # noqa: F401  (only checking it is installed)
    except ImportError:
        missing_tool("the Python package playwright is not installed")
    return path


def validate_html(paths: list[Path]) -> list[str]:
    """Check HTML files with vnu; return one "file:line: message" per error.

    Warnings and info messages are left out: SPEC asks for valid pages, and
    warnings (e.g. about heading outlines) would make tests fail on taste.
    A checker that cannot run raises instead of returning "no errors", and a
    file that does not exist is an error (vnu itself skips it silently).
    """
    missing = [f"{p}:0: no such file" for p in paths if not Path(p).is_file()]
    shown = {p.resolve(): str(p) for p in paths if Path(p).is_file()}
    if not shown:
        return missing
    checker = _checker(require_vnu())
    errors = missing
    for resolved, spelled in shown.items():
        for message in checker.messages(resolved.read_bytes()):
            if message.get("type") not in ("error", "non-document-error"):
                continue
            line = message.get("firstLine", message.get("lastLine", 0))
            errors.append(f"{spelled}:{line}: {message.get('message', '').strip()}")
    return errors


class _Checker:
    """The Nu Html Checker's web service, started by this process and stopped when it exits.

    Each document is posted as text/html (so parsed as HTML, as `vnu --html`), and only its
    errors are asked for (`level=error`, as `--errors-only`). Raises RuntimeError when the
    service does not start within VNU_START_SECONDS or answers without a JSON report."""

    def __init__(self, jar: Path, port: int | None = None) -> None:
        """Start the service on a free port; or, given `port`, use the service another process started there
        (the pytest-xdist controller's: `shared_checker`), which this one neither restarts nor stops."""
        self.owner = os.getpid()
        self.started = time.monotonic()
        self.answered = False
        self.process: subprocess.Popen[bytes] | None = None
        if port is not None:
            self.port = port
            return
        with socket.socket() as probe:  # a free port; the service binds it a moment later
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.process = subprocess.Popen(
            ["java", *JAVA_OPTIONS, "-Dnu.validator.servlet.bind-address=127.0.0.1", "-cp", str(jar),
             "nu.validator.servlet.Main", str(self.port)],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True)  # a test's Ctrl-C or process-group kill leaves it to atexit
        atexit.register(self.stop)

    def ready(self) -> None:
        """Wait until the service answers (once): RuntimeError after VNU_START_SECONDS or if it exits."""
        while not self.answered:
            try:
                self.messages(b"<!DOCTYPE html><title>t</title>")
                self.answered = True
            except (OSError, RuntimeError):
                if self.ended() or time.monotonic() > self.started + VNU_START_SECONDS:
                    self.stop()
                    raise RuntimeError(f"the Nu Html Checker's service did not start on port {self.port}")
                time.sleep(0.2)

    def messages(self, document: bytes) -> list[dict]:
        """vnu's messages for one document (its JSON report's "messages")."""
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.port}/?out=json&level=error", data=document,
            headers={"Content-Type": "text/html; charset=utf-8"})
        with _DIRECT.open(request, timeout=VNU_TIMEOUT_SECONDS) as answer:
            text = answer.read().decode("utf-8")
        try:
            return json.loads(text).get("messages", [])
        except json.JSONDecodeError:
            raise RuntimeError(f"vnu answered without a JSON report:\n{text}") from None

    def ended(self) -> bool:
        """True when this process started the service and it has exited (a shared one is never restarted)."""
        return self.process is not None and os.getpid() == self.owner and self.process.poll() is not None

    def stop(self) -> None:
        """End the service, from the process that started it only (a forked child inherits this)."""
        if self.process is not None and os.getpid() == self.owner and self.process.poll() is None:
            self.process.kill()
            self.process.wait()


_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never through $http_proxy
_started: dict[Path, _Checker] = {}


def _checker(jar: Path) -> _Checker:
    """This process's service for `jar`, answering; started again if it has ended (a test may kill
    processes). A forked child uses its parent's (it cannot wait for it: `poll` would say it has ended).
    Where the shared service (`use_shared_checker`) does not answer, this process starts its own."""
    checker = _started.get(jar)
    if checker is None or checker.ended():
        checker = _started[jar] = _Checker(jar)
    try:
        checker.ready()
    except RuntimeError:
        if checker.process is not None:
            raise
        checker = _started[jar] = _Checker(jar)
        checker.ready()
    return checker


def start_checker_early() -> None:
    """Start this process's checker service without waiting for it (its Java takes ~5-10 s to answer),
    so that it is ready by the first validation; nothing when the jar or Java is missing."""
    jar = vnu_jar()
    if jar is not None and shutil.which("java") is not None and jar not in _started:
        _started[jar] = _Checker(jar)


def shared_checker() -> int | None:
    """The port of a checker service started (without waiting) by this process for its pytest-xdist workers, one
    for all of them: each worker's own JVM cost ~7 s of CPU to start and warmed up its compiled code apart
    (docs/log/performance.md, "Session of 2026-12-06, late morning: the test suite"). None when the jar or Java is
    missing (the workers then skip or fail as `require_vnu` says). The service ends with this process (atexit),
    after its workers."""
    start_checker_early()
    checker = _started.get(vnu_jar()) if vnu_jar() is not None else None
    return checker.port if checker is not None else None


def use_shared_checker(port: int) -> None:
    """Validate with the service on `port` (the controller's `shared_checker`) instead of starting one here."""
    jar = vnu_jar()
    if jar is not None and jar not in _started:
        _started[jar] = _Checker(jar, port=port)


def require_axe() -> Path:
    """Return axe-core's script ($BRIEFGEN_AXE_JS, else the one tools/test.sh puts in .tools/),
    or skip/fail when it is missing."""
    path = Path(os.environ.get("BRIEFGEN_AXE_JS") or DEFAULT_AXE)
    if not path.is_file():
        missing_tool(f"axe-core not found ($BRIEFGEN_AXE_JS or {DEFAULT_AXE})")
    return path

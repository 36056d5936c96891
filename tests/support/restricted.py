"""`briefgen` run as any user would run it: root without the capabilities that let it ignore file permissions.

The permission tests (a folder without search permission, an unreadable input, a read-only output) run
as root on CI, where `chmod 000` stops nothing: each command drops CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH
and CAP_FOWNER first. Forked from the prestarted server (support/prestarted.py), which drops them with
capset(2) and prctl(PR_CAPBSET_DROP) in the child, else in a new interpreter under
`setpriv --bounding-set=…` (util-linux): the same capabilities, an interpreter start (~0.5 s) more.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest

from support import prestarted
from support.htmlcheck import on_ci
from support.sites import REPO_ROOT

RESTRICTED = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner"]


def needs_permissions() -> None:
    """Skip (fail on CI) unless this process is root with `setpriv` at hand: what dropping root's capabilities
    needs."""
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        if on_ci():
            pytest.fail("permission tests need root and setpriv on CI")
        pytest.skip("permission tests drop root's capabilities: run as root with setpriv")


def environment(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """This process's environment with the checkout first on PYTHONPATH (as support.sites.run_cli gives it)."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, (str(REPO_ROOT), os.environ.get("PYTHONPATH")))))
    env.update(extra or {})
    return env


def run_restricted(args: Sequence[str], cwd: Path, env: Mapping[str, str] | None = None,
                   timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """`python -m briefgen ARGS` in `cwd` without root's permission-bypassing capabilities, its text output
    captured (`env` entries added to this process's environment)."""
    child_env = environment(env)
    forked = prestarted.run(args, cwd, {**child_env, "BRIEFGEN_TEST_RESTRICTED": "1"}, timeout, REPO_ROOT)
    if forked is not None:
        return forked
    return subprocess.run([*RESTRICTED, sys.executable, "-m", "briefgen", *args], cwd=cwd, env=child_env,
                          capture_output=True, text=True, timeout=timeout)

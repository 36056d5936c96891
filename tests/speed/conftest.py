"""Fixtures of the speed tests: `precompiled`, one precompile run of briefgen's kept values for the whole test run."""
from __future__ import annotations

from pathlib import Path

import pytest

from support.bytecode import modules_bytecode_in
from support.once import made_once


@pytest.fixture(scope="session")
def precompiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The `PYTHONPYCACHEPREFIX` folder of one `python -m briefgen.speed.regexcache` (tools/test.sh's precompile) in a
    fresh interpreter with bytecode off and PYTHONHASHSEED=1; read only. Four runs of it (two in test_regexcache's
    checks, one in test_methodcache's, one for the hash seed) took ~5.5 s each on an idle machine (2026-12-05); the
    tests that read what it writes now share one, made once per test run (support/once.py), and the hash-seed test
    runs a second with another seed. The prefix holds the modules' bytecode first, as an installation's folders do
    (support/bytecode.py: compiling them from source was ~3 s of the run's CPU)."""
    from test_regexcache import _run

    def make(folder: Path) -> None:
        done = _run(["-m", "briefgen.speed.regexcache"], folder, modules_bytecode_in(folder / "prefix"), write=False,
                    seed="1")
        assert done.returncode == 0, done.stderr

    return made_once(tmp_path_factory, "precompiled", make) / "prefix"

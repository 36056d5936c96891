"""Write pytest's rewritten bytecode of the test modules before the test processes start.

    python tests/support/rewriteahead.py [JOBS]

Pytest rewrites every test module's `assert`s when it imports it and keeps the result beside it
(`__pycache__/<module>.<tag>-pytest-<version>.pyc`); a fresh clone has none, so each pytest-xdist worker
rewrote all ~690 modules itself: ~16 s of its ~28 s of collection (cProfile, 2026-12-05), on every
worker at once. tools/test.sh runs this first, on every core while the single-threaded steps around it
run, so the workers read the files instead. The files are those pytest itself writes (the same
`_pytest.assertion.rewrite` functions, the default `enable_assertion_pass_hook`); pytest checks each one
against its source's size and modification time and rewrites a stale or missing one as before, so a
file this misses or spoils costs time, never a wrong test. Only `test_*.py` and `conftest.py` files
under tests/: the modules pytest rewrites here (its default `python_files`; no plugin registers others).
"""
from __future__ import annotations

import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]


def rewritten(path: Path) -> bool:
    """Write `path`'s rewritten bytecode where pytest looks for it; False when it could not (pytest then does)."""
    from _pytest.assertion.rewrite import PYC_TAIL, _read_pyc, _rewrite_test, _write_pyc_fp, get_cache_dir

    pyc = get_cache_dir(path) / (path.name[:-3] + PYC_TAIL)
    if _read_pyc(path, pyc) is not None:
        return True
    try:
        pyc.parent.mkdir(exist_ok=True)
        stat, code = _rewrite_test(path, None)  # type: ignore[arg-type]  # no config: pytest's default hooks
        partial = pyc.with_name(f"{pyc.name}.{os.getpid()}")
        with open(partial, "wb") as out:
            _write_pyc_fp(out, stat, code)
        partial.replace(pyc)  # whole or not at all, as pytest writes it
    except (OSError, SyntaxError):
        return False
    return True


def main(argv: list[str]) -> int:
    """Rewrite every test module with `argv[0]` processes (default 2); always 0: a miss only costs time."""
    jobs = int(argv[0]) if argv else 2
    paths = sorted(p for p in TESTS.rglob("*.py") if p.name == "conftest.py" or p.name.startswith("test_"))
    with ProcessPoolExecutor(jobs) as pool:
        done = sum(pool.map(rewritten, paths, chunksize=16))
    print(f"rewriteahead: {done} of {len(paths)} test modules' rewritten bytecode in place", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

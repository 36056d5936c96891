"""The memo's code identity (speed/memo.code_digest) changes with any change to briefgen's code or theme.

Since 2026-12-05 it digests each file's path, size and modification time instead of its bytes (the rule Python's
own bytecode cache trusts; 3-7 ms instead of 45-95 ms a command). Here a copy of the package: an edit of one byte
in a module or a template (same size, a new time), a change of size with the time put back, a new file, and nothing
changed (the same digest twice, also in another process).
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from support.sites import REPO_ROOT

PRINT = "from briefgen.speed.memo import code_digest; print(code_digest())"


def _digest(root: Path) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    done = subprocess.run([sys.executable, "-c", PRINT], cwd=root, env={**env, "PYTHONPATH": str(root)},
                          capture_output=True, text=True, timeout=120, check=True)
    return done.stdout.strip()


def _edit(path: Path, data: bytes, keep_time: bool) -> None:
    stat = path.stat()
    path.write_bytes(data)
    if keep_time:
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    else:
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))


def test_any_change_to_the_code_or_theme_changes_the_digest(tmp_path: Path) -> None:
    shutil.copytree(REPO_ROOT / "briefgen", tmp_path / "briefgen", ignore=shutil.ignore_patterns("__pycache__"))
    seen = [_digest(tmp_path)]
    assert _digest(tmp_path) == seen[0]  # nothing changed: the same, in another process
    module = tmp_path / "briefgen" / "analyse" / "credits.py"
    data = module.read_bytes()
    _edit(module, data.replace(b"newspaper", b"newspapeR", 1), keep_time=False)  # one byte, same size
    seen.append(_digest(tmp_path))
    _edit(module, data + b"\n", keep_time=True)  # a byte more, its time put back
    seen.append(_digest(tmp_path))
    template = next((tmp_path / "briefgen" / "theme" / "templates").glob("*.html"))
    _edit(template, template.read_bytes().replace(b"<", b"<", 1) + b" ", keep_time=True)
    seen.append(_digest(tmp_path))
    (tmp_path / "briefgen" / "analyse" / "newrule.py").write_text("RULE = 1\n")
    seen.append(_digest(tmp_path))
    data_file = tmp_path / "briefgen" / "load" / "language-subtags.txt"  # (a registry update: what `lang` passes)
    _edit(data_file, data_file.read_bytes() + b"\n", keep_time=True)
    seen.append(_digest(tmp_path))
    assert len(set(seen)) == len(seen), seen

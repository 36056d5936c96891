"""Python's bytecode of briefgen and what it imports, put where a fresh interpreter with `PYTHONPYCACHEPREFIX` looks.

Tests of what briefgen keeps beside its bytecode (the compiled theme, the regular expressions, the dataclass
methods: render/themecache.py, speed/regexcache.py, speed/methodcache.py) run fresh interpreters with their own
prefix, so that the installation's files are left alone. Such an interpreter finds no bytecode there and compiles
briefgen, Jinja, Markdown and the standard library it imports from source: ~3 s of CPU a run, ~9 of
test_theme_cache's ~23 s (2026-12-05), ~5 of test_regexcache's "keeps nothing" test's ~11 s (2026-12-06). What
those tests count is the kept file beside the bytecode, never the bytecode: a prefix filled here holds modules'
bytecode only, as an installation's `__pycache__/` folders do (`pip install`, `compileall`, tools/test.sh).
"""
from __future__ import annotations

import os
import pkgutil
import shutil
import sys
from pathlib import Path

import briefgen


def modules_bytecode_in(prefix: Path) -> Path:
    """Copy the bytecode of every module this process has imported (all of briefgen's imported first) to where an
    interpreter with PYTHONPYCACHEPREFIX=prefix looks for it; returns `prefix`. Only modules whose bytecode file
    exists; each copy is checked against its source's size and time by the interpreter, as any `.pyc` is."""
    for module in pkgutil.walk_packages(briefgen.__path__, "briefgen."):
        if module.name != "briefgen.__main__":
            __import__(module.name)
    for module in list(sys.modules.values()):
        source, cached = getattr(module, "__file__", None), getattr(module, "__cached__", None)
        if not (source and cached and source.endswith(".py") and os.path.isfile(cached)):
            continue
        target = Path(prefix, *Path(os.path.abspath(source)).parent.parts[1:], os.path.basename(cached))
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(cached, target)
    return prefix

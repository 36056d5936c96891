"""Where values compiled from briefgen's own files are kept: the rules Python follows for `.pyc` files.

Used by the compiled theme (`render/themecache.py`) and the compiled regular expressions
(`speed/regexcache.py`): beside the files they are made from, in `__pycache__/` (PEP 3147), or
under `sys.pycache_prefix` when one is set (`PYTHONPYCACHEPREFIX`, `-X pycache_prefix`, Python
3.8), and never written when Python writes no bytecode (`PYTHONDONTWRITEBYTECODE`, `-B`).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path


def pycache_folder(folder: Path) -> tuple[Path, bool]:
    """(where values compiled from the files of `folder` are kept, whether this process may write there):
    `folder/__pycache__/`, or the same path under `sys.pycache_prefix`; not written when
    `sys.dont_write_bytecode`."""
    folder = Path(os.path.abspath(folder))
    kept = Path(sys.pycache_prefix, *folder.parts[1:]) if sys.pycache_prefix else folder / "__pycache__"
    return kept, not sys.dont_write_bytecode

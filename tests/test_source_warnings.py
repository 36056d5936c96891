"""No module of briefgen compiles with a warning: an invalid escape sequence in a non-raw string ("\\w") is a
DeprecationWarning in Python 3.11 and a SyntaxWarning from 3.12, and a pattern so written may mean other than it reads
(the fresh-clone CI of 2026-12-06 printed one for analyse/spokesnames.py)."""
from __future__ import annotations

import warnings
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "briefgen"


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_compiles_without_warnings(path: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        compile(path.read_text(encoding="utf-8"), str(path), "exec")

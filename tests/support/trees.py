"""Comparing built sites byte for byte, and the sample site used by golden tests."""
from __future__ import annotations

import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
GOLDEN = REPO / "tests" / "golden" / "sample"
BROKEN = REPO / "tests" / "sites" / "broken"
SAMPLE_PARTS = ("config.yaml", "content", "templates", "static")


def tree_bytes(root: Path) -> dict[str, bytes]:
    """Every file under root as relative path → bytes."""
    return {p.relative_to(root).as_posix(): p.read_bytes()
            for p in sorted(root.rglob("*")) if p.is_file()}


def copy_sample(dest: Path) -> Path:
    """A copy of the repository's sample briefing (without output or caches)."""
    dest.mkdir(parents=True, exist_ok=True)
    for part in SAMPLE_PARTS:
        source = REPO / part
        if source.is_dir():
            shutil.copytree(source, dest / part)
        elif source.is_file():
            shutil.copy2(source, dest / part)
    return dest

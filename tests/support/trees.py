"""Comparing built sites byte for byte, and the sample site used by golden tests."""
from __future__ import annotations

import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
GOLDEN = REPO / "tests" / "golden" / "sample"
# Golden configurations: name → (config.yaml replacements, extra `build` arguments). "sample" is the
# repository's site as it is; "daily" is the same content as a daily briefing published at a domain
# root, drafts included.
VARIANTS: dict[str, tuple[tuple[tuple[str, str], ...], tuple[str, ...]]] = {
    "sample": ((), ()),
    "daily": ((("edition: weekly", "edition: daily"),
               ("base_url: https://example.org/briefing/", "base_url: https://example.org/")), ("--drafts",)),
}
BROKEN = REPO / "tests" / "sites" / "broken"
SAMPLE_PARTS = ("config.yaml", "content", "templates", "static")


def tree_bytes(root: Path) -> dict[str, bytes]:
    """Every file under root as relative path → bytes."""
    return {p.relative_to(root).as_posix(): p.read_bytes()
            for p in sorted(root.rglob("*")) if p.is_file()}


def golden_dir(variant: str) -> Path:
    return REPO / "tests" / "golden" / variant


def copy_sample(dest: Path, variant: str = "sample") -> Path:
    """A copy of the repository's sample briefing (without output or caches), configured as `variant`."""
    dest.mkdir(parents=True, exist_ok=True)
    for part in SAMPLE_PARTS:
        source = REPO / part
        if source.is_dir():
            shutil.copytree(source, dest / part)
        elif source.is_file():
            shutil.copy2(source, dest / part)
    config = dest / "config.yaml"
    text = config.read_text(encoding="utf-8")
    for old, new in VARIANTS[variant][0]:
        assert old in text, f"golden variant {variant}: {old!r} not in config.yaml"
        text = text.replace(old, new)
    config.write_text(text, encoding="utf-8")
    return dest

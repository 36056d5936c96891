"""The package's architecture, enforced: which folders may import which (README "Architecture").

The pipeline runs load → analyse → site → render → output; speed wraps the stages from
outside (build.py, publish.py), and the side commands (preview, importer) stand apart.
A stage never imports the layers that wrap it, nor anything later in the pipeline.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "briefgen"

# folder (or top-level module) → what it must never import
FORBIDDEN = {
    "load": {"analyse", "render", "output", "speed", "preview", "importer", "cli", "build", "publish", "plugins"},
    "analyse": {"site", "render", "output", "speed", "preview", "importer", "cli", "build", "publish", "plugins"},
    "site": {"render", "output", "speed", "preview", "importer", "cli", "build", "publish", "plugins"},
    "render": {"output", "speed", "preview", "importer", "cli", "build", "publish", "plugins"},
    "output": {"load", "analyse", "site", "render", "speed", "preview", "importer", "cli", "build", "publish"},
    "speed": {"render", "output", "preview", "importer", "cli", "build", "publish", "plugins"},
    "preview": {"importer", "cli", "publish"},
    "importer": {"analyse", "site", "render", "output", "preview", "cli", "build", "publish"},
}
ALLOWED = {("load", "site.urls"), ("importer", "site.urls"),  # the slug rules are shared by design
           ("importer", "output.lock")}  # so is the project lock (fetch holds one of its own)
MAX_LINES = 400


def modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py"))


def imported(path: Path) -> set[str]:
    """Names of briefgen modules `path` imports, relative to the package ("site.urls")."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("briefgen"):
            found.add(node.module.removeprefix("briefgen").lstrip("."))
            found |= {f"{node.module.removeprefix('briefgen').lstrip('.')}.{a.name}".lstrip(".") for a in node.names}
        elif isinstance(node, ast.Import):
            found |= {a.name.removeprefix("briefgen.") for a in node.names if a.name.startswith("briefgen.")}
    return {name for name in found if name}


def layer(path: Path) -> str:
    rel = path.relative_to(PACKAGE)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


@pytest.mark.parametrize("path", modules(), ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_no_module_imports_a_layer_it_must_not(path: Path) -> None:
    own = layer(path)
    wrong = []
    for name in imported(path):
        target = name.split(".")[0]
        if target in FORBIDDEN.get(own, set()) and not any(
                own == allowed_from and name.startswith(allowed) for allowed_from, allowed in ALLOWED):
            wrong.append(name)
    assert not wrong, f"{path.relative_to(PACKAGE)} ({own}/) imports {sorted(wrong)}"


def test_the_rule_can_fail() -> None:
    """The checker sees both import forms (a rule that never fires checks nothing)."""
    source = PACKAGE / "site" / "pages.py"
    assert "site.model" in imported(source)
    assert "speed" not in {name.split(".")[0] for name in imported(source)}


@pytest.mark.parametrize("path", modules(), ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_modules_stay_small(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_LINES, f"{path.relative_to(PACKAGE)} has {lines} lines; split it by job"


def test_the_folder_list_is_the_pipeline() -> None:
    folders = sorted(p.name for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").exists())
    assert folders == ["analyse", "importer", "load", "output", "preview", "render", "site", "speed"]

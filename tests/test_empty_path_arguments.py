"""An empty path argument is a usage error (exit 2) naming the argument, never the current folder
in disguise: `briefgen init "$DIR"` with DIR unset scaffolded into the current folder."""
from __future__ import annotations

from pathlib import Path

import pytest

from support.sites import run_cli


@pytest.mark.parametrize("args, name", [
    (["init", ""], "DIR"), (["init", "  "], "DIR"), (["build", "--config", ""], "--config"),
    (["build", "--output", " "], "--output"), (["check", "--config", ""], "--config"),
    (["opml", "export", ""], "FILE"), (["opml", "import", "\t"], "FILE"),
])
def test_an_empty_path_is_a_usage_error(tmp_path: Path, args: list[str], name: str) -> None:
    done = run_cli(args, tmp_path)
    assert done.returncode == 2, done.stderr
    assert f"error: argument {name}: the path is empty" in done.stderr
    assert list(tmp_path.iterdir()) == []  # nothing scaffolded, built or written

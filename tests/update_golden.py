"""Refresh the golden files: `python tests/update_golden.py`, then review `git diff tests/`.

Rebuilds the sample briefing into tests/golden/sample/ and rewrites the expected
diagnostics of the broken site (tests/sites/broken/expected.txt).
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from support.trees import BROKEN, GOLDEN, REPO, copy_sample  # noqa: E402


def build_sample(site: Path, output: Path) -> None:
    subprocess.run([sys.executable, "-m", "briefgen", "build", "--quiet", "--jobs", "1",
                    "--output", str(output)], cwd=site, check=True)


def main() -> None:
    with tempfile.TemporaryDirectory() as temp:
        site = copy_sample(Path(temp) / "site")
        out = Path(temp) / "out"
        build_sample(site, out)
        shutil.rmtree(GOLDEN, ignore_errors=True)
        shutil.copytree(out, GOLDEN)
    result = subprocess.run([sys.executable, "-m", "briefgen", "build", "--output",
                             str(Path(tempfile.gettempdir()) / "briefgen-broken-out")],
                            cwd=BROKEN, capture_output=True, text=True)
    (BROKEN / "expected.txt").write_text(result.stderr)
    print(f"Updated {GOLDEN.relative_to(REPO)} and {(BROKEN / 'expected.txt').relative_to(REPO)}")


if __name__ == "__main__":
    main()

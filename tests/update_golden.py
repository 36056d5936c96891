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
from support.trees import BROKEN, REPO, VARIANTS, copy_sample, golden_dir  # noqa: E402


def build_sample(site: Path, output: Path, extra: tuple[str, ...]) -> None:
    subprocess.run([sys.executable, "-m", "briefgen", "build", "--quiet", "--jobs", "1",
                    "--output", str(output), *extra], cwd=site, check=True)


def main() -> None:
    for variant, (_, extra) in VARIANTS.items():
        with tempfile.TemporaryDirectory() as temp:
            site = copy_sample(Path(temp) / "site", variant)
            out = Path(temp) / "out"
            build_sample(site, out, extra)
            shutil.rmtree(golden_dir(variant), ignore_errors=True)
            shutil.copytree(out, golden_dir(variant))
    with tempfile.TemporaryDirectory() as temp:  # a copy, so no cache folder is left in tests/sites/broken
        broken = Path(temp) / "broken"
        shutil.copytree(BROKEN, broken)
        (Path(temp) / "out").mkdir()
        (Path(temp) / "out" / ".briefgen").write_text("previous\n")  # a previous site, as test_broken_site has
        (Path(temp) / "out" / "index.html").write_text("old")
        result = subprocess.run([sys.executable, "-m", "briefgen", "build", "--output", str(Path(temp) / "out")],
                                cwd=broken, capture_output=True, text=True)
    (BROKEN / "expected.txt").write_text(result.stderr)
    print(f"Updated tests/golden/ ({', '.join(VARIANTS)}) and {(BROKEN / 'expected.txt').relative_to(REPO)}")


if __name__ == "__main__":
    main()
